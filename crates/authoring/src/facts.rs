//! What the studio needs of a source text that depends on that text alone: its digest and
//! character index ([`TextFacts`]) and its sentences. A long source is read for these once,
//! when its text changes, never on a keystroke elsewhere in the draft: the draft keeps
//! them beside its sources ([`crate::draft::Draft::source_facts`]) and hands the same
//! shared value back while the text stays as it was.
//!
//! Also here: which of those sentences the quotes leave uncited, in one pass over both
//! sorted lists, so that a source of tens of thousands of sentences costs no more per
//! quote than a short one.

use std::sync::Arc;

use briefing::coverage::{sentences, Sentence};
use briefing::text::TextFacts;
use briefing::Briefing;

/// One source text's digest, index and sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFacts {
    pub text: TextFacts,
    /// The text's sentences in order (`coverage::sentences`).
    pub sentences: Vec<Sentence>,
}

impl SourceFacts {
    /// Reads `text` for its facts.
    pub fn of(text: &str) -> SourceFacts {
        SourceFacts {
            text: TextFacts::of(text),
            sentences: sentences(text),
        }
    }
}

/// The facts of every source of `b`, in order: those of `before`'s sources (`old`, in
/// the same order) whose text is unchanged are kept, shared; only changed or new texts are
/// read. A source's text is looked for at its own index first, then among the others (a
/// source deleted before it moved it), comparing lengths before contents.
pub fn carried_over(
    b: &Briefing,
    before: &Briefing,
    old: &[Arc<SourceFacts>],
) -> Vec<Arc<SourceFacts>> {
    let same = |j: usize, text: &str| {
        before
            .sources
            .get(j)
            .is_some_and(|s| s.text.len() == text.len() && s.text == text)
    };
    b.sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let found = if same(i, &s.text) {
                Some(i)
            } else {
                (0..before.sources.len()).find(|&j| same(j, &s.text))
            };
            match found.and_then(|j| old.get(j)) {
                Some(facts) => facts.clone(),
                None => Arc::new(SourceFacts::of(&s.text)),
            }
        })
        .collect()
}

/// The indexes of the sentences that no range of `cited` (character ranges, in any order)
/// shares a character with: the sentences come in order, so after sorting the ranges one
/// pass over both finds them.
pub fn uncited(sentences: &[Sentence], cited: &[(usize, usize)]) -> Vec<usize> {
    let mut ranges: Vec<(usize, usize)> = cited.iter().copied().filter(|(a, b)| a < b).collect();
    ranges.sort_unstable();
    let (mut next, mut furthest) = (0, 0);
    let mut out = Vec::new();
    for (n, sentence) in sentences.iter().enumerate() {
        // The ranges starting before this sentence's end only grow in number; it is cited
        // when the furthest end among them passes its start.
        while next < ranges.len() && ranges[next].0 < sentence.end {
            furthest = furthest.max(ranges[next].1);
            next += 1;
        }
        if furthest <= sentence.start {
            out.push(n);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use briefing::Source;

    fn briefing(texts: &[&str]) -> Briefing {
        Briefing {
            sources: texts
                .iter()
                .enumerate()
                .map(|(i, t)| Source {
                    id: format!("s{i}"),
                    text: t.to_string(),
                    ..Source::default()
                })
                .collect(),
            ..Briefing::default()
        }
    }

    fn facts(b: &Briefing) -> Vec<Arc<SourceFacts>> {
        b.sources
            .iter()
            .map(|s| Arc::new(SourceFacts::of(&s.text)))
            .collect()
    }

    #[test]
    fn unchanged_texts_keep_their_facts_even_when_they_move() {
        let before = briefing(&["One. Two.", "Three.", "Four."]);
        let old = facts(&before);
        let after = briefing(&["One. Two.", "Four.", "Five!"]);
        let new = carried_over(&after, &before, &old);
        assert!(Arc::ptr_eq(&new[0], &old[0]));
        assert!(Arc::ptr_eq(&new[1], &old[2]), "found where it was before");
        assert_eq!(*new[2], SourceFacts::of("Five!"));
    }

    #[test]
    fn a_sentence_is_uncited_unless_a_range_touches_it() {
        let sentences = sentences("One. Two. Three. Four.");
        // "Two." is 5..9, "Four." 17..22; a reversed range cites nothing.
        let left = uncited(&sentences, &[(17, 18), (6, 7), (12, 11)]);
        let texts: Vec<&str> = left.iter().map(|&n| sentences[n].text.as_str()).collect();
        assert_eq!(texts, ["One.", "Three."]);
    }
}
