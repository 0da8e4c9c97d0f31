//! The default briefing, compiled into the app from `data/briefing.json`.
//!
//! `build.rs` validates this file with the crate's own validator, so a broken default fails
//! the build: at run time it is only parsed (validating it again would repeat work the build
//! has done; `cargo bench --bench query` measures both). A parse that fails all the same
//! reports, never panics.

use super::model::Briefing;
use super::validate::{parse, Problem};

/// The default briefing's JSON: `data/briefing.json` without its indentation (`build.rs`
/// writes it after validating the file).
pub const DEFAULT_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/briefing.json"));

/// The default briefing, parsed (the build validated it).
pub fn default_briefing() -> Result<Briefing, Vec<Problem>> {
    parse(DEFAULT_JSON)
}
