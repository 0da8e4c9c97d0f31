//! What the reader has chosen: filters, search text and view. Plain data; `url` encodes it.

use std::collections::BTreeSet;

use briefing::{Phase, Stance};

/// The four views of a briefing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Cards,
    Matrix,
    Timeline,
    Source,
}

impl View {
    pub const ALL: [View; 4] = [View::Cards, View::Matrix, View::Timeline, View::Source];

    /// The word used in the URL (`view=`).
    pub fn as_str(self) -> &'static str {
        match self {
            View::Cards => "cards",
            View::Matrix => "matrix",
            View::Timeline => "timeline",
            View::Source => "source",
        }
    }

    pub fn parse(word: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.as_str() == word)
    }
}

/// How position cards are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum GroupBy {
    #[default]
    Actor,
    Topic,
}

impl GroupBy {
    pub fn as_str(self) -> &'static str {
        match self {
            GroupBy::Actor => "actor",
            GroupBy::Topic => "topic",
        }
    }

    pub fn parse(word: &str) -> Option<GroupBy> {
        [GroupBy::Actor, GroupBy::Topic]
            .into_iter()
            .find(|g| g.as_str() == word)
    }
}

/// The filters. An empty set means "any"; choices within a set are alternatives (OR), and
/// the sets combine with AND. Stances narrow positions; phases narrow timeline events.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    pub actors: BTreeSet<String>,
    pub topics: BTreeSet<String>,
    pub stances: BTreeSet<Stance>,
    pub phases: BTreeSet<Phase>,
    /// Free text, as typed.
    pub query: String,
}

impl Filter {
    /// Only the positions of one actor on one topic (a matrix cell): what a link to a
    /// single card filters to, so that the card is there to land on.
    pub fn for_cell(actor: &str, topic: &str) -> Filter {
        Filter {
            actors: [actor.to_string()].into(),
            topics: [topic.to_string()].into(),
            ..Filter::default()
        }
    }

    /// True when nothing is filtered.
    pub fn is_empty(&self) -> bool {
        self.actors.is_empty()
            && self.topics.is_empty()
            && self.stances.is_empty()
            && self.phases.is_empty()
            && self.query.trim().is_empty()
    }
}

/// One active filter choice, as the reader would name it and remove it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Active {
    Actor(String),
    Topic(String),
    Stance(Stance),
    Phase(Phase),
    Search(String),
}

impl Filter {
    /// Every active choice, in facet order (actors and topics in briefing order, given as
    /// `actor_order` / `topic_order` ids), then the search.
    pub fn active<'a>(
        &self,
        actor_order: impl IntoIterator<Item = &'a str>,
        topic_order: impl IntoIterator<Item = &'a str>,
    ) -> Vec<Active> {
        let mut out: Vec<Active> = actor_order
            .into_iter()
            .filter(|id| self.actors.contains(*id))
            .map(|id| Active::Actor(id.to_string()))
            .collect();
        out.extend(
            topic_order
                .into_iter()
                .filter(|id| self.topics.contains(*id))
                .map(|id| Active::Topic(id.to_string())),
        );
        out.extend(self.stances.iter().cloned().map(Active::Stance));
        out.extend(self.phases.iter().cloned().map(Active::Phase));
        if !self.query.trim().is_empty() {
            out.push(Active::Search(self.query.trim().to_string()));
        }
        out
    }

    /// Removes one active choice.
    pub fn remove(&mut self, choice: &Active) {
        match choice {
            Active::Actor(id) => {
                self.actors.remove(id);
            }
            Active::Topic(id) => {
                self.topics.remove(id);
            }
            Active::Stance(s) => {
                self.stances.remove(s);
            }
            Active::Phase(p) => {
                self.phases.remove(p);
            }
            Active::Search(_) => self.query.clear(),
        }
    }
}

/// Everything the URL carries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ExploreState {
    pub filter: Filter,
    pub view: View,
    pub group: GroupBy,
    /// A position or event id whose cited passage the source reader brings into view.
    pub cite: Option<String>,
    /// Parameters that belong to others (`embed`, `lang`, `theme`, `src`, ...), kept as
    /// they came so that rewriting the URL never drops them.
    pub other: Vec<(String, String)>,
}

/// Flips `value` in `set`.
pub fn toggle<T: Ord + Clone>(set: &mut BTreeSet<T>, value: &T) {
    if !set.remove(value) {
        set.insert(value.clone());
    }
}
