//! Copying text for the reader (embed code, citations).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Copies `text` with the asynchronous Clipboard API, reached dynamically because
/// web-sys only exposes it as unstable. True only once the browser has said it copied:
/// the call can be refused later (no permission, a frame without `clipboard-write`).
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = super::window() else {
        return false;
    };
    let navigator = window.navigator();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")) else {
        return false;
    };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText")) else {
        return false;
    };
    let Ok(write) = write.dyn_into::<js_sys::Function>() else {
        return false;
    };
    let Ok(promise) = write
        .call1(&clipboard, &JsValue::from_str(text))
        .and_then(|p| p.dyn_into::<js_sys::Promise>())
    else {
        return false;
    };
    JsFuture::from(promise).await.is_ok()
}
