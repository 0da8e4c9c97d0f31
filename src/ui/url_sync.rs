//! Keeps the explorer's state and the address bar in step: the state is written to the
//! query string (a new history entry per action; a search is written once typing pauses),
//! and back/forward read it back. Also applies the interface language to `<html lang>`.

use std::time::Duration;

use leptos::ev;
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;

use crate::app::Explorer;
use crate::briefing::Briefing;
use crate::explore::state::ExploreState;
use crate::explore::url::{decode, encode, param};
use crate::i18n::Lang;
use crate::ui::embed::is_embedded;
use crate::ui::preferences::initial_theme;

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

/// How long the address bar waits for typing to pause. Writing the URL costs the browser
/// several milliseconds, too much to pay on every keystroke of a search.
const TYPING_PAUSE: Duration = Duration::from_millis(250);

/// Writes `url` to the address bar: a new history entry, or in place of the current one.
fn write_url(url: &str, replace: bool) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let result = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
    };
    if result.is_err() {
        web_sys::console::warn_1(&"could not update the address bar".into());
    }
}

/// Installs the two-way binding; call once, inside the explorer's reactive owner.
///
/// History follows what a reader would call a step: each action is a new entry; a search
/// is one entry, made at its first keystroke and refined in place as typing goes on
/// (written once typing pauses); back and forward restore the entry's state, language and
/// theme without writing anything. An embedded explorer never adds entries: they would
/// land in the host page's history.
pub fn keep_in_sync(explorer: Explorer) {
    // A search URL waiting for typing to pause, and the timer that will write it.
    let pending: StoredValue<Option<(TimeoutHandle, String)>, LocalStorage> =
        StoredValue::new_local(None);
    // True while the current history entry is a search being typed.
    let in_search = StoredValue::new(false);
    // True while a state read back from the address bar is being applied.
    let restoring = StoredValue::new(false);
    let embedded = is_embedded();
    let cancel = move || {
        if let Some((timer, _)) = pending.try_update_value(Option::take).flatten() {
            timer.clear();
        }
    };
    let flush = move || {
        if let Some((timer, url)) = pending.try_update_value(Option::take).flatten() {
            timer.clear();
            write_url(&url, true);
        }
    };
    Effect::new(move |previous: Option<()>| {
        let query = explorer
            .state
            .with(|state| explorer.loaded.with(|l| encode(state, &l.briefing)));
        let typed = explorer
            .typing
            .try_update_value(std::mem::take)
            .unwrap_or(false);
        let correction = explorer
            .replace_next
            .try_update_value(std::mem::take)
            .unwrap_or(false);
        // The first run only reads: the address a reader opened stays as it was (no
        // extra history entry) until they change something.
        if previous.is_none() || restoring.get_value() {
            return;
        }
        let Some(url) = url_for(&query) else {
            return;
        };
        if typed && in_search.get_value() {
            cancel();
            let write = url.clone();
            let timer = set_timeout_with_handle(
                move || {
                    pending.set_value(None);
                    write_url(&write, true);
                },
                TYPING_PAUSE,
            );
            match timer {
                Ok(timer) => pending.set_value(Some((timer, url))),
                Err(_) => write_url(&url, true),
            }
            return;
        }
        // A search still waiting belongs to the entry being left, so it is written first.
        flush();
        in_search.set_value(typed);
        // Compared as states, not strings: the address may spell the same state another
        // way (`src=a/b.json` versus our `src=a%2Fb.json`), which is no reason for an entry.
        let already_there = explorer.state.with_untracked(|state| {
            explorer
                .loaded
                .with_untracked(|l| decode(&location_search(), &l.briefing) == *state)
        });
        if !already_there {
            write_url(&url, embedded || correction);
        }
    });

    let handle = window_event_listener(ev::popstate, move |_| {
        // The entry now shown is the truth; a search waiting to be written is not.
        cancel();
        in_search.set_value(false);
        let search = location_search();
        let state = explorer
            .loaded
            .with_untracked(|l| decode(&search, &l.briefing));
        restoring.set_value(true);
        explorer.state.set(state);
        explorer.lang.set(initial_lang());
        explorer.theme.set(initial_theme());
        // Effects run after this handler; stop skipping writes once they have.
        request_animation_frame(move || restoring.set_value(false));
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
