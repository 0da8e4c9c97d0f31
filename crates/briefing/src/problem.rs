//! One problem with a briefing (or with loading one): a stable `code`, named `args`, a JSON
//! path, and the English message built from the code's template. The interface renders
//! the same code and args in the reader's language (`i18n::problems`).
//!
//! Everything echoed from a file goes through [`echo`] first, so a message is never huge
//! and never hides or reorders text with invisible or bidi control characters. Problems are
//! collected by [`Problems`], which stops at [`MAX_PROBLEMS`]: a hostile file could
//! otherwise yield millions of them.

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
    pub code: Code,
    /// The values the message names, already passed through [`echo`] where they come from
    /// the file: `[("id", "kremlin")]`.
    pub args: Vec<(&'static str, String)>,
    /// What, in plain English: `unknown actor "kremlin"`.
    pub message: String,
}

impl Problem {
    /// A problem from `code`'s English template, filled with `args`.
    pub fn new(path: impl Into<String>, code: Code, args: Vec<(&'static str, String)>) -> Self {
        let message = fill(code.english(), &args);
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

/// Every problem the validator, the loader or the browser can report. The code's text
/// (`Code::as_str`) is stable across versions and languages: tools match on it, and the
/// interface looks up its message in each language by matching on the variant, so a code
/// without a message in some language does not compile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    FileEmpty,
    FileTooLarge,
    FileLargerThanLimit,
    FileNotUtf8,
    DocumentTooDeep,
    DocumentNotObject,
    JsonSyntax,
    JsonData,
    TypeString,
    TypeStringOrNull,
    TypeArray,
    TypeObject,
    TypeCount,
    TypeInteger,
    FormatMissing,
    FormatUnknown,
    Required,
    IdInvalid,
    IdDuplicate,
    LanguageInvalid,
    DateInvalid,
    SourcesEmpty,
    Sha256Missing,
    Sha256Mismatch,
    ReferenceActor,
    ReferenceTopic,
    ReferenceSource,
    VocabularyMissing,
    StanceUnknown,
    AttributionUnknown,
    PhaseUnknown,
    OrderDuplicate,
    QuotesEmpty,
    QuoteReversed,
    QuotePastEnd,
    QuoteDiffers,
    ProblemsMore,
    NetworkFetchFailed,
    NetworkReadFailed,
    NetworkHttpError,
    NetworkHttpErrorUntyped,
    NetworkNotJson,
    NetworkTimeout,
    /// `draft=`: the studio's draft is not in this browser's storage.
    DraftMissing,
}

impl Code {
    /// Every code, in the order of the documentation.
    pub const ALL: [Code; 44] = [
        Code::FileEmpty,
        Code::FileTooLarge,
        Code::FileLargerThanLimit,
        Code::FileNotUtf8,
        Code::DocumentTooDeep,
        Code::DocumentNotObject,
        Code::JsonSyntax,
        Code::JsonData,
        Code::TypeString,
        Code::TypeStringOrNull,
        Code::TypeArray,
        Code::TypeObject,
        Code::TypeCount,
        Code::TypeInteger,
        Code::FormatMissing,
        Code::FormatUnknown,
        Code::Required,
        Code::IdInvalid,
        Code::IdDuplicate,
        Code::LanguageInvalid,
        Code::DateInvalid,
        Code::SourcesEmpty,
        Code::Sha256Missing,
        Code::Sha256Mismatch,
        Code::ReferenceActor,
        Code::ReferenceTopic,
        Code::ReferenceSource,
        Code::VocabularyMissing,
        Code::StanceUnknown,
        Code::AttributionUnknown,
        Code::PhaseUnknown,
        Code::OrderDuplicate,
        Code::QuotesEmpty,
        Code::QuoteReversed,
        Code::QuotePastEnd,
        Code::QuoteDiffers,
        Code::ProblemsMore,
        Code::NetworkFetchFailed,
        Code::NetworkReadFailed,
        Code::NetworkHttpError,
        Code::NetworkHttpErrorUntyped,
        Code::NetworkNotJson,
        Code::NetworkTimeout,
        Code::DraftMissing,
    ];

    /// The stable code: `reference.actor`.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::FileEmpty => "file.empty",
            Code::FileTooLarge => "file.too_large",
            Code::FileLargerThanLimit => "file.larger_than_limit",
            Code::FileNotUtf8 => "file.not_utf8",
            Code::DocumentTooDeep => "document.too_deep",
            Code::DocumentNotObject => "document.not_object",
            Code::JsonSyntax => "json.syntax",
            Code::JsonData => "json.data",
            Code::TypeString => "type.string",
            Code::TypeStringOrNull => "type.string_or_null",
            Code::TypeArray => "type.array",
            Code::TypeObject => "type.object",
            Code::TypeCount => "type.count",
            Code::TypeInteger => "type.integer",
            Code::FormatMissing => "format.missing",
            Code::FormatUnknown => "format.unknown",
            Code::Required => "required",
            Code::IdInvalid => "id.invalid",
            Code::IdDuplicate => "id.duplicate",
            Code::LanguageInvalid => "language.invalid",
            Code::DateInvalid => "date.invalid",
            Code::SourcesEmpty => "sources.empty",
            Code::Sha256Missing => "sha256.missing",
            Code::Sha256Mismatch => "sha256.mismatch",
            Code::ReferenceActor => "reference.actor",
            Code::ReferenceTopic => "reference.topic",
            Code::ReferenceSource => "reference.source",
            Code::VocabularyMissing => "vocabulary.missing",
            Code::StanceUnknown => "stance.unknown",
            Code::AttributionUnknown => "attribution.unknown",
            Code::PhaseUnknown => "phase.unknown",
            Code::OrderDuplicate => "order.duplicate",
            Code::QuotesEmpty => "quotes.empty",
            Code::QuoteReversed => "quote.reversed",
            Code::QuotePastEnd => "quote.past_end",
            Code::QuoteDiffers => "quote.differs",
            Code::ProblemsMore => "problems.more",
            Code::NetworkFetchFailed => "network.fetch_failed",
            Code::NetworkReadFailed => "network.read_failed",
            Code::NetworkHttpError => "network.http_error",
            Code::NetworkHttpErrorUntyped => "network.http_error_untyped",
            Code::NetworkNotJson => "network.not_json",
            Code::NetworkTimeout => "network.timeout",
            Code::DraftMissing => "file.draft_missing",
        }
    }

