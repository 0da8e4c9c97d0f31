//! Reading what Briefing Studio left in this site's `localStorage` for `draft=` (the
//! explorer itself never writes there).

use super::window;

/// The value stored under `key`, if the browser lets the page read its storage.
pub fn local_item(key: &str) -> Option<String> {
    window()?.local_storage().ok()??.get_item(key).ok()?
}
