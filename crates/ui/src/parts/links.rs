//! Links that change the explorer's state: a real `href` (so they can be opened in a new
//! tab, copied or shared) and, on a plain click, an in-page state change with history.

use std::sync::Arc;

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::browser::focus::focus_results;
use crate::context::use_explorer;
use explore::embed::without_embed;
use explore::state::ExploreState;

/// True for a click the page should handle itself (not a new-tab or new-window click).
pub fn is_plain_click(ev: &MouseEvent) -> bool {
    ev.button() == 0 && !ev.ctrl_key() && !ev.meta_key() && !ev.shift_key() && !ev.alt_key()
}

/// A link to another state of the explorer.
///
/// In an embed fixed to one view (`embed=1&view=...`), a link to another view would strand
/// the reader (the view buttons are hidden), so it opens the full explorer in a new tab.
#[component]
pub fn StateLink<F>(
    /// Applied to a copy of the current state to make the target.
    change: F,
    children: Children,
    #[prop(optional, into)] class: String,
) -> impl IntoView
where
    F: Fn(&mut ExploreState) + Send + Sync + 'static,
{
    state_link(Arc::new(change), children, class)
}

/// The change a link makes; shared, so the link's code exists once, not once per caller.
type Change = Arc<dyn Fn(&mut ExploreState) + Send + Sync>;

fn state_link(change: Change, children: Children, class: String) -> impl IntoView {
    let ex = use_explorer();
    let leaves = {
        let change = change.clone();
        move || {
            ex.fixed_view && {
                let mut target = ex.state.get();
                change(&mut target);
                target.view != ex.state.with(|s| s.view)
            }
        }
    };
    let href = {
        let (change, leaves) = (change.clone(), leaves.clone());
        move || {
            let query = ex.query_after(|s| change(s));
            if leaves() {
                without_embed(&query)
            } else if query.is_empty() {
                "?".to_string()
            } else {
                query
            }
        }
    };
    let new_tab = {
        let leaves = leaves.clone();
        move || leaves().then_some("_blank")
    };
    let rel = {
        let leaves = leaves.clone();
        move || leaves().then_some("noopener")
    };
    let on_click = move |ev: MouseEvent| {
        if is_plain_click(&ev) && !leaves() {
            ev.prevent_default();
            ex.update(|s| change(s));
            focus_results();
        }
    };
    view! {
        <a href=href class=class target=new_tab rel=rel on:click=on_click>
            {children()}
        </a>
    }
}

/// "Show in source": the source reader, scrolled to the passage that position or event
/// `id` quotes.
#[component]
pub fn ShowInSource(id: String) -> impl IntoView {
    let ex = use_explorer();
    view! {
        <StateLink class="show-in-source" change=move |s| s.show_in_source(&id)>
            {ex.tr("card.show_in_source")}
        </StateLink>
    }
}

/// The shareable address of one position's card (the same briefing and `src`, landing on
/// it). Empty for a briefing opened from a local file, which no address can show. Call
/// from event handlers: it reads the page's address.
pub fn card_link(
    state: &ExploreState,
    briefing: &briefing::Briefing,
    p: &briefing::Position,
) -> String {
    if crate::loader::shows_local_file() {
        return String::new();
    }
    let target = state.link_to(&explore::landing::Target::position(p));
    crate::browser::location::absolute(&explore::url::encode(&target, briefing))
}
