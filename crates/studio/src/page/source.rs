//! The source text, where quotes are made: select a passage (mouse, or Shift and the
//! arrow keys), choose what it is for, "Quote selection" (or accept a suggestion, see
//! `suggestions`). Cited passages are marked, and the sentences nothing cites yet are
//! marked and listed. The text can be edited (a typo
//! fixed); its quotes are then re-anchored and those that no longer match are reported.
//!
//! The text and the list are drawn from [`Shown`], which changes only when the source's
//! text, id or quotes do: typing elsewhere in the draft neither reads nor redraws a long
//! source.

use std::sync::Arc;

use leptos::prelude::*;

use super::places::{item_place, select_in_source};
use super::state::{use_studio, Notice, Studio};
use super::widgets::LongText;
use crate::browser::focus_later;
use authoring::draft::{Item, Target};
use authoring::facts::{uncited, SourceFacts};
use authoring::fields::element_id;
use authoring::marks::runs;
use briefing::Briefing;

/// What the source panel draws of the source shown.
#[derive(Debug, Clone, PartialEq)]
struct Shown {
    id: String,
    /// Compared by pointer first (`SourceFacts` is `Eq`): the draft hands back the same
    /// value while the text is unchanged, so comparing costs nothing on a keystroke.
    facts: Arc<SourceFacts>,
    /// The quotes' ranges in this source, in order.
    cited: Vec<(usize, usize)>,
}

/// The source shown, as the draft has it now (`None` without one).
fn shown_source(s: Studio) -> Memo<Option<Shown>> {
    Memo::new(move |_| {
        let i = s.source.get();
        s.with_draft(None, |d| {
            Some(Shown {
                id: d.briefing().sources.get(i)?.id.clone(),
                facts: d.source_facts(i)?.clone(),
                cited: d.quoted_ranges(i),
            })
        })
    })
}

#[component]
pub fn SourcePanel() -> impl IntoView {
    let s = use_studio();
    let editing = RwSignal::new(false);
    let shown = shown_source(s);
    let count = move || s.with_briefing(|b| b.sources.len());
    // Keep the source shown within range (a source deleted, another draft).
    Effect::new(move |_| {
        let n = count();
        if n > 0 && s.source.get() >= n {
            s.source.set(0);
        }
    });
    let source_choice = move || {
        (count() > 1).then(|| {
            let options = move || {
                s.with_draft(None, |d| {
                    Some(d.briefing().sources
                        .iter()
                        .enumerate()
                        .map(|(i, src)| {
                            let label = src.title.clone().unwrap_or_else(|| src.id.clone());
                            view! { <option value=i.to_string() selected=move || s.source.get() == i>{label}</option> }
                        })
                        .collect_view())
                })
            };
            view! {
                <label class="source-choice">
                    {move || s.t("source.choose")} " "
                    <select on:change=move |ev| {
                        if let Ok(i) = event_target_value(&ev).parse() {
                            s.source.set(i);
                            s.selection.set(None);
                        }
                    }>{options}</select>
                </label>
            }
        })
    };
    view! {
        <section class="source-panel" aria-labelledby="source-heading">
            <h2 id="source-heading">{move || s.t("source.heading")}</h2>
            {source_choice}
            <LongText bytes=Signal::derive(move || {
                let i = s.source.get();
                s.with_briefing(|b| b.sources.get(i).map_or(0, |x| x.text.len()))
            }) />
            <Show when=move || !editing.get() fallback=move || view! { <EditText editing /> }>
                <p class="hint" id="source-how">{move || s.t("source.how")}</p>
                <p class="legend" aria-hidden="true">
                    <mark class="cited">{move || s.t("source.legend_cited")}</mark>
                    " "
                    <span class="uncited">{move || s.t("source.legend_uncited")}</span>
                </p>
                <SourceText shown />
                <QuotePanel />
                <Uncited shown />
                <button type="button" data-studio-edit-text prop:disabled=move || s.read_only()
                    on:click=move |_| {
                        editing.set(true);
                        let i = s.source.get_untracked();
                        focus_later(element_id(&format!("sources[{i}].text")));
                    }>{move || s.t("source.edit")}</button>
            </Show>
            <super::suggestions::SuggestionsPanel />
        </section>
    }
}

