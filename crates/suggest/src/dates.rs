//! Dated passages for the timeline: calendar dates ("on August 17", "May 18 and 19",
//! "le 17 août", "17 серпня 2025 року"), weekdays ("on Tuesday", "у вівторок"), and
//! time words relative to the report ("next month", "in recent months", "la semaine
//! dernière", "минулого тижня"), each with a phase proposed from its wording — "last",
//! "ago", "dernier", "минулого" are past; "next", "coming", "prochain", "наступного"
//! future; "now", "this week", "aujourd'hui" now — or, for a date that does not say, from
//! the tense of the verbs nearest it. Only the words are suggested: no calendar date is
//! computed from them, so none is ever made up.

use serde::Serialize;

use crate::lexicon::lexicon;
use crate::names::joined;
use crate::text::Doc;

/// When a dated passage lies from the report's point of view: the format's phases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    Past,
    Present,
    Future,
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Past => "past",
            Phase::Present => "present",
            Phase::Future => "future",
        }
    }
}

/// A dated passage and its proposed phase.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateSuggestion {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub phase: Phase,
}

use Phase::{Future as F, Past as P, Present as N};

/// Time phrases, word by word: `a|b` is either word, `#` a number (digits or a number
/// word), and the phase the phrase says. Tried longest first.
const PHRASES: &[(&str, Phase)] = &[
    ("yesterday", P),
    ("today", N),
    ("tonight", N),
    ("tomorrow", F),
    (
        "last|past|previous week|month|year|weekend|spring|summer|autumn|fall|winter|decade|night",
        P,
    ),
    ("until|by spring|summer|autumn|fall|winter", F),
    ("earlier this week|month|year", P),
    ("later this week|month|year", F),
    (
        "this week|month|year|weekend|spring|summer|autumn|winter",
        N,
    ),
    (
        "next|coming week|month|year|weekend|spring|summer|autumn|fall|winter",
        F,
    ),
    ("in recent days|weeks|months|years", P),
    ("recent days|weeks|months", P),
    ("in the coming days|weeks|months|years", F),
    ("the coming days|weeks|months|years", F),
    ("in the next # days|weeks|months|years", F),
    ("the next # days|weeks|months|years", F),
    ("in the past # days|weeks|months|years", P),
    ("a few days|weeks|months|years ago", P),
    ("# day|days|week|weeks|month|months|year|years ago", P),
    ("in|within # day|days|week|weeks|month|months|year|years", F),
    ("for now", N),
    ("right now", N),
    ("at the moment", N),
    ("avant-hier", P),
    ("hier", P),
    ("aujourd'hui", N),
    ("demain", F),
    ("après-demain", F),
    ("la semaine dernière|passée", P),
    ("le mois dernier|passé", P),
    ("l'an dernier|passé", P),
    ("l'année dernière|passée", P),
    ("la semaine prochaine", F),
    ("le mois prochain", F),
    ("l'an prochain", F),
    ("l'année prochaine", F),
    ("cette semaine|année", N),
    ("ce mois-ci", N),
    ("ces derniers jours|mois", P),
    ("ces dernières semaines|années", P),
    ("dans les jours|semaines|mois|années à venir", F),
    ("les jours|semaines|mois|années à venir", F),
    ("dans les prochains jours|mois", F),
    ("dans les prochaines semaines|années", F),
    ("les prochains jours|mois", F),
    ("les prochaines semaines|années", F),
    ("il y a # jours|semaines|mois|ans", P),
    ("dans # jours|semaines|mois|ans", F),
    ("pour l'instant", N),
    ("pour le moment", N),
    ("en ce moment", N),
    ("вчора|учора|позавчора|торік", P),
    ("сьогодні|нині|цьогоріч", N),
    ("завтра|післязавтра", F),
    ("минулого тижня|місяця|року", P),
    ("наступного тижня|місяця|року", F),
    ("цього тижня|місяця|року", N),
    ("останніми днями|тижнями|місяцями|роками", P),
    ("найближчими днями|тижнями|місяцями", F),
    ("у|в найближчі дні|тижні|місяці", F),
    ("найближчим часом", F),
    ("# днів|дні|тижнів|тижні|місяців|місяці|років|роки тому", P),
    ("за # днів|дні|тижнів|тижні|місяців|місяці", F),
    ("поки що", N),
    ("наразі", N),
];

