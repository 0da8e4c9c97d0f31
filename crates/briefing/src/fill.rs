//! Filling in a draft: finding each quote's text in its source to set its character
//! offsets (the occurrence nearest a `start` hint, `crate::locate`), and setting each
//! source's digest.
//!
//! An editor writes only a quote's `source` and `text`; [`fill_document`] does the counting
//! (Unicode scalar values, end exclusive, as the format requires). A quote that occurs
//! more than once needs a `start` hint, and a quote that is not in its source verbatim is
//! an error; both are reported with every place involved, and nothing is changed then.
//!
//! The document is a `serde_json::Value` whose objects keep their keys in the order they
//! were written (serde_json's `preserve_order`, which the `fill` feature that compiles this
//! module turns on), so that an editor's file changes in those values only. The feature
//! is the command line's: the wasm keeps serde_json's plain maps.

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::locate::{locate, LocateError};
use crate::problem::echo;
use crate::text::CharIndex;
use crate::validate::sha256_hex;

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
pub fn fill_document(doc: &mut Value) -> Result<Filled, Vec<FillError>> {
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
    if let Some(Value::Array(sources)) = root.get("sources") {
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
            let Some(text) = source.get("text").and_then(Value::as_str) else {
                errors.push(FillError {
                    path,
                    kind: FillErrorKind::SourceWithoutText,
                });
                digests.push(None);
                continue;
            };
            digests.push(Some(sha256_hex(text)));
            if let Some(id) = source.get("id").and_then(Value::as_str) {
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
        let Some(Value::Array(items)) = root.get(kind) else {
            continue;
        };
        for (i, item) in items.iter().enumerate() {
            let Some(Value::Array(quotes)) = item.as_object().and_then(|o| o.get("quotes")) else {
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
    if let Some(Value::Array(sources)) = root.get_mut("sources") {
        for (source, digest) in sources.iter_mut().zip(digests) {
            if let (Some(source), Some(digest)) = (source.as_object_mut(), digest) {
                source.insert("sha256".into(), Value::String(digest));
                filled.sources += 1;
            }
        }
    }
    for (kind, i, j, start, end) in placed {
        let quote = root
            .get_mut(kind)
            .and_then(Value::as_array_mut)
            .and_then(|items| items.get_mut(i))
            .and_then(Value::as_object_mut)
            .and_then(|item| item.get_mut("quotes"))
            .and_then(Value::as_array_mut)
            .and_then(|quotes| quotes.get_mut(j))
            .expect("the quote placed above");
        let old = quote.as_object().cloned().unwrap_or_default();
        let same = old.get("start").and_then(Value::as_u64) == Some(start as u64)
            && old.get("end").and_then(Value::as_u64) == Some(end as u64);
        let mut new = Map::new();
        new.insert(
            "source".into(),
            old.get("source").cloned().unwrap_or(Value::Null),
        );
        new.insert("start".into(), start.into());
        new.insert("end".into(), end.into());
        for (k, v) in old {
            if !matches!(k.as_str(), "source" | "start" | "end") {
                new.insert(k, v);
            }
        }
        *quote = Value::Object(new);
        filled.quotes += 1;
        if !same {
            filled.moved += 1;
        }
    }
    Ok(filled)
}

/// Where one quote goes: `(start, end)` in characters.
fn place(
    quote: &Value,
    indexes: &HashMap<&str, CharIndex>,
) -> Result<(usize, usize), FillErrorKind> {
    let quote = quote.as_object().ok_or(FillErrorKind::EntryNotAnObject)?;
    let words = match quote.get("text").and_then(Value::as_str) {
        Some(words) if !words.is_empty() => words,
        _ => return Err(FillErrorKind::QuoteWithoutText),
    };
    let id = match quote.get("source") {
        None | Some(Value::Null) => return Err(FillErrorKind::QuoteWithoutSource),
        Some(Value::String(id)) => id.as_str(),
        Some(other) => {
            return Err(FillErrorKind::UnknownSource {
                id: echo(&other.to_string()),
            })
        }
    };
    let index = indexes
        .get(id)
        .ok_or_else(|| FillErrorKind::UnknownSource { id: echo(id) })?;
    let hint = match quote.get("start") {
        None | Some(Value::Null) => None,
        // A negative hint is nearest the first occurrence, like a hint of 0.
        Some(Value::Number(n)) if n.is_i64() || n.is_u64() => Some(
            n.as_u64()
                .map_or(0, |n| usize::try_from(n).unwrap_or(usize::MAX)),
        ),
        Some(other) => {
            return Err(FillErrorKind::BadHint {
                found: echo(&other.to_string()),
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

    #[test]
    fn fills_offsets_digests_and_key_order_and_changes_nothing_on_error() {
        let draft = format!(
            r#"{{"sources": [{{"id": "s", "text": "{TEXT}"}}], "positions": [{{"quotes": [{{"text": "Moscow", "note": 1, "source": "s"}}]}}]}}"#
        );
        let mut doc = serde_json::from_str::<Value>(&draft).unwrap();
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
        assert!(doc.to_string().contains(quote), "{}", doc.to_string());
        assert!(doc.to_string().contains(&sha256_hex(TEXT)));

        let broken = draft.replace(r#""text": "Moscow""#, r#""text": "Paris""#);
        let mut doc = serde_json::from_str::<Value>(&broken).unwrap();
        let errors = fill_document(&mut doc).unwrap_err();
        assert_eq!(
            errors[0],
            FillError {
                path: "positions[0].quotes[0]".into(),
                kind: FillErrorKind::Locate {
                    text: "Paris".into(),
                    error: LocateError::NotFound
                }
            }
        );
        assert_eq!(doc, serde_json::from_str::<Value>(&broken).unwrap());
    }
}
