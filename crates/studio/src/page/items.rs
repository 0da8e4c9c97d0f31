//! The forms of actors, topics, positions and events: one form per item, every field
//! bound to the draft, the item's quotes, its id, and deleting it. Deleting an actor or a
//! topic that positions or events refer to says which, and offers the ways out: delete
//! them too, or give them to another actor or topic.

use leptos::prelude::*;

use super::places::{item_label, select_in_source};
use super::state::{use_studio, Studio};
use super::widgets::{FieldProblems, Shape, TextField, WordField};
use crate::browser::focus_later;
use crate::text;
use authoring::draft::{
    ActorField, EventField, Field, Item, Kind, PositionField, Refs, Resolution, TopicField,
};
use authoring::fields::element_id;
use briefing::{Attribution, Phase, Stance};
use i18n::keys;

/// An id, shown and changeable on purpose (every reference follows). Committed when the
/// field is left or Enter is pressed.
#[component]
pub fn IdField(kind: Kind, index: usize, current: Signal<String>) -> impl IntoView {
    let s = use_studio();
    let path = match kind {
        Kind::Briefing => "id".to_string(),
        Kind::Source => format!("sources[{index}].id"),
        Kind::Actor => format!("actors[{index}].id"),
        Kind::Topic => format!("topics[{index}].id"),
        Kind::Position => format!("positions[{index}].id"),
        Kind::Event => format!("events[{index}].id"),
    };
    let id = element_id(&path);
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let commit = move |value: String| {
        if value == current.get_untracked() {
            error.set(None);
            return;
        }
        let lang = s.lang.get_untracked();
        match s
            .doc
            .try_update(|d| d.as_mut().map(|d| d.set_id(kind, index, &value)))
            .flatten()
        {
            Some(Ok(())) => {
                error.set(None);
                s.save_now();
            }
            Some(Err(e)) => error.set(Some(text::edit_error(lang, &e))),
            None => {}
        }
    };
    let hint_id = format!("{id}-hint");
    let err_id = format!("{id}-error");
    view! {
        <div class="field id-field">
            <label for=id.clone()>{move || s.t("field.id")}</label>
            <p class="hint" id=hint_id.clone()>{move || s.t("field.id_hint")}</p>
            <input id=id type="text" class="id" data-studio-field="id" spellcheck="false"
                aria-describedby=format!("{hint_id} {err_id} {}-problems", element_id(&path))
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                prop:value=move || current.get() prop:readOnly=move || s.read_only()
                on:change=move |ev| commit(event_target_value(&ev))
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" {
                        ev.prevent_default();
                        commit(event_target_value(&ev));
                    }
                } />
            <p class="field-error" id=err_id role="alert">{move || error.get()}</p>
            <FieldProblems path=path.clone() />
        </div>
    }
}

/// How many items a list holds (reactive).
fn len(s: Studio, of: fn(&briefing::Briefing) -> usize) -> impl Fn() -> usize + Copy {
    move || s.with_briefing(of)
}

