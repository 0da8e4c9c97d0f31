//! Bring your own briefing: `src=URL`, a file picker and drag-and-drop. The bytes go
//! through `briefing::load` (limits, format version, full validation); on any problem the
//! reader gets the report and the briefing shown before stays shown.
//!
//! Loads are numbered: only the latest may change what is shown, and starting one cancels
//! the one before (its fetch is aborted), so a slow `src=` cannot replace a file picked
//! afterwards. A fetch that receives nothing for [`STALL`] stops with a message, and the
//! reader can cancel any load. Back and forward follow `src=`.

use std::sync::Arc;
use std::time::Duration;

use leptos::ev::{self, DragEvent};
use leptos::html;
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::app::{use_explorer, Explorer, Loaded};
use crate::briefing::embedded::default_briefing;
use crate::briefing::load::{load_bytes, megabytes, too_large, MAX_BYTES};
use crate::briefing::problem::{echo, fill};
use crate::briefing::Problem;
use crate::explore::url::param;
use crate::i18n::problems::{around, text};
use crate::ui::landing::focus_results;
use crate::ui::url_sync::{location_search, read_location};
use crate::ui::validation_report::ValidationReport;

/// How long a fetch may receive nothing before it stops.
const STALL: Duration = Duration::from_secs(30);

/// What the loader is doing.
#[derive(Clone, PartialEq)]
pub enum LoadStatus {
    Idle,
    /// Reading `what`: bytes so far and, when known, in all.
    Loading {
        what: String,
        done: f64,
        total: Option<f64>,
    },
    /// `what` could not be shown, for these reasons.
    Failed {
        what: String,
        problems: Vec<Problem>,
    },
}

/// Where the briefing on screen came from, for the "Loaded from" notice.
#[derive(Clone, PartialEq)]
enum Shown {
    /// The built-in briefing.
    Default,
    /// `src=`: the parameter, and its address as the notice shows it.
    Src { src: String, label: String },
    /// A local file, by name.
    File(String),
}

/// The current load: what cancelling it must stop.
#[derive(Default)]
struct Slot {
    /// Bumped by every new load, cancel and timeout; a task whose number is not the
    /// current one changes nothing.
    generation: u64,
    what: String,
    controller: Option<web_sys::AbortController>,
    reader: Option<web_sys::ReadableStreamDefaultReader>,
    watchdog: Option<TimeoutHandle>,
    /// When the current load last received something (ms since the epoch).
    last_progress: f64,
    /// The `src=` last acted on, to tell a back/forward that changes it from one that
    /// changes only filters.
    target: Option<String>,
}

/// The loader's state, shared by the status panel, the file picker and the history
/// listener (provided as context by [`load_src_param`]).
#[derive(Clone, Copy)]
struct Loader {
    slot: StoredValue<Slot, LocalStorage>,
    shown: RwSignal<Shown>,
}

impl Loader {
    fn new() -> Self {
        Loader {
            slot: StoredValue::new_local(Slot::default()),
            shown: RwSignal::new(Shown::Default),
        }
    }

    /// Stops the current load, if any: later results of it are ignored.
    fn invalidate(self) {
        self.slot.update_value(|s| {
            s.generation += 1;
            if let Some(controller) = s.controller.take() {
                controller.abort();
            }
            if let Some(reader) = s.reader.take() {
                let _ = reader.cancel();
            }
            if let Some(timer) = s.watchdog.take() {
                timer.clear();
            }
        });
    }

    /// Starts a load of `what` and returns its number; with `watch`, it times out when
    /// nothing arrives for [`STALL`].
    fn begin(self, status: RwSignal<LoadStatus>, what: &str, watch: bool) -> u64 {
        self.invalidate();
        let id = self.slot.with_value(|s| s.generation);
        self.slot.update_value(|s| {
            s.what = what.to_string();
            s.last_progress = js_sys::Date::now();
        });
        status.set(LoadStatus::Loading {
            what: what.to_string(),
            done: 0.0,
            total: None,
        });
        if watch {
            self.watch(status, id, STALL);
        }
        id
    }

    fn is_current(self, id: u64) -> bool {
        self.slot
            .try_with_value(|s| s.generation == id)
            .unwrap_or(false)
    }