    /// The English template: `{name}` is filled from the args; the French and Ukrainian
    /// templates (`i18n::problems`) use the same names.
    pub fn english(self) -> &'static str {
        match self {
            Code::FileEmpty => "is empty",
            Code::FileTooLarge => "is {size} MB; the limit is {limit} MB",
            Code::FileLargerThanLimit => "is larger than the limit of {limit} MB",
            Code::FileNotUtf8 => "is not valid UTF-8 text (invalid byte at offset {offset}); save it as UTF-8",
            Code::DocumentTooDeep => "is nested more than {max} levels deep (line {line}, column {column}); a briefing needs only a few",
            Code::DocumentNotObject => "not a briefing: the document must be a JSON object ({ ... })",
            Code::JsonSyntax => "not valid JSON: {detail} (line {line}, column {column})",
            Code::JsonData => "wrong type: {detail} (line {line}, column {column})",
            Code::TypeString => "wrong type: expected a string, found {found}",
            Code::TypeStringOrNull => "wrong type: expected a string or null, found {found}",
            Code::TypeArray => "wrong type: expected an array, found {found}",
            Code::TypeObject => "wrong type: expected an object, found {found}",
            Code::TypeCount => "wrong type: expected a whole number of 0 or more, found {found}",
            Code::TypeInteger => "wrong type: expected a whole number, found {found}",
            Code::FormatMissing => "is missing; supported: {supported}",
            Code::FormatUnknown => "\"{found}\" is not a format this explorer reads; supported: {supported}",
            Code::Required => "is required and must not be empty",
            Code::IdInvalid => "\"{id}\" is not a valid id: use only ASCII letters, digits, '.', '_', ':' and '-', starting with a letter or digit, at most {max} characters",
            Code::IdDuplicate => "duplicate id \"{id}\" (first used by {first})",
            Code::LanguageInvalid => "\"{value}\" is not a BCP 47 language tag such as \"en\" or \"fr-CA\"",
            Code::DateInvalid => "\"{value}\" is not a date (YYYY-MM-DD) or null",
            Code::SourcesEmpty => "at least one source is required",
            Code::Sha256Missing => "is required: the SHA-256 of this text is {actual}",
            Code::Sha256Mismatch => "does not match the text: expected {actual}, found {found}",
            Code::ReferenceActor => "unknown actor \"{id}\"",
            Code::ReferenceTopic => "unknown topic \"{id}\"",
            Code::ReferenceSource => "unknown source \"{id}\"",
            Code::VocabularyMissing => "is required: one of {words}",
            Code::StanceUnknown => "unknown stance \"{word}\"; expected one of {words}",
            Code::AttributionUnknown => "unknown attribution \"{word}\"; expected one of {words}",
            Code::PhaseUnknown => "unknown phase \"{word}\"; expected one of {words}",
            Code::OrderDuplicate => "duplicate order {order} (also used by {first})",
            Code::QuotesEmpty => "at least one verbatim quote from a source is required",
            Code::QuoteReversed => "start ({start}) must be less than end ({end})",
            Code::QuotePastEnd => "{end} is past the end of source \"{source}\" ({length} characters)",
            Code::QuoteDiffers => "differs from the source at characters {start}..{end}: the source says \"{actual}\"",
            Code::ProblemsMore => "…and more problems; fix these first",
            Code::NetworkFetchFailed => "could not fetch it ({error}): the address may be wrong, the network down, or the server may not allow other sites to read it (CORS)",
            Code::NetworkReadFailed => "reading stopped: {error}",
            Code::NetworkHttpError => "the server answered HTTP {status} {status_text} ({content_type})",
            Code::NetworkHttpErrorUntyped => "the server answered HTTP {status} {status_text} (no content type)",
            Code::NetworkNotJson => "the server answered HTTP {status} with {content_type}, not JSON",
            Code::NetworkTimeout => "less than {kb} KB arrived in {seconds} seconds, so loading stopped; the server may be stalled or very slow: try again later",
            Code::DraftMissing => "this draft is not in this browser: open it from Briefing Studio again",
        }
    }

    /// The code named `code`, if there is one.
    pub fn parse(code: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|c| c.as_str() == code)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Lets tests and tools compare a code with its stable text.
impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// Replaces each `{name}` in `template` with its value, in one pass: a value that itself
/// contains `{name}` (a file can say anything) is not expanded again.
pub fn fill<V: AsRef<str>>(template: &str, args: &[(&str, V)]) -> String {
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
                out.push_str(value.as_ref());
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
        code: Code,
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
                .push(Problem::new("(more)", Code::ProblemsMore, Vec::new()));
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
    fn every_code_is_unique_and_parses_back() {
        let mut codes: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        let n = codes.len();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), n);
        for code in Code::ALL {
            assert_eq!(Code::parse(code.as_str()), Some(code));
            assert!(!code.english().is_empty());
        }
    }
}
