//! The briefing format's types (`briefing/1`), exactly as the JSON contract names them.
//!
//! Deserialisation is deliberately lenient: missing strings and lists default to empty and
//! unknown vocabulary words are kept as `Unknown(..)`, so that the validator can report
//! every problem at once with its path instead of serde stopping at the first one.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The format tag this build reads and writes.
pub const FORMAT: &str = "briefing/1";
/// Every `format` value this build accepts.
pub const SUPPORTED_FORMATS: &[&str] = &[FORMAT];

// The shapes of strings, as the JSON Schema states them (ECMA-262 regular expressions).
// The validator checks the same rules by hand (`validate.rs`); a test holds them together.
/// Every id (`actors[].id`, references to it, ...): safe in the URL codec's comma lists.
pub const ID_PATTERN: &str = "^[A-Za-z0-9][A-Za-z0-9._:-]*$";
/// The longest id, in characters.
pub const ID_MAX_CHARS: u32 = 100;
/// A lowercase or uppercase hex SHA-256.
pub const SHA256_PATTERN: &str = "^[0-9a-fA-F]{64}$";
/// `YYYY-MM-DD` (the validator also checks that the day exists).
pub const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
/// The shape of a BCP 47 tag: `en`, `fr-CA`, `uk`.
pub const LANGUAGE_PATTERN: &str = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$";

/// One briefing: a source article and the structure extracted from it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Briefing {
    /// Always `"briefing/1"` for this version of the format.
    #[cfg_attr(feature = "schema", schemars(extend("const" = FORMAT)))]
    pub format: String,
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub id: String,
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub title: String,
    pub summary: String,
    /// BCP 47 language tag of the briefing's text, e.g. `en`.
    #[cfg_attr(feature = "schema", schemars(pattern(LANGUAGE_PATTERN)))]
    pub language: String,
    /// The date the briefing describes (`YYYY-MM-DD`), or `null` where the source gives none.
    #[cfg_attr(feature = "schema", schemars(pattern(DATE_PATTERN)))]
    pub as_of: Option<String>,
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub sources: Vec<Source>,
    pub actors: Vec<Actor>,
    pub topics: Vec<Topic>,
    pub positions: Vec<Position>,
    pub events: Vec<Event>,
}

impl Briefing {
    /// The name of actor `id`; the id itself when no actor has it (a briefing being
    /// validated may still hold a dangling reference).
    pub fn actor_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.actors
            .iter()
            .find(|a| a.id == id)
            .map_or(id, |a| a.name.as_str())
    }

    /// "Actor · topic": how a position is named in lists and notices.
    pub fn position_label(&self, p: &Position) -> String {
        format!(
            "{} · {}",
            self.actor_name(&p.actor),
            self.topic_label(&p.topic)
        )
    }

    /// The label of topic `id`; the id itself when no topic has it.
    pub fn topic_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.topics
            .iter()
            .find(|t| t.id == id)
            .map_or(id, |t| t.label.as_str())
    }
}

/// A source text that quotes point into.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Source {
    #[cfg_attr(feature = "schema", schemars(pattern(ID_PATTERN), length(max = ID_MAX_CHARS)))]
    pub id: String,
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    #[cfg_attr(feature = "schema", schemars(pattern(DATE_PATTERN)))]
    pub published: Option<String>,
    /// The full source text, exactly as published.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub text: String,
    /// Lowercase hex SHA-256 of `text` encoded as UTF-8.
    #[cfg_attr(feature = "schema", schemars(pattern(SHA256_PATTERN)))]
    pub sha256: String,
}

/// Someone whose positions the briefing records: a state, a bloc, an anonymous group...
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Actor {
    #[cfg_attr(feature = "schema", schemars(pattern(ID_PATTERN), length(max = ID_MAX_CHARS)))]
    pub id: String,
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub name: String,
    /// Open vocabulary: `state`, `bloc`, `group`, `public`, `experts`, ...
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub kind: String,
    /// Other names the source uses, e.g. "Washington" for the United States.
    #[cfg_attr(feature = "schema", schemars(inner(length(min = 1))))]
    pub aliases: Vec<String>,
    pub description: String,
}

/// An issue that actors take positions on.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Topic {
    #[cfg_attr(feature = "schema", schemars(pattern(ID_PATTERN), length(max = ID_MAX_CHARS)))]
    pub id: String,
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub label: String,
    pub description: String,
}

