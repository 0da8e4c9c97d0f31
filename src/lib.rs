//! Briefing Explorer: explore a news briefing in the browser.
//!
//! - `briefing`: the format (types, validator, loading, the embedded default);
//! - `explore`: exploring it as plain Rust (filters, search, URL and history state, what
//!   each view draws), tested natively;
//! - `i18n`: interface text in English, French and Ukrainian;
//! - `ui`: the views and controls (Leptos), over one shared state;
//! - `app`: the page shell that lays them out;
//! - `studio`: Briefing Studio, the editor that writes briefings (its own page and wasm
//!   binary, `src/bin/studio.rs`; nothing of it is in the explorer's).
//!
//! The views compile natively too (Leptos `ssr`), so they can be rendered to HTML by
//! native code and tests; in the browser `start` installs the panic report and mounts the
//! app in place of the page's loading notice.

// The page's view types nest deeply; rendering them natively needs more than the default.
#![recursion_limit = "256"]

pub mod app;
pub mod briefing;
pub mod explore;
pub mod i18n;
#[cfg(target_arch = "wasm32")]
pub mod panic_report;
pub mod studio;
pub mod synthetic;
pub mod ui;

pub use app::App;

/// Starts the explorer: panic report first, so that nothing after it can leave a blank page.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    panic_report::install();
    if let Some(boot) = ui::browser::document().and_then(|d| d.get_element_by_id("boot")) {
        boot.remove();
    }
    leptos::mount::mount_to_body(App);
}
