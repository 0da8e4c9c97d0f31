//! Filling in a draft: finding each quote's text in its source to set its character
//! offsets (the occurrence nearest a `start` hint), and setting each source's digest.
//!
//! An editor writes only a quote's `source` and `text`; [`fill_document`] does the counting
//! (Unicode scalar values, end exclusive, as the format requires). A quote that occurs
//! more than once needs a `start` hint, and a quote that is not in its source verbatim is
//! an error; both are reported with every place involved, and nothing is changed then.
//! [`locate`] is the search on its own, for other tools (the CSV template uses it).

use std::collections::HashMap;
use std::fmt;

use super::document::{Json, Object};
use super::problem::echo;
use super::text::CharIndex;
use super::validate::sha256_hex;

/// How many places an ambiguous quote's error keeps (a one-letter quote can occur
/// millions of times; its count is still exact).
pub const MAX_PLACES: usize = 1000;
/// How many places a message lists before "...".
const PLACES_SHOWN: usize = 10;

/// Why a quote's text cannot be placed in its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocateError {
    /// The text is empty: it would occur everywhere.
    Empty,
    /// The text does not occur verbatim.
    NotFound,
    /// The text occurs `count` times and no hint says which is meant.
    Ambiguous {
        count: usize,
        /// The character offsets where it occurs, in order (the first [`MAX_PLACES`]).
        places: Vec<usize>,
    },
    /// The hint is exactly between the two nearest occurrences.
    Tie {
        count: usize,
        places: Vec<usize>,
        hint: usize,
        nearest: (usize, usize),
    },
}

impl LocateError {
    fn places_text(count: usize, places: &[usize]) -> String {
        let shown: Vec<String> = places
            .iter()
            .take(PLACES_SHOWN)
            .map(usize::to_string)
            .collect();
        let more = if count > PLACES_SHOWN { ", ..." } else { "" };
        format!("{}{more}", shown.join(", "))
    }
}

impl fmt::Display for LocateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LocateError::Empty => write!(f, "is empty"),
            LocateError::NotFound => write!(f, "not found verbatim in its source"),
            LocateError::Ambiguous { count, places } => write!(
                f,
                "occurs {count} times (at characters {}); give a start hint",
                Self::places_text(*count, places)
            ),
            LocateError::Tie {
                count,
                places,
                hint,
                nearest: (a, b),
            } => write!(
                f,
                "occurs {count} times (at characters {}) and the start hint {hint} is as near to {a} as to {b}; move the hint",
                Self::places_text(*count, places)
            ),
        }
    }
}

/// The character offset of `needle` in the text `index` covers: its only occurrence, or
/// the one nearest `hint` (overlapping occurrences count). A hint that is exactly right is
/// taken at once, without searching the rest of the text.
pub fn locate(index: &CharIndex, needle: &str, hint: Option<usize>) -> Result<usize, LocateError> {
    if needle.is_empty() {
        return Err(LocateError::Empty);
    }
    let text = index.slice(0, index.len_chars()).unwrap_or_default();
    if let Some(hint) = hint {
        let at_hint = index
            .byte_offset(hint)
            .and_then(|from| text.get(from..))
            .is_some_and(|rest| rest.starts_with(needle));
        if at_hint {
            return Ok(hint);
        }
    }
    let mut count = 0;
    let mut places = Vec::new();
    // The nearest occurrence so far, its distance to the hint, and one as near.
    let mut best: Option<(usize, usize)> = None;
    let mut tie: Option<usize> = None;
    let (mut byte, mut chars) = (0, 0);
    while let Some(found) = text[byte..].find(needle) {
        chars += text[byte..byte + found].chars().count();
        byte += found;
        count += 1;
        if places.len() < MAX_PLACES {
            places.push(chars);
        }
        if let Some(hint) = hint {
            let distance = chars.abs_diff(hint);
            match best {
                Some((_, d)) if distance > d => {}
                Some((_, d)) if distance == d => tie = Some(chars),
                _ => {
                    best = Some((chars, distance));
                    tie = None;
                }
            }
        }
        // Overlapping occurrences count: go on from the next character.
        let step = text[byte..].chars().next().map_or(1, char::len_utf8);
        byte += step;
        chars += 1;
    }
    match (count, hint, best, tie) {
        (0, _, _, _) => Err(LocateError::NotFound),
        (1, _, _, _) => Ok(places[0]),
        (_, None, _, _) => Err(LocateError::Ambiguous { count, places }),
        (_, Some(hint), Some((a, _)), Some(b)) => Err(LocateError::Tie {
            count,
            places,
            hint,
            nearest: (a, b),
        }),
        (_, Some(_), Some((a, _)), None) => Ok(a),
        (_, Some(_), None, _) => Err(LocateError::NotFound),
    }
}

