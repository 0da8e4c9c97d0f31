//! Copying text for the reader (embed code, citations, links), and offering a link to the
//! system's share sheet on a phone (Web Share API) where the browser has one.

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

/// How offering a link went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offered {
    /// The system's share sheet took it.
    Shared,
    /// The reader closed the share sheet: nothing to say.
    Dismissed,
    /// Copied to the clipboard.
    Copied,
    /// Neither could be done: the page shows the text to copy by hand.
    Refused,
}

/// Offers `url` (titled `title`) on the system's share sheet where there is one and the
/// pointer is a finger (a phone; on a desktop the sheet is a detour), else copies it.
/// A share sheet that fails for another reason than the reader's dismissal falls back
/// to copying. `navigator.share` is reached dynamically (web-sys has it only as unstable).
pub async fn offer_link(url: &str, title: &str) -> Offered {
    let Some(window) = super::window() else {
        return Offered::Refused;
    };
    let finger = window
        .match_media("(pointer: coarse)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let navigator = window.navigator();
    let share = js_sys::Reflect::get(&navigator, &JsValue::from_str("share"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let (true, Some(share)) = (finger, share) {
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"url".into(), &JsValue::from_str(url));
        let _ = js_sys::Reflect::set(&data, &"title".into(), &JsValue::from_str(title));
        if let Ok(promise) = share
            .call1(&navigator, &data)
            .and_then(|p| p.dyn_into::<js_sys::Promise>())
        {
            match JsFuture::from(promise).await {
                Ok(_) => return Offered::Shared,
                Err(e) if error_name(&e) == "AbortError" => return Offered::Dismissed,
                Err(_) => {}
            }
        }
    }
    if copy_to_clipboard(url).await {
        Offered::Copied
    } else {
        Offered::Refused
    }
}

/// A DOM exception's name ("AbortError"), or "".
fn error_name(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}
