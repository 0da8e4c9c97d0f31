//! The draft: a briefing being written, and every edit the studio can make to it. Pure
//! Rust, no browser: the interface only calls these operations, and they are tested
//! natively.
//!
//! - Ids are made from names when an item is created (`ids::id_from_name`, the
//!   rule the CSV template documents, made unique with `-2`, `-3`, ...) and never change on
//!   rename, so links to a published briefing keep working. An id can still be changed
//!   on purpose ([`Draft::set_id`]); every reference follows.
//! - A quote is only ever made from a passage of the source ([`Draft::quote`]): its
//!   offsets and text come from the source, never from typing.
//! - Deleting an actor or topic that something refers to is refused with the list of
//!   what refers to it ([`Refs`]), unless the author chose a way out ([`Resolution`]):
//!   delete those too, or hand them to another actor or topic. Nothing dangles.
//! - Editing a source's text re-anchors its quotes (`anchor`) and reports those that no
//!   longer match; they keep their old words for the author to fix.
//! - Every edit is recorded for undo and redo (`history`).
//! - What depends on a source text alone (`facts`: digest, index, sentences) is kept beside
//!   it and read again only when that text changes, so typing elsewhere in a draft with a
//!   long source costs no more than in a short one.

use std::collections::HashSet;
use std::sync::Arc;

use briefing::csv::{from_csv, CsvError};
use briefing::ids::id_from_name;
use briefing::model::FORMAT;
use briefing::validate::{is_id, sha256_hex, validate_with};
use briefing::{
    Actor, Attribution, Briefing, Event, Phase, Position, Problem, Quote, Source, Stance, Topic,
};

use super::anchor::{find_by_words, reanchor, Anchor};
use super::facts::{carried_over, SourceFacts};
use super::history::History;
use super::selection::Passage;

/// A field of a source that may be left unknown (`null`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceField {
    Title,
    Publisher,
    Url,
    Published,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorField {
    Name,
    Kind,
    Description,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TopicField {
    Label,
    Description,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PositionField {
    Actor,
    Topic,
    Stance,
    Attribution,
    Summary,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventField {
    Order,
    When,
    Phase,
    Title,
    Summary,
}

/// A text field of the draft, by the index of its item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Summary,
    Language,
    /// Empty means unknown (`null`).
    AsOf,
    Source(usize, SourceField),
    Actor(usize, ActorField),
    /// One alias of an actor.
    Alias(usize, usize),
    Topic(usize, TopicField),
    Position(usize, PositionField),
    Event(usize, EventField),
}

/// The kinds of things that have ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Briefing,
    Source,
    Actor,
    Topic,
    Position,
    Event,
}

/// A position or an event: what quotes belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Item {
    Position(usize),
    Event(usize),
}

/// Where a new quote goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A new position of this actor on this topic (ids; either may be empty for now).
    NewPosition { actor: String, topic: String },
    /// A new event with this title (may be empty for now).
    NewEvent { title: String },
    /// An existing position or event.
    Existing(Item),
}

/// What refers to an actor, a topic or a source.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Refs {
    /// The positions, by index.
    pub positions: Vec<usize>,
    /// The events, by index.
    pub events: Vec<usize>,
    /// How many quotes (for a source).
    pub quotes: usize,
}

impl Refs {
    pub fn is_empty(&self) -> bool {
        self.positions.is_empty() && self.events.is_empty() && self.quotes == 0
    }
}

/// What to do with what refers to an actor or topic being deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// Delete only if nothing refers to it.
    IfUnused,
    /// Delete the positions that are about it, and take it out of the events.
    Cascade,
    /// Give its positions and events to this other actor or topic (an id).
    Reassign(String),
}

/// Why an edit was not made. The draft is unchanged then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// No item at that index (the draft changed meanwhile).
    NoSuchItem,
    /// A name or label is required to create the item.
    NameRequired,
    /// Not a whole number.
    NotANumber,
    /// Not a valid id (letters, digits, `.`, `_`, `:`, `-`).
    InvalidId,
    /// Another item of the kind already has this id.
    IdTaken,
    /// The selection holds no text, or is not the source's text any more.
    StalePassage,
    /// The item already quotes exactly this passage.
    AlreadyQuoted,
    /// Something refers to what was to be deleted.
    Referenced(Refs),
    /// The actor or topic to hand things to does not exist, or is the one deleted.
    BadReassignment,
    /// A briefing needs at least one source.
    LastSource,
    /// An empty source text.
    EmptyText,
}

