//! The text as the rules read it: its characters (every offset counts them, as the
//! format's quotes do), its words with their character ranges, and its paragraphs.
//!
//! Working on a `Vec<char>` keeps every offset a character offset with no conversion,
//! at four bytes a character: 4 MB for a 1 MB article, which is nothing next to the
//! briefing the explorer holds.

use crate::Span;

/// One word: letters and digits, with the apostrophes and hyphens inside it ("don’t",
/// "a-t-il", "п’ятницю").
#[derive(Debug, Clone)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    /// Lowercase, every apostrophe as `'`.
    pub lower: String,
    /// Starts with an uppercase letter.
    pub capital: bool,
    /// The paragraph it is in.
    pub paragraph: usize,
}

/// The text, split once.
pub struct Doc {
    pub chars: Vec<char>,
    pub words: Vec<Word>,
    /// Each paragraph's range: a line of text between line breaks.
    pub paragraphs: Vec<Span>,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`')
}

fn is_joiner(c: char) -> bool {
    is_apostrophe(c) || matches!(c, '-' | '‑' | '\u{AD}')
}

/// A letter, a digit, or a combining accent (which belongs to the letter before it).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || briefing::fold::is_combining_mark(c)
}

impl Doc {
    pub fn new(text: &str) -> Doc {
        let chars: Vec<char> = text.chars().collect();
        let paragraphs = paragraphs(&chars);
        let words = words(&chars, &paragraphs);
        Doc {
            chars,
            words,
            paragraphs,
        }
    }

    /// The characters `start..end` as a string.
    pub fn slice(&self, start: usize, end: usize) -> String {
        self.chars[start..end].iter().collect()
    }

    /// The characters between word `i - 1` and word `i` (from the paragraph's start for
    /// the first word).
    pub fn gap_before(&self, i: usize) -> &[char] {
        let from = if i == 0 { 0 } else { self.words[i - 1].end };
        &self.chars[from.min(self.words[i].start)..self.words[i].start]
    }

    /// The first word starting at or after character `at`.
    pub fn word_at_or_after(&self, at: usize) -> usize {
        self.words.partition_point(|w| w.start < at)
    }

    /// The paragraph holding character `at`.
    pub fn paragraph_of(&self, at: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.end <= at)
            .min(self.paragraphs.len().saturating_sub(1))
    }
}

/// Lines with something on them; a line break in any style (`\n`, `\r\n`, `\r`, and the
/// Unicode line and paragraph separators) ends one.
fn paragraphs(chars: &[char]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &c) in chars.iter().enumerate() {
        if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}') {
            if i > start {
                out.push(Span { start, end: i });
            }
            start = i + 1;
        }
    }
    if chars.len() > start {
        out.push(Span {
            start,
            end: chars.len(),
        });
    }
    if out.is_empty() {
        out.push(Span { start: 0, end: 0 });
    }
    out
}

fn words(chars: &[char], paragraphs: &[Span]) -> Vec<Word> {
    let mut out = Vec::with_capacity(chars.len() / 6);
    let mut paragraph = 0;
    let mut i = 0;
    while i < chars.len() {
        if !is_word_char(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && (is_word_char(chars[i])
                || (is_joiner(chars[i])
                    && i > start
                    && chars.get(i + 1).is_some_and(|&c| c.is_alphanumeric())))
        {
            i += 1;
        }
        while paragraphs[paragraph].end <= start && paragraph + 1 < paragraphs.len() {
            paragraph += 1;
        }
        let mut lower = String::with_capacity(i - start);
        for &c in &chars[start..i] {
            if is_apostrophe(c) {
                lower.push('\'');
            } else if c == '\u{AD}' || briefing::fold::is_combining_mark(c) {
                // Soft hyphens and accents typed as a separate mark: the lexicon spells
                // words whole and precomposed, so these are left out of the comparison
                // (the offsets still count them).
            } else {
                lower.extend(c.to_lowercase());
            }
        }
        out.push(Word {
            start,
            end: i,
            capital: chars[start].is_uppercase(),
            lower,
            paragraph,
        });
    }
    out
}

/// Sentence ends: `.`, `!`, `?`, `…` followed by a space or the paragraph's end, unless
/// the word before is an abbreviation or an initial ("Ms.", "M.", "J."). Characters
/// inside a quotation (`inside`) do not end a sentence: the attribution after a quote
/// belongs to the sentence the quote is in.
pub fn sentences(doc: &Doc, inside: &dyn Fn(usize) -> bool) -> Vec<Span> {
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        let mut start = p.start;
        let mut i = p.start;
        while i < p.end {
            let c = doc.chars[i];
            let ends = matches!(c, '.' | '!' | '?' | '…')
                && !inside(i)
                && (i + 1 >= p.end || doc.chars[i + 1].is_whitespace())
                && !(c == '.' && abbreviation_before(doc, i));
            if ends {
                out.push(Span { start, end: i + 1 });
                start = i + 1;
            }
            i += 1;
        }
        if start < p.end {
            out.push(Span { start, end: p.end });
        }
    }
    out.into_iter()
        .filter_map(|s| trim(&doc.chars, s))
        .collect()
}

fn abbreviation_before(doc: &Doc, dot: usize) -> bool {
    let w = doc.word_at_or_after(dot);
    if w == 0 {
        return false;
    }
    let word = &doc.words[w - 1];
    word.end == dot
        && ((word.end - word.start == 1 && doc.chars[word.start].is_alphabetic())
            || matches!(
                word.lower.as_str(),
                "mr" | "ms"
                    | "mrs"
                    | "dr"
                    | "st"
                    | "prof"
                    | "gen"
                    | "sen"
                    | "rep"
                    | "gov"
                    | "lt"
                    | "col"
                    | "mme"
                    | "mlle"
                    | "pr"
                    | "vs"
                    | "etc"
                    | "no"
                    | "jr"
            ))
}

/// The span without white space at either end, if anything is left.
pub fn trim(chars: &[char], span: Span) -> Option<Span> {
    let mut start = span.start;
    let mut end = span.end;
    while start < end && chars[start].is_whitespace() {
        start += 1;
    }
    while end > start && chars[end - 1].is_whitespace() {
        end -= 1;
    }
    (start < end).then_some(Span { start, end })
}

/// The same word, give or take a Ukrainian inflection ending: "міністр"/"міністра",
/// "Олена"/"Олени". English and French words are compared exactly ("Canada" is not
/// "Canadian").
pub fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if a.is_ascii() || b.is_ascii() || !a.chars().next().is_some_and(is_cyrillic) {
        return false;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    shorter >= 4 && common + 1 >= shorter
}

pub fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_apostrophes_and_count_characters() {
        let doc = Doc::new("«Ні», — сказав він у п’ятницю.\r\nDon’t a-t-il");
        let lower: Vec<&str> = doc.words.iter().map(|w| w.lower.as_str()).collect();
        assert_eq!(
            lower,
            ["ні", "сказав", "він", "у", "п'ятницю", "don't", "a-t-il"]
        );
        assert_eq!(doc.words[0].start, 1);
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(doc.words[5].paragraph, 1);
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let doc = Doc::new("Ms. Vell spoke. Then M. Roux left!");
        let s: Vec<String> = sentences(&doc, &|_| false)
            .iter()
            .map(|s| doc.slice(s.start, s.end))
            .collect();
        assert_eq!(s, ["Ms. Vell spoke.", "Then M. Roux left!"]);
    }
}
