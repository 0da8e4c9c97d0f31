//! The browser history rules, as a plain state machine: what the address bar does for
//! each kind of step a reader (or the explorer) makes.
//!
//! - A reader's action ([`Step::Action`]) is a new history entry.
//! - Typing a search ([`Step::Typing`]) is one entry: made at the first keystroke, then
//!   refined in place, written once typing pauses (writing the address costs the browser
//!   several milliseconds, too much for every keystroke).
//! - A correction ([`Step::Correction`]) fixes the address without being a step of its own
//!   (a `src=` that could not be loaded is taken out): it replaces the entry.
//! - Back and forward ([`History::restore`]) show an entry's state and write nothing.
//! - An embedded explorer never adds entries (they would land in the host page's
//!   history): every write replaces.
//!
//! The caller says which kind of step it makes; the browser side only carries out the
//! [`Write`]s and the pause timer.

/// The kind of a state change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Action,
    Typing,
    Correction,
}

/// What to do to the address bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Write {
    /// A new entry with this URL.
    Push(String),
    /// This URL in place of the current entry.
    Replace(String),
}

/// What the browser side does after a step.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    /// Writes to make now, in order.
    pub now: Vec<Write>,
    /// (Re)start the pause timer; when it fires, call [`History::pause`].
    pub wait_for_pause: bool,
}

/// The history state between steps.
#[derive(Debug, Clone, Default)]
pub struct History {
    embedded: bool,
    /// True while the current entry is a search being typed.
    in_search: bool,
    /// A typed search's URL waiting for typing to pause.
    pending: Option<String>,
}

impl History {
    pub fn new(embedded: bool) -> History {
        History {
            embedded,
            ..History::default()
        }
    }

    /// A step of kind `step` led to `url`; `already_there` is true when the address bar
    /// already describes the new state (the same state spelled another way is no reason
    /// for an entry).
    pub fn step(&mut self, step: Step, url: String, already_there: bool) -> Plan {
        if step == Step::Typing && self.in_search {
            self.pending = Some(url);
            return Plan {
                now: Vec::new(),
                wait_for_pause: true,
            };
        }
        // A search still waiting belongs to the entry being left: written first.
        let mut now: Vec<Write> = self
            .pending
            .take()
            .map(Write::Replace)
            .into_iter()
            .collect();
        self.in_search = step == Step::Typing;
        if !already_there {
            let replace = self.embedded || step == Step::Correction;
            now.push(if replace {
                Write::Replace(url)
            } else {
                Write::Push(url)
            });
        }
        Plan {
            now,
            wait_for_pause: false,
        }
    }

    /// Typing paused: the search's URL, if one is waiting, replaces its entry.
    pub fn pause(&mut self) -> Option<Write> {
        self.pending.take().map(Write::Replace)
    }

    /// Back or forward showed another entry: it is the truth; a search waiting to be
    /// written is dropped, and the next keystroke starts a new entry.
    pub fn restore(&mut self) {
        self.pending = None;
        self.in_search = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn push(url: &str) -> Write {
        Write::Push(url.to_string())
    }

    fn replace(url: &str) -> Write {
        Write::Replace(url.to_string())
    }

    #[test]
    fn each_action_is_a_new_entry() {
        let mut h = History::new(false);
        assert_eq!(
            h.step(Step::Action, "?actor=a".into(), false).now,
            [push("?actor=a")]
        );
        assert_eq!(
            h.step(Step::Action, "?view=matrix".into(), false).now,
            [push("?view=matrix")]
        );
        // The address already says it: nothing to write.
        assert_eq!(
            h.step(Step::Action, "?view=matrix".into(), true),
            Plan::default()
        );
    }

    #[test]
    fn typing_is_one_entry_written_when_typing_pauses() {
        let mut h = History::new(false);
        assert_eq!(
            h.step(Step::Typing, "?q=s".into(), false).now,
            [push("?q=s")]
        );
        let plan = h.step(Step::Typing, "?q=sa".into(), false);
        assert!(plan.now.is_empty() && plan.wait_for_pause);
        let plan = h.step(Step::Typing, "?q=san".into(), false);
        assert!(plan.now.is_empty() && plan.wait_for_pause);
        assert_eq!(h.pause(), Some(replace("?q=san")));
        assert_eq!(h.pause(), None);
        // Still the same search: refined in place.
        assert!(h.step(Step::Typing, "?q=sanc".into(), false).wait_for_pause);
    }

    #[test]
    fn an_action_during_typing_writes_the_search_first_then_its_own_entry() {
        let mut h = History::new(false);
        h.step(Step::Typing, "?q=s".into(), false);
        h.step(Step::Typing, "?q=sa".into(), false);
        let plan = h.step(Step::Action, "?q=sa&view=matrix".into(), false);
        assert_eq!(plan.now, [replace("?q=sa"), push("?q=sa&view=matrix")]);
        // Typing again after an action is a new search entry.
        assert_eq!(
            h.step(Step::Typing, "?q=sab".into(), false).now,
            [push("?q=sab")]
        );
    }

    #[test]
    fn corrections_and_embeds_replace() {
        let mut h = History::new(false);
        assert_eq!(
            h.step(Step::Correction, "?".into(), false).now,
            [replace("?")]
        );
        let mut embed = History::new(true);
        assert_eq!(
            embed
                .step(Step::Action, "?embed=1&view=matrix".into(), false)
                .now,
            [replace("?embed=1&view=matrix")]
        );
        assert_eq!(
            embed.step(Step::Typing, "?embed=1&q=x".into(), false).now,
            [replace("?embed=1&q=x")]
        );
    }

    #[test]
    fn back_drops_a_waiting_search_and_ends_it() {
        let mut h = History::new(false);
        h.step(Step::Typing, "?q=s".into(), false);
        h.step(Step::Typing, "?q=sa".into(), false);
        h.restore();
        assert_eq!(h.pause(), None, "the entry now shown is the truth");
        assert_eq!(
            h.step(Step::Typing, "?q=x".into(), false).now,
            [push("?q=x")]
        );
    }
}
