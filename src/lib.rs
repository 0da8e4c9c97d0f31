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
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod studio;
pub mod synthetic;
pub mod ui;

pub use app::App;

/// Starts the explorer: panic report first, so that nothing after it can leave a blank page.
///
/// The page may already show the default view, rendered at build time (`prerender`). The
/// app then takes that markup over: it draws its own copy and puts it in the old one's
/// place in the same task, so nothing is painted in between and nothing moves; what the
/// reader did meanwhile (the focus, text typed in the search box) carries over, and
/// `start.js` replays the clicks it kept once `briefing-explorer:ready` fires.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    panic_report::install();
    // The explorer's own build compiles English only: another language the reader wants
    // is fetched first, so the page is never drawn in the wrong one (the built page stays
    // behind the loading notice meanwhile, assets/start.js). A failed fetch draws English
    // and says so (`ExplorerContext::choose_lang`).
    #[cfg(feature = "lazy-languages")]
    {
        let wanted = ui::browser::location::startup().lang();
        if !i18n::packs::installed(wanted) {
            // Leptos's executor starts with the mount: this runs on wasm-bindgen's own.
            wasm_bindgen_futures::spawn_local(async move {
                // A failure was logged; the context sees the language missing and says so.
                let _ = ui::browser::fetch::fetch_language(wanted).await;
                mount();
            });
            return;
        }
    }
    mount();
}

/// Draws the app and hands the built page over to it.
#[cfg(target_arch = "wasm32")]
fn mount() {
    let takeover = ui::browser::takeover::Takeover::capture();
    leptos::mount::mount_to_body(App);
    if let Some(takeover) = takeover {
        takeover.finish();
    }
    ui::browser::takeover::announce_ready();
}
