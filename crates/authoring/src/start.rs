//! Starting a draft from what the author brings: a text file (`.txt`, `.md`), an existing
//! briefing (`.json`) to go on editing, or pasted text. Files are read as UTF-8 exactly
//! (a byte-order mark, which is not part of the text, is dropped); anything else gets a
//! clear reason and changes nothing.

use crate::stored::StoredError;
use briefing::load::MAX_BYTES;
use briefing::model::SUPPORTED_FORMATS;
use briefing::problem::{Code, Problem};
use briefing::validate::{parse, unknown_format_args};
use briefing::Briefing;

/// The longest source text, in bytes, the studio handles well: measured in headless
/// Chromium, a draft starts in some 3 s at 2 MB and 7 s at 5 MB, and a longer text may
/// not fit in a browser's storage for the site (5 to 10 MB, shared by every draft). A longer
/// text is still taken whole; the studio says so up front (`is_long`).
pub const LONG_TEXT_BYTES: usize = 2 * 1024 * 1024;

/// Whether a text of `bytes` bytes is longer than the studio handles well.
pub fn is_long(bytes: usize) -> bool {
    bytes > LONG_TEXT_BYTES
}

/// What a file holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Opened {
    /// A source text.
    Text(String),
    /// A briefing to go on editing (it may still have problems).
    Briefing(Box<Briefing>),
}

/// Why a file cannot be used.
#[derive(Debug, Clone, PartialEq)]
pub enum OpenError {
    /// Not `.txt`, `.md` or `.json`.
    UnknownType,
    /// Not UTF-8 text (the byte offset where it stops being so).
    NotUtf8 { offset: usize },
    /// An empty text.
    Empty,
    /// Larger than the studio opens ([`MAX_BYTES`]), whatever it holds.
    TooLarge { bytes: u64 },
    /// The browser could not read the file (moved, deleted, or no longer permitted).
    Unreadable,
    /// A JSON file that is not a briefing this studio can edit, with the reasons.
    NotABriefing(Vec<Problem>),
    /// The draft asked for is not in this browser's storage.
    DraftMissing,
    /// The draft's stored record cannot be read (damaged, or not a draft record).
    DraftDamaged,
    /// The draft was saved by a newer studio, which writes this record version.
    DraftNewer { version: u32 },
}

impl From<StoredError> for OpenError {
    fn from(error: StoredError) -> Self {
        match error {
            StoredError::Unreadable(_) => OpenError::DraftDamaged,
            StoredError::NewerVersion(version) => OpenError::DraftNewer { version },
        }
    }
}

/// Reads a file the author picked, by its name's extension.
pub fn open_file(name: &str, bytes: &[u8]) -> Result<Opened, OpenError> {
    let lower = name.to_ascii_lowercase();
    let kind = lower.rsplit_once('.').map(|(_, ext)| ext).unwrap_or("");
    if !matches!(kind, "txt" | "text" | "md" | "markdown" | "json") {
        return Err(OpenError::UnknownType);
    }
    if bytes.len() > MAX_BYTES {
        return Err(OpenError::TooLarge {
            bytes: bytes.len() as u64,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| OpenError::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(OpenError::Empty);
    }
    if kind == "json" {
        return open_briefing(text).map(|b| Opened::Briefing(Box::new(b)));
    }
    Ok(Opened::Text(text.to_string()))
}

/// Reads a briefing to edit: it must be JSON of the briefing's shape in a format this
/// build writes; problems with its content (a quote that no longer matches, a missing
/// summary) are for the author to fix in the studio.
pub fn open_briefing(text: &str) -> Result<Briefing, OpenError> {
    let briefing = parse(text).map_err(OpenError::NotABriefing)?;
    if !briefing.format.is_empty() && !SUPPORTED_FORMATS.contains(&briefing.format.as_str()) {
        return Err(OpenError::NotABriefing(vec![Problem::new(
            "format",
            Code::FormatUnknown,
            unknown_format_args(&briefing.format),
        )]));
    }
    Ok(briefing)
}

/// The text to keep from a paste: the clipboard's plain text exactly as it is, when the
/// text area shows that same text (browsers show `\r\n` as `\n`); otherwise what the
/// text area holds (the author typed after pasting).
pub fn pasted_text(area_value: &str, clipboard_plain: Option<&str>) -> String {
    match clipboard_plain {
        Some(plain) if plain.replace("\r\n", "\n").replace('\r', "\n") == area_value => {
            plain.to_string()
        }
        _ => area_value.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_files_are_kept_exactly_and_json_opens_as_a_briefing() {
        let text = "Kyiv’s “freeze”\r\n— no.\n";
        assert_eq!(
            open_file("a.TXT", text.as_bytes()),
            Ok(Opened::Text(text.into()))
        );
        let with_bom = format!("\u{FEFF}{text}");
        assert_eq!(
            open_file("a.md", with_bom.as_bytes()),
            Ok(Opened::Text(text.into()))
        );
        let json = r#"{"format": "briefing/1", "title": "T", "sources": []}"#;
        match open_file("b.json", json.as_bytes()) {
            Ok(Opened::Briefing(b)) => assert_eq!(b.title, "T"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn other_files_get_a_reason() {
        assert_eq!(open_file("a.pdf", b"x"), Err(OpenError::UnknownType));
        assert_eq!(
            open_file("a.txt", b"ab\xffcd"),
            Err(OpenError::NotUtf8 { offset: 2 })
        );
        assert_eq!(open_file("a.txt", b"  \n"), Err(OpenError::Empty));
        // Too large is said as such, for a text as for a briefing.
        let big = vec![b'a'; MAX_BYTES + 1];
        let too_large = Err(OpenError::TooLarge {
            bytes: MAX_BYTES as u64 + 1,
        });
        assert_eq!(open_file("big.txt", &big), too_large);
        assert_eq!(open_file("big.json", &big), too_large);
        match open_file("a.json", b"{\"format\": \"briefing/2\"}") {
            Err(OpenError::NotABriefing(p)) => assert_eq!(p[0].code, Code::FormatUnknown),
            other => panic!("{other:?}"),
        }
        match open_file("a.json", b"[1, 2") {
            Err(OpenError::NotABriefing(p)) => assert_eq!(p[0].code, Code::JsonSyntax),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_draft_that_cannot_be_opened_says_why() {
        assert_eq!(
            OpenError::from(StoredError::Unreadable("x".into())),
            OpenError::DraftDamaged
        );
        assert_eq!(
            OpenError::from(StoredError::NewerVersion(9)),
            OpenError::DraftNewer { version: 9 }
        );
    }

    #[test]
    fn a_paste_keeps_the_clipboard_text_exactly() {
        assert_eq!(pasted_text("a\nb", Some("a\r\nb")), "a\r\nb");
        assert_eq!(pasted_text("a\nb typed", Some("a\r\nb")), "a\nb typed");
        assert_eq!(pasted_text("x", None), "x");
    }
}