/// The text itself: runs marked cited or uncited, each with its `data-at`. It is a
/// read-only text box (`contenteditable` with every change refused), which gives a caret
/// and keyboard selection; screen readers announce it as read-only text.
#[component]
fn SourceText(shown: Memo<Option<Shown>>) -> impl IntoView {
    let s = use_studio();
    // Redraws the runs from the model if the browser changed them anyway (an input
    // method's composition cannot be refused).
    let redraw = RwSignal::new(0u32);
    let drawn = Memo::new(move |_| {
        shown.with(|shown| {
            let Some(shown) = shown else {
                return (String::new(), Vec::new());
            };
            let sentences = &shown.facts.sentences;
            let open: Vec<(usize, usize)> = uncited(sentences, &shown.cited)
                .into_iter()
                .map(|n| (sentences[n].start, sentences[n].end))
                .collect();
            let runs = runs(shown.facts.text.len_chars(), &shown.cited, &open);
            // The text itself, untracked: `shown` changes whenever it does.
            let i = s.source.get_untracked();
            let pieces = s.doc.with_untracked(|d| {
                let text = &d.as_ref()?.briefing().sources.get(i)?.text;
                let index = shown.facts.text.index(text)?;
                Some(
                    runs.into_iter()
                        .map(|r| {
                            (
                                r,
                                index.slice(r.start, r.end).unwrap_or_default().to_string(),
                            )
                        })
                        .collect::<Vec<_>>(),
                )
            });
            (shown.id.clone(), pieces.unwrap_or_default())
        })
    });
    let content = move || {
        redraw.track();
        drawn.with(|(_, pieces)| {
            pieces
                .iter()
                .map(|(r, text)| {
                    let text = text.clone();
                    if r.cited {
                        view! { <mark class="cited" data-at=r.start>{text}</mark> }.into_any()
                    } else if r.uncited {
                        view! { <span class="uncited" data-at=r.start>{text}</span> }.into_any()
                    } else {
                        view! { <span data-at=r.start>{text}</span> }.into_any()
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="source-text" contenteditable="true" spellcheck="false" role="textbox"
            aria-readonly="true" aria-multiline="true" aria-labelledby="source-heading" aria-describedby="source-how"
            data-studio-source=move || drawn.with(|d| d.0.clone())
            lang=move || s.with_briefing(|b| b.language.clone())
            // Nothing the browser would do to the text is allowed: it is the source.
            on:beforeinput=|ev| ev.prevent_default()
            on:paste=|ev| ev.prevent_default()
            on:cut=|ev| ev.prevent_default()
            on:drop=|ev| ev.prevent_default()
            on:input=move |_| redraw.update(|n| *n += 1)
        >
            {content}
        </div>
    }
}

/// What the selection becomes: a new position (actor and topic), a new event (title), or
/// another quote of an existing one.
#[component]
fn QuotePanel() -> impl IntoView {
    let s = use_studio();
    // "new-position", "new-event", "position:<i>" or "event:<i>".
    let target = RwSignal::new("new-position".to_string());
    let actor = RwSignal::new(String::new());
    let topic = RwSignal::new(String::new());
    let title = RwSignal::new(String::new());
    let selected = move || s.selection.get();
    let quote = move |_| {
        let Some(passage) = s.selection.get_untracked() else {
            return;
        };
        let Some(target) = quote_target(&target.get_untracked(), actor, topic, title) else {
            return;
        };
        if let Some(item) = s.edit(|d| d.quote(&passage, target)) {
            title.set(String::new());
            s.notice.set(Some(Notice::Quoted(item)));
            s.selection.set(None);
            let (section, element) = item_place(item);
            s.section.set(section);
            focus_later(element);
        }
    };
    let options = move || s.with_draft(None, |d| Some(existing_items(s, d.briefing(), target)));
    view! {
        <div class="quote-panel" role="group" aria-labelledby="quote-heading">
            <h3 id="quote-heading">{move || s.t("quote.heading")}</h3>
            <p class="selected" data-studio-selection=move || selected().map(|p| format!("{}:{}", p.start, p.end))>
                {move || match selected() {
                    Some(p) => view! {
                        {s.t("quote.selected")} " " <span class="quote-text">{shortened(&p.text)}</span> " "
                        <span class="range">{s.tw("quote.range", &[("start", p.start.to_string()), ("end", p.end.to_string())])}</span>
                    }.into_any(),
                    None => view! { {s.t("quote.nothing")} }.into_any(),
                }}
            </p>
            <div class="field">
                <label for="quote-target">{move || s.t("quote.target")}</label>
                <select id="quote-target" data-studio-target on:change=move |ev| target.set(event_target_value(&ev))>
                    <option value="new-position" selected=move || target.get() == "new-position">{move || s.t("quote.new_position")}</option>
                    <option value="new-event" selected=move || target.get() == "new-event">{move || s.t("quote.new_event")}</option>
                    {options}
                </select>
            </div>
            <Show when=move || target.get() == "new-position">
                {new_position_fields(s, actor, topic)}
            </Show>
            <Show when=move || target.get() == "new-event">
                <div class="field">
                    <label for="quote-title">{move || s.t("event.title")}</label>
                    <input id="quote-title" type="text" data-studio-target-title prop:value=move || title.get()
                        on:input=move |ev| title.set(event_target_value(&ev)) />
                </div>
            </Show>
            <button type="button" class="primary" data-studio-quote on:click=quote
                disabled=move || selected().is_none() || s.read_only()>
                {move || s.t("quote.action")}
            </button>
        </div>
    }
}

/// What the target list's `choice` names, with the new item's fields as they are now;
/// `None` for a choice that names nothing.
fn quote_target(
    choice: &str,
    actor: RwSignal<String>,
    topic: RwSignal<String>,
    title: RwSignal<String>,
) -> Option<Target> {
    Some(match choice {
        "new-position" => Target::NewPosition {
            actor: actor.get_untracked(),
            topic: topic.get_untracked(),
        },
        "new-event" => Target::NewEvent {
            title: title.get_untracked(),
        },
        other => match other.split_once(':') {
            Some(("position", i)) => Target::Existing(Item::Position(i.parse().ok()?)),
            Some(("event", i)) => Target::Existing(Item::Event(i.parse().ok()?)),
            _ => return None,
        },
    })
}

/// The positions and events of `b` a quote can be added to, as the target list's groups.
fn existing_items(s: Studio, b: &Briefing, target: RwSignal<String>) -> impl IntoView {
    let positions = b
        .positions
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let label = if p.actor.is_empty() && p.topic.is_empty() {
                p.id.clone()
            } else {
                b.position_label(p)
            };
            let value = format!("position:{i}");
            let v2 = value.clone();
            view! { <option value=value selected=move || target.get() == v2>{label}</option> }
        })
        .collect_view();
    let events = b
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let label = if e.title.is_empty() {
                e.id.clone()
            } else {
                e.label()
            };
            let value = format!("event:{i}");
            let v2 = value.clone();
            view! { <option value=value selected=move || target.get() == v2>{label}</option> }
        })
        .collect_view();
    let has_positions = !b.positions.is_empty();
    let has_events = !b.events.is_empty();
    view! {
        {has_positions.then(|| view! { <optgroup label=move || s.t("quote.existing_positions")>{positions}</optgroup> })}
        {has_events.then(|| view! { <optgroup label=move || s.t("quote.existing_events")>{events}</optgroup> })}
    }
}

/// A new position's actor and topic, each chosen from the briefing's (or left for later).
fn new_position_fields(
    s: Studio,
    actor: RwSignal<String>,
    topic: RwSignal<String>,
) -> impl IntoView {
    let choices = |list: fn(&Briefing) -> Vec<(String, String)>, value: RwSignal<String>| {
        move || {
            s.with_draft(None, |d| {
                Some(list(d.briefing())
                    .into_iter()
                    .map(|(id, name)| {
                        let v2 = id.clone();
                        view! { <option value=id selected=move || value.get() == v2>{name}</option> }
                    })
                    .collect_view())
            })
        }
    };
    let actor_options = choices(
        |b| {
            b.actors
                .iter()
                .map(|a| (a.id.clone(), a.name.clone()))
                .collect()
        },
        actor,
    );
    let topic_options = choices(
        |b| {
            b.topics
                .iter()
                .map(|t| (t.id.clone(), t.label.clone()))
                .collect()
        },
        topic,
    );
    view! {
        <div class="field">
            <label for="quote-actor">{move || s.t("position.actor")}</label>
            <select id="quote-actor" data-studio-target-actor on:change=move |ev| actor.set(event_target_value(&ev))>
                <option value="" selected=move || actor.get().is_empty()>{move || s.t("field.choose_later")}</option>
                {actor_options}
            </select>
        </div>
        <div class="field">
            <label for="quote-topic">{move || s.t("position.topic")}</label>
            <select id="quote-topic" data-studio-target-topic on:change=move |ev| topic.set(event_target_value(&ev))>
                <option value="" selected=move || topic.get().is_empty()>{move || s.t("field.choose_later")}</option>
                {topic_options}
            </select>
        </div>
    }
}

/// A long selection as the panel shows it: its start and end around "…".
fn shortened(text: &str) -> String {
    const KEEP: usize = 120;
    let n = text.chars().count();
    if n <= 2 * KEEP {
        return text.to_string();
    }
    let head: String = text.chars().take(KEEP).collect();
    let tail: String = text.chars().skip(n - KEEP).collect();
    format!("{head} … {tail}")
}

/// The sentences of the source shown that no quote touches, each selectable.
#[component]
fn Uncited(shown: Memo<Option<Shown>>) -> impl IntoView {
    let s = use_studio();
    let list = Memo::new(move |_| {
        shown.with(|shown| {
            let Some(shown) = shown else {
                return (0, Vec::new());
            };
            let sentences = &shown.facts.sentences;
            let open = uncited(sentences, &shown.cited)
                .into_iter()
                .map(|n| {
                    let x = &sentences[n];
                    (x.start, x.end, x.text.clone())
                })
                .collect::<Vec<_>>();
            (sentences.len(), open)
        })
    });
    let heading = move || {
        let (total, ref un) = list.get();
        s.tw(
            "uncited.heading",
            &[("n", un.len().to_string()), ("total", total.to_string())],
        )
    };
    view! {
        <details class="uncited-list" data-studio-uncited=move || list.with(|l| l.1.len())>
            <summary>{heading}</summary>
            <Show when=move || list.with(|l| l.1.is_empty())>
                <p>{move || s.t("uncited.none")}</p>
            </Show>
            <ul>
                <For each=move || list.get().1 key=|x| (x.0, x.1) let((start, end, text))>
                    <li>
                        <button type="button" class="select-sentence" on:click=move |_| select_in_source(start, end)>
                            {move || s.t("uncited.select")}
                        </button>
                        " " <span class="quote-text">{text}</span>
                    </li>
                </For>
            </ul>
        </details>
    }
}

/// Editing the source's text: the quotes are re-anchored when it is applied.
#[component]
fn EditText(editing: RwSignal<bool>) -> impl IntoView {
    let s = use_studio();
    let i = s.source.get_untracked();
    let original =
        s.with_briefing(|b| b.sources.get(i).map(|x| x.text.clone()).unwrap_or_default());
    let value = RwSignal::new(original.clone());
    let exact: RwSignal<Option<String>> = RwSignal::new(None);
    let id = element_id(&format!("sources[{i}].text"));
    let apply = move |_| {
        let text =
            authoring::start::pasted_text(&value.get_untracked(), exact.get_untracked().as_deref());
        // A text area shows line ends as `\n`: keep the original's where only they differ.
        let text = if text == original.replace("\r\n", "\n").replace('\r', "\n") {
            original.clone()
        } else if original.contains("\r\n") && !text.contains('\r') {
            // The source's own line ends, which the text area showed as `\n`.
            text.replace('\n', "\r\n")
        } else {
            text
        };
        if let Some(report) = s.edit(|d| d.edit_source_text(i, &text)) {
            s.notice.set(Some(Notice::Reanchored(report)));
            editing.set(false);
        }
    };
    view! {
        <div class="edit-text">
            <div class="field">
                <label for=id.clone()>{move || s.t("source.edit_label")}</label>
                <p class="hint" id="edit-text-hint">{move || s.t("source.edit_hint")}</p>
                <textarea id=id rows="16" data-studio-source-editor aria-describedby="edit-text-hint"
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                    on:paste=move |ev: leptos::ev::ClipboardEvent| {
                        if let Some(pasted) = crate::browser::files::pasted(&ev) {
                            if pasted.repaired { s.notice.set(Some(super::state::Notice::PasteRepaired)); }
                            exact.set(Some(pasted.text));
                        }
                    }></textarea>
                <LongText bytes=Signal::derive(move || value.with(String::len)) />
            </div>
            <button type="button" class="primary" data-studio-apply-text on:click=apply>{move || s.t("source.apply")}</button>
            " "
            <button type="button" on:click=move |_| editing.set(false)>{move || s.t("action.cancel")}</button>
        </div>
    }
}