/// What one actor wants on one topic, how we know, and the words that show it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Position {
    #[cfg_attr(feature = "schema", schemars(pattern(ID_PATTERN), length(max = ID_MAX_CHARS)))]
    pub id: String,
    /// An `actors[].id`.
    #[cfg_attr(feature = "schema", schemars(pattern(ID_PATTERN), length(max = ID_MAX_CHARS)))]
    pub actor: String,
    /// A `topics[].id`.
    #[cfg_attr(feature = "schema", schemars(pattern(ID_PATTERN), length(max = ID_MAX_CHARS)))]
    pub topic: String,
    pub stance: Stance,
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub summary: String,
    pub attribution: Attribution,
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub quotes: Vec<Quote>,
}

/// One step of the discussion timeline, in the source's own time words.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Event {
    #[cfg_attr(feature = "schema", schemars(pattern(ID_PATTERN), length(max = ID_MAX_CHARS)))]
    pub id: String,
    /// Position in the source's narrative; unique within a briefing.
    pub order: i64,
    /// The source's own words for when: "recent months", "for now", "the coming months".
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub when: String,
    pub phase: Phase,
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub title: String,
    pub summary: String,
    #[cfg_attr(feature = "schema", schemars(inner(pattern(ID_PATTERN), length(max = ID_MAX_CHARS))))]
    pub actors: Vec<String>,
    #[cfg_attr(feature = "schema", schemars(inner(pattern(ID_PATTERN), length(max = ID_MAX_CHARS))))]
    pub topics: Vec<String>,
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub quotes: Vec<Quote>,
}

impl Event {
    /// "“when” — title": how an event is named in lists and notices, in the source's own
    /// time words.
    pub fn label(&self) -> String {
        format!("“{}” — {}", self.when, self.title)
    }
}

/// A verbatim passage: `text` equals the characters `start..end` of the source's text.
///
/// Offsets count Unicode scalar values (Rust `char`s), not bytes or UTF-16 units.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Quote {
    /// A `sources[].id`.
    #[cfg_attr(feature = "schema", schemars(pattern(ID_PATTERN), length(max = ID_MAX_CHARS)))]
    pub source: String,
    pub start: usize,
    /// Exclusive.
    pub end: usize,
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub text: String,
}

impl Quote {
    /// True when the two quotes share at least one character of the same source.
    pub fn overlaps(&self, other: &Quote) -> bool {
        self.source == other.source && self.start < other.end && other.start < self.end
    }
}

/// Declares a closed vocabulary that still deserialises unknown words (as `Unknown`), so
/// the validator can name them, and serialises back to the same word.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
            /// A word outside the vocabulary; the validator reports it.
            Unknown(String),
        }

        impl $name {
            /// Every known value, in the order the format lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word used in JSON and in URLs.
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $word,)+
                    $name::Unknown(word) => word,
                }
            }

            /// The known value for `word`, if any.
            pub fn parse(word: &str) -> Option<Self> {
                match word {
                    $($word => Some($name::$variant),)+
                    _ => None,
                }
            }

            /// The vocabulary as a human-readable list, for messages.
            pub fn words() -> String {
                [$($word),+].join(", ")
            }
        }

        impl Default for $name {
            fn default() -> Self {
                $name::Unknown(String::new())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let word = String::deserialize(d)?;
                Ok(Self::parse(&word).unwrap_or($name::Unknown(word)))
            }
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({ "type": "string", "enum": [$($word),+] })
            }
        }
    };
}

vocabulary! {
    /// What an actor's position on a topic is. A missing position is "no statement",
    /// which is deliberately not a stance.
    Stance {
        Supports = "supports",
        Opposes = "opposes",
        Conditional = "conditional",
        Demands = "demands",
        Concerned = "concerned",
        Exploring = "exploring",
    }
}

vocabulary! {
    /// How the source knows a position.
    Attribution {
        /// On the record.
        Stated = "stated",
        /// Officials or diplomats say, behind the scenes.
        Reported = "reported",
        /// Analysts' reading.
        Analysis = "analysis",
        /// The article's own framing.
        Editorial = "editorial",
    }
}

vocabulary! {
    /// Where an event sits relative to the source's "now".
    Phase {
        Past = "past",
        Present = "present",
        Future = "future",
    }
}
