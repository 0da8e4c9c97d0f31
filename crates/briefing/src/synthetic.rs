//! Deterministic synthetic briefings for benchmarks and scale tests: a seed and a number
//! of positions give the same valid briefing every time, with proportional actors, topics
//! and events and a source text long enough for every quote.
//!
//! The text is clearly artificial ("Synthetic actor 12 …") so it can never pass for news.

use crate::validate::sha256_hex;
use crate::{Actor, Attribution, Briefing, Event, Phase, Position, Quote, Source, Stance, Topic};

/// SplitMix64: tiny, fast and good enough to vary fixture data; not for anything secret.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const VERBS: &[&str] = &["insists", "says", "warns", "notes", "argues", "suggests"];
const NOUNS: &[&str] = &[
    "guarantees",
    "sanctions",
    "borders",
    "corridors",
    "a “freeze”",
    "reconstruction",
];

/// A valid synthetic briefing with `positions` positions.
pub fn generate(seed: u64, positions: usize) -> Briefing {
    let mut rng = Rng(seed);
    let n_actors = (positions / 20).max(8);
    let n_topics = (positions / 50).max(6);
    let n_events = (positions / 10).max(5);

    let actors: Vec<Actor> = (0..n_actors)
        .map(|i| Actor {
            id: format!("actor-{i}"),
            name: format!("Synthetic actor {i}"),
            kind: ["state", "bloc", "group", "experts"][i % 4].to_string(),
            aliases: vec![format!("Capital {i}")],
            description: format!("A made-up actor for scale tests (#{i})."),
        })
        .collect();
    let topics: Vec<Topic> = (0..n_topics)
        .map(|i| Topic {
            id: format!("topic-{i}"),
            label: format!("Synthetic topic {i} — {}", NOUNS[i % NOUNS.len()]),
            description: format!("A made-up topic for scale tests (#{i})."),
        })
        .collect();

    // One sentence per position and per event; quotes cite their own sentence, so offsets
    // are computed while the text is written (in characters, as the format counts).
    let mut text = String::new();
    let mut chars = 0usize;
    let mut sentence = |text: &mut String, body: String| -> Quote {
        let start = chars;
        let len = body.chars().count();
        text.push_str(&body);
        text.push(if ends_paragraph(start) { '\n' } else { ' ' });
        chars += len + 1;
        Quote {
            source: "synthetic".into(),
            start,
            end: start + len,
            text: body,
        }
    };

    let mut out_positions = Vec::with_capacity(positions);
    for i in 0..positions {
        let a = rng.below(n_actors);
        let t = rng.below(n_topics);
        let stance = Stance::ALL[rng.below(Stance::ALL.len())].clone();
        let attribution = Attribution::ALL[rng.below(Attribution::ALL.len())].clone();
        let verb = VERBS[rng.below(VERBS.len())];
        // Short, but with curly quotes, a dash and an accent so offsets are in characters.
        let body = format!("Actor {a} {verb} “topic {t}” — case {i}, naïvely.");
        let quote = sentence(&mut text, body);
        out_positions.push(Position {
            id: format!("position-{i}"),
            actor: actors[a].id.clone(),
            topic: topics[t].id.clone(),
            stance,
            summary: format!("Actor {a} on topic {t}."),
            attribution,
            quotes: vec![quote],
        });
    }
    let mut events = Vec::with_capacity(n_events);
    for i in 0..n_events {
        let phase = Phase::ALL[(i * Phase::ALL.len()) / n_events].clone();
        let involved: Vec<String> = (0..2)
            .map(|_| actors[rng.below(n_actors)].id.clone())
            .collect();
        let topic = topics[rng.below(n_topics)].id.clone();
        let quote = sentence(
            &mut text,
            format!("In synthetic step {i}, the talks move on."),
        );
        events.push(Event {
            id: format!("event-{i}"),
            order: i as i64 + 1,
            when: format!("step {i}"),
            phase,
            title: format!("Synthetic event {i}"),
            summary: format!("Step {i} of a made-up timeline."),
            actors: involved,
            topics: vec![topic],
            quotes: vec![quote],
        });
    }

    Briefing {
        format: crate::model::FORMAT.into(),
        id: format!("synthetic-{seed}-{positions}"),
        title: format!("Synthetic briefing: {positions} positions (fictional, for testing)"),
        summary: "Generated data for scale and speed tests. Nothing here is news.".into(),
        language: "en".into(),
        as_of: None,
        sources: vec![Source {
            id: "synthetic".into(),
            title: Some("Synthetic source text (fictional)".into()),
            publisher: None,
            url: None,
            published: None,
            sha256: sha256_hex(&text),
            text,
        }],
        actors,
        topics,
        positions: out_positions,
        events,
    }
}

/// Every 7th sentence ends a paragraph, for a text that reads in blocks.
fn ends_paragraph(at: usize) -> bool {
    at % 7 == 3
}

#[cfg(test)]
mod tests {
    use super::generate;
    use crate::validate;

    #[test]
    fn is_valid_deterministic_and_proportional() {
        let a = generate(7, 1_000);
        assert_eq!(validate(&a), vec![]);
        assert_eq!(a, generate(7, 1_000));
        assert_ne!(a, generate(8, 1_000));
        assert_eq!(
            (
                a.positions.len(),
                a.actors.len(),
                a.topics.len(),
                a.events.len()
            ),
            (1_000, 50, 20, 100)
        );
    }
}
