//! Bringing the reader to where a link pointed: the item scrolled into view and focused,
//! so keyboard and screen-reader users continue from there rather than from the top.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// After the next frame (once the new view is drawn), scrolls the first element matching
/// `selector` to the middle of the screen and focuses it. Returns nothing: an element
/// that is not there (filtered out) is simply not landed on.
pub fn land_on(selector: String) {
    // Items are centred, so they are read with their context around them.
    land(selector, web_sys::ScrollLogicalPosition::Center, true);
}

/// After the next frame, scrolls the first element matching `selector` into view at
/// `block`, and focuses it (without scrolling again) when `focus` is set.
fn land(selector: String, block: web_sys::ScrollLogicalPosition, focus: bool) {
    request_animation_frame(move || {
        let Some(target) = gloo_utils::document()
            .query_selector(&selector)
            .ok()
            .flatten()
        else {
            return;
        };
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(block);
        target.scroll_into_view_with_scroll_into_view_options(&options);
        if let Some(el) = target.dyn_ref::<web_sys::HtmlElement>().filter(|_| focus) {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = el.focus_with_options(&options);
        }
    });
}

/// Scrolls the element at `selector` just enough to show it (honouring its
/// `scroll-margin`, so a sticky panel does not cover it); focus stays where it is.
pub fn reveal(selector: String) {
    land(selector, web_sys::ScrollLogicalPosition::Nearest, false);
}

/// Focuses the element at `selector` after the next frame, scrolling only if it is out of
/// view.
pub fn focus_on(selector: String) {
    land(selector, web_sys::ScrollLogicalPosition::Nearest, true);
}

/// Moves focus to the results after a link changed them, instead of leaving it on a
/// link that may no longer exist (focus would fall back to the top of the page).
pub fn focus_results() {
    land(
        "#results".to_string(),
        web_sys::ScrollLogicalPosition::Start,
        true,
    );
}

/// A CSS attribute selector value, quoted (ids are validated, but stay safe anyway).
pub fn quoted(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}
