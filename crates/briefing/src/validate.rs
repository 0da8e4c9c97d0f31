//! The briefing validator: every problem at once, each with a JSON path, a stable code and
//! a plain message.
//!
//! Used on the embedded default at build time (the explorer's `build.rs`), by the command
//! line, and at run time on any briefing loaded into the explorer or written in the studio.

use std::collections::{HashMap, HashSet};
use std::fmt::Display;

use super::model::{Attribution, Briefing, Phase, Quote, Stance, ID_MAX_CHARS, SUPPORTED_FORMATS};
pub use super::problem::Problem;
use super::problem::{echo, Code, Problems};
use super::shape;
pub use super::text::sha256_hex;
use super::text::{CharIndex, TextFacts};

/// The longest id accepted, in characters (`model::ID_MAX_CHARS`, as the schema says).
pub const MAX_ID_CHARS: usize = ID_MAX_CHARS as usize;

/// Parses and validates a briefing document.
///
/// Returns the briefing only when it has no problem at all. A document that is not JSON
/// gives one problem with the line and column; wrong-typed fields give one problem each.
pub fn parse_and_validate(json: &str) -> Result<Briefing, Vec<Problem>> {
    let briefing = parse(json)?;
    let problems = validate(&briefing);
    if problems.is_empty() {
        Ok(briefing)
    } else {
        Err(problems)
    }
}

/// Parses a briefing document without checking its content.
///
/// Syntax errors name the line and column (in characters, as editors count them); type
/// errors name every wrong-typed field, not only the first one serde meets.
pub fn parse(json: &str) -> Result<Briefing, Vec<Problem>> {
    // Some editors save a byte-order mark; it is not part of the JSON.
    let json = json.strip_prefix('\u{FEFF}').unwrap_or(json);
    // serde would also read a struct from an array; a briefing is always an object.
    if json.trim_start().chars().next().is_some_and(|c| c != '{') {
        return Err(vec![
            match serde_json::from_str::<serde::de::IgnoredAny>(json) {
                Ok(_) => Problem::new("(document)", Code::DocumentNotObject, Vec::new()),
                Err(error) => json_problem("(document)", &error, json),
            },
        ]);
    }
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let error = match <Briefing as serde::Deserialize>::deserialize(&mut deserializer) {
        Ok(briefing) => {
            return match deserializer.end() {
                Ok(()) => Ok(briefing),
                Err(trailing) => Err(vec![json_problem("(document)", &trailing, json)]),
            }
        }
        Err(error) => error,
    };
    if error.is_data() {
        // serde stopped at the first wrong type; name them all. The document is valid
        // JSON up to here, but it may still have a syntax error further on.
        let problems = match serde_json::from_str::<serde_json::Value>(json) {
            Ok(value) => {
                let mut problems = Problems::default();
                shape::check(&value, &mut problems);
                problems.finish()
            }
            Err(syntax) => vec![json_problem("(document)", &syntax, json)],
        };
        if !problems.is_empty() {
            return Err(problems);
        }
    }
    // A syntax error, or a data error the walker cannot place (a duplicate field): the
    // line and column say where.
    Err(vec![json_problem("(document)", &error, json)])
}

/// A serde_json error as a problem with line and column.
fn json_problem(path: &str, error: &serde_json::Error, json: &str) -> Problem {
    // serde_json's own text ends with " at line L column C"; keep the description part.
    let text = error.to_string();
    let detail = text.split(" at line ").next().unwrap_or(&text);
    let code = if error.is_data() {
        Code::JsonData
    } else {
        Code::JsonSyntax
    };
    Problem::new(
        path,
        code,
        vec![
            ("detail", echo(detail)),
            ("line", error.line().to_string()),
            (
                "column",
                char_column(json, error.line(), error.column()).to_string(),
            ),
        ],
    )
}

/// serde_json counts columns in bytes; editors count characters (a curly quote is three
/// bytes but one character). `column` is the 1-based byte column on the 1-based `line`.
fn char_column(text: &str, line: usize, column: usize) -> usize {
    match text.split('\n').nth(line.saturating_sub(1)) {
        Some(line_text) => line_text
            .char_indices()
            .take_while(|(byte, _)| *byte < column)
            .count(),
        None => column,
    }
}

