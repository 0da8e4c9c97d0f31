//! The views: one component per file, each thin over the pure logic in `briefing`.

pub mod header;
pub mod validation_report;
