//! Bring your own briefing: `src=URL`, a file picker and drag-and-drop. The bytes go
//! through `briefing::load` (limits, format version, full validation); on any problem the
//! reader gets the report and the briefing shown before stays shown.

use std::sync::Arc;

use leptos::ev::DragEvent;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::app::{use_explorer, Explorer, Loaded};
use crate::briefing::load::{load_bytes, MAX_BYTES};
use crate::briefing::Problem;
use crate::explore::url::param;
use crate::ui::url_sync::{location_search, read_location};
use crate::ui::validation_report::ValidationReport;

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

fn fail(what: &str, path: &str, message: String) -> LoadStatus {
    LoadStatus::Failed {
        what: what.to_string(),
        problems: vec![Problem {
            path: path.to_string(),
            message,
        }],
    }
}

/// Reads a byte stream to the end, reporting progress and stopping past the size limit.
async fn read_stream(
    stream: web_sys::ReadableStream,
    what: &str,
    total: Option<f64>,
    status: RwSignal<LoadStatus>,
) -> Result<Vec<u8>, LoadStatus> {
    let reader: web_sys::ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|e| {
            fail(
                what,
                "(network)",
                format!("reading stopped: {}", js_text(&e)),
            )
        })?;
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
            return Err(fail(
                what,
                "(file)",
                format!("is larger than the limit of {} MB", MAX_BYTES / 1_048_576),
            ));
        }
        status.set(LoadStatus::Loading {
            what: what.to_string(),
            done: bytes.len() as f64,
            total,
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

/// Fetches `url` (same origin, or an origin that allows CORS) and reads it with progress.
async fn fetch_bytes(url: &str, status: RwSignal<LoadStatus>) -> Result<Vec<u8>, LoadStatus> {
    let window = web_sys::window().ok_or_else(|| fail(url, "(network)", "no window".into()))?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|e| {
        fail(
            url,
            "(network)",
            format!(
                "could not fetch it ({}): the address may be wrong, the network down, or the server may not allow other sites to read it (CORS)",
                js_text(&e)
            ),
        )
    })?;
    let response: web_sys::Response = response.unchecked_into();
    let content_type = response
        .headers()
        .get("content-type")
        .ok()
        .flatten()
        .unwrap_or_default();
    if !response.ok() {
        return Err(fail(
            url,
            "(network)",
            format!(
                "the server answered HTTP {} {} ({})",
                response.status(),
                response.status_text(),
                content_type
            ),
        ));
    }
    if !is_json_like(&content_type) {
        return Err(fail(
            url,
            "(network)",
            format!(
                "the server answered HTTP {} with {content_type}, not JSON",
                response.status()
            ),
        ));
    }
    let total = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| n.parse::<f64>().ok());
    if total.is_some_and(|n| n > MAX_BYTES as f64) {
        return Err(fail(
            url,
            "(file)",
            format!("is larger than the limit of {} MB", MAX_BYTES / 1_048_576),
        ));
    }
    match response.body() {
        Some(body) => read_stream(body, url, total, status).await,
        None => Ok(Vec::new()),
    }
}

/// A User Timing mark, so benchmarks can read how long loading and validating took.
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Validates `bytes` and, when they are a valid briefing, shows it.
fn apply(ex: Explorer, status: RwSignal<LoadStatus>, what: &str, bytes: &[u8]) {
    mark("briefing:read");
    let result = load_bytes(bytes);
    mark("briefing:validated");
    match result {
        Ok(briefing) => {
            let loaded = Loaded::new(briefing);
            // The link's filters were written for this briefing; read them again.
            let state = read_location(&loaded.briefing);
            ex.loaded.set(Arc::new(loaded));
            ex.state.set(state);
            status.set(LoadStatus::Idle);
        }
        Err(problems) => status.set(LoadStatus::Failed {
            what: what.to_string(),
            problems,
        }),
    }
}

/// Loads `src=` once at start, if the link has one.
pub fn load_src_param(ex: Explorer, status: RwSignal<LoadStatus>) {
    let Some(src) = param(&location_search(), "src").filter(|s| !s.trim().is_empty()) else {
        return;
    };
    status.set(LoadStatus::Loading {
        what: src.clone(),
        done: 0.0,
        total: None,
    });
    mark("briefing:fetch");
    spawn_local(async move {
        match fetch_bytes(&src, status).await {
            Ok(bytes) => apply(ex, status, &src, &bytes),
            Err(failed) => status.set(failed),
        }
    });
}

/// Reads a local file the reader picked or dropped.
fn load_file(ex: Explorer, status: RwSignal<LoadStatus>, file: web_sys::File) {
    let what = file.name();
    let size = file.size();
    if size > MAX_BYTES as f64 {
        status.set(fail(
            &what,
            "(file)",
            format!(
                "is {:.1} MB; the limit is {} MB",
                size / 1_048_576.0,
                MAX_BYTES / 1_048_576
            ),
        ));
        return;
    }
    status.set(LoadStatus::Loading {
        what: what.clone(),
        done: 0.0,
        total: Some(size),
    });
    spawn_local(async move {
        match read_stream(file.stream(), &what, Some(size), status).await {
            Ok(bytes) => {
                apply(ex, status, &what, &bytes);
                // The URL's `src` no longer describes what is shown.
                if matches!(status.get_untracked(), LoadStatus::Idle) {
                    ex.update(|s| s.other.retain(|(k, _)| k != "src"));
                }
            }
            Err(failed) => status.set(failed),
        }
    });
}

/// The file picker and the page-wide drop target.
#[component]
pub fn BriefingLoader() -> impl IntoView {
    let ex = use_explorer();
    let status = ex.load;
    let input: NodeRef<html::Input> = NodeRef::new();
    let on_change = move |_| {
        if let Some(file) = input.get().and_then(|i| i.files()).and_then(|f| f.get(0)) {
            load_file(ex, status, file);
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
            load_file(ex, status, file);
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

/// Progress while a briefing loads, and the report when it cannot be shown.
#[component]
pub fn LoadStatusPanel() -> impl IntoView {
    let ex = use_explorer();
    let status = ex.load;
    move || match status.get() {
        LoadStatus::Idle => ().into_any(),
        LoadStatus::Loading { what, done, total } => {
            let percent = total
                .filter(|t| *t > 0.0)
                .map(|t| (done / t * 100.0).min(100.0));
            let label = crate::i18n::fill(
                ex.t("load.loading"),
                &[
                    ("what", &what),
                    ("mb", &format!("{:.1}", done / 1_048_576.0)),
                ],
            );
            view! {
                <div class="load-progress" role="status">
                    <label for="load-progress">{label}</label>
                    <progress id="load-progress" max="100" value=percent.map(|p| p.to_string())></progress>
                </div>
            }
            .into_any()
        }
        LoadStatus::Failed { what, problems } => {
            let heading = crate::i18n::fill(ex.t("load.failed"), &[("what", &what)]);
            view! {
                <div class="load-failed">
                    <p class="load-failed-what">{heading}</p>
                    <ValidationReport problems />
                    <button type="button" class="back" on:click=move |_| status.set(LoadStatus::Idle)>
                        {move || ex.t("load.back")}
                    </button>
                </div>
            }
            .into_any()
        }
    }
}
