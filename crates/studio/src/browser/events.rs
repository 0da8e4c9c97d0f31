//! What the studio hears from the browser: other tabs' writes (`storage`), selection
//! changes, the keyboard's undo and redo, the page hidden or left, and leaving the page
//! with unsaved work. Each
//! listener lives as long as the reactive owner that installed it.

use gloo_events::EventListener;
use leptos::prelude::*;

use super::{document, window};

/// Calls `f(key, new value)` whenever another tab changes the storage (`key` is `None`
/// when it was cleared).
pub fn on_storage(f: impl Fn(Option<String>, Option<String>) + 'static) {
    if window().is_none() {
        return;
    }
    let handle = window_event_listener(leptos::ev::storage, move |e: web_sys::StorageEvent| {
        f(e.key(), e.new_value());
    });
    on_cleanup(move || handle.remove());
}

/// Calls `f` whenever the document's selection changes, for as long as the page lives
/// (installed once, at start).
pub fn on_selection_change(f: impl Fn() + 'static) {
    let Some(d) = document() else {
        return;
    };
    EventListener::new(&d, "selectionchange", move |_| f()).forget();
}

/// What a key press asks of the studio.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    Undo,
    Redo,
}

/// Calls `f` on Ctrl+Z (undo), Ctrl+Shift+Z and Ctrl+Y (redo), ⌘ on a Mac; the browser's
/// own undo (which would bypass the draft's history) does not run.
pub fn on_shortcut(f: impl Fn(Shortcut) + 'static) {
    if window().is_none() {
        return;
    }
    let handle = window_event_listener(leptos::ev::keydown, move |e: web_sys::KeyboardEvent| {
        if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
            return;
        }
        let shortcut = match e.key().to_lowercase().as_str() {
            "z" if e.shift_key() => Shortcut::Redo,
            "z" => Shortcut::Undo,
            "y" => Shortcut::Redo,
            _ => return,
        };
        e.prevent_default();
        f(shortcut);
    });
    on_cleanup(move || handle.remove());
}

/// Calls `f` when the page is hidden (another tab, the window minimised, a phone's app
/// switcher: the page may be discarded without another event) or left (`pagehide`).
pub fn on_hide(f: impl Fn() + Clone + 'static) {
    if window().is_none() {
        return;
    }
    // `visibilitychange` is fired at the document and bubbles to the window.
    let hidden = {
        let f = f.clone();
        window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().is_some_and(|d| d.hidden()) {
                f();
            }
        })
    };
    let left = window_event_listener(leptos::ev::pagehide, move |_| f());
    on_cleanup(move || {
        hidden.remove();
        left.remove();
    });
}

/// Asks the browser to confirm leaving the page while `unsaved()` is true.
pub fn guard_unload(unsaved: impl Fn() -> bool + 'static) {
    if window().is_none() {
        return;
    }
    let handle = window_event_listener(
        leptos::ev::beforeunload,
        move |e: web_sys::BeforeUnloadEvent| {
            if unsaved() {
                e.prevent_default();
                e.set_return_value("unsaved");
            }
        },
    );
    on_cleanup(move || handle.remove());
}