const NUMBER_WORDS: &[&str] = &[
    "a",
    "an",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "several",
    "few",
    "un",
    "une",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "quelques",
    "plusieurs",
    "один",
    "одного",
    "два",
    "дві",
    "три",
    "чотири",
    "п'ять",
    "шість",
    "кілька",
    "декілька",
];

/// Prepositions kept with the date they introduce: "on Tuesday", "le 17 août", "у
/// вівторок".
const LEADS: &[&str] = &[
    "on", "by", "until", "since", "from", "before", "after", "in", "early", "late", "mid", "le",
    "les", "du", "dès", "depuis", "en", "début", "fin", "mi", "jusqu'au", "jusqu'à", "у", "в",
    "до", "з", "від", "із",
];

/// Words that set a weekday or a date in time: "last Tuesday", "mardi prochain".
const BEFORE_WEEKDAY: &[(&str, Phase)] = &[
    ("last", P),
    ("next", F),
    ("this", N),
    ("минулого", P),
    ("минулої", P),
    ("наступного", F),
    ("наступної", F),
    ("цього", N),
    ("цієї", N),
];
const AFTER_WEEKDAY: &[(&str, Option<Phase>)] = &[
    ("morning", None),
    ("afternoon", None),
    ("evening", None),
    ("night", None),
    ("dernier", Some(P)),
    ("prochain", Some(F)),
    ("matin", None),
    ("soir", None),
    ("après-midi", None),
];

