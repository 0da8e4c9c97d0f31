//! Keeps the explorer's state and the address bar in step: the state is written to the
//! query string (a new history entry per action, replaced while typing a search), and
//! back/forward read it back. Also applies the interface language to `<html lang>`.

use leptos::ev;
use leptos::prelude::*;

use crate::app::Explorer;
use crate::briefing::Briefing;
use crate::explore::state::ExploreState;
use crate::explore::url::{decode, encode, param};
use crate::i18n::Lang;

/// The current `?query`, or "" outside a browser.
pub fn location_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The state a link describes.
pub fn read_location(briefing: &Briefing) -> ExploreState {
    decode(&location_search(), briefing)
}

/// `lang=` if it names a language we have, else the browser's preferences, else English.
pub fn initial_lang() -> Lang {
    if let Some(lang) = param(&location_search(), "lang").and_then(|tag| Lang::parse(&tag)) {
        return lang;
    }
    let languages = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| {
            list.iter()
                .filter_map(|v| v.as_string())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    Lang::negotiate(languages.iter().map(String::as_str))
}

/// The URL for `query` on the current page (path kept, fragment dropped).
fn url_for(query: &str) -> Option<String> {
    let path = web_sys::window()?.location().pathname().ok()?;
    Some(format!("{path}{query}"))
}

/// Installs the two-way binding; call once, inside the explorer's reactive owner.
pub fn keep_in_sync(explorer: Explorer) {
    Effect::new(move |previous: Option<ExploreState>| {
        let state = explorer.state.get();
        let query = explorer.loaded.with(|l| encode(&state, &l.briefing));
        // The first run only reads: the address a reader opened stays as it was (no
        // extra history entry) until they change something.
        if previous.is_some() && query != location_search() {
            if let (Some(window), Some(url)) = (web_sys::window(), url_for(&query)) {
                if let Ok(history) = window.history() {
                    // A keystroke in the search box refines the current entry rather than
                    // burying the previous view under one entry per letter.
                    let typing = previous.as_ref().is_some_and(|p| {
                        p.filter.query != state.filter.query && {
                            let mut same = p.clone();
                            same.filter.query = state.filter.query.clone();
                            same == state
                        }
                    });
                    let result = if typing {
                        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
                    } else {
                        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
                    };
                    if result.is_err() {
                        web_sys::console::warn_1(&"could not update the address bar".into());
                    }
                }
            }
        }
        state
    });

    let handle = window_event_listener(ev::popstate, move |_| {
        let state = explorer
            .loaded
            .with_untracked(|l| read_location(&l.briefing));
        explorer.state.set(state);
    });
    on_cleanup(move || handle.remove());

    Effect::new(move |_| {
        let tag = explorer.lang.get().tag();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", tag);
        }
    });
}
