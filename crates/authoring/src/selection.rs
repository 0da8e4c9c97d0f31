//! From a selection in the page to a quote: the browser counts UTF-16 units, quotes count
//! characters (Unicode scalar values). These conversions are exact for every character,
//! including those outside the Basic Multilingual Plane (two UTF-16 units, one character),
//! and a selection is trimmed of the white space a mouse drag tends to catch.

/// The character offset of the UTF-16 offset `units` in `text`. An offset inside a
/// surrogate pair (which no caret can reach) counts the whole character as before it.
pub fn utf16_to_chars(text: &str, units: usize) -> usize {
    let mut seen = 0;
    for (n, c) in text.chars().enumerate() {
        if seen >= units {
            return n;
        }
        seen += c.len_utf16();
    }
    text.chars().count()
}

/// The UTF-16 offset of character `chars` in `text` (the text's length past its end).
pub fn chars_to_utf16(text: &str, chars: usize) -> usize {
    text.chars().take(chars).map(char::len_utf16).sum()
}

/// A passage of one source: characters `start..end` and their text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    pub source: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The passage `start..end` (either order) of `text`, without white space at either end;
/// `None` when nothing but white space is selected or the range is outside the text.
pub fn passage(text: &str, source: usize, a: usize, b: usize) -> Option<Passage> {
    let (start, end) = (a.min(b), a.max(b));
    let chars: Vec<char> = text.chars().collect();
    if end > chars.len() || start == end {
        return None;
    }
    let lead = chars[start..end]
        .iter()
        .take_while(|c| c.is_whitespace())
        .count();
    let trail = chars[start + lead..end]
        .iter()
        .rev()
        .take_while(|c| c.is_whitespace())
        .count();
    let (start, end) = (start + lead, end - trail);
    (start < end).then(|| Passage {
        source,
        start,
        end,
        text: chars[start..end].iter().collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Kyiv’s “freeze” — no 🇺🇦. Done";

    #[test]
    fn utf16_offsets_become_character_offsets() {
        // “ and ’ and — are one UTF-16 unit each; each flag letter is two.
        assert_eq!(utf16_to_chars(TEXT, 0), 0);
        assert_eq!(utf16_to_chars(TEXT, 7), 7);
        let flag_at = TEXT.chars().position(|c| c == '🇺').unwrap();
        let units = chars_to_utf16(TEXT, flag_at);
        assert_eq!(units, flag_at);
        assert_eq!(utf16_to_chars(TEXT, units + 4), flag_at + 2);
        assert_eq!(chars_to_utf16(TEXT, flag_at + 2), units + 4);
        // Inside a surrogate pair: the character counts as before the offset.
        assert_eq!(utf16_to_chars(TEXT, units + 1), flag_at + 1);
        assert_eq!(utf16_to_chars(TEXT, 10_000), TEXT.chars().count());
    }

    #[test]
    fn round_trips_for_every_offset() {
        for n in 0..=TEXT.chars().count() {
            assert_eq!(utf16_to_chars(TEXT, chars_to_utf16(TEXT, n)), n);
        }
    }

    #[test]
    fn a_passage_is_trimmed_and_sliced_in_characters() {
        let p = passage(TEXT, 0, 16, 6).unwrap();
        assert_eq!((p.start, p.end), (7, 15));
        assert_eq!(p.text, "“freeze”");
        // Bytes differ from characters here: the slice is by characters.
        assert_ne!(TEXT.find('“').unwrap(), 7);
        assert_eq!(passage(TEXT, 0, 6, 7), None);
        assert_eq!(passage(TEXT, 0, 3, 3), None);
        assert_eq!(passage(TEXT, 0, 0, 999), None);
    }
}
