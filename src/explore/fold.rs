//! Text folding for search: case-, accent- and typography-insensitive.
//!
//! A reader types `ukraine's freeze`; the article says `Ukraine’s “freeze”`. Folding maps
//! both to the same text while remembering, for every folded byte, the original byte it
//! came from, so matches can be highlighted in the original. A small table covers the
//! Latin letters of the briefing languages; a full Unicode normalisation crate would add
//! its tables to the wasm for no gain here.

/// Latin letters with diacritics (U+00C0..=U+017F) and their base letters, pairwise.
const LATIN: &str = "àaáaâaãaäaåaçcèeéeêeëeìiíiîiïiñnòoóoôoõoöoøoùuúuûuüuýyÿyāaăaąaćcĉcċcčcďdđdēeĕeėeęeěeĝgğgġgģgĥhħhĩiīiĭiįiıiĵjķkĺlļlľlŀlłlńnņnňnōoŏoőoŕrŗrřrśsŝsşsšsţtťtŧtũuūuŭuůuűuųuŵwŷyźzżzžzſs";

fn base_letter(c: char) -> Option<char> {
    if !('\u{00C0}'..='\u{017F}').contains(&c) {
        return None;
    }
    let mut chars = LATIN.chars();
    while let (Some(accented), Some(base)) = (chars.next(), chars.next()) {
        if accented == c {
            return Some(base);
        }
    }
    None
}

/// Pushes the folded form of one (already lower-cased) character.
fn fold_char(c: char, out: &mut String) {
    match c {
        '’' | '‘' | '‚' | '‛' | '′' | '`' => out.push('\''),
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' => out.push('"'),
        '–' | '—' | '‐' | '‑' | '‒' | '―' | '−' => out.push('-'),
        '\u{00A0}' | '\u{2009}' | '\u{202F}' => out.push(' '),
        'œ' => out.push_str("oe"),
        'æ' => out.push_str("ae"),
        'ß' => out.push_str("ss"),
        // Combining marks (decomposed accents) fold away.
        '\u{0300}'..='\u{036F}' => {}
        c => out.push(base_letter(c).unwrap_or(c)),
    }
}

/// The folded form of `text`, for comparisons only.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // Most text is ASCII: byte by byte, skipping character decoding and the Unicode
        // tables (building the search index spends most of its time here).
        let b = bytes[at];
        if b.is_ascii() {
            out.push(if b == b'`' {
                '\''
            } else {
                b.to_ascii_lowercase() as char
            });
            at += 1;
            continue;
        }
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        for lower in c.to_lowercase() {
            fold_char(lower, &mut out);
        }
        at += c.len_utf8();
    }
    out
}

/// Folded text plus, for each folded byte, the byte offset in the original it came from.
pub struct Folded {
    pub text: String,
    origin: Vec<u32>,
    original_len: usize,
}

impl Folded {
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        for (at, c) in original.char_indices() {
            let before = text.len();
            for lower in c.to_lowercase() {
                fold_char(lower, &mut text);
            }
            origin.resize(text.len(), at as u32);
            debug_assert!(text.len() >= before);
        }
        Folded {
            text,
            origin,
            original_len: original.len(),
        }
    }

    /// Maps a folded byte range back to a byte range of the original text.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        let from = self
            .origin
            .get(start)
            .map_or(self.original_len, |&b| b as usize);
        // The end is the start of the first original char after the match.
        let to = self
            .origin
            .get(end)
            .map_or(self.original_len, |&b| b as usize);
        (from, to.max(from))
    }
}

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
    fn folds_case_accents_and_typography() {
        assert_eq!(
            fold("Ukraine’s “Freeze” — Kyïv"),
            "ukraine's \"freeze\" - kyiv"
        );
        assert_eq!(fold("Sécurité ÉNERGIE"), "securite energie");
        assert_eq!(fold("Україна"), "україна");
    }

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
