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

/// The attributes that name an element for good: focus is remembered by them.
const HOOKS: &[&str] = &[
    "data-position-id",
    "data-event-id",
    "data-cite-at",
    "data-view",
    "data-actor-id",
    "data-topic-id",
    "data-stance",
    "data-phase",
];

/// A selector for the focused element, to focus it again later, and how far down the
/// screen it is (see `key_of`).
pub fn focus_key() -> Option<(String, f64)> {
    let active = document()?.active_element()?;
    if active.tag_name().eq_ignore_ascii_case("body") {
        return None;
    }
    let top = active.get_bounding_client_rect().top();
    key_of(&active).map(|key| (key, top))
}

/// A selector that finds `element` again in another copy of the page: its nearest
/// ancestor (or itself) with an id or a stable `data-` hook, then the element's tag and
/// first class inside that (`[data-position-id="x"] a.show-in-source`).
pub fn key_of(element: &web_sys::Element) -> Option<String> {
    let mut anchor = Some(element.clone());
    while let Some(el) = anchor {
        let named = HOOKS
            .iter()
            .find_map(|h| el.get_attribute(h).map(|v| format!("[{h}={}]", quoted(&v))))
            .or_else(|| {
                Some(el.id())
                    .filter(|id| !id.is_empty())
                    .map(|id| format!("[id={}]", quoted(&id)))
            });
        if let Some(selector) = named {
            if &el == element {
                return Some(selector);
            }
            let tag = element.tag_name().to_ascii_lowercase();
            let class = element
                .class_list()
                .item(0)
                .map(|c| format!(".{c}"))
                .unwrap_or_default();
            return Some(format!("{selector} {tag}{class}"));
        }
        anchor = el.parent_element();
    }
    None
}

/// Scrolls the window so that the element at `selector` is `top` pixels down the screen.
pub fn scroll_to_place(selector: &str, top: f64) {
    let target = document().and_then(|d| d.query_selector(selector).ok().flatten());
    if let (Some(el), Some(w)) = (target, window()) {
        w.scroll_by_with_x_and_y(0.0, el.get_bounding_client_rect().top() - top);
    }
}

/// Focuses the element at `selector`, scrolled so that its top is `top` pixels down the
/// screen (when given), without any other scrolling.
pub fn focus_quietly(selector: &str, top: Option<f64>) {
    let target = document().and_then(|d| d.query_selector(selector).ok().flatten());
    if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        if let (Some(top), Some(w)) = (top, window()) {
            w.scroll_by_with_x_and_y(0.0, el.get_bounding_client_rect().top() - top);
        }
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
}

/// A CSS attribute selector value, quoted (ids are validated, but stay safe anyway).
pub fn quoted(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Keeps Tab inside `container` (a dialog): from its last control Tab goes to its first,
/// and Shift+Tab from its first to its last. Call from the container's keydown handler.
pub fn keep_tab_inside(ev: &web_sys::KeyboardEvent, container: &web_sys::Element) {
    if ev.key() != "Tab" {
        return;
    }
    let Ok(list) = container.query_selector_all(
        "a[href], button:not([disabled]), input:not([disabled]), select, textarea, iframe, [tabindex]:not([tabindex='-1'])",
    ) else {
        return;
    };
    let controls: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|el| el.offset_parent().is_some())
        .collect();
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
        return;
    };
    let active = document().and_then(|d| d.active_element());
    let at = |el: &web_sys::HtmlElement| {
        active
            .as_ref()
            .is_some_and(|a| a == el.as_ref() as &web_sys::Element)
    };
    let wrap_to = if ev.shift_key() && at(first) {
        Some(last)
    } else if !ev.shift_key() && at(last) {
        Some(first)
    } else {
        None
    };
    if let Some(el) = wrap_to {
        ev.prevent_default();
        let _ = el.focus();
    }
}

/// Puts `text` in the input at `selector` as if typed (an `input` event follows).
pub fn type_into(selector: &str, text: &str) {
    let input = document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        input.set_value(text);
        if let Ok(event) = web_sys::Event::new("input") {
            let _ = input.dispatch_event(&event);
        }
    }
}

/// True when an element matches `selector` now.
pub fn present(selector: &str) -> bool {
    document().is_some_and(|d| d.query_selector(selector).ok().flatten().is_some())
}

/// Keeps focus where it is across a keyed list update about to be drawn. Leptos's keyed
/// diff re-inserts kept nodes when others are added and removed in the same update (a
/// windowed list scrolling), and a re-inserted node loses focus to the page: the next Tab
/// would start over from the top. Called just before the update; once it is drawn (a
/// microtask later), an element that lost focus that way gets it back, without scrolling.
pub fn keep_through_update() {
    let Some(d) = document() else {
        return;
    };
    let Some(held) = d
        .active_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if d.body().is_some_and(|b| b.is_same_node(Some(&held))) {
        return;
    }
    leptos::prelude::queue_microtask(move || {
        let Some(d) = document() else {
            return;
        };
        let dropped = match d.active_element() {
            None => true,
            Some(now) => d.body().is_some_and(|b| b.is_same_node(Some(&now))),
        };
        if dropped && held.is_connected() {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = held.focus_with_options(&options);
        }
    });
}
