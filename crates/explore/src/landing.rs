//! Landing on one item: the state a link uses to bring the reader to a position's card or
//! an event of the timeline, focused (`cite=`), with only the filters that keep it shown.
//!
//! Every link that lands on an item (the "cited by" list, the timeline's positions, the
//! notice for a hidden item, a card's shareable link) builds its target here, so they all
//! agree on where an item lives and what it takes to show it.

use briefing::{Briefing, Event, Position};

use super::segments::Citer;
use super::state::{ExploreState, Filter, View};

/// An item a link can land on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A position's card, filtered to its actor and topic.
    Position {
        id: String,
        actor: String,
        topic: String,
    },
    /// A timeline event; no filter hides it.
    Event { id: String },
}

impl Target {
    pub fn position(p: &Position) -> Target {
        Target::Position {
            id: p.id.clone(),
            actor: p.actor.clone(),
            topic: p.topic.clone(),
        }
    }

    pub fn event(e: &Event) -> Target {
        Target::Event { id: e.id.clone() }
    }

    /// The item `citer` names in `briefing`, if it exists.
    pub fn of(briefing: &Briefing, citer: Citer) -> Option<Target> {
        match citer {
            Citer::Position(i) => briefing.positions.get(i).map(Target::position),
            Citer::Event(i) => briefing.events.get(i).map(Target::event),
        }
    }

    /// The item with this id (positions first), if any.
    pub fn by_id(briefing: &Briefing, id: &str) -> Option<Target> {
        citer_by_id(briefing, id).and_then(|c| Target::of(briefing, c))
    }

    pub fn id(&self) -> &str {
        match self {
            Target::Position { id, .. } | Target::Event { id } => id,
        }
    }

    /// The view that shows the item.
    pub fn view(&self) -> View {
        match self {
            Target::Position { .. } => View::Cards,
            Target::Event { .. } => View::Timeline,
        }
    }

    /// The least filtering that still shows the item: its own cell for a position (the
    /// one card among that actor's and topic's), nothing for an event.
    pub fn filter(&self) -> Filter {
        match self {
            Target::Position { actor, topic, .. } => Filter::for_cell(actor, topic),
            Target::Event { .. } => Filter::default(),
        }
    }
}

/// The position or event with this id (positions first), as a citer.
pub fn citer_by_id(briefing: &Briefing, id: &str) -> Option<Citer> {
    briefing
        .positions
        .iter()
        .position(|p| p.id == id)
        .map(Citer::Position)
        .or_else(|| {
            briefing
                .events
                .iter()
                .position(|e| e.id == id)
                .map(Citer::Event)
        })
}

impl ExploreState {
    /// Lands on `target`: its view and `cite=` naming it. The reader's filters stay when
    /// they already show it (`shown`): a link never narrows what the reader chose for no
    /// reason. When they hide it, they give way to the least that shows it.
    pub fn land_on(&mut self, target: &Target, shown: bool) {
        if !shown {
            self.filter = target.filter();
        }
        self.view = target.view();
        self.cite = Some(target.id().to_string());
    }

    /// Opens the source reader on the passage `id` quotes.
    pub fn show_in_source(&mut self, id: &str) {
        self.view = View::Source;
        self.cite = Some(id.to_string());
    }

    /// The state a shareable link to `target` carries: only the landing, the briefing it
    /// belongs to (`src=`) and the interface language; nothing else of this reader's state.
    pub fn link_to(&self, target: &Target) -> ExploreState {
        let mut link = ExploreState {
            other: self
                .other
                .iter()
                .filter(|(k, _)| k == "src" || k == "lang")
                .cloned()
                .collect(),
            ..ExploreState::default()
        };
        link.land_on(target, false);
        link
    }
}
