//! Small pieces the views and controls share: highlighted text, stance shapes, links to
//! other states, the empty state, the notice for a hidden cited item, the problem report,
//! and the windowing of long lists.

pub mod cite_notice;
pub mod effect;
pub mod empty_state;
pub mod highlighted;
pub mod keyed_rows;
pub mod links;
pub mod list_window;
pub mod show_if;
pub mod stance_badge;
pub mod validation_report;
