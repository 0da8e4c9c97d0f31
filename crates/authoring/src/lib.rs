//! Briefing Studio's pure layer, tested natively: writing a briefing, from an article to a
//! valid file, without typing an offset. No browser types; the studio's page (the `studio`
//! crate) only calls these.
//!
//! - `draft`: the draft and every edit (ids from names, references, quotes from passages,
//!   re-anchoring after a source edit, the CSV template), with `history` for undo/redo;
//! - `anchor`: finding quotes again after their source text changed;
//! - `facts`: what depends on a source text alone (digest, index, sentences), kept while
//!   the text is unchanged, and the sentences the quotes leave uncited;
//! - `selection`: UTF-16 offsets to characters, a selected passage;
//! - `marks`: the runs the source text is drawn in;
//! - `fields`: from a problem's JSON path to the form field it is about;
//! - `stored`: the drafts' records in the browser's storage; `session`: two tabs on one
//!   draft; `start`: opening a text or a briefing file;
//! - `suggested`: accepting the quotations and speakers `suggest` proposes.
//!
//! Depends on the format, on `explore` (the explorer's `draft=` preview key) and on
//! `suggest` (the suggestions it accepts).

pub mod anchor;
pub mod draft;
pub mod facts;
pub mod fields;
pub mod history;
pub mod marks;
pub mod selection;
pub mod session;
pub mod start;
pub mod stored;
pub mod suggested;
