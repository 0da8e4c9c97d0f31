//! Every call into the browser that the explorer makes, in one place: the address and the
//! history, focus and scrolling, the screen around a long list, the clipboard, downloads, the embed messages, print
//! media, fetching bytes, and reading a studio draft (`draft=`). Views and controls call
//! these only from effects and event handlers, never while building the page.
//!
//! On gloo where a gloo crate does the job: requests and responses (gloo-net), timers
//! (gloo-timers), event listeners removed when dropped (gloo-events), files and object
//! URLs (gloo-file), serde to JS values (gloo-utils). On web-sys where gloo has no API:
//! the address and history, focus and scrolling, layout and resize observers, the
//! clipboard, aborting a request and reading a body as a stream; and the storage, where
//! gloo's API does not fit (`storage`).
//!
//! Outside a browser (the views rendered natively at build time, native tests) there is
//! no window: each function then does nothing and returns an empty value. (gloo-utils'
//! `window()` would panic there: [`window`] is the one place that knows.)

pub mod clipboard;
pub mod download;
pub mod embed;
pub mod fetch;
pub mod focus;
pub mod history;
pub mod location;
pub mod page;
pub mod storage;
pub mod viewport;

/// The window, when running in a browser.
pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// The document, when running in a browser.
pub fn document() -> Option<web_sys::Document> {
    window().and_then(|w| w.document())
}
