//! Small pieces the views and controls share: copy and share buttons, highlighted text,
//! stance shapes, links to other states, the empty state, the notices for a hidden cited item and for what a link
//! names that the briefing lacks, the problem report, and the windowing of long lists.

pub mod cite_notice;
pub mod copy_button;
pub mod effect;
pub mod empty_state;
pub mod highlighted;
pub mod keyed_rows;
pub mod links;
pub mod list_window;
pub mod show_if;
pub mod stance_badge;
pub mod unmatched_notice;
pub mod validation_report;
