//! Direct quotations: text between quotation marks, in every common style — “…”, "…",
//! «…» (with or without the French spaces inside), „…“, ‘…’, '…', ‹…› — nested, mixed
//! as pasted text mixes them («…"), and running over paragraphs the way newspapers run
//! them: a paragraph left open and the next one opening with a quotation mark again.
//!
//! The marks are read with a stack. Whether a mark opens or closes is told by what is
//! around it: an opening mark follows a space, a dash, a bracket or the paragraph's start
//! and comes before a word; a closing mark follows a word or punctuation and comes before
//! a space or punctuation. That is also what tells a quotation's `’` or `'` from an
//! apostrophe: "don’t" has a letter on both sides, so it neither opens nor closes. Only
//! the outermost quotation is suggested; quotations inside it are part of its words.

use serde::Serialize;

use crate::text::Doc;
use crate::Span;

/// How a quotation is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// In quotation marks: the speaker's own words.
    Direct,
    /// In the writer's words, attributed by a reporting verb: "officials say that …".
    Reported,
}

/// A quotation mark waiting for its closing mark.
#[derive(Debug, Clone, Copy)]
struct Open {
    at: usize,
    mark: char,
}

/// The marks that close a quotation opened by `open`. Straight and curly double marks
/// close each other's quotations, since pasted text mixes them («…" and “…"); a single
/// mark closes only a single mark's, so that apostrophes stay apostrophes.
fn closes(open: char, close: char) -> bool {
    match open {
        '“' => matches!(close, '”' | '"' | '“'),
        '„' => matches!(close, '“' | '”' | '"'),
        '«' => matches!(close, '»' | '"' | '”' | '“'),
        '"' => matches!(close, '"' | '”' | '“'),
        '‘' => matches!(close, '’' | '‘'),
        '‚' => matches!(close, '‘' | '’'),
        '\'' => matches!(close, '\'' | '’'),
        '‹' => close == '›',
        _ => false,
    }
}

fn is_mark(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '„' | '«' | '»' | '"' | '‘' | '’' | '‚' | '\'' | '‹' | '›'
    )
}

fn can_open(c: char) -> bool {
    matches!(c, '“' | '„' | '«' | '"' | '‘' | '‚' | '\'' | '‹')
}

/// A mark in a place where a quotation may open: after nothing, a space, a dash, a
/// bracket, a colon or another mark; before a word (or a space, inside French «  »).
fn opens_here(chars: &[char], i: usize, para: Span) -> bool {
    let c = chars[i];
    let before_ok = i == para.start || {
        let p = chars[i - 1];
        p.is_whitespace()
            || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':')
            || is_mark(p)
    };
    let Some(&n) = chars.get(i + 1).filter(|_| i + 1 < para.end) else {
        return false;
    };
    let after_ok = match c {
        '«' | '‹' => true,
        // An apostrophe before a number ("'90s") is not a quotation.
        '\'' | '‘' => n.is_alphabetic() || is_mark(n) || matches!(n, '…' | '.'),
        _ => !n.is_whitespace(),
    };
    before_ok && after_ok
}

/// A mark in a place where a quotation may close: after a word or punctuation; before a
/// space, punctuation, another mark or the paragraph's end.
fn closes_here(chars: &[char], i: usize, para: Span) -> bool {
    let c = chars[i];
    if i == para.start {
        return false;
    }
    let p = chars[i - 1];
    let before_ok = !p.is_whitespace() || matches!(c, '»' | '›');
    let after_ok = i + 1 >= para.end || {
        let n = chars[i + 1];
        n.is_whitespace()
            || is_mark(n)
            || (n.is_ascii_punctuation() && n != '\'' && n != '"')
            || matches!(n, '—' | '–' | '…')
    };
    before_ok && after_ok
}