/// One quote after its source's text changed: where it is, and what happened to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reanchored {
    pub item: Item,
    pub quote: usize,
    pub text: String,
    pub anchor: Anchor,
}

/// What the author gives when starting from a text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NewSource {
    pub text: String,
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
}

/// A briefing being written, with its undo history.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    briefing: Briefing,
    history: History,
    /// The facts of each source's text, in the order of `briefing.sources`.
    facts: Vec<Arc<SourceFacts>>,
}

/// `None` for an empty or blank value: an unknown title, publisher, URL or date.
pub(crate) fn known(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_string())
}

/// `stem`, or `stem-2`, `stem-3`, ... : the first that `taken` lacks.
fn unique(stem: &str, taken: &HashSet<&str>) -> String {
    if !taken.contains(stem) {
        return stem.to_string();
    }
    (2..)
        .map(|n| format!("{stem}-{n}"))
        .find(|id| !taken.contains(id.as_str()))
        .expect("some suffix is free")
}

impl Draft {
    /// A new briefing from a source text: one source, nothing else yet. The briefing's id
    /// is made from its title (or `briefing`), the source's from its title (or `source`).
    pub fn new(title: &str, language: &str, source: NewSource) -> Draft {
        let source_id = source
            .title
            .as_deref()
            .and_then(known)
            .map_or_else(|| "source".to_string(), |t| id_from_name(&t));
        let briefing = Briefing {
            format: FORMAT.to_string(),
            id: known(title).map_or_else(|| "briefing".to_string(), |t| id_from_name(&t)),
            title: title.trim().to_string(),
            summary: String::new(),
            language: language.trim().to_string(),
            as_of: None,
            sources: vec![Source {
                id: source_id,
                title: source.title.as_deref().and_then(known),
                publisher: source.publisher.as_deref().and_then(known),
                url: source.url.as_deref().and_then(known),
                published: source.published.as_deref().and_then(known),
                // Set by `from_briefing`, which reads the text for its facts anyway.
                sha256: String::new(),
                text: source.text,
            }],
            actors: Vec::new(),
            topics: Vec::new(),
            positions: Vec::new(),
            events: Vec::new(),
        };
        Draft::from_briefing(briefing)
    }

    /// An existing briefing to go on editing. Each source's digest is set from its text
    /// (as `briefing fill` does): the studio keeps it in step from now on.
    pub fn from_briefing(mut briefing: Briefing) -> Draft {
        if briefing.format.is_empty() {
            briefing.format = FORMAT.to_string();
        }
        let facts: Vec<Arc<SourceFacts>> = briefing
            .sources
            .iter()
            .map(|s| Arc::new(SourceFacts::of(&s.text)))
            .collect();
        for (s, f) in briefing.sources.iter_mut().zip(&facts) {
            s.sha256 = f.text.sha256.clone();
        }
        Draft {
            briefing,
            history: History::default(),
            facts,
        }
    }

    pub fn briefing(&self) -> &Briefing {
        &self.briefing
    }

    /// The facts of source `i`'s text. The same shared value comes back for as long as
    /// that text is unchanged, whatever else changes (`Arc::ptr_eq` tells).
    pub fn source_facts(&self, i: usize) -> Option<&Arc<SourceFacts>> {
        self.facts.get(i)
    }

    /// The length of all source texts together, in bytes.
    pub fn text_bytes(&self) -> usize {
        self.briefing.sources.iter().map(|s| s.text.len()).sum()
    }

    /// The character ranges the quotes take from source `i`, in order of start.
    pub fn quoted_ranges(&self, i: usize) -> Vec<(usize, usize)> {
        let b = &self.briefing;
        let Some(id) = b.sources.get(i).map(|s| s.id.as_str()) else {
            return Vec::new();
        };
        let mut ranges: Vec<(usize, usize)> = b
            .positions
            .iter()
            .flat_map(|p| &p.quotes)
            .chain(b.events.iter().flat_map(|e| &e.quotes))
            .filter(|q| q.source == id)
            .map(|q| (q.start, q.end))
            .collect();
        ranges.sort_unstable();
        ranges
    }

    /// Every problem the validator finds, as the explorer would report them; the source
    /// texts are not read again for their digests and indexes (`facts`).
    pub fn problems(&self) -> Vec<Problem> {
        let facts: Vec<&briefing::text::TextFacts> = self.facts.iter().map(|f| &f.text).collect();
        validate_with(&self.briefing, &facts)
    }

    /// Makes `next` the briefing, keeping the facts of the texts it shares with the one
    /// before.
    fn set_briefing(&mut self, next: Briefing) {
        self.facts = carried_over(&next, &self.briefing, &self.facts);
        self.briefing = next;
    }

