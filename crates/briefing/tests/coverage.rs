//! Data honesty for the default briefing: every sentence of the article that states a
//! position, a concern, a demand or an event is cited by at least one position or event.
//!
//! The sentences nothing cites must be exactly the reviewed allow-list below, each with its
//! reason; a new uncited sentence, or an allow-listed one that becomes cited, fails.
//! Sentences are split by the library (`briefing::coverage`, what `briefing coverage`
//! prints), which tests the splitting itself.

mod common;

use std::collections::BTreeSet;

use briefing::coverage::uncited;
use common::default_briefing;

/// Uncited sentences, reviewed: (the sentence, why nothing needs to cite it).
const ALLOWED_UNCITED: &[(&str, &str)] = &[
    (
        "Focus on Conditions — Not Just Ceasefire",
        "section heading: the article's own signpost, it states no one's position",
    ),
    (
        "War Fatigue Meets Security Concerns",
        "section heading: its two themes are cited in the sentences below it",
    ),
    (
        "A Cautious Path Forward",
        "section heading: the article's own signpost, it states no one's position",
    ),
];

#[test]
fn every_sentence_that_states_something_is_cited() {
    let briefing = default_briefing().expect("valid default briefing");
    let coverage = uncited(&briefing);
    let total: usize = coverage.iter().map(|c| c.sentences).sum();
    let uncited: BTreeSet<String> = coverage
        .into_iter()
        .flat_map(|c| c.uncited)
        .map(|s| s.text)
        .collect();
    let allowed: BTreeSet<String> = ALLOWED_UNCITED.iter().map(|(s, _)| s.to_string()).collect();
    println!("{total} sentences, {} uncited:", uncited.len());
    for (sentence, reason) in ALLOWED_UNCITED {
        println!("  {sentence:?}: {reason}");
    }
    assert_eq!(
        uncited, allowed,
        "uncited sentences differ from the reviewed allow-list"
    );
}

#[test]
fn no_actor_or_topic_is_left_without_a_citation() {
    let briefing = default_briefing().expect("valid default briefing");
    for actor in &briefing.actors {
        let cited = briefing.positions.iter().any(|p| p.actor == actor.id)
            || briefing.events.iter().any(|e| e.actors.contains(&actor.id));
        assert!(cited, "actor {} is cited by no position or event", actor.id);
    }
    for topic in &briefing.topics {
        let cited = briefing.positions.iter().any(|p| p.topic == topic.id)
            || briefing.events.iter().any(|e| e.topics.contains(&topic.id));
        assert!(cited, "topic {} is cited by no position or event", topic.id);
    }
}

#[test]
fn aliases_are_the_article_s_own_words() {
    let briefing = default_briefing().expect("valid default briefing");
    let text: String = briefing.sources.iter().map(|s| s.text.as_str()).collect();
    for actor in &briefing.actors {
        for alias in &actor.aliases {
            assert!(
                text.contains(alias.as_str()),
                "alias {alias:?} of {} does not occur in the source",
                actor.id
            );
        }
    }
}
