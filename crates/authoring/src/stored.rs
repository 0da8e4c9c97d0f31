//! How drafts are kept in the browser (`localStorage`): one record per draft, holding the
//! briefing as written so far, and which tab saved it last. Plain JSON, so a draft that
//! the studio can no longer read can still be downloaded as it is.
//!
//! Keys, all under [`PREFIX`]:
//! - `draft:<id>`: the draft ([`Stored`]);
//! - `editor:<id>`: the tab editing it (see `session`);
//! - `preview:<id>`: a copy of the draft's briefing for the explorer's `draft=` preview.

use serde::{Deserialize, Serialize};

use briefing::Briefing;
use explore::loads::DRAFT_KEY_PREFIX;

/// The prefix of every key the studio writes.
pub const PREFIX: &str = "briefing-studio:";
/// The record layout this build writes.
pub const VERSION: u32 = 1;

/// A draft whose source texts together are longer than this (bytes) is saved at most once
/// a second while the author types, rather than on every change: writing a record to
/// `localStorage` costs Chromium some 25 ms per MB, which a keystroke cannot afford.
pub const SAVE_AT_ONCE_BYTES: usize = 256 * 1024;

/// Whether a draft whose source texts total `text_bytes` is saved on every change.
pub fn saved_at_once(text_bytes: usize) -> bool {
    text_bytes <= SAVE_AT_ONCE_BYTES
}

/// One saved draft.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stored {
    /// [`VERSION`].
    pub studio: u32,
    pub id: String,
    /// Counts saves, so a tab can tell a newer record from its own.
    pub revision: u64,
    /// When it was saved, in milliseconds since 1970.
    pub saved_at: f64,
    /// The tab that saved it.
    pub tab: String,
    pub briefing: Briefing,
}

/// What a key names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    Draft(String),
    Editor(String),
    Preview(String),
}

impl Key {
    pub fn text(&self) -> String {
        match self {
            Key::Draft(id) => format!("{PREFIX}draft:{id}"),
            Key::Editor(id) => format!("{PREFIX}editor:{id}"),
            Key::Preview(id) => format!("{DRAFT_KEY_PREFIX}{id}"),
        }
    }

    /// The studio key `key` is, if it is one.
    pub fn parse(key: &str) -> Option<Key> {
        let rest = key.strip_prefix(PREFIX)?;
        let (kind, id) = rest.split_once(':')?;
        if !is_draft_id(id) {
            return None;
        }
        let id = id.to_string();
        match kind {
            "draft" => Some(Key::Draft(id)),
            "editor" => Some(Key::Editor(id)),
            "preview" => Some(Key::Preview(id)),
            _ => None,
        }
    }
}

/// A draft id: 1 to 64 ASCII letters, digits, `-` or `_` (what the explorer's `draft=`
/// accepts).
pub use explore::loads::is_draft_id;

/// A new draft id from the time and a random number (both given: no clock or randomness
/// here).
pub fn new_draft_id(now_ms: f64, random: f64) -> String {
    let time = now_ms.max(0.0) as u64;
    let noise = (random.clamp(0.0, 1.0) * 1_679_616.0) as u64; // 36^4
    format!("d{}{}", base36(time), base36(noise))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII digits")
}

/// Why a stored record could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredError {
    /// Not JSON, or not a draft record (the parser's words).
    Unreadable(String),
    /// Written by a newer studio.
    NewerVersion(u32),
}

impl Stored {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a draft always serialises")
    }

    pub fn parse(text: &str) -> Result<Stored, StoredError> {
        let stored: Stored =
            serde_json::from_str(text).map_err(|e| StoredError::Unreadable(e.to_string()))?;
        if stored.studio > VERSION {
            return Err(StoredError::NewerVersion(stored.studio));
        }
        Ok(stored)
    }
}

/// What the list of drafts shows of one.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub id: String,
    pub title: String,
    pub saved_at: f64,
    pub positions: usize,
    pub events: usize,
    /// The record could not be read (it can still be downloaded or deleted).
    pub unreadable: bool,
}

/// The list of drafts from `(key, value)` pairs of the storage, newest first.
pub fn summaries<'a>(entries: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<Summary> {
    let mut out: Vec<Summary> = entries
        .into_iter()
        .filter_map(|(key, value)| match Key::parse(key)? {
            Key::Draft(id) => Some(match Stored::parse(value) {
                Ok(s) => Summary {
                    id,
                    title: s.briefing.title.clone(),
                    saved_at: s.saved_at,
                    positions: s.briefing.positions.len(),
                    events: s.briefing.events.len(),
                    unreadable: false,
                },
                Err(_) => Summary {
                    id,
                    title: String::new(),
                    saved_at: 0.0,
                    positions: 0,
                    events: 0,
                    unreadable: true,
                },
            }),
            _ => None,
        })
        .collect();
    out.sort_by(|a, b| b.saved_at.total_cmp(&a.saved_at).then(a.id.cmp(&b.id)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_foreign_keys_are_ignored() {
        for key in [
            Key::Draft("d1".into()),
            Key::Editor("d1".into()),
            Key::Preview("x_2".into()),
        ] {
            assert_eq!(Key::parse(&key.text()), Some(key));
        }
        assert_eq!(Key::parse("other:draft:d1"), None);
        assert_eq!(Key::parse("briefing-studio:draft:../x"), None);
        assert_eq!(Key::parse("briefing-studio:nothing:d1"), None);
    }

    #[test]
    fn draft_ids_are_safe_and_differ() {
        let a = new_draft_id(1_700_000_000_000.0, 0.25);
        let b = new_draft_id(1_700_000_000_000.0, 0.5);
        assert!(is_draft_id(&a) && is_draft_id(&b));
        assert_ne!(a, b);
        assert!(!is_draft_id(""));
        assert!(!is_draft_id("a b"));
    }

    #[test]
    fn records_round_trip_and_the_list_is_newest_first() {
        let record = |id: &str, at: f64, title: &str| Stored {
            studio: VERSION,
            id: id.into(),
            revision: 1,
            saved_at: at,
            tab: "t".into(),
            briefing: Briefing {
                title: title.into(),
                ..Briefing::default()
            },
        };
        let (a, b) = (record("a", 1.0, "Old"), record("b", 2.0, "New"));
        assert_eq!(Stored::parse(&a.to_json()), Ok(a.clone()));
        let entries = [
            (Key::Draft("a".into()).text(), a.to_json()),
            (Key::Draft("b".into()).text(), b.to_json()),
            (Key::Draft("c".into()).text(), "{not json".to_string()),
            ("unrelated".to_string(), "x".to_string()),
        ];
        let list = summaries(entries.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let titles: Vec<(&str, bool)> = list
            .iter()
            .map(|s| (s.title.as_str(), s.unreadable))
            .collect();
        assert_eq!(titles, [("New", false), ("Old", false), ("", true)]);
        let newer = a.to_json().replace("\"studio\":1", "\"studio\":9");
        assert_eq!(Stored::parse(&newer), Err(StoredError::NewerVersion(9)));
    }
}
