//! The timeline as data: the shown events by phase (past, present, future, each in the
//! source's order), and what an event links to.

use briefing::{Briefing, Event, Phase};

/// The events of one phase that are drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhaseEvents {
    pub phase: Phase,
    /// Indexes into `briefing.events`, in timeline order.
    pub events: Vec<usize>,
}

/// `events` (in timeline order) split by phase, one entry per phase of `Phase::ALL` even
/// when empty: the "now" marker stands between past and future anyway.
pub fn by_phase(b: &Briefing, events: &[usize]) -> Vec<PhaseEvents> {
    Phase::ALL
        .iter()
        .map(|phase| PhaseEvents {
            phase: phase.clone(),
            events: events
                .iter()
                .copied()
                .filter(|&i| b.events.get(i).is_some_and(|e| e.phase == *phase))
                .collect(),
        })
        .collect()
}

/// The positions an event involves: those stated in the passages the event cites (an
/// actor's position on the same topic said elsewhere in the article is not), as indexes
/// into `briefing.positions` in briefing order.
pub fn involved_positions(b: &Briefing, event: &Event) -> Vec<usize> {
    b.positions
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            p.quotes
                .iter()
                .any(|q| event.quotes.iter().any(|e| e.overlaps(q)))
        })
        .map(|(i, _)| i)
        .collect()
}

/// The event's actors and topics, as indexes, in briefing order.
pub fn event_links(b: &Briefing, event: &Event) -> (Vec<usize>, Vec<usize>) {
    let actors = b
        .actors
        .iter()
        .enumerate()
        .filter(|(_, a)| event.actors.contains(&a.id))
        .map(|(i, _)| i)
        .collect();
    let topics = b
        .topics
        .iter()
        .enumerate()
        .filter(|(_, t)| event.topics.contains(&t.id))
        .map(|(i, _)| i)
        .collect();
    (actors, topics)
}