    /// Notes that load `id` received something.
    fn progressed(self, id: u64) {
        self.slot.update_value(|s| {
            if s.generation == id {
                s.last_progress = js_sys::Date::now();
            }
        });
    }

    /// Ends load `id` (its watchdog, abort handles); false if it was superseded, cancelled
    /// or timed out, in which case its result must be dropped.
    fn end(self, id: u64) -> bool {
        self.slot
            .try_update_value(|s| {
                if s.generation != id {
                    return false;
                }
                s.controller = None;
                s.reader = None;
                if let Some(timer) = s.watchdog.take() {
                    timer.clear();
                }
                true
            })
            .unwrap_or(false)
    }

    /// Checks load `id` for a stall after `after`, and again until it ends.
    fn watch(self, status: RwSignal<LoadStatus>, id: u64, after: Duration) {
        let timer = set_timeout_with_handle(move || self.check_stall(status, id), after).ok();
        self.slot.update_value(|s| s.watchdog = timer);
    }

    fn check_stall(self, status: RwSignal<LoadStatus>, id: u64) {
        if !self.is_current(id) {
            return;
        }
        let (idle, what) = self
            .slot
            .with_value(|s| (js_sys::Date::now() - s.last_progress, s.what.clone()));
        let limit = STALL.as_millis() as f64;
        if idle < limit {
            let left = Duration::from_millis((limit - idle) as u64 + 1);
            self.watch(status, id, left);
            return;
        }
        self.invalidate();
        status.set(LoadStatus::Failed {
            what,
            problems: vec![Problem::new(
                "(network)",
                "network.timeout",
                vec![("seconds", STALL.as_secs().to_string())],
            )],
        });
    }

    /// Stops the current load at the reader's request; the briefing shown stays.
    fn cancel(self, status: RwSignal<LoadStatus>) {
        self.invalidate();
        status.set(LoadStatus::Idle);
    }

    fn set_target(self, target: Option<String>) {
        self.slot.update_value(|s| s.target = target);
    }
}

/// True when the briefing on screen was opened from a local file: no address can show
/// it again, so links to its states (citations, CSV, embed code) cannot be made.
pub fn shows_local_file() -> bool {
    use_context::<Loader>().is_some_and(|l| matches!(l.shown.get_untracked(), Shown::File(_)))
}

/// The loader provided by [`load_src_param`]; a detached one if it is missing, so that a
/// wiring mistake degrades (no shared cancel) instead of panicking.
fn use_loader() -> Loader {
    use_context::<Loader>().unwrap_or_else(Loader::new)
}

/// One problem, as a load failure.
fn failure(path: &str, code: &'static str, args: Vec<(&'static str, String)>) -> Vec<Problem> {
    vec![Problem::new(path, code, args)]
}

/// Reads a byte stream to the end, reporting progress and stopping past the size limit,
/// or as soon as load `id` is no longer current.
async fn read_stream(
    stream: web_sys::ReadableStream,
    loader: Loader,
    id: u64,
    status: RwSignal<LoadStatus>,
    total: Option<f64>,
) -> Result<Vec<u8>, Vec<Problem>> {
    let reader: web_sys::ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    if !loader.is_current(id) {
        let _ = reader.cancel();
        return Err(Vec::new());
    }
    loader
        .slot
        .update_value(|s| s.reader = Some(reader.clone()));
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|e| {
            failure(
                "(network)",
                "network.read_failed",
                vec![("error", echo(&js_text(&e)))],
            )
        })?;
        if !loader.is_current(id) {
            // Cancelled, superseded or timed out: invalidate() already cancelled the reader.
            return Err(Vec::new());
        }
        loader.progressed(id);
        let done = js_sys::Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true);
        if done {
            return Ok(bytes);
        }
        if let Ok(value) = js_sys::Reflect::get(&chunk, &"value".into()) {
            bytes.extend(js_sys::Uint8Array::new(&value).to_vec());
        }
        if bytes.len() > MAX_BYTES {
            let _ = reader.cancel();
            return Err(failure(
                "(file)",
                "file.larger_than_limit",
                vec![("limit", (MAX_BYTES / 1_048_576).to_string())],
            ));
        }
        status.update(|s| {
            if let LoadStatus::Loading { done, total: t, .. } = s {
                *done = bytes.len() as f64;
                *t = total;
            }
        });
    }
}

/// A JS error's message, for reports.
fn js_text(value: &JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "unknown error".to_string())
}

