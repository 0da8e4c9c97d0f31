//! Bringing the reader to where a link pointed: the item scrolled into view and focused,
//! so keyboard and screen-reader users continue from there rather than from the top.
//! Every function acts after the next frame, once the new view is drawn; an element that
//! is not there (filtered out) is simply not landed on.

use leptos::prelude::request_animation_frame;
use wasm_bindgen::JsCast;

use super::{document, window};

/// Scrolls the first element matching `selector` to the middle of the screen (read with
/// its context around it) and focuses it.
pub fn land_on(selector: String) {
    land(selector, web_sys::ScrollLogicalPosition::Center, true);
}

/// Scrolls the element at `selector` just enough to show it (honouring its
/// `scroll-margin`, so a sticky panel does not cover it); focus stays where it is.
pub fn reveal(selector: String) {
    land(selector, web_sys::ScrollLogicalPosition::Nearest, false);
}

/// Focuses the element at `selector`, scrolling only if it is out of view.
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

/// Focuses the first element matching any of `selectors`, in order.
pub fn focus_first(selectors: &'static [&'static str]) {
    if window().is_none() {
        return;
    }
    request_animation_frame(move || {
        let Some(d) = document() else {
            return;
        };
        let found = selectors
            .iter()
            .find_map(|s| d.query_selector(s).ok().flatten());
        if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// The value of the first element matching `selector`'s attribute `name`.
pub fn attribute_of(selector: &str, name: &str) -> Option<String> {
    document()?
        .query_selector(selector)
        .ok()
        .flatten()?
        .get_attribute(name)
}

/// After the next frame, scrolls the first element matching `selector` into view at
/// `block`, and focuses it (without scrolling again) when `focus` is set.
fn land(selector: String, block: web_sys::ScrollLogicalPosition, focus: bool) {
    if window().is_none() {
        return;
    }
    request_animation_frame(move || {
        let Some(target) = document().and_then(|d| d.query_selector(&selector).ok().flatten())
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

/// A CSS attribute selector value, quoted (ids are validated, but stay safe anyway).
pub fn quoted(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}
