//! Suggestions for a briefing, computed from its source text by rules: the quotations in
//! it (direct, in every common style of quotation marks, and reported: "officials say
//! that …"), who said each, the actors the text quotes or reports, and its dated
//! passages with a phase. English first; French and Ukrainian reporting verbs and
//! quotation marks too.
//!
//! Every suggestion points at text that is there: a range of characters (Unicode scalar
//! values, as the format's quote offsets count them) whose `text` is that slice exactly.
//! Nothing is made up: no date the text does not give, no speaker the text does not
//! name (a pronoun or "the minister" is resolved to a speaker named earlier, or left
//! unknown). The editor decides; [`draft::draft`] turns suggestions into a draft
//! briefing whose quotes the validator accepts.
//!
//! Pure Rust with no browser types: the studio runs it in the browser, the `briefing`
//! command natively.

pub mod actors;
pub mod dates;
pub mod draft;
mod found;
mod lexicon;
mod names;
pub mod quotes;
pub mod reported;
pub mod speakers;
mod text;

use serde::Serialize;

pub use dates::{DateSuggestion, Phase};
pub use quotes::QuoteKind;

/// A range of characters, `end` exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A passage of the text: its range and its characters, exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Passage {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A proposed quotation and who said it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteSuggestion {
    pub start: usize,
    pub end: usize,
    /// The characters `start..end`; for a direct quotation, with its quotation marks.
    pub text: String,
    /// `direct` (in quotation marks) or `reported` ("officials say that …").
    pub kind: QuoteKind,
    /// The speaker's name as the text gives it (the actor's name when merged), or `None`
    /// when the text does not say clearly.
    pub speaker: Option<String>,
    /// The words that attribute it: "said Foreign Minister Ada Rell", "she added".
    pub evidence: Option<Passage>,
}

/// What kind of actor a name is, from the words around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A person: a name with a role ("Foreign Minister Ada Rell") or a speaker's name.
    Person,
    /// A named body: a ministry, council, union, government.
    Organisation,
    /// People speaking as a group: "officials", "diplomats".
    Group,
    /// Analysts, experts, economists.
    Experts,
    /// A name the words around it do not tell more of ("Canada", "Kyiv").
    Other,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organisation => "organisation",
            ActorKind::Group => "group",
            ActorKind::Experts => "experts",
            ActorKind::Other => "other",
        }
    }
}

/// A proposed actor, with every way the text names it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorSuggestion {
    /// The fullest name the text gives, without a role.
    pub name: String,
    pub kind: ActorKind,
    /// The role the text gives ("Foreign Minister"), if any.
    pub role: Option<String>,
    /// The other names it goes by in the text ("Rell" for "Ada Rell").
    pub aliases: Vec<String>,
    /// Every place the text names it, in order.
    pub mentions: Vec<Passage>,
}

/// Everything suggested for one text.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Suggestions {
    pub quotes: Vec<QuoteSuggestion>,
    pub actors: Vec<ActorSuggestion>,
    pub dates: Vec<DateSuggestion>,
}

/// Suggests the quotations, speakers, actors and dated passages of `text`.
pub fn suggest(text: &str) -> Suggestions {
    let doc = text::Doc::new(text);
    let direct = quotes::find(&doc);
    let found = speakers::attribute(&doc, &direct);
    let actors = actors::collect(&doc, &found);
    let quotes = found
        .into_iter()
        .map(|q| q.into_suggestion(&doc, &actors))
        .collect();
    Suggestions {
        quotes,
        actors: actors.into_suggestions(&doc),
        dates: dates::find(&doc, &direct),
    }
}

impl Suggestions {
    /// The quotations with a speaker.
    pub fn attributed(&self) -> impl Iterator<Item = &QuoteSuggestion> {
        self.quotes.iter().filter(|q| q.speaker.is_some())
    }

    /// The actor a speaker's name belongs to.
    pub fn actor_named(&self, name: &str) -> Option<&ActorSuggestion> {
        self.actors
            .iter()
            .find(|a| a.name == name || a.aliases.iter().any(|n| n == name))
    }
}
