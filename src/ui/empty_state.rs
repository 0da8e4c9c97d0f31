//! What an empty result says: why it is empty, and a way out.

use leptos::prelude::*;

use crate::app::use_explorer;
use crate::explore::state::{Filter, View};
use crate::ui::landing::{focus_results, land_on};
use crate::ui::links::StateLink;

/// "Nothing matches" with the reason and a "clear all filters" button.
#[component]
pub fn EmptyState(#[prop(into)] what_key: String) -> impl IntoView {
    let ex = use_explorer();
    let search = move || ex.state.with(|s| s.filter.query.trim().to_string());
    // The other kind of result may still match: then that, not "everything is excluded",
    // is what the reader needs to hear.
    let other = {
        let what_key = what_key.clone();
        move || {
            let (positions, events) = ex.results.with(|r| (r.positions.len(), r.events.len()));
            if what_key == "empty.events" {
                (positions, "empty.elsewhere.positions", View::Cards)
            } else {
                (events, "empty.elsewhere.events", View::Timeline)
            }
        }
    };
    let reason = {
        let other = other.clone();
        move || {
            let q = search();
            if !q.is_empty() {
                crate::i18n::fill(ex.t("empty.search"), &[("q", &q)])
            } else if other().0 > 0 {
                String::new()
            } else {
                ex.t("empty.filters").to_string()
            }
        }
    };
    let elsewhere = {
        move || {
            let (n, key, view) = other();
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
            <button type="button" on:click=move |_| {
                ex.update(|s| s.filter = Filter::default());
                // The button goes away with the empty result; the search box (or, in an
                // embed, the results) is where the reader carries on.
                if gloo_utils::document().get_element_by_id("search").is_some() {
                    land_on("#search".to_string());
                } else {
                    focus_results();
                }
            }>
                {move || ex.t("filters.clear")}
            </button>
        </div>
    }
}
