//! Offering text as a file download: a blob, an object URL for it, and a click on a link.

use gloo_file::{Blob, ObjectUrl};
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;

use super::document;

/// How long an offered file's URL stays valid: some browsers start the download only
/// after the click has returned.
const KEEP_URL_MS: u32 = 10_000;

/// Offers `text` as a download named `name` of type `mime`.
pub fn download(name: &str, mime: &str, text: &str) {
    let Some(document) = document() else {
        return;
    };
    let url = ObjectUrl::from(Blob::new_with_options(text, Some(mime)));
    if let Ok(a) = document.create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    // Dropping the URL revokes it.
    Timeout::new(KEEP_URL_MS, move || drop(url)).forget();
}
