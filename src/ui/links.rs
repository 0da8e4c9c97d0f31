//! Links that change the explorer's state: a real `href` (so they can be opened in a new
//! tab, copied or shared) and, on a plain click, an in-page state change with history.

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::app::use_explorer;
use crate::explore::embed::without_embed;
use crate::explore::state::{ExploreState, View};
use crate::explore::url::encode;
use crate::ui::landing::focus_results;

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
    F: Fn(&mut ExploreState) + Clone + Send + Sync + 'static,
{
    let ex = use_explorer();
    let target = {
        let change = change.clone();
        move || {
            let mut state = ex.state.get();
            change(&mut state);
            state
        }
    };
    let leaves = {
        let target = target.clone();
        move || ex.fixed_view && target().view != ex.state.with(|s| s.view)
    };
    let href = {
        let leaves = leaves.clone();
        move || {
            let query = ex.loaded.with(|l| encode(&target(), &l.briefing));
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
            ex.update(change.clone());
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
        <StateLink
            class="show-in-source"
            change=move |s| {
                s.view = View::Source;
                s.cite = Some(id.clone());
            }
        >
            {move || ex.t("card.show_in_source")}
        </StateLink>
    }
}
