//! The address bar: carries out the history rules' writes (`explore::history`), waits for
//! typing to pause, and tells the explorer when back or forward shows another entry.

use std::time::Duration;

use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;

use super::window;
use crate::explore::history::{Plan, Write};

/// How long the address bar waits for typing to pause.
const TYPING_PAUSE: Duration = Duration::from_millis(250);

thread_local! {
    /// The pause timer of a search being typed (one per page).
    static PAUSE: std::cell::Cell<Option<TimeoutHandle>> = const { std::cell::Cell::new(None) };
}

/// Makes one write.
pub fn write(write: &Write) {
    let Some(history) = window().and_then(|w| w.history().ok()) else {
        return;
    };
    let result = match write {
        Write::Push(url) => {
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
    if let Some(timer) = PAUSE.with(|p| p.take()) {
        timer.clear();
    }
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
        let timer = set_timeout_with_handle(
            move || {
                PAUSE.with(|p| p.set(None));
                if let Some(w) = on_pause() {
                    write(&w);
                }
            },
            TYPING_PAUSE,
        );
        PAUSE.with(|p| p.set(timer.ok()));
    }
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
