//! The document as a whole: its title, attributes on `<html>`, timing marks, print media.

use gloo_events::EventListener;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use explore::prefs::Theme;
use i18n::Lang;

use super::{document, window};
use crate::parts::effect::effect;

/// The attribute that marks the app rendered at build time in the page (`briefing
/// prerender` writes it; the app takes that copy over).
pub const PRERENDERED: &str = "data-prerendered";

/// Whether the filter sheet is open on the page built at build time (`start.js` opens it
/// there before the app runs), so that the app's copy starts open too.
pub fn built_filters_open() -> bool {
    document()
        .and_then(|d| {
            d.query_selector(&format!("#app[{PRERENDERED}] #filters.open"))
                .ok()
                .flatten()
        })
        .is_some()
}

/// Sets the tab's title.
pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Sets (or, with `None`, removes) an attribute of `<html>`.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    let _ = match value {
        Some(value) => root.set_attribute(name, value),
        None => root.remove_attribute(name),
    };
}

/// Keeps `<html lang>` and `data-theme` on the choices, for as long as the calling owner
/// lives: the explorer's and the studio's pages both do this. "auto" removes the theme
/// attribute, so `prefers-color-scheme` decides.
pub fn follow_lang_and_theme(lang: RwSignal<Lang>, theme: RwSignal<Theme>) {
    effect(move || set_root_attribute("lang", Some(lang.get().tag())));
    effect(move || {
        let theme = theme.get();
        set_root_attribute(
            "data-theme",
            (theme != Theme::Auto).then_some(theme.as_str()),
        );
    });
}

/// A User Timing mark, so benchmarks can read how long loading and validating took.
pub fn mark(name: &str) {
    if let Some(performance) = window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// True when an element matches `selector`.
pub fn has(selector: &str) -> bool {
    document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .is_some()
}

/// The height of the element with `id` in CSS pixels, if it is there.
pub fn height_of(id: &str) -> Option<f64> {
    document()
        .and_then(|d| d.get_element_by_id(id))
        .map(|e| e.get_bounding_client_rect().height())
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Keeps `printing` true while the page is printed or print media is emulated (print
/// previews included). Call from an effect; the listeners live as long as the page.
pub fn follow_print_media(printing: RwSignal<bool>) {
    let Some(w) = window() else {
        return;
    };
    let before = window_event_listener(leptos::ev::beforeprint, move |_| printing.set(true));
    let after = window_event_listener(leptos::ev::afterprint, move |_| printing.set(false));
    if let Some(query) = w.match_media("print").ok().flatten() {
        printing.set(query.matches());
        on_media_change(&query, move |matches| printing.set(matches));
    }
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
}

/// Makes the element matching each of `selectors` inert (out of reach of focus, clicks
/// and screen readers) or live again: what a modal sheet does to the page behind it.
pub fn set_inert(selectors: &[&str], inert: bool) {
    let Some(d) = document() else {
        return;
    };
    for selector in selectors {
        if let Some(el) = d.query_selector(selector).ok().flatten() {
            let _ = if inert {
                el.set_attribute("inert", "")
            } else {
                el.remove_attribute("inert")
            };
        }
    }
}

/// Calls `on_change` with whether the media query `query` matches, now and on every change
/// (for as long as the page lives). Call from an effect.
pub fn watch_media(query: &str, on_change: impl Fn(bool) + 'static) {
    let Some(list) = window().and_then(|w| w.match_media(query).ok().flatten()) else {
        return;
    };
    on_change(list.matches());
    on_media_change(&list, on_change);
}

/// Calls `on_change` with whether `list` matches, on every change, for as long as the
/// page lives.
fn on_media_change(list: &web_sys::MediaQueryList, on_change: impl Fn(bool) + 'static) {
    EventListener::new(list, "change", move |e| {
        if let Some(e) = e.dyn_ref::<web_sys::MediaQueryListEvent>() {
            on_change(e.matches());
        }
    })
    .forget();
}

/// Today's date as the reader's language writes it ("30 November 2026").
pub fn today(lang: &str) -> String {
    if window().is_none() {
        return String::new();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    js_sys::Date::new_0()
        .to_locale_date_string(lang, &options)
        .into()
}

/// A warning in the browser's console, for what the page also says in its own words.
pub fn warn(text: &str) {
    if window().is_some() {
        web_sys::console::warn_1(&text.into());
    }
}