/// Lists every problem in `briefing` (at most [`super::problem::MAX_PROBLEMS`], then a
/// last entry saying there are more); an empty list means it is valid.
pub fn validate(briefing: &Briefing) -> Vec<Problem> {
    validate_with(briefing, &[])
}

/// [`validate`], given what is already known of the source texts: `facts[i]`, when
/// present, is [`TextFacts::of`] the text of `sources[i]` (the caller keeps them in step),
/// and that text is then not read again for its digest or its index. The problems are the
/// same as [`validate`]'s; a missing or mismatched entry is computed afresh.
pub fn validate_with(briefing: &Briefing, facts: &[&TextFacts]) -> Vec<Problem> {
    let computed: Vec<Option<TextFacts>> = briefing
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let known = facts.get(i).and_then(|f| f.index(&s.text)).is_some();
            (!known).then(|| TextFacts::of(&s.text))
        })
        .collect();
    let facts: Vec<&TextFacts> = computed
        .iter()
        .enumerate()
        .map(|(i, c)| c.as_ref().unwrap_or_else(|| facts[i]))
        .collect();
    let mut v = Validator::default();
    v.check(briefing, &facts);
    v.problems.finish()
}

/// A JSON path (`positions[3]`, `positions[3].quotes[0]`) written out only when a problem
/// is reported there: a valid briefing of 10,000 positions would otherwise format and
/// allocate some 150,000 paths nobody reads.
#[derive(Clone, Copy)]
struct Item<'p> {
    parent: Option<&'p dyn Display>,
    name: &'static str,
    index: usize,
}

impl<'p> Item<'p> {
    fn top(name: &'static str, index: usize) -> Self {
        Item {
            parent: None,
            name,
            index,
        }
    }

    fn under(parent: &'p dyn Display, name: &'static str, index: usize) -> Self {
        Item {
            parent: Some(parent),
            name,
            index,
        }
    }
}

/// What quotes and references are checked against: each source's text (by id), the
/// actor ids and the topic ids.
struct Known<'a> {
    indexes: HashMap<&'a str, CharIndex<'a>>,
    actors: HashSet<&'a str>,
    topics: HashSet<&'a str>,
}

impl Display for Item<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(parent) = self.parent {
            write!(f, "{parent}.")?;
        }
        write!(f, "{}[{}]", self.name, self.index)
    }
}

#[derive(Default)]
struct Validator {
    problems: Problems,
}

