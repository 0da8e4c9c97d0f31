//! Filling in a draft: finding each quote's text in its source to set its character
//! offsets (the occurrence nearest a `start` hint, `crate::locate`), and setting each
//! source's digest.
//!
//! An editor writes only a quote's `source` and `text`; [`fill_text`] does the counting
//! (Unicode scalar values, end exclusive, as the format requires). A quote that occurs
//! more than once needs a `start` hint, and a quote that is not in its source verbatim is
//! an error; both are reported with every place involved, and nothing is changed then.
//!
//! The draft is the editor's file, and the format keeps fields it does not know: so fill
//! writes the values it sets into the draft's text (`spans`) rather than writing the
//! document anew from parsed values, which would turn `12345678901234567890123` into
//! `1.2345678901234568e+22`, `-0` into `-0.0` and `1E2` into `100.0`, and change escapes
//! and spacing. Everything else stays byte for byte.

mod spans;

use std::collections::HashMap;
use std::ops::Range;

use serde_json::Value;

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
    /// The text is not JSON (serde_json's description).
    NotJson { detail: String },
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

/// What [`fill_text`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Filled {
    /// Sources whose `sha256` was set.
    pub sources: usize,
    /// Quotes placed.
    pub quotes: usize,
    /// Quotes whose `start` or `end` changed (or were missing).
    pub moved: usize,
}

/// Fills in a draft briefing's text: every source's `sha256`, and every quote's `start`
/// and `end` from its `source` and `text` (a `start` already there is the hint). Returns
/// the new text and what was done.
///
/// Only those values change: a value already right stays as written, a wrong one is
/// replaced where it is, and a missing one is added, `start` and `end` after the quote's
/// `source`, `sha256` after its source's last field, spaced like the fields around it.
/// Every other byte (a byte-order mark, spacing, field order, escapes, numbers) is kept.
///
/// Returns every error at once; nothing is filled then.
pub fn fill_text(text: &str) -> Result<(String, Filled), Vec<FillError>> {
    let not_json = |detail: String| {
        vec![FillError {
            path: "(document)".into(),
            kind: FillErrorKind::NotJson { detail },
        }]
    };
    let (bom, body) = match text.strip_prefix('\u{FEFF}') {
        Some(body) => ("\u{FEFF}", body),
        None => ("", text),
    };
    let doc: Value = serde_json::from_str(body).map_err(|e| not_json(e.to_string()))?;
    let (plan, filled) = plan(&doc)?;
    // serde_json has read the text, so the scanner can read it too.
    let edits = spans::scan(body)
        .and_then(|root| edits(body, &root, &plan))
        .ok_or_else(|| not_json("the text could not be edited in place".into()))?;
    Ok((format!("{bom}{}", apply(body, edits)), filled))
}

/// What fill sets, all found before anything is written.
struct Plan {
    /// `(index in sources, digest)`.
    digests: Vec<(usize, String)>,
    quotes: Vec<Placed>,
}

/// One quote's place: `kind[item].quotes[quote]` goes from `start` to `end`.
struct Placed {
    kind: &'static str,
    item: usize,
    quote: usize,
    start: usize,
    end: usize,
}

/// Every source's digest and every quote's place, or every reason there are none.
fn plan(doc: &Value) -> Result<(Plan, Filled), Vec<FillError>> {
    let mut errors = Vec::new();
    let Some(root) = doc.as_object() else {
        return Err(vec![FillError {
            path: "(document)".into(),
            kind: FillErrorKind::NotAnObject,
        }]);
    };
    let mut filled = Filled::default();
    // The sources' texts, by id (a repeated id: the last one, as the validator reports the
    // repetition anyway).
    let mut texts: HashMap<&str, &str> = HashMap::new();
    let mut digests = Vec::new();
    if let Some(Value::Array(sources)) = root.get("sources") {
        for (i, source) in sources.iter().enumerate() {
            let path = format!("sources[{i}]");
            let Some(source) = source.as_object() else {
                errors.push(FillError {
                    path,
                    kind: FillErrorKind::EntryNotAnObject,
                });
                continue;
            };
            let Some(text) = source.get("text").and_then(Value::as_str) else {
                errors.push(FillError {
                    path,
                    kind: FillErrorKind::SourceWithoutText,
                });
                continue;
            };
            digests.push((i, sha256_hex(text)));
            if let Some(id) = source.get("id").and_then(Value::as_str) {
                texts.insert(id, text);
            }
        }
    }
    filled.sources = digests.len();
    let indexes: HashMap<&str, CharIndex> = texts
        .iter()
        .map(|(&id, &text)| (id, CharIndex::new(text)))
        .collect();

    let mut quotes = Vec::new();
    for kind in ["positions", "events"] {
        let Some(Value::Array(items)) = root.get(kind) else {
            continue;
        };
        for (item, entry) in items.iter().enumerate() {
            let Some(Value::Array(list)) = entry.as_object().and_then(|o| o.get("quotes")) else {
                continue;
            };
            for (j, quote) in list.iter().enumerate() {
                match place(quote, &indexes) {
                    Ok((start, end)) => {
                        let at = |key| quote.get(key).and_then(Value::as_u64);
                        if at("start") != Some(start as u64) || at("end") != Some(end as u64) {
                            filled.moved += 1;
                        }
                        quotes.push(Placed {
                            kind,
                            item,
                            quote: j,
                            start,
                            end,
                        });
                    }
                    Err(error) => errors.push(FillError {
                        path: format!("{kind}[{item}].quotes[{j}]"),
                        kind: error,
                    }),
                }
            }
        }
    }
    filled.quotes = quotes.len();
    if errors.is_empty() {
        Ok((Plan { digests, quotes }, filled))
    } else {
        Err(errors)
    }
}

