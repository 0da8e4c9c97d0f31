//! The briefing validator: every problem at once, each with a JSON path and a plain message.
//!
//! Used on the embedded default at build time (`build.rs`), in the native tests, and at run
//! time on any briefing loaded into the explorer. This file is also compiled into
//! `build.rs`; it must only refer to its siblings.

use std::collections::{HashMap, HashSet};
use std::fmt;

use sha2::{Digest, Sha256};

use super::model::{Attribution, Briefing, Phase, Quote, Stance, SUPPORTED_FORMATS};
use super::text::CharIndex;

/// One thing wrong with a briefing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a JSON path: `positions[3].actor`.
    pub path: String,
    /// What, in plain words: `unknown actor "kremlin"`.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Parses and validates a briefing document.
///
/// Returns the briefing only when it has no problem at all. A document that is not JSON,
/// or whose fields have the wrong JSON type, gives a single problem naming the path and
/// the line and column.
pub fn parse_and_validate(json: &str) -> Result<Briefing, Vec<Problem>> {
    let briefing = parse(json).map_err(|problem| vec![problem])?;
    let problems = validate(&briefing);
    if problems.is_empty() {
        Ok(briefing)
    } else {
        Err(problems)
    }
}

/// Parses a briefing document without checking its content.
pub fn parse(json: &str) -> Result<Briefing, Problem> {
    let json_problem = |path: String, error: &serde_json::Error| Problem {
        // A syntax error has no meaningful path (serde_path_to_error says "?"); its line and
        // column, in the message, say where.
        path: if error.is_syntax() || error.is_eof() || path == "." || path == "?" {
            "(document)".to_string()
        } else {
            path
        },
        message: describe_json_error(error),
    };
    // serde would also read a struct from an array; a briefing is always an object.
    let first = json.trim_start().chars().next();
    if matches!(first, Some('[' | '"' | '-' | '0'..='9' | 't' | 'f' | 'n')) {
        return Err(Problem {
            path: "(document)".to_string(),
            message: "not a briefing: the document must be a JSON object ({ ... })".to_string(),
        });
    }
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let briefing: Briefing = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|error| json_problem(error.path().to_string(), error.inner()))?;
    deserializer
        .end()
        .map_err(|error| json_problem(".".to_string(), &error))?;
    Ok(briefing)
}

/// A serde_json error as a plain sentence with line and column.
fn describe_json_error(error: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match error.classify() {
        Category::Syntax | Category::Eof => "not valid JSON",
        Category::Data => "wrong type",
        Category::Io => "could not be read",
    };
    // serde_json's own text ends with " at line L column C"; keep the description part.
    let text = error.to_string();
    let detail = text.split(" at line ").next().unwrap_or(&text);
    format!(
        "{what}: {detail} (line {}, column {})",
        error.line(),
        error.column()
    )
}

/// Lists every problem in `briefing`; an empty list means it is valid.
pub fn validate(briefing: &Briefing) -> Vec<Problem> {
    let mut v = Validator::default();
    v.check(briefing);
    v.problems
}

#[derive(Default)]
struct Validator {
    problems: Vec<Problem>,
}

