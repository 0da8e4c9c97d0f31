//! Studio text (fr).

pub const STRINGS: &[(&str, &str)] = &[];
