//! The load flow: starting, cancelling and finishing loads (numbered by
//! `explore::loads::Loads`: only the latest may change what is shown), showing the result,
//! keeping `src=` in the address true to what is shown, and following `src=` on back and
//! forward.

use std::sync::Arc;

use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::fetch::{fetch_bytes, read_stream, Abort, Transfer};
use crate::browser::{self, location, page};
use crate::context::ExplorerContext;
use crate::parts::effect::effect;
use briefing::load::{load_bytes, too_large, MAX_BYTES};
use briefing::problem::Code;
use briefing::Problem;
use explore::engine::Loaded;
use explore::history::Step;
use explore::loads::{draft_key, LoadId, LoadStatus, Loads, Shown, Stall, STALL_MS};
use explore::url::{decode, param, unmatched};

/// The loader's state, shared by the status panel, the file picker and the history
/// listener (provided as context by [`start`]).
#[derive(Clone, Copy)]
pub struct Loader {
    ex: ExplorerContext,
    loads: StoredValue<Loads>,
    /// What cancelling the current load aborts, and its stall watchdog.
    aborts: StoredValue<Vec<Abort>, LocalStorage>,
    watchdog: StoredValue<Option<Timeout>, LocalStorage>,
    /// Where the briefing on screen came from.
    pub shown: RwSignal<Shown>,
}

/// One running load, as the byte readers see it.
struct Job {
    loader: Loader,
    id: LoadId,
}

impl Transfer for Job {
    fn wanted(&self) -> bool {
        self.loader
            .loads
            .try_with_value(|l| l.is_current(self.id))
            .unwrap_or(false)
    }

    fn progressed(&self, done: usize, total: Option<f64>) {
        let now = location::now();
        self.loader
            .loads
            .update_value(|l| l.progressed(self.id, now, done));
        if self.wanted() {
            self.loader.ex.load.update(|s| {
                if let LoadStatus::Loading {
                    done: d, total: t, ..
                } = s
                {
                    *d = done as f64;
                    *t = total;
                }
            });
        }
    }

    fn hold(&self, abort: Abort) {
        if self.wanted() {
            self.loader.aborts.update_value(|a| a.push(abort));
        } else {
            abort.abort();
        }
    }
}

impl Loader {
    fn new(ex: ExplorerContext) -> Self {
        Loader {
            ex,
            loads: StoredValue::new(Loads::default()),
            aborts: StoredValue::new_local(Vec::new()),
            watchdog: StoredValue::new_local(None),
            shown: RwSignal::new(Shown::Default),
        }
    }

    /// Aborts what the current load holds and stops its watchdog.
    fn release(self) {
        for abort in self
            .aborts
            .try_update_value(std::mem::take)
            .unwrap_or_default()
        {
            abort.abort();
        }
        // Dropping the timer stops it.
        drop(self.watchdog.try_update_value(Option::take).flatten());
    }

    /// Starts a load of `what`; with `watch`, it stops when less than 1 KB arrives in
    /// [`STALL_MS`].
    fn begin(self, what: &str, watch: bool) -> LoadId {
        self.release();
        let now = location::now();
        let id = self
            .loads
            .try_update_value(|l| l.begin(what, now))
            .expect("the loader lives as long as the page");
        self.ex.load.set(LoadStatus::Loading {
            what: what.to_string(),
            done: 0.0,
            total: None,
        });
        if watch {
            self.watch(id, STALL_MS);
        }
        id
    }

    /// Checks load `id` for a stall after `after_ms`, and again until it ends.
    fn watch(self, id: LoadId, after_ms: u64) {
        let timer = Timeout::new(after_ms.min(u32::MAX as u64) as u32, move || {
            let now = location::now();
            let stall = self
                .loads
                .try_update_value(|l| l.check_stall(id, now, STALL_MS));
            match stall {
                Some(Stall::CheckAgainIn(ms)) => self.watch(id, ms),
                Some(Stall::Stopped { what, problem }) => {
                    self.release();
                    self.ex.load.set(LoadStatus::Failed {
                        what,
                        problems: vec![problem],
                    });
                }
                Some(Stall::Gone) | None => {}
            }
        });
        // Replacing a timer drops (stops) it; one that is running is freed once it returns.
        self.watchdog.set_value(Some(timer));
    }