/// True for content types a briefing may arrive as.
fn is_json_like(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence.is_empty()
        || essence == "application/json"
        || essence == "text/json"
        || essence.ends_with("+json")
        || essence == "text/plain"
        || essence == "application/octet-stream"
}

/// Fetches `url` (same origin, or an origin that allows CORS) and reads it with progress;
/// cancelling load `id` aborts the request.
async fn fetch_bytes(
    url: &str,
    loader: Loader,
    id: u64,
    status: RwSignal<LoadStatus>,
) -> Result<Vec<u8>, Vec<Problem>> {
    let fetch_failed = |error: String| {
        failure(
            "(network)",
            "network.fetch_failed",
            vec![("error", echo(&error))],
        )
    };
    let window = web_sys::window().ok_or_else(|| fetch_failed("no window".into()))?;
    let init = web_sys::RequestInit::new();
    if let Ok(controller) = web_sys::AbortController::new() {
        init.set_signal(Some(&controller.signal()));
        loader.slot.update_value(|s| {
            if s.generation == id {
                s.controller = Some(controller);
            }
        });
    }
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|e| fetch_failed(js_text(&e)))?;
    loader.progressed(id);
    let response: web_sys::Response = response.unchecked_into();
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let content_type = header("content-type").unwrap_or_default();
    let http = || {
        vec![
            ("status", response.status().to_string()),
            ("status_text", echo(response.status_text().trim())),
            ("content_type", echo(&content_type)),
        ]
    };
    if !response.ok() {
        let code = if content_type.trim().is_empty() {
            "network.http_error_untyped"
        } else {
            "network.http_error"
        };
        return Err(failure("(network)", code, http()));
    }
    if !is_json_like(&content_type) {
        return Err(failure("(network)", "network.not_json", http()));
    }
    // Parsed as an integer (which it is): a float parser would cost wasm bytes.
    let total = header("content-length")
        .and_then(|n| n.trim().parse::<u64>().ok())
        .map(|n| n as f64);
    if total.is_some_and(|n| n > MAX_BYTES as f64) {
        return Err(failure(
            "(file)",
            "file.larger_than_limit",
            vec![("limit", (MAX_BYTES / 1_048_576).to_string())],
        ));
    }
    match response.body() {
        Some(body) => read_stream(body, loader, id, status, total).await,
        None => Ok(Vec::new()),
    }
}

/// A User Timing mark, so benchmarks can read how long loading and validating took.
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Validates the bytes of a finished load.
fn check(bytes: &[u8]) -> Result<Loaded, Vec<Problem>> {
    mark("briefing:read");
    let result = load_bytes(bytes);
    mark("briefing:validated");
    result.map(Loaded::new)
}

/// Shows `loaded`, with the filters the address bar gives for it; `drop_src` removes
/// `src=` from the address (a new history entry) because it no longer describes the page.
fn show(ex: Explorer, loaded: Loaded, drop_src: bool) {
    let mut state = read_location(&loaded.briefing);
    if drop_src {
        state.other.retain(|(k, _)| k != "src");
    }
    ex.loaded.set(Arc::new(loaded));
    ex.state.set(state);
}

/// Shows the built-in briefing again.
fn show_default(ex: Explorer, loader: Loader, drop_src: bool) {
    if let Ok(briefing) = default_briefing() {
        show(ex, Loaded::new(briefing), drop_src);
    }
    loader.shown.set(Shown::Default);
}

/// The `src=` of the current address, if any.
fn src_param() -> Option<String> {
    param(&location_search(), "src").filter(|s| !s.trim().is_empty())
}

/// `src` as the notice names it: origin and path, without the query.
fn src_label(src: &str) -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .and_then(|base| web_sys::Url::new_with_base(src, &base).ok())
        .filter(|url| url.origin() != "null")
        .map(|url| format!("{}{}", url.origin(), url.pathname()))
        .unwrap_or_else(|| src.to_string())
}

