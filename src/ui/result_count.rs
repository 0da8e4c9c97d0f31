//! The live count of what the filters show, announced to screen readers as it changes.

use leptos::prelude::*;

use crate::app::use_explorer;

/// "12 positions shown · 5 events shown", in a polite status region.
#[component]
pub fn ResultCount() -> impl IntoView {
    let ex = use_explorer();
    let summary = move || {
        let (p, e) = ex.results.with(|r| (r.positions.len(), r.events.len()));
        format!(
            "{} · {}",
            ex.count("count.positions_shown", p),
            ex.count("count.events_shown", e)
        )
    };
    view! {
        <p class="result-count" role="status" aria-live="polite" aria-atomic="true">
            {summary}
        </p>
    }
}
