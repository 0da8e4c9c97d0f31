//! Actors: the speakers found, and the named bodies the text mentions (ministries,
//! councils, unions, governments), each once however many ways the text names it:
//! "Foreign Minister Ada Rell", "Ada Rell" and "Rell" are one person, and a Ukrainian
//! name in another case ("Олени Коваль" after "за словами") is the same name. Groups are
//! never merged by their last word: "officials" and "European officials" may well be
//! different people.

use std::collections::HashMap;

use crate::found::Found;
use crate::lexicon::lexicon;
use crate::names::joined;
use crate::text::same_word;
use crate::text::Doc;
use crate::{ActorKind, ActorSuggestion, Passage, Span};

/// One way of naming an actor: its text and its words, lowercase.
#[derive(Debug, Clone)]
struct Form {
    text: String,
    words: Vec<String>,
}

#[derive(Debug, Clone)]
struct Actor {
    forms: Vec<Form>,
    kind: ActorKind,
    role: Option<String>,
}

/// The actors of a text.
#[derive(Debug, Default)]
pub struct Actors {
    list: Vec<Actor>,
}

/// Collects the actors: the speakers of `found` first, then the named bodies.
pub fn collect(doc: &Doc, found: &[Found]) -> Actors {
    let mut actors = Actors::default();
    for speaker in found.iter().filter_map(|f| f.speaker.as_ref()) {
        let role = speaker.role.map(|r| doc.slice(r.start, r.end));
        actors.add(form(doc, speaker.name), speaker.kind, role);
    }
    for body in bodies(doc) {
        actors.add(form(doc, body), ActorKind::Organisation, None);
    }
    actors.complete_names(doc);
    actors
}

fn form(doc: &Doc, span: Span) -> Form {
    let from = doc.word_at_or_after(span.start);
    let to = doc.word_at_or_after(span.end);
    Form {
        text: doc.slice(span.start, span.end),
        words: doc.words[from..to]
            .iter()
            .map(|w| w.lower.clone())
            .collect(),
    }
}

fn same_words(a: &[String], b: &[String]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same_word(x, y))
}

/// A shorter name that is the end of a longer one: "Rell" of "Ada Rell".
fn ends_with(long: &[String], short: &[String]) -> bool {
    !short.is_empty()
        && long.len() > short.len()
        && same_words(&long[long.len() - short.len()..], short)
}

impl Actors {
    fn add(&mut self, form: Form, kind: ActorKind, role: Option<String>) {
        if form.words.is_empty() {
            return;
        }
        let person_like = |k: ActorKind| matches!(k, ActorKind::Person | ActorKind::Other);
        let found = self.list.iter().position(|a| {
            a.forms.iter().any(|f| {
                same_words(&f.words, &form.words)
                    || (person_like(a.kind)
                        && person_like(kind)
                        && (ends_with(&f.words, &form.words) || ends_with(&form.words, &f.words)))
            })
        });
        match found {
            Some(k) => {
                let actor = &mut self.list[k];
                if !actor.forms.iter().any(|f| f.text == form.text) {
                    actor.forms.push(form);
                }
                if actor.kind == ActorKind::Other && kind != ActorKind::Other {
                    actor.kind = kind;
                }
                if actor.role.is_none() {
                    actor.role = role;
                }
            }
            None => self.list.push(Actor {
                forms: vec![form],
                kind,
                role,
            }),
        }
    }

    /// Gives a person known only by one word ("Hale") the fuller name the text gives
    /// them elsewhere with a role ("The League’s chief negotiator, Tomas Hale"): the
    /// name is in the text, so nothing is made up.
    fn complete_names(&mut self, doc: &Doc) {
        // Where each word is, once: a text with thousands of names stays linear.
        let mut at: HashMap<&str, Vec<usize>> = HashMap::new();
        for (k, w) in doc.words.iter().enumerate() {
            if w.capital {
                at.entry(w.lower.as_str()).or_default().push(k);
            }
        }
        for actor in &mut self.list {
            let one_word = actor.forms.iter().all(|f| f.words.len() == 1);
            if !one_word || !matches!(actor.kind, ActorKind::Person | ActorKind::Other) {
                continue;
            }
            let last = actor.forms[0].words[0].clone();
            let fuller = at
                .get(last.as_str())
                .into_iter()
                .flatten()
                .find_map(|&k| crate::names::person_at(doc, k));
            if let Some(span) = fuller {
                actor.forms.push(form(doc, span));
                actor.kind = ActorKind::Person;
            }
        }
    }

    /// The name of the actor named `span`: its fullest form.
    pub fn name_for(&self, doc: &Doc, span: Span) -> String {
        let text = doc.slice(span.start, span.end);
        self.list
            .iter()
            .find(|a| a.forms.iter().any(|f| f.text == text))
            .map_or(text, |a| a.name().to_string())
    }

    /// The actors as suggestions, each with every place the text names it.
    pub fn into_suggestions(self, doc: &Doc) -> Vec<ActorSuggestion> {
        let mentions = mentions(doc, &self.list);
        let mut out: Vec<ActorSuggestion> = self
            .list
            .iter()
            .zip(mentions)
            .map(|(a, mentions)| {
                let name = a.name().to_string();
                ActorSuggestion {
                    aliases: a
                        .forms
                        .iter()
                        .filter(|f| f.text != name)
                        .map(|f| f.text.clone())
                        .collect(),
                    name,
                    kind: a.kind,
                    role: a.role.clone(),
                    mentions,
                }
            })
            .collect();
        out.sort_by_key(|a| a.mentions.first().map_or(usize::MAX, |m| m.start));
        out
    }
}

