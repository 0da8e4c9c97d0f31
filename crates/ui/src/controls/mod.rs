//! What the reader acts with: the filter panel and its facets, the filters in force, the
//! result count, the view switch, and the header's tools (embed, export, print, language,
//! theme, open a file), and the embed's link to the full explorer.

pub mod active_filters;
pub mod embed_dialog;
pub mod export_menu;
pub mod facet_group;
pub mod filters;
pub mod open_full;
pub mod preferences;
pub mod result_count;
pub mod toolbar;
pub mod view_switch;
