//! Reported statements: a clause in which a named actor, a group or a body is said to
//! say something in the writer's words — "Kyiv maintains that …", "officials say
//! discussions have touched on …", "European representatives stressed that …". Briefings
//! quote these as much as words in quotation marks (the seed article's positions almost
//! all are), so they are suggested too, as `reported` quotations.
//!
//! A sentence is cut into clauses at the places where a second subject usually takes
//! over (", while", "; ", ", but", ", whereas", and their French and Ukrainian
//! counterparts); a clause with a reporting verb and a subject is suggested, together
//! with the clauses after it that have none (which go on with what it reports).

use crate::names::{subject_before, Phrase};
use crate::text::{trim, Doc};
use crate::Span;

/// Where a clause may hand over to another subject.
const SEPARATORS: &[&str] = &[
    ", while ",
    "; ",
    ", whereas ",
    ", but ",
    ", tandis que ",
    ", alors que ",
    ", mais ",
    ", тоді як ",
    ", а ",
    ", але ",
    ", однак ",
];

/// A reported statement, with its subject and the words that attribute it.
#[derive(Debug, Clone)]
pub struct Reported {
    pub span: Span,
    pub subject: Phrase,
    pub evidence: Span,
}

/// The reported statements of the text, in order.
pub fn find(doc: &Doc, sentences: &[Span], direct: &[Span]) -> Vec<Reported> {
    let mut out = Vec::new();
    for &sentence in sentences {
        let clauses = clauses(doc, sentence);
        let mut statements: Vec<Reported> = Vec::new();
        for (n, clause) in clauses.iter().enumerate() {
            match statement(doc, *clause, direct) {
                Some(mut found) => {
                    // The first clause keeps what leads into it ("During the talks,").
                    if n == 0 {
                        found.span.start = sentence.start;
                    }
                    statements.push(found);
                }
                None => {
                    if let Some(last) = statements.last_mut() {
                        last.span.end = clause.end;
                    }
                }
            }
        }
        for mut found in statements {
            found.span = trim_end_punctuation(doc, found.span);
            out.push(found);
        }
    }
    out
}

/// The clauses of a sentence, each from the word after a separator to the separator.
fn clauses(doc: &Doc, sentence: Span) -> Vec<Span> {
    let text: String = doc.slice(sentence.start, sentence.end);
    let lower = text.to_lowercase();
    // Character positions of the separators, in the sentence.
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for sep in SEPARATORS {
        for (byte, _) in lower.match_indices(sep) {
            let at = lower[..byte].chars().count();
            cuts.push((at, at + sep.chars().count()));
        }
    }
    cuts.sort();
    let mut out = Vec::new();
    let mut start = 0;
    for (from, to) in cuts {
        if from < start {
            continue;
        }
        out.push(Span {
            start: sentence.start + start,
            end: sentence.start + from,
        });
        start = to;
    }
    out.push(Span {
        start: sentence.start + start,
        end: sentence.end,
    });
    out
}

/// The statement a clause reports, if it has a subject and a reporting verb and goes on
/// to say something in the writer's words (not only a quotation: "Rell said: “…”" is a
/// direct quotation's attribution, not a reported statement).
fn statement(doc: &Doc, clause: Span, direct: &[Span]) -> Option<Reported> {
    let inside = |at: usize| crate::quotes::inside(direct, at);
    let first = doc.word_at_or_after(clause.start);
    let end = doc.word_at_or_after(clause.end);
    for v in first..end {
        let w = &doc.words[v];
        if inside(w.start) || !crate::lexicon::is_reporting_verb(doc, v) {
            continue;
        }
        let Some(subject) = subject_before(doc, v, first) else {
            continue;
        };
        let said_in_own_words = (v + 1..end)
            .filter(|&k| !inside(doc.words[k].start))
            .count();
        let opens_a_quote = doc.chars[w.end..clause.end]
            .iter()
            .find(|c| !c.is_whitespace())
            .is_some_and(|&c| matches!(c, ':' | '“' | '"' | '«' | '„' | '‘'));
        if said_in_own_words < 3 || opens_a_quote {
            return None;
        }
        return Some(Reported {
            span: clause,
            evidence: Span {
                start: subject.span.start,
                end: w.end,
            },
            subject,
        });
    }
    None
}

fn trim_end_punctuation(doc: &Doc, span: Span) -> Span {
    let mut span = trim(&doc.chars, span).unwrap_or(span);
    while span.end > span.start && matches!(doc.chars[span.end - 1], ',' | ';' | ':' | ' ') {
        span.end -= 1;
    }
    span
}