    /// Ends load `id`; false if it was superseded, cancelled or stopped (drop its result).
    fn end(self, id: LoadId) -> bool {
        let current = self.loads.try_update_value(|l| l.end(id)).unwrap_or(false);
        if current {
            self.release();
        }
        current
    }

    /// Stops the current load at the reader's request; the briefing shown stays.
    pub fn cancel(self) {
        self.loads.update_value(Loads::cancel);
        self.release();
        self.ex.load.set(LoadStatus::Idle);
    }

    fn set_target(self, target: Option<String>) {
        self.loads.update_value(|l| l.set_target(target));
    }

    /// Shows `loaded` with the filters the address gives for it; `drop_src` removes `src=`
    /// from the address (a new history entry) because it no longer describes the page.
    fn show(self, loaded: Arc<Loaded>, drop_src: bool) {
        let query = location::search();
        let mut state = decode(&query, &loaded.briefing);
        if !drop_src {
            self.ex.unmatched.set(unmatched(&query, &loaded.briefing));
        }
        self.ex.loaded.set(loaded);
        if drop_src {
            state.other.retain(|(k, _)| k != "src" && k != "draft");
            self.ex.step(Step::Action, move |s| *s = state);
        } else {
            self.ex.adopt(state);
        }
    }

    /// Shows the built-in briefing again.
    fn show_default(self, drop_src: bool) {
        self.show(self.ex.builtin.get_value(), drop_src);
        self.shown.set(Shown::Default);
    }

    /// "Back to the built-in briefing": stops any load, shows the default, drops `src=`.
    pub fn back_to_default(self) {
        self.cancel();
        self.set_target(None);
        self.show_default(true);
    }

    /// Fetches `src` and shows it if it is a valid briefing and still wanted.
    fn load_src(self, src: String) {
        self.set_target(Some(src.clone()));
        let id = self.begin(&src, true);
        page::mark("briefing:fetch");
        let fetched = fetch_bytes(&src, Job { loader: self, id });
        spawn_local(async move {
            let result = fetched.await;
            if !self.end(id) {
                return;
            }
            match result.and_then(|fetched| Ok((check(&fetched.bytes)?, fetched.url))) {
                Ok((loaded, url)) => {
                    self.show(Arc::new(loaded), false);
                    // Where the bytes came from, after any redirect: an open redirect on
                    // this host must not pass another site's briefing off as its own.
                    let label = location::origin_and_path(&url);
                    self.shown.set(Shown::Src { src, label });
                    self.ex.load.set(LoadStatus::Idle);
                }
                Err(problems) => self.ex.load.set(LoadStatus::Failed {
                    what: src,
                    problems,
                }),
            }
        });
    }

    /// Shows the studio draft that `draft=` names, which Briefing Studio left in this
    /// site's storage (`explore::loads::draft_key`).
    fn load_draft(self, key: String) {
        let label = i18n::text(self.ex.lang.get_untracked(), "loader.studio_draft").to_string();
        let id = self.begin(&label, false);
        let text = browser::storage::local_item(&key);
        self.end(id);
        match text.map(|t| check(t.as_bytes())) {
            Some(Ok(loaded)) => {
                self.show(Arc::new(loaded), false);
                self.shown.set(Shown::File(label));
                self.ex.load.set(LoadStatus::Idle);
            }
            Some(Err(problems)) => self.ex.load.set(LoadStatus::Failed {
                what: label,
                problems,
            }),
            None => self.ex.load.set(LoadStatus::Failed {
                what: label,
                problems: vec![Problem::new("(file)", Code::DraftMissing, Vec::new())],
            }),
        }
    }

