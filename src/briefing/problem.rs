//! One problem with a briefing (or with loading one): a stable `code`, named `args`, a JSON
//! path, and the English message built from the code's template. The interface renders
//! the same code and args in the reader's language (`crate::i18n::problems`).
//!
//! Everything echoed from a file goes through [`echo`] first, so a message is never huge
//! and never hides or reorders text with invisible or bidi control characters. Problems are
//! collected by [`Problems`], which stops at [`MAX_PROBLEMS`]: a hostile file could
//! otherwise yield millions of them. This file is also compiled into `build.rs`; it must
//! stay self-contained.

use std::fmt;

/// The most problems one report lists; past it, one last `problems.more` entry says so.
pub const MAX_PROBLEMS: usize = 1000;
/// The most characters of a value from the file that a message echoes.
pub const MAX_ECHO: usize = 80;

/// One thing wrong with a briefing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a JSON path: `positions[3].actor`, or `(document)`, `(file)`, `(network)`.
    pub path: String,
    /// Which rule, stable across versions and languages: `reference.actor`.
    pub code: &'static str,
    /// The values the message names, already passed through [`echo`] where they come from
    /// the file: `[("id", "kremlin")]`.
    pub args: Vec<(&'static str, String)>,
    /// What, in plain English: `unknown actor "kremlin"`.
    pub message: String,
}

