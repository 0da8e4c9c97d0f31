//! The studio's shared state (`Studio`, provided at the top of the page) and what it does:
//! opening, creating and closing drafts, making an edit and saving it (at once, or for a
//! draft with long sources within a second and whenever the page is left), undo and
//! redo, and what happens when another tab writes the same draft (`session`).

use std::time::Duration;

use leptos::prelude::*;

use crate::browser::storage::{self, StorageError};
use crate::browser::{self, files};
use crate::text;
use authoring::draft::{Draft, EditError, Item, Reanchored};
use authoring::fields::Section;
use authoring::selection::Passage;
use authoring::session::{Mode, Reaction, SaveCheck, Session};
use authoring::start::OpenError;
use authoring::stored::{
    new_draft_id, saved_at_once, summaries, Key, Stored, Summary, PREFIX, VERSION,
};
use briefing::csv::CsvError;
use briefing::{Briefing, Problem};
use explore::prefs::Theme;
use explore::url::param;
use i18n::Lang;
use ui::context::Startup;

/// One draft's unsaved version, as it was when it was closed.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    pub id: String,
    /// The saved revision it was made over.
    pub revision: u64,
    pub briefing: Briefing,
}

/// How the last save went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SaveState {
    /// Nothing to save yet.
    #[default]
    Idle,
    /// A change waits to be saved (a draft with long sources, see `Studio::save_soon`).
    Pending,
    Saved,
    /// The change is only in this tab's memory.
    Failed(StorageError),
}

/// A message about what just happened, drawn in the current language.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    Edit(EditError),
    /// A quote was added to this item.
    Quoted(Item),
    Reanchored(Vec<Reanchored>),
    CsvErrors(Vec<CsvError>),
    CsvImported {
        rows: usize,
        replaced: usize,
    },
    Open(OpenError),
    /// Problems of a file that is not a briefing.
    OpenProblems(Vec<Problem>),
    /// Another tab's version, written while this one was the editor, kept as a new draft.
    KeptTheirs(String),
    /// This tab's version, which could not be saved over another tab's, kept as a new draft.
    KeptMine(String),
    /// Keeping a version as a new draft failed too: download it.
    KeepFailed,
    DeletedElsewhere,
    Deleted(String),
    /// A paste held unpaired surrogates (not text), each stored as U+FFFD.
    PasteRepaired,
}

/// The studio's state, shared by every part of the page.
#[derive(Clone, Copy)]
pub struct Studio {
    pub lang: RwSignal<Lang>,
    pub theme: RwSignal<Theme>,
    /// This tab's id (for `session`).
    pub tab: StoredValue<String>,
    /// The open draft, if any.
    pub doc: RwSignal<Option<Draft>>,
    /// Its id in the storage.
    pub id: RwSignal<Option<String>>,
    pub session: RwSignal<Option<Session>>,
    pub save: RwSignal<SaveState>,
    /// The timer of a save that waits (`save_soon`).
    pending: StoredValue<Option<TimeoutHandle>>,
    /// Whether the storage can be used at all.
    pub storage: RwSignal<Result<(), StorageError>>,
    pub problems: Memo<Vec<Problem>>,
    pub section: RwSignal<Section>,
    /// The source shown (index).
    pub source: RwSignal<usize>,
    /// The passage selected in the source.
    pub selection: RwSignal<Option<Passage>>,
    pub notice: RwSignal<Option<Notice>>,
    /// The drafts in the storage, newest first.
    pub drafts: RwSignal<Vec<Summary>>,
    /// A closed draft's changes that could not be saved (`super::kept`).
    pub kept: RwSignal<Option<Kept>>,
}

/// The studio's state.
///
/// # Panics
/// Outside the studio page, which provides it.
pub fn use_studio() -> Studio {
    use_context::<Studio>().expect("Studio is provided by the page")
}

