//! `localStorage`, where drafts are kept. Chosen over IndexedDB because a write is
//! synchronous: once `set` returns, the change survives a crash or a closed tab, with no
//! transaction that may not have committed; and another tab hears of every write through
//! the `storage` event, which is how two tabs on one draft learn of each other.
//!
//! On web-sys, not gloo-storage: gloo-storage throws a JavaScript exception, which would
//! take the page down, when the browser keeps the storage from the page (a sandboxed
//! frame, storage turned off), where the studio says so and goes on; and it writes every
//! value as JSON, where the records must stay the text they are, readable or not.

use wasm_bindgen::JsValue;

use super::window;

/// Why the storage could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageError {
    /// The browser does not let this page store anything (turned off, a private mode
    /// that forbids it, a sandboxed frame).
    Unavailable,
    /// The quota is used up.
    Full,
    /// Anything else the browser refused.
    Failed,
}

fn local() -> Result<web_sys::Storage, StorageError> {
    window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::Unavailable)
}

fn kind_of(error: &JsValue) -> StorageError {
    let name = js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    match name.as_str() {
        // Firefox once named it NS_ERROR_DOM_QUOTA_REACHED.
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::Full,
        "SecurityError" => StorageError::Unavailable,
        _ => StorageError::Failed,
    }
}

pub fn get(key: &str) -> Result<Option<String>, StorageError> {
    local()?.get_item(key).map_err(|e| kind_of(&e))
}

pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    local()?.set_item(key, value).map_err(|e| kind_of(&e))
}

pub fn remove(key: &str) {
    if let Ok(s) = local() {
        let _ = s.remove_item(key);
    }
}

/// Every `(key, value)` whose key starts with `prefix`.
pub fn entries(prefix: &str) -> Result<Vec<(String, String)>, StorageError> {
    let s = local()?;
    let n = s.length().map_err(|e| kind_of(&e))?;
    let mut out = Vec::new();
    for i in 0..n {
        let Ok(Some(key)) = s.key(i) else { continue };
        if key.starts_with(prefix) {
            if let Ok(Some(value)) = s.get_item(&key) {
                out.push((key, value));
            }
        }
    }
    Ok(out)
}

/// Whether anything can be stored at all: writes and removes a small probe.
pub fn usable() -> Result<(), StorageError> {
    let key = "briefing-studio:probe";
    set(key, "1").or_else(|e| {
        if e == StorageError::Full {
            Ok(())
        } else {
            Err(e)
        }
    })?;
    remove(key);
    Ok(())
}
