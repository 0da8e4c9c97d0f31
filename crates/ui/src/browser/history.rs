//! The address bar: carries out the history rules' writes (`explore::history`), waits for
//! typing to pause, and tells the explorer when back or forward shows another entry.

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use super::window;
use explore::history::{Plan, Write};

/// How long the address bar waits for typing to pause, in milliseconds.
const TYPING_PAUSE_MS: u32 = 250;

thread_local! {
    /// The pause timer of a search being typed (one per page); dropping it stops it.
    static PAUSE: std::cell::Cell<Option<Timeout>> = const { std::cell::Cell::new(None) };
}

/// Makes one write. A new entry first records, in the one being left, where the reader
/// was (scroll position and focus), for back to bring them there again.
pub fn write(write: &Write) {
    let Some(history) = window().and_then(|w| w.history().ok()) else {
        return;
    };
    let result = match write {
        Write::Push(url) => {
            let _ = history.replace_state(&place_here(), "");
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
        }
        Write::Replace(url) => {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
        }
    };
    if result.is_err() {
        web_sys::console::warn_1(&"could not update the address bar".into());
    }
}

/// Stops the pause timer, if it runs.
pub fn cancel_pause() {
    drop(PAUSE.with(|p| p.take()));
}

/// Carries out `plan`; when it waits for typing to pause, `on_pause` gives the write to
/// make then.
pub fn carry_out(plan: Plan, on_pause: impl Fn() -> Option<Write> + 'static) {
    if window().is_none() {
        return;
    }
    cancel_pause();
    for w in &plan.now {
        write(w);
    }
    if plan.wait_for_pause {
        let timer = Timeout::new(TYPING_PAUSE_MS, move || {
            // This very timer is done: its handle goes (wasm-bindgen frees a closure
            // dropped while it runs once it returns).
            drop(PAUSE.with(|p| p.take()));
            if let Some(w) = on_pause() {
                write(&w);
            }
        });
        PAUSE.with(|p| p.set(Some(timer)));
    }
}

/// Where the reader is: `{y, focus, top}`, the scroll position, a selector for the
/// focused element (see `focus::focus_key`) and how far down the screen it was. Back
/// puts that element at the same height again: the page above it may be drawn at other
/// heights the second time (cards off screen are sized by estimate until drawn), so the
/// bare scroll position would miss it.
fn place_here() -> wasm_bindgen::JsValue {
    let place = js_sys::Object::new();
    let y = window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0);
    let _ = js_sys::Reflect::set(&place, &"y".into(), &y.into());
    if let Some((key, top)) = super::focus::focus_key() {
        let _ = js_sys::Reflect::set(&place, &"focus".into(), &key.into());
        let _ = js_sys::Reflect::set(&place, &"top".into(), &top.into());
    }
    place.into()
}

/// Brings the reader back to where they were in an entry when back or forward shows it
/// again: its scroll position and focus, once the entry's state is drawn. The browser's
/// own restoration is turned off: it scrolls before the view is drawn, so it misses.
pub fn keep_places() {
    let Some(w) = window() else {
        return;
    };
    if let Ok(history) = w.history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    let handle = window_event_listener(leptos::ev::popstate, move |ev| {
        let state = ev.state();
        let y = js_sys::Reflect::get(&state, &"y".into())
            .ok()
            .and_then(|v| v.as_f64());
        let focus = js_sys::Reflect::get(&state, &"focus".into())
            .ok()
            .and_then(|v| v.as_string());
        let top = js_sys::Reflect::get(&state, &"top".into())
            .ok()
            .and_then(|v| v.as_f64());
        if y.is_none() && focus.is_none() {
            return;
        }
        // Two frames: the restored state is drawn in the first, laid out by the second.
        request_animation_frame(move || {
            request_animation_frame(move || {
                if let (Some(w), Some(y)) = (window(), y) {
                    w.scroll_to_with_x_and_y(0.0, y);
                }
                if let Some(key) = focus {
                    super::focus::focus_quietly(&key, top);
                }
            })
        });
    });
    on_cleanup(move || handle.remove());
}

/// Calls `restore` with the new query whenever back or forward shows another entry; call
/// from inside the page's owner, once.
pub fn on_back_or_forward(restore: impl Fn(String) + 'static) {
    if window().is_none() {
        return;
    }
    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        // The entry now shown is the truth; a search waiting to be written is not.
        cancel_pause();
        restore(super::location::search());
    });
    on_cleanup(move || handle.remove());
}