    /// The briefing as a file (the layout of `data/briefing.json`), if it is valid.
    pub fn export(&self) -> Result<String, Vec<Problem>> {
        let problems = self.problems();
        if problems.is_empty() {
            Ok(briefing::pretty(&self.briefing))
        } else {
            Err(problems)
        }
    }

    /// Makes one edit as one undo step (`key`: typing in one field makes one step).
    fn edit<T>(
        &mut self,
        key: Option<String>,
        change: impl FnOnce(&mut Briefing) -> Result<T, EditError>,
    ) -> Result<T, EditError> {
        let mut next = self.briefing.clone();
        let out = change(&mut next)?;
        if next != self.briefing {
            self.history.record(&self.briefing, key);
            self.set_briefing(next);
        }
        Ok(out)
    }

    pub fn undo(&mut self) -> bool {
        match self.history.undo(&self.briefing) {
            Some(b) => {
                self.set_briefing(b);
                true
            }
            None => false,
        }
    }

    pub fn redo(&mut self) -> bool {
        match self.history.redo(&self.briefing) {
            Some(b) => {
                self.set_briefing(b);
                true
            }
            None => false,
        }
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// The author left a field: typing there again is a new undo step.
    pub fn break_run(&mut self) {
        self.history.break_run();
    }

    /// Replaces the whole briefing with a version saved elsewhere (another tab): its
    /// history is not this one's, so undo starts afresh.
    pub fn replace(&mut self, briefing: Briefing) {
        self.set_briefing(briefing);
        self.history.clear();
    }

    /// The current text of a field (`""` for an unknown value).
    pub fn text(&self, field: Field) -> String {
        let b = &self.briefing;
        let opt = |o: &Option<String>| o.clone().unwrap_or_default();
        match field {
            Field::Title => b.title.clone(),
            Field::Summary => b.summary.clone(),
            Field::Language => b.language.clone(),
            Field::AsOf => opt(&b.as_of),
            Field::Source(i, f) => b.sources.get(i).map_or_else(String::new, |s| match f {
                SourceField::Title => opt(&s.title),
                SourceField::Publisher => opt(&s.publisher),
                SourceField::Url => opt(&s.url),
                SourceField::Published => opt(&s.published),
            }),
            Field::Actor(i, f) => b.actors.get(i).map_or_else(String::new, |a| match f {
                ActorField::Name => a.name.clone(),
                ActorField::Kind => a.kind.clone(),
                ActorField::Description => a.description.clone(),
            }),
            Field::Alias(i, j) => b
                .actors
                .get(i)
                .and_then(|a| a.aliases.get(j))
                .cloned()
                .unwrap_or_default(),
            Field::Topic(i, f) => b.topics.get(i).map_or_else(String::new, |t| match f {
                TopicField::Label => t.label.clone(),
                TopicField::Description => t.description.clone(),
            }),
            Field::Position(i, f) => b.positions.get(i).map_or_else(String::new, |p| match f {
                PositionField::Actor => p.actor.clone(),
                PositionField::Topic => p.topic.clone(),
                PositionField::Stance => p.stance.as_str().to_string(),
                PositionField::Attribution => p.attribution.as_str().to_string(),
                PositionField::Summary => p.summary.clone(),
            }),
            Field::Event(i, f) => b.events.get(i).map_or_else(String::new, |e| match f {
                EventField::Order => e.order.to_string(),
                EventField::When => e.when.clone(),
                EventField::Phase => e.phase.as_str().to_string(),
                EventField::Title => e.title.clone(),
                EventField::Summary => e.summary.clone(),
            }),
        }
    }

    /// Sets a field from what the author typed or chose. Unknown values (a source's title,
    /// publisher, URL or date, the briefing's date) are `null` when left empty.
    pub fn set_text(&mut self, field: Field, value: &str) -> Result<(), EditError> {
        let key = Some(format!("{field:?}"));
        let value = value.to_string();
        self.edit(key, move |b| {
            let missing = EditError::NoSuchItem;
            match field {
                Field::Title => b.title = value,
                Field::Summary => b.summary = value,
                Field::Language => b.language = value.trim().to_string(),
                Field::AsOf => b.as_of = known(&value),
                Field::Source(i, f) => {
                    let s = b.sources.get_mut(i).ok_or(missing)?;
                    let slot = match f {
                        SourceField::Title => &mut s.title,
                        SourceField::Publisher => &mut s.publisher,
                        SourceField::Url => &mut s.url,
                        SourceField::Published => &mut s.published,
                    };
                    *slot = known(&value);
                }
                Field::Actor(i, f) => {
                    let a = b.actors.get_mut(i).ok_or(missing)?;
                    match f {
                        ActorField::Name => a.name = value,
                        ActorField::Kind => a.kind = value,
                        ActorField::Description => a.description = value,
                    }
                }
                Field::Alias(i, j) => {
                    let a = b.actors.get_mut(i).ok_or(EditError::NoSuchItem)?;
                    *a.aliases.get_mut(j).ok_or(missing)? = value;
                }
                Field::Topic(i, f) => {
                    let t = b.topics.get_mut(i).ok_or(missing)?;
                    match f {
                        TopicField::Label => t.label = value,
                        TopicField::Description => t.description = value,
                    }
                }
                Field::Position(i, f) => {
                    // Only an actor or topic the draft has (or none yet) can be chosen.
                    let unknown = match f {
                        PositionField::Actor => {
                            !value.is_empty() && !b.actors.iter().any(|a| a.id == value)
                        }
                        PositionField::Topic => {
                            !value.is_empty() && !b.topics.iter().any(|t| t.id == value)
                        }
                        _ => false,
                    };
                    if unknown {
                        return Err(EditError::NoSuchItem);
                    }
                    let p = b.positions.get_mut(i).ok_or(missing)?;
                    match f {
                        PositionField::Actor => p.actor = value,
                        PositionField::Topic => p.topic = value,
                        PositionField::Stance => {
                            p.stance = Stance::parse(&value).unwrap_or(Stance::Unknown(value))
                        }
                        PositionField::Attribution => {
                            p.attribution =
                                Attribution::parse(&value).unwrap_or(Attribution::Unknown(value))
                        }
                        PositionField::Summary => p.summary = value,
                    }
                }
                Field::Event(i, f) => {
                    let e = b.events.get_mut(i).ok_or(missing)?;
                    match f {
                        EventField::Order => {
                            e.order = value.trim().parse().map_err(|_| EditError::NotANumber)?
                        }
                        EventField::When => e.when = value,
                        EventField::Phase => {
                            e.phase = Phase::parse(&value).unwrap_or(Phase::Unknown(value))
                        }
                        EventField::Title => e.title = value,
                        EventField::Summary => e.summary = value,
                    }
                }
            }
            Ok(())
        })
    }

    /// Adds an empty alias to actor `i` (the author types it next).
    pub fn add_alias(&mut self, i: usize) -> Result<usize, EditError> {
        self.edit(None, |b| {
            let a = b.actors.get_mut(i).ok_or(EditError::NoSuchItem)?;
            a.aliases.push(String::new());
            Ok(a.aliases.len() - 1)
        })
    }

    pub fn remove_alias(&mut self, i: usize, j: usize) -> Result<(), EditError> {
        self.edit(None, |b| {
            let a = b.actors.get_mut(i).ok_or(EditError::NoSuchItem)?;
            if j >= a.aliases.len() {
                return Err(EditError::NoSuchItem);
            }
            a.aliases.remove(j);
            Ok(())
        })
    }

    /// Adds an actor; returns its index. Its id is made from the name.
    pub fn add_actor(&mut self, name: &str, kind: &str) -> Result<usize, EditError> {
        let name = known(name).ok_or(EditError::NameRequired)?;
        self.edit(None, |b| Ok(push_actor(b, name, kind)))
    }

    /// Adds a topic; returns its index. Its id is made from the label.
    pub fn add_topic(&mut self, label: &str) -> Result<usize, EditError> {
        let label = known(label).ok_or(EditError::NameRequired)?;
        self.edit(None, |b| {
            let taken: HashSet<&str> = b.topics.iter().map(|t| t.id.as_str()).collect();
            let id = unique(&id_from_name(&label), &taken);
            b.topics.push(Topic {
                id,
                label,
                description: String::new(),
            });
            Ok(b.topics.len() - 1)
        })
    }

    /// Quotes a passage of a source into a new or existing position or event; returns the
    /// item. The passage must still be the source's text there.
    pub fn quote(&mut self, passage: &Passage, target: Target) -> Result<Item, EditError> {
        self.edit(None, |b| quote_into(b, passage, target))
    }

    /// Makes one edit as one undo step, for the operations of sibling modules
    /// (`suggested`).
    pub(crate) fn edit_briefing<T>(
        &mut self,
        change: impl FnOnce(&mut Briefing) -> Result<T, EditError>,
    ) -> Result<T, EditError> {
        self.edit(None, change)
    }

    /// Takes quote `j` out of an item.
    pub fn remove_quote(&mut self, item: Item, j: usize) -> Result<(), EditError> {
        self.edit(None, |b| {
            let quotes = quotes_mut(b, item)?;
            if j >= quotes.len() {
                return Err(EditError::NoSuchItem);
            }
            quotes.remove(j);
            Ok(())
        })
    }

    /// Adds or removes an actor (by id) from event `i`; only an actor the draft has can
    /// be added.
    pub fn toggle_event_actor(&mut self, i: usize, actor: &str, on: bool) -> Result<(), EditError> {
        self.toggle_event_ref(Referent::Actor, i, actor, on)
    }

    /// Adds or removes a topic (by id) from event `i`; only a topic the draft has can be
    /// added.
    pub fn toggle_event_topic(&mut self, i: usize, topic: &str, on: bool) -> Result<(), EditError> {
        self.toggle_event_ref(Referent::Topic, i, topic, on)
    }

    fn toggle_event_ref(
        &mut self,
        r: Referent,
        i: usize,
        id: &str,
        on: bool,
    ) -> Result<(), EditError> {
        self.edit(None, |b| {
            if on && !r.ids(b).contains(&id) {
                return Err(EditError::NoSuchItem);
            }
            let e = b.events.get_mut(i).ok_or(EditError::NoSuchItem)?;
            toggle(r.of_event_mut(e), id, on);
            Ok(())
        })
    }

    /// Swaps event `i`'s order with the event before (`up`) or after it in narrative order.
    pub fn move_event(&mut self, i: usize, up: bool) -> Result<(), EditError> {
        self.edit(None, |b| {
            let order = b.events.get(i).ok_or(EditError::NoSuchItem)?.order;
            let other = b
                .events
                .iter()
                .enumerate()
                .filter(|(j, e)| *j != i && if up { e.order < order } else { e.order > order })
                .min_by_key(|(_, e)| e.order.abs_diff(order))
                .map(|(j, _)| j);
            if let Some(j) = other {
                let o = b.events[j].order;
                b.events[j].order = order;
                b.events[i].order = o;
            }
            Ok(())
        })
    }

    /// What refers to actor `i`.
    pub fn actor_refs(&self, i: usize) -> Refs {
        self.refs_to(Referent::Actor, i)
    }

    /// What refers to topic `i`.
    pub fn topic_refs(&self, i: usize) -> Refs {
        self.refs_to(Referent::Topic, i)
    }

    fn refs_to(&self, r: Referent, i: usize) -> Refs {
        let b = &self.briefing;
        let Some(id) = r.ids(b).get(i).copied() else {
            return Refs::default();
        };
        Refs {
            positions: indexes(b.positions.iter().map(|p| r.of_position(p) == id)),
            events: indexes(
                b.events
                    .iter()
                    .map(|e| r.of_event(e).iter().any(|x| x == id)),
            ),
            quotes: 0,
        }
    }

    /// What quotes source `i`.
    pub fn source_refs(&self, i: usize) -> Refs {
        let Some(id) = self.briefing.sources.get(i).map(|s| s.id.as_str()) else {
            return Refs::default();
        };
        let quotes = |q: &[Quote]| q.iter().filter(|q| q.source == id).count();
        Refs {
            positions: indexes(
                self.briefing
                    .positions
                    .iter()
                    .map(|p| quotes(&p.quotes) > 0),
            ),
            events: indexes(self.briefing.events.iter().map(|e| quotes(&e.quotes) > 0)),
            quotes: self
                .briefing
                .positions
                .iter()
                .map(|p| quotes(&p.quotes))
                .chain(self.briefing.events.iter().map(|e| quotes(&e.quotes)))
                .sum(),
        }
    }

    /// Deletes actor `i`, dealing with what refers to it as `how` says.
    pub fn delete_actor(&mut self, i: usize, how: Resolution) -> Result<(), EditError> {
        self.delete_referent(Referent::Actor, i, how)
    }

    /// Deletes topic `i`, dealing with what refers to it as `how` says.
    pub fn delete_topic(&mut self, i: usize, how: Resolution) -> Result<(), EditError> {
        self.delete_referent(Referent::Topic, i, how)
    }

    fn delete_referent(&mut self, r: Referent, i: usize, how: Resolution) -> Result<(), EditError> {
        let refs = self.refs_to(r, i);
        self.edit(None, |b| {
            let id = r.ids(b).get(i).ok_or(EditError::NoSuchItem)?.to_string();
            match how {
                Resolution::IfUnused if !refs.is_empty() => {
                    return Err(EditError::Referenced(refs))
                }
                Resolution::IfUnused => {}
                Resolution::Cascade => {
                    b.positions.retain(|p| r.of_position(p) != id);
                    for e in &mut b.events {
                        r.of_event_mut(e).retain(|x| *x != id);
                    }
                }
                Resolution::Reassign(other) => {
                    if other == id || !r.ids(b).contains(&other.as_str()) {
                        return Err(EditError::BadReassignment);
                    }
                    r.rename(b, &id, &other);
                }
            }
            r.remove(b, i);
            Ok(())
        })
    }

    /// Deletes position `i` (nothing refers to a position).
    pub fn delete_position(&mut self, i: usize) -> Result<(), EditError> {
        self.edit(None, |b| {
            if i >= b.positions.len() {
                return Err(EditError::NoSuchItem);
            }
            b.positions.remove(i);
            Ok(())
        })
    }

    /// Deletes event `i` (nothing refers to an event).
    pub fn delete_event(&mut self, i: usize) -> Result<(), EditError> {
        self.edit(None, |b| {
            if i >= b.events.len() {
                return Err(EditError::NoSuchItem);
            }
            b.events.remove(i);
            Ok(())
        })
    }

    /// Adds another source text; returns its index.
    pub fn add_source(&mut self, source: NewSource) -> Result<usize, EditError> {
        if source.text.is_empty() {
            return Err(EditError::EmptyText);
        }
        self.edit(None, |b| {
            let taken: HashSet<&str> = b.sources.iter().map(|s| s.id.as_str()).collect();
            let stem = source
                .title
                .as_deref()
                .and_then(known)
                .map_or_else(|| "source".to_string(), |t| id_from_name(&t));
            b.sources.push(Source {
                id: unique(&stem, &taken),
                title: source.title.as_deref().and_then(known),
                publisher: source.publisher.as_deref().and_then(known),
                url: source.url.as_deref().and_then(known),
                published: source.published.as_deref().and_then(known),
                sha256: sha256_hex(&source.text),
                text: source.text,
            });
            Ok(b.sources.len() - 1)
        })
    }

    /// Deletes source `i` and every quote from it (the items stay, maybe without quotes,
    /// which the validator then reports). The last source cannot go.
    pub fn delete_source(&mut self, i: usize) -> Result<(), EditError> {
        self.edit(None, |b| {
            if b.sources.len() <= 1 {
                return Err(EditError::LastSource);
            }
            let id = b.sources.get(i).ok_or(EditError::NoSuchItem)?.id.clone();
            for p in &mut b.positions {
                p.quotes.retain(|q| q.source != id);
            }
            for e in &mut b.events {
                e.quotes.retain(|q| q.source != id);
            }
            b.sources.remove(i);
            Ok(())
        })
    }

    /// Replaces source `i`'s text and re-anchors every quote from it by its words and
    /// their context. Quotes that cannot be placed keep their old words and offsets, so
    /// the validator lists them until the author fixes them; the report says what became
    /// of each quote of that source.
    pub fn edit_source_text(&mut self, i: usize, text: &str) -> Result<Vec<Reanchored>, EditError> {
        if text.is_empty() {
            return Err(EditError::EmptyText);
        }
        self.edit(None, |b| {
            let source = b.sources.get_mut(i).ok_or(EditError::NoSuchItem)?;
            let old: Vec<char> = source.text.chars().collect();
            let new: Vec<char> = text.chars().collect();
            let id = source.id.clone();
            source.text = text.to_string();
            source.sha256 = sha256_hex(text);
            let mut report = Vec::new();
            let items = b
                .positions
                .iter_mut()
                .enumerate()
                .map(|(n, p)| (Item::Position(n), &mut p.quotes))
                .chain(
                    b.events
                        .iter_mut()
                        .enumerate()
                        .map(|(n, e)| (Item::Event(n), &mut e.quotes)),
                );
            for (item, quotes) in items {
                for (j, q) in quotes
                    .iter_mut()
                    .enumerate()
                    .filter(|(_, q)| q.source == id)
                {
                    // A quote that no longer matched before this edit has no context to
                    // go by; it is searched for by its words alone.
                    let matched = old
                        .get(q.start..q.end)
                        .is_some_and(|s| s.iter().copied().eq(q.text.chars()));
                    let anchor = if matched {
                        reanchor(&old, &new, q.start, q.end)
                    } else {
                        let words: Vec<char> = q.text.chars().collect();
                        find_by_words(&new, &words)
                    };
                    if let Anchor::Moved { start, end } = anchor {
                        q.start = start;
                        q.end = end;
                    }
                    report.push(Reanchored {
                        item,
                        quote: j,
                        text: q.text.clone(),
                        anchor,
                    });
                }
            }
            Ok(report)
        })
    }

    /// Changes the id of an item (or of the briefing); every reference to it follows.
    pub fn set_id(&mut self, kind: Kind, i: usize, id: &str) -> Result<(), EditError> {
        let id = id.trim().to_string();
        if !is_id(&id) {
            return Err(EditError::InvalidId);
        }
        self.edit(Some(format!("id {kind:?} {i}")), |b| {
            let ids: Vec<&str> = match kind {
                Kind::Briefing => Vec::new(),
                Kind::Source => b.sources.iter().map(|s| s.id.as_str()).collect(),
                Kind::Actor => b.actors.iter().map(|a| a.id.as_str()).collect(),
                Kind::Topic => b.topics.iter().map(|t| t.id.as_str()).collect(),
                Kind::Position => b.positions.iter().map(|p| p.id.as_str()).collect(),
                Kind::Event => b.events.iter().map(|e| e.id.as_str()).collect(),
            };
            if kind != Kind::Briefing && i >= ids.len() {
                return Err(EditError::NoSuchItem);
            }
            if ids.iter().enumerate().any(|(j, x)| j != i && *x == id) {
                return Err(EditError::IdTaken);
            }
            match kind {
                Kind::Briefing => b.id = id,
                Kind::Source => {
                    let old = std::mem::replace(&mut b.sources[i].id, id.clone());
                    let quotes = b
                        .positions
                        .iter_mut()
                        .flat_map(|p| &mut p.quotes)
                        .chain(b.events.iter_mut().flat_map(|e| &mut e.quotes));
                    for q in quotes.filter(|q| q.source == old) {
                        q.source = id.clone();
                    }
                }
                Kind::Actor => {
                    let old = std::mem::replace(&mut b.actors[i].id, id.clone());
                    Referent::Actor.rename(b, &old, &id);
                }
                Kind::Topic => {
                    let old = std::mem::replace(&mut b.topics[i].id, id.clone());
                    Referent::Topic.rename(b, &old, &id);
                }
                Kind::Position => b.positions[i].id = id,
                Kind::Event => b.events[i].id = id,
            }
            Ok(())
        })
    }

    /// Replaces the positions with the rows of a CSV sheet (the CSV template), finding
    /// each quote in the source; new actors and topics are added. One undo step. On error,
    /// every problem by row, and nothing changes.
    pub fn import_csv(&mut self, csv: &str) -> Result<usize, Vec<CsvError>> {
        let next = from_csv(csv, &self.briefing)?;
        let rows = next.positions.len();
        self.history.record(&self.briefing, None);
        self.set_briefing(next);
        Ok(rows)
    }
}

/// Adds an actor named `name` (known, trimmed) to `b`; returns its index. Its id is made
/// from the name.
pub(crate) fn push_actor(b: &mut Briefing, name: String, kind: &str) -> usize {
    let taken: HashSet<&str> = b.actors.iter().map(|a| a.id.as_str()).collect();
    let id = unique(&id_from_name(&name), &taken);
    b.actors.push(Actor {
        id,
        name,
        kind: kind.trim().to_string(),
        aliases: Vec::new(),
        description: String::new(),
    });
    b.actors.len() - 1
}

/// Quotes `passage` into a new or existing position or event of `b` (see [`Draft::quote`]).
pub(crate) fn quote_into(
    b: &mut Briefing,
    passage: &Passage,
    target: Target,
) -> Result<Item, EditError> {
    let source = b
        .sources
        .get(passage.source)
        .ok_or(EditError::StalePassage)?;
    let here: String = source
        .text
        .chars()
        .skip(passage.start)
        .take(passage.end.saturating_sub(passage.start))
        .collect();
    if passage.text.is_empty() || here != passage.text {
        return Err(EditError::StalePassage);
    }
    let quote = Quote {
        source: source.id.clone(),
        start: passage.start,
        end: passage.end,
        text: passage.text.clone(),
    };
    let item = match target {
        Target::NewPosition { actor, topic } => {
            let known_actor = actor.is_empty() || b.actors.iter().any(|a| a.id == actor);
            let known_topic = topic.is_empty() || b.topics.iter().any(|t| t.id == topic);
            if !known_actor || !known_topic {
                return Err(EditError::NoSuchItem);
            }
            let taken: HashSet<&str> = b.positions.iter().map(|p| p.id.as_str()).collect();
            let stem = if actor.is_empty() || topic.is_empty() {
                "position".to_string()
            } else {
                format!("{actor}--{topic}")
            };
            let id = unique(&stem, &taken);
            b.positions.push(Position {
                id,
                actor,
                topic,
                stance: Stance::default(),
                summary: String::new(),
                attribution: Attribution::default(),
                quotes: Vec::new(),
            });
            Item::Position(b.positions.len() - 1)
        }
        Target::NewEvent { title } => {
            let taken: HashSet<&str> = b.events.iter().map(|e| e.id.as_str()).collect();
            let stem = known(&title).map_or_else(|| "event".to_string(), |t| id_from_name(&t));
            let id = unique(&stem, &taken);
            let order = b.events.iter().map(|e| e.order).max().map_or(1, |o| o + 1);
            b.events.push(Event {
                id,
                order,
                when: String::new(),
                phase: Phase::default(),
                title: title.trim().to_string(),
                summary: String::new(),
                actors: Vec::new(),
                topics: Vec::new(),
                quotes: Vec::new(),
            });
            Item::Event(b.events.len() - 1)
        }
        Target::Existing(item) => item,
    };
    let quotes = match item {
        Item::Position(i) => &mut b.positions.get_mut(i).ok_or(EditError::NoSuchItem)?.quotes,
        Item::Event(i) => &mut b.events.get_mut(i).ok_or(EditError::NoSuchItem)?.quotes,
    };
    if quotes.contains(&quote) {
        return Err(EditError::AlreadyQuoted);
    }
    quotes.push(quote);
    Ok(item)
}

/// Actors and topics: what positions (one each) and events (a list each) refer to by id.
#[derive(Debug, Clone, Copy)]
enum Referent {
    Actor,
    Topic,
}

impl Referent {
    fn ids(self, b: &Briefing) -> Vec<&str> {
        match self {
            Referent::Actor => b.actors.iter().map(|a| a.id.as_str()).collect(),
            Referent::Topic => b.topics.iter().map(|t| t.id.as_str()).collect(),
        }
    }

