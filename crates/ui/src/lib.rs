//! The explorer's interface (Leptos), over the shared state in [`context`]:
//!
//! - `views`: what a briefing is drawn as (header, cards, matrix, timeline, source, print);
//! - `controls`: what the reader acts with (filters, view switch, toolbar, export, embed,
//!   preferences);
//! - `parts`: small pieces the views and controls share (highlighted text, stance shapes,
//!   state links, empty states, notices, the validation report);
//! - `loader`: opening another briefing (`src=`, a file);
//! - `browser`: every call into the browser, used from effects and event handlers only;
//! - [`connect`]: what ties the shared state to the browser once the page is live.
//!
//! Views take what they draw from the pure layer (`explore`) and depend only on
//! the context, never on the page shell (`app.rs`).

pub mod browser;
pub mod context;
pub mod controls;
pub mod loader;
#[cfg(target_arch = "wasm32")]
pub mod panic_report;
pub mod parts;
pub mod views;

use leptos::prelude::*;

use crate::parts::effect::effect;
use context::ExplorerContext;
use explore::prefs::Theme;
use explore::url::{decode, unmatched};
use i18n::keys;

/// Ties the shared state to the browser: back and forward, `<html lang>` and the theme,
/// the tab's title, the loader (`src=`), and the embed's messages to its host. Call once,
/// inside the page's owner; outside a browser it installs nothing that runs.
pub fn connect(ex: ExplorerContext, query: &str) {
    browser::history::on_back_or_forward(move |query| {
        let (state, missing) = ex
            .loaded
            .with_untracked(|l| (decode(&query, &l.briefing), unmatched(&query, &l.briefing)));
        ex.restore(state);
        ex.unmatched.set(missing);
        let startup = context::Startup {
            query: query.clone(),
            languages: browser::location::languages(),
            ..Default::default()
        };
        ex.choose_lang(startup.lang());
        ex.theme.set(Theme::from_query(&query));
    });
    browser::history::keep_places();
    loader::start(ex, query);
    // A `src=` link: nothing of the built-in briefing is drawn while the linked one loads
    // (it would flash, then be replaced, and drawing it would slow the load down). Once
    // the load ends, either briefing is drawn: the linked one, or on failure the built-in
    // one under the report.
    ex.waiting.set(ex.load.with_untracked(|s| s.is_loading()));
    effect(move || {
        if !ex.load.with(|s| s.is_loading()) && ex.waiting.get_untracked() {
            ex.waiting.set(false);
        }
    });
    browser::page::follow_lang_and_theme(ex.lang, ex.theme);
    // The tab, the history menu and bookmarks name the briefing and the view.
    let view = Memo::new(move |_| ex.state.with(|s| s.view));
    effect(move || {
        let view = ex.t(&keys::view(view.get()));
        let title = ex
            .loaded
            .with(|l| format!("{} — {view} · Briefing Explorer", l.briefing.title));
        browser::page::set_title(&title);
    });
    if ex.embedded {
        browser::embed::report_size_and_state(ex);
    }
}
