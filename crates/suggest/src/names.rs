//! Noun phrases that can say something: a name with or without its role ("Foreign
//! Minister Ada Rell", "Rell", "міністерка Олена Коваль"), a body ("the Harbour
//! Council"), a group ("European representatives", "officials"), a pronoun ("she"), or a
//! role alone that stands for someone named before ("the minister").
//!
//! Read from a reporting verb: backwards for its subject ("Rell said"), forwards for an
//! inverted one ("said Rell", "a déclaré le ministre"). Words join a phrase only when
//! nothing but spaces separates them, so a comma or a quotation mark ends it.

use crate::lexicon::{lexicon, Lexicon};
use crate::text::Doc;
use crate::{ActorKind, Span};

/// What a phrase refers to.
#[derive(Debug, Clone, PartialEq)]
pub enum Refers {
    /// A name, a body or a group, with the kind its words suggest.
    Named(ActorKind),
    /// A pronoun, for one person (`true`) or several.
    Pronoun(bool),
    /// A role or body word alone ("the minister", "the ministry"): its word, lowercase.
    Definite(String),
}

/// A noun phrase of the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    /// The whole phrase, role included.
    pub span: Span,
    /// The name without its role, for a named phrase.
    pub name: Span,
    /// The role's words, if any: "Foreign Minister".
    pub role: Option<Span>,
    pub refers: Refers,
}

/// Word `i` follows word `i - 1` with only spaces between (or the dot of an
/// A pronoun as a phrase: the word itself, standing for a speaker named elsewhere.
fn pronoun(w: &crate::text::Word, one: bool) -> Phrase {
    let span = Span {
        start: w.start,
        end: w.end,
    };
    Phrase {
        span,
        name: span,
        role: None,
        refers: Refers::Pronoun(one),
    }
}

/// abbreviation: "Ms. Vell", "M. Roux").
pub fn joined(doc: &Doc, i: usize) -> bool {
    if i == 0 || doc.words[i - 1].paragraph != doc.words[i].paragraph {
        return false;
    }
    let gap = doc.gap_before(i);
    let prev = &doc.words[i - 1];
    let abbreviation =
        gap.first() == Some(&'.') && (prev.end - prev.start == 1 || lexicon().is_role(&prev.lower));
    // "Fishers’ Guild": a plural's possessive apostrophe stays with the name.
    let possessive = matches!(gap.first(), Some('\'' | '’')) && prev.lower.ends_with('s');
    let rest = if abbreviation || possessive {
        &gap[1..]
    } else {
        gap
    };
    !rest.is_empty() && rest.iter().all(|c| c.is_whitespace())
}

/// "Westerly Sailings, said": a comma closing an apposition that a comma opened, just
/// before word `i`.
fn apposition_comma(doc: &Doc, i: usize) -> bool {
    let gap = doc.gap_before(i);
    let lex = lexicon();
    if i < 2 || gap.first() != Some(&',') || !gap[1..].iter().all(|c| c.is_whitespace()) {
        return false;
    }
    // The name runs back to a comma within four words.
    let mut k = i - 1;
    while k > 0 && joined(doc, k) && i - k < 4 {
        k -= 1;
    }
    name_word(lex, doc, i - 1) && doc.gap_before(k).contains(&',') && doc.words[k].capital
}

/// A word that can be part of a name: capitalised and not a function word.
fn name_word(lex: &Lexicon, doc: &Doc, i: usize) -> bool {
    let w = &doc.words[i];
    w.capital && !lex.is_not_name(&w.lower) && !lex.is_reporting(&w.lower)
}

/// A particle inside a person's name, between name words: "Yann Le Dréau", "Anna van
/// Dijk".
fn particle(lex: &Lexicon, doc: &Doc, i: usize) -> bool {
    let w = &doc.words[i].lower;
    matches!(
        w.as_str(),
        "le" | "la" | "de" | "du" | "van" | "von" | "der" | "di" | "da"
    ) && i > 0
        && i + 1 < doc.words.len()
        && joined(doc, i)
        && joined(doc, i + 1)
        && name_word(lex, doc, i - 1)
        && name_word(lex, doc, i + 1)
}

