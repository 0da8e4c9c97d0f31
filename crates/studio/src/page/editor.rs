//! The editor: a toolbar (undo, redo, save status, close), the notice about what just
//! happened, the read-only banner when another tab edits the draft, and the source text
//! beside the sections (briefing, actors, topics, positions, events, check, preview).

use leptos::prelude::*;

use super::check::CheckSection;
use super::items::{ActorsSection, EventsSection, PositionsSection, TopicsSection};
use super::notices::NoticePanel;
use super::preview::PreviewSection;
use super::source::SourcePanel;
use super::state::{use_studio, SaveState};
use super::widgets::{paste_into_empty, Shape, TextField};
use crate::browser::focus_later;
use crate::text;
use authoring::draft::{Field, Kind, SourceField};
use authoring::fields::{element_id, Section};
use authoring::session::Mode;

#[component]
pub fn Editor() -> impl IntoView {
    let s = use_studio();
    view! {
        <div class="editor">
            <Toolbar />
            <ReadOnlyBanner />
            <NoticePanel />
            <div class="editor-columns">
                <SourcePanel />
                <div class="sections">
                    <SectionNav />
                    <div class="section-body">
                        {move || match s.section.get() {
                            Section::Briefing => view! { <BriefingSection /> }.into_any(),
                            Section::Actors => view! { <ActorsSection /> }.into_any(),
                            Section::Topics => view! { <TopicsSection /> }.into_any(),
                            Section::Positions => view! { <PositionsSection /> }.into_any(),
                            Section::Events => view! { <EventsSection /> }.into_any(),
                            Section::Check => view! { <CheckSection /> }.into_any(),
                            Section::Preview => view! { <PreviewSection /> }.into_any(),
                        }}
                    </div>
                </div>
            </div>
        </div>
    }
}

#[component]
fn Toolbar() -> impl IntoView {
    let s = use_studio();
    let title = move || {
        let t = s.with_briefing(|b| b.title.clone());
        if t.trim().is_empty() {
            s.t("drafts.untitled").to_string()
        } else {
            t
        }
    };
    let status = move || match s.save.get() {
        SaveState::Idle => ("idle", ""),
        SaveState::Pending => ("pending", "save.pending"),
        SaveState::Saved => ("saved", "save.saved"),
        SaveState::Failed(_) => ("failed", "save.failed"),
    };
    let read_only = move || s.read_only();
    view! {
        <div class="toolbar" role="toolbar" aria-label=move || s.t("draft.toolbar")>
            <h2 class="draft-title" lang=move || s.with_briefing(|b| b.language.clone())>{title}</h2>
            <button type="button" data-studio-undo on:click=move |_| s.undo()
                disabled=move || read_only() || !s.with_draft(false, |d| d.can_undo())
                aria-keyshortcuts="Control+Z">{move || s.t("action.undo")}</button>
            <button type="button" data-studio-redo on:click=move |_| s.redo()
                disabled=move || read_only() || !s.with_draft(false, |d| d.can_redo())
                aria-keyshortcuts="Control+Shift+Z Control+Y">{move || s.t("action.redo")}</button>
            <p class="save-status" role="status" data-studio-saved=move || status().0>
                {move || {
                    let key = status().1;
                    (!key.is_empty()).then(|| s.t(key))
                }}
            </p>
            <button type="button" data-studio-close on:click=move |_| s.close()>{move || s.t("action.close")}</button>
        </div>
    }
}

#[component]
fn ReadOnlyBanner() -> impl IntoView {
    let s = use_studio();
    let watching = move || {
        s.session
            .with(|x| x.as_ref().is_some_and(|x| x.mode == Mode::Watching))
    };
    view! {
        <Show when=watching>
            <div class="read-only" role="alert" data-studio-readonly>
                <p>{move || s.t("tabs.read_only")}</p>
                <button type="button" data-studio-take-over on:click=move |_| s.take_over()>{move || s.t("tabs.take_over")}</button>
            </div>
        </Show>
    }
}

#[component]
fn SectionNav() -> impl IntoView {
    let s = use_studio();
    let buttons = Section::ALL
        .into_iter()
        .map(|section| {
            let key = text::section(section);
            let count = move || {
                let n = match section {
                    Section::Actors => s.with_briefing(|b| b.actors.len()),
                    Section::Topics => s.with_briefing(|b| b.topics.len()),
                    Section::Positions => s.with_briefing(|b| b.positions.len()),
                    Section::Events => s.with_briefing(|b| b.events.len()),
                    Section::Check => s.problems.with(Vec::len),
                    _ => return String::new(),
                };
                format!(" ({n})")
            };
            view! {
                <button type="button" data-studio-section=section.as_str()
                    aria-pressed=move || if s.section.get() == section { "true" } else { "false" }
                    on:click=move |_| s.section.set(section)>
                    {move || s.t(&key)}{count}
                </button>
            }
        })
        .collect_view();
    view! { <nav class="section-nav" aria-label=move || s.t("section.label")>{buttons}</nav> }
}

