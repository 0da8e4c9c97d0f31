//! The default briefing, compiled into the app from `data/briefing.json`.
//!
//! `build.rs` validates this file with the format's own validator, so a broken default
//! fails the build: at run time it is only parsed (validating it again would repeat work
//! the build has done; `cargo bench -p explore --bench query` measures both). A parse that
//! fails all the same reports, never panics.

use briefing::validate::parse;
use briefing::{Briefing, Problem};

/// The default briefing's JSON: `data/briefing.json` without its indentation (`build.rs`
/// writes it after validating the file).
pub const DEFAULT_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/briefing.json"));

/// The default briefing, parsed (the build validated it).
pub fn default_briefing() -> Result<Briefing, Vec<Problem>> {
    parse(DEFAULT_JSON)
}
