//! Component tests in a real browser (headless Chromium through wasm-bindgen-test).
//!
//! Run by `scripts/test.sh` as `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use briefing_explorer::briefing::embedded::default_briefing;
use briefing_explorer::{panic_report, App};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh container in the test page's body.
fn container() -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

#[wasm_bindgen_test]
fn app_renders_the_default_briefing_in_landmarks() {
    let root = container();
    leptos::mount::mount_to(root.clone(), App).forget();
    let briefing = default_briefing().expect("the default briefing is valid");

    let h1s = root.query_selector_all("h1").unwrap();
    assert_eq!(h1s.length(), 1);
    assert_eq!(h1s.get(0).unwrap().text_content().unwrap(), briefing.title);
    assert!(root.query_selector("main#main").unwrap().is_some());
    assert!(root.query_selector("header").unwrap().is_some());
    let summary = root.query_selector(".summary").unwrap().unwrap();
    assert_eq!(summary.text_content().unwrap(), briefing.summary);
    root.remove();
}

#[wasm_bindgen_test]
fn panic_report_shows_text_never_html() {
    let hostile = "<img src=x onerror=\"window.__pwned=1\"> boom";
    panic_report::show(hostile);
    let document = web_sys::window().unwrap().document().unwrap();
    let panel = document
        .get_element_by_id(panic_report::ELEMENT_ID)
        .expect("the report is shown");
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    assert!(panel.text_content().unwrap().contains(hostile));
    assert!(
        panel.query_selector("img").unwrap().is_none(),
        "no element was parsed from the message"
    );
    panel.remove();
}