/// Connectors inside names: "Ministry of Fisheries", "ministère de la Mer".
fn connector(word: &str) -> bool {
    matches!(
        word,
        "of" | "for" | "de" | "du" | "des" | "la" | "d'" | "the" | "and" | "et"
    )
}

/// Quantifiers and adjectives that open a group: "Several leaders", "senior officials".
fn group_modifier(word: &str) -> bool {
    matches!(
        word,
        "several"
            | "some"
            | "many"
            | "two"
            | "three"
            | "four"
            | "senior"
            | "top"
            | "local"
            | "other"
            | "foreign"
            | "western"
            | "government"
            | "union"
            | "plusieurs"
            | "certains"
            | "de"
            | "hauts"
            | "кілька"
            | "деякі"
            | "місцеві"
            | "західні"
    )
}

/// The subject of the reporting verb at word `verb`, reading backwards no further than
/// word `floor`.
pub fn subject_before(doc: &Doc, verb: usize, floor: usize) -> Option<Phrase> {
    let lex = lexicon();
    let mut i = verb;
    // Helpers between subject and verb: "has also said", "a déclaré", "continues to".
    while i > floor && joined(doc, i) && lex.is_auxiliary(&doc.words[i - 1].lower) {
        i -= 1;
    }
    if i <= floor || !(joined(doc, i) || apposition_comma(doc, i)) {
        return None;
    }
    let head = i - 1;
    let w = &doc.words[head];
    if let Some(one) = lex.pronoun(&w.lower) {
        return Some(pronoun(w, one));
    }
    if lex.is_statement(&w.lower) {
        return possessor(doc, head, floor);
    }
    if name_word(lex, doc, head)
        || lex.is_group(&w.lower)
        || lex.is_role(&w.lower)
        || lex.is_body(&w.lower)
    {
        return Some(extend_left(doc, head, floor));
    }
    // "la Ligue côtière estime": an adjective after a body's name (French).
    if head > floor
        && joined(doc, head)
        && doc.words[head - 1].capital
        && lex.is_body(&doc.words[head - 1].lower)
    {
        let mut phrase = extend_left(doc, head - 1, floor);
        phrase.span.end = w.end;
        phrase.name.end = w.end;
        phrase.refers = Refers::Named(ActorKind::Organisation);
        return Some(phrase);
    }
    None
}

/// "Rell’s statement reads", "the ministry's letter says": the one whose statement it is.
/// "The statement said" alone stands for whoever issued it, named before.
fn possessor(doc: &Doc, statement: usize, floor: usize) -> Option<Phrase> {
    let word = &doc.words[statement];
    let itself = Span {
        start: word.start,
        end: word.end,
    };
    let definite = Phrase {
        span: itself,
        name: itself,
        role: None,
        refers: Refers::Definite(word.lower.clone()),
    };
    let Some(owner) = statement
        .checked_sub(1)
        .filter(|&o| o >= floor && joined(doc, statement))
    else {
        return Some(definite);
    };
    let w = &doc.words[owner];
    let Some(stem) = w.lower.strip_suffix("'s") else {
        return matches!(
            w.lower.as_str(),
            "the" | "a" | "its" | "their" | "la" | "le"
        )
        .then_some(definite);
    };
    let lex = lexicon();
    if stem.is_empty() {
        return None;
    }
    let mut phrase = extend_left(doc, owner, floor);
    // The name ends before the "'s".
    phrase.name.end -= 2;
    phrase.span.end -= 2;
    // "The union's statement": the union named before.
    if !w.capital && (lex.is_body(stem) || lex.is_role(stem)) {
        phrase.refers = Refers::Definite(stem.to_string());
    }
    Some(phrase)
}

