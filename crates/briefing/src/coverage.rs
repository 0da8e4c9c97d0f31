//! Which sentences of each source nothing in a briefing cites: how an editor checks that
//! every statement of the article made it into the briefing.
//!
//! A sentence is cited when any quote of any position or event shares at least one
//! character with it. Sentences are found by [`sentences`]: lines, then sentence ends.

use super::model::{Briefing, Source};

/// A sentence of a source: its character range (end exclusive) and its text, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Splits text into lines, and lines into sentences ending in '.', '!' or '?' followed by
/// white space or the end (closing quotation marks and brackets stay with the sentence:
/// `“… no.”`); a line without such an ending (a heading) is one sentence. Offsets are in
/// characters, as quotes count them; blank stretches give no sentence.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let push = |from: usize, to: usize, out: &mut Vec<Sentence>| {
        let part = &chars[from..to];
        let lead = part.iter().take_while(|c| c.is_whitespace()).count();
        let trail = part[lead..]
            .iter()
            .rev()
            .take_while(|c| c.is_whitespace())
            .count();
        if lead < part.len() {
            out.push(Sentence {
                start: from + lead,
                end: to - trail,
                text: part[lead..part.len() - trail].iter().collect(),
            });
        }
    };
    let (mut start, mut i) = (0, 0);
    while i < chars.len() {
        if chars[i] == '\n' {
            push(start, i, &mut out);
            start = i + 1;
        } else if matches!(chars[i], '.' | '!' | '?') {
            let mut end = i + 1;
            while end < chars.len() && matches!(chars[end], '”' | '’' | '"' | '\'' | ')') {
                end += 1;
            }
            if chars.get(end).is_none_or(|c| c.is_whitespace()) {
                push(start, end, &mut out);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    push(start, chars.len(), &mut out);
    out
}

/// One source's coverage.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceCoverage<'a> {
    pub source: &'a Source,
    /// How many sentences the source has.
    pub sentences: usize,
    /// The sentences no quote touches, in order.
    pub uncited: Vec<Sentence>,
}

/// Every source of `b`, in order, with the sentences nothing in `b` cites.
pub fn uncited(b: &Briefing) -> Vec<SourceCoverage<'_>> {
    let quotes: Vec<_> = b
        .positions
        .iter()
        .flat_map(|p| &p.quotes)
        .chain(b.events.iter().flat_map(|e| &e.quotes))
        .collect();
    b.sources
        .iter()
        .map(|source| {
            let mut ranges: Vec<(usize, usize)> = quotes
                .iter()
                .filter(|q| q.source == source.id)
                .map(|q| (q.start, q.end))
                .collect();
            ranges.sort_unstable();
            let all = sentences(&source.text);
            // Sentences come in order, so the quotes starting before a sentence's end only
            // grow; the sentence is cited when the furthest end among them passes its start.
            let (mut next, mut furthest) = (0, 0);
            let mut uncited = Vec::new();
            let total = all.len();
            for sentence in all {
                while next < ranges.len() && ranges[next].0 < sentence.end {
                    furthest = furthest.max(ranges[next].1);
                    next += 1;
                }
                if furthest <= sentence.start {
                    uncited.push(sentence);
                }
            }
            SourceCoverage {
                source,
                sentences: total,
                uncited,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_quote_touching_one_character_cites_the_sentence() {
        use crate::{Position, Quote};
        let text = "One. Two. Three.";
        let quote = |start, end| Quote {
            source: "s".into(),
            start,
            end,
            text: text.chars().skip(start).take(end - start).collect(),
        };
        let b = Briefing {
            sources: vec![Source {
                id: "s".into(),
                text: text.into(),
                ..Source::default()
            }],
            positions: vec![Position {
                quotes: vec![quote(3, 6), quote(0, 2)],
                ..Position::default()
            }],
            ..Briefing::default()
        };
        let coverage = uncited(&b);
        assert_eq!(coverage[0].sentences, 3);
        let left: Vec<&str> = coverage[0]
            .uncited
            .iter()
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(left, ["Three."]);
    }
}
