//! The start screen: the drafts saved in this browser (open, download, delete), and a new
//! briefing from pasted text, a text file, or an existing briefing to go on editing.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::kept::KeptNotice;
use super::notices::NoticePanel;
use super::state::{safe_name, use_studio, Notice};
use crate::browser::files;
use crate::browser::storage;
use authoring::draft::{Draft, NewSource};
use authoring::start::{open_file, pasted_text, OpenError, Opened};
use authoring::stored::{Key, Stored};
use i18n::problems::message;

#[component]
pub fn StartScreen() -> impl IntoView {
    view! {
        <div class="start">
            <NoticePanel />
            <KeptNotice />
            <DraftList />
            <NewDraft />
        </div>
    }
}

/// A time as the browser's locale writes it.
fn when(ms: f64) -> String {
    if ms <= 0.0 || crate::browser::window().is_none() {
        return String::new();
    }
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    String::from(date.to_locale_string("default", &wasm_bindgen::JsValue::UNDEFINED))
}

#[component]
fn DraftList() -> impl IntoView {
    let s = use_studio();
    // The draft whose deletion waits for confirmation.
    let confirming: RwSignal<Option<String>> = RwSignal::new(None);
    let row = move |d: authoring::stored::Summary| {
        let id = d.id.clone();
        let title = if d.unreadable {
            None
        } else {
            Some(d.title.clone())
        };
        let shown_title = {
            let title = title.clone();
            move || match &title {
                Some(t) if !t.trim().is_empty() => t.clone(),
                Some(_) => s.t("drafts.untitled").to_string(),
                None => s.t("drafts.unreadable").to_string(),
            }
        };
        let details = move || {
            if d.unreadable {
                String::new()
            } else {
                format!(
                    "{} · {} · {}",
                    s.tw("drafts.saved", &[("when", when(d.saved_at))]),
                    s.count("count.positions", d.positions),
                    s.count("count.events", d.events)
                )
            }
        };
        let (open_id, dl_id, del_id, yes_id) = (id.clone(), id.clone(), id.clone(), id.clone());
        let title_for_delete = title.clone().unwrap_or_default();
        let asking = {
            let id = id.clone();
            move || confirming.get().as_deref() == Some(id.as_str())
        };
        view! {
            <li data-studio-draft=id.clone()>
                <button type="button" class="draft-open" disabled=d.unreadable on:click=move |_| s.open(&open_id)>
                    {shown_title.clone()}
                </button>
                <span class="draft-details">{details}</span>
                <span class="draft-actions">
                    <button type="button" on:click=move |_| {
                        let text = storage::get(&Key::Draft(dl_id.clone()).text()).ok().flatten().unwrap_or_default();
                        let (name, body) = match Stored::parse(&text) {
                            Ok(stored) => (safe_name(&stored.briefing.id), briefing::pretty(&stored.briefing)),
                            Err(_) => (dl_id.clone(), text),
                        };
                        files::download(&format!("{name}.draft.json"), "application/json", &body);
                    }>{move || s.t("drafts.download")}</button>
                    <button type="button" on:click=move |_| confirming.set(Some(del_id.clone()))>
                        {move || s.t("drafts.delete")}
                    </button>
                </span>
                <Show when=asking.clone()>
                    <div class="confirm" role="group" aria-label=move || s.t("drafts.delete")>
                        <p>{move || s.t("drafts.delete_confirm")}</p>
                        <button type="button" class="danger" data-studio-confirm-delete on:click={
                            let (yes_id, title) = (yes_id.clone(), title_for_delete.clone());
                            move |_| {
                                confirming.set(None);
                                s.delete_draft(&yes_id, title.clone());
                            }
                        }>{move || s.t("drafts.delete_yes")}</button>
                        " "
                        <button type="button" on:click=move |_| confirming.set(None)>{move || s.t("action.cancel")}</button>
                    </div>
                </Show>
            </li>
        }
    };
    view! {
        <section class="drafts" aria-labelledby="drafts-heading">
            <h2 id="drafts-heading">{move || s.t("drafts.heading")}</h2>
            <Show when=move || s.drafts.with(Vec::is_empty)>
                <p>{move || s.t("drafts.none")}</p>
            </Show>
            <ul class="draft-list" data-studio-drafts>
                <For each=move || s.drafts.get() key=|d| (d.id.clone(), d.saved_at.to_bits(), d.title.clone()) children=row />
            </ul>
        </section>
    }
}

/// A labelled one-line input kept in a local signal.
fn line(
    s: super::state::Studio,
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    hint: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id>{move || s.t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{move || s.t(h)}</p> })}
            <input id=id type="text" data-studio-new=id aria-describedby=hint.map(|_| hint_id.clone())
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
        </div>
    }
}

/// The length in bytes of the text a draft would start from (`pasted_text`, without
/// copying it).
pub fn pasted_len(text: RwSignal<String>, exact: RwSignal<Option<String>>) -> usize {
    exact
        .with(|e| e.as_ref().map(String::len))
        .unwrap_or_else(|| text.with(String::len))
}