impl Actor {
    /// The fullest form: the most words, the first seen among equals.
    fn name(&self) -> &str {
        let most = self.forms.iter().map(|f| f.words.len()).max().unwrap_or(0);
        self.forms
            .iter()
            .find(|f| f.words.len() == most)
            .map_or("", |f| f.text.as_str())
    }
}

/// Named bodies anywhere in the text: a run of capitalised words with a body noun in it
/// ("Harbour Council", "Ministry of Fisheries", "ministère de la Mer", "Рада рибалок").
fn bodies(doc: &Doc) -> Vec<Span> {
    let lex = lexicon();
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.words.len() {
        if !lex.is_body(&doc.words[i].lower) {
            i += 1;
            continue;
        }
        let (first, last) = body_run(doc, i);
        if last > first || (doc.words[i].capital && first < i) {
            out.push(Span {
                start: doc.words[first].start,
                end: doc.words[last].end,
            });
        }
        i = last + 1;
    }
    out
}

/// The words around body noun `i` that name the body.
fn body_run(doc: &Doc, i: usize) -> (usize, usize) {
    let lex = lexicon();
    let name_like = |k: usize| {
        let w = &doc.words[k];
        w.capital && !lex.is_not_name(&w.lower) && !lex.is_reporting(&w.lower)
    };
    let connector = |k: usize| {
        matches!(
            doc.words[k].lower.as_str(),
            "of" | "for" | "de" | "du" | "des" | "la" | "d'"
        )
    };
    let mut first = i;
    // Not over a role: "Речник міністерства" is a spokesperson, not the ministry's name.
    while first > 0
        && joined(doc, first)
        && name_like(first - 1)
        && !lex.is_role(&doc.words[first - 1].lower)
    {
        first -= 1;
    }
    let mut last = i;
    let cyrillic = doc.words[i]
        .lower
        .chars()
        .next()
        .is_some_and(|c| ('а'..='я').contains(&c) || "іїєґ".contains(c));
    let mut lowercase_taken = 0;
    loop {
        let k = last + 1;
        if k >= doc.words.len() || !joined(doc, k) {
            break;
        }
        let w = &doc.words[k];
        // After a lowercase body word ("ministère") only "de la Mer" follows; after the
        // lowercase words of a Ukrainian name, one capitalised word ends it ("рибалок
        // Вельмару").
        if name_like(k) && doc.words[i].capital {
            last = k;
            if lowercase_taken > 0 {
                break;
            }
        } else if connector(k)
            && k + 1 < doc.words.len()
            && joined(doc, k + 1)
            && (name_like(k + 1) || connector(k + 1))
        {
            last = k + 1;
            if name_like(k + 1) {
                continue;
            }
        } else if cyrillic
            && doc.words[i].capital
            && lowercase_taken < 2
            && !lex.is_reporting(&w.lower)
            && !lex.is_not_name(&w.lower)
            && lex.pronoun(&w.lower).is_none()
            && w.lower.chars().count() > 3
        {
            // "Рада рибалок Вельмару": Ukrainian names a body in lowercase words after
            // its first.
            lowercase_taken += 1;
            last = k;
        } else {
            break;
        }
    }
    // A run cannot end on a connector.
    while last > i
        && matches!(
            doc.words[last].lower.as_str(),
            "of" | "for" | "de" | "du" | "des" | "la" | "d'"
        )
    {
        last -= 1;
    }
    if first > 0 && doc.words[first].lower == "the" {
        first += 1;
    }
    (first, last)
}

/// Every place each actor is named, longest names first where they overlap.
fn mentions(doc: &Doc, list: &[Actor]) -> Vec<Vec<Passage>> {
    // Forms by the first three letters of their first word, which inflection keeps.
    let key = |w: &str| w.chars().take(3).collect::<String>();
    let mut by_key: HashMap<String, Vec<(usize, &Form)>> = HashMap::new();
    for (k, actor) in list.iter().enumerate() {
        for form in &actor.forms {
            by_key
                .entry(key(&form.words[0]))
                .or_default()
                .push((k, form));
        }
    }
    for forms in by_key.values_mut() {
        forms.sort_by_key(|(_, f)| std::cmp::Reverse(f.words.len()));
    }
    let mut out = vec![Vec::new(); list.len()];
    let mut i = 0;
    while i < doc.words.len() {
        let hit = by_key.get(&key(&doc.words[i].lower)).and_then(|forms| {
            forms.iter().find(|(_, f)| {
                i + f.words.len() <= doc.words.len()
                    && (doc.words[i].capital || !f.text.starts_with(char::is_uppercase))
                    && (1..f.words.len()).all(|j| joined(doc, i + j))
                    && same_words(
                        &doc.words[i..i + f.words.len()]
                            .iter()
                            .map(|w| w.lower.clone())
                            .collect::<Vec<_>>(),
                        &f.words,
                    )
            })
        });
        match hit {
            Some((k, f)) => {
                let end = doc.words[i + f.words.len() - 1].end;
                let start = doc.words[i].start;
                out[*k].push(Passage {
                    start,
                    end,
                    text: doc.slice(start, end),
                });
                i += f.words.len();
            }
            None => i += 1,
        }
    }
    out
}
