//! Placing a quote in its source: the character offset of its words, the only occurrence
//! or the one nearest a `start` hint (overlapping occurrences count), or why not. The CSV
//! template, the studio and `briefing fill` all place quotes with [`locate`].

use crate::text::CharIndex;

/// How many places an ambiguous quote's error keeps (a one-letter quote can occur
/// millions of times; its count is still exact).
pub const MAX_PLACES: usize = 1000;
/// How many places a message lists before "...".
pub const PLACES_SHOWN: usize = 10;

/// Why a quote's text cannot be placed in its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocateError {
    /// The text is empty: it would occur everywhere.
    Empty,
    /// The text does not occur verbatim.
    NotFound,
    /// The text occurs `count` times and no hint says which is meant.
    Ambiguous {
        count: usize,
        /// The character offsets where it occurs, in order (the first [`MAX_PLACES`]).
        places: Vec<usize>,
    },
    /// The hint is exactly between the two nearest occurrences.
    Tie {
        count: usize,
        places: Vec<usize>,
        hint: usize,
        nearest: (usize, usize),
    },
}

/// The character offset of `needle` in the text `index` covers: its only occurrence, or
/// the one nearest `hint` (overlapping occurrences count). A hint that is exactly right is
/// taken at once, without searching the rest of the text.
pub fn locate(index: &CharIndex, needle: &str, hint: Option<usize>) -> Result<usize, LocateError> {
    if needle.is_empty() {
        return Err(LocateError::Empty);
    }
    let text = index.slice(0, index.len_chars()).unwrap_or_default();
    if let Some(hint) = hint {
        let at_hint = index
            .byte_offset(hint)
            .and_then(|from| text.get(from..))
            .is_some_and(|rest| rest.starts_with(needle));
        if at_hint {
            return Ok(hint);
        }
    }
    let mut count = 0;
    let mut places = Vec::new();
    // The nearest occurrence so far, its distance to the hint, and one as near.
    let mut best: Option<(usize, usize)> = None;
    let mut tie: Option<usize> = None;
    let (mut byte, mut chars) = (0, 0);
    while let Some(found) = text[byte..].find(needle) {
        chars += text[byte..byte + found].chars().count();
        byte += found;
        count += 1;
        if places.len() < MAX_PLACES {
            places.push(chars);
        }
        if let Some(hint) = hint {
            let distance = chars.abs_diff(hint);
            match best {
                Some((_, d)) if distance > d => {}
                Some((_, d)) if distance == d => tie = Some(chars),
                _ => {
                    best = Some((chars, distance));
                    tie = None;
                }
            }
        }
        // Overlapping occurrences count: go on from the next character.
        let step = text[byte..].chars().next().map_or(1, char::len_utf8);
        byte += step;
        chars += 1;
    }
    match (count, hint, best, tie) {
        (0, _, _, _) => Err(LocateError::NotFound),
        (1, _, _, _) => Ok(places[0]),
        (_, None, _, _) => Err(LocateError::Ambiguous { count, places }),
        (_, Some(hint), Some((a, _)), Some(b)) => Err(LocateError::Tie {
            count,
            places,
            hint,
            nearest: (a, b),
        }),
        (_, Some(_), Some((a, _)), None) => Ok(a),
        (_, Some(_), None, _) => Err(LocateError::NotFound),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Kyiv’s “freeze” — no. Moscow wants a “freeze”.";

    fn at(needle: &str, hint: Option<usize>) -> Result<usize, LocateError> {
        locate(&CharIndex::new(TEXT), needle, hint)
    }

    #[test]
    fn a_single_occurrence_needs_no_hint_and_ignores_a_wrong_one() {
        assert_eq!(at("Moscow", None), Ok(22));
        assert_eq!(at("Moscow", Some(0)), Ok(22));
        assert_eq!(at("Kyiv’s “freeze”", Some(100)), Ok(0));
    }

    #[test]
    fn the_occurrence_nearest_the_hint_wins() {
        assert_eq!(at("“freeze”", Some(42)), Ok(37));
        assert_eq!(at("“freeze”", Some(12)), Ok(7));
        assert_eq!(at("“freeze”", Some(7)), Ok(7));
        assert_eq!(at("“freeze”", Some(usize::MAX)), Ok(37));
    }

    #[test]
    fn ambiguity_ties_and_absence_are_errors_naming_every_place() {
        assert_eq!(
            at("“freeze”", None),
            Err(LocateError::Ambiguous {
                count: 2,
                places: vec![7, 37]
            })
        );
        assert_eq!(
            at("“freeze”", Some(22)),
            Err(LocateError::Tie {
                count: 2,
                places: vec![7, 37],
                hint: 22,
                nearest: (7, 37)
            })
        );
        assert_eq!(at("thaw", None), Err(LocateError::NotFound));
        assert_eq!(at("", None), Err(LocateError::Empty));
    }

    #[test]
    fn overlapping_occurrences_count() {
        let index = CharIndex::new("ééé");
        assert_eq!(
            locate(&index, "éé", None),
            Err(LocateError::Ambiguous {
                count: 2,
                places: vec![0, 1]
            })
        );
        assert_eq!(locate(&index, "éé", Some(2)), Ok(1));
    }

    #[test]
    fn every_place_is_counted_and_listed() {
        let text = "ab ".repeat(12);
        let error = locate(&CharIndex::new(&text), "ab", None).unwrap_err();
        assert_eq!(
            error,
            LocateError::Ambiguous {
                count: 12,
                places: (0..12).map(|i| i * 3).collect()
            }
        );
    }
}
