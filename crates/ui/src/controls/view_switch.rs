//! Chooses the view (cards, matrix, timeline, source); the choice lives in `view=`.

use leptos::prelude::*;

use crate::context::use_explorer;
use explore::state::View;
use i18n::keys;

/// A row of toggle buttons, the current one marked with `aria-pressed`.
#[component]
pub fn ViewSwitch() -> impl IntoView {
    let ex = use_explorer();
    let buttons = View::ALL
        .into_iter()
        .map(|view| {
            let key = keys::view(view);
            let pressed = move || ex.state.with(|s| s.view == view);
            view! {
                <button
                    type="button"
                    data-view=view.as_str()
                    aria-pressed=move || if pressed() { "true" } else { "false" }
                    on:click=move |_| ex.update(|s| s.view = view)
                >
                    {ex.tr_owned(key)}
                </button>
            }
        })
        .collect_view();
    view! {
        <nav class="view-switch" aria-label=ex.tr("view.label")>
            {buttons}
        </nav>
    }
}
