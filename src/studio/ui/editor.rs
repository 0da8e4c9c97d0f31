//! The editor: a toolbar (undo, redo, save status, close), the notice about what just
//! happened, the read-only banner when another tab edits the draft, and the source text
//! beside the sections (briefing, actors, topics, positions, events, check, preview).

use leptos::prelude::*;

use super::check::CheckSection;
use super::items::{ActorsSection, EventsSection, PositionsSection, TopicsSection};
use super::preview::PreviewSection;
use super::source::SourcePanel;
use super::state::{use_studio, Notice, SaveState, Studio};
use super::widgets::{Shape, TextField};
use crate::studio::anchor::{Anchor, Lost};
use crate::studio::browser::focus_later;
use crate::studio::draft::{Field, Item, Kind, SourceField};
use crate::studio::fields::{element_id, Section};
use crate::studio::session::Mode;
use crate::studio::text;

/// Shows `section` and focuses the element `element` in it once drawn.
pub fn go_to(s: Studio, section: Section, element: String) {
    s.section.set(section);
    focus_later(element);
}

/// The label of an item for lists and notices: "Actor · Topic" or "“when” — title".
pub fn item_label(s: Studio, item: Item) -> String {
    s.with_briefing(|b| match item {
        Item::Position(i) => b.positions.get(i).map(|p| {
            if p.actor.is_empty() && p.topic.is_empty() {
                p.id.clone()
            } else {
                b.position_label(p)
            }
        }),
        Item::Event(i) => b.events.get(i).map(|e| {
            if e.title.is_empty() {
                e.id.clone()
            } else {
                e.title.clone()
            }
        }),
    })
    .unwrap_or_default()
}