impl Validator {
    fn report(&mut self, path: impl Display, code: Code, args: Vec<(&'static str, String)>) {
        self.problems.report(path.to_string(), code, args);
    }

    /// True once the report is full: long loops stop early instead of building millions
    /// of messages nobody will see.
    fn full(&self) -> bool {
        self.problems.is_full()
    }

    fn required(&mut self, path: impl Display, value: &str) {
        if value.trim().is_empty() {
            self.report(path, Code::Required, Vec::new());
        }
    }

    /// An id: required, and safe in URLs (`actor=a,b` lists ids with commas).
    fn id(&mut self, path: impl Display, id: &str) {
        if id.trim().is_empty() {
            self.report(path, Code::Required, Vec::new());
        } else if !is_id(id) {
            self.report(
                path,
                Code::IdInvalid,
                vec![("id", echo(id)), ("max", MAX_ID_CHARS.to_string())],
            );
        }
    }

    /// Reports every id that appears more than once in `ids` (a collection's `id`s).
    fn unique_ids<'a>(&mut self, collection: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            if self.full() {
                return;
            }
            if id.is_empty() {
                continue;
            }
            if let Some(first) = seen.get(id) {
                self.report(
                    format!("{collection}[{i}].id"),
                    Code::IdDuplicate,
                    vec![
                        ("id", echo(id)),
                        ("first", format!("{collection}[{first}]")),
                    ],
                );
            } else {
                seen.insert(id, i);
            }
        }
    }

    /// `facts[i]` is of `b.sources[i]`'s text.
    fn check(&mut self, b: &Briefing, facts: &[&TextFacts]) {
        self.check_metadata(b);
        self.check_sources(b, facts);
        if b.sources.is_empty() {
            self.report("sources", Code::SourcesEmpty, Vec::new());
        }
        let known = Known {
            indexes: b
                .sources
                .iter()
                .zip(facts)
                .filter(|(s, _)| !s.id.is_empty())
                .map(|(s, f)| {
                    let index = f.index(&s.text);
                    (
                        s.id.as_str(),
                        index.unwrap_or_else(|| CharIndex::new(&s.text)),
                    )
                })
                .collect(),
            actors: b.actors.iter().map(|a| a.id.as_str()).collect(),
            topics: b.topics.iter().map(|t| t.id.as_str()).collect(),
        };
        self.check_actors_and_topics(b);
        self.check_positions(b, &known);
        self.check_events(b, &known);
    }

    /// The format, id, title, language and date of the briefing itself.
    fn check_metadata(&mut self, b: &Briefing) {
        if b.format.is_empty() {
            self.report(
                "format",
                Code::FormatMissing,
                vec![("supported", SUPPORTED_FORMATS.join(", "))],
            );
        } else if !SUPPORTED_FORMATS.contains(&b.format.as_str()) {
            self.report(
                "format",
                Code::FormatUnknown,
                unknown_format_args(&b.format),
            );
        }
        self.required("id", &b.id);
        self.required("title", &b.title);
        if b.language.is_empty() {
            self.required("language", &b.language);
        } else if !is_language_tag(&b.language) {
            self.report(
                "language",
                Code::LanguageInvalid,
                vec![("value", echo(&b.language))],
            );
        }
        if let Some(date) = &b.as_of {
            self.date("as_of", date);
        }
    }

    fn check_actors_and_topics(&mut self, b: &Briefing) {
        self.unique_ids("actors", b.actors.iter().map(|a| a.id.as_str()));
        for (i, a) in b.actors.iter().enumerate() {
            if self.full() {
                return;
            }
            self.id(format_args!("actors[{i}].id"), &a.id);
            self.required(format_args!("actors[{i}].name"), &a.name);
            self.required(format_args!("actors[{i}].kind"), &a.kind);
            for (j, alias) in a.aliases.iter().enumerate() {
                self.required(format_args!("actors[{i}].aliases[{j}]"), alias);
            }
        }
        self.unique_ids("topics", b.topics.iter().map(|t| t.id.as_str()));
        for (i, t) in b.topics.iter().enumerate() {
            if self.full() {
                return;
            }
            self.id(format_args!("topics[{i}].id"), &t.id);
            self.required(format_args!("topics[{i}].label"), &t.label);
        }
    }

    fn check_positions(&mut self, b: &Briefing, known: &Known) {
        self.unique_ids("positions", b.positions.iter().map(|p| p.id.as_str()));
        for (i, p) in b.positions.iter().enumerate() {
            if self.full() {
                return;
            }
            let at = Item::top("positions", i);
            self.id(format_args!("{at}.id"), &p.id);
            self.reference(
                format_args!("{at}.actor"),
                Code::ReferenceActor,
                &p.actor,
                &known.actors,
            );
            self.reference(
                format_args!("{at}.topic"),
                Code::ReferenceTopic,
                &p.topic,
                &known.topics,
            );
            if let Stance::Unknown(word) = &p.stance {
                self.vocabulary(
                    format_args!("{at}.stance"),
                    Code::StanceUnknown,
                    word,
                    &Stance::words(),
                );
            }
            if let Attribution::Unknown(word) = &p.attribution {
                self.vocabulary(
                    format_args!("{at}.attribution"),
                    Code::AttributionUnknown,
                    word,
                    &Attribution::words(),
                );
            }
            self.required(format_args!("{at}.summary"), &p.summary);
            self.quotes(&at, &p.quotes, &known.indexes);
        }
    }

    fn check_events(&mut self, b: &Briefing, known: &Known) {
        self.unique_ids("events", b.events.iter().map(|e| e.id.as_str()));
        let mut orders: HashMap<i64, usize> = HashMap::new();
        for (i, e) in b.events.iter().enumerate() {
            if self.full() {
                return;
            }
            let at = Item::top("events", i);
            self.id(format_args!("{at}.id"), &e.id);
            if let Some(first) = orders.get(&e.order) {
                self.report(
                    format_args!("{at}.order"),
                    Code::OrderDuplicate,
                    vec![
                        ("order", e.order.to_string()),
                        ("first", format!("events[{first}]")),
                    ],
                );
            } else {
                orders.insert(e.order, i);
            }
            self.required(format_args!("{at}.when"), &e.when);
            if let Phase::Unknown(word) = &e.phase {
                self.vocabulary(
                    format_args!("{at}.phase"),
                    Code::PhaseUnknown,
                    word,
                    &Phase::words(),
                );
            }
            self.required(format_args!("{at}.title"), &e.title);
            for (j, actor) in e.actors.iter().enumerate() {
                let path = format_args!("{at}.actors[{j}]");
                self.reference(path, Code::ReferenceActor, actor, &known.actors);
            }
            for (j, topic) in e.topics.iter().enumerate() {
                let path = format_args!("{at}.topics[{j}]");
                self.reference(path, Code::ReferenceTopic, topic, &known.topics);
            }
            self.quotes(&at, &e.quotes, &known.indexes);
        }
    }

    fn date(&mut self, path: impl Display, date: &str) {
        if !is_date(date) {
            self.report(path, Code::DateInvalid, vec![("value", echo(date))]);
        }
    }

    fn check_sources(&mut self, b: &Briefing, facts: &[&TextFacts]) {
        self.unique_ids("sources", b.sources.iter().map(|s| s.id.as_str()));
        for (i, s) in b.sources.iter().enumerate() {
            if self.full() {
                return;
            }
            self.id(format_args!("sources[{i}].id"), &s.id);
            self.required(format_args!("sources[{i}].text"), &s.text);
            if let Some(date) = &s.published {
                self.date(format_args!("sources[{i}].published"), date);
            }
            let actual = facts[i].sha256.clone();
            if s.sha256.is_empty() {
                self.report(
                    format_args!("sources[{i}].sha256"),
                    Code::Sha256Missing,
                    vec![("actual", actual)],
                );
            } else if !s.sha256.eq_ignore_ascii_case(&actual) {
                self.report(
                    format_args!("sources[{i}].sha256"),
                    Code::Sha256Mismatch,
                    vec![("actual", actual), ("found", echo(&s.sha256))],
                );
            }
        }
    }

    fn reference(&mut self, path: impl Display, code: Code, id: &str, known: &HashSet<&str>) {
        if id.is_empty() {
            self.required(path, id);
        } else if !known.contains(id) {
            self.report(path, code, vec![("id", echo(id))]);
        }
    }

    fn vocabulary(&mut self, path: impl Display, code: Code, word: &str, words: &str) {
        if word.is_empty() {
            self.report(
                path,
                Code::VocabularyMissing,
                vec![("words", words.to_string())],
            );
        } else {
            self.report(
                path,
                code,
                vec![("word", echo(word)), ("words", words.to_string())],
            );
        }
    }

    fn quotes(&mut self, at: &dyn Display, quotes: &[Quote], indexes: &HashMap<&str, CharIndex>) {
        if quotes.is_empty() {
            self.report(format_args!("{at}.quotes"), Code::QuotesEmpty, Vec::new());
        }
        for (j, q) in quotes.iter().enumerate() {
            if self.full() {
                return;
            }
            let path = Item::under(at, "quotes", j);
            if q.source.is_empty() {
                // Checked first: a source without an id must not "match" an empty reference.
                self.required(format_args!("{path}.source"), &q.source);
                continue;
            }
            let Some(index) = indexes.get(q.source.as_str()) else {
                self.report(
                    format_args!("{path}.source"),
                    Code::ReferenceSource,
                    vec![("id", echo(&q.source))],
                );
                continue;
            };
            if q.start >= q.end {
                self.report(
                    path,
                    Code::QuoteReversed,
                    vec![("start", q.start.to_string()), ("end", q.end.to_string())],
                );
                continue;
            }
            if q.end > index.len_chars() {
                self.report(
                    format_args!("{path}.end"),
                    Code::QuotePastEnd,
                    vec![
                        ("end", q.end.to_string()),
                        ("source", echo(&q.source)),
                        ("length", index.len_chars().to_string()),
                    ],
                );
                continue;
            }
            let actual = index.slice(q.start, q.end).unwrap_or_default();
            if actual != q.text {
                self.report(
                    format_args!("{path}.text"),
                    Code::QuoteDiffers,
                    vec![
                        ("start", q.start.to_string()),
                        ("end", q.end.to_string()),
                        ("actual", echo(actual)),
                    ],
                );
            }
        }
    }
}

