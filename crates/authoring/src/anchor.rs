//! Re-anchoring quotes after their source text was edited (a typo fixed, a paragraph
//! rewritten): each quote is found again by its words and the words around it, or
//! reported. A quote is never moved to other words, and never moved on a guess.
//!
//! The edit is first narrowed to the stretch that changed (the common beginning and end of
//! the two texts). A quote wholly before that stretch keeps its offsets; one wholly after
//! it moves by the change in length. Only quotes that touch the stretch are searched for:
//! every place its words occur in the new text is scored by how much of the
//! [`CONTEXT`] characters before and after it still surround it there.

/// How many characters on each side of a quote are compared.
pub const CONTEXT: usize = 32;
/// The least context (both sides together) that makes a place the quote's own.
pub const MIN_CONTEXT: usize = 8;
/// A quote at least this long whose words occur once in the new text is taken there even
/// if its surroundings were rewritten: the same long passage, verbatim.
pub const MIN_UNIQUE_CHARS: usize = 12;

/// Where a quote ends up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anchor {
    /// Same offsets, same words.
    Kept,
    /// The same words, found at new offsets.
    Moved { start: usize, end: usize },
    /// Not placed; the quote stays as it was for the author to fix.
    Lost(Lost),
}

/// Why a quote could not be placed again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lost {
    /// Its words are no longer in the text (the edit changed them).
    Gone,
    /// Its words occur at these places, and none is surrounded as it was.
    Unsure { places: Vec<usize> },
}

/// Places one quote (`start..end` in `old`, in characters) in `new`.
pub fn reanchor(old: &[char], new: &[char], start: usize, end: usize) -> Anchor {
    let end = end.min(old.len());
    let start = start.min(end);
    let quote = &old[start..end];
    let prefix = common_prefix(old, new);
    let suffix = common_suffix(&old[prefix..], &new[prefix..]);
    // The changed stretch is old[prefix..old.len() - suffix].
    if end <= prefix && start < end {
        return Anchor::Kept;
    }
    if start >= old.len() - suffix && start < end {
        let delta = new.len() as isize - old.len() as isize;
        if delta == 0 {
            return Anchor::Kept;
        }
        let shift = |n: usize| (n as isize + delta) as usize;
        return Anchor::Moved {
            start: shift(start),
            end: shift(end),
        };
    }
    if quote.is_empty() {
        return Anchor::Lost(Lost::Gone);
    }
    let before = &old[start.saturating_sub(CONTEXT)..start];
    let after = &old[end..(end + CONTEXT).min(old.len())];
    // Where the quote would be if only the changed stretch moved it.
    let expected = start.min(prefix);
    let mut scored: Vec<(usize, usize, usize)> = occurrences(new, quote)
        .into_iter()
        .map(|at| {
            let score =
                common_suffix(before, &new[..at]) + common_prefix(after, &new[at + quote.len()..]);
            (at, score, at.abs_diff(expected))
        })
        .collect();
    if scored.is_empty() {
        return Anchor::Lost(Lost::Gone);
    }
    scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    let places = || {
        let mut p: Vec<usize> = scored.iter().map(|s| s.0).collect();
        p.sort_unstable();
        p
    };
    let (at, score, distance) = scored[0];
    let enough = score >= MIN_CONTEXT.min(before.len() + after.len()).max(1);
    let accepted = match scored.get(1) {
        None => enough || quote.len() >= MIN_UNIQUE_CHARS,
        Some(&(_, second, second_distance)) => {
            enough && (score > second || distance < second_distance)
        }
    };
    if !accepted {
        return Anchor::Lost(Lost::Unsure { places: places() });
    }
    if at == start && at + quote.len() == end {
        Anchor::Kept
    } else {
        Anchor::Moved {
            start: at,
            end: at + quote.len(),
        }
    }
}

/// Places a quote that no longer matched its offsets (its context is not known): only
/// where its words occur once, and only if they are at least [`MIN_UNIQUE_CHARS`] long.
pub fn find_by_words(new: &[char], words: &[char]) -> Anchor {
    let places = occurrences(new, words);
    match places.as_slice() {
        [] => Anchor::Lost(Lost::Gone),
        [at] if words.len() >= MIN_UNIQUE_CHARS => Anchor::Moved {
            start: *at,
            end: at + words.len(),
        },
        _ => Anchor::Lost(Lost::Unsure { places }),
    }
}

