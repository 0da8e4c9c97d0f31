//! The filter panel: search, the facet groups and "clear all". A side panel beside the
//! results on wide screens; on narrow ones a sheet over the content, opened from the
//! "Filters" button (which says how many filters are active) and closed by its "Show N
//! results" button, its close button or Escape, after which the reader lands on the results.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::browser::focus::{focus_on, focus_results, land_on};
use crate::browser::page;
use crate::context::use_explorer;
use crate::controls::facet_group::{Facet, FacetGroup};
use crate::parts::effect::effect;
use explore::state::{Filter, View};

/// Whether the filter sheet is open (narrow screens only), shared by its button and panel.
#[derive(Clone, Copy)]
pub struct FilterSheet {
    pub open: RwSignal<bool>,
}

impl FilterSheet {
    /// Provides the sheet's state to the page below, open or not.
    pub fn provide(open: bool) -> FilterSheet {
        let sheet = FilterSheet {
            open: RwSignal::new(open),
        };
        provide_context(sheet);
        sheet
    }

    /// The sheet's state (a closed one if the page provides none).
    pub fn use_sheet() -> FilterSheet {
        use_context::<FilterSheet>().unwrap_or(FilterSheet {
            open: RwSignal::new(false),
        })
    }
}

/// How many choices the filters hold (each actor, topic, stance, phase, and the search).
fn active_count(f: &Filter) -> usize {
    f.actors.len()
        + f.topics.len()
        + f.stances.len()
        + f.phases.len()
        + usize::from(!f.query.trim().is_empty())
}

/// "Filters (2)": opens the sheet on narrow screens (CSS shows it only there).
#[component]
pub fn FiltersButton() -> impl IntoView {
    let ex = use_explorer();
    let sheet = FilterSheet::use_sheet();
    let active = move || ex.state.with(|s| active_count(&s.filter));
    view! {
        <button
            type="button"
            id="filters-button"
            class="btn filters-button"
            aria-expanded=move || if sheet.open.get() { "true" } else { "false" }
            aria-controls="filters"
            on:click=move |_| {
                sheet.open.set(true);
                focus_on("#filters-close".to_string());
            }
        >
            {ex.tr("filters.button")}
            {move || (active() > 0).then(|| view! {
                " "
                <span class="badge">{active()}</span>
                <span class="visually-hidden">{ex.count("filters.active", active())}</span>
            })}
        </button>
    }
}

/// Search and facets; every change lands in the URL through the shared state.
#[component]
pub fn Filters() -> impl IntoView {
    let ex = use_explorer();
    let sheet = FilterSheet::use_sheet();
    let query = move || ex.state.with(|s| s.filter.query.clone());
    let on_input = move |ev| ex.type_search(event_target_value(&ev));
    let is_clear = move || ex.state.with(|s| s.filter.is_empty());
    let clear = move |_| {
        ex.update(|s| s.filter = Filter::default());
        // The button goes with the filters; the search box is where the reader starts again.
        land_on("#search".to_string());
    };
    // On a wide screen the panel is always there: no sheet to keep open.
    effect(move || {
        page::watch_media("(min-width: 60rem)", move |wide| {
            if wide {
                sheet.open.set(false);
            }
        })
    });
    // While the sheet is open, the page behind it is out of reach (and of screen readers).
    effect(move || {
        let open = sheet.open.get();
        page::set_inert(&[".masthead", "#results"], open);
    });
    let close = move |to_results: bool| {
        sheet.open.set(false);
        if to_results {
            focus_results();
        } else {
            focus_on("#filters-button".to_string());
        }
    };
    let shown = move || {
        let timeline = ex.state.with(|s| s.view == View::Timeline);
        ex.results.with(|r| {
            if timeline {
                ex.count("filters.show_events", r.events.len())
            } else {
                ex.count("filters.show_positions", r.positions.len())
            }
        })
    };
    view! {
        // A box that scrolls on its own beside the results (the sheet's body scrolls
        // instead, below): long facet lists draw what is in its view.
        <aside
            id="filters"
            class="filters"
            data-scroller
            class:open=move || sheet.open.get()
            aria-labelledby="filters-heading"
            // Escape closes the sheet; in a search box with text it first clears the text
            // (the browser's own behaviour), and only the next Escape closes.
            on:keydown=move |ev: KeyboardEvent| {
                let clearing = ev
                    .target()
                    .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
                    .is_some_and(|input| input.type_() == "search" && !input.value().is_empty());
                if ev.key() == "Escape" && sheet.open.get_untracked() && !clearing {
                    close(false);
                }
            }
        >
            <div class="filters-head">
                <h2 id="filters-heading">{ex.tr("filters.heading")}</h2>
                <button type="button" id="filters-close" class="btn btn-quiet filters-close" on:click=move |_| close(false)>
                    <span aria-hidden="true">"✕ "</span>
                    {ex.tr("filters.close")}
                </button>
            </div>
            // As a sheet, only this part scrolls, so that nothing scrolls under its head
            // and foot (a choice half under them would be a target too small to touch).
            <div class="filters-body" data-scroller>
            <div class="search">
                <label for="search">{ex.tr("search.label")}</label>
                <input
                    id="search"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="search-hint"
                    prop:value=query
                    on:input=on_input
                    // On a phone, Enter takes the reader to what they searched for.
                    on:keydown=move |ev: KeyboardEvent| {
                        if ev.key() == "Enter" && sheet.open.get_untracked() {
                            ev.prevent_default();
                            close(true);
                        }
                    }
                />
                <p class="hint" id="search-hint">
                    {ex.tr("search.hint")}
                </p>
            </div>
            // Only when there is something to clear.
            <button type="button" class="btn clear-all" hidden=is_clear on:click=clear>
                {ex.tr("filters.clear")}
            </button>
            <div id="facets" class="facets">
                <FacetGroup facet=Facet::Actor />
                <FacetGroup facet=Facet::Topic />
                <FacetGroup facet=Facet::Stance />
                <FacetGroup facet=Facet::Phase />
            </div>
            </div>
            <div class="filters-foot">
                <button type="button" class="btn btn-primary show-results" on:click=move |_| close(true)>
                    {shown}
                </button>
            </div>
        </aside>
        <div class="sheet-backdrop" hidden=move || !sheet.open.get() on:click=move |_| close(false)></div>
    }
}
