//! Turns a panic into a readable message in the page instead of a blank or frozen one.
//!
//! The release build aborts on panic, so the hook is the last code that runs: it writes
//! plain DOM (no framework, which may be what broke), as text only, and logs to the console.

use std::panic::PanicHookInfo;

use wasm_bindgen::JsValue;

/// The id of the message element, for tests and for styling.
pub const ELEMENT_ID: &str = "fatal-error";

/// Installs the hook; call it before anything else.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let detail = describe(info);
        web_sys::console::error_1(&JsValue::from_str(&format!(
            "Briefing Explorer stopped: {detail}"
        )));
        show(&detail);
    }));
}

/// Installs the hook for another page of the project (the studio), with its own heading
/// and advice in the message.
pub fn install_for(heading: &'static str, advice: &'static str) {
    std::panic::set_hook(Box::new(move |info| {
        let detail = describe(info);
        web_sys::console::error_1(&JsValue::from_str(&format!(
            "Briefing Studio stopped: {detail}"
        )));
        show_with(heading, advice, &detail);
    }));
}

fn describe(info: &PanicHookInfo<'_>) -> String {
    let payload = info
        .payload()
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| info.payload().downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "an unknown error".to_string());
    match info.location() {
        Some(at) => format!("{payload} (at {}:{})", at.file(), at.line()),
        None => payload,
    }
}

/// Puts the message at the top of the page; every step is fallible and quietly skipped,
/// since a second panic here would hide the first.
pub fn show(detail: &str) {
    show_with(
        "The explorer stopped because of an internal error",
        "Reloading the page usually helps. If it happens again, please report the details below.",
        detail,
    );
}

/// As [`show`], with the page's own heading and advice.
fn show_with(heading: &str, advice: &str, detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    if document.get_element_by_id(ELEMENT_ID).is_some() {
        return;
    }
    let Ok(panel) = document.create_element("section") else {
        return;
    };
    panel.set_id(ELEMENT_ID);
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("class", "fatal-error");
    let parts = [("h2", heading), ("p", advice), ("pre", detail)];
    for (tag, text) in parts {
        if let Ok(child) = document.create_element(tag) {
            child.set_text_content(Some(text));
            let _ = panel.append_child(&child);
        }
    }
    let _ = body.insert_before(&panel, body.first_child().as_ref());
    // What was rendered may be half-updated; hide it rather than let it mislead.
    for id in ["app", "studio"] {
        if let Some(app) = document.get_element_by_id(id) {
            let _ = app.set_attribute("hidden", "");
        }
    }
}
