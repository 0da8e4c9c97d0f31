//! Who said each quotation: the name, body or group a reporting verb attributes it to,
//! after the quotation ("…,” said Rell", "…,” Rell told reporters", "…», a-t-il
//! déclaré", "«…», — сказала Коваль", "…,” according to the ministry") or before it
//! ("Rell said: “…”", "Rell’s statement reads: “…”", "According to Rell, “…”", "Rell
//! said the plan was “dead”"). A pronoun or a role alone ("she", "the minister") is
//! resolved to the nearest speaker named before it that fits; a paragraph that only
//! continues a quotation keeps the speaker of the one before. When none of that holds,
//! the speaker is left unknown rather than guessed.

use crate::actors::Actors;
pub use crate::found::{Found, Speaker};
use crate::lexicon::{inversion, is_reporting_verb, lexicon, ACCORDING};
use crate::names::{joined, person_at, subject_after, subject_before, Phrase, Refers};
use crate::quotes::{inside, QuoteKind};
use crate::reported;
use crate::text::{same_word, sentences, Doc};
use crate::{ActorKind, Passage, QuoteSuggestion, Span};

/// An attribution before resolving pronouns and roles.
struct Raw {
    subject: Phrase,
    evidence: Span,
    /// Taken from the quotation before (a paragraph that goes on quoting).
    continued: bool,
}

/// Every quotation, direct and reported, in order, with its speaker.
pub fn attribute(doc: &Doc, direct: &[Span]) -> Vec<Found> {
    let sentences = sentences(doc, &|at| inside(direct, at));
    let mut raw: Vec<(Span, QuoteKind, Option<Raw>)> = Vec::new();
    for (n, &q) in direct.iter().enumerate() {
        let next = direct.get(n + 1).map_or(doc.chars.len(), |s| s.start);
        let prev = n.checked_sub(1).map_or(0, |p| direct[p].end);
        let sentence = sentence_of(&sentences, q.start);
        let found = after_quote(doc, q, next).or_else(|| before_quote(doc, q, prev, sentence));
        raw.push((q, QuoteKind::Direct, found));
    }
    for r in reported::find(doc, &sentences, direct) {
        let found = Raw {
            subject: r.subject,
            evidence: r.evidence,
            continued: false,
        };
        raw.push((r.span, QuoteKind::Reported, Some(found)));
    }
    raw.sort_by_key(|(span, kind, _)| (span.start, *kind == QuoteKind::Reported));
    resolve(doc, raw, direct)
}

fn sentence_of(sentences: &[Span], at: usize) -> Span {
    let k = sentences.partition_point(|s| s.end <= at);
    sentences
        .get(k)
        .copied()
        .unwrap_or(Span { start: 0, end: at })
}

/// The words right after a quotation that attribute it, up to the end of its sentence
/// or the next quotation.
fn after_quote(doc: &Doc, q: Span, next: usize) -> Option<Raw> {
    let last_inner = doc.chars[q.start..q.end - 1]
        .iter()
        .rev()
        .find(|c| !c.is_whitespace());
    // "“We will sign.” Rell said the deal…": a quotation closed with a full stop ends
    // its sentence, and what follows starts another.
    if last_inner == Some(&'.')
        && !doc.chars[q.end..]
            .iter()
            .take(4)
            .any(|c| matches!(c, ',' | '—' | '–'))
    {
        return None;
    }
    let first = doc.word_at_or_after(q.end);
    let word = doc.words.get(first)?;
    let gap = &doc.chars[q.end..word.start];
    let para = doc.paragraph_of(q.end.saturating_sub(1));
    if word.paragraph != para
        || word.start >= next
        || !gap
            .iter()
            .all(|c| c.is_whitespace() || matches!(c, ',' | '—' | '–' | '-'))
    {
        return None;
    }
    let ceiling = window_end(doc, first, next);
    verb_first(doc, first, ceiling)
        .or_else(|| subject_first(doc, first, ceiling))
        .or_else(|| according_to(doc, first, ceiling))
}

