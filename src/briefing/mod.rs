//! The briefing format (`briefing/1`): its types, its shape, its validator, how a file is
//! loaded, and the embedded default.

pub mod embedded;
pub mod load;
pub mod model;
pub mod problem;
pub mod shape;
pub mod text;
pub mod validate;

pub use model::{
    Actor, Attribution, Briefing, Event, Phase, Position, Quote, Source, Stance, Topic,
};
pub use problem::Problem;
pub use validate::{parse_and_validate, validate};
