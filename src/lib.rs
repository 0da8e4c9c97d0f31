//! Briefing Explorer: explore a news briefing in the browser. This package is the page
//! itself; its layers are the workspace's crates (README, "Work on it"):
//!
//! - `briefing`: the format (types, validator, loading, the one fold, the CSV template);
//! - `explore`: exploring it as plain Rust (filters, search, URL and history state, what
//!   each view draws), tested natively;
//! - `i18n`: interface text in English, French and Ukrainian;
//! - `ui`: the views and controls (Leptos) over one shared state, and the browser adapter.
//!
//! Here: `app`, the page shell that lays the views out; `embedded`, the default briefing
//! compiled in; and, in the browser, `start`, which installs the panic report and takes
//! over the page built at build time (`takeover`). The page shell compiles natively too
//! (Leptos `ssr`), so `briefing prerender` renders it into `dist/index.html`.

// The page's view types nest deeply; rendering them natively needs more than the default.
#![recursion_limit = "256"]

pub mod app;
pub mod embedded;
#[cfg(target_arch = "wasm32")]
mod takeover;

pub use app::App;

/// The attribute that marks the app rendered at build time in the page (`briefing
/// prerender` writes it, `takeover` looks for it).
pub const PRERENDERED: &str = ui::browser::page::PRERENDERED;

/// Starts the explorer: panic report first, so that nothing after it can leave a blank page.
///
/// The page may already show the default view, rendered at build time. The app then takes
/// that markup over: it draws its own copy and puts it in the old one's place in the same
/// task, so nothing is painted in between and nothing moves; what the reader did meanwhile
/// (the focus, text typed in the search box) carries over, and `start.js` replays the
/// clicks it kept once `briefing-explorer:ready` fires.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    ui::panic_report::install();
    // The explorer's own build compiles English only: another language the reader wants
    // is fetched first, so the page is never drawn in the wrong one (the built page stays
    // behind the loading notice meanwhile, assets/start.js). A failed fetch draws English
    // and says so (`ExplorerContext::choose_lang`).
    let wanted = ui::context::Startup::from_browser().lang();
    if !i18n::packs::installed(wanted) {
        // Leptos's executor starts with the mount: this runs on wasm-bindgen's own.
        wasm_bindgen_futures::spawn_local(async move {
            // A failure was logged; the context sees the language missing and says so.
            let _ = ui::browser::fetch::fetch_language(wanted).await;
            mount();
        });
        return;
    }
    mount();
}

/// Draws the app and hands the built page over to it.
#[cfg(target_arch = "wasm32")]
fn mount() {
    let takeover = takeover::Takeover::capture();
    leptos::mount::mount_to_body(App);
    if let Some(takeover) = takeover {
        takeover.finish();
    }
    takeover::announce_ready();
}