/// The phrase ending at word `head`, grown leftwards over the words a name, a role or a
/// group is made of.
fn extend_left(doc: &Doc, head: usize, floor: usize) -> Phrase {
    let lex = lexicon();
    let head_word = &doc.words[head];
    let mut first = head;
    while first > floor && joined(doc, first) {
        let prev = &doc.words[first - 1];
        let takes = name_word(lex, doc, first - 1)
            || particle(lex, doc, first - 1)
            || lex.is_role(&prev.lower)
            || (connector(&prev.lower)
                && doc.words[first].capital
                && first - 1 > floor
                && joined(doc, first - 1)
                && (name_word(lex, doc, first - 2) || lex.is_body(&doc.words[first - 2].lower)))
            // "European and Canadian officials", "Several leaders".
            || prev.lower == "and"
            || (lex.is_group(&head_word.lower) && group_modifier(&prev.lower));
        if !takes {
            break;
        }
        first -= 1;
    }
    // A leading "and" or connector is not part of the phrase.
    while first < head && (connector(&doc.words[first].lower) && !doc.words[first].capital) {
        first += 1;
    }
    let before = first
        .checked_sub(1)
        .filter(|&b| b >= floor && joined(doc, first));
    let determiner = before.is_some_and(|b| {
        matches!(
            doc.words[b].lower.as_str(),
            "the" | "le" | "la" | "les" | "l" | "this" | "ce" | "cette"
        )
    });
    let phrase = make_phrase(doc, first, head, determiner);
    spoken_for(doc, first, floor, phrase)
}

/// "a spokesperson for the Harbour Council said": the role before a body that speaks
/// through it.
fn spoken_for(doc: &Doc, first: usize, floor: usize, phrase: Phrase) -> Phrase {
    let lex = lexicon();
    if !matches!(phrase.refers, Refers::Named(ActorKind::Organisation)) {
        return phrase;
    }
    let mut k = first;
    let step = |k: usize| (k > floor && joined(doc, k)).then(|| k - 1);
    let Some(mut link) = step(k) else {
        return phrase;
    };
    if doc.words[link].lower == "the" {
        k = link;
        let Some(l) = step(k) else {
            return phrase;
        };
        link = l;
    }
    if !matches!(doc.words[link].lower.as_str(), "for" | "of" | "at" | "from") {
        return phrase;
    }
    match step(link).filter(|&r| lex.is_role(&doc.words[r].lower)) {
        Some(role) => Phrase {
            span: Span {
                start: doc.words[role].start,
                end: phrase.span.end,
            },
            role: Some(Span {
                start: doc.words[role].start,
                end: doc.words[role].end,
            }),
            ..phrase
        },
        None => phrase,
    }
}

/// The phrase of words `first..=last`: its role part (up to its last role word), its
/// name, and what it refers to.
fn make_phrase(doc: &Doc, first: usize, last: usize, determiner: bool) -> Phrase {
    let lex = lexicon();
    let words = &doc.words[first..=last];
    let span = Span {
        start: words[0].start,
        end: words[words.len() - 1].end,
    };
    let last_role = words.iter().rposition(|w| lex.is_role(&w.lower));
    let has_body = words.iter().any(|w| lex.is_body(&w.lower));
    let head = &words[words.len() - 1];
    let has_capital = words.iter().any(|w| w.capital && !lex.is_role(&w.lower));
    let n = words.len();
    let whole = |a: usize, b: usize| Span {
        start: words[a].start,
        end: words[b].end,
    };
    let (refers, role, name) = if lex.is_group(&head.lower) {
        let kind = if lex.is_expert_group(&head.lower) {
            ActorKind::Experts
        } else {
            ActorKind::Group
        };
        (Refers::Named(kind), None, span)
    } else if let Some(r) = last_role.filter(|&r| r + 1 < n) {
        // "Foreign Minister Ada Rell", "Harbour Council spokesperson Lio Band", "голова
        // Спілки рибалок Вельмару Олена Гнатюк": the name is the capitalised words at
        // the end, two at most besides particles; what comes before it is the role.
        let from = name_start(lex, words, r);
        (
            Refers::Named(ActorKind::Person),
            Some(whole(0, from - 1)),
            whole(from, n - 1),
        )
    } else if let Some(r) = last_role.filter(|&r| r > 0 && has_body && words[0].capital) {
        // "Harbour Council spokesperson": the body, through its spokesperson.
        let first_role = (0..=r).find(|&k| lex.is_role(&words[k].lower)).unwrap_or(r);
        let body = whole(0, first_role.saturating_sub(1));
        (
            Refers::Named(ActorKind::Organisation),
            Some(whole(first_role, r)),
            body,
        )
    } else if has_body && (has_capital && !determiner || n > 1 && words[0].capital) {
        (Refers::Named(ActorKind::Organisation), None, span)
    } else if has_body || last_role == Some(n - 1) {
        // "the ministry", "the minister", "міністр": someone named before.
        (Refers::Definite(head.lower.clone()), None, span)
    } else if n > 1 {
        (Refers::Named(ActorKind::Person), None, span)
    } else {
        (Refers::Named(ActorKind::Other), None, span)
    };
    Phrase {
        span,
        name,
        role,
        refers,
    }
}

