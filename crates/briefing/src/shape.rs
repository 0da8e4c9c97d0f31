//! The JSON shape of `briefing/1`: which type each known field must have.
//!
//! serde stops at the first wrong-typed field; when it does, [`check`] walks the parsed
//! value against this shape and reports every wrong-typed field with its path, so that an
//! editor sees all of them at once. Unknown fields are allowed, as in the format. It
//! mirrors `model.rs` (a test sets each field of a document to a wrong type and expects
//! this walker, not serde's fallback, to name it).

use serde_json::Value;

use super::problem::{echo, Code, Problems};

/// The type a field must have.
enum Kind {
    Str,
    OptStr,
    /// A non-negative integer that fits a `usize` (quote offsets).
    Count,
    /// Any integer that fits an `i64` (event order).
    Int,
    List(&'static Kind),
    Object(&'static [(&'static str, Kind)]),
}

use Kind::*;

const QUOTE: Kind = Object(&[
    ("source", Str),
    ("start", Count),
    ("end", Count),
    ("text", Str),
]);

const SOURCE: Kind = Object(&[
    ("id", Str),
    ("title", OptStr),
    ("publisher", OptStr),
    ("url", OptStr),
    ("published", OptStr),
    ("text", Str),
    ("sha256", Str),
]);

const ACTOR: Kind = Object(&[
    ("id", Str),
    ("name", Str),
    ("kind", Str),
    ("aliases", List(&Str)),
    ("description", Str),
]);

const TOPIC: Kind = Object(&[("id", Str), ("label", Str), ("description", Str)]);

const POSITION: Kind = Object(&[
    ("id", Str),
    ("actor", Str),
    ("topic", Str),
    ("stance", Str),
    ("summary", Str),
    ("attribution", Str),
    ("quotes", List(&QUOTE)),
]);

const EVENT: Kind = Object(&[
    ("id", Str),
    ("order", Int),
    ("when", Str),
    ("phase", Str),
    ("title", Str),
    ("summary", Str),
    ("actors", List(&Str)),
    ("topics", List(&Str)),
    ("quotes", List(&QUOTE)),
]);

const BRIEFING: Kind = Object(&[
    ("format", Str),
    ("id", Str),
    ("title", Str),
    ("summary", Str),
    ("language", Str),
    ("as_of", OptStr),
    ("sources", List(&SOURCE)),
    ("actors", List(&ACTOR)),
    ("topics", List(&TOPIC)),
    ("positions", List(&POSITION)),
    ("events", List(&EVENT)),
]);

/// Reports every known field of `document` whose JSON type is wrong.
pub fn check(document: &Value, problems: &mut Problems) {
    walk(document, &BRIEFING, "", problems);
}

fn join(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.to_string()
    } else {
        format!("{at}.{key}")
    }
}

fn walk(value: &Value, kind: &Kind, at: &str, problems: &mut Problems) {
    if problems.is_full() {
        return;
    }
    let wrong = |problems: &mut Problems, code: Code| {
        let path = if at.is_empty() { "(document)" } else { at };
        problems.report(path, code, vec![("found", found(value))]);
    };
    match kind {
        Str if !value.is_string() => wrong(problems, Code::TypeString),
        OptStr if !value.is_string() && !value.is_null() => wrong(problems, Code::TypeStringOrNull),
        Count if value.as_u64().is_none_or(|n| usize::try_from(n).is_err()) => {
            wrong(problems, Code::TypeCount)
        }
        Int if value.as_i64().is_none() => wrong(problems, Code::TypeInteger),
        List(item) => match value.as_array() {
            Some(items) => {
                for (i, v) in items.iter().enumerate() {
                    if problems.is_full() {
                        return;
                    }
                    walk(v, item, &format!("{at}[{i}]"), problems);
                }
            }
            None => wrong(problems, Code::TypeArray),
        },
        Object(fields) => match value.as_object() {
            Some(map) => {
                for (key, field) in fields.iter() {
                    if let Some(v) = map.get(*key) {
                        walk(v, field, &join(at, key), problems);
                    }
                }
            }
            None => wrong(problems, Code::TypeObject),
        },
        _ => {}
    }
}

/// A short, language-neutral rendering of the value found: `null`, `5`, `"text"`, `[…]`.
fn found(value: &Value) -> String {
    match value {
        Value::Array(_) => "[…]".to_string(),
        Value::Object(_) => "{…}".to_string(),
        Value::String(s) => format!("\"{}\"", echo(s)),
        other => echo(&other.to_string()),
    }
}