    /// Reads a local file the reader picked or dropped.
    pub fn load_file(self, file: web_sys::File) {
        let what = file.name();
        let size = file.size();
        let id = self.begin(&what, false);
        if size > MAX_BYTES as f64 {
            self.end(id);
            self.ex.load.set(LoadStatus::Failed {
                what,
                problems: vec![too_large(size)],
            });
            return;
        }
        spawn_local(async move {
            let result = read_stream(file.stream(), &Job { loader: self, id }, Some(size)).await;
            if !self.end(id) {
                return;
            }
            match result.and_then(|bytes| check(&bytes)) {
                Ok(loaded) => {
                    // The address's `src` no longer describes what is shown.
                    self.show(Arc::new(loaded), true);
                    self.set_target(None);
                    self.shown.set(Shown::File(what));
                    self.ex.load.set(LoadStatus::Idle);
                }
                Err(problems) => self.ex.load.set(LoadStatus::Failed { what, problems }),
            }
        });
    }

    /// On back/forward: loads the entry's `src=` when it differs from the one shown, or
    /// returns to the built-in briefing when the entry has none. The explorer's own
    /// listener has already restored the filters; this one only swaps the briefing.
    fn follow(self, target: Option<String>) {
        if self.loads.with_value(|l| l.target() == target.as_deref()) {
            return;
        }
        match target {
            Some(src) => self.load_src(src),
            None => {
                self.set_target(None);
                if !matches!(self.ex.load.get_untracked(), LoadStatus::Idle) {
                    self.cancel();
                }
                if matches!(self.shown.get_untracked(), Shown::Src { .. }) {
                    self.show_default(false);
                }
            }
        }
    }
}

/// Validates the bytes of a finished load.
fn check(bytes: &[u8]) -> Result<Loaded, Vec<Problem>> {
    page::mark("briefing:read");
    let result = load_bytes(bytes);
    page::mark("briefing:validated");
    result.map(Loaded::new)
}

/// The `src=` of a query, if any.
fn src_of(query: &str) -> Option<String> {
    param(query, "src").filter(|s| !s.trim().is_empty())
}

/// True when the briefing on screen was opened from a local file: no address can show
/// it again, so links to its states (citations, CSV, embed code) cannot be made.
pub fn shows_local_file() -> bool {
    use_context::<Loader>().is_some_and(|l| matches!(l.shown.get_untracked(), Shown::File(_)))
}

/// The loader provided by [`start`]; a detached one if it is missing, so that a wiring
/// mistake degrades (no shared cancel) instead of panicking.
pub(super) fn use_loader(ex: ExplorerContext) -> Loader {
    use_context::<Loader>().unwrap_or_else(|| Loader::new(ex))
}

/// Starts the loader: provides its context, follows `src=` on back and forward, and loads
/// `src=` if the link has one. Call once, inside the page's owner.
pub fn start(ex: ExplorerContext, query: &str) {
    let loader = Loader::new(ex);
    provide_context(loader);
    browser::history::on_back_or_forward(move |query| loader.follow(src_of(&query)));
    // Once no load is running, `src=` in the address names the briefing on screen: a
    // `src=` that failed, timed out or was cancelled is taken out (replacing the entry),
    // so reloading, sharing or citing the page never points at what could not be shown.
    effect(move || {
        if ex.load.with(LoadStatus::is_loading) {
            return;
        }
        let shown = loader.shown.with(|s| s.src().map(str::to_string));
        let in_address = ex.state.with_untracked(|s| {
            s.other
                .iter()
                .find(|(k, _)| k == "src")
                .map(|(_, v)| v.clone())
        });
        if in_address != shown {
            loader.set_target(shown.clone());
            ex.correct(|s| {
                s.other.retain(|(k, _)| k != "src");
                s.other.extend(shown.map(|src| ("src".to_string(), src)));
            });
        }
    });
    if let Some(key) = draft_key(query) {
        loader.load_draft(key);
    } else if let Some(src) = src_of(query) {
        loader.load_src(src);
    }
}
