//! The query engine: which positions and events pass the filters, and how many would pass
//! for each choice of each facet given the other filters.
//!
//! `Index` does the per-briefing work once (folded search text, id lookups); `Index::run`
//! is then linear in the number of positions and events, with no allocation per item.

use std::collections::HashMap;
use std::sync::OnceLock;

use briefing::{Briefing, Event, Phase, Position, Stance};

use super::spelling::{expand, Expansion, Vocabulary};
use super::state::Filter;
use super::word_starts::WordStarts;
use crate::search::{find_at_word_start, terms};
use briefing::fold::fold;

/// A valid briefing and its search index, swapped together when another briefing loads.
pub struct Loaded {
    pub briefing: Briefing,
    pub index: Index,
}

impl Loaded {
    pub fn new(briefing: Briefing) -> Self {
        let index = Index::new(&briefing);
        Loaded { briefing, index }
    }

    /// Runs `filter` over this briefing.
    pub fn run(&self, filter: &Filter) -> Results {
        self.index.run(
            filter,
            self.briefing.actors.len(),
            self.briefing.topics.len(),
        )
    }
}

/// A briefing prepared for fast filtering.
pub struct Index {
    actor_at: HashMap<String, usize>,
    topic_at: HashMap<String, usize>,
    positions: Vec<ItemKeys>,
    events: Vec<ItemKeys>,
    /// Event indexes sorted for the timeline: past, present, future, each in source order.
    timeline: Vec<usize>,
    /// Word-start fingerprints of the positions' and events' haystacks, built by the
    /// first search (not at load: a briefing nobody searches never pays for them). Kept
    /// apart from the keys so that filtering without a search walks no extra bytes.
    starts: OnceLock<(Vec<WordStarts>, Vec<WordStarts>)>,
    /// The briefing's words, gathered by the first search for a word none of them starts
    /// (to correct or suggest it).
    vocabulary: OnceLock<Vocabulary>,
}

/// What filtering needs of one position or event.
struct ItemKeys {
    actors: Vec<usize>,
    topics: Vec<usize>,
    /// Index into `Stance::ALL` or `Phase::ALL`; `usize::MAX` when unknown.
    class: usize,
    haystack: String,
}

/// The outcome of one run of the filters.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Results {
    /// Indexes into `briefing.positions`, in briefing order.
    pub positions: Vec<usize>,
    /// Indexes into `briefing.events`, in timeline order.
    pub events: Vec<usize>,
    /// The search as run: each term with its alternatives, corrections and suggestions.
    pub search: Expansion,
    /// Facet counts, aligned with `briefing.actors`, `briefing.topics`, `Stance::ALL` and
    /// `Phase::ALL`. Each counts the items that would pass if that facet alone were
    /// replaced by that choice, the other filters unchanged.
    pub position_counts: FacetCounts,
    pub event_counts: FacetCounts,
}

/// Counts per choice of each facet.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FacetCounts {
    pub actors: Vec<usize>,
    pub topics: Vec<usize>,
    /// By `Stance::ALL` for positions, `Phase::ALL` for events.
    pub classes: Vec<usize>,
}