/// A change to the text: `range` replaced by `text` (an empty range: inserted there).
struct Edit {
    range: Range<usize>,
    text: String,
}

/// The changes that carry out `plan` in `body`, whose parts are `root`.
fn edits(body: &str, root: &spans::Node, plan: &Plan) -> Option<Vec<Edit>> {
    let mut edits = Vec::new();
    for (i, digest) in &plan.digests {
        let source = root.member("sources")?.value.item(*i)?;
        set(
            body,
            source,
            "sha256",
            &format!("\"{digest}\""),
            &[],
            &mut edits,
        )?;
    }
    for placed in &plan.quotes {
        let quote = root
            .member(placed.kind)?
            .value
            .item(placed.item)?
            .member("quotes")?
            .value
            .item(placed.quote)?;
        let (start, end) = (placed.start.to_string(), placed.end.to_string());
        set(body, quote, "start", &start, &["source"], &mut edits)?;
        set(body, quote, "end", &end, &["start", "source"], &mut edits)?;
    }
    Some(edits)
}

/// Sets `object`'s `key` to `literal`: every member of that name not already written so
/// is rewritten; without one, a member is added after the first of `after` the object
/// has (or after its last member), spaced like the member it follows.
fn set(
    body: &str,
    object: &spans::Node,
    key: &str,
    literal: &str,
    after: &[&str],
    edits: &mut Vec<Edit>,
) -> Option<()> {
    let members = object.members();
    let mut found = false;
    for member in members.iter().filter(|m| m.key == key) {
        found = true;
        if body[member.value.span.clone()] != *literal {
            edits.push(Edit {
                range: member.value.span.clone(),
                text: literal.to_string(),
            });
        }
    }
    if found {
        return Some(());
    }
    let index = after
        .iter()
        .find_map(|name| members.iter().rposition(|m| m.key == *name))
        .or(members.len().checked_sub(1))?;
    let before = &members[index];
    // The spacing that follows a comma: the member's own, unless it is the first one (its
    // spacing follows the `{`), then the next member's.
    let lead = match index {
        0 => members.get(1).unwrap_or(before).lead.clone(),
        _ => before.lead.clone(),
    };
    let colon = before.key_span.end..before.value.span.start;
    let at = before.value.span.end;
    // A key added by an earlier call at the same place (`start` before `end`) comes first:
    // edits at one place keep the order they were made in.
    edits.push(Edit {
        range: at..at,
        text: format!(",{}\"{key}\"{}{literal}", &body[lead], &body[colon]),
    });
    Some(())
}

/// `body` with `edits` made (they do not overlap; inserts at one place in their order).
fn apply(body: &str, mut edits: Vec<Edit>) -> String {
    edits.sort_by_key(|e| e.range.start);
    let mut out = String::with_capacity(body.len() + edits.len() * 80);
    let mut at = 0;
    for edit in edits {
        out.push_str(&body[at..edit.range.start]);
        out.push_str(&edit.text);
        at = edit.range.end;
    }
    out.push_str(&body[at..]);
    out
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
    fn fills_offsets_and_digests_in_the_text_and_fails_as_a_whole() {
        let draft = format!(
            r#"{{"sources": [{{"id": "s", "text": "{TEXT}"}}], "positions": [{{"quotes": [{{"text": "Moscow", "note": 1, "source": "s"}}]}}]}}"#
        );
        let (text, filled) = fill_text(&draft).unwrap();
        assert_eq!(
            filled,
            Filled {
                sources: 1,
                quotes: 1,
                moved: 1
            }
        );
        // Added after the quote's source and the source's last field, spaced like them.
        let quote = r#"{"text": "Moscow", "note": 1, "source": "s", "start": 22, "end": 28}"#;
        assert!(text.contains(quote), "{text}");
        let digest = format!(r#""text": "{TEXT}", "sha256": "{}"}}"#, sha256_hex(TEXT));
        assert!(text.contains(&digest), "{text}");
        // Filled again: nothing moves, nothing changes.
        let (again, filled) = fill_text(&text).unwrap();
        assert_eq!((again.as_str(), filled.moved), (text.as_str(), 0));

        let broken = draft.replace(r#""text": "Moscow""#, r#""text": "Paris""#);
        let errors = fill_text(&broken).unwrap_err();
        assert_eq!(
            errors,
            [FillError {
                path: "positions[0].quotes[0]".into(),
                kind: FillErrorKind::Locate {
                    text: "Paris".into(),
                    error: LocateError::NotFound
                }
            }]
        );
        let errors = fill_text("{\"sources\": [").unwrap_err();
        assert!(matches!(errors[0].kind, FillErrorKind::NotJson { .. }));
    }

    #[test]
    fn a_missing_end_follows_the_start_and_a_compact_file_stays_compact() {
        let draft = format!(
            r#"{{"sources":[{{"id":"s","text":"{TEXT}","sha256":"old"}}],"events":[{{"quotes":[{{"source":"s","start":20,"text":"Moscow"}}]}}]}}"#
        );
        let (text, _) = fill_text(&format!("\u{FEFF}{draft}")).unwrap();
        let expected = draft
            .replace(r#""start":20"#, r#""start":22,"end":28"#)
            .replace("old", &sha256_hex(TEXT));
        assert_eq!(text, format!("\u{FEFF}{expected}"));
    }
}
