//! The studio's interface (Leptos), thin over the draft's operations and the state in
//! `state`: the header with language and theme, the save status, the start screen (the
//! drafts and a new one), and the editor (the source beside the sections).
//!
//! Layers, each importing only those below it: `state` (the shared state) and `widgets`
//! (fields); `places` (where things are: labels, sections, the selection) and `notices`;
//! the sections and panels (`check`, `items`, `preview`, `source`, `suggestions`); the `editor` and the
//! `start_screen` that lay them out; this page.

mod check;
mod editor;
mod items;
mod kept;
mod notices;
mod places;
mod preview;
mod source;
mod start_screen;
pub mod state;
mod suggestions;
mod widgets;

use leptos::prelude::*;

use crate::browser;
use crate::browser::storage::{self, StorageError};
use explore::prefs::Theme;
use i18n::Lang;
use state::{use_studio, SaveState, Studio};

/// The whole studio, as the page's address and browser describe it at start.
#[component]
pub fn StudioApp() -> impl IntoView {
    let studio = Studio::provide(&browser::query(), &browser::languages());
    studio.connect();
    // The passage to quote follows the selection in the source text.
    browser::events::on_selection_change(move || places::selection_changed(studio));
    // What the page can do with the storage, and the draft the address names.
    Effect::new(move |_| {
        studio.storage.set(storage::usable());
        studio.refresh_drafts();
        let query = browser::query();
        match explore::url::param(&query, "draft") {
            Some(id) if authoring::stored::is_draft_id(&id) => studio.open(&id),
            _ => studio.write_address(),
        }
    });
    view! { <StudioPage /> }
}

/// The page for a given state (natively: the start screen).
#[component]
pub fn StudioPage() -> impl IntoView {
    let s = use_studio();
    let open = move || s.doc.with(Option::is_some);
    view! {
        <div id="studio" class="studio">
            <a class="skip-link" href="#studio-main">{move || s.t("studio.skip")}</a>
            <Header />
            <main id="studio-main" tabindex="-1">
                <StorageBanner />
                <Show when=open fallback=|| view! { <start_screen::StartScreen /> }>
                    <editor::Editor />
                </Show>
            </main>
        </div>
    }
}

/// The studio's name, the language and theme choices, and the way to the explorer.
#[component]
fn Header() -> impl IntoView {
    let s = use_studio();
    let langs = Lang::ALL
        .into_iter()
        .map(|l| view! { <option value=l.tag() selected=move || s.lang.get() == l>{l.name()}</option> })
        .collect_view();
    let themes = Theme::ALL
        .into_iter()
        .map(|t| {
            let key = i18n::keys::theme(t);
            view! { <option value=t.as_str() selected=move || s.theme.get() == t>{move || i18n::text(s.lang.get(), &key)}</option> }
        })
        .collect_view();
    view! {
        <header class="studio-header">
            <div class="studio-brand">
                <h1>{move || s.t("studio.name")}</h1>
                <p class="studio-tagline">{move || s.t("studio.tagline")}</p>
            </div>
            <div class="studio-prefs">
                <label>
                    {move || s.t("prefs.language")} " "
                    <select data-studio-lang on:change=move |ev| {
                        if let Some(l) = Lang::parse(&event_target_value(&ev)) {
                            s.lang.set(l);
                            s.write_address();
                        }
                    }>{langs}</select>
                </label>
                <label>
                    {move || s.t("prefs.theme")} " "
                    <select data-studio-theme on:change=move |ev| {
                        if let Some(t) = Theme::parse(&event_target_value(&ev)) {
                            s.theme.set(t);
                            s.write_address();
                        }
                    }>{themes}</select>
                </label>
                <a href="../">{move || s.t("studio.to_explorer")}</a>
            </div>
        </header>
    }
}

/// Says when the storage cannot keep drafts (turned off, or full), and offers the
/// download so that nothing is lost.
#[component]
fn StorageBanner() -> impl IntoView {
    let s = use_studio();
    let problem = move || {
        let failed = match s.save.get() {
            SaveState::Failed(e) => Some(e),
            _ => None,
        };
        failed.or_else(|| s.storage.get().err())
    };
    move || {
        problem().map(|e| {
            let key = match e {
                StorageError::Full => "storage.full",
                StorageError::Unavailable => "storage.unavailable",
                StorageError::Failed => "storage.failed",
            };
            let open = s.doc.with(Option::is_some);
            view! {
                <div class="storage-problem" role="alert" data-studio-storage=format!("{e:?}").to_lowercase()>
                    <p>{move || s.t(key)}</p>
                    {open.then(|| view! {
                        <p>
                            <button type="button" data-studio-export="draft" on:click=move |_| s.download_draft()>
                                {move || s.t("export.draft")}
                            </button>
                            " "
                            <button type="button" on:click=move |_| s.save_now()>{move || s.t("storage.retry")}</button>
                        </p>
                    })}
                </div>
            }
        })
    }
}
