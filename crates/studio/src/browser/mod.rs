//! Every browser call the studio makes: the storage its drafts live in, the selection in
//! the source text, files, downloads, other tabs' writes, the address, focus. Used from
//! effects and event handlers only; outside a browser each does nothing.

pub mod events;
pub mod files;
pub mod selection;
pub mod storage;

use wasm_bindgen::JsCast;

pub use ui::browser::{document, window};

/// Milliseconds since 1970 (0 outside a browser).
pub fn now() -> f64 {
    if window().is_some() {
        js_sys::Date::now()
    } else {
        0.0
    }
}

/// A random number in `[0, 1)` (0 outside a browser).
pub fn random() -> f64 {
    if window().is_some() {
        js_sys::Math::random()
    } else {
        0.0
    }
}

/// The address's query (`?draft=...`), or "".
pub fn query() -> String {
    ui::browser::location::search()
}

/// Replaces the address's query without a new history entry (the draft open, the
/// language): a reload then comes back to the same place.
pub fn replace_query(query: &str) {
    let Some(w) = window() else {
        return;
    };
    let path = w.location().pathname().unwrap_or_default();
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The browser's preferred languages.
pub fn languages() -> Vec<String> {
    ui::browser::location::languages()
}

/// Opens `url` in a new tab.
pub fn open_tab(url: &str) {
    if let Some(w) = window() {
        let _ = w.open_with_url_and_target(url, "_blank");
    }
}

/// `relative` resolved against the page's address.
pub fn absolute(relative: &str) -> String {
    let Some(w) = window() else {
        return relative.to_string();
    };
    let base = w.location().href().unwrap_or_default();
    web_sys::Url::new_with_base(relative, &base)
        .map(|u| u.href())
        .unwrap_or_else(|_| relative.to_string())
}

/// Focuses the element with `id` after the next frame (once it is drawn), scrolling it
/// into view if needed.
pub fn focus_later(id: String) {
    if window().is_none() {
        return;
    }
    leptos::prelude::request_animation_frame(move || {
        if let Some(el) = document()
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            el.scroll_into_view_with_bool(false);
            let _ = el.focus();
        }
    });
}

/// Sets the tab's title.
pub fn set_title(title: &str) {
    ui::browser::page::set_title(title);
}