/// The dated passages of the text, in order.
pub fn find(doc: &Doc, direct: &[crate::Span]) -> Vec<DateSuggestion> {
    let phrases = compiled();
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.words.len() {
        let hit = phrase_at(doc, i, &phrases)
            .map(|(last, phase)| (i, last, Some(phase)))
            .or_else(|| calendar_at(doc, i))
            .or_else(|| weekday_at(doc, i));
        match hit {
            Some((first, last, phase)) => {
                let first = with_lead(doc, first);
                let (start, end) = (doc.words[first].start, doc.words[last].end);
                let phase = match phase {
                    Some(phase) if !duration_or_date(doc, first) => phase,
                    _ => tense_near(doc, first, last, direct),
                };
                // "in ten years" is a date only when it looks ahead: "the hardest in ten
                // years" is a duration.
                if duration_or_date(doc, first) && phase != Phase::Future {
                    i = last + 1;
                    continue;
                }
                out.push(DateSuggestion {
                    start,
                    end,
                    text: doc.slice(start, end),
                    phase,
                });
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}

type Compiled = Vec<(Vec<Vec<&'static str>>, Phase)>;

fn compiled() -> Compiled {
    let mut out: Compiled = PHRASES
        .iter()
        .map(|(p, phase)| {
            (
                p.split(' ').map(|w| w.split('|').collect()).collect(),
                *phase,
            )
        })
        .collect();
    out.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
    out
}

fn is_number(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_digit()) && !word.is_empty() || NUMBER_WORDS.contains(&word)
}

/// The last word of the longest time phrase starting at word `i`, with its phase.
fn phrase_at(doc: &Doc, i: usize, phrases: &Compiled) -> Option<(usize, Phase)> {
    phrases.iter().find_map(|(words, phase)| {
        let fits = i + words.len() <= doc.words.len()
            && words.iter().enumerate().all(|(j, alternatives)| {
                let w = doc.words[i + j].lower.as_str();
                (j == 0 || joined(doc, i + j))
                    && alternatives
                        .iter()
                        .any(|a| *a == w || (*a == "#" && is_number(w)))
            });
        fits.then(|| (i + words.len() - 1, *phase))
    })
}

/// "in two weeks", "within a month": a date ahead, or a length of time.
fn duration_or_date(doc: &Doc, first: usize) -> bool {
    matches!(doc.words[first].lower.as_str(), "in" | "within")
        && doc
            .words
            .get(first + 1)
            .is_some_and(|w| is_number(&w.lower))
}

/// A day of the month: 1 to 31, with "st", "th", "er" if written so ("17th", "1er").
fn is_day(word: &str) -> bool {
    let digits: String = word.chars().take_while(|c| c.is_ascii_digit()).collect();
    let rest = &word[digits.len()..];
    matches!(digits.parse::<u32>(), Ok(1..=31))
        && matches!(rest, "" | "st" | "nd" | "rd" | "th" | "er")
}

/// A day range written as one word: "18-19".
fn is_day_range(word: &str) -> bool {
    word.split_once('-')
        .is_some_and(|(a, b)| is_day(a) && is_day(b))
}

fn is_year(word: &str) -> bool {
    word.len() == 4 && matches!(word.parse::<u32>(), Ok(1900..=2100))
}

/// A month's name where it is one: English capitalises months (so "may" is a verb).
fn is_month(doc: &Doc, i: usize) -> bool {
    let w = &doc.words[i];
    lexicon().is_month(&w.lower) && (w.capital || !w.lower.is_ascii())
        || (lexicon().is_month(&w.lower)
            && matches!(
                w.lower.as_str(),
                "janvier"
                    | "février"
                    | "mars"
                    | "avril"
                    | "mai"
                    | "juin"
                    | "juillet"
                    | "août"
                    | "septembre"
                    | "octobre"
                    | "novembre"
                    | "décembre"
            ))
}

/// Joiners of a day range: "18 and 19", "18 et 19", "18 і 19", "18–19", "du 18 au 19".
fn range_word(word: &str) -> bool {
    matches!(word, "and" | "to" | "et" | "au" | "і" | "й" | "та")
}

/// Days then a month: "17 August", "18 and 19 May", "le 17 août 2025", "17 серпня
/// 2025 року".
fn days_then_month(doc: &Doc, i: usize) -> Option<usize> {
    let w = |k: usize| doc.words.get(k).map(|w| w.lower.as_str());
    let mut k = i;
    if !w(k).is_some_and(|x| is_day(x) || is_day_range(x)) {
        return None;
    }
    k = second_day(doc, k, true);
    if k + 1 >= doc.words.len() || !joined(doc, k + 1) || !is_month(doc, k + 1) {
        return None;
    }
    Some(with_year(doc, k + 1))
}

/// The last word of a day range that starts at day `k`: "18 and 19", "18 to 19" (with
/// `joined_only`, only when "19" follows its word directly) or "18–19"; `k` for one day.
fn second_day(doc: &Doc, k: usize, joined_only: bool) -> usize {
    let w = |k: usize| doc.words.get(k).map(|w| w.lower.as_str());
    if w(k + 1).is_some_and(range_word)
        && w(k + 2).is_some_and(is_day)
        && (!joined_only || joined(doc, k + 2))
    {
        k + 2
    } else if w(k + 1).is_some_and(is_day)
        && doc
            .gap_before(k + 1)
            .iter()
            .any(|c| matches!(c, '–' | '—' | '-'))
    {
        k + 1
    } else {
        k
    }
}

/// A month then days: "August 17", "May 18 and 19", "May 18-19, 2025".
fn month_then_days(doc: &Doc, i: usize) -> Option<usize> {
    let w = |k: usize| doc.words.get(k).map(|w| w.lower.as_str());
    if !is_month(doc, i) || !doc.words[i].capital {
        return None;
    }
    let mut k = i + 1;
    if !(w(k).is_some_and(|x| is_day(x) || is_day_range(x)) && joined(doc, k)) {
        // "in May", "May 2025".
        if w(k).is_some_and(is_year) && joined(doc, k) {
            return Some(k);
        }
        let lead = i.checked_sub(1).and_then(w);
        return lead
            .is_some_and(|l| {
                matches!(
                    l,
                    "in" | "since" | "until" | "early" | "late" | "mid" | "by"
                )
            })
            .then_some(i);
    }
    k = second_day(doc, k, false);
    // ", 2025"
    if w(k + 1).is_some_and(is_year)
        && doc
            .gap_before(k + 1)
            .iter()
            .all(|c| *c == ',' || c.is_whitespace())
    {
        k += 1;
    }
    Some(k)
}

/// Takes a year after a month, and Ukrainian "року" after it.
fn with_year(doc: &Doc, month: usize) -> usize {
    let mut k = month;
    if doc.words.get(k + 1).is_some_and(|w| is_year(&w.lower)) && joined(doc, k + 1) {
        k += 1;
        if doc.words.get(k + 1).is_some_and(|w| w.lower == "року") && joined(doc, k + 1) {
            k += 1;
        }
    }
    k
}

/// A calendar date at word `i`; a month alone only after "in", "en", "у"; a year alone
/// only after "in", "en", "у … році".
fn calendar_at(doc: &Doc, i: usize) -> Option<(usize, usize, Option<Phase>)> {
    if let Some(last) = days_then_month(doc, i).or_else(|| month_then_days(doc, i)) {
        return Some((i, last, None));
    }
    let w = &doc.words[i].lower;
    let next = doc.words.get(i + 1).filter(|_| joined(doc, i + 1))?;
    let leads_month = matches!(w.as_str(), "en" | "début" | "fin" | "mi" | "у" | "в");
    if leads_month && is_month(doc, i + 1) && !doc.words[i + 1].capital {
        return Some((i, with_year(doc, i + 1), None));
    }
    if matches!(w.as_str(), "in" | "en" | "у" | "в" | "since" | "depuis") && is_year(&next.lower)
    {
        let mut last = i + 1;
        if doc
            .words
            .get(i + 2)
            .is_some_and(|w| w.lower == "році" || w.lower == "року")
        {
            last = i + 2;
        }
        return Some((i, last, None));
    }
    None
}

/// A weekday, with "last", "next", "mardi prochain", "минулого" and "morning" around it.
fn weekday_at(doc: &Doc, i: usize) -> Option<(usize, usize, Option<Phase>)> {
    let lex = lexicon();
    let w = &doc.words[i];
    let (first, phase) = match BEFORE_WEEKDAY.iter().find(|(b, _)| *b == w.lower) {
        Some((_, phase))
            if doc
                .words
                .get(i + 1)
                .is_some_and(|n| lex.is_weekday(&n.lower))
                && joined(doc, i + 1) =>
        {
            (i + 1, Some(*phase))
        }
        _ => (i, None),
    };
    let day = &doc.words[first];
    // English capitalises weekdays; French and Ukrainian do not.
    let english = day.lower.ends_with("day") && day.lower.is_ascii();
    if !lex.is_weekday(&day.lower) || (english && !day.capital) {
        return None;
    }
    let mut last = first;
    let mut phase = phase;
    if let Some(next) = doc.words.get(first + 1).filter(|_| joined(doc, first + 1)) {
        if let Some((_, p)) = AFTER_WEEKDAY.iter().find(|(a, _)| *a == next.lower) {
            last = first + 1;
            phase = phase.or(*p);
        }
    }
    Some((i, last, phase))
}

/// Takes the preposition before a date with it: "on", "le", "у".
fn with_lead(doc: &Doc, first: usize) -> usize {
    match first.checked_sub(1) {
        Some(p) if joined(doc, first) && LEADS.contains(&doc.words[p].lower.as_str()) => p,
        _ => first,
    }
}

/// The phase the verbs nearest a date suggest, in its paragraph: the closest word that
/// marks the future ("will", "va", "буде") or the past ("said", "-ed", "a signé",
/// "заявила"); the present when none does.
fn tense_near(doc: &Doc, first: usize, last: usize, direct: &[crate::Span]) -> Phase {
    let para = doc.words[first].paragraph;
    // Inside a quotation, the speaker's tenses; outside, the writer's.
    let region = |k: usize| {
        let at = doc.words[k].start;
        let q = direct.partition_point(|s| s.end <= at);
        direct.get(q).filter(|s| s.start <= at).copied()
    };
    let here = region(first);
    // Within the date's sentence: no full stop between.
    let ends_sentence = |k: usize| {
        doc.words.get(k + 1).is_some_and(|_| {
            doc.gap_before(k + 1)
                .iter()
                .any(|c| matches!(c, '.' | '!' | '?'))
        })
    };
    let mut lo = first;
    while lo > 0 && first - lo < 8 && !ends_sentence(lo - 1) {
        lo -= 1;
    }
    let mut hi = last;
    while hi + 1 < doc.words.len() && hi - last < 8 && !ends_sentence(hi) {
        hi += 1;
    }
    let mut best: Option<(usize, Phase)> = None;
    for k in lo..=hi {
        if (first..=last).contains(&k) || doc.words[k].paragraph != para || region(k) != here {
            continue;
        }
        if let Some(phase) = tense_of(doc, k) {
            let distance = if k < first { first - k } else { k - last };
            if best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, phase));
            }
        }
    }
    best.map_or(Phase::Present, |(_, p)| p)
}

