//! What an empty result says: why it is empty, and a way out.

use leptos::prelude::*;

use crate::app::use_explorer;
use crate::explore::state::{Filter, View};
use crate::ui::links::StateLink;

/// "Nothing matches" with the reason and a "clear all filters" button.
#[component]
pub fn EmptyState(#[prop(into)] what_key: String) -> impl IntoView {
    let ex = use_explorer();
    let search = move || ex.state.with(|s| s.filter.query.trim().to_string());
    let reason = move || {
        let q = search();
        if q.is_empty() {
            ex.t("empty.filters").to_string()
        } else {
            crate::i18n::fill(ex.t("empty.search"), &[("q", &q)])
        }
    };
    // The other kind of result may still match: say so and lead there.
    let elsewhere = {
        let what_key = what_key.clone();
        move || {
            let (positions, events) = ex.results.with(|r| (r.positions.len(), r.events.len()));
            let (n, key, view) = if what_key == "empty.events" {
                (positions, "empty.elsewhere.positions", View::Cards)
            } else {
                (events, "empty.elsewhere.events", View::Timeline)
            };
            (n > 0).then(|| {
                view! {
                    <p>
                        <StateLink change=move |s| s.view = view>{ex.count(key, n)}</StateLink>
                    </p>
                }
            })
        }
    };
    view! {
        <div class="empty-state">
            <p>
                <strong>{move || ex.t(&what_key)}</strong>
                " "
                {reason}
            </p>
            {elsewhere}
            <button type="button" on:click=move |_| ex.update(|s| s.filter = Filter::default())>
                {move || ex.t("filters.clear")}
            </button>
        </div>
    }
}