/// The direct quotations of the text, outermost only, in order, marks included.
pub fn find(doc: &Doc) -> Vec<Span> {
    let chars = &doc.chars;
    let mut out = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    // The mark that reopens a quotation running on from the paragraph before: it is part
    // of the quotation, not a new one.
    let mut reopening: Option<usize> = None;
    for (n, &para) in doc.paragraphs.iter().enumerate() {
        for i in para.start..para.end {
            let c = chars[i];
            if !is_mark(c) || reopening == Some(i) {
                continue;
            }
            if let Some(depth) = closing(&stack, chars, i, para) {
                let open = stack[depth];
                stack.truncate(depth);
                if depth == 0 && has_words(&chars[open.at..i]) {
                    out.push(Span {
                        start: open.at,
                        end: i + 1,
                    });
                }
            } else if can_open(c) && opens_here(chars, i, para) {
                stack.push(Open { at: i, mark: c });
            }
        }
        reopening = None;
        if let Some(&first) = stack.first() {
            stack.clear();
            if let Some(at) = runs_on(doc, n + 1, first.mark) {
                stack.push(first);
                reopening = Some(at);
            }
        }
    }
    out
}

/// Which open quotation the mark at `i` closes, if any: the innermost one it can close,
/// dropping single marks left open above it (apostrophes taken for quotation marks).
fn closing(stack: &[Open], chars: &[char], i: usize, para: Span) -> Option<usize> {
    if !closes_here(chars, i, para) {
        return None;
    }
    let c = chars[i];
    for depth in (0..stack.len()).rev() {
        if closes(stack[depth].mark, c) {
            return Some(depth);
        }
        if !matches!(stack[depth].mark, '‘' | '\'' | '‚' | '‹') {
            return None;
        }
    }
    None
}

/// Where the paragraph `next` reopens a quotation opened with `mark` (a quotation running
/// over paragraphs), if it does: its first character is an opening mark of the same
/// kind.
fn runs_on(doc: &Doc, next: usize, mark: char) -> Option<usize> {
    let para = doc.paragraphs.get(next)?;
    let at = (para.start..para.end).find(|&i| !doc.chars[i].is_whitespace())?;
    let c = doc.chars[at];
    let double = |c: char| matches!(c, '“' | '„' | '«' | '"');
    let same = c == mark || (double(c) && double(mark));
    (same && opens_here(&doc.chars, at, *para)).then_some(at)
}

/// Whether character `at` lies inside one of `quotes` (in order, not overlapping).
pub fn inside(quotes: &[Span], at: usize) -> bool {
    let k = quotes.partition_point(|q| q.end <= at);
    quotes.get(k).is_some_and(|q| q.start <= at)
}

fn has_words(chars: &[char]) -> bool {
    chars.iter().any(|c| c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        find(&doc)
            .iter()
            .map(|s| doc.slice(s.start, s.end))
            .collect()
    }

    #[test]
    fn every_common_style() {
        assert_eq!(quotes("“We will sign,” she said."), ["“We will sign,”"]);
        assert_eq!(quotes("He said \"no\" twice."), ["\"no\""]);
        assert_eq!(
            quotes("« Nous signerons », a dit Roux."),
            ["« Nous signerons »"]
        );
        assert_eq!(quotes("«Ні», — сказав він."), ["«Ні»"]);
        assert_eq!(quotes("Sie sagte: „Nein“."), ["„Nein“"]);
        assert_eq!(quotes("‘We won’t go,’ she said."), ["‘We won’t go,’"]);
        assert_eq!(quotes("'We won't go,' she said."), ["'We won't go,'"]);
    }

    #[test]
    fn apostrophes_are_not_quotations() {
        assert!(quotes("The fishers’ guild didn’t say. It's the '90s.").is_empty());
    }

    #[test]
    fn nested_and_mixed() {
        assert_eq!(
            quotes("«Він сказав: „ні“ і пішов», — додала вона."),
            ["«Він сказав: „ні“ і пішов»"]
        );
        assert_eq!(
            quotes("“She told me ‘never’,” he said."),
            ["“She told me ‘never’,”"]
        );
        assert_eq!(quotes("«freeze\" — no."), ["«freeze\""]);
    }

    #[test]
    fn running_over_paragraphs() {
        let text = "“First part.\n“Second part,” she said.\nAfter.";
        assert_eq!(quotes(text), ["“First part.\n“Second part,”"]);
        // An unclosed mark with no reopening is not a quotation.
        assert!(quotes("“Unclosed.\nNext paragraph.").is_empty());
    }
}