/// Where the words after a quotation stop: at a sentence's end, a colon, a quotation
/// mark, the next quotation, or after twelve words.
fn window_end(doc: &Doc, first: usize, next: usize) -> usize {
    let mut k = first + 1;
    while k < doc.words.len() && k < first + 12 && doc.words[k].start < next {
        let stops = doc.gap_before(k).iter().any(|c| {
            matches!(
                c,
                '.' | '!' | '?' | ';' | ':' | '“' | '”' | '"' | '«' | '»' | '\n' | '\r'
            )
        });
        if stops && !joined(doc, k) {
            break;
        }
        k += 1;
    }
    k.min(doc.words.len())
}

/// "said Rell", "a déclaré le ministre", "a-t-il déclaré", "dit-elle", "сказала Коваль".
fn verb_first(doc: &Doc, first: usize, ceiling: usize) -> Option<Raw> {
    let lex = lexicon();
    let w = &doc.words[first].lower;
    let pronoun_of = |i: usize| -> Option<Phrase> {
        let (_, pronoun) = inversion(&doc.words[i].lower)?;
        let span = Span {
            start: doc.words[i].start,
            end: doc.words[i].end,
        };
        Some(Phrase {
            span,
            name: span,
            role: None,
            refers: Refers::Pronoun(!matches!(pronoun, "ils" | "elles")),
        })
    };
    // French: "a déclaré X", "a-t-il déclaré", "dit-elle".
    let (verb, inverted) = if matches!(w.as_str(), "a" | "ont")
        || inversion(w).is_some_and(|(v, _)| v == "a" || v == "ont")
    {
        (first + 1, pronoun_of(first))
    } else {
        (first, pronoun_of(first))
    };
    if verb >= ceiling || !is_reporting_verb(doc, verb) {
        return None;
    }
    let verb_word = &doc.words[verb];
    let subject = inverted
        .or_else(|| pronoun_of(verb))
        .or_else(|| subject_after(doc, verb, ceiling))?;
    let _ = lex;
    let evidence = Span {
        start: doc.words[first].start,
        end: subject.span.end.max(verb_word.end),
    };
    Some(Raw {
        subject,
        evidence,
        continued: false,
    })
}

/// "Rell said", "she added", "Коваль наголосила", "the ministry said in a statement".
fn subject_first(doc: &Doc, first: usize, ceiling: usize) -> Option<Raw> {
    let v = (first + 1..ceiling.min(first + 8)).find(|&v| is_reporting_verb(doc, v))?;
    // The subject may come after an apposition: "…,” the guild's chair, Ines Marrow,
    // said.
    let subject = subject_before(doc, v, first)?;
    Some(Raw {
        evidence: Span {
            start: subject.span.start,
            end: doc.words[v].end,
        },
        subject,
        continued: false,
    })
}

/// "according to the ministry", "selon le ministre", "за словами міністерки Коваль": the
/// phrase's words from word `from`, then the subject after them.
fn according_to(doc: &Doc, from: usize, ceiling: usize) -> Option<Raw> {
    for k in from..ceiling {
        for phrase in ACCORDING {
            let end = k + phrase.len();
            if end > ceiling
                || !phrase
                    .iter()
                    .enumerate()
                    .all(|(j, w)| doc.words[k + j].lower == *w)
            {
                continue;
            }
            let subject = match subject_after(doc, end - 1, ceiling) {
                Some(p) if !matches!(p.refers, Refers::Definite(_)) => p,
                // "according to its director, Samuel Oduya,".
                found => crate::names::apposition(doc, end, ceiling).or(found)?,
            };
            return Some(Raw {
                evidence: Span {
                    start: doc.words[k].start,
                    end: subject.span.end,
                },
                subject,
                continued: false,
            });
        }
    }
    None
}

