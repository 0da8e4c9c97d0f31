//! The one text fold: case-, accent- and typography-insensitive. Everything that compares
//! names or searches text folds with it: search (`explore`), ids made from names
//! (`ids`), spelling suggestions. Two copies that disagree would let an actor named
//! "Ștefănești council" get the id `stefanesti-council` and yet not be found by
//! "stefanesti".
//!
//! A reader types `ukraine's freeze`; the article says `Ukraine’s “freeze”`. Folding maps
//! both to the same text while remembering, for every folded byte, the original byte it
//! came from, so matches can be highlighted in the original. A small table covers the
//! Latin letters of European names; a full Unicode normalisation crate would add its
//! tables to the wasm for no gain here.

/// Each lowercase Latin letter with a diacritic, ligature or letter of its own, followed
/// by its base letters (ASCII): a table scanned, not a `match`, because it is a fraction
/// of the code in the wasm.
const BASES: &str = "àaáaâaãaäaåaāaăaąaǎaæaeçcćcĉcċcčcďdđdðdèeéeêeëeēeĕeėeęeěeĝgğgġgģgĥhħhìiíiîiïiĩiīiĭiįiıiǐiĳijĵjķkĸkĺlļlľlŀlłlñnńnņnňnŉnŋnòoóoôoõoöoøoōoŏoőoǒoœoeŕrŗrřrśsŝsşsšsșsſsßssţtťtŧtțtþthùuúuûuüuũuūuŭuůuűuųuǔuŵwýyÿyŷyźzżzžz";

/// The base letters of a lowercase Latin letter with a diacritic, a ligature or a letter
/// of its own: `é` → `e`, `ș` → `s`, `ł` → `l`, `đ` → `d`, `ð` → `d`, `ß` → `ss`, `þ` →
/// `th`, `œ` → `oe`. `None` for any other character (ASCII included).
pub fn latin_base(c: char) -> Option<&'static str> {
    if c.is_ascii() {
        return None;
    }
    let after = BASES.find(c)? + c.len_utf8();
    let rest = &BASES[after..];
    let len = rest.bytes().take_while(u8::is_ascii_lowercase).count();
    Some(&rest[..len])
}

/// True for a combining mark (a decomposed accent), which folds away.
pub fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Pushes the folded form of one (already lower-cased) character.
fn fold_char(c: char, out: &mut String) {
    match c {
        '’' | '‘' | '‚' | '‛' | '′' | '`' | 'ʼ' => out.push('\''),
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' => out.push('"'),
        '–' | '—' | '‐' | '‑' | '‒' | '―' | '−' => out.push('-'),
        '\u{00A0}' | '\u{2009}' | '\u{202F}' => out.push(' '),
        c if is_combining_mark(c) => {}
        c => match latin_base(c) {
            Some(base) => out.push_str(base),
            None => out.push(c),
        },
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
    fn folds_the_latin_letters_of_european_names() {
        assert_eq!(fold("Ștefănești"), "stefanesti");
        assert_eq!(fold("Şţ ȘȚ"), "st st");
        assert_eq!(
            fold("Łódź Đakovo Þórshöfn Ðóra"),
            "lodz dakovo thorshofn dora"
        );
        assert_eq!(fold("Straße Œuvre Ærø"), "strasse oeuvre aero");
        // Decomposed accents fold as composed ones do.
        assert_eq!(fold("Timis\u{0326}oara"), fold("Timișoara"));
    }

    #[test]
    fn every_base_is_lowercase_ascii_letters() {
        for c in ('\u{00C0}'..='\u{024F}').flat_map(char::to_lowercase) {
            if let Some(base) = latin_base(c) {
                assert!(base.bytes().all(|b| b.is_ascii_lowercase()), "{c} → {base}");
            }
        }
    }
}