/// The briefing's own fields and each source's details.
#[component]
fn BriefingSection() -> impl IntoView {
    let s = use_studio();
    let sources = move || s.with_briefing(|b| b.sources.len());
    let id = move || s.with_briefing(|b| b.id.clone());
    view! {
        <section class="section" aria-labelledby="briefing-heading" data-studio-section-body="briefing">
            <h2 id="briefing-heading">{move || s.t("section.briefing")}</h2>
            <fieldset class="form" prop:disabled=move || s.read_only()>
                <legend class="visually-hidden">{move || s.t("section.briefing")}</legend>
                <TextField field=Field::Title label="briefing.title" name="title" />
                <TextField field=Field::Summary label="briefing.summary" shape=Shape::Lines name="summary" />
                <TextField field=Field::Language label="briefing.language" hint="briefing.language_hint" name="language" />
                <TextField field=Field::AsOf label="briefing.as_of" hint="briefing.as_of_hint" name="as_of" />
                <super::items::IdField kind=Kind::Briefing index=0 current=Signal::derive(id) />
            </fieldset>
            <For each=move || 0..sources() key=|i| *i let(i)>
                <fieldset class="form" prop:disabled=move || s.read_only() id=element_id(&format!("sources[{i}]"))>
                    <legend>{move || s.tw("source.number", &[("n", (i + 1).to_string())])}</legend>
                    <p class="hint">{move || s.t("new.unknown_hint")}</p>
                    <TextField field=Field::Source(i, SourceField::Title) label="source.title" name="source-title" />
                    <TextField field=Field::Source(i, SourceField::Publisher) label="source.publisher" name="source-publisher" />
                    <TextField field=Field::Source(i, SourceField::Url) label="source.url" name="source-url" />
                    <TextField field=Field::Source(i, SourceField::Published) label="source.published" hint="date.hint" name="source-published" />
                    <Show when=move || { sources() > 1 }>
                        <DeleteSource i />
                    </Show>
                </fieldset>
            </For>
            <AddSource />
        </section>
    }
}

/// Deleting a source: says how many quotes come from it (they go with it; the items
/// stay, and the validator lists those left without a quote).
#[component]
fn DeleteSource(i: usize) -> impl IntoView {
    let s = use_studio();
    let asking = RwSignal::new(false);
    let refs = move || s.with_draft(Default::default(), |d| d.source_refs(i));
    view! {
        <button type="button" class="danger" data-studio-delete-source prop:disabled=move || s.read_only()
            on:click=move |_| {
                if refs().is_empty() {
                    s.edit(|d| d.delete_source(i));
                } else {
                    asking.set(true);
                }
            }>
            {move || s.t("source.delete")}
        </button>
        <Show when=move || asking.get()>
            <div class="confirm" role="alert" data-studio-refs>
                <p>{move || {
                    let r = refs();
                    s.tw("source.delete_refs", &[
                        ("quotes", r.quotes.to_string()),
                        ("positions", s.count("count.positions", r.positions.len())),
                        ("events", s.count("count.events", r.events.len())),
                    ])
                }}</p>
                <button type="button" class="danger" data-studio-delete-source-yes on:click=move |_| {
                    if s.edit(|d| d.delete_source(i)).is_some() {
                        asking.set(false);
                        s.source.set(0);
                    }
                }>{move || s.t("source.delete_yes")}</button>
                " "
                <button type="button" on:click=move |_| asking.set(false)>{move || s.t("action.cancel")}</button>
            </div>
        </Show>
    }
}

/// Another source text for the same briefing (a second article, a statement).
#[component]
fn AddSource() -> impl IntoView {
    let s = use_studio();
    let text = RwSignal::new(String::new());
    let exact: RwSignal<Option<String>> = RwSignal::new(None);
    let title = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body =
            authoring::start::pasted_text(&text.get_untracked(), exact.get_untracked().as_deref());
        let source = authoring::draft::NewSource {
            text: body,
            title: Some(title.get_untracked()),
            ..Default::default()
        };
        if let Some(i) = s.edit(|d| d.add_source(source)) {
            text.set(String::new());
            title.set(String::new());
            exact.set(None);
            s.source.set(i);
            s.selection.set(None);
            focus_later(element_id(&format!("sources[{i}]")));
        }
    };
    view! {
        <form class="add-form" data-studio-new="source" on:submit=add>
            <fieldset prop:disabled=move || s.read_only()>
                <legend>{move || s.t("source.add_heading")}</legend>
                <div class="field">
                    <label for="new-source-text">{move || s.t("new.text")}</label>
                    <p class="hint" id="new-source-text-hint">{move || s.t("new.text_hint")}</p>
                    <textarea id="new-source-text" rows="5" data-studio-field="text" aria-describedby="new-source-text-hint"
                        prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))
                        on:paste=move |ev: leptos::ev::ClipboardEvent| paste_into_empty(ev, text, exact, s)></textarea>
                    <super::widgets::LongText bytes=Signal::derive(move || super::start_screen::pasted_len(text, exact)) />
                </div>
                <div class="field">
                    <label for="new-source-title-2">{move || s.t("source.title")}</label>
                    <input id="new-source-title-2" type="text" data-studio-field="source-title"
                        prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev)) />
                </div>
                <button type="submit" data-studio-add="source">{move || s.t("source.add")}</button>
            </fieldset>
        </form>
    }
}