/// Where a person's name starts in `words`, after the role ending at word `role`.
fn name_start(lex: &Lexicon, words: &[crate::text::Word], role: usize) -> usize {
    let n = words.len();
    let mut from = n;
    let mut names = 0;
    while from > role + 1 && names < 2 {
        let w = &words[from - 1];
        if !w.capital || lex.is_role(&w.lower) || lex.is_body(&w.lower) {
            break;
        }
        if !matches!(
            w.lower.as_str(),
            "le" | "la" | "de" | "du" | "van" | "von" | "der"
        ) {
            names += 1;
        }
        from -= 1;
    }
    if from == n {
        role + 1
    } else {
        from
    }
}

/// The subject after a reporting verb ending at word `verb`: "said Rell", "said Foreign
/// Minister Ada Rell", "said a spokesperson for the Harbour Council", "a déclaré le
/// ministre", "сказала Коваль". Reads no further than word `ceiling` (exclusive).
pub fn subject_after(doc: &Doc, verb: usize, ceiling: usize) -> Option<Phrase> {
    let lex = lexicon();
    let mut i = verb + 1;
    if i >= ceiling || !joined(doc, i) {
        return None;
    }
    if let Some(one) = lex.pronoun(&doc.words[i].lower) {
        return Some(pronoun(&doc.words[i], one));
    }
    let determiner = matches!(
        doc.words[i].lower.as_str(),
        "the" | "a" | "an" | "le" | "la" | "les" | "l" | "un" | "une"
    );
    if determiner {
        i += 1;
        if i >= ceiling || !joined(doc, i) {
            return None;
        }
    }
    let first = i;
    let mut last = None;
    while i < ceiling && (i == first || joined(doc, i)) {
        let w = &doc.words[i];
        let ok = name_word(lex, doc, i)
            || particle(lex, doc, i)
            || lex.is_role(&w.lower)
            || lex.is_group(&w.lower)
            || lex.is_body(&w.lower)
            || genitive_after_body(doc, i, first)
            || (connector(&w.lower)
                && last.is_some()
                && i + 1 < ceiling
                && joined(doc, i + 1)
                && (doc.words[i + 1].capital || connector(&doc.words[i + 1].lower)));
        if !ok {
            break;
        }
        if !connector(&w.lower) {
            last = Some(i);
        }
        i += 1;
    }
    let last = last?;
    Some(role_for_body(doc, first, last, determiner))
}

/// "голова Спілки рибалок Вельмару": Ukrainian names a body with lowercase words in the
/// genitive after it; up to two are taken.
fn genitive_after_body(doc: &Doc, i: usize, first: usize) -> bool {
    let lex = lexicon();
    let w = &doc.words[i];
    let cyrillic = w.lower.chars().next().is_some_and(crate::text::is_cyrillic);
    let body_before = (first.max(i.saturating_sub(2))..i)
        .any(|k| doc.words[k].capital && lex.is_body(&doc.words[k].lower));
    cyrillic
        && body_before
        && !w.capital
        && !lex.is_reporting(&w.lower)
        && !lex.is_not_name(&w.lower)
        && w.lower.chars().count() > 3
}

/// "a spokesperson for the Harbour Council": the body speaks, through its spokesperson.
fn role_for_body(doc: &Doc, first: usize, last: usize, determiner: bool) -> Phrase {
    let lex = lexicon();
    let words = &doc.words[first..=last];
    let link = words
        .iter()
        .position(|w| matches!(w.lower.as_str(), "for" | "of" | "at" | "du" | "de"));
    if let Some(k) = link.filter(|&k| k > 0 && lex.is_role(&words[k - 1].lower)) {
        let mut start = first + k + 1;
        while start < last && matches!(doc.words[start].lower.as_str(), "the" | "la" | "le") {
            start += 1;
        }
        let body = make_phrase(doc, start, last, false);
        if matches!(body.refers, Refers::Named(_)) {
            return Phrase {
                span: Span {
                    start: words[0].start,
                    end: body.span.end,
                },
                role: Some(Span {
                    start: words[0].start,
                    end: words[k - 1].end,
                }),
                ..body
            };
        }
    }
    make_phrase(doc, first, last, determiner)
}

