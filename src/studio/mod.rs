//! Briefing Studio: writing a briefing in the browser, from an article to a valid file,
//! without typing an offset. A separate page and wasm binary (`src/bin/studio.rs`,
//! `studio/index.html`), so the explorer's first load carries none of it.
//!
//! The pure layer, tested natively:
//! - `draft`: the draft and every edit (ids from names, references, quotes from passages,
//!   re-anchoring after a source edit, the CSV template), with `history` for undo/redo;
//! - `anchor`: finding quotes again after their source text changed;
//! - `selection`: UTF-16 offsets to characters, a selected passage;
//! - `marks`: the runs the source text is drawn in;
//! - `fields`: from a problem's JSON path to the form field it is about;
//! - `stored`: the drafts' records in the browser's storage; `session`: two tabs on one
//!   draft; `start`: opening a text or a briefing file;
//! - `text`: the interface in English, French and Ukrainian.
//!
//! The browser layer: `browser` (storage, selection, files, events) and `ui` (Leptos).

pub mod anchor;
pub mod browser;
pub mod draft;
pub mod fields;
pub mod history;
pub mod marks;
pub mod selection;
pub mod session;
pub mod start;
pub mod stored;
pub mod text;
pub mod ui;

/// Starts the studio: the panic report first, then the page.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    crate::panic_report::install_for(
        "The studio stopped because of an internal error",
        "Your draft is saved in this browser up to your last change: reload the page to go on. If it happens again, please report the details below.",
    );
    if let Some(boot) = browser::document().and_then(|d| d.get_element_by_id("boot")) {
        boot.remove();
    }
    leptos::mount::mount_to_body(ui::StudioApp);
}
