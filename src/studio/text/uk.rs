//! Studio text (uk).

pub const STRINGS: &[(&str, &str)] = &[];
