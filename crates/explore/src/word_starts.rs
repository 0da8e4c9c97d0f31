//! A small fingerprint of where words start in a folded text, to skip most texts without
//! scanning them when searching.
//!
//! Search terms match at word starts (`search::find_at_word_start`), so a text can only
//! match a term if one of its words starts with the term's first two characters. Each
//! text keeps a 512-bit set of its (first character, second character) pairs at word
//! starts, and of its first characters alone; a term whose pair is missing is skipped.
//! A set bit may be a collision, so a hit still needs the real scan: the fingerprint
//! never hides a match, it only saves scans (at 10,000 positions, most of them).

/// Bits in the fingerprint.
const BITS: u32 = 512;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WordStarts([u64; (BITS / 64) as usize]);

/// The bit for a word starting with `first` followed by `second` (`None`: any).
fn bit(first: char, second: Option<char>) -> u32 {
    let a = (first as u32).wrapping_mul(0x9E37_79B1);
    let b = second.map_or(0x2545_F491, |c| {
        (c as u32 ^ 0x5bd1_e995).wrapping_mul(0x85EB_CA77)
    });
    (a ^ b.rotate_left(13)).wrapping_mul(0xC2B2_AE3D) >> (32 - BITS.trailing_zeros())
}

impl WordStarts {
    /// The fingerprint of a folded `text`.
    pub fn of(text: &str) -> Self {
        let mut set = WordStarts::default();
        let bytes = text.as_bytes();
        let mut previous_is_word = false;
        let mut at = 0;
        while at < bytes.len() {
            // Folded text is mostly ASCII: bytes, not chars, except where it is not.
            let (c, width) = if bytes[at].is_ascii() {
                (bytes[at] as char, 1)
            } else {
                let c = text[at..].chars().next().unwrap_or(' ');
                (c, c.len_utf8())
            };
            let is_word = if width == 1 {
                c.is_ascii_alphanumeric()
            } else {
                c.is_alphanumeric()
            };
            if is_word && !previous_is_word {
                set.insert(bit(c, None));
                if let Some(next) = text[at + width..].chars().next() {
                    set.insert(bit(c, Some(next)));
                }
            }
            previous_is_word = is_word;
            at += width;
        }
        set
    }

    fn insert(&mut self, bit: u32) {
        self.0[(bit / 64) as usize] |= 1 << (bit % 64);
    }

    fn has(&self, bit: u32) -> bool {
        self.0[(bit / 64) as usize] & (1 << (bit % 64)) != 0
    }

    /// False only when no word of the text can start with the (folded) `term`.
    pub fn may_contain(&self, term: &str) -> bool {
        let mut chars = term.chars();
        match chars.next() {
            // Terms starting with punctuation may match anywhere: no shortcut.
            Some(first) if first.is_alphanumeric() => self.has(bit(first, chars.next())),
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use briefing::fold::fold;

    #[test]
    fn skips_terms_no_word_starts_with() {
        let set = WordStarts::of(&fold("Verifiable security guarantees; a “freeze” à l’Est"));
        for term in [
            "sec",
            "s",
            "guarantees",
            "freeze",
            "a",
            "l'est",
            "est",
            "'s",
            "-",
        ] {
            assert!(set.may_contain(term), "{term}");
        }
        // "curity" and "reeze" occur, but not at a word start.
        let skipped = ["curity", "reeze", "zebra", "x", "qu"]
            .iter()
            .filter(|t| !set.may_contain(t))
            .count();
        assert!(skipped >= 4, "only {skipped} of 5 skipped");
    }
}
