//! Data honesty for the default briefing: every sentence of the article that states a
//! position, a concern, a demand or an event is cited by at least one position or event.
//!
//! The sentences nothing cites must be exactly the reviewed allow-list below, each with its
//! reason; a new uncited sentence, or an allow-listed one that becomes cited, fails.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use briefing_explorer::briefing::embedded::default_briefing;
use briefing_explorer::briefing::Briefing;

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

/// A sentence of a source: its character range and its text.
struct Sentence {
    start: usize,
    end: usize,
    text: String,
}

/// Splits text into lines, and lines into sentences ending in '.', '!' or '?' followed by
/// a space; a line without such an ending (a heading) is one sentence.
fn sentences(text: &str) -> Vec<Sentence> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let flush = |from: usize, to: usize, out: &mut Vec<Sentence>| {
        let raw: String = chars[from..to].iter().collect();
        let lead = raw.len() - raw.trim_start().len();
        let lead_chars = raw[..lead].chars().count();
        let text = raw.trim().to_string();
        if !text.is_empty() {
            out.push(Sentence {
                start: from + lead_chars,
                end: from + lead_chars + text.chars().count(),
                text,
            });
        }
    };
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '\n' {
            flush(start, i, &mut out);
            start = i + 1;
        } else if matches!(chars[i], '.' | '!' | '?') {
            // A sentence may close inside quotation marks: “… no.”
            let mut end = i + 1;
            while end < chars.len() && matches!(chars[end], '”' | '’' | '"' | '\'' | ')') {
                end += 1;
            }
            if chars.get(end).is_none_or(|c| c.is_whitespace()) {
                flush(start, end, &mut out);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    flush(start, chars.len(), &mut out);
    out
}

/// Every (source, start, end) any position or event quotes.
fn cited_ranges(b: &Briefing) -> Vec<(&str, usize, usize)> {
    let quotes = b.positions.iter().flat_map(|p| &p.quotes);
    let quotes = quotes.chain(b.events.iter().flat_map(|e| &e.quotes));
    quotes
        .map(|q| (q.source.as_str(), q.start, q.end))
        .collect()
}

#[test]
fn sentence_splitting_keeps_offsets_in_characters() {
    let text = "Kyiv’s “no.” Heading\nOne. Two? Three";
    let got: Vec<(usize, usize, String)> = sentences(text)
        .into_iter()
        .map(|s| (s.start, s.end, s.text))
        .collect();
    assert_eq!(
        got,
        [
            (0, 12, "Kyiv’s “no.”".to_string()),
            (13, 20, "Heading".to_string()),
            (21, 25, "One.".to_string()),
            (26, 30, "Two?".to_string()),
            (31, 36, "Three".to_string()),
        ]
    );
}

#[test]
fn every_sentence_that_states_something_is_cited() {
    let briefing = default_briefing().expect("valid default briefing");
    let cited = cited_ranges(&briefing);
    let mut uncited = BTreeSet::new();
    let mut total = 0;
    for source in &briefing.sources {
        for sentence in sentences(&source.text) {
            total += 1;
            let is_cited = cited.iter().any(|&(src, start, end)| {
                src == source.id && start < sentence.end && sentence.start < end
            });
            if !is_cited {
                uncited.insert(sentence.text);
            }
        }
    }
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
