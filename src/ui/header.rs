//! The page header: title, summary, where the briefing comes from, and what it holds.

use std::sync::Arc;

use leptos::prelude::*;

use crate::briefing::{Briefing, Source};

/// Title, summary, source attribution, "as of" and counts.
#[component]
pub fn Header(briefing: Arc<Briefing>) -> impl IntoView {
    let as_of = briefing
        .as_of
        .clone()
        .unwrap_or_else(|| "no date given in the source".to_string());
    let counts = format!(
        "{} actors · {} topics · {} positions · {} timeline events",
        briefing.actors.len(),
        briefing.topics.len(),
        briefing.positions.len(),
        briefing.events.len()
    );
    let sources = briefing
        .sources
        .iter()
        .map(|source| view! { <li>{attribution(source)}</li> })
        .collect_view();
    view! {
        <header class="page-header">
            <h1>{briefing.title.clone()}</h1>
            <p class="summary">{briefing.summary.clone()}</p>
            <dl class="provenance">
                <dt>"Source"</dt>
                <dd>
                    <ul class="sources">{sources}</ul>
                </dd>
                <dt>"As of"</dt>
                <dd>{as_of}</dd>
                <dt>"Contents"</dt>
                <dd>{counts}</dd>
            </dl>
        </header>
    }
}

/// "Title, publisher, date", saying plainly what the source does not give.
fn attribution(source: &Source) -> String {
    let title = source
        .title
        .clone()
        .unwrap_or_else(|| "Untitled article".to_string());
    let publisher = source
        .publisher
        .clone()
        .unwrap_or_else(|| "publisher not given".to_string());
    let published = source
        .published
        .clone()
        .unwrap_or_else(|| "date not given".to_string());
    format!("{title} — {publisher}, {published}")
}