/// The attribution before a quotation, in its sentence: "Rell said: “…”", "According to
/// Rell, “…”", "Rell said the plan was “dead”".
fn before_quote(doc: &Doc, q: Span, prev: usize, sentence: Span) -> Option<Raw> {
    let floor_at = sentence.start.max(prev);
    let first = doc.word_at_or_after(floor_at);
    let end = doc.word_at_or_after(q.start);
    if first >= end {
        return None;
    }
    if let Some(found) = according_to(doc, first, end) {
        return Some(found);
    }
    for v in (first..end).rev() {
        if !is_reporting_verb(doc, v) {
            continue;
        }
        let subject = subject_before(doc, v, first).or_else(|| subject_after(doc, v, end))?;
        let evidence = Span {
            start: subject.span.start.min(doc.words[v].start),
            end: subject.span.end.max(doc.words[v].end),
        };
        return Some(Raw {
            subject,
            evidence,
            continued: false,
        });
    }
    None
}

/// A named speaker seen so far, for pronouns and roles to refer to.
#[derive(Clone)]
struct Named {
    speaker: Speaker,
    /// The lowercase words of its name and role.
    words: Vec<String>,
}

/// Resolves pronouns and roles in text order, and lets a quotation that only goes on
/// quoting keep the speaker of the quotation before.
fn resolve(doc: &Doc, raw: Vec<(Span, QuoteKind, Option<Raw>)>, direct: &[Span]) -> Vec<Found> {
    let mut named: Vec<Named> = Vec::new();
    let mut out: Vec<Found> = Vec::with_capacity(raw.len());
    let mut last_direct: Option<(Span, Speaker)> = None;
    for (span, kind, found) in raw {
        let found = found.or_else(|| continued(doc, span, kind, &last_direct));
        let speaker = found.and_then(|r| {
            let speaker = speaker_of(doc, &r, &named, direct)?;
            if !r.continued && matches!(r.subject.refers, Refers::Named(_)) {
                named.push(Named {
                    words: words_of(doc, &speaker),
                    speaker: speaker.clone(),
                });
            }
            Some(speaker)
        });
        if kind == QuoteKind::Direct {
            last_direct = speaker.clone().map(|s| (span, s));
        }
        out.push(Found {
            span,
            kind,
            speaker,
        });
    }
    out
}

/// A direct quotation with no attribution of its own that opens a sentence right after
/// an attributed one — in the same paragraph, or opening the next — with no other
/// reporting verb between: the same speaker goes on, as newspapers write it.
fn continued(
    doc: &Doc,
    span: Span,
    kind: QuoteKind,
    last: &Option<(Span, Speaker)>,
) -> Option<Raw> {
    let (before, speaker) = last.as_ref()?;
    if kind != QuoteKind::Direct {
        return None;
    }
    let para = doc.paragraph_of(before.start);
    let here = doc.paragraph_of(span.start);
    let lead = &doc.chars[doc.paragraphs[here].start..span.start];
    let opens_paragraph = lead.iter().all(|c| c.is_whitespace());
    let opens_sentence = lead
        .iter()
        .rev()
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '…'));
    let from = doc.word_at_or_after(before.end.max(speaker.evidence.end));
    let to = doc.word_at_or_after(span.start);
    let other_verb = (from..to).any(|v| is_reporting_verb(doc, v));
    let fits = (here == para && opens_sentence) || (here == para + 1 && opens_paragraph);
    if !fits || other_verb {
        return None;
    }
    Some(Raw {
        subject: Phrase {
            span: speaker.name,
            name: speaker.name,
            role: speaker.role,
            refers: Refers::Named(speaker.kind),
        },
        evidence: speaker.evidence,
        continued: true,
    })
}

/// How many words back a pronoun's person is looked for.
const MAX_LOOKBACK: usize = 120;

