//! What a briefing is drawn as: the header, position cards, the stance matrix, the
//! timeline, the source reader and the printed copy. Each takes what it draws from the
//! pure layer (`explore`) and only lays it out.

pub mod cards;
pub mod cite_panel;
pub mod header;
pub mod matrix;
pub mod position_card;
pub mod print_view;
pub mod source_reader;
pub mod timeline;

use leptos::prelude::*;

use crate::context::use_explorer;
use explore::state::View;

/// The view the reader chose, drawn again only when the choice changes (not on every
/// keystroke of a search). The one place a `View` becomes its component: the explorer's
/// page and the studio's preview both draw this.
#[component]
pub fn ChosenView() -> impl IntoView {
    let ex = use_explorer();
    let current = Memo::new(move |_| ex.state.with(|s| s.view));
    move || match current.get() {
        View::Cards => view! { <cards::Cards /> }.into_any(),
        View::Matrix => view! { <matrix::Matrix /> }.into_any(),
        View::Timeline => view! { <timeline::Timeline /> }.into_any(),
        View::Source => view! { <source_reader::SourceReader /> }.into_any(),
    }
}
