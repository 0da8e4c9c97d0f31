//! Exploring a briefing, as plain Rust with no browser types: what the reader chose (filter
//! state, the URL codec, the history rules), the query engine (filtered items and facet
//! counts, search over the format's one fold), what each view draws (card groups and which
//! of them a long list draws, the matrix grid, the timeline by phase, the source reader's
//! runs), landing on an item, loading bookkeeping, exports and the embed messages. Every
//! piece is tested natively.
//!
//! Depends on the format (`briefing`) only.

pub mod embed;
pub mod engine;
pub mod export;
pub mod groups;
pub mod history;
pub mod landing;
pub mod loads;
pub mod matrix;
pub mod prefs;
pub mod reader;
pub mod search;
pub mod segments;
pub mod spelling;
pub mod state;
pub mod timeline;
pub mod url;
pub mod window;
pub mod word_starts;
