//! Copying text for the reader (embed code, citations).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Copies `text` with the asynchronous Clipboard API, reached dynamically because
/// web-sys only exposes it as unstable. Returns false where it is unavailable.
pub fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")) else {
        return false;
    };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText")) else {
        return false;
    };
    match write.dyn_into::<js_sys::Function>() {
        Ok(write) => write.call1(&clipboard, &JsValue::from_str(text)).is_ok(),
        Err(_) => false,
    }
}
