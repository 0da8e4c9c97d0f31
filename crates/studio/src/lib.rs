//! Briefing Studio: writing a briefing in the browser, from an article to a valid file,
//! without typing an offset. A page and wasm binary of its own (`src/main.rs`,
//! `studio/index.html`), so the explorer's first load carries none of it.
//!
//! What it edits and how is the pure `authoring` crate, tested natively; here is only the
//! browser side:
//! - `page`: the studio's page (Leptos), over one shared state (`page::state`);
//! - `browser`: the browser calls it makes (storage, selection, files, events);
//! - `text`: its words, and the authoring layer's errors in them.
//!
//! The preview draws the explorer's own views (`ui`).

// The page's view types nest deeply; rendering them natively needs more than the default.
#![recursion_limit = "256"]

pub mod browser;
pub mod page;
pub mod text;

/// Starts the studio: the panic report first, then the page.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    ui::panic_report::install_for(
        "The studio stopped because of an internal error",
        "Your draft is saved in this browser up to your last change: reload the page to go on. If it happens again, please report the details below.",
    );
    if let Some(boot) = browser::document().and_then(|d| d.get_element_by_id("boot")) {
        boot.remove();
    }
    leptos::mount::mount_to_body(page::StudioApp);
}
