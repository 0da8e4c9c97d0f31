//! The filter panel: search, facet groups, "clear all", and the live result count.

use leptos::prelude::*;

use crate::app::use_explorer;
use crate::explore::state::Filter;
use crate::ui::facet_group::{Facet, FacetGroup};

/// Search and facets; every change lands in the URL through the shared state.
#[component]
pub fn Filters() -> impl IntoView {
    let ex = use_explorer();
    let query = move || ex.state.with(|s| s.filter.query.clone());
    let on_input = move |ev| {
        let value = event_target_value(&ev);
        ex.typing.set_value(true);
        ex.update(|s| s.filter.query = value);
    };
    let is_clear = move || ex.state.with(|s| s.filter.is_empty());
    let clear = move |_| ex.update(|s| s.filter = Filter::default());
    let summary = move || {
        let (p, e) = ex.results.with(|r| (r.positions.len(), r.events.len()));
        format!(
            "{} · {}",
            ex.count("count.positions_shown", p),
            ex.count("count.events_shown", e)
        )
    };
    view! {
        <aside class="filters" aria-labelledby="filters-heading">
            <h2 id="filters-heading">{move || ex.t("filters.heading")}</h2>
            <div class="search">
                <label for="search">{move || ex.t("search.label")}</label>
                <input
                    id="search"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="search-hint"
                    prop:value=query
                    on:input=on_input
                />
                <p class="hint" id="search-hint">
                    {move || ex.t("search.hint")}
                </p>
            </div>
            <p class="result-count" role="status" aria-live="polite" aria-atomic="true">
                {summary}
            </p>
            <button type="button" class="clear-all" on:click=clear disabled=is_clear>
                {move || ex.t("filters.clear")}
            </button>
            <FacetGroup facet=Facet::Actor />
            <FacetGroup facet=Facet::Topic />
            <FacetGroup facet=Facet::Stance />
            <FacetGroup facet=Facet::Phase />
        </aside>
    }
}
