//! The views rendered natively to HTML (Leptos `ssr`): what the page shows for the default
//! briefing before any script runs.
#![cfg(not(target_arch = "wasm32"))]

use briefing_explorer::app::Page;
use leptos::prelude::*;
use ui::context::Startup;

fn render(query: &str) -> String {
    let startup = Startup {
        query: query.to_string(),
        languages: Vec::new(),
    };
    let owner = Owner::new();
    owner.with(|| view! { <Page startup /> }.to_html())
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
