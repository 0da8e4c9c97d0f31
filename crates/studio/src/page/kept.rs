//! Changes that could not be saved when their draft was closed: kept in this tab's memory
//! (never dropped by Close), said on the start screen with a way to download them, and
//! taken up again, then saved, when the author opens that draft once there is room.

use leptos::prelude::*;

use super::state::{safe_name, use_studio, Kept, Studio};
use crate::browser::{files, storage};
use authoring::draft::Draft;
use authoring::stored::{Key, Stored};

impl Studio {
    /// Keeps the open draft's unsaved version in memory (called by Close when it cannot
    /// be saved).
    pub(super) fn keep_unsaved(&self) {
        let Some(id) = self.id.get_untracked() else {
            return;
        };
        let revision = self
            .session
            .with_untracked(|s| s.as_ref().map_or(0, |s| s.revision));
        let briefing = self
            .doc
            .with_untracked(|d| d.as_ref().map(|d| d.briefing().clone()));
        if let Some(briefing) = briefing {
            self.kept.set(Some(Kept {
                id,
                revision,
                briefing,
            }));
        }
    }

    /// Opens draft `id` from its kept version, if this tab keeps one: true if it did.
    /// Over the saved revision it was made from, it becomes the draft again and is saved
    /// (if that fails, the editor's banner says so and Close keeps it again). If another
    /// tab saved the draft since, it is kept as a new draft instead: nothing is clobbered.
    pub(super) fn reopen_kept(&self, id: &str) -> bool {
        let Some(kept) = self.kept.get_untracked().filter(|k| k.id == id) else {
            return false;
        };
        let saved = storage::get(&Key::Draft(id.to_string()).text())
            .ok()
            .flatten()
            .and_then(|t| Stored::parse(&t).ok())
            .map(|s| s.revision);
        if saved.is_some_and(|r| r != kept.revision) {
            return false;
        }
        self.kept.set(None);
        self.begin(kept.id, Draft::from_briefing(kept.briefing), kept.revision);
        self.notice.set(None);
        self.save_now();
        self.refresh_drafts();
        true
    }

    /// After opening draft `id` as saved: a kept version made over an older revision is
    /// kept as a new draft, so the author has both.
    pub(super) fn keep_kept_as_new(&self, id: &str) {
        if let Some(kept) = self.kept.get_untracked().filter(|k| k.id == id) {
            self.kept.set(None);
            self.keep_as_new(kept.briefing, false);
        }
    }

    /// Offers the kept version as a file.
    fn download_kept(&self) {
        if let Some(kept) = self.kept.get_untracked() {
            let name = safe_name(&kept.briefing.id);
            let json = briefing::pretty(&kept.briefing);
            files::download(&format!("{name}.draft.json"), "application/json", &json);
        }
    }
}

/// The start screen's word about a kept version: what happened, and the two ways on.
#[component]
pub fn KeptNotice() -> impl IntoView {
    let s = use_studio();
    move || {
        let kept = s.kept.get()?;
        let title = if kept.briefing.title.trim().is_empty() {
            s.t("drafts.untitled").to_string()
        } else {
            kept.briefing.title.clone()
        };
        let id = kept.id.clone();
        Some(view! {
            <div class="notice kept" role="alert" data-studio-kept>
                <p>{s.tw("kept.text", &[("title", i18n::isolate(&title))])}</p>
                <button type="button" class="primary" on:click=move |_| s.open(&id)>
                    {s.t("kept.open")}
                </button>
                " "
                <button type="button" data-studio-export="kept" on:click=move |_| s.download_kept()>
                    {s.t("kept.download")}
                </button>
            </div>
        })
    }
}