/// "Delete": at once when nothing refers to it (undo brings it back); otherwise the list of
/// what does, and the ways out.
#[component]
fn DeleteEntity(kind: Kind, index: usize) -> impl IntoView {
    let s = use_studio();
    let asking: RwSignal<Option<Refs>> = RwSignal::new(None);
    let other = RwSignal::new(String::new());
    let refs = move || {
        s.with_draft(Refs::default(), |d| match kind {
            Kind::Actor => d.actor_refs(index),
            _ => d.topic_refs(index),
        })
    };
    let delete = move |how: Resolution| {
        let done = s.edit(|d| match kind {
            Kind::Actor => d.delete_actor(index, how),
            _ => d.delete_topic(index, how),
        });
        if done.is_some() {
            asking.set(None);
            focus_later(
                if kind == Kind::Actor {
                    "new-actor-name"
                } else {
                    "new-topic-label"
                }
                .into(),
            );
        }
    };
    let start = move |_| {
        let r = refs();
        if r.is_empty() {
            delete(Resolution::IfUnused);
        } else {
            other.set(String::new());
            asking.set(Some(r));
        }
    };
    let name = move || {
        s.with_briefing(|b| match kind {
            Kind::Actor => b.actors.get(index).map(|a| a.name.clone()),
            _ => b.topics.get(index).map(|t| t.label.clone()),
        })
        .unwrap_or_default()
    };
    let others = move || {
        s.with_briefing(|b| match kind {
            Kind::Actor => b
                .actors
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != index)
                .map(|(_, a)| (a.id.clone(), a.name.clone()))
                .collect::<Vec<_>>(),
            _ => b
                .topics
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != index)
                .map(|(_, t)| (t.id.clone(), t.label.clone()))
                .collect(),
        })
    };
    let dialog_id = format!(
        "delete-{}-{index}",
        if kind == Kind::Actor {
            "actor"
        } else {
            "topic"
        }
    );
    let select_id = format!("{dialog_id}-other");
    view! {
        <button type="button" class="danger" data-studio-delete on:click=start prop:disabled=move || s.read_only()>
            {move || s.t("action.delete")}
        </button>
        {move || asking.get().map(|refs| {
            let lang = s.lang.get();
            let items = refs.positions.iter().map(|&i| Item::Position(i)).chain(refs.events.iter().map(|&i| Item::Event(i)))
                .map(|item| view! { <li>{item_label(s, item)}</li> })
                .collect_view();
            let summary = text::with(lang, "delete.referenced", &[
                ("name", name()),
                ("positions", text::count(lang, "count.positions", refs.positions.len())),
                ("events", text::count(lang, "count.events", refs.events.len())),
            ]);
            let cascade_key = if kind == Kind::Actor { "delete.cascade_actor" } else { "delete.cascade_topic" };
            let reassign_key = if kind == Kind::Actor { "delete.reassign_actor" } else { "delete.reassign_topic" };
            let select_id = select_id.clone();
            view! {
                <div class="confirm" role="alert" id=dialog_id.clone() data-studio-refs>
                    <p>{summary}</p>
                    <ul>{items}</ul>
                    <p>
                        <button type="button" class="danger" data-studio-delete-cascade on:click=move |_| delete(Resolution::Cascade)>
                            {text::text(lang, cascade_key)}
                        </button>
                    </p>
                    <Show when=move || !others().is_empty()>
                        <p class="reassign">
                            <label for=select_id.clone()>{text::text(lang, reassign_key)}</label>
                            " "
                            <select id=select_id.clone() data-studio-reassign-to on:change=move |ev| other.set(event_target_value(&ev))>
                                <option value="">{text::text(lang, "field.choose")}</option>
                                {others().into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                            </select>
                            " "
                            <button type="button" data-studio-delete-reassign prop:disabled=move || other.get().is_empty()
                                on:click=move |_| delete(Resolution::Reassign(other.get_untracked()))>
                                {text::text(lang, "delete.reassign")}
                            </button>
                        </p>
                    </Show>
                    <button type="button" on:click=move |_| asking.set(None)>{text::text(lang, "action.cancel")}</button>
                </div>
            }
        })}
    }
}

