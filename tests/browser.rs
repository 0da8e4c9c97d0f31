//! Component tests in a real browser (headless Chromium through wasm-bindgen-test): each
//! view rendered with the default briefing, then again after a filter change.
//!
//! Run by `scripts/test.sh` as `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use briefing::{Briefing, Phase};
use briefing_explorer::app::{App, Page};
use briefing_explorer::embedded::default_briefing;
use leptos::prelude::*;
use ui::context::Startup;
use ui::panic_report;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn briefing() -> Briefing {
    default_briefing().expect("the default briefing is valid")
}

/// A fresh container in the test page's body.
fn container() -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

/// The explorer as a link with `query` would open it, mounted in a fresh container.
fn mount(query: &'static str) -> (HtmlElement, impl Drop) {
    let root = container();
    let startup = Startup {
        query: query.to_string(),
        languages: vec!["en".to_string()],
        ..Default::default()
    };
    let handle = leptos::mount::mount_to(root.clone(), move || view! { <Page startup /> });
    (root, handle)
}

/// Lets effects run and the page redraw.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn attrs(root: &Element, selector: &str, name: &str) -> Vec<String> {
    all(root, selector)
        .iter()
        .filter_map(|e| e.get_attribute(name))
        .collect()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .unchecked_into::<HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
fn app_renders_the_default_briefing_in_landmarks() {
    let root = container();
    leptos::mount::mount_to(root.clone(), App).forget();
    let briefing = briefing();

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
async fn cards_show_every_position_then_those_of_the_chosen_actor() {
    let b = briefing();
    let (root, handle) = mount("");
    // Grouped by actor: every position once.
    let mut ids = attrs(&root, "[data-position-id]", "data-position-id");
    ids.sort();
    let mut expected: Vec<String> = b.positions.iter().map(|p| p.id.clone()).collect();
    expected.sort();
    assert_eq!(ids, expected);
    click(&root, "input[data-actor-id=canada]");
    settle().await;
    let canada: Vec<String> = b
        .positions
        .iter()
        .filter(|p| p.actor == "canada")
        .map(|p| p.id.clone())
        .collect();
    assert_eq!(
        attrs(&root, "[data-position-id]", "data-position-id"),
        canada
    );
    let chips = all(&root, ".active-filters .chip");
    assert_eq!(chips.len(), 1);
    assert!(chips[0].text_content().unwrap().contains("Canada"));
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_matrix_has_a_row_per_actor_then_one_for_the_chosen_actor() {
    let b = briefing();
    let (root, handle) = mount("?view=matrix");
    let rows = attrs(&root, "tbody th[data-actor-id]", "data-actor-id");
    assert_eq!(rows.len(), b.actors.len().min(40));
    let columns = attrs(&root, "thead th[data-topic-id]", "data-topic-id");
    assert_eq!(columns.len(), b.topics.len().min(25));
    // One link per (actor, topic) pair with a position; "no statement" elsewhere.
    let pairs: std::collections::BTreeSet<(&str, &str)> = b
        .positions
        .iter()
        .map(|p| (p.actor.as_str(), p.topic.as_str()))
        .collect();
    assert_eq!(all(&root, "td.cell-shown a").len(), pairs.len());
    click(&root, "input[data-actor-id=canada]");
    settle().await;
    assert_eq!(
        attrs(&root, "tbody th[data-actor-id]", "data-actor-id"),
        ["canada"]
    );
    let canada = pairs.iter().filter(|(a, _)| *a == "canada").count();
    assert_eq!(all(&root, "td.cell-shown a").len(), canada);
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_timeline_shows_every_event_then_those_of_the_chosen_phase() {
    let b = briefing();
    let (root, handle) = mount("?view=timeline");
    assert_eq!(all(&root, "[data-event-id]").len(), b.events.len());
    assert_eq!(all(&root, ".now-marker").len(), 1);
    click(&root, "input[data-phase=future]");
    settle().await;
    let future: Vec<String> = b
        .events
        .iter()
        .filter(|e| e.phase == Phase::Future)
        .map(|e| e.id.clone())
        .collect();
    let mut shown = attrs(&root, "[data-event-id]", "data-event-id");
    shown.sort();
    let mut expected = future.clone();
    expected.sort();
    assert_eq!(shown, expected);
    assert!(!future.is_empty());
    drop(handle);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_source_reader_shows_the_whole_article_and_marks_fewer_passages_when_filtered() {
    let b = briefing();
    let (root, handle) = mount("?view=source");
    let text = root
        .query_selector(".source-text")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(text, b.sources[0].text);
    let marked_all = all(&root, ".source-text .cite").len();
    assert!(marked_all > 10, "{marked_all} passages marked");
    click(&root, "input[data-actor-id=canada]");
    settle().await;
    let marked_canada = all(&root, ".source-text .cite").len();
    assert!(
        0 < marked_canada && marked_canada < marked_all,
        "{marked_canada} of {marked_all}"
    );
    let text_after = root
        .query_selector(".source-text")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(text_after, b.sources[0].text, "uncited text stays");
    drop(handle);
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