    fn remove(self, b: &mut Briefing, i: usize) {
        match self {
            Referent::Actor => drop(b.actors.remove(i)),
            Referent::Topic => drop(b.topics.remove(i)),
        }
    }

    fn of_position(self, p: &Position) -> &str {
        match self {
            Referent::Actor => &p.actor,
            Referent::Topic => &p.topic,
        }
    }

    fn of_event(self, e: &Event) -> &[String] {
        match self {
            Referent::Actor => &e.actors,
            Referent::Topic => &e.topics,
        }
    }

    fn of_event_mut(self, e: &mut Event) -> &mut Vec<String> {
        match self {
            Referent::Actor => &mut e.actors,
            Referent::Topic => &mut e.topics,
        }
    }

    /// Points every reference to `old` at `new`.
    fn rename(self, b: &mut Briefing, old: &str, new: &str) {
        for p in &mut b.positions {
            let field = match self {
                Referent::Actor => &mut p.actor,
                Referent::Topic => &mut p.topic,
            };
            if field == old {
                *field = new.to_string();
            }
        }
        for e in &mut b.events {
            replace_in(self.of_event_mut(e), old, new);
        }
    }
}

fn quotes_mut(b: &mut Briefing, item: Item) -> Result<&mut Vec<Quote>, EditError> {
    Ok(match item {
        Item::Position(i) => &mut b.positions.get_mut(i).ok_or(EditError::NoSuchItem)?.quotes,
        Item::Event(i) => &mut b.events.get_mut(i).ok_or(EditError::NoSuchItem)?.quotes,
    })
}

fn indexes(flags: impl Iterator<Item = bool>) -> Vec<usize> {
    flags
        .enumerate()
        .filter(|(_, f)| *f)
        .map(|(i, _)| i)
        .collect()
}

fn toggle(list: &mut Vec<String>, id: &str, on: bool) {
    let has = list.iter().any(|x| x == id);
    if on && !has {
        list.push(id.to_string());
    } else if !on {
        list.retain(|x| x != id);
    }
}

/// Replaces `old` by `new` in a list of ids, keeping each id once.
fn replace_in(list: &mut Vec<String>, old: &str, new: &str) {
    if !list.iter().any(|x| x == old) {
        return;
    }
    let had_new = list.iter().any(|x| x == new);
    if had_new {
        list.retain(|x| x != old);
    } else {
        list.iter_mut()
            .filter(|x| *x == old)
            .for_each(|x| *x = new.to_string());
    }
}