/// The problems of a file that is not a briefing the studio can edit, each with its place.
#[component]
fn OpenProblems() -> impl IntoView {
    let s = use_studio();
    move || match s.notice.get() {
        Some(Notice::OpenProblems(problems)) => {
            let lang = s.lang.get();
            Some(view! {
                <div class="open-problems" role="alert">
                    <p>{s.t("open.not_a_briefing")}</p>
                    <ul>
                        {problems.into_iter().map(|p| view! { <li><code>{p.path.clone()}</code> ": " {message(lang, &p)}</li> }).collect_view()}
                    </ul>
                </div>
            })
        }
        _ => None,
    }
}

#[component]
fn NewDraft() -> impl IntoView {
    let s = use_studio();
    let text = RwSignal::new(String::new());
    // The clipboard's or the file's text exactly, while the text area still shows it.
    let exact: RwSignal<Option<String>> = RwSignal::new(None);
    let (title, publisher, url, published) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let briefing_title = RwSignal::new(String::new());
    let language = RwSignal::new(s.lang.get_untracked().tag().to_string());
    let error: RwSignal<Option<&'static str>> = RwSignal::new(None);

    let on_paste =
        move |ev: leptos::ev::ClipboardEvent| super::widgets::paste_into_empty(ev, text, exact, s);
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = files::picked(&ev) else {
            return;
        };
        spawn_local(async move {
            let name = file.name();
            let Some(bytes) = files::read(&file).await else {
                s.notice.set(Some(Notice::Open(OpenError::Unreadable)));
                return;
            };
            match open_file(&name, &bytes) {
                Ok(Opened::Text(t)) => {
                    text.set(t.replace("\r\n", "\n").replace('\r', "\n"));
                    exact.set(Some(t));
                    s.notice.set(None);
                }
                Ok(Opened::Briefing(b)) => {
                    s.notice.set(None);
                    s.create(Draft::from_briefing(*b));
                }
                Err(OpenError::NotABriefing(problems)) => {
                    s.notice.set(Some(Notice::OpenProblems(problems)))
                }
                Err(e) => s.notice.set(Some(Notice::Open(e))),
            }
        });
    };
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let shown = text.get_untracked();
        let source_text = pasted_text(&shown, exact.get_untracked().as_deref());
        if source_text.trim().is_empty() {
            error.set(Some("new.text_required"));
            crate::browser::focus_later("new-text".into());
            return;
        }
        error.set(None);
        let draft = Draft::new(
            &briefing_title.get_untracked(),
            &language.get_untracked(),
            NewSource {
                text: source_text,
                title: Some(title.get_untracked()),
                publisher: Some(publisher.get_untracked()),
                url: Some(url.get_untracked()),
                published: Some(published.get_untracked()),
            },
        );
        s.create(draft);
    };
    view! {
        <section class="new-draft" aria-labelledby="new-heading">
            <h2 id="new-heading">{move || s.t("new.heading")}</h2>
            <form on:submit=start novalidate>
                <div class="field">
                    <label for="new-text">{move || s.t("new.text")}</label>
                    <p class="hint" id="new-text-hint">{move || s.t("new.text_hint")}</p>
                    <textarea id="new-text" rows="12" data-studio-new-text aria-describedby="new-text-hint new-text-error"
                        aria-invalid=move || error.get().map(|_| "true")
                        prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))
                        on:paste=on_paste></textarea>
                    <p id="new-text-error" class="field-error" role="alert">{move || error.get().map(|k| s.t(k))}</p>
                    <super::widgets::LongText bytes=Signal::derive(move || pasted_len(text, exact)) />
                </div>
                <div class="field">
                    <label for="new-file">{move || s.t("new.file")}</label>
                    <p class="hint" id="new-file-hint">{move || s.t("new.file_hint")}</p>
                    <input id="new-file" type="file" accept=".txt,.md,.markdown,.json,text/plain,text/markdown,application/json"
                        data-studio-open-file aria-describedby="new-file-hint" on:change=on_file />
                </div>
                <OpenProblems />
                <fieldset>
                    <legend>{move || s.t("new.about_source")}</legend>
                    <p class="hint">{move || s.t("new.unknown_hint")}</p>
                    {line(s, "new-source-title", "source.title", title, None)}
                    {line(s, "new-source-publisher", "source.publisher", publisher, None)}
                    {line(s, "new-source-url", "source.url", url, None)}
                    {line(s, "new-source-published", "source.published", published, Some("date.hint"))}
                </fieldset>
                <fieldset>
                    <legend>{move || s.t("new.about_briefing")}</legend>
                    {line(s, "new-title", "briefing.title", briefing_title, None)}
                    {line(s, "new-language", "briefing.language", language, Some("briefing.language_hint"))}
                </fieldset>
                <button type="submit" class="primary" data-studio-start>{move || s.t("new.start")}</button>
            </form>
        </section>
    }
}
