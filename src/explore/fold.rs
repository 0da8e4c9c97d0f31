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

/// Byte ranges of `original` where any of the (folded) `terms` occur, merged and sorted.
pub fn match_ranges(original: &str, terms: &[String]) -> Vec<(usize, usize)> {
    if terms.is_empty() || original.is_empty() {
        return Vec::new();
    }
    let folded = Folded::new(original);
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for term in terms {
        let mut from = 0;
        while let Some(found) = folded.text[from..].find(term.as_str()) {
            let start = from + found;
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
    fn overlapping_matches_merge() {
        let text = "négociation";
        let ranges = match_ranges(text, &terms("nego gociation"));
        assert_eq!(ranges, [(0, text.len())]);
    }
}
