//! Export of what is filtered (CSV, a JSON briefing, W3C Web Annotations of its quotes),
//! and print.

use leptos::prelude::*;

use crate::browser::download::download;
use crate::browser::page;
use crate::context::{use_explorer, ExplorerContext};
use briefing::annotations::{annotations_json, MEDIA_TYPE};
use briefing::csv;
use explore::export::{file_stem, subset_json, to_csv};
use explore::state::ExploreState;
use explore::url::encode;

/// Calls `f` with the briefing, the filtered positions and events, and the filters as a
/// query string (exports name the filters that chose their items).
fn with_filtered(
    ex: ExplorerContext,
    f: impl FnOnce(&briefing::Briefing, &[usize], &[usize], &str),
) {
    let (positions, events) = ex
        .results
        .with_untracked(|r| (r.positions.clone(), r.events.clone()));
    let chosen = ExploreState {
        filter: ex.state.with_untracked(|s| s.filter.clone()),
        ..ExploreState::default()
    };
    ex.loaded.with_untracked(|l| {
        let b = &l.briefing;
        f(b, &positions, &events, &encode(&chosen, b));
    });
}

/// The export and print buttons; each also closes the options menu it sits in.
#[component]
pub fn ExportMenu() -> impl IntoView {
    let ex = use_explorer();
    let csv = move |_| {
        let positions = ex.results.with_untracked(|r| r.positions.clone());
        ex.loaded.with_untracked(|l| {
            let b = &l.briefing;
            let text = to_csv(b, &positions);
            let name = format!("{}-positions-{}.csv", file_stem(&b.id), positions.len());
            download(&name, csv::MEDIA_TYPE, &text);
        });
    };
    let json = move |_| {
        with_filtered(ex, |b, positions, events, filters| {
            if let Ok(text) = subset_json(b, positions, events, filters) {
                let name = format!("{}-subset.json", file_stem(&b.id));
                download(&name, "application/json", &text);
            }
        })
    };
    // Every quote of the filtered positions and events, anchored in its source, for
    // annotation tools (the filters are named in the collection's label).
    let annotations = move |_| {
        with_filtered(ex, |b, positions, events, filters| {
            let text = annotations_json(b, positions, events, filters);
            let name = format!("{}-annotations.jsonld", file_stem(&b.id));
            download(&name, MEDIA_TYPE, &text);
        })
    };
    view! {
        <button type="button" class="btn" popovertarget="options-panel" popovertargetaction="hide" on:click=csv>{ex.tr("export.csv")}</button>
        <button type="button" class="btn" popovertarget="options-panel" popovertargetaction="hide" on:click=json>{ex.tr("export.json")}</button>
        <button type="button" class="btn" popovertarget="options-panel" popovertargetaction="hide" on:click=annotations>{ex.tr("export.annotations")}</button>
        <button type="button" class="btn" popovertarget="options-panel" popovertargetaction="hide" on:click=move |_| page::print()>{ex.tr("export.print")}</button>
    }
}
