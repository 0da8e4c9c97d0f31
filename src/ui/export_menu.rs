//! Export (CSV, JSON) of what is filtered, and print.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::use_explorer;
use crate::explore::export::{file_stem, subset_json, to_csv};
use crate::explore::state::{ExploreState, Filter};
use crate::explore::url::encode;
use crate::ui::loader::shows_local_file;

/// The absolute URL of the explorer in `state` (for links inside exported files).
pub fn absolute_link(query: &str) -> String {
    let location = web_sys::window().map(|w| w.location());
    let origin = location
        .as_ref()
        .and_then(|l| l.origin().ok())
        .unwrap_or_default();
    let path = location
        .as_ref()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default();
    format!("{origin}{path}{query}")
}

/// The link to one position's card: the same briefing (and `src`), filtered to it. Empty
/// for a briefing opened from a local file, which no link can show.
pub fn card_link(
    state: &ExploreState,
    briefing: &crate::briefing::Briefing,
    p: &crate::briefing::Position,
) -> String {
    if shows_local_file() {
        return String::new();
    }
    let target = ExploreState {
        filter: Filter::for_cell(&p.actor, &p.topic),
        // Lands on this very card.
        cite: Some(p.id.clone()),
        other: state
            .other
            .iter()
            .filter(|(k, _)| k == "src" || k == "lang")
            .cloned()
            .collect(),
        ..ExploreState::default()
    };
    absolute_link(&encode(&target, briefing))
}

/// Offers `text` as a download named `name`.
fn download(name: &str, mime: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document.create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    // Some browsers start the download after this returns; free the blob a bit later.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
}

#[component]
pub fn ExportMenu() -> impl IntoView {
    let ex = use_explorer();
    let csv = move |_| {
        let state = ex.state.get_untracked();
        let positions = ex.results.with_untracked(|r| r.positions.clone());
        ex.loaded.with_untracked(|l| {
            let b = &l.briefing;
            // A byte-order mark: without it, Excel reads UTF-8 as a legacy code page and
            // garbles the curly quotes and dashes; other CSV readers skip it.
            let text = format!(
                "\u{feff}{}",
                to_csv(b, &positions, |p| card_link(&state, b, p))
            );
            let name = format!("{}-positions-{}.csv", file_stem(&b.id), positions.len());
            download(&name, "text/csv;charset=utf-8", &text);
        });
    };
    let json = move |_| {
        let (positions, events) = ex
            .results
            .with_untracked(|r| (r.positions.clone(), r.events.clone()));
        let chosen = ExploreState {
            filter: ex.state.with_untracked(|s| s.filter.clone()),
            ..ExploreState::default()
        };
        ex.loaded.with_untracked(|l| {
            let b = &l.briefing;
            if let Ok(text) = subset_json(b, &positions, &events, &encode(&chosen, b)) {
                let name = format!("{}-subset.json", file_stem(&b.id));
                download(&name, "application/json", &text);
            }
        });
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <button type="button" class="tool" on:click=csv>{move || ex.t("export.csv")}</button>
        <button type="button" class="tool" on:click=json>{move || ex.t("export.json")}</button>
        <button type="button" class="tool" on:click=print>{move || ex.t("export.print")}</button>
    }
}
