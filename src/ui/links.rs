//! Links that change the explorer's state: a real `href` (so they can be opened in a new
//! tab, copied or shared) and, on a plain click, an in-page state change with history.

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::app::{use_explorer, Explorer};
use crate::explore::state::ExploreState;
use crate::explore::url::encode;

/// The `href` for the state `change` would produce, keeping the current path.
pub fn href_for(ex: Explorer, change: impl FnOnce(&mut ExploreState)) -> String {
    let mut state = ex.state.get();
    change(&mut state);
    let query = ex.loaded.with(|l| encode(&state, &l.briefing));
    if query.is_empty() {
        "?".to_string()
    } else {
        query
    }
}

/// True for a click the page should handle itself (not a new-tab or new-window click).
pub fn is_plain_click(ev: &MouseEvent) -> bool {
    ev.button() == 0 && !ev.ctrl_key() && !ev.meta_key() && !ev.shift_key() && !ev.alt_key()
}

/// A link to another state of the explorer.
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
    let href_change = change.clone();
    let href = move || href_for(ex, href_change.clone());
    let on_click = move |ev: MouseEvent| {
        if is_plain_click(&ev) {
            ev.prevent_default();
            ex.update(change.clone());
        }
    };
    view! {
        <a href=href class=class on:click=on_click>
            {children()}
        </a>
    }
}
