//! What a briefing is drawn as: the header, position cards, the stance matrix, the
//! timeline, the source reader and the printed copy. Each takes what it draws from the
//! pure layer (`crate::explore`) and only lays it out.

pub mod cards;
pub mod cite_panel;
pub mod header;
pub mod matrix;
pub mod position_card;
pub mod print_view;
pub mod source_reader;
pub mod timeline;