/// One thing that keeps a draft from being filled, with the JSON path it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FillError {
    /// `positions[3].quotes[0]`, `sources[1]`, or `(document)`.
    pub path: String,
    pub kind: FillErrorKind,
}

/// What is wrong, for [`FillError`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FillErrorKind {
    /// The document is not a JSON object.
    NotAnObject,
    /// A source (or a quote) is not a JSON object.
    EntryNotAnObject,
    /// A source has no `text` string to search.
    SourceWithoutText,
    /// A quote has no `text`, or an empty one.
    QuoteWithoutText,
    /// A quote names no `source`.
    QuoteWithoutSource,
    /// A quote names a source the document does not have (the id, echoed).
    UnknownSource { id: String },
    /// A quote's `start` hint is not a whole number (the value, echoed).
    BadHint { found: String },
    /// The quote's text (echoed) cannot be placed.
    Locate { text: String, error: LocateError },
}

impl fmt::Display for FillError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.path)?;
        match &self.kind {
            FillErrorKind::NotAnObject => {
                write!(f, "not a briefing: the document must be a JSON object")
            }
            FillErrorKind::EntryNotAnObject => write!(f, "must be a JSON object"),
            FillErrorKind::SourceWithoutText => {
                write!(f, "has no \"text\"; paste the full source text")
            }
            FillErrorKind::QuoteWithoutText => {
                write!(f, "has no \"text\"; write the quote's exact words")
            }
            FillErrorKind::QuoteWithoutSource => {
                write!(f, "has no \"source\"; name the source it quotes")
            }
            FillErrorKind::UnknownSource { id } => write!(f, "unknown source \"{id}\""),
            FillErrorKind::BadHint { found } => {
                write!(f, "start must be a whole number, not {found}")
            }
            FillErrorKind::Locate { text, error } => write!(f, "{error}: \"{text}\""),
        }
    }
}

/// What [`fill_document`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Filled {
    /// Sources whose `sha256` was set.
    pub sources: usize,
    /// Quotes placed.
    pub quotes: usize,
    /// Quotes whose `start` or `end` changed (or were missing).
    pub moved: usize,
}

