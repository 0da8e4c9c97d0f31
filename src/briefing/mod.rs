//! The briefing format (`briefing/1`): its types, its shape, its validator, how a file is
//! loaded, and the embedded default; and the editors' tools on it (filling in offsets,
//! coverage, the CSV template, Web Annotations), which the `briefing` command runs.

pub mod annotations;
pub mod coverage;
pub mod csv_template;
pub mod document;
pub mod embedded;
pub mod fill;
pub mod load;
pub mod model;
pub mod problem;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod shape;
pub mod text;
pub mod validate;

pub use model::{
    Actor, Attribution, Briefing, Event, Phase, Position, Quote, Source, Stance, Topic,
};
pub use problem::Problem;
pub use validate::{parse_and_validate, validate};
