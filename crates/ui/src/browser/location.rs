//! The page's address and what the browser says about the reader (languages, time).

use super::window;

/// The current `?query`, or "".
pub fn search() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The page's path (`/news/explorer/`), or "".
pub fn pathname() -> String {
    window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// The page's origin (`https://example.org`), or "".
pub fn origin() -> String {
    window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// The absolute URL of the explorer with `query` (for links inside exported files).
pub fn absolute(query: &str) -> String {
    format!("{}{}{query}", origin(), pathname())
}

/// The page's URL up to its last `/` (the folder `dist/` is served from).
pub fn base_url() -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let without_query = href.split(['?', '#']).next().unwrap_or_default();
    match without_query.rfind('/') {
        Some(slash) => without_query[..=slash].to_string(),
        None => without_query.to_string(),
    }
}

/// `url` resolved against the page, as origin and path without the query (how the
/// "Loaded from" notice names an address); `url` itself when it does not resolve.
pub fn origin_and_path(url: &str) -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .and_then(|base| web_sys::Url::new_with_base(url, &base).ok())
        .filter(|u| u.origin() != "null")
        .map(|u| format!("{}{}", u.origin(), u.pathname()))
        .unwrap_or_else(|| url.to_string())
}

/// The browser's preferred languages, most preferred first.
pub fn languages() -> Vec<String> {
    window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// Milliseconds since the epoch (0 outside a browser).
pub fn now() -> f64 {
    if window().is_some() {
        js_sys::Date::now()
    } else {
        0.0
    }
}
