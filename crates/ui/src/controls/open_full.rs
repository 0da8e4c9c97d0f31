//! The embed's link to the full explorer: same state, embedding parameters removed, in a
//! new tab.

use leptos::prelude::*;

use crate::context::use_explorer;

/// "Open in the full explorer". The link is relative to the page, so it needs no address.
#[component]
pub fn OpenFullExplorer() -> impl IntoView {
    let ex = use_explorer();
    let href = move || {
        let query = ex.shared_query();
        if query.is_empty() {
            "./".to_string()
        } else {
            query
        }
    };
    view! {
        <a class="open-full" href=href target="_blank" rel="noopener">
            {ex.tr("embed.open_full")}
        </a>
    }
}
