//! The studio's page rendered natively (Leptos `ssr`): its start screen, before any
//! script runs.
// Rendering the studio natively nests view types deeply (no type erasure natively).
#![recursion_limit = "512"]

#[test]
fn the_studio_page_renders_natively_to_its_start_screen() {
    use leptos::prelude::*;
    let owner = Owner::new();
    let html = owner.with(|| view! { <studio::page::StudioApp /> }.to_html());
    for hook in [
        "data-studio-new-text",
        "data-studio-open-file",
        "data-studio-start",
        "data-studio-drafts",
    ] {
        assert!(html.contains(hook), "{hook}");
    }
    assert!(html.contains("Briefing Studio"));
}
