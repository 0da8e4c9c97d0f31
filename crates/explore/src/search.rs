//! Search over folded text (`briefing::fold`): the reader's query as terms and phrases,
//! and where they occur, at the start of a word.

use briefing::fold::{fold, Folded};

/// Splits a query into folded, non-empty terms; a term is a word or a "quoted phrase".
pub fn terms(query: &str) -> Vec<String> {
    let folded = fold(query);
    let mut out = Vec::new();
    for (i, chunk) in folded.split('"').enumerate() {
        if i % 2 == 1 {
            let phrase = chunk.split_whitespace().collect::<Vec<_>>().join(" ");
            if !phrase.is_empty() {
                out.push(phrase);
            }
        } else {
            out.extend(chunk.split_whitespace().map(str::to_string));
        }
    }
    out
}

/// The first place at or after byte `from` where `term` occurs at the start of a word of
/// `haystack` (both folded): "war" finds "war" and "warfare", not "rewarding" or "toward".
/// A term that starts with punctuation (`'s`, `-`) may start anywhere.
pub fn find_at_word_start(haystack: &str, term: &str, mut from: usize) -> Option<usize> {
    let needs_boundary = term.chars().next().is_some_and(char::is_alphanumeric);
    while from <= haystack.len() {
        let start = from + haystack.get(from..)?.find(term)?;
        let at_boundary = !needs_boundary
            || haystack[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
        if at_boundary {
            return Some(start);
        }
        // On to the next character after this start.
        from = start + haystack[start..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// True when every (folded) term starts a word somewhere in the (folded) `haystack`.
pub fn matches_all(haystack: &str, terms: &[String]) -> bool {
    terms
        .iter()
        .all(|t| find_at_word_start(haystack, t, 0).is_some())
}

/// Byte ranges of `original` where any of the (folded) `terms` start a word, merged and
/// sorted.
pub fn match_ranges(original: &str, terms: &[String]) -> Vec<(usize, usize)> {
    if terms.is_empty() || original.is_empty() {
        return Vec::new();
    }
    let folded = Folded::new(original);
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for term in terms {
        let mut from = 0;
        while let Some(start) = find_at_word_start(&folded.text, term, from) {
            let end = start + term.len();
            ranges.push(folded.original_range(start, end));
            from = end.max(start + 1);
            while from < folded.text.len() && !folded.text.is_char_boundary(from) {
                from += 1;
            }
        }
    }
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_and_phrases() {
        assert_eq!(
            terms("  Freeze  “Security guarantees” "),
            ["freeze", "security guarantees"]
        );
        assert_eq!(terms("\"\""), Vec::<String>::new());
    }

    #[test]
    fn ranges_point_into_the_original() {
        let text = "Ukraine’s “freeze” and FREEZE";
        let ranges = match_ranges(text, &terms("ukraine's freeze"));
        let found: Vec<&str> = ranges.iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(found, ["Ukraine’s", "freeze", "FREEZE"]);
    }

    #[test]
    fn terms_match_at_word_starts_only() {
        let text = "Ending the war toward rewarding aggression; warfare at any price, that any";
        let found = |q: &str| -> Vec<&str> {
            match_ranges(text, &terms(q))
                .iter()
                .map(|&(a, b)| &text[a..b])
                .collect()
        };
        assert_eq!(found("war"), ["war", "war"]);
        assert_eq!(found("\"at any\""), ["at any"]);
        assert_eq!(found("ate"), Vec::<&str>::new());
        assert!(matches_all(&fold(text), &terms("WAR aggr")));
        assert!(!matches_all(&fold(text), &terms("ward")));
        // A term starting with punctuation may start anywhere.
        assert_eq!(match_ranges("Ukraine's", &terms("'s")), [(7, 9)]);
    }

    #[test]
    fn overlapping_matches_merge() {
        let text = "négociation";
        let ranges = match_ranges(text, &terms("negoci nego"));
        assert_eq!(ranges, [(0, "négoci".len())]);
    }
}
