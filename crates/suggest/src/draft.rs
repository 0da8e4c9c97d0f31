//! A draft briefing made from suggestions, for the editor to finish: the source text kept
//! exactly, the suggested actors, one position per quotation (its speaker as the actor,
//! its quote anchored by start and end) and one event per dated passage (anchored to
//! its sentence). What only the editor can say is left empty — topics, stances,
//! summaries, event titles, and how we know a reported statement — so the validator
//! lists it as still to do; every quote it holds is verbatim, so none of those problems
//! is about a quote. The studio opens it as any briefing being written.

use std::collections::HashSet;

use briefing::ids::id_from_name;
use briefing::model::FORMAT;
use briefing::validate::sha256_hex;
use briefing::{
    Actor, Attribution, Briefing, Event, Phase as FormatPhase, Position, Quote, Source,
};

use crate::text::{sentences, Doc};
use crate::{Phase, QuoteKind, Suggestions};

/// What the draft says about itself.
#[derive(Debug, Clone)]
pub struct DraftMeta {
    pub id: String,
    pub title: String,
    /// BCP 47 tag of the text.
    pub language: String,
    pub source_id: String,
}

/// The draft briefing for `text` and its suggestions.
pub fn draft(text: &str, suggestions: &Suggestions, meta: &DraftMeta) -> Briefing {
    let mut taken = HashSet::new();
    let actors: Vec<Actor> = suggestions
        .actors
        .iter()
        .map(|a| Actor {
            id: unique(&mut taken, &id_from_name(&a.name)),
            name: a.name.clone(),
            kind: a.kind.as_str().into(),
            aliases: a.aliases.clone(),
            description: String::new(),
        })
        .collect();
    let actor_id = |name: &str| {
        suggestions
            .actors
            .iter()
            .position(|a| a.name == name)
            .map(|k| actors[k].id.clone())
            .unwrap_or_default()
    };
    let quote = |start: usize, end: usize, text: &str| Quote {
        source: meta.source_id.clone(),
        start,
        end,
        text: text.to_string(),
    };
    let positions = suggestions
        .quotes
        .iter()
        .enumerate()
        .map(|(n, q)| Position {
            id: format!("p{}", n + 1),
            actor: q.speaker.as_deref().map(actor_id).unwrap_or_default(),
            attribution: match (q.kind, &q.speaker) {
                (QuoteKind::Direct, Some(_)) => Attribution::Stated,
                _ => Attribution::default(),
            },
            quotes: vec![quote(q.start, q.end, &q.text)],
            ..Position::default()
        })
        .collect();
    Briefing {
        format: FORMAT.into(),
        id: meta.id.clone(),
        title: meta.title.clone(),
        summary: String::new(),
        language: meta.language.clone(),
        as_of: None,
        sources: vec![Source {
            id: meta.source_id.clone(),
            title: None,
            publisher: None,
            url: None,
            published: None,
            text: text.to_string(),
            sha256: sha256_hex(text),
        }],
        actors,
        topics: Vec::new(),
        positions,
        events: events(text, suggestions, meta),
    }
}

/// One event per dated passage, quoting the sentence it is in.
fn events(text: &str, suggestions: &Suggestions, meta: &DraftMeta) -> Vec<Event> {
    let doc = Doc::new(text);
    let direct: Vec<crate::Span> = suggestions
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .map(|q| crate::Span {
            start: q.start,
            end: q.end,
        })
        .collect();
    let sentences = sentences(&doc, &|at| crate::quotes::inside(&direct, at));
    suggestions
        .dates
        .iter()
        .enumerate()
        .map(|(n, d)| {
            let k = sentences.partition_point(|s| s.end <= d.start);
            let s = sentences
                .get(k)
                .copied()
                .filter(|s| s.start <= d.start)
                .unwrap_or(crate::Span {
                    start: d.start,
                    end: d.end,
                });
            Event {
                id: format!("e{}", n + 1),
                order: n as i64 + 1,
                when: d.text.clone(),
                phase: match d.phase {
                    Phase::Past => FormatPhase::Past,
                    Phase::Present => FormatPhase::Present,
                    Phase::Future => FormatPhase::Future,
                },
                quotes: vec![Quote {
                    source: meta.source_id.clone(),
                    start: s.start,
                    end: s.end,
                    text: doc.slice(s.start, s.end),
                }],
                ..Event::default()
            }
        })
        .collect()
}

/// `id`, or `id-2`, `id-3`… when taken.
fn unique(taken: &mut HashSet<String>, id: &str) -> String {
    let mut candidate = id.to_string();
    let mut n = 2;
    while !taken.insert(candidate.clone()) {
        candidate = format!("{id}-{n}");
        n += 1;
    }
    candidate
}

/// The language a text is most likely written in, among those the rules know: `uk` for
/// Cyrillic, `fr` when French function words outnumber English ones, else `en`.
pub fn guess_language(text: &str) -> &'static str {
    let sample: String = text.chars().take(20_000).collect();
    let cyrillic = sample
        .chars()
        .filter(|c| ('\u{0400}'..='\u{04FF}').contains(c))
        .count();
    let latin = sample.chars().filter(|c| c.is_ascii_alphabetic()).count();
    if cyrillic > latin {
        return "uk";
    }
    let count = |words: &[&str]| {
        sample
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| words.contains(&w.to_lowercase().as_str()))
            .count()
    };
    let french = count(&[
        "le", "la", "les", "des", "est", "et", "une", "que", "dans", "pour",
    ]);
    let english = count(&[
        "the", "and", "is", "of", "to", "that", "in", "for", "with", "said",
    ]);
    if french > english {
        "fr"
    } else {
        "en"
    }
}
