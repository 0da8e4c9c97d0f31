//! Undo and redo for a draft: snapshots of the whole briefing, taken before each edit.
//!
//! A snapshot shares each source text with the snapshot before it when the text did not
//! change (`Arc<str>`), so a long article costs its size once, not once per step. Edits
//! that carry the same [`Coalesce`] key one after the other (typing in one field) make
//! one step, so undo takes back a word or a sentence rather than a single keystroke.

use std::sync::Arc;

use briefing::{Briefing, Source};

/// The most steps kept; older ones are forgotten first.
pub const MAX_STEPS: usize = 200;

/// Which run of edits an edit belongs to: typing in one field is one run.
pub type Coalesce = Option<String>;

/// A briefing with its source texts held apart and shared.
#[derive(Debug, Clone)]
struct Snapshot {
    /// The briefing with every source's `text` emptied.
    body: Briefing,
    texts: Vec<Arc<str>>,
}

impl Snapshot {
    fn take(b: &Briefing, like: Option<&Snapshot>) -> Snapshot {
        let texts = b
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| match like.and_then(|l| l.texts.get(i)) {
                Some(t) if **t == *s.text => t.clone(),
                _ => Arc::from(s.text.as_str()),
            })
            .collect();
        Snapshot {
            body: without_texts(b),
            texts,
        }
    }

    fn restore(&self) -> Briefing {
        let mut b = self.body.clone();
        for (s, t) in b.sources.iter_mut().zip(&self.texts) {
            s.text = t.to_string();
        }
        b
    }
}

/// `b` with every source's text left out (cloning the texts only to clear them would copy
/// the article at every step).
fn without_texts(b: &Briefing) -> Briefing {
    Briefing {
        format: b.format.clone(),
        id: b.id.clone(),
        title: b.title.clone(),
        summary: b.summary.clone(),
        language: b.language.clone(),
        as_of: b.as_of.clone(),
        sources: b
            .sources
            .iter()
            .map(|s| Source {
                id: s.id.clone(),
                title: s.title.clone(),
                publisher: s.publisher.clone(),
                url: s.url.clone(),
                published: s.published.clone(),
                text: String::new(),
                sha256: s.sha256.clone(),
            })
            .collect(),
        actors: b.actors.clone(),
        topics: b.topics.clone(),
        positions: b.positions.clone(),
        events: b.events.clone(),
    }
}

/// The undo and redo stacks of one draft.
#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<(Snapshot, Coalesce)>,
    redo: Vec<Snapshot>,
    /// The key of the edit made last, while nothing else came between.
    last: Coalesce,
}

impl History {
    /// Records `before`, the briefing as it was before an edit of run `key`. An edit of the
    /// same run as the one before it adds no step.
    pub fn record(&mut self, before: &Briefing, key: Coalesce) {
        self.redo.clear();
        if key.is_some() && key == self.last {
            return;
        }
        let snapshot = Snapshot::take(before, self.undo.last().map(|(s, _)| s));
        self.undo.push((snapshot, key.clone()));
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
        self.last = key;
    }

    /// Ends the current run of edits: the next edit is a step of its own even if it is in
    /// the same field (the author left the field and came back).
    pub fn break_run(&mut self) {
        self.last = None;
    }

    /// Takes back the last step: returns the briefing before it, and keeps `current` for
    /// redo.
    pub fn undo(&mut self, current: &Briefing) -> Option<Briefing> {
        let (snapshot, _) = self.undo.pop()?;
        self.redo.push(Snapshot::take(current, Some(&snapshot)));
        self.last = None;
        Some(snapshot.restore())
    }

    /// Makes the step taken back last again.
    pub fn redo(&mut self, current: &Briefing) -> Option<Briefing> {
        let snapshot = self.redo.pop()?;
        let before = Snapshot::take(current, Some(&snapshot));
        self.undo.push((before, None));
        self.last = None;
        Some(snapshot.restore())
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Forgets every step (another tab's version was loaded: these steps were not its).
    pub fn clear(&mut self) {
        *self = History::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn briefing(title: &str, text: &str) -> Briefing {
        Briefing {
            title: title.into(),
            sources: vec![Source {
                id: "s".into(),
                text: text.into(),
                ..Source::default()
            }],
            ..Briefing::default()
        }
    }

    #[test]
    fn undo_and_redo_walk_the_steps_both_ways() {
        let mut h = History::default();
        let (a, b, c) = (briefing("a", "x"), briefing("b", "x"), briefing("c", "y"));
        h.record(&a, None);
        h.record(&b, None);
        assert_eq!(h.undo(&c), Some(b.clone()));
        assert_eq!(h.undo(&b), Some(a.clone()));
        assert_eq!(h.undo(&a), None);
        assert_eq!(h.redo(&a), Some(b.clone()));
        assert_eq!(h.redo(&b), Some(c.clone()));
        assert!(!h.can_redo());
    }

    #[test]
    fn typing_in_one_field_is_one_step_until_the_run_breaks() {
        let mut h = History::default();
        let key = Some("title".to_string());
        h.record(&briefing("", "x"), key.clone());
        h.record(&briefing("T", "x"), key.clone());
        h.record(&briefing("Ti", "x"), key.clone());
        assert_eq!(h.undo(&briefing("Tit", "x")).unwrap().title, "");
        h.record(&briefing("", "x"), key.clone());
        h.break_run();
        h.record(&briefing("A", "x"), key.clone());
        assert_eq!(h.undo(&briefing("AB", "x")).unwrap().title, "A");
    }

    #[test]
    fn unchanged_texts_are_shared_between_snapshots() {
        let mut h = History::default();
        let text = "é".repeat(1000);
        h.record(&briefing("a", &text), None);
        h.record(&briefing("b", &text), None);
        let (first, second) = (&h.undo[0].0.texts[0], &h.undo[1].0.texts[0]);
        assert!(Arc::ptr_eq(first, second));
        assert!(h.undo[0].0.body.sources[0].text.is_empty());
    }

    #[test]
    fn the_oldest_steps_go_first() {
        let mut h = History::default();
        for n in 0..MAX_STEPS + 5 {
            h.record(&briefing(&n.to_string(), ""), None);
        }
        let mut last = None;
        let mut current = briefing("now", "");
        while let Some(b) = h.undo(&current) {
            last = Some(b.title.clone());
            current = b;
        }
        assert_eq!(last.as_deref(), Some("5"));
    }
}
