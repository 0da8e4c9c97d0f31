//! The live count of what the view shows, announced to screen readers as it changes.

use leptos::prelude::*;

use crate::context::use_explorer;
use explore::state::View;
use i18n::{count, Lang};

/// What `view` shows, counted in `lang`: positions for the cards and the matrix, events for
/// the timeline, both for the source (its marks come from both). "12 positions shown".
pub fn summary(lang: Lang, view: View, positions: usize, events: usize) -> String {
    let positions = count(lang, "count.positions_shown", positions);
    let events = count(lang, "count.events_shown", events);
    match view {
        View::Cards | View::Matrix => positions,
        View::Timeline => events,
        View::Source => format!("{positions} · {events}"),
    }
}

/// The summary, in a polite status region.
#[component]
pub fn ResultCount() -> impl IntoView {
    let ex = use_explorer();
    let text = move || {
        let (p, e) = ex.results.with(|r| (r.positions.len(), r.events.len()));
        summary(ex.lang.get(), ex.state.with(|s| s.view), p, e)
    };
    view! {
        <p class="result-count" role="status" aria-live="polite" aria-atomic="true">
            {text}
        </p>
    }
}

/// Says what the search looked for when it corrected a misspelling ("Also showing
/// matches for “sanctions”: you typed “sanctons”").
#[component]
pub fn SearchNote() -> impl IntoView {
    let ex = use_explorer();
    let note = move || {
        let corrections: Vec<(String, String)> = ex.results.with(|r| {
            r.search
                .corrections()
                .into_iter()
                .map(|(typed, fixed)| (typed.to_string(), fixed.to_string()))
                .collect()
        });
        (!corrections.is_empty()).then(|| {
            let text = corrections
                .iter()
                .map(|(typed, fixed)| {
                    i18n::fill_isolated(
                        ex.t("search.corrected"),
                        &[("typed", typed), ("fixed", fixed)],
                    )
                })
                .collect::<Vec<_>>()
                .join(" ");
            view! { <p class="search-note">{text}</p> }
        })
    };
    view! { <div class="search-note-slot" aria-live="polite">{note}</div> }
}
