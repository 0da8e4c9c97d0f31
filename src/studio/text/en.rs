//! Studio text (en).

pub const STRINGS: &[(&str, &str)] = &[];
