//! What the loader shows: the lasting "Loaded from" notice, progress with Cancel while a
//! briefing loads, the report when one cannot be shown, and the file picker with the
//! page-wide drop target.

use leptos::ev::DragEvent;
use leptos::html;
use leptos::prelude::*;

use super::flow::use_loader;
use crate::browser::focus::focus_results;
use crate::context::use_explorer;
use crate::parts::effect::effect;
use crate::parts::validation_report::ValidationReport;
use briefing::load::megabytes;
use briefing::Problem;
use explore::loads::{short_name, LoadStatus, Shown, Why};
use i18n::{around, fill};

/// The file picker and the page-wide drop target.
#[component]
pub fn BriefingLoader() -> impl IntoView {
    let ex = use_explorer();
    let loader = use_loader(ex);
    let input: NodeRef<html::Input> = NodeRef::new();
    let on_change = move |_| {
        if let Some(file) = input.get().and_then(|i| i.files()).and_then(|f| f.get(0)) {
            loader.load_file(file);
        }
        if let Some(i) = input.get() {
            i.set_value("");
        }
    };
    let dragging = RwSignal::new(false);
    // Listeners on the window, installed once the page is live.
    effect(move || {
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
                loader.load_file(file);
            }
        });
        on_cleanup(move || {
            over.remove();
            leave.remove();
            drop.remove();
        });
    });
    view! {
        <label class="btn file-pick" class:dragging=move || dragging.get()>
            {ex.tr("load.pick")}
            <input type="file" accept=".json,application/json" node_ref=input on:change=on_change class="visually-hidden" />
        </label>
        <span class="hint drop-hint">{ex.tr("load.drop")}</span>
    }
}

/// `template` with `{what}` replaced by `what` isolated in `<bdi>`: a file name or address
/// with bidi controls must not reorder the sentence around it. A very long one is shown
/// shortened ([`short_name`]).
fn with_name(template: &str, what: String) -> impl IntoView {
    let (before, after) = around(template, "what");
    view! { {before.to_string()}<bdi>{short_name(&what)}</bdi>{after.to_string()} }
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
    let loader = use_loader(ex);
    let status = ex.load;
    let notice = move || {
        let label = match loader.shown.get() {
            Shown::Default => return None,
            Shown::Src { label, .. } => label,
            Shown::File(name) => name,
        };
        Some(view! {
            <div class="load-notice" role="status">
                <p>{with_name(ex.t("loader.loaded_from"), label)}</p>
                <button type="button" class="back" on:click=move |_| {
                    loader.back_to_default();
                    focus_results();
                }>
                    {ex.t("loader.back_to_default")}
                </button>
            </div>
        })
    };
    let panel = Memo::new(move |_| match status.get() {
        LoadStatus::Idle => Panel::Idle,
        LoadStatus::Loading { what, .. } => Panel::Loading(what),
        LoadStatus::Failed { what, problems } => Panel::Failed(what, problems),
    });
    let body = move || match panel.get() {
        Panel::Idle => ().into_any(),
        Panel::Loading(what) => {
            let label = move || {
                let done = status.with(|s| match s {
                    LoadStatus::Loading { done, .. } => *done,
                    _ => 0.0,
                });
                let template = fill(ex.t("load.loading"), &[("mb", megabytes(done))]);
                with_name(&template, what.clone())
            };
            let percent = move || status.with(LoadStatus::percent).map(|p| p.to_string());
            view! {
                <div class="load-progress" role="status">
                    <label for="load-progress">{label}</label>
                    <progress id="load-progress" max="100" value=percent></progress>
                    <button type="button" class="cancel" on:click=move |_| {
                        loader.cancel();
                        focus_results();
                    }>
                        {ex.tr("loader.cancel")}
                    </button>
                </div>
            }
            .into_any()
        }
        // What happened and what to do, in plain words; the problems follow, folded away
        // when they are technical (a network error), open when they are what to fix.
        Panel::Failed(what, problems) => {
            let why = Why::of(&problems);
            let report = if why.technical {
                view! {
                    <details class="load-details">
                        <summary>{ex.tr("load.details")}</summary>
                        <ValidationReport problems quiet=true />
                    </details>
                }
                .into_any()
            } else {
                view! { <ValidationReport problems quiet=true /> }.into_any()
            };
            view! {
                <div class="load-failed" role="alert">
                    <p class="load-failed-what">
                        {move || with_name(ex.t("load.failed"), what.clone())}
                    </p>
                    <p class="load-failed-why">
                        {ex.tr(why.what)}
                        " "
                        {ex.tr(why.advice)}
                    </p>
                    {report}
                    <button type="button" class="btn" on:click=move |_| {
                        status.set(LoadStatus::Idle);
                        focus_results();
                    }>
                        {ex.tr("load.dismiss")}
                    </button>
                </div>
            }
            .into_any()
        }
    };
    view! {
        {notice}
        {body}
    }
}
