//! Reading what Briefing Studio left in this site's `localStorage` for `draft=` (the
//! explorer itself never writes there). On web-sys, as the studio's storage is, and for the
//! same reason (`studio::browser::storage`): gloo-storage would throw where the browser
//! keeps the storage from the page.

use super::window;

/// The value stored under `key`, if the browser lets the page read its storage.
pub fn local_item(key: &str) -> Option<String> {
    window()?.local_storage().ok()??.get_item(key).ok()?
}