/// Fills a draft briefing in place: every source's `sha256`, and every quote's `start` and
/// `end` from its `source` and `text` (a `start` already there is the hint). Each quote is
/// rewritten as `source`, `start`, `end`, then its other fields in their order; nothing
/// else in the document moves.
///
/// Returns every error at once; on error the document is left unchanged.
pub fn fill_document(doc: &mut Json) -> Result<Filled, Vec<FillError>> {
    let mut errors = Vec::new();
    let Some(root) = doc.as_object() else {
        return Err(vec![FillError {
            path: "(document)".into(),
            kind: FillErrorKind::NotAnObject,
        }]);
    };
    // The sources' texts, by id (a repeated id: the last one, as the validator reports the
    // repetition anyway).
    let mut texts: HashMap<String, String> = HashMap::new();
    let mut digests: Vec<Option<String>> = Vec::new();
    if let Some(Json::Array(sources)) = root.get("sources") {
        for (i, source) in sources.iter().enumerate() {
            let path = format!("sources[{i}]");
            let Some(source) = source.as_object() else {
                errors.push(FillError {
                    path,
                    kind: FillErrorKind::EntryNotAnObject,
                });
                digests.push(None);
                continue;
            };
            let Some(text) = source.get("text").and_then(Json::as_str) else {
                errors.push(FillError {
                    path,
                    kind: FillErrorKind::SourceWithoutText,
                });
                digests.push(None);
                continue;
            };
            digests.push(Some(sha256_hex(text)));
            if let Some(id) = source.get("id").and_then(Json::as_str) {
                texts.insert(id.to_string(), text.to_string());
            }
        }
    }
    let indexes: HashMap<&str, CharIndex> = texts
        .iter()
        .map(|(id, text)| (id.as_str(), CharIndex::new(text)))
        .collect();

    // Every quote's new offsets, found before anything changes.
    let mut placed: Vec<(&'static str, usize, usize, usize, usize)> = Vec::new();
    for kind in ["positions", "events"] {
        let Some(Json::Array(items)) = root.get(kind) else {
            continue;
        };
        for (i, item) in items.iter().enumerate() {
            let Some(Json::Array(quotes)) = item.as_object().and_then(|o| o.get("quotes")) else {
                continue;
            };
            for (j, quote) in quotes.iter().enumerate() {
                let path = format!("{kind}[{i}].quotes[{j}]");
                match place(quote, &indexes) {
                    Ok((start, end)) => placed.push((kind, i, j, start, end)),
                    Err(kind) => errors.push(FillError { path, kind }),
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut filled = Filled::default();
    let root = doc.as_object_mut().expect("checked above");
    if let Some(Json::Array(sources)) = root.get_mut("sources") {
        for (source, digest) in sources.iter_mut().zip(digests) {
            if let (Some(source), Some(digest)) = (source.as_object_mut(), digest) {
                source.insert("sha256", Json::String(digest));
                filled.sources += 1;
            }
        }
    }
    for (kind, i, j, start, end) in placed {
        let quote = root
            .get_mut(kind)
            .and_then(Json::as_array_mut)
            .and_then(|items| items.get_mut(i))
            .and_then(Json::as_object_mut)
            .and_then(|item| item.get_mut("quotes"))
            .and_then(Json::as_array_mut)
            .and_then(|quotes| quotes.get_mut(j))
            .expect("the quote placed above");
        let old = quote.as_object().cloned().unwrap_or_default();
        let same = old.get("start").and_then(Json::as_u64) == Some(start as u64)
            && old.get("end").and_then(Json::as_u64) == Some(end as u64);
        let mut new = Object::default();
        new.insert("source", old.get("source").cloned().unwrap_or(Json::Null));
        new.insert("start", start.into());
        new.insert("end", end.into());
        for (k, v) in old.iter() {
            if !matches!(k, "source" | "start" | "end") {
                new.insert(k, v.clone());
            }
        }
        *quote = Json::Object(new);
        filled.quotes += 1;
        if !same {
            filled.moved += 1;
        }
    }
    Ok(filled)
}

/// Where one quote goes: `(start, end)` in characters.
fn place(
    quote: &Json,
    indexes: &HashMap<&str, CharIndex>,
) -> Result<(usize, usize), FillErrorKind> {
    let quote = quote.as_object().ok_or(FillErrorKind::EntryNotAnObject)?;
    let words = match quote.get("text").and_then(Json::as_str) {
        Some(words) if !words.is_empty() => words,
        _ => return Err(FillErrorKind::QuoteWithoutText),
    };
    let id = match quote.get("source") {
        None | Some(Json::Null) => return Err(FillErrorKind::QuoteWithoutSource),
        Some(Json::String(id)) => id.as_str(),
        Some(other) => {
            return Err(FillErrorKind::UnknownSource {
                id: echo(&other.compact()),
            })
        }
    };
    let index = indexes
        .get(id)
        .ok_or_else(|| FillErrorKind::UnknownSource { id: echo(id) })?;
    let hint = match quote.get("start") {
        None | Some(Json::Null) => None,
        // A negative hint is nearest the first occurrence, like a hint of 0.
        Some(Json::Number(n)) if n.is_i64() || n.is_u64() => Some(
            n.as_u64()
                .map_or(0, |n| usize::try_from(n).unwrap_or(usize::MAX)),
        ),
        Some(other) => {
            return Err(FillErrorKind::BadHint {
                found: echo(&other.compact()),
            })
        }
    };
    let start = locate(index, words, hint).map_err(|error| FillErrorKind::Locate {
        text: echo(words),
        error,
    })?;
    Ok((start, start + words.chars().count()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Kyiv’s “freeze” — no. Moscow wants a “freeze”.";

    fn at(needle: &str, hint: Option<usize>) -> Result<usize, LocateError> {
        locate(&CharIndex::new(TEXT), needle, hint)
    }

    #[test]
    fn a_single_occurrence_needs_no_hint_and_ignores_a_wrong_one() {
        assert_eq!(at("Moscow", None), Ok(22));
        assert_eq!(at("Moscow", Some(0)), Ok(22));
        assert_eq!(at("Kyiv’s “freeze”", Some(100)), Ok(0));
    }

    #[test]
    fn the_occurrence_nearest_the_hint_wins() {
        assert_eq!(at("“freeze”", Some(42)), Ok(37));
        assert_eq!(at("“freeze”", Some(12)), Ok(7));
        assert_eq!(at("“freeze”", Some(7)), Ok(7));
        assert_eq!(at("“freeze”", Some(usize::MAX)), Ok(37));
    }

    #[test]
    fn ambiguity_ties_and_absence_are_errors_naming_every_place() {
        assert_eq!(
            at("“freeze”", None),
            Err(LocateError::Ambiguous {
                count: 2,
                places: vec![7, 37]
            })
        );
        let tie = at("“freeze”", Some(22)).unwrap_err();
        assert_eq!(
            tie.to_string(),
            "occurs 2 times (at characters 7, 37) and the start hint 22 is as near to 7 as to 37; move the hint"
        );
        assert_eq!(at("thaw", None), Err(LocateError::NotFound));
        assert_eq!(at("", None), Err(LocateError::Empty));
    }

    #[test]
    fn overlapping_occurrences_count() {
        let index = CharIndex::new("ééé");
        assert_eq!(
            locate(&index, "éé", None),
            Err(LocateError::Ambiguous {
                count: 2,
                places: vec![0, 1]
            })
        );
        assert_eq!(locate(&index, "éé", Some(2)), Ok(1));
    }

    #[test]
    fn a_message_lists_ten_places_then_says_there_are_more() {
        let text = "ab ".repeat(12);
        let error = locate(&CharIndex::new(&text), "ab", None).unwrap_err();
        assert_eq!(
            error.to_string(),
            "occurs 12 times (at characters 0, 3, 6, 9, 12, 15, 18, 21, 24, 27, ...); give a start hint"
        );
    }

    #[test]
    fn fills_offsets_digests_and_key_order_and_changes_nothing_on_error() {
        let draft = format!(
            r#"{{"sources": [{{"id": "s", "text": "{TEXT}"}}], "positions": [{{"quotes": [{{"text": "Moscow", "note": 1, "source": "s"}}]}}]}}"#
        );
        let mut doc = Json::parse(&draft).unwrap();
        let filled = fill_document(&mut doc).unwrap();
        assert_eq!(
            filled,
            Filled {
                sources: 1,
                quotes: 1,
                moved: 1
            }
        );
        let quote = r#"{"source":"s","start":22,"end":28,"text":"Moscow","note":1}"#;
        assert!(doc.compact().contains(quote), "{}", doc.compact());
        assert!(doc.compact().contains(&sha256_hex(TEXT)));

        let broken = draft.replace(r#""text": "Moscow""#, r#""text": "Paris""#);
        let mut doc = Json::parse(&broken).unwrap();
        let errors = fill_document(&mut doc).unwrap_err();
        assert_eq!(
            errors[0].to_string(),
            "positions[0].quotes[0]: not found verbatim in its source: \"Paris\""
        );
        assert_eq!(doc, Json::parse(&broken).unwrap());
    }
}
