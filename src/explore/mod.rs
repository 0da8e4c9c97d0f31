//! Exploring a briefing, as plain Rust with no browser types: filter state, the URL codec,
//! search folding and the query engine (filtered items and facet counts).

pub mod embed;
pub mod engine;
pub mod export;
pub mod fold;
pub mod segments;
pub mod state;
pub mod url;
pub mod word_starts;
