//! The filter panel: search, facet groups, "clear all", and the live result count.

use leptos::prelude::*;

use crate::explore::state::Filter;
use crate::ui::browser::focus::land_on;
use crate::ui::context::use_explorer;
use crate::ui::controls::facet_group::{Facet, FacetGroup};
use crate::ui::controls::result_count::ResultCount;

/// Search and facets; every change lands in the URL through the shared state.
#[component]
pub fn Filters() -> impl IntoView {
    let ex = use_explorer();
    let query = move || ex.state.with(|s| s.filter.query.clone());
    let on_input = move |ev| ex.type_search(event_target_value(&ev));
    let is_clear = move || ex.state.with(|s| s.filter.is_empty());
    let open = RwSignal::new(false);
    // Not `disabled` when there is nothing to clear: a disabled button drops the focus of
    // whoever just pressed it. The search box is where the reader starts again.
    let clear = move |_| {
        if !is_clear() {
            ex.update(|s| s.filter = Filter::default());
            land_on("#search".to_string());
        }
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
            <ResultCount />
            <button
                type="button"
                class="clear-all"
                on:click=clear
                aria-disabled=move || if is_clear() { "true" } else { "false" }
            >
                {move || ex.t("filters.clear")}
            </button>
            // On a narrow screen the facet lists would push the results far down: they
            // fold behind a button there (CSS shows the button only then).
            <button
                type="button"
                class="facets-toggle"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls="facets"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || ex.t(if open.get() { "filters.hide" } else { "filters.show" })}
            </button>
            <div id="facets" class="facets" class:folded=move || !open.get()>
                <FacetGroup facet=Facet::Actor />
                <FacetGroup facet=Facet::Topic />
                <FacetGroup facet=Facet::Stance />
                <FacetGroup facet=Facet::Phase />
            </div>
        </aside>
    }
}
