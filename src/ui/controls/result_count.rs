//! The live count of what the filters show, announced to screen readers as it changes.

use leptos::prelude::*;

use crate::i18n::{count, Lang};
use crate::ui::context::use_explorer;

/// "12 positions shown · 5 events shown" in `lang` (also the printed copy's line).
pub fn summary(lang: Lang, positions: usize, events: usize) -> String {
    format!(
        "{} · {}",
        count(lang, "count.positions_shown", positions),
        count(lang, "count.events_shown", events)
    )
}

/// The summary, in a polite status region.
#[component]
pub fn ResultCount() -> impl IntoView {
    let ex = use_explorer();
    let text = move || {
        let (p, e) = ex.results.with(|r| (r.positions.len(), r.events.len()));
        summary(ex.lang.get(), p, e)
    };
    view! {
        <p class="result-count" role="status" aria-live="polite" aria-atomic="true">
            {text}
        </p>
    }
}
