//! Briefing Explorer: explore a news briefing in the browser.
//!
//! The pure logic (the briefing format and its validator) builds and is tested natively;
//! the app shell and the views exist only for `wasm32`. `start` installs the panic report
//! and mounts the app in place of the page's loading notice.

pub mod briefing;
pub mod explore;
pub mod i18n;
pub mod synthetic;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod panic_report;
#[cfg(target_arch = "wasm32")]
mod ui;

#[cfg(target_arch = "wasm32")]
pub use app::App;

/// Starts the explorer: panic report first, so that nothing after it can leave a blank page.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    panic_report::install();
    if let Some(boot) = gloo_utils::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(App);
}
