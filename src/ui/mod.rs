//! The views: one component per file, each thin over the pure logic in `explore`.

pub mod active_filters;
pub mod cards;
pub mod clipboard;
pub mod embed;
pub mod embed_dialog;
pub mod empty_state;
pub mod export_menu;
pub mod facet_group;
pub mod filters;
pub mod header;
pub mod highlighted;
pub mod landing;
pub mod links;
pub mod loader;
pub mod matrix;
pub mod position_card;
pub mod preferences;
pub mod print_view;
pub mod result_count;
pub mod source_reader;
pub mod stance_badge;
pub mod timeline;
pub mod toolbar;
pub mod url_sync;
pub mod validation_report;
pub mod view_switch;