impl Index {
    pub fn new(briefing: &Briefing) -> Index {
        let actor_at: HashMap<String, usize> = briefing
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        let topic_at: HashMap<String, usize> = briefing
            .topics
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id.clone(), i))
            .collect();
        let actor_text: Vec<String> = briefing
            .actors
            .iter()
            .map(|a| format!("{} {}", a.name, a.aliases.join(" ")))
            .collect();
        let position_keys = |p: &Position| {
            let actor = actor_at.get(&p.actor).copied();
            let topic = topic_at.get(&p.topic).copied();
            let mut text = String::new();
            if let Some(a) = actor {
                text.push_str(&actor_text[a]);
            }
            if let Some(t) = topic {
                text.push('\n');
                text.push_str(&briefing.topics[t].label);
            }
            text.push('\n');
            text.push_str(&p.summary);
            for q in &p.quotes {
                text.push('\n');
                text.push_str(&q.text);
            }
            ItemKeys {
                actors: actor.into_iter().collect(),
                topics: topic.into_iter().collect(),
                class: Stance::ALL
                    .iter()
                    .position(|s| *s == p.stance)
                    .unwrap_or(usize::MAX),
                haystack: fold(&text),
            }
        };
        let event_keys = |e: &Event| {
            let actors: Vec<usize> = e
                .actors
                .iter()
                .filter_map(|a| actor_at.get(a).copied())
                .collect();
            let topics: Vec<usize> = e
                .topics
                .iter()
                .filter_map(|t| topic_at.get(t).copied())
                .collect();
            let mut text = format!("{}\n{}\n{}", e.when, e.title, e.summary);
            for &a in &actors {
                text.push('\n');
                text.push_str(&actor_text[a]);
            }
            for &t in &topics {
                text.push('\n');
                text.push_str(&briefing.topics[t].label);
            }
            for q in &e.quotes {
                text.push('\n');
                text.push_str(&q.text);
            }
            ItemKeys {
                actors,
                topics,
                class: Phase::ALL
                    .iter()
                    .position(|p| *p == e.phase)
                    .unwrap_or(usize::MAX),
                haystack: fold(&text),
            }
        };
        let positions = briefing.positions.iter().map(position_keys).collect();
        let events: Vec<ItemKeys> = briefing.events.iter().map(event_keys).collect();
        let mut timeline: Vec<usize> = (0..events.len()).collect();
        // Ties keep the briefing's order through the index itself, so the unstable sort
        // (the only sort the wasm holds: a stable one would add its own ~9 KB) gives what
        // a stable one would.
        timeline.sort_unstable_by_key(|&i| (events[i].class, briefing.events[i].order, i));
        Index {
            actor_at,
            topic_at,
            positions,
            events,
            timeline,
            starts: OnceLock::new(),
            vocabulary: OnceLock::new(),
        }
    }

    /// The (actor, topic) indexes of `briefing.positions[i]`, when both exist.
    pub fn position_cell(&self, i: usize) -> Option<(usize, usize)> {
        let keys = self.positions.get(i)?;
        Some((*keys.actors.first()?, *keys.topics.first()?))
    }

    /// The search terms of `query`, each with what may match in its place (see
    /// `spelling`).
    pub fn expand(&self, query: &str) -> Expansion {
        expand(terms(query), || {
            self.vocabulary.get_or_init(|| {
                Vocabulary::of(
                    self.positions
                        .iter()
                        .chain(&self.events)
                        .map(|k| k.haystack.as_str()),
                )
            })
        })
    }

    /// Applies `filter`: the passing items and every facet's counts.
    pub fn run(&self, filter: &Filter, actor_count: usize, topic_count: usize) -> Results {
        let wanted_actors: Vec<usize> = filter
            .actors
            .iter()
            .filter_map(|a| self.actor_at.get(a).copied())
            .collect();
        let wanted_topics: Vec<usize> = filter
            .topics
            .iter()
            .filter_map(|t| self.topic_at.get(t).copied())
            .collect();
        let wanted_stances: Vec<usize> = filter
            .stances
            .iter()
            .filter_map(|s| Stance::ALL.iter().position(|x| x == s))
            .collect();
        let wanted_phases: Vec<usize> = filter
            .phases
            .iter()
            .filter_map(|p| Phase::ALL.iter().position(|x| x == p))
            .collect();
        let search = self.expand(&filter.query);
        let sets = Wanted {
            actors: &wanted_actors,
            topics: &wanted_topics,
            terms: &search.terms,
        };

        let mut results = Results {
            search: search.clone(),
            position_counts: FacetCounts::sized(actor_count, topic_count, Stance::ALL.len()),
            event_counts: FacetCounts::sized(actor_count, topic_count, Phase::ALL.len()),
            ..Results::default()
        };
        let no_starts = (Vec::new(), Vec::new());
        let (position_starts, event_starts) = if search.is_empty() {
            &no_starts
        } else {
            self.starts.get_or_init(|| {
                let of = |keys: &Vec<ItemKeys>| {
                    keys.iter().map(|k| WordStarts::of(&k.haystack)).collect()
                };
                (of(&self.positions), of(&self.events))
            })
        };
        for (i, keys) in self.positions.iter().enumerate() {
            if sets.tally(
                keys,
                position_starts.get(i),
                &wanted_stances,
                &mut results.position_counts,
            ) {
                results.positions.push(i);
            }
        }
        for &i in &self.timeline {
            if sets.tally(
                &self.events[i],
                event_starts.get(i),
                &wanted_phases,
                &mut results.event_counts,
            ) {
                results.events.push(i);
            }
        }
        results
    }
}

impl FacetCounts {
    fn sized(actors: usize, topics: usize, classes: usize) -> FacetCounts {
        FacetCounts {
            actors: vec![0; actors],
            topics: vec![0; topics],
            classes: vec![0; classes],
        }
    }
}

/// The resolved filter, shared by positions and events.
struct Wanted<'a> {
    actors: &'a [usize],
    topics: &'a [usize],
    terms: &'a [super::spelling::Term],
}

impl Wanted<'_> {
    /// Counts `keys` into every facet whose other filters it passes; true when it passes all.
    fn tally(
        &self,
        keys: &ItemKeys,
        starts: Option<&WordStarts>,
        classes: &[usize],
        counts: &mut FacetCounts,
    ) -> bool {
        let any = |wanted: &[usize], have: &[usize]| {
            wanted.is_empty() || have.iter().any(|h| wanted.contains(h))
        };
        let actor_ok = any(self.actors, &keys.actors);
        let topic_ok = any(self.topics, &keys.topics);
        let class_ok = classes.is_empty() || classes.contains(&keys.class);
        let text_ok = self.terms.iter().all(|term| {
            term.alternatives.iter().any(|t| {
                starts.is_none_or(|s| s.may_contain(t))
                    && find_at_word_start(&keys.haystack, t, 0).is_some()
            })
        });
        if !text_ok {
            return false;
        }
        if topic_ok && class_ok {
            for &a in &keys.actors {
                counts.actors[a] += 1;
            }
        }
        if actor_ok && class_ok {
            for &t in &keys.topics {
                counts.topics[t] += 1;
            }
        }
        if actor_ok && topic_ok {
            if let Some(c) = counts.classes.get_mut(keys.class) {
                *c += 1;
            }
        }
        actor_ok && topic_ok && class_ok
    }
}