/// The section and form element of an item.
pub fn item_place(item: Item) -> (Section, String) {
    match item {
        Item::Position(i) => (Section::Positions, element_id(&format!("positions[{i}]"))),
        Item::Event(i) => (Section::Events, element_id(&format!("events[{i}]"))),
    }
}

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
        SaveState::Saved => ("saved", "save.saved"),
        SaveState::Failed(_) => ("failed", "save.failed"),
    };
    let read_only = move || s.read_only();
    view! {
        <div class="toolbar" role="toolbar" aria-label=move || s.t("toolbar.label")>
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

/// What just happened: a refused edit, the outcome of a source edit or an import, what
/// another tab did.
#[component]
pub fn NoticePanel() -> impl IntoView {
    let s = use_studio();
    move || {
        let notice = s.notice.get()?;
        let lang = s.lang.get();
        let dismiss = move |_| s.notice.set(None);
        let (role, body): (&str, AnyView) = match notice {
            Notice::Edit(e) => ("alert", view! { <p>{text::edit_error(lang, &e)}</p> }.into_any()),
            Notice::Quoted(item) => {
                let label = item_label(s, item);
                ("status", view! { <p>{text::with(lang, "notice.quoted", &[("item", label)])}</p> }.into_any())
            }
            Notice::Reanchored(report) => ("status", reanchor_report(s, report).into_any()),
            Notice::CsvErrors(errors) => {
                let n = errors.len();
                (
                    "alert",
                    view! {
                        <div data-studio-import-errors>
                            <p>{text::count(lang, "csv.errors", n)}</p>
                            <ul>
                                {errors.iter().map(|e| view! { <li data-row=e.row>{text::csv_error(lang, e)}</li> }).collect_view()}
                            </ul>
                        </div>
                    }
                    .into_any(),
                )
            }
            Notice::CsvImported { rows, replaced } => (
                "status",
                view! { <p data-studio-imported=rows>{text::with(lang, "csv.imported", &[("rows", rows.to_string()), ("replaced", replaced.to_string())])}</p> }.into_any(),
            ),
            Notice::Open(e) => ("alert", view! { <p>{text::open_error(lang, &e)}</p> }.into_any()),
            // Listed by the start screen with each problem.
            Notice::OpenProblems(_) => return None,
            Notice::KeptTheirs(title) => ("alert", view! { <p>{text::with(lang, "tabs.kept_theirs", &[("title", title)])}</p> }.into_any()),
            Notice::KeptMine(title) => ("alert", view! { <p>{text::with(lang, "tabs.kept_mine", &[("title", title)])}</p> }.into_any()),
            Notice::KeepFailed => ("alert", view! { <p>{text::text(lang, "tabs.keep_failed")}</p> }.into_any()),
            Notice::DeletedElsewhere => (
                "alert",
                view! {
                    <p>{text::text(lang, "tabs.deleted")}</p>
                    <button type="button" on:click=move |_| s.save_again()>{text::text(lang, "tabs.save_again")}</button>
                }
                .into_any(),
            ),
            Notice::Deleted(title) => ("status", view! { <p>{text::with(lang, "drafts.deleted", &[("title", title)])}</p> }.into_any()),
        };
        Some(view! {
            <div class="notice" id="studio-notice" tabindex="-1" role=role data-studio-notice>
                {body}
                <button type="button" class="dismiss" on:click=dismiss>{text::text(lang, "action.dismiss")}</button>
            </div>
        })
    }
}

fn reanchor_report(s: Studio, report: Vec<crate::studio::draft::Reanchored>) -> impl IntoView {
    let lang = s.lang.get_untracked();
    let kept = report.iter().filter(|r| r.anchor == Anchor::Kept).count();
    let moved = report
        .iter()
        .filter(|r| matches!(r.anchor, Anchor::Moved { .. }))
        .count();
    let lost: Vec<_> = report
        .into_iter()
        .filter(|r| matches!(r.anchor, Anchor::Lost(_)))
        .collect();
    let summary = text::with(
        lang,
        "reanchor.summary",
        &[
            ("kept", kept.to_string()),
            ("moved", moved.to_string()),
            ("lost", lost.len().to_string()),
        ],
    );
    let items = lost
        .into_iter()
        .map(|r| {
            let label = item_label(s, r.item);
            let (section, element) = item_place(r.item);
            let quote_element = format!("{element}-quotes-{}", r.quote);
            let why = match &r.anchor {
                Anchor::Lost(Lost::Gone) => text::text(lang, "reanchor.gone").to_string(),
                Anchor::Lost(Lost::Unsure { places }) => text::with(
                    lang,
                    "reanchor.unsure",
                    &[(
                        "places",
                        places
                            .iter()
                            .take(10)
                            .map(usize::to_string)
                            .collect::<Vec<_>>()
                            .join(", "),
                    )],
                ),
                _ => String::new(),
            };
            view! {
                <li>
                    <a href=format!("#{quote_element}") on:click=move |ev| {
                        ev.prevent_default();
                        go_to(s, section, quote_element.clone());
                    }>{label}</a>
                    ": " <span class="quote-text">{r.text}</span> " — " {why}
                </li>
            }
        })
        .collect_view();
    view! {
        <div data-studio-reanchor>
            <p>{summary}</p>
            <ul>{items}</ul>
        </div>
    }
}

#[component]
fn SectionNav() -> impl IntoView {
    let s = use_studio();
    let buttons = Section::ALL
        .into_iter()
        .map(|section| {
            let key = format!("section.{}", section.as_str());
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
                    <legend>{move || s.tw("source.legend", &[("n", (i + 1).to_string())])}</legend>
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
        let body = crate::studio::start::pasted_text(
            &text.get_untracked(),
            exact.get_untracked().as_deref(),
        );
        let source = crate::studio::draft::NewSource {
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
                        on:paste=move |ev: leptos::ev::ClipboardEvent| paste_into_empty(ev, text, exact)></textarea>
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

/// A paste into an empty text area: the clipboard's plain text exactly (or its formatted
/// text reduced to text), kept apart from what the text area shows (`start::pasted_text`).
pub fn paste_into_empty(
    ev: leptos::ev::ClipboardEvent,
    text: RwSignal<String>,
    exact: RwSignal<Option<String>>,
) {
    let Some(plain) = crate::studio::browser::files::pasted(&ev) else {
        return;
    };
    let area = ev
        .target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlTextAreaElement>(t).ok());
    if let Some(area) = area {
        if area.value().is_empty() {
            ev.prevent_default();
            area.set_value(&plain);
            text.set(area.value());
            exact.set(Some(plain));
        }
    }
}