impl Validator {
    fn report(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    fn required(&mut self, path: impl Into<String>, value: &str) {
        if value.trim().is_empty() {
            self.report(path, "is required and must not be empty");
        }
    }

    /// Reports every id that appears more than once in `ids` (a collection's `id`s).
    fn unique_ids<'a>(&mut self, collection: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            if id.is_empty() {
                continue;
            }
            if let Some(first) = seen.get(id) {
                self.report(
                    format!("{collection}[{i}].id"),
                    format!("duplicate id \"{id}\" (first used by {collection}[{first}])"),
                );
            } else {
                seen.insert(id, i);
            }
        }
    }

    fn check(&mut self, b: &Briefing) {
        if !SUPPORTED_FORMATS.contains(&b.format.as_str()) {
            let found = if b.format.is_empty() {
                "is missing".to_string()
            } else {
                format!("\"{}\" is not a format this explorer reads", b.format)
            };
            self.report(
                "format",
                format!("{found}; supported: {}", SUPPORTED_FORMATS.join(", ")),
            );
        }
        self.required("id", &b.id);
        self.required("title", &b.title);
        if b.language.is_empty() {
            self.required("language", &b.language);
        } else if !is_language_tag(&b.language) {
            self.report(
                "language",
                format!(
                    "\"{}\" is not a BCP 47 language tag such as \"en\" or \"fr-CA\"",
                    b.language
                ),
            );
        }
        if let Some(date) = &b.as_of {
            if !is_date(date) {
                self.report(
                    "as_of",
                    format!("\"{date}\" is not a date (YYYY-MM-DD) or null"),
                );
            }
        }

        self.check_sources(b);
        let indexes: HashMap<&str, CharIndex> = b
            .sources
            .iter()
            .map(|s| (s.id.as_str(), CharIndex::new(&s.text)))
            .collect();
        let actors: HashSet<&str> = b.actors.iter().map(|a| a.id.as_str()).collect();
        let topics: HashSet<&str> = b.topics.iter().map(|t| t.id.as_str()).collect();

        if b.sources.is_empty() {
            self.report("sources", "at least one source is required");
        }
        self.unique_ids("actors", b.actors.iter().map(|a| a.id.as_str()));
        for (i, a) in b.actors.iter().enumerate() {
            self.required(format!("actors[{i}].id"), &a.id);
            self.required(format!("actors[{i}].name"), &a.name);
            self.required(format!("actors[{i}].kind"), &a.kind);
            for (j, alias) in a.aliases.iter().enumerate() {
                self.required(format!("actors[{i}].aliases[{j}]"), alias);
            }
        }
        self.unique_ids("topics", b.topics.iter().map(|t| t.id.as_str()));
        for (i, t) in b.topics.iter().enumerate() {
            self.required(format!("topics[{i}].id"), &t.id);
            self.required(format!("topics[{i}].label"), &t.label);
        }

        self.unique_ids("positions", b.positions.iter().map(|p| p.id.as_str()));
        for (i, p) in b.positions.iter().enumerate() {
            let at = format!("positions[{i}]");
            self.required(format!("{at}.id"), &p.id);
            self.reference(format!("{at}.actor"), "actor", &p.actor, &actors);
            self.reference(format!("{at}.topic"), "topic", &p.topic, &topics);
            if let Stance::Unknown(word) = &p.stance {
                self.vocabulary(format!("{at}.stance"), "stance", word, &Stance::words());
            }
            if let Attribution::Unknown(word) = &p.attribution {
                self.vocabulary(
                    format!("{at}.attribution"),
                    "attribution",
                    word,
                    &Attribution::words(),
                );
            }
            self.required(format!("{at}.summary"), &p.summary);
            self.quotes(&at, &p.quotes, &indexes);
        }

        self.unique_ids("events", b.events.iter().map(|e| e.id.as_str()));
        let mut orders: HashMap<i64, usize> = HashMap::new();
        for (i, e) in b.events.iter().enumerate() {
            let at = format!("events[{i}]");
            self.required(format!("{at}.id"), &e.id);
            if let Some(first) = orders.get(&e.order) {
                self.report(
                    format!("{at}.order"),
                    format!("duplicate order {} (also used by events[{first}])", e.order),
                );
            } else {
                orders.insert(e.order, i);
            }
            self.required(format!("{at}.when"), &e.when);
            if let Phase::Unknown(word) = &e.phase {
                self.vocabulary(format!("{at}.phase"), "phase", word, &Phase::words());
            }
            self.required(format!("{at}.title"), &e.title);
            for (j, actor) in e.actors.iter().enumerate() {
                self.reference(format!("{at}.actors[{j}]"), "actor", actor, &actors);
            }
            for (j, topic) in e.topics.iter().enumerate() {
                self.reference(format!("{at}.topics[{j}]"), "topic", topic, &topics);
            }
            self.quotes(&at, &e.quotes, &indexes);
        }
    }

    fn check_sources(&mut self, b: &Briefing) {
        self.unique_ids("sources", b.sources.iter().map(|s| s.id.as_str()));
        for (i, s) in b.sources.iter().enumerate() {
            self.required(format!("sources[{i}].id"), &s.id);
            self.required(format!("sources[{i}].text"), &s.text);
            if let Some(date) = &s.published {
                if !is_date(date) {
                    self.report(
                        format!("sources[{i}].published"),
                        format!("\"{date}\" is not a date (YYYY-MM-DD) or null"),
                    );
                }
            }
            let actual = sha256_hex(&s.text);
            if s.sha256.is_empty() {
                self.report(
                    format!("sources[{i}].sha256"),
                    format!("is required: the SHA-256 of this text is {actual}"),
                );
            } else if !s.sha256.eq_ignore_ascii_case(&actual) {
                self.report(
                    format!("sources[{i}].sha256"),
                    format!(
                        "does not match the text: expected {actual}, found {}",
                        s.sha256
                    ),
                );
            }
        }
    }

    fn reference(&mut self, path: String, what: &str, id: &str, known: &HashSet<&str>) {
        if id.is_empty() {
            self.required(path, id);
        } else if !known.contains(id) {
            self.report(path, format!("unknown {what} \"{id}\""));
        }
    }

    fn vocabulary(&mut self, path: String, what: &str, word: &str, words: &str) {
        if word.is_empty() {
            self.report(path, format!("is required: one of {words}"));
        } else {
            self.report(
                path,
                format!("unknown {what} \"{word}\"; expected one of {words}"),
            );
        }
    }

    fn quotes(&mut self, at: &str, quotes: &[Quote], indexes: &HashMap<&str, CharIndex>) {
        if quotes.is_empty() {
            self.report(
                format!("{at}.quotes"),
                "at least one verbatim quote from a source is required",
            );
        }
        for (j, q) in quotes.iter().enumerate() {
            let path = format!("{at}.quotes[{j}]");
            let Some(index) = indexes.get(q.source.as_str()) else {
                if q.source.is_empty() {
                    self.required(format!("{path}.source"), &q.source);
                } else {
                    self.report(
                        format!("{path}.source"),
                        format!("unknown source \"{}\"", q.source),
                    );
                }
                continue;
            };
            if q.start >= q.end {
                self.report(
                    path,
                    format!("start ({}) must be less than end ({})", q.start, q.end),
                );
                continue;
            }
            if q.end > index.len_chars() {
                self.report(
                    format!("{path}.end"),
                    format!(
                        "{} is past the end of source \"{}\" ({} characters)",
                        q.end,
                        q.source,
                        index.len_chars()
                    ),
                );
                continue;
            }
            let actual = index.slice(q.start, q.end).unwrap_or_default();
            if actual != q.text {
                self.report(
                    format!("{path}.text"),
                    format!(
                        "differs from the source at characters {}..{}: the source says \"{}\"",
                        q.start,
                        q.end,
                        abbreviate(actual)
                    ),
                );
            }
        }
    }
}

/// Lowercase hex SHA-256 of `text` as UTF-8.
pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Keeps long source excerpts in messages readable.
fn abbreviate(text: &str) -> String {
    const MAX: usize = 80;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        let head: String = text.chars().take(MAX).collect();
        format!("{head}…")
    }
}

/// `YYYY-MM-DD` with a plausible month and day.
fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let number = |p: &str, len: usize| -> Option<u32> {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok())?
    };
    matches!(
        (number(y, 4), number(m, 2), number(d, 2)),
        (Some(_), Some(1..=12), Some(1..=31))
    )
}

/// The shape of a BCP 47 tag: a 2–8 letter primary subtag, then 1–8 alphanumeric subtags.
fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=8).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}