fn tense_of(doc: &Doc, k: usize) -> Option<Phase> {
    let w = doc.words[k].lower.as_str();
    let next = doc.words.get(k + 1).map_or("", |n| n.lower.as_str());
    let future = matches!(
        w,
        "will"
            | "would"
            | "shall"
            | "scheduled"
            | "expected"
            | "due"
            | "plans"
            | "upcoming"
            | "'ll"
            | "va"
            | "vont"
            | "sera"
            | "seront"
            | "aura"
            | "auront"
            | "doit"
            | "doivent"
            | "prévu"
            | "prévue"
            | "prévues"
            | "prévus"
            | "буде"
            | "будуть"
            | "відбудеться"
            | "відбудуться"
            | "планують"
            | "планує"
            | "запланована"
            | "заплановано"
            | "заплановані"
            | "має"
            | "мають"
    );
    // French future tense: "serons", "aura", "signeront".
    let french_future =
        w.chars().count() > 5 && (w.ends_with("rons") || w.ends_with("ront") || w.ends_with("rez"));
    if future || french_future {
        return Some(Phase::Future);
    }
    let english_past = w.is_ascii()
        && w.len() > 4
        && w.ends_with("ed")
        && !matches!(w, "need" | "indeed" | "speed");
    let past = english_past
        || matches!(
            w,
            "was"
                | "were"
                | "had"
                | "did"
                | "said"
                | "met"
                | "held"
                | "told"
                | "went"
                | "came"
                | "took"
                | "gave"
                | "began"
                | "left"
                | "ago"
                | "était"
                | "avait"
                | "étaient"
                | "fut"
                | "s'est"
                | "hier"
        )
        || (matches!(w, "a" | "ont")
            && (next.ends_with('é')
                || next.ends_with("és")
                || next.ends_with("ée")
                || next.ends_with('u')
                || next.ends_with('i')
                || next.ends_with("it")
                || next.ends_with("is")))
        || ukrainian_past(w);
    past.then_some(Phase::Past)
}