/// Fetches `src` and shows it if it is a valid briefing and still wanted.
fn load_src(ex: Explorer, loader: Loader, status: RwSignal<LoadStatus>, src: String) {
    loader.set_target(Some(src.clone()));
    let id = loader.begin(status, &src, true);
    mark("briefing:fetch");
    spawn_local(async move {
        let result = fetch_bytes(&src, loader, id, status).await;
        if !loader.end(id) {
            return;
        }
        match result.and_then(|bytes| check(&bytes)) {
            Ok(loaded) => {
                show(ex, loaded, false);
                let label = src_label(&src);
                loader.shown.set(Shown::Src { src, label });
                status.set(LoadStatus::Idle);
            }
            Err(problems) => status.set(LoadStatus::Failed {
                what: src,
                problems,
            }),
        }
    });
}

/// Starts the loader: provides its context, follows `src=` on back and forward, and loads
/// `src=` if the link has one. Call once, inside the explorer's reactive owner.
pub fn load_src_param(ex: Explorer, status: RwSignal<LoadStatus>) {
    let loader = Loader::new();
    provide_context(loader);
    follow_src_on_history(ex, loader, status);
    // Once no load is running, `src=` in the address names the briefing on screen: a
    // `src=` that failed, timed out or was cancelled is taken out (replacing the entry),
    // so reloading, sharing or citing the page never points at what could not be shown.
    Effect::new(move |_| {
        if matches!(status.get(), LoadStatus::Loading { .. }) {
            return;
        }
        let shown = match loader.shown.get() {
            Shown::Src { src, .. } => Some(src),
            Shown::Default | Shown::File(_) => None,
        };
        let in_address = ex.state.with_untracked(|s| {
            s.other
                .iter()
                .find(|(k, _)| k == "src")
                .map(|(_, v)| v.clone())
        });
        if in_address != shown {
            loader.set_target(shown.clone());
            ex.replace_next.set_value(true);
            ex.state.update(|s| {
                s.other.retain(|(k, _)| k != "src");
                s.other.extend(shown.map(|src| ("src".to_string(), src)));
            });
        }
    });
    if let Some(src) = src_param() {
        load_src(ex, loader, status, src);
    }
}

/// On back/forward, loads the entry's `src=` when it differs from the one shown, or
/// returns to the built-in briefing when the entry has none. The explorer's own listener
/// (`url_sync`) has already restored the filters; this one only swaps the briefing.
fn follow_src_on_history(ex: Explorer, loader: Loader, status: RwSignal<LoadStatus>) {
    let handle = window_event_listener(ev::popstate, move |_| {
        let target = src_param();
        if loader.slot.with_value(|s| s.target == target) {
            return;
        }
        match target {
            Some(src) => load_src(ex, loader, status, src),
            None => {
                loader.set_target(None);
                if !matches!(status.get_untracked(), LoadStatus::Idle) {
                    loader.cancel(status);
                }
                if matches!(loader.shown.get_untracked(), Shown::Src { .. }) {
                    show_default(ex, loader, false);
                }
            }
        }
    });
    on_cleanup(move || handle.remove());
}

/// "Back to the built-in briefing": stops any load, shows the default and drops `src=`.
fn back_to_default(ex: Explorer, loader: Loader, status: RwSignal<LoadStatus>) {
    loader.cancel(status);
    loader.set_target(None);
    show_default(ex, loader, true);
}

/// Reads a local file the reader picked or dropped.
fn load_file(ex: Explorer, loader: Loader, status: RwSignal<LoadStatus>, file: web_sys::File) {
    let what = file.name();
    let size = file.size();
    let id = loader.begin(status, &what, false);
    if size > MAX_BYTES as f64 {
        loader.end(id);
        status.set(LoadStatus::Failed {
            what,
            problems: vec![too_large(size)],
        });
        return;
    }
    spawn_local(async move {
        let result = read_stream(file.stream(), loader, id, status, Some(size)).await;
        if !loader.end(id) {
            return;
        }
        match result.and_then(|bytes| check(&bytes)) {
            Ok(loaded) => {
                // The URL's `src` no longer describes what is shown.
                show(ex, loaded, true);
                loader.set_target(None);
                loader.shown.set(Shown::File(what));
                status.set(LoadStatus::Idle);
            }
            Err(problems) => status.set(LoadStatus::Failed { what, problems }),
        }
    });
}

