//! Embed mode in the browser: tells the host page our height (and state) whenever either
//! changes or the host asks again. The message formats are `explore::embed`'s; this file
//! only measures and posts.

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use gloo_utils::format::JsValueSerdeExt;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::window;
use crate::context::ExplorerContext;
use crate::parts::effect::effect;
use explore::embed::{
    amp_message, child_id, is_height_request, pym_message, state_message, RESEND_AFTER_MS,
};

/// True when the page runs inside a frame (messages go to the parent only then).
fn is_framed(window: &web_sys::Window) -> bool {
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(window.as_ref(), parent.as_ref()),
        _ => false,
    }
}

/// The content's height in CSS pixels: the body's box, not the frame's viewport.
fn content_height() -> u32 {
    super::document()
        .and_then(|d| d.body())
        .map(|b| b.get_bounding_client_rect().height().ceil().max(0.0) as u32)
        .unwrap_or(0)
}

/// Sends the three height messages (and the state) to the parent window.
fn post(height: u32, query: &str) {
    let Some(window) = window() else {
        return;
    };
    if !is_framed(&window) {
        return;
    }
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let child_id = child_id(&super::location::search());
    let to_js = |value: serde_json::Value| JsValue::from_serde(&value).unwrap_or(JsValue::NULL);
    // Height and state are public (they are in the URL); any host may read them.
    if let Some(id) = &child_id {
        let _ = parent.post_message(&JsValue::from_str(&pym_message(id, height)), "*");
    }
    let _ = parent.post_message(&to_js(amp_message(height)), "*");
    let _ = parent.post_message(
        &to_js(state_message(height, query, child_id.as_deref())),
        "*",
    );
}

/// A message's data as JSON, for `is_height_request` (strings stay strings). Not gloo's
/// `into_serde`: it throws on data JSON cannot hold (a cyclic object), and any page that
/// frames us may send such data.
fn message_data(data: &JsValue) -> serde_json::Value {
    if let Some(text) = data.as_string() {
        return serde_json::Value::String(text);
    }
    js_sys::JSON::stringify(data)
        .ok()
        .and_then(|s| s.as_string())
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or(serde_json::Value::Null)
}

/// Starts reporting, when framed: on load, on every size change of the content, on every
/// state change, and when the parent asks for the height again.
pub fn report_size_and_state(ex: ExplorerContext) {
    let Some(window) = window() else {
        return;
    };
    if !is_framed(&window) {
        return;
    }
    let last = StoredValue::new((0u32, String::new()));
    let send = move || {
        // Beyond the newsroom's maximum the frame stops growing and scrolls inside.
        let height = ex.embed_options.frame_height(content_height());
        let query = ex.shared_query();
        if last.get_value() != (height, query.clone()) {
            last.set_value((height, query.clone()));
            post(height, &query);
        }
    };
    let resend = move || {
        last.set_value((0, String::new()));
        send();
    };
    // Measured after the change has been drawn.
    effect(move || {
        ex.state.track();
        request_animation_frame(send);
    });
    for delay in RESEND_AFTER_MS {
        Timeout::new(delay, resend).forget();
    }
    let parent = window.parent().ok().flatten();
    let child = child_id(&super::location::search());
    // Lives as long as the page does.
    EventListener::new(&window, "message", move |e| {
        let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        // Only the parent may ask, and all it can ask for is the height.
        let from_parent = match (&parent, e.source()) {
            (Some(parent), Some(source)) => js_sys::Object::is(parent.as_ref(), source.as_ref()),
            _ => false,
        };
        if from_parent && is_height_request(&message_data(&e.data()), child.as_deref()) {
            resend();
        }
    })
    .forget();
    // A resize observer has no gloo API: web-sys.
    let on_resize = Closure::<dyn FnMut()>::new(send);
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        if let Some(body) = window.document().and_then(|d| d.body()) {
            observer.observe(&body);
        }
    }
    // It lives as long as the page does.
    on_resize.forget();
}
