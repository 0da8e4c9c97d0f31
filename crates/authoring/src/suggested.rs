//! From suggestions to the draft: the quotations `suggest` proposes for a source text,
//! those still open (not quoted yet, not dismissed), accepting one as a position whose
//! quote is anchored at the suggestion's exact range and whose actor is matched by name
//! (or added), and adding every speaker as an actor in one step. Each operation is one
//! undo step of the draft; a quote is made by the same operation as "Quote selection",
//! so it is checked against the source's text and the validator accepts it verbatim.
//! Topic and stance are left to the editor.

use std::collections::HashSet;

use briefing::{Attribution, Briefing};
use suggest::{ActorSuggestion, QuoteKind, QuoteSuggestion, Suggestions};

use super::draft::{known, push_actor, quote_into, Draft, EditError, Item, Target};
use super::selection::Passage;

/// A quotation's range: what a suggestion is known by (its dismissal, its quote).
pub type Range = (usize, usize);

/// The actor of `b` one of `names` names (its name or an alias, case and outer white
/// space aside), if any.
pub fn matching_actor(b: &Briefing, names: &[&str]) -> Option<usize> {
    let wanted: Vec<String> = names.iter().map(|n| n.trim().to_lowercase()).collect();
    let named = |n: &str| wanted.contains(&n.trim().to_lowercase());
    b.actors
        .iter()
        .position(|a| named(&a.name) || a.aliases.iter().any(|x| named(x)))
}

/// Every name `speaker` goes by in `suggestions`: itself, and its actor's name and aliases.
fn names_of<'a>(suggestions: &'a Suggestions, speaker: &'a str) -> Vec<&'a str> {
    let mut names = vec![speaker];
    if let Some(a) = suggestions.actor_named(speaker) {
        names.push(&a.name);
        names.extend(a.aliases.iter().map(String::as_str));
    }
    names
}

/// The actors the quotations' speakers are, each once, in the order they first speak,
/// that `b` does not have yet.
pub fn new_speakers<'a>(b: &Briefing, suggestions: &'a Suggestions) -> Vec<&'a ActorSuggestion> {
    let mut seen = HashSet::new();
    suggestions
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_deref())
        .filter(|speaker| matching_actor(b, &names_of(suggestions, speaker)).is_none())
        .filter_map(|speaker| suggestions.actor_named(speaker))
        .filter(|a| seen.insert(a.name.as_str()))
        .collect()
}

/// The quotations of `suggestions` for source `source` still to decide on: not quoted by
/// the draft at exactly their range, and not dismissed.
pub fn open_quotes<'a>(
    draft: &Draft,
    source: usize,
    suggestions: &'a Suggestions,
    dismissed: &HashSet<Range>,
) -> Vec<&'a QuoteSuggestion> {
    let quoted: HashSet<Range> = draft.quoted_ranges(source).into_iter().collect();
    suggestions
        .quotes
        .iter()
        .filter(|q| !quoted.contains(&(q.start, q.end)) && !dismissed.contains(&(q.start, q.end)))
        .collect()
}

/// Adds `actor` to `b` with its aliases; returns its index.
fn push_suggested(b: &mut Briefing, actor: &ActorSuggestion) -> Result<usize, EditError> {
    let name = known(&actor.name).ok_or(EditError::NameRequired)?;
    let i = push_actor(b, name, actor.kind.as_str());
    let added = &mut b.actors[i];
    for alias in &actor.aliases {
        if alias != &added.name && !added.aliases.contains(alias) {
            added.aliases.push(alias.clone());
        }
    }
    Ok(i)
}

impl Draft {
    /// Adds every speaker of `suggestions` that is not an actor yet (by name or alias),
    /// with its kind and aliases, as one undo step; returns how many were added.
    pub fn add_speakers(&mut self, suggestions: &Suggestions) -> Result<usize, EditError> {
        self.edit_briefing(|b| {
            let new: Vec<ActorSuggestion> =
                new_speakers(b, suggestions).into_iter().cloned().collect();
            for actor in &new {
                push_suggested(b, actor)?;
            }
            Ok(new.len())
        })
    }