fn common_prefix(a: &[char], b: &[char]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

fn common_suffix(a: &[char], b: &[char]) -> usize {
    a.iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

/// Every place `needle` starts in `hay` (overlapping ones too).
fn occurrences(hay: &[char], needle: &[char]) -> Vec<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return Vec::new();
    }
    hay.windows(needle.len())
        .enumerate()
        .filter(|(_, w)| *w == needle)
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    /// Re-anchors the first occurrence of `quote` in `old` into `new`.
    fn place(old: &str, new: &str, quote: &str) -> Anchor {
        let (o, n) = (chars(old), chars(new));
        let byte = old.find(quote).unwrap();
        let start = old[..byte].chars().count();
        reanchor(&o, &n, start, start + quote.chars().count())
    }

    const OLD: &str = "The mayor’s “plan” — annouced today — was welcomed. Critics said “not now”.";

    #[test]
    fn a_quote_before_the_edit_keeps_its_offsets_and_one_after_it_moves() {
        let new = OLD.replace("annouced", "announced");
        assert_eq!(place(OLD, &new, "The mayor’s “plan”"), Anchor::Kept);
        // “not now” in OLD, in characters (its byte offset is larger: curly quotes and
        // dashes are three bytes each).
        let start = OLD[..OLD.find("“not now”").unwrap()].chars().count();
        assert_ne!(start, OLD.find("“not now”").unwrap());
        assert_eq!(
            place(OLD, &new, "“not now”"),
            Anchor::Moved {
                start: start + 1,
                end: start + 10
            }
        );
    }

    #[test]
    fn a_quote_whose_words_were_edited_is_lost_not_shifted() {
        let new = OLD.replace("annouced today", "announced on Monday");
        assert_eq!(place(OLD, &new, "annouced today"), Anchor::Lost(Lost::Gone));
    }

    #[test]
    fn a_deleted_passage_is_lost() {
        let new = OLD.replace(" Critics said “not now”.", "");
        assert_eq!(
            place(OLD, &new, "Critics said “not now”"),
            Anchor::Lost(Lost::Gone)
        );
    }

    #[test]
    fn a_moved_paragraph_is_found_by_its_words_and_context() {
        let old = "First paragraph says yes.\nSecond paragraph says no, firmly.\n";
        let new = "Second paragraph says no, firmly.\nFirst paragraph says yes.\n";
        let anchored = place(old, new, "says no, firmly");
        assert_eq!(anchored, Anchor::Moved { start: 17, end: 32 });
    }

    #[test]
    fn repeated_words_are_told_apart_by_their_context() {
        let old = "Alpha said “no”. Later Beta said “no”.";
        let new = "Gamma spoke. Alpha said “no”. Later Beta said “no”.";
        // The second “no”: its context (“Beta said ”) picks it among the two.
        let o = chars(old);
        let start = old.rfind("“no”").map(|b| old[..b].chars().count()).unwrap();
        assert_eq!(
            reanchor(&o, &chars(new), start, start + 4),
            Anchor::Moved {
                start: start + 13,
                end: start + 17
            }
        );
    }

    #[test]
    fn a_short_quote_whose_surroundings_are_all_new_is_reported() {
        let old = "They said no. That was all.";
        let new = "Nothing like before: no, and no again.";
        // "no" occurs twice in the new text, neither in its old surroundings.
        match place(old, new, "no") {
            Anchor::Lost(Lost::Unsure { places }) => assert!(places.len() >= 2),
            other => panic!("{other:?}"),
        }
        // A unique short quote, its context rewritten: not taken on a guess either.
        let old = "He said “maybe” then.";
        let new = "Completely different, “maybe” here.";
        assert_eq!(
            place(old, new, "“maybe”"),
            Anchor::Lost(Lost::Unsure { places: vec![22] })
        );
    }

    #[test]
    fn a_long_unique_quote_survives_a_rewrite_around_it() {
        let old = "Intro. The council “will not build the tower” this year. End.";
        let new = "A new intro entirely. The council “will not build the tower” — ever.";
        match place(old, new, "“will not build the tower”") {
            Anchor::Moved { start, end } => {
                let n = chars(new);
                assert_eq!(
                    n[start..end].iter().collect::<String>(),
                    "“will not build the tower”"
                );
            }
            other => panic!("{other:?}"),
        }
    }
}