impl Problem {
    /// A problem from `code`'s English template in [`ENGLISH`], filled with `args`.
    pub fn new(
        path: impl Into<String>,
        code: &'static str,
        args: Vec<(&'static str, String)>,
    ) -> Self {
        let message = fill(template(code), &args);
        Problem {
            path: path.into(),
            code,
            args,
            message,
        }
    }

    /// The value of one argument, or "".
    pub fn arg(&self, name: &str) -> &str {
        self.args
            .iter()
            .find(|(k, _)| *k == name)
            .map_or("", |(_, v)| v.as_str())
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Every problem code with its English template. `{name}` is filled from the args; the
/// French and Ukrainian templates (`crate::i18n::problems`) must use the same names.
pub const ENGLISH: &[(&str, &str)] = &[
    // Reading the bytes.
    ("file.empty", "is empty"),
    ("file.too_large", "is {size} MB; the limit is {limit} MB"),
    ("file.larger_than_limit", "is larger than the limit of {limit} MB"),
    (
        "file.not_utf8",
        "is not valid UTF-8 text (invalid byte at offset {offset}); save it as UTF-8",
    ),
    // Parsing the JSON.
    (
        "document.too_deep",
        "is nested more than {max} levels deep (line {line}, column {column}); a briefing needs only a few",
    ),
    (
        "document.not_object",
        "not a briefing: the document must be a JSON object ({ ... })",
    ),
    ("json.syntax", "not valid JSON: {detail} (line {line}, column {column})"),
    ("json.data", "wrong type: {detail} (line {line}, column {column})"),
    ("type.string", "wrong type: expected a string, found {found}"),
    (
        "type.string_or_null",
        "wrong type: expected a string or null, found {found}",
    ),
    ("type.array", "wrong type: expected an array, found {found}"),
    ("type.object", "wrong type: expected an object, found {found}"),
    (
        "type.count",
        "wrong type: expected a whole number of 0 or more, found {found}",
    ),
    ("type.integer", "wrong type: expected a whole number, found {found}"),
    // The validator's rules.
    ("format.missing", "is missing; supported: {supported}"),
    (
        "format.unknown",
        "\"{found}\" is not a format this explorer reads; supported: {supported}",
    ),
    ("required", "is required and must not be empty"),
    (
        "id.invalid",
        "\"{id}\" is not a valid id: use only ASCII letters, digits, '.', '_', ':' and '-', starting with a letter or digit, at most {max} characters",
    ),
    ("id.duplicate", "duplicate id \"{id}\" (first used by {first})"),
    (
        "language.invalid",
        "\"{value}\" is not a BCP 47 language tag such as \"en\" or \"fr-CA\"",
    ),
    ("date.invalid", "\"{value}\" is not a date (YYYY-MM-DD) or null"),
    ("sources.empty", "at least one source is required"),
    ("sha256.missing", "is required: the SHA-256 of this text is {actual}"),
    (
        "sha256.mismatch",
        "does not match the text: expected {actual}, found {found}",
    ),
    ("reference.actor", "unknown actor \"{id}\""),
    ("reference.topic", "unknown topic \"{id}\""),
    ("reference.source", "unknown source \"{id}\""),
    ("vocabulary.missing", "is required: one of {words}"),
    ("stance.unknown", "unknown stance \"{word}\"; expected one of {words}"),
    (
        "attribution.unknown",
        "unknown attribution \"{word}\"; expected one of {words}",
    ),
    ("phase.unknown", "unknown phase \"{word}\"; expected one of {words}"),
    (
        "order.duplicate",
        "duplicate order {order} (also used by {first})",
    ),
    (
        "quotes.empty",
        "at least one verbatim quote from a source is required",
    ),
    ("quote.reversed", "start ({start}) must be less than end ({end})"),
    (
        "quote.past_end",
        "{end} is past the end of source \"{source}\" ({length} characters)",
    ),
    (
        "quote.differs",
        "differs from the source at characters {start}..{end}: the source says \"{actual}\"",
    ),
    ("problems.more", "…and more problems; fix these first"),
    // Fetching (the browser loader).
    (
        "network.fetch_failed",
        "could not fetch it ({error}): the address may be wrong, the network down, or the server may not allow other sites to read it (CORS)",
    ),
    ("network.read_failed", "reading stopped: {error}"),
    (
        "network.http_error",
        "the server answered HTTP {status} {status_text} ({content_type})",
    ),
    (
        "network.http_error_untyped",
        "the server answered HTTP {status} {status_text} (no content type)",
    ),
    (
        "network.not_json",
        "the server answered HTTP {status} with {content_type}, not JSON",
    ),
    (
        "network.timeout",
        "nothing arrived for {seconds} seconds, so loading stopped; the server may be stalled: try again later",
    ),
];

/// The English template for `code` (the code itself if unknown, which a test rules out).
pub fn template(code: &'static str) -> &'static str {
    ENGLISH
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(code, |(_, t)| t)
}

/// Replaces each `{name}` in `template` with its value, in one pass: a value that itself
/// contains `{name}` (a file can say anything) is not expanded again.
pub fn fill(template: &str, args: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (v, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// True for characters that are invisible or change the order of text around them: bidi
/// controls, zero-width characters, other format and control characters.
fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}'
            | '\u{17B5}' | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF9}'..='\u{FFFB}'
            | '\u{E0000}'..='\u{E0FFF}')
}

/// A value from the file, made safe to put in a message: invisible and bidi control
/// characters become visible escapes (`⟨U+202E⟩`), and anything past [`MAX_ECHO`]
/// characters is cut with an ellipsis.
pub fn echo(value: &str) -> String {
    let mut out = String::new();
    for (n, c) in value.chars().enumerate() {
        if n == MAX_ECHO {
            out.push('…');
            break;
        }
        if is_hidden(c) {
            out.push_str(&format!("⟨U+{:04X}⟩", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Problems as they are found, up to [`MAX_PROBLEMS`].
#[derive(Debug, Default)]
pub struct Problems {
    list: Vec<Problem>,
    more: bool,
}

impl Problems {
    /// Records a problem, or notes that there are more than the report will list.
    pub fn push(&mut self, problem: Problem) {
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(problem);
        } else {
            self.more = true;
        }
    }

    /// Adds the problem `code` at `path`.
    pub fn report(
        &mut self,
        path: impl Into<String>,
        code: &'static str,
        args: Vec<(&'static str, String)>,
    ) {
        if self.is_full() {
            self.more = true;
        } else {
            self.push(Problem::new(path, code, args));
        }
    }

    /// True once the list is full: callers stop looking, the rest would not be shown.
    pub fn is_full(&self) -> bool {
        self.list.len() >= MAX_PROBLEMS
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The problems found, with a last `problems.more` entry when some were left out.
    pub fn finish(mut self) -> Vec<Problem> {
        if self.more || self.is_full() {
            // A full list almost always means more were left out; say so either way.
            self.list
                .push(Problem::new("(more)", "problems.more", Vec::new()));
        }
        self.list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_is_one_pass() {
        let args = [("a", "{b}".to_string()), ("b", "x".to_string())];
        assert_eq!(fill("{a} and {b}, {c} {", &args), "{b} and x, {c} {");
    }

    #[test]
    fn echo_shows_hidden_characters_and_cuts_long_values() {
        assert_eq!(echo("abc\u{202E}def"), "abc⟨U+202E⟩def");
        assert_eq!(echo("a\u{200B}\n"), "a⟨U+200B⟩⟨U+000A⟩");
        assert_eq!(echo("“curly” — fine"), "“curly” — fine");
        let long = "é".repeat(200);
        let echoed = echo(&long);
        assert_eq!(echoed.chars().count(), MAX_ECHO + 1);
        assert!(echoed.ends_with('…'));
    }

    #[test]
    fn every_code_is_unique() {
        let mut codes: Vec<&str> = ENGLISH.iter().map(|(c, _)| *c).collect();
        let n = codes.len();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), n);
    }
}
