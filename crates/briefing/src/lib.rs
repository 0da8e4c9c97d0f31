//! The briefing format (`briefing/1`): its types, its shape, its validator and how a file
//! is loaded; the one text fold that names and search compare with; and the editors' tools
//! on it (filling in offsets, coverage, the CSV template, Web Annotations, synthetic
//! briefings), which the `briefing` command runs.
//!
//! The lowest layer: no Leptos, no browser types, nothing of the other crates. Two parts
//! only the command line needs are features, so they stay out of the wasm: `schema`, the
//! JSON Schema derived from the types (schemars), and `fill`, filling in a draft file
//! by editing its text in place.

pub mod annotations;
pub mod coverage;
pub mod csv;
#[cfg(feature = "fill")]
pub mod fill;
pub mod fold;
pub mod ids;
pub mod load;
pub mod locate;
pub mod model;
pub mod problem;
#[cfg(feature = "schema")]
pub mod schema;
pub mod shape;
pub mod synthetic;
pub mod text;
pub mod validate;

pub use model::{
    Actor, Attribution, Briefing, Event, Phase, Position, Quote, Source, Stance, Topic,
};
pub use problem::Problem;
pub use validate::{parse_and_validate, validate};

/// A value in the layout the briefing files are kept in (`data/briefing.json`): two-space
/// indentation, `": "` between key and value, non-ASCII characters as they are, one
/// newline at the end. Serialising a briefing or a JSON value cannot fail (every key is a
/// string, every number finite), so there is no error to report.
pub fn pretty<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default() + "\n"
}