/// The file picker and the page-wide drop target.
#[component]
pub fn BriefingLoader() -> impl IntoView {
    let ex = use_explorer();
    let loader = use_loader();
    let status = ex.load;
    let input: NodeRef<html::Input> = NodeRef::new();
    let on_change = move |_| {
        if let Some(file) = input.get().and_then(|i| i.files()).and_then(|f| f.get(0)) {
            load_file(ex, loader, status, file);
        }
        if let Some(i) = input.get() {
            i.set_value("");
        }
    };
    let dragging = RwSignal::new(false);
    let over = window_event_listener(leptos::ev::dragover, move |ev: DragEvent| {
        ev.prevent_default();
        dragging.set(true);
    });
    let leave = window_event_listener(leptos::ev::dragleave, move |_| dragging.set(false));
    let drop = window_event_listener(leptos::ev::drop, move |ev: DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            load_file(ex, loader, status, file);
        }
    });
    on_cleanup(move || {
        over.remove();
        leave.remove();
        drop.remove();
    });
    view! {
        <label class="tool file-pick" class:dragging=move || dragging.get()>
            {move || ex.t("load.pick")}
            <input type="file" accept=".json,application/json" node_ref=input on:change=on_change class="visually-hidden" />
        </label>
        <span class="hint drop-hint">{move || ex.t("load.drop")}</span>
    }
}

/// `template` with `{what}` replaced by `what` isolated in `<bdi>`: a file name or address
/// with bidi controls must not reorder the sentence around it.
fn with_name(template: &str, what: String) -> impl IntoView {
    let (before, after) = around(template, "what");
    view! { {before.to_string()}<bdi>{what}</bdi>{after.to_string()} }
}

/// What the panel shows, apart from progress figures (so a progress update does not
/// redraw the Cancel button under the reader's pointer or focus).
#[derive(Clone, PartialEq)]
enum Panel {
    Idle,
    Loading(String),
    Failed(String, Vec<Problem>),
}

/// The lasting "Loaded from" notice, progress with Cancel while a briefing loads, and the
/// report when one cannot be shown.
#[component]
pub fn LoadStatusPanel() -> impl IntoView {
    let ex = use_explorer();
    let loader = use_loader();
    let status = ex.load;
    let lang = move || ex.lang.get();
    let notice = move || {
        let label = match loader.shown.get() {
            Shown::Default => return None,
            Shown::Src { label, .. } => label,
            Shown::File(name) => name,
        };
        Some(view! {
            <div class="load-notice" role="status">
                <p>{with_name(text(lang(), "loader.loaded_from"), label)}</p>
                <button type="button" class="back" on:click=move |_| {
                    back_to_default(ex, loader, status);
                    focus_results();
                }>
                    {text(lang(), "loader.back_to_default")}
                </button>
            </div>
        })
    };
    let panel = Memo::new(move |_| match status.get() {
        LoadStatus::Idle => Panel::Idle,
        LoadStatus::Loading { what, .. } => Panel::Loading(what),
        LoadStatus::Failed { what, problems } => Panel::Failed(what, problems),
    });
    let progress = move || match status.get() {
        LoadStatus::Loading { done, total, .. } => (done, total),
        _ => (0.0, None),
    };
    let body = move || match panel.get() {
        Panel::Idle => ().into_any(),
        Panel::Loading(what) => {
            let label = move || {
                let (done, _) = progress();
                let template = fill(ex.t("load.loading"), &[("mb", megabytes(done))]);
                with_name(&template, what.clone())
            };
            let percent = move || {
                let (done, total) = progress();
                total
                    .filter(|t| *t > 0.0)
                    .map(|t| ((done / t * 100.0).min(100.0) as u32).to_string())
            };
            view! {
                <div class="load-progress" role="status">
                    <label for="load-progress">{label}</label>
                    <progress id="load-progress" max="100" value=percent></progress>
                    <button type="button" class="cancel" on:click=move |_| {
                        loader.cancel(status);
                        focus_results();
                    }>
                        {move || text(lang(), "loader.cancel")}
                    </button>
                </div>
            }
            .into_any()
        }
        Panel::Failed(what, problems) => view! {
            <div class="load-failed">
                <p class="load-failed-what">
                    {move || with_name(ex.t("load.failed"), what.clone())}
                </p>
                <ValidationReport problems />
                <button type="button" class="back" on:click=move |_| {
                    status.set(LoadStatus::Idle);
                    focus_results();
                }>
                    {move || ex.t("load.back")}
                </button>
            </div>
        }
        .into_any(),
    };
    view! {
        {notice}
        {body}
    }
}