#[component]
pub fn ActorsSection() -> impl IntoView {
    let s = use_studio();
    let n = len(s, |b| b.actors.len());
    let name = RwSignal::new(String::new());
    let kind = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if s.edit(|d| d.add_actor(&name.get_untracked(), &kind.get_untracked()))
            .is_some()
        {
            name.set(String::new());
            kind.set(String::new());
            focus_later("new-actor-name".into());
        }
    };
    view! {
        <section class="section" aria-labelledby="actors-heading" data-studio-section-body="actors">
            <h2 id="actors-heading">{move || s.t("section.actors")}</h2>
            <datalist id="actor-kinds">
                {["state", "bloc", "group", "public", "experts", "person", "organisation"].map(|k| view! { <option value=k></option> }).collect_view()}
            </datalist>
            <form class="add-form" data-studio-new="actor" on:submit=add>
                <fieldset prop:disabled=move || s.read_only()>
                    <legend>{move || s.t("actor.add_heading")}</legend>
                    <div class="field">
                        <label for="new-actor-name">{move || s.t("actor.name")}</label>
                        <input id="new-actor-name" type="text" data-studio-field="name" required
                            prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                    </div>
                    <div class="field">
                        <label for="new-actor-kind">{move || s.t("actor.kind")}</label>
                        <p class="hint" id="new-actor-kind-hint">{move || s.t("actor.kind_hint")}</p>
                        <input id="new-actor-kind" type="text" list="actor-kinds" data-studio-field="kind" aria-describedby="new-actor-kind-hint"
                            prop:value=move || kind.get() on:input=move |ev| kind.set(event_target_value(&ev)) />
                    </div>
                    <button type="submit" class="primary" data-studio-add="actor">{move || s.t("actor.add")}</button>
                </fieldset>
            </form>
            <p id="list-actors" tabindex="-1" class="list-count">{move || s.count("count.actors", n())}</p>
            <ul class="items">
                <For each=move || 0..n() key=|i| *i let(i)>
                    <li><ActorForm i /></li>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn ActorForm(i: usize) -> impl IntoView {
    let s = use_studio();
    let id = move || s.with_briefing(|b| b.actors.get(i).map(|a| a.id.clone()).unwrap_or_default());
    let name =
        move || s.with_briefing(|b| b.actors.get(i).map(|a| a.name.clone()).unwrap_or_default());
    let aliases = move || s.with_briefing(|b| b.actors.get(i).map_or(0, |a| a.aliases.len()));
    let add_alias = move |_| {
        if let Some(j) = s.edit(|d| d.add_alias(i)) {
            focus_later(element_id(&format!("actors[{i}].aliases[{j}]")));
        }
    };
    view! {
        <fieldset class="form item" id=element_id(&format!("actors[{i}]")) tabindex="-1" data-studio-actor=id prop:disabled=move || s.read_only()>
            <legend><span lang=move || s.with_briefing(|b| b.language.clone())>{name}</span></legend>
            <TextField field=Field::Actor(i, ActorField::Name) label="actor.name" name="name" />
            <TextField field=Field::Actor(i, ActorField::Kind) label="actor.kind" hint="actor.kind_hint" name="kind" list="actor-kinds" />
            <div class="aliases" id=element_id(&format!("actors[{i}].aliases"))>
                <p class="label">{move || s.t("actor.aliases")}</p>
                <p class="hint">{move || s.t("actor.aliases_hint")}</p>
                <For each=move || 0..aliases() key=|j| *j let(j)>
                    <div class="alias">
                        <TextField field=Field::Alias(i, j) label="actor.alias" name="alias" />
                        <button type="button" on:click=move |_| { s.edit(|d| d.remove_alias(i, j)); }>
                            {move || s.t("actor.remove_alias")}
                        </button>
                    </div>
                </For>
                <button type="button" data-studio-add-alias on:click=add_alias>{move || s.t("actor.add_alias")}</button>
            </div>
            <TextField field=Field::Actor(i, ActorField::Description) label="field.description" shape=Shape::Lines name="description" />
            <IdField kind=Kind::Actor index=i current=Signal::derive(id) />
            <DeleteEntity kind=Kind::Actor index=i />
        </fieldset>
    }
}

#[component]
pub fn TopicsSection() -> impl IntoView {
    let s = use_studio();
    let n = len(s, |b| b.topics.len());
    let label = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if s.edit(|d| d.add_topic(&label.get_untracked())).is_some() {
            label.set(String::new());
            focus_later("new-topic-label".into());
        }
    };
    view! {
        <section class="section" aria-labelledby="topics-heading" data-studio-section-body="topics">
            <h2 id="topics-heading">{move || s.t("section.topics")}</h2>
            <form class="add-form" data-studio-new="topic" on:submit=add>
                <fieldset prop:disabled=move || s.read_only()>
                    <legend>{move || s.t("topic.add_heading")}</legend>
                    <div class="field">
                        <label for="new-topic-label">{move || s.t("topic.label")}</label>
                        <input id="new-topic-label" type="text" data-studio-field="label" required
                            prop:value=move || label.get() on:input=move |ev| label.set(event_target_value(&ev)) />
                    </div>
                    <button type="submit" class="primary" data-studio-add="topic">{move || s.t("topic.add")}</button>
                </fieldset>
            </form>
            <p id="list-topics" tabindex="-1" class="list-count">{move || s.count("count.topics", n())}</p>
            <ul class="items">
                <For each=move || 0..n() key=|i| *i let(i)>
                    <li><TopicForm i /></li>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn TopicForm(i: usize) -> impl IntoView {
    let s = use_studio();
    let id = move || s.with_briefing(|b| b.topics.get(i).map(|t| t.id.clone()).unwrap_or_default());
    let label =
        move || s.with_briefing(|b| b.topics.get(i).map(|t| t.label.clone()).unwrap_or_default());
    view! {
        <fieldset class="form item" id=element_id(&format!("topics[{i}]")) tabindex="-1" data-studio-topic=id prop:disabled=move || s.read_only()>
            <legend><span lang=move || s.with_briefing(|b| b.language.clone())>{label}</span></legend>
            <TextField field=Field::Topic(i, TopicField::Label) label="topic.label" name="label" />
            <TextField field=Field::Topic(i, TopicField::Description) label="field.description" shape=Shape::Lines name="description" />
            <IdField kind=Kind::Topic index=i current=Signal::derive(id) />
            <DeleteEntity kind=Kind::Topic index=i />
        </fieldset>
    }
}

/// An item's quotes: each with its place in the source, "show in source", "remove".
#[component]
fn Quotes(item: Item) -> impl IntoView {
    let s = use_studio();
    let base = match item {
        Item::Position(i) => format!("positions[{i}]"),
        Item::Event(i) => format!("events[{i}]"),
    };
    let quotes = move || {
        s.with_briefing(|b| {
            let quotes = match item {
                Item::Position(i) => b.positions.get(i).map(|p| p.quotes.clone()),
                Item::Event(i) => b.events.get(i).map(|e| e.quotes.clone()),
            };
            quotes.unwrap_or_default()
        })
    };
    let n = move || quotes().len();
    let path = format!("{base}.quotes");
    view! {
        <div class="quotes" id=element_id(&path) tabindex="-1">
            <p class="label">{move || s.t("quotes.heading")}</p>
            <Show when=move || n() == 0>
                <p class="hint">{move || s.t("quotes.none")}</p>
            </Show>
            <ol>
                <For each=move || 0..n() key=|j| *j let(j)>
                    {
                        let qpath = format!("{base}.quotes[{j}]");
                        let quote = move || quotes().get(j).cloned().unwrap_or_default();
                        view! {
                            <li id=element_id(&qpath) tabindex="-1" data-studio-quote-item=j>
                                <blockquote lang=move || s.with_briefing(|b| b.language.clone())>{move || quote().text}</blockquote>
                                <p class="range">
                                    {move || { let q = quote(); s.tw("quote.range", &[("start", q.start.to_string()), ("end", q.end.to_string())]) }}
                                    " "
                                    <button type="button" on:click=move |_| {
                                        let q = quote();
                                        let source = s.with_briefing(|b| b.sources.iter().position(|x| x.id == q.source)).unwrap_or(0);
                                        s.source.set(source);
                                        select_in_source(q.start, q.end);
                                    }>{move || s.t("quotes.show")}</button>
                                    " "
                                    <button type="button" class="danger" on:click=move |_| { s.edit(|d| d.remove_quote(item, j)); }>
                                        {move || s.t("quotes.remove")}
                                    </button>
                                </p>
                                <FieldProblems path=qpath.clone() />
                            </li>
                        }
                    }
                </For>
            </ol>
            <FieldProblems path=path.clone() />
            <p class="hint">{move || s.t("quotes.add_hint")}</p>
        </div>
    }
}

/// The format's words for a vocabulary and the explorer's label key of each: every value
/// the model knows, so a word added to the format is offered here too.
fn words<T: 'static>(
    all: &'static [T],
    word: fn(&'static T) -> &'static str,
    key: fn(&T) -> String,
) -> Vec<(&'static str, String)> {
    all.iter().map(|v| (word(v), key(v))).collect()
}

fn stance_words() -> Vec<(&'static str, String)> {
    words(Stance::ALL, Stance::as_str, keys::stance)
}

fn attribution_words() -> Vec<(&'static str, String)> {
    words(Attribution::ALL, Attribution::as_str, keys::attribution)
}

fn phase_words() -> Vec<(&'static str, String)> {
    words(Phase::ALL, Phase::as_str, keys::phase)
}

/// A choice of actor or topic by id; an id that names nothing is shown as it is.
#[component]
fn RefField(field: Field, label: &'static str, name: &'static str, actors: bool) -> impl IntoView {
    let s = use_studio();
    let words = move || {
        s.with_briefing(|b| {
            if actors {
                b.actors
                    .iter()
                    .map(|a| (a.id.clone(), a.name.clone()))
                    .collect::<Vec<_>>()
            } else {
                b.topics
                    .iter()
                    .map(|t| (t.id.clone(), t.label.clone()))
                    .collect()
            }
        })
    };
    let path = authoring::fields::path(field);
    let id = element_id(&path);
    let value = move || s.with_draft(String::new(), |d| d.text(field));
    let options = move || {
        let v = value();
        let list = words();
        let missing = (!v.is_empty() && !list.iter().any(|(id, _)| *id == v)).then(|| {
            let label = v.clone();
            view! { <option value=v.clone() selected>{label}</option> }
        });
        view! {
            {list.into_iter().map(|(id, name)| {
                let selected = id == v;
                view! { <option value=id selected=selected>{name}</option> }
            }).collect_view()}
            {missing}
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{move || s.t(label)}</label>
            <select id=id data-studio-field=name aria-describedby=format!("{}-problems", element_id(&path))
                prop:disabled=move || s.read_only()
                on:change=move |ev| { let v = event_target_value(&ev); s.edit(|d| d.set_text(field, &v)); }>
                <option value="" selected=move || value().is_empty()>{move || s.t("field.choose")}</option>
                {options}
            </select>
            <FieldProblems path=path.clone() />
        </div>
    }
}

#[component]
pub fn PositionsSection() -> impl IntoView {
    let s = use_studio();
    let n = len(s, |b| b.positions.len());
    view! {
        <section class="section" aria-labelledby="positions-heading" data-studio-section-body="positions">
            <h2 id="positions-heading">{move || s.t("section.positions")}</h2>
            <p class="hint">{move || s.t("position.how")}</p>
            <p id="list-positions" tabindex="-1" class="list-count">{move || s.count("count.positions", n())}</p>
            <ul class="items">
                <For each=move || 0..n() key=|i| *i let(i)>
                    <li><PositionForm i /></li>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn PositionForm(i: usize) -> impl IntoView {
    let s = use_studio();
    let id =
        move || s.with_briefing(|b| b.positions.get(i).map(|p| p.id.clone()).unwrap_or_default());
    view! {
        <fieldset class="form item" id=element_id(&format!("positions[{i}]")) tabindex="-1" data-studio-position=id prop:disabled=move || s.read_only()>
            <legend>{move || item_label(s, Item::Position(i))}</legend>
            <RefField field=Field::Position(i, PositionField::Actor) label="position.actor" name="actor" actors=true />
            <RefField field=Field::Position(i, PositionField::Topic) label="position.topic" name="topic" actors=false />
            <WordField field=Field::Position(i, PositionField::Stance) label="position.stance" words=stance_words() name="stance" />
            <WordField field=Field::Position(i, PositionField::Attribution) label="position.attribution" words=attribution_words() name="attribution" />
            <TextField field=Field::Position(i, PositionField::Summary) label="position.summary" hint="position.summary_hint" shape=Shape::Lines name="summary" />
            <Quotes item=Item::Position(i) />
            <IdField kind=Kind::Position index=i current=Signal::derive(id) />
            <button type="button" class="danger" data-studio-delete prop:disabled=move || s.read_only()
                on:click=move |_| { if s.edit(|d| d.delete_position(i)).is_some() { focus_later("list-positions".into()); } }>
                {move || s.t("action.delete")}
            </button>
        </fieldset>
    }
}

#[component]
pub fn EventsSection() -> impl IntoView {
    let s = use_studio();
    let n = len(s, |b| b.events.len());
    view! {
        <section class="section" aria-labelledby="events-heading" data-studio-section-body="events">
            <h2 id="events-heading">{move || s.t("section.events")}</h2>
            <p class="hint">{move || s.t("event.how")}</p>
            <p id="list-events" tabindex="-1" class="list-count">{move || s.count("count.events", n())}</p>
            <ul class="items">
                <For each=move || 0..n() key=|i| *i let(i)>
                    <li><EventForm i /></li>
                </For>
            </ul>
        </section>
    }
}

/// Checkboxes choosing which actors (or topics) take part in event `i`.
#[component]
fn EventRefs(i: usize, actors: bool) -> impl IntoView {
    let s = use_studio();
    let path = format!("events[{i}].{}", if actors { "actors" } else { "topics" });
    let choices = move || {
        s.with_briefing(|b| {
            let chosen: Vec<String> = b
                .events
                .get(i)
                .map(|e| {
                    if actors {
                        e.actors.clone()
                    } else {
                        e.topics.clone()
                    }
                })
                .unwrap_or_default();
            let mut list: Vec<(String, String, bool)> = if actors {
                b.actors
                    .iter()
                    .map(|a| (a.id.clone(), a.name.clone(), chosen.contains(&a.id)))
                    .collect()
            } else {
                b.topics
                    .iter()
                    .map(|t| (t.id.clone(), t.label.clone(), chosen.contains(&t.id)))
                    .collect()
            };
            // An id that names nothing (an imported file): shown, so it can be taken out.
            let strays: Vec<String> = chosen
                .iter()
                .filter(|c| !list.iter().any(|(x, _, _)| x == *c))
                .cloned()
                .collect();
            list.extend(strays.into_iter().map(|id| (id.clone(), id, true)));
            list
        })
    };
    let legend = if actors {
        "event.actors"
    } else {
        "event.topics"
    };
    let group = element_id(&path);
    let group_id = group.clone();
    view! {
        <fieldset class="choices" id=group_id tabindex="-1">
            <legend>{move || s.t(legend)}</legend>
            {move || choices().into_iter().map(|(id, name, on)| {
                let box_id = format!("{group}-{id}");
                let id2 = id.clone();
                view! {
                    <label class="choice" for=box_id.clone()>
                        <input type="checkbox" id=box_id.clone() data-id=id.clone() prop:checked=on
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                s.edit(|d| if actors { d.toggle_event_actor(i, &id2, on) } else { d.toggle_event_topic(i, &id2, on) });
                            } />
                        " " {name}
                    </label>
                }
            }).collect_view()}
            <FieldProblems path=path.clone() />
        </fieldset>
    }
}

#[component]
fn EventForm(i: usize) -> impl IntoView {
    let s = use_studio();
    let id = move || s.with_briefing(|b| b.events.get(i).map(|e| e.id.clone()).unwrap_or_default());
    view! {
        <fieldset class="form item" id=element_id(&format!("events[{i}]")) tabindex="-1" data-studio-event=id prop:disabled=move || s.read_only()>
            <legend>{move || item_label(s, Item::Event(i))}</legend>
            <TextField field=Field::Event(i, EventField::Title) label="event.title" name="title" />
            <TextField field=Field::Event(i, EventField::When) label="event.when" hint="event.when_hint" name="when" />
            <WordField field=Field::Event(i, EventField::Phase) label="event.phase" words=phase_words() name="phase" />
            <TextField field=Field::Event(i, EventField::Order) label="event.order" hint="event.order_hint" shape=Shape::Number name="order" />
            <p class="move">
                <button type="button" on:click=move |_| { s.edit(|d| d.move_event(i, true)); }>{move || s.t("event.earlier")}</button>
                " "
                <button type="button" on:click=move |_| { s.edit(|d| d.move_event(i, false)); }>{move || s.t("event.later")}</button>
            </p>
            <TextField field=Field::Event(i, EventField::Summary) label="event.summary" shape=Shape::Lines name="summary" />
            <EventRefs i actors=true />
            <EventRefs i actors=false />
            <Quotes item=Item::Event(i) />
            <IdField kind=Kind::Event index=i current=Signal::derive(id) />
            <button type="button" class="danger" data-studio-delete prop:disabled=move || s.read_only()
                on:click=move |_| { if s.edit(|d| d.delete_event(i)).is_some() { focus_later("list-events".into()); } }>
                {move || s.t("action.delete")}
            </button>
        </fieldset>
    }
}