    /// Accepts quotation `q` of source `source` as one undo step: a new position quoting
    /// exactly its range, its speaker as the actor (the draft's actor of that name, or a
    /// new one of the suggested kind), "stated" for a direct quotation with a speaker;
    /// topic and stance left for the editor. Refused, with nothing changed, when the
    /// source's text there is not the suggestion's any more.
    pub fn accept_quote(
        &mut self,
        source: usize,
        q: &QuoteSuggestion,
        suggestions: &Suggestions,
    ) -> Result<Item, EditError> {
        let passage = Passage {
            source,
            start: q.start,
            end: q.end,
            text: q.text.clone(),
        };
        self.edit_briefing(|b| {
            let actor = match q.speaker.as_deref() {
                None => String::new(),
                Some(speaker) => {
                    let i = match matching_actor(b, &names_of(suggestions, speaker)) {
                        Some(i) => i,
                        None => match suggestions.actor_named(speaker) {
                            Some(a) => push_suggested(b, a)?,
                            None => push_actor(
                                b,
                                known(speaker).ok_or(EditError::NameRequired)?,
                                suggest::ActorKind::Other.as_str(),
                            ),
                        },
                    };
                    b.actors[i].id.clone()
                }
            };
            let stated = q.kind == QuoteKind::Direct && !actor.is_empty();
            let target = Target::NewPosition {
                actor,
                topic: String::new(),
            };
            let item = quote_into(b, &passage, target)?;
            if let (Item::Position(i), true) = (item, stated) {
                b.positions[i].attribution = Attribution::Stated;
            }
            Ok(item)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::NewSource;

    const TEXT: &str =
        "Mayor Ada Rell spoke on Monday. \u{201c}We will open the bridge,\u{201d} Rell said. \
Union leader Tom Vance disagreed. \u{201c}The bridge is not safe,\u{201d} said Tom Vance.";

    fn draft() -> Draft {
        Draft::new(
            "Bridge",
            "en",
            NewSource {
                text: TEXT.to_string(),
                ..Default::default()
            },
        )
    }

    #[test]
    fn accepting_every_quotation_gives_valid_quotes_and_one_undo_step_each() {
        let mut d = draft();
        let s = suggest::suggest(TEXT);
        assert_eq!(s.quotes.len(), 2, "{s:?}");
        for q in s.quotes.clone() {
            let before = d.briefing().clone();
            let item = d.accept_quote(0, &q, &s).unwrap();
            let Item::Position(i) = item else {
                panic!("a position")
            };
            let p = &d.briefing().positions[i];
            assert_eq!((p.quotes[0].start, p.quotes[0].end), (q.start, q.end));
            assert_eq!(p.attribution, Attribution::Stated);
            assert!(!p.actor.is_empty());
            assert!(d.undo());
            assert_eq!(d.briefing(), &before);
            assert!(d.redo());
        }
        assert_eq!(d.briefing().actors.len(), 2);
        assert!(open_quotes(&d, 0, &s, &HashSet::new()).is_empty());
        // No problem is about a quote: they are verbatim.
        assert!(
            d.problems().iter().all(|p| !p.path.contains("quotes")),
            "{:?}",
            d.problems()
        );
    }

    #[test]
    fn speakers_are_added_once_and_then_matched() {
        let mut d = draft();
        let s = suggest::suggest(TEXT);
        assert_eq!(d.add_speakers(&s).unwrap(), 2);
        assert_eq!(d.add_speakers(&s).unwrap(), 0);
        assert!(d.undo());
        assert!(d.briefing().actors.is_empty());
        assert!(d.redo());
        let q = s.quotes[0].clone();
        d.accept_quote(0, &q, &s).unwrap();
        assert_eq!(d.briefing().actors.len(), 2);
        let p = &d.briefing().positions[0];
        let actor = &d.briefing().actors[matching_actor(d.briefing(), &["Ada Rell"]).unwrap()];
        assert_eq!(p.actor, actor.id);
    }

    #[test]
    fn an_actor_is_matched_by_name_ignoring_case() {
        let mut d = draft();
        d.add_actor("ada rell", "person").unwrap();
        let s = suggest::suggest(TEXT);
        d.accept_quote(0, &s.quotes[0], &s).unwrap();
        assert_eq!(d.briefing().actors.len(), 1);
        assert_eq!(new_speakers(d.briefing(), &s).len(), 1);
    }

    #[test]
    fn dismissed_and_stale_suggestions() {
        let mut d = draft();
        let s = suggest::suggest(TEXT);
        let first = (s.quotes[0].start, s.quotes[0].end);
        let dismissed: HashSet<Range> = [first].into_iter().collect();
        let open = open_quotes(&d, 0, &s, &dismissed);
        assert_eq!(open.len(), 1);
        assert_ne!((open[0].start, open[0].end), first);
        d.edit_source_text(0, &TEXT.replace("Mayor", "The mayor"))
            .unwrap();
        let before = d.briefing().clone();
        assert_eq!(
            d.accept_quote(0, &s.quotes[0], &s),
            Err(EditError::StalePassage)
        );
        assert_eq!(d.briefing(), &before);
    }
}
