//! One draft open in several tabs: who may write it, and what each tab does when another
//! one writes. Pure rules; the browser module feeds them `storage` events.
//!
//! The tab that opened a draft last edits it: opening writes the tab's id as the draft's
//! editor. A tab that sees another tab become the editor turns read-only, follows that
//! tab's changes as they are saved, and offers "Edit here instead", which makes it the
//! editor again (and the other tab read-only). Nothing is ever overwritten without a
//! trace: a save that finds another tab is the editor is not made; the unsaved version
//! is kept as a new draft instead (`Blocked`), and a record written by another tab while
//! this one was the editor (two tabs saving at the same instant) is kept as a new draft
//! before this tab saves over it (`KeepTheirs`).

use super::stored::Stored;

/// Whether this tab may change the draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Editing,
    /// Another tab edits it; this one shows its changes.
    Watching,
}

/// What a tab does after another tab wrote.
#[derive(Debug, Clone, PartialEq)]
pub enum Reaction {
    Nothing,
    /// Another tab took the draft: stop editing, show its version from now on.
    BecomeReadOnly,
    /// Show this newer version (the tab is read-only).
    Show(Box<Stored>),
    /// Another tab wrote while this one was the editor: keep that version as a new draft.
    KeepTheirs(Box<Stored>),
    /// The draft was deleted in another tab; this tab still holds it in memory.
    Deleted,
}

/// What a save should do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveCheck {
    Proceed,
    /// Another tab is the editor: do not write; keep this version elsewhere.
    Blocked,
}

/// This tab's view of one open draft.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    /// This tab's id.
    pub me: String,
    pub draft: String,
    pub mode: Mode,
    /// The last revision this tab saved or showed.
    pub revision: u64,
}

impl Session {
    /// Opening a draft in this tab makes it the editor.
    pub fn open(me: &str, draft: &str, revision: u64) -> Session {
        Session {
            me: me.to_string(),
            draft: draft.to_string(),
            mode: Mode::Editing,
            revision,
        }
    }

    /// The draft's editor changed to `holder`.
    pub fn editor_changed(&mut self, holder: Option<&str>) -> Reaction {
        match holder {
            Some(h) if h != self.me && self.mode == Mode::Editing => {
                self.mode = Mode::Watching;
                Reaction::BecomeReadOnly
            }
            _ => Reaction::Nothing,
        }
    }

    /// The draft's record changed to `stored` (`None`: deleted).
    pub fn record_changed(&mut self, stored: Option<Stored>) -> Reaction {
        let Some(stored) = stored else {
            return Reaction::Deleted;
        };
        if stored.tab == self.me {
            return Reaction::Nothing;
        }
        match self.mode {
            Mode::Watching => {
                self.revision = stored.revision;
                Reaction::Show(Box::new(stored))
            }
            Mode::Editing => Reaction::KeepTheirs(Box::new(stored)),
        }
    }

    /// Before writing: is this tab still the editor?
    pub fn check_save(&self, holder: Option<&str>) -> SaveCheck {
        match (self.mode, holder) {
            (Mode::Editing, None) => SaveCheck::Proceed,
            (Mode::Editing, Some(h)) if h == self.me => SaveCheck::Proceed,
            _ => SaveCheck::Blocked,
        }
    }

    /// A save went through as `revision`.
    pub fn saved(&mut self, revision: u64) {
        self.revision = revision;
    }

    /// "Edit here instead": this tab becomes the editor, from `revision` on.
    pub fn take_over(&mut self, revision: u64) {
        self.mode = Mode::Editing;
        self.revision = revision;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stored::VERSION;
    use briefing::Briefing;

    fn record(tab: &str, revision: u64) -> Stored {
        Stored {
            studio: VERSION,
            id: "d".into(),
            revision,
            saved_at: 0.0,
            tab: tab.into(),
            briefing: Briefing::default(),
        }
    }

    #[test]
    fn the_tab_that_opens_last_edits_and_the_other_follows() {
        let mut a = Session::open("A", "d", 3);
        // B opens the draft: it writes itself as the editor.
        assert_eq!(a.editor_changed(Some("B")), Reaction::BecomeReadOnly);
        assert_eq!(a.mode, Mode::Watching);
        assert_eq!(a.check_save(Some("B")), SaveCheck::Blocked);
        // B saves; A shows B's version.
        assert_eq!(
            a.record_changed(Some(record("B", 4))),
            Reaction::Show(Box::new(record("B", 4)))
        );
        assert_eq!(a.revision, 4);
        // A takes over.
        a.take_over(4);
        assert_eq!(a.check_save(Some("A")), SaveCheck::Proceed);
        // Its own writes echo back to nothing.
        assert_eq!(a.record_changed(Some(record("A", 5))), Reaction::Nothing);
    }

    #[test]
    fn nothing_is_overwritten_silently() {
        let mut a = Session::open("A", "d", 1);
        // A write by B while A is the editor (the same instant): keep B's as a copy.
        assert_eq!(
            a.record_changed(Some(record("B", 2))),
            Reaction::KeepTheirs(Box::new(record("B", 2)))
        );
        // A save that finds B the editor is blocked, even before the event arrived.
        assert_eq!(a.check_save(Some("B")), SaveCheck::Blocked);
        assert_eq!(a.record_changed(None), Reaction::Deleted);
    }
}