/// A Ukrainian past-tense verb by its ending: "заявив", "відбулася", "зустрілися".
fn ukrainian_past(w: &str) -> bool {
    let cyrillic = w
        .chars()
        .next()
        .is_some_and(|c| ('а'..='я').contains(&c) || "іїєґ".contains(c));
    let n = w.chars().count();
    cyrillic
        && n > 4
        && (w.ends_with("ла")
            || w.ends_with("ли")
            || w.ends_with("лася")
            || w.ends_with("лися")
            || w.ends_with("вся")
            || w.ends_with("ав")
            || w.ends_with("ив")
            || w.ends_with("ів"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str) -> Vec<(String, Phase)> {
        let doc = Doc::new(text);
        find(&doc, &crate::quotes::find(&doc))
            .into_iter()
            .map(|d| (d.text, d.phase))
            .collect()
    }

    #[test]
    fn english_dates_and_phases() {
        assert_eq!(
            dates("The council met on Tuesday and will meet again on August 17."),
            [("on Tuesday".into(), P), ("on August 17".into(), F)]
        );
        assert_eq!(
            dates("Talks are set for May 18 and 19."),
            [("May 18 and 19".into(), N)]
        );
        assert_eq!(dates("A vote next month."), [("next month".into(), F)]);
        assert_eq!(
            dates("The tone improved in recent months. For now, it holds."),
            [("in recent months".into(), P), ("For now".into(), N)]
        );
        // "may" is a verb here, and 2,000 is no year.
        assert!(dates("Talks may resume; 2,000 boats wait.").is_empty());
    }

    #[test]
    fn french_and_ukrainian_dates() {
        assert_eq!(
            dates("Le vote aura lieu le 17 août, après la réunion de mardi dernier."),
            [("le 17 août".into(), F), ("mardi dernier".into(), P)]
        );
        assert_eq!(
            dates("Переговори відбудуться 18 і 19 травня, а минулого тижня сторони зустрілися у вівторок."),
            [
                ("18 і 19 травня".into(), F),
                ("минулого тижня".into(), P),
                ("у вівторок".into(), P)
            ]
        );
    }
}
