//! The default briefing, compiled into the app from `data/briefing.json`.
//!
//! `build.rs` has already validated this file, so a broken default fails the build; the
//! run-time check below still guards against a build made without it and reports, never
//! panics.

use super::model::Briefing;
use super::validate::{parse_and_validate, Problem};

/// The default briefing's JSON: `data/briefing.json` without its indentation (`build.rs`
/// writes it after validating the file).
pub const DEFAULT_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/briefing.json"));

/// Parses and validates the default briefing.
pub fn default_briefing() -> Result<Briefing, Vec<Problem>> {
    parse_and_validate(DEFAULT_JSON)
}