impl Studio {
    /// Creates the state from the address's query and the browser's languages.
    pub fn provide(query: &str, languages: &[String]) -> Studio {
        let lang = Startup {
            query: query.to_string(),
            languages: languages.to_vec(),
            ..Default::default()
        }
        .lang();
        let doc: RwSignal<Option<Draft>> = RwSignal::new(None);
        let problems =
            Memo::new(move |_| doc.with(|d| d.as_ref().map(Draft::problems).unwrap_or_default()));
        let tab = new_draft_id(browser::now(), browser::random());
        let studio = Studio {
            lang: RwSignal::new(lang),
            theme: RwSignal::new(Theme::from_query(query)),
            tab: StoredValue::new(tab),
            doc,
            id: RwSignal::new(None),
            session: RwSignal::new(None),
            save: RwSignal::new(SaveState::Idle),
            pending: StoredValue::new(None),
            storage: RwSignal::new(Ok(())),
            problems,
            section: RwSignal::new(Section::Briefing),
            source: RwSignal::new(0),
            selection: RwSignal::new(None),
            notice: RwSignal::new(None),
            drafts: RwSignal::new(Vec::new()),
            kept: RwSignal::new(None),
        };
        provide_context(studio);
        studio
    }

    /// Interface text in the current language (reactive).
    pub fn t(&self, key: &str) -> &'static str {
        text::text(self.lang.get(), key)
    }

    /// Interface text with placeholders (reactive).
    pub fn tw(&self, key: &str, args: &[(&str, String)]) -> String {
        text::with(self.lang.get(), key, args)
    }

    /// A count in words (reactive).
    pub fn count(&self, key: &str, n: usize) -> String {
        text::count(self.lang.get(), key, n)
    }

    /// True while another tab edits the open draft (reactive).
    pub fn read_only(&self) -> bool {
        self.session
            .with(|s| s.as_ref().is_some_and(|s| s.mode == Mode::Watching))
    }

    /// Reads something of the open draft (reactive); `fallback` without one.
    pub fn with_draft<T>(&self, fallback: T, f: impl FnOnce(&Draft) -> T) -> T {
        self.doc.with(|d| d.as_ref().map(f).unwrap_or(fallback))
    }

    /// Reads something of the open briefing (reactive).
    pub fn with_briefing<T: Default>(&self, f: impl FnOnce(&Briefing) -> T) -> T {
        self.doc
            .with(|d| d.as_ref().map(|d| f(d.briefing())).unwrap_or_default())
    }

    /// Makes an edit and saves it. A refused edit changes nothing and says why.
    pub fn edit<T>(&self, f: impl FnOnce(&mut Draft) -> Result<T, EditError>) -> Option<T> {
        if self
            .session
            .with_untracked(|s| s.as_ref().is_some_and(|s| s.mode == Mode::Watching))
        {
            return None;
        }
        let result = self
            .doc
            .try_maybe_update(|d| match d.as_mut() {
                Some(d) => {
                    let r = f(d);
                    (r.is_ok(), Some(r))
                }
                None => (false, None),
            })
            .flatten()?;
        match result {
            Ok(value) => {
                self.save_soon();
                Some(value)
            }
            Err(e) => {
                self.notice.set(Some(Notice::Edit(e)));
                None
            }
        }
    }

    /// The author left a field: the next typing there is its own undo step.
    pub fn break_run(&self) {
        self.doc.update_untracked(|d| {
            if let Some(d) = d {
                d.break_run();
            }
        });
    }

    pub fn undo(&self) {
        if self.read_only() {
            return;
        }
        if self.doc.try_maybe_update(|d| {
            let done = d.as_mut().is_some_and(Draft::undo);
            (done, done)
        }) == Some(true)
        {
            self.save_soon();
        }
    }

    pub fn redo(&self) {
        if self.read_only() {
            return;
        }
        if self.doc.try_maybe_update(|d| {
            let done = d.as_mut().is_some_and(Draft::redo);
            (done, done)
        }) == Some(true)
        {
            self.save_soon();
        }
    }

    /// Rereads the list of drafts.
    pub fn refresh_drafts(&self) {
        match storage::entries(PREFIX) {
            Ok(entries) => {
                self.drafts.set(summaries(
                    entries.iter().map(|(k, v)| (k.as_str(), v.as_str())),
                ));
            }
            Err(e) => self.storage.set(Err(e)),
        }
    }

    fn me(&self) -> String {
        self.tab.get_value()
    }

    /// Writes a record for draft `id`; the new revision is `revision`.
    fn write(&self, id: &str, revision: u64, briefing: &Briefing) -> Result<(), StorageError> {
        let record = Stored {
            studio: VERSION,
            id: id.to_string(),
            revision,
            saved_at: browser::now(),
            tab: self.me(),
            briefing: briefing.clone(),
        };
        storage::set(&Key::Draft(id.to_string()).text(), &record.to_json())
    }

    /// Saves the change just made: at once for a draft with short sources; for one with
    /// long sources (`stored::saved_at_once`), within a second, in one write for every
    /// change made meanwhile, since writing such a record takes longer than a keystroke
    /// may. A waiting save is written at once when the page is hidden or left, the draft
    /// closed or another opened (`flush`), so no change waits for a timer that never runs.
    pub fn save_soon(&self) {
        let at_once = self
            .doc
            .with_untracked(|d| d.as_ref().is_none_or(|d| saved_at_once(d.text_bytes())));
        if at_once {
            self.save_now();
            return;
        }
        self.save.set(SaveState::Pending);
        if self.pending.with_value(Option::is_some) {
            return;
        }
        let studio = *self;
        let timer = set_timeout_with_handle(
            move || {
                studio.pending.set_value(None);
                studio.save_now();
            },
            Duration::from_millis(1000),
        );
        match timer {
            Ok(handle) => self.pending.set_value(Some(handle)),
            Err(_) => self.save_now(),
        }
    }

    /// Writes a change that waits to be saved, now.
    pub fn flush(&self) {
        if self.pending.with_value(Option::is_some) {
            self.save_now();
        }
    }

    /// Saves the open draft now. If another tab has become its editor, nothing is written
    /// over that tab's version: this one is kept as a new draft instead.
    pub fn save_now(&self) {
        if let Some(timer) = self.pending.try_update_value(Option::take).flatten() {
            timer.clear();
        }
        let Some(id) = self.id.get_untracked() else {
            return;
        };
        let holder = storage::get(&Key::Editor(id.clone()).text()).ok().flatten();
        let check = self.session.with_untracked(|s| {
            s.as_ref()
                .map(|s| (s.check_save(holder.as_deref()), s.revision))
        });
        let Some((check, revision)) = check else {
            return;
        };
        if check == SaveCheck::Blocked {
            let mine = self
                .doc
                .with_untracked(|d| d.as_ref().map(|d| d.briefing().clone()));
            if let Some(mine) = mine {
                self.keep_as_new(mine, false);
            }
            self.session.update(|s| {
                if let Some(s) = s {
                    s.mode = Mode::Watching;
                }
            });
            self.show_stored(&id);
            return;
        }
        let result = self.doc.with_untracked(|d| {
            d.as_ref()
                .map(|d| self.write(&id, revision + 1, d.briefing()))
        });
        match result {
            Some(Ok(())) => {
                self.session.update(|s| {
                    if let Some(s) = s {
                        s.saved(revision + 1);
                    }
                });
                if holder.as_deref() != Some(self.me().as_str()) {
                    let _ = storage::set(&Key::Editor(id).text(), &self.me());
                }
                self.save.set(SaveState::Saved);
            }
            Some(Err(e)) => self.save.set(SaveState::Failed(e)),
            None => {}
        }
    }

    /// Keeps `briefing` as a new draft (a version that must not be lost).
    pub(super) fn keep_as_new(&self, briefing: Briefing, theirs: bool) {
        let id = new_draft_id(browser::now(), browser::random());
        let title = briefing.title.clone();
        match self.write(&id, 1, &briefing) {
            Ok(()) => self.notice.set(Some(if theirs {
                Notice::KeptTheirs(title)
            } else {
                Notice::KeptMine(title)
            })),
            Err(_) => {
                files::download(
                    &format!("{}.draft.json", safe_name(&briefing.id)),
                    "application/json",
                    &briefing::pretty(&briefing),
                );
                self.notice.set(Some(Notice::KeepFailed));
            }
        }
        self.refresh_drafts();
    }

    /// Shows the stored version of draft `id` (a read-only tab following the editor).
    fn show_stored(&self, id: &str) {
        let stored = storage::get(&Key::Draft(id.to_string()).text())
            .ok()
            .flatten()
            .and_then(|t| Stored::parse(&t).ok());
        if let Some(stored) = stored {
            self.session.update(|s| {
                if let Some(s) = s {
                    s.revision = s.revision.max(stored.revision);
                }
            });
            self.doc.update(|d| {
                if let Some(d) = d {
                    d.replace(stored.briefing);
                }
            });
        }
    }

    /// Starts editing a new draft.
    pub fn create(&self, draft: Draft) {
        let id = new_draft_id(browser::now(), browser::random());
        self.begin(id, draft, 0);
        self.save_now();
        self.refresh_drafts();
    }

    pub(super) fn begin(&self, id: String, draft: Draft, revision: u64) {
        self.flush();
        let _ = storage::set(&Key::Editor(id.clone()).text(), &self.me());
        self.session
            .set(Some(Session::open(&self.me(), &id, revision)));
        self.doc.set(Some(draft));
        self.id.set(Some(id));
        self.selection.set(None);
        self.source.set(0);
        self.section.set(Section::Briefing);
        self.save.set(SaveState::Idle);
        self.write_address();
    }

    /// Opens a saved draft; this tab becomes its editor. Changes this tab keeps for it
    /// (`super::kept`) are taken up again, or kept as a new draft if it changed since.
    pub fn open(&self, id: &str) {
        if self.reopen_kept(id) {
            return;
        }
        self.open_saved(id);
        self.keep_kept_as_new(id);
    }

    /// Opens the saved version of draft `id`.
    fn open_saved(&self, id: &str) {
        let text = storage::get(&Key::Draft(id.to_string()).text());
        match text.map(|t| t.map(|t| Stored::parse(&t))) {
            Ok(Some(Ok(stored))) => {
                self.begin(
                    id.to_string(),
                    Draft::from_briefing(stored.briefing),
                    stored.revision,
                );
                self.notice.set(None);
            }
            Ok(Some(Err(e))) => {
                self.notice.set(Some(Notice::Open(e.into())));
                self.write_address();
            }
            Ok(None) => {
                self.notice.set(Some(Notice::Open(OpenError::DraftMissing)));
                self.write_address();
            }
            Err(e) => self.storage.set(Err(e)),
        }
    }

    /// "Edit here instead": this tab becomes the editor, from the latest saved version.
    pub fn take_over(&self) {
        let Some(id) = self.id.get_untracked() else {
            return;
        };
        self.show_stored(&id);
        let _ = storage::set(&Key::Editor(id).text(), &self.me());
        self.session.update(|s| {
            if let Some(s) = s {
                let revision = s.revision;
                s.take_over(revision);
            }
        });
    }

    /// Whether the open draft holds work that lives only in this tab: its last change
    /// could not be saved, or the storage cannot be used.
    pub fn unsaved(&self) -> bool {
        self.doc.with_untracked(Option::is_some)
            && (matches!(
                self.save.get_untracked(),
                SaveState::Failed(_) | SaveState::Pending
            ) || self.storage.get_untracked().is_err())
    }

    /// Closes the open draft (it stays saved) and shows the list. Work that could not be
    /// saved is tried again first; if it still cannot be, it is kept in this tab
    /// (`super::kept`): the list says so, offers the download, and opening the draft
    /// again once there is room takes it up and saves it. Close never drops it.
    pub fn close(&self) {
        self.flush();
        if self.unsaved() {
            self.save_now();
        }
        if self.unsaved() {
            self.keep_unsaved();
        }
        if let Some(id) = self.id.get_untracked() {
            let key = Key::Editor(id).text();
            if storage::get(&key).ok().flatten().as_deref() == Some(self.me().as_str()) {
                storage::remove(&key);
            }
        }
        self.id.set(None);
        self.session.set(None);
        self.doc.set(None);
        self.selection.set(None);
        self.save.set(SaveState::Idle);
        self.notice.set(None);
        self.refresh_drafts();
        self.write_address();
    }

    /// Deletes a saved draft for good.
    pub fn delete_draft(&self, id: &str, title: String) {
        for key in [
            Key::Draft(id.into()),
            Key::Editor(id.into()),
            Key::Preview(id.into()),
        ] {
            storage::remove(&key.text());
        }
        self.notice.set(Some(Notice::Deleted(title)));
        self.refresh_drafts();
    }

    /// The address: the open draft, the language and theme if chosen.
    pub fn write_address(&self) {
        let mut parts = Vec::new();
        if let Some(id) = self.id.get_untracked() {
            parts.push(format!("draft={id}"));
        }
        let query = browser::query();
        if param(&query, "lang").is_some()
            || self.lang.get_untracked()
                != Lang::negotiate(browser::languages().iter().map(String::as_str))
        {
            parts.push(format!("lang={}", self.lang.get_untracked().tag()));
        }
        let theme = self.theme.get_untracked();
        if theme != Theme::Auto {
            parts.push(format!("theme={}", theme.as_str()));
        }
        browser::replace_query(&parts.join("&"));
    }

    /// Reacts to another tab's write to the storage.
    pub fn heard(&self, key: Option<String>, value: Option<String>) {
        let Some(key) = key else {
            self.refresh_drafts();
            return;
        };
        let open = self.id.get_untracked();
        match Key::parse(&key) {
            Some(Key::Draft(id)) => {
                self.refresh_drafts();
                if open.as_deref() != Some(id.as_str()) {
                    return;
                }
                let stored = value.and_then(|v| Stored::parse(&v).ok());
                let reaction = self
                    .session
                    .try_update(|s| s.as_mut().map(|s| s.record_changed(stored)))
                    .flatten();
                match reaction {
                    Some(Reaction::Show(stored)) => self.doc.update(|d| {
                        if let Some(d) = d {
                            d.replace(stored.briefing);
                        }
                    }),
                    Some(Reaction::KeepTheirs(stored)) => {
                        self.keep_as_new(stored.briefing, true);
                        self.save_now();
                    }
                    Some(Reaction::Deleted) => self.notice.set(Some(Notice::DeletedElsewhere)),
                    _ => {}
                }
            }
            Some(Key::Editor(id)) if open.as_deref() == Some(id.as_str()) => {
                self.session.update(|s| {
                    if let Some(s) = s {
                        s.editor_changed(value.as_deref());
                    }
                });
            }
            _ => {}
        }
    }

    /// Saves the draft again after it was deleted in another tab.
    pub fn save_again(&self) {
        self.session.update(|s| {
            if let Some(s) = s {
                s.mode = Mode::Editing;
            }
        });
        self.save_now();
        self.notice.set(None);
        self.refresh_drafts();
    }

    /// Offers the open draft as a file, whatever its problems.
    pub fn download_draft(&self) {
        let file = self.doc.with_untracked(|d| {
            d.as_ref()
                .map(|d| (safe_name(&d.briefing().id), briefing::pretty(d.briefing())))
        });
        if let Some((name, json)) = file {
            files::download(&format!("{name}.draft.json"), "application/json", &json);
        }
    }

    /// The page's `lang` and theme follow the choices.
    pub fn connect(&self) {
        let studio = *self;
        ui::browser::page::follow_lang_and_theme(studio.lang, studio.theme);
        Effect::new(move |_| {
            let title = studio.with_briefing(|b| b.title.clone());
            let name = studio.t("studio.name");
            browser::set_title(&if title.is_empty() {
                name.to_string()
            } else {
                format!("{title} — {name}")
            });
        });
        crate::browser::events::on_storage(move |key, value| studio.heard(key, value));
        crate::browser::events::on_shortcut(move |s| match s {
            crate::browser::events::Shortcut::Undo => studio.undo(),
            crate::browser::events::Shortcut::Redo => studio.redo(),
        });
        // A change waiting to be saved is written as the page is hidden or left; work
        // that still lives only in this tab makes leaving ask first.
        crate::browser::events::on_hide(move || studio.flush());
        crate::browser::events::guard_unload(move || {
            studio.flush();
            studio.unsaved() || studio.kept.with_untracked(Option::is_some)
        });
    }
}

/// A file name from an id (ids are already safe; an empty one is "briefing").
pub fn safe_name(id: &str) -> String {
    let name: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    if name.is_empty() {
        "briefing".into()
    } else {
        name
    }
}
