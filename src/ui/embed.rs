//! Embed mode in the browser: tells the host page our height (and state) whenever either
//! changes, and links out to the full explorer. The pure message formats live in
//! `explore::embed`; this file only measures and posts.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::use_explorer;
use crate::explore::embed::{amp_message, pym_message, state_message, without_embed};
use crate::explore::url::param;
use crate::ui::url_sync::location_search;

/// True when the page was opened with `embed=1`.
pub fn is_embedded() -> bool {
    param(&location_search(), "embed").as_deref() == Some("1")
}

/// True when the page runs inside a frame (messages go to the parent only then).
fn is_framed(window: &web_sys::Window) -> bool {
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(window.as_ref(), parent.as_ref()),
        _ => false,
    }
}

/// The content's height in CSS pixels: the body's box, not the frame's viewport.
fn content_height() -> u32 {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .map(|b| b.get_bounding_client_rect().height().ceil().max(0.0) as u32)
        .unwrap_or(0)
}

/// Sends the three height messages (and the state) to the parent window.
fn post(height: u32, query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if !is_framed(&window) {
        return;
    }
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let child_id = param(&location_search(), "childId");
    let to_js =
        |value: serde_json::Value| js_sys::JSON::parse(&value.to_string()).unwrap_or(JsValue::NULL);
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

/// Starts reporting: on load, on every size change of the content, on every state change.
pub fn report_size_and_state() {
    let ex = use_explorer();
    let last = StoredValue::new((0u32, String::new()));
    let framed = web_sys::window().is_some_and(|w| is_framed(&w));
    let send = move || {
        if !framed {
            return;
        }
        let height = content_height();
        let query = location_search();
        if last.get_value() != (height, query.clone()) {
            last.set_value((height, query.clone()));
            post(height, &query);
        }
    };
    // The state changes the URL in an effect of its own; read it after that has run.
    Effect::new(move |_| {
        ex.state.track();
        request_animation_frame(send);
    });
    // A host script loaded after us (async, lazy) missed the first report; repeat it a few
    // times while the page settles instead of listening for requests from the host.
    for delay in [300, 1000, 3000] {
        set_timeout(
            move || {
                last.set_value((0, String::new()));
                send();
            },
            std::time::Duration::from_millis(delay),
        );
    }
    let on_resize = Closure::<dyn FnMut()>::new(send);
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            observer.observe(&body);
        }
    }
    // Lives as long as the page does.
    on_resize.forget();
}

/// The full-explorer link shown in embed mode: same state, embedding parameters removed.
#[component]
pub fn OpenFullExplorer() -> impl IntoView {
    let ex = use_explorer();
    let href = move || {
        ex.state.track();
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        format!("{path}{}", without_embed(&location_search()))
    };
    view! {
        <a class="open-full" href=href target="_blank" rel="noopener">
            {move || ex.t("embed.open_full")}
        </a>
    }
}