/// The args of `format.unknown`, shared with the loader's early format check so that both
/// say the same thing.
pub fn unknown_format_args(found: &str) -> Vec<(&'static str, String)> {
    vec![
        ("found", echo(found)),
        ("supported", SUPPORTED_FORMATS.join(", ")),
    ]
}

/// `model::ID_PATTERN` (`^[A-Za-z0-9][A-Za-z0-9._:-]*$`), at most [`MAX_ID_CHARS`] characters: safe in the URL
/// codec (comma-separated lists), in `data-*` attributes and in file names.
pub fn is_id(s: &str) -> bool {
    let mut bytes = s.bytes();
    s.len() <= MAX_ID_CHARS
        && bytes.next().is_some_and(|b| b.is_ascii_alphanumeric())
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b':' | b'-'))
}

/// `YYYY-MM-DD`, a real day of the Gregorian calendar.
fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let number = |p: &str, len: usize| -> Option<u32> {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok())?
    };
    let (Some(year), Some(month), Some(day)) = (number(y, 4), number(m, 2), number(d, 2)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// The shape of a BCP 47 tag: a 2–8 letter primary subtag, then 1–8 alphanumeric subtags.
fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=8).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_facts_are_used_instead_of_reading_the_text_again() {
        let mut b = crate::synthetic::generate(7, 20);
        b.sources[0].sha256 = sha256_hex(&b.sources[0].text);
        let facts: Vec<TextFacts> = b.sources.iter().map(|s| TextFacts::of(&s.text)).collect();
        let refs: Vec<&TextFacts> = facts.iter().collect();
        assert_eq!(validate_with(&b, &refs), validate(&b));
        // Facts saying another digest are believed: the text was not hashed again.
        let mut other = facts[0].clone();
        other.sha256 = "0".repeat(64);
        let problems = validate_with(&b, &[&other]);
        assert!(
            problems.iter().any(|p| p.path == "sources[0].sha256"),
            "{problems:?}"
        );
        // Facts of a text of another length cannot be of this one: computed afresh.
        let short = TextFacts::of("short");
        assert_eq!(validate_with(&b, &[&short]), validate(&b));
    }

    #[test]
    fn dates_are_real_days() {
        for ok in ["2024-02-29", "2000-02-29", "2025-12-31", "2025-04-30"] {
            assert!(is_date(ok), "{ok}");
        }
        for bad in [
            "2025-02-29",
            "1900-02-29",
            "2025-02-31",
            "2025-04-31",
            "2025-00-10",
            "2025-1-01",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }

    #[test]
    fn ids() {
        for ok in [
            "a",
            "canada",
            "p1",
            "EU.council",
            "x_y:z-1",
            &"a".repeat(100),
        ] {
            assert!(is_id(ok), "{ok}");
        }
        for bad in ["", "-a", ".a", "a,b", "a b", "a/b", "é", &"a".repeat(101)] {
            assert!(!is_id(bad), "{bad}");
        }
    }
}