/// A name in apposition, from word `from`: "according to its director, Samuel Oduya,":
/// the first run of capitalised name words after a comma, before `ceiling`.
pub fn apposition(doc: &Doc, from: usize, ceiling: usize) -> Option<Phrase> {
    let lex = lexicon();
    let first = (from..ceiling.min(from + 6))
        .find(|&k| doc.gap_before(k).contains(&',') && name_word(lex, doc, k))?;
    let mut last = first;
    while last + 1 < ceiling
        && joined(doc, last + 1)
        && (name_word(lex, doc, last + 1) || particle(lex, doc, last + 1))
    {
        last += 1;
    }
    Some(make_phrase(doc, first, last, false))
}

/// A person named with a role just before ("The League’s chief negotiator, Tomas Hale",
/// "Farmer Hester Crane"): the run of two or more name words ending at word `last`, if
/// a role word lies within the five words before it.
pub fn person_at(doc: &Doc, last: usize) -> Option<Span> {
    let lex = lexicon();
    if !name_word(lex, doc, last) {
        return None;
    }
    let mut first = last;
    while first > 0
        && joined(doc, first)
        && (name_word(lex, doc, first - 1) || particle(lex, doc, first - 1))
        && !lex.is_role(&doc.words[first - 1].lower)
    {
        first -= 1;
    }
    let para = doc.words[last].paragraph;
    let role_before = (first.saturating_sub(5)..first)
        .any(|k| doc.words[k].paragraph == para && lex.is_role(&doc.words[k].lower));
    (last > first && role_before).then(|| Span {
        start: doc.words[first].start,
        end: doc.words[last].end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before(text: &str, verb: &str) -> Option<(String, Option<String>, Refers)> {
        let doc = Doc::new(text);
        let v = doc.words.iter().position(|w| w.lower == verb)?;
        subject_before(&doc, v, 0).map(|p| {
            (
                doc.slice(p.name.start, p.name.end),
                p.role.map(|r| doc.slice(r.start, r.end)),
                p.refers,
            )
        })
    }

    fn after(text: &str, verb: &str) -> Option<String> {
        let doc = Doc::new(text);
        let v = doc.words.iter().position(|w| w.lower == verb)?;
        subject_after(&doc, v, doc.words.len()).map(|p| doc.slice(p.name.start, p.name.end))
    }

    #[test]
    fn subjects_before_the_verb() {
        assert_eq!(
            before("Foreign Minister Ada Rell said it.", "said"),
            Some((
                "Ada Rell".into(),
                Some("Foreign Minister".into()),
                Refers::Named(ActorKind::Person)
            ))
        );
        assert_eq!(
            before("Yet leaders insist that", "insist").map(|p| p.0),
            Some("leaders".into())
        );
        assert_eq!(
            before(
                "For now, both European and Canadian officials describe",
                "describe"
            )
            .map(|p| p.0),
            Some("European and Canadian officials".into())
        );
        assert_eq!(
            before("Moscow continues to demand concessions", "demand").map(|p| p.0),
            Some("Moscow".into())
        );
        assert_eq!(
            before("the minister said", "said").map(|p| p.2),
            Some(Refers::Definite("minister".into()))
        );
        assert_eq!(
            before("Rell’s statement reads", "reads").map(|p| p.0),
            Some("Rell".into())
        );
        assert_eq!(
            before("міністерка Олена Коваль заявила", "заявила").map(|p| (p.0, p.1)),
            Some(("Олена Коваль".into(), Some("міністерка".into())))
        );
        assert_eq!(before("The plan, said", "said"), None);
    }

    #[test]
    fn subjects_after_the_verb() {
        assert_eq!(
            after("said Foreign Minister Ada Rell.", "said"),
            Some("Ada Rell".into())
        );
        assert_eq!(
            after("said a spokesperson for the Harbour Council.", "said"),
            Some("Harbour Council".into())
        );
        assert_eq!(
            after("a déclaré le ministre Paul Roux.", "déclaré"),
            Some("Paul Roux".into())
        );
        assert_eq!(after("said on Tuesday.", "said"), None);
    }
}
