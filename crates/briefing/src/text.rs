//! Character offsets into source texts.
//!
//! Quotes address text by Unicode scalar values (`char`s), while Rust strings are indexed
//! by bytes; the seed article's curly quotes and dashes make the two differ. `CharIndex`
//! maps one to the other without storing a word per character, so that very long sources
//! stay cheap.
//!
//! [`TextFacts`] is what depends on a text alone (its digest and its index), computed once:
//! an editor that validates on every keystroke keeps it while the text is unchanged rather
//! than reading a long source again each time.

use std::borrow::Cow;

use sha2::{Digest, Sha256};

/// How many characters lie between two stored byte offsets.
const STRIDE: usize = 64;

/// Maps character offsets to byte offsets in one text.
#[derive(Debug, Clone)]
pub struct CharIndex<'a> {
    text: &'a str,
    /// Byte offset of every `STRIDE`-th character.
    checkpoints: Cow<'a, [usize]>,
    len_chars: usize,
}

/// The byte offset of every `STRIDE`-th character of `text`, and its length in characters.
fn checkpoints(text: &str) -> (Vec<usize>, usize) {
    let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
    let mut len_chars = 0;
    for (n, (byte, _)) in text.char_indices().enumerate() {
        if n % STRIDE == 0 {
            checkpoints.push(byte);
        }
        len_chars = n + 1;
    }
    (checkpoints, len_chars)
}

impl<'a> CharIndex<'a> {
    /// Indexes `text` in one pass.
    pub fn new(text: &'a str) -> Self {
        let (checkpoints, len_chars) = checkpoints(text);
        CharIndex {
            text,
            checkpoints: Cow::Owned(checkpoints),
            len_chars,
        }
    }

    /// The text's length in characters.
    pub fn len_chars(&self) -> usize {
        self.len_chars
    }

    /// The byte offset of character `n`; `n == len_chars()` gives the text's byte length.
    pub fn byte_offset(&self, n: usize) -> Option<usize> {
        if n > self.len_chars {
            return None;
        }
        if n == self.len_chars {
            return Some(self.text.len());
        }
        let from = self.checkpoints[n / STRIDE];
        self.text[from..]
            .char_indices()
            .nth(n % STRIDE)
            .map(|(b, _)| from + b)
    }

    /// Characters `start..end` (end exclusive), or `None` when the range is out of bounds
    /// or reversed.
    pub fn slice(&self, start: usize, end: usize) -> Option<&'a str> {
        if start > end {
            return None;
        }
        let from = self.byte_offset(start)?;
        let to = self.byte_offset(end)?;
        Some(&self.text[from..to])
    }
}

/// What depends on a text alone: its SHA-256 and its character index. Computed in one
/// call; [`TextFacts::index`] then indexes the same text without reading it again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextFacts {
    /// Lowercase hex SHA-256 of the text as UTF-8.
    pub sha256: String,
    checkpoints: Vec<usize>,
    len_chars: usize,
    /// The text's length in bytes: a text of another length is not this one.
    len_bytes: usize,
}

impl TextFacts {
    /// Reads `text` once for its digest and once for its index.
    pub fn of(text: &str) -> TextFacts {
        let (checkpoints, len_chars) = checkpoints(text);
        TextFacts {
            sha256: sha256_hex(text),
            checkpoints,
            len_chars,
            len_bytes: text.len(),
        }
    }

    /// The text's length in characters.
    pub fn len_chars(&self) -> usize {
        self.len_chars
    }

    /// The index of `text`, which must be the text these facts were computed from (the
    /// caller keeps them together); `None` for a text of another length, which cannot be.
    pub fn index<'a>(&'a self, text: &'a str) -> Option<CharIndex<'a>> {
        (text.len() == self.len_bytes).then(|| CharIndex {
            text,
            checkpoints: Cow::Borrowed(&self.checkpoints),
            len_chars: self.len_chars,
        })
    }
}

/// Lowercase hex SHA-256 of `text` as UTF-8.
pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{CharIndex, TextFacts};

    #[test]
    fn counts_characters_not_bytes() {
        let text = "Ukraine’s “freeze” — now";
        let index = CharIndex::new(text);
        assert_eq!(index.len_chars(), text.chars().count());
        assert_eq!(index.slice(0, 9), Some("Ukraine’s"));
        assert_eq!(index.slice(10, 18), Some("“freeze”"));
        assert_eq!(index.slice(19, 20), Some("—"));
        assert_eq!(index.slice(21, 24), Some("now"));
        assert_eq!(index.slice(24, 24), Some(""));
        assert_eq!(index.slice(20, 25), None);
        assert_eq!(index.slice(5, 4), None);
    }

    #[test]
    fn agrees_with_a_naive_slice_across_checkpoints() {
        let text: String = (0..500)
            .map(|i| if i % 3 == 0 { 'é' } else { 'a' })
            .collect();
        let index = CharIndex::new(&text);
        for (start, end) in [(0, 500), (63, 65), (64, 128), (127, 499), (300, 300)] {
            let naive: String = text.chars().skip(start).take(end - start).collect();
            assert_eq!(
                index.slice(start, end),
                Some(naive.as_str()),
                "{start}..{end}"
            );
        }
    }

    #[test]
    fn empty_text() {
        let index = CharIndex::new("");
        assert_eq!(index.len_chars(), 0);
        assert_eq!(index.slice(0, 0), Some(""));
        assert_eq!(index.slice(0, 1), None);
    }

    #[test]
    fn facts_index_the_text_as_a_fresh_index_does() {
        let text: String = (0..300)
            .map(|i| if i % 5 == 0 { '’' } else { 'b' })
            .collect();
        let facts = TextFacts::of(&text);
        let (cached, fresh) = (facts.index(&text).unwrap(), CharIndex::new(&text));
        assert_eq!(facts.len_chars(), 300);
        for (start, end) in [(0, 300), (60, 70), (128, 256), (299, 300)] {
            assert_eq!(cached.slice(start, end), fresh.slice(start, end));
        }
        assert_eq!(facts.sha256, super::sha256_hex(&text));
        assert!(facts.index("shorter").is_none());
    }
}
