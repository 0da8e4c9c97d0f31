//! The views rendered natively to HTML (Leptos `ssr`): what the page shows for the default
//! briefing before any script runs.
#![cfg(not(target_arch = "wasm32"))]

use briefing_explorer::app::Page;
use leptos::prelude::*;
use ui::context::Startup;

fn render(query: &str) -> String {
    render_from(Startup {
        query: query.to_string(),
        ..Default::default()
    })
}

fn render_from(startup: Startup) -> String {
    let owner = Owner::new();
    owner.with(|| view! { <Page startup /> }.to_html())
}

#[test]
fn the_filter_sheet_starts_as_the_reader_left_it_on_the_built_page() {
    let opened = render_from(Startup {
        filters_open: true,
        ..Default::default()
    });
    let closed = render("");
    let filters = |html: &str| {
        let at = html.find("id=\"filters\"").expect("the filter panel");
        let tag = &html[at..at + html[at..].find('>').expect("its tag ends")];
        tag.contains("open")
    };
    assert!(
        filters(&opened),
        "opened on the built page, open in the app"
    );
    assert!(!filters(&closed));
    assert!(opened.contains("aria-expanded=\"true\""));
}

#[test]
fn default_page_renders_every_card() {
    let html = render("");
    let briefing = briefing_explorer::embedded::default_briefing().unwrap();
    for p in &briefing.positions {
        assert!(
            html.contains(&format!("data-position-id=\"{}\"", p.id)),
            "{}",
            p.id
        );
    }
    println!("{} bytes", html.len());
}
