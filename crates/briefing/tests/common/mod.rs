//! What several test files share: the explorer's default briefing as a fixture, read from
//! the file the app compiles in.
#![allow(dead_code)] // each test file uses some of it

use briefing::{validate::parse, Briefing, Problem};

/// `data/briefing.json`, as written.
pub const DEFAULT_JSON: &str = include_str!("../../../../data/briefing.json");

/// The default briefing, parsed.
pub fn default_briefing() -> Result<Briefing, Vec<Problem>> {
    parse(DEFAULT_JSON)
}
