//! Check and export: every problem the explorer's validator finds, each a link to its
//! field; the exports (the briefing JSON when it is valid, the draft as it is, the CSV of
//! the positions, a link to the explorer for a hosted file, a preview in the explorer
//! for this browser); and importing positions from a CSV sheet.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::places::go_to;
use super::state::{safe_name, use_studio, Notice, SaveState};
use crate::browser::storage;
use crate::browser::{self, files};
use authoring::fields::place_of;
use authoring::stored::Key;
use briefing::csv::{for_spreadsheets, to_csv, MEDIA_TYPE};
use i18n::problems::{message, path_label};

#[component]
pub fn CheckSection() -> impl IntoView {
    let s = use_studio();
    view! {
        <section class="section" aria-labelledby="check-heading" data-studio-section-body="check">
            <h2 id="check-heading">{move || s.t("section.check")}</h2>
            <Problems />
            <Export />
            <Import />
        </section>
    }
}

#[component]
fn Problems() -> impl IntoView {
    let s = use_studio();
    let n = move || s.problems.with(Vec::len);
    let list = move || {
        let lang = s.lang.get();
        s.problems.with(|ps| {
            ps.iter()
                .map(|p| {
                    let text = message(lang, p);
                    let path = path_label(lang, &p.path);
                    match place_of(&p.path) {
                        Some(place) => {
                            let target = place.element.clone();
                            view! {
                                <li data-path=p.path.clone()>
                                    <a href=format!("#{}", place.element) on:click=move |ev| {
                                        ev.prevent_default();
                                        go_to(s, place.section, target.clone());
                                    }><code>{path}</code></a>
                                    ": " {text}
                                </li>
                            }
                            .into_any()
                        }
                        None => view! { <li data-path=p.path.clone()><code>{path}</code> ": " {text}</li> }.into_any(),
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="problems" data-studio-problems=n>
            <h3>{move || s.t("check.problems")}</h3>
            <Show when=move || n() == 0 fallback=move || view! {
                <p>{move || s.count("check.count", n())}</p>
                <ul>{list}</ul>
            }>
                <p class="valid" data-studio-valid>{move || s.t("check.valid")}</p>
            </Show>
        </div>
    }
}

#[component]
fn Export() -> impl IntoView {
    let s = use_studio();
    let valid = move || s.problems.with(Vec::is_empty);
    let hosted = RwSignal::new(String::new());
    let name = move || s.with_briefing(|b| safe_name(&b.id));
    let export_json = move |_| {
        let json = s.with_draft(None, |d| d.export().ok());
        if let Some(json) = json {
            files::download(&format!("{}.json", name()), "application/json", &json);
        }
    };
    let export_csv = move |_| {
        let csv = s.with_briefing(|b| for_spreadsheets(to_csv(b)));
        files::download(&format!("{}-positions.csv", name()), MEDIA_TYPE, &csv);
    };
    let preview = move |_| {
        let Some(id) = s.id.get_untracked() else {
            return;
        };
        let json = s.with_draft(None, |d| d.export().ok());
        let Some(json) = json else {
            return;
        };
        match storage::set(&Key::Preview(id.clone()).text(), &json) {
            Ok(()) => browser::open_tab(&format!("../?draft={id}")),
            Err(e) => s.save.set(SaveState::Failed(e)),
        }
    };
    let link = move || {
        let url = hosted.get();
        let url = url.trim();
        (!url.is_empty()).then(|| {
            let query: String = form_urlencoded::Serializer::new(String::new())
                .append_pair("src", url)
                .finish();
            format!("{}?{query}", browser::absolute("../"))
        })
    };
    view! {
        <div class="export">
            <h3>{move || s.t("export.heading")}</h3>
            <Show when=move || !valid()>
                <p class="hint" id="export-invalid">{move || s.t("export.invalid")}</p>
            </Show>
            <p class="buttons">
                <button type="button" class="primary" data-studio-export="json" disabled=move || !valid()
                    aria-describedby="export-invalid" on:click=export_json>{move || s.t("download.json")}</button>
                <button type="button" data-studio-export="draft" on:click=move |_| s.download_draft()>{move || s.t("export.draft")}</button>
                <button type="button" data-studio-export="csv" on:click=export_csv>{move || s.t("download.csv")}</button>
                <button type="button" data-studio-export="preview" disabled=move || !valid() on:click=preview>{move || s.t("export.preview")}</button>
            </p>
            <p class="hint">{move || s.t("export.preview_hint")}</p>
            <div class="field">
                <label for="export-url">{move || s.t("export.url")}</label>
                <p class="hint" id="export-url-hint">{move || s.t("export.url_hint")}</p>
                <input id="export-url" type="url" data-studio-export-url aria-describedby="export-url-hint"
                    prop:value=move || hosted.get() on:input=move |ev| hosted.set(event_target_value(&ev)) />
            </div>
            {move || link().map(|l| view! {
                <p class="link">
                    {move || s.t("export.link")} " "
                    <a href=l.clone() data-studio-export="link" target="_blank" rel="noopener">{l.clone()}</a>
                </p>
            })}
        </div>
    }
}

#[component]
fn Import() -> impl IntoView {
    let s = use_studio();
    let template = move |_| {
        let csv = s.with_briefing(|b| for_spreadsheets(to_csv(b)));
        let name = s.with_briefing(|b| safe_name(&b.id));
        files::download(&format!("{name}-template.csv"), MEDIA_TYPE, &csv);
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = files::picked(&ev) else {
            return;
        };
        spawn_local(async move {
            let Some(bytes) = files::read(&file).await else {
                return;
            };
            let Ok(text) = String::from_utf8(bytes) else {
                s.notice
                    .set(Some(Notice::Open(authoring::start::OpenError::NotUtf8 {
                        offset: 0,
                    })));
                return;
            };
            let replaced = s.with_briefing(|b| b.positions.len());
            let result = s
                .doc
                .try_update(|d| d.as_mut().map(|d| d.import_csv(&text)))
                .flatten();
            match result {
                Some(Ok(rows)) => {
                    s.save_now();
                    s.notice.set(Some(Notice::CsvImported { rows, replaced }));
                }
                Some(Err(errors)) => s.notice.set(Some(Notice::CsvErrors(errors))),
                None => {}
            }
            browser::focus_later("studio-notice".into());
        });
    };
    view! {
        <div class="import">
            <h3>{move || s.t("import.heading")}</h3>
            <p>{move || s.t("import.how")}</p>
            <p>
                <button type="button" data-studio-csv-template on:click=template>{move || s.t("import.template")}</button>
            </p>
            <div class="field">
                <label for="import-csv">{move || s.t("import.file")}</label>
                <p class="hint" id="import-csv-hint">{move || s.t("import.replaces")}</p>
                <input id="import-csv" type="file" accept=".csv,text/csv" data-studio-import aria-describedby="import-csv-hint"
                    prop:disabled=move || s.read_only() on:change=on_file />
            </div>
        </div>
    }
}