/// The person a pronoun at `at` most likely stands for: the nearest earlier mention, in
/// its paragraph or the one before and outside quotations, of a speaker named so far
/// (by a word of their name, or "the" and their role), or of a person named with a role
/// ("The League’s chief negotiator, Tomas Hale").
fn nearest_person(doc: &Doc, at: usize, named: &[Named], direct: &[Span]) -> Option<Speaker> {
    let lex = lexicon();
    let end = doc.word_at_or_after(at);
    let para = doc.paragraph_of(at);
    let floor = doc.paragraphs[para.saturating_sub(1)].start;
    let person = |n: &&Named| matches!(n.speaker.kind, ActorKind::Person | ActorKind::Other);
    // At most 120 words back: a paragraph and more, which is where a pronoun looks,
    // and a text of a million "he said" stays linear.
    // The quotations starting before the word looked at, walked back with it.
    let mut before = direct.partition_point(|q| q.start < at);
    for k in (end.saturating_sub(MAX_LOOKBACK)..end).rev() {
        let w = &doc.words[k];
        if w.start < floor {
            break;
        }
        while before > 0 && direct[before - 1].start > w.start {
            before -= 1;
        }
        if before > 0 && direct[before - 1].end > w.start {
            continue;
        }
        let by_name = w.capital && !lex.is_role(&w.lower);
        let the_role = lex.is_role(&w.lower)
            && k > 0
            && matches!(doc.words[k - 1].lower.as_str(), "the" | "le" | "la");
        if by_name || the_role {
            let hit = named
                .iter()
                .rev()
                .filter(person)
                .find(|n| n.words.iter().any(|x| x == &w.lower));
            if let Some(n) = hit {
                return Some(n.speaker.clone());
            }
        }
        if let Some(name) = person_at(doc, k) {
            return Some(Speaker {
                name,
                role: None,
                kind: ActorKind::Person,
                evidence: name,
            });
        }
    }
    None
}

fn words_of(doc: &Doc, speaker: &Speaker) -> Vec<String> {
    let mut spans = vec![speaker.name];
    spans.extend(speaker.role);
    let mut out = Vec::new();
    for s in spans {
        let from = doc.word_at_or_after(s.start);
        let to = doc.word_at_or_after(s.end);
        out.extend(doc.words[from..to].iter().map(|w| w.lower.clone()));
    }
    out
}

/// The speaker a raw attribution names, resolving a pronoun or a role alone to the
/// nearest fitting speaker named before; `None` when nothing fits.
fn speaker_of(doc: &Doc, raw: &Raw, named: &[Named], direct: &[Span]) -> Option<Speaker> {
    let referred = |fits: &dyn Fn(&Named) -> bool| {
        named.iter().rev().find(|n| fits(n)).map(|n| Speaker {
            evidence: raw.evidence,
            ..n.speaker.clone()
        })
    };
    match &raw.subject.refers {
        Refers::Named(kind) => Some(Speaker {
            name: raw.subject.name,
            role: raw.subject.role,
            kind: *kind,
            evidence: raw.evidence,
        }),
        Refers::Pronoun(true) => nearest_person(doc, raw.subject.span.start, named, direct)
            .map(|s| Speaker {
                evidence: raw.evidence,
                ..s
            })
            .or_else(|| {
                referred(&|n| matches!(n.speaker.kind, ActorKind::Person | ActorKind::Other))
            }),
        Refers::Pronoun(false) => referred(&|n| {
            matches!(
                n.speaker.kind,
                ActorKind::Group | ActorKind::Experts | ActorKind::Organisation | ActorKind::Other
            )
        }),
        // "The statement said": whoever issued it, the speaker named last.
        Refers::Definite(word) if lexicon().is_statement(word) => referred(&|_| true),
        Refers::Definite(word) => referred(&|n| n.words.iter().any(|w| same_word(w, word))),
    }
}

impl Found {
    /// The suggestion, its speaker named as the actor it belongs to.
    pub fn into_suggestion(self, doc: &Doc, actors: &Actors) -> QuoteSuggestion {
        let (speaker, evidence) = match &self.speaker {
            Some(s) => (
                Some(actors.name_for(doc, s.name)),
                Some(Passage {
                    start: s.evidence.start,
                    end: s.evidence.end,
                    text: doc.slice(s.evidence.start, s.evidence.end),
                }),
            ),
            None => (None, None),
        };
        QuoteSuggestion {
            start: self.span.start,
            end: self.span.end,
            text: doc.slice(self.span.start, self.span.end),
            kind: self.kind,
            speaker,
            evidence,
        }
    }
}
