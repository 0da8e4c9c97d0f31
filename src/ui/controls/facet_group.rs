//! One group of filter checkboxes (actors, topics, stances or phases) with live counts.

use leptos::html;
use leptos::prelude::*;

use crate::i18n::keys;

use crate::briefing::{Phase, Stance};
use crate::explore::state::{toggle, View};
use crate::ui::context::{use_explorer, ExplorerContext};

/// Which facet a group filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Actor,
    Topic,
    Stance,
    Phase,
}

impl Facet {
    fn key(self) -> &'static str {
        match self {
            Facet::Actor => "actor",
            Facet::Topic => "topic",
            Facet::Stance => "stance",
            Facet::Phase => "phase",
        }
    }
}

/// The choices of `facet`: (value, label), in the briefing's or the vocabulary's order.
fn choices(ex: ExplorerContext, facet: Facet) -> Vec<(String, String)> {
    let lang = ex.lang.get();
    let word = |key: String| crate::i18n::text(lang, &key).to_string();
    match facet {
        Facet::Actor => ex.loaded.with(|l| {
            l.briefing
                .actors
                .iter()
                .map(|a| (a.id.clone(), a.name.clone()))
                .collect()
        }),
        Facet::Topic => ex.loaded.with(|l| {
            l.briefing
                .topics
                .iter()
                .map(|t| (t.id.clone(), t.label.clone()))
                .collect()
        }),
        Facet::Stance => Stance::ALL
            .iter()
            .map(|s| (s.as_str().to_string(), word(keys::stance(s))))
            .collect(),
        Facet::Phase => Phase::ALL
            .iter()
            .map(|p| (p.as_str().to_string(), word(keys::phase(p))))
            .collect(),
    }
}

/// How many items choice `i` of `facet` would show, counting what the current view lists.
fn count_of(ex: ExplorerContext, facet: Facet, i: usize) -> usize {
    let timeline = ex.state.with(|s| s.view == View::Timeline);
    ex.results.with(|r| {
        let counts = if timeline {
            &r.event_counts
        } else {
            &r.position_counts
        };
        let list = match facet {
            Facet::Actor => &counts.actors,
            Facet::Topic => &counts.topics,
            Facet::Stance => &r.position_counts.classes,
            Facet::Phase => &r.event_counts.classes,
        };
        list.get(i).copied().unwrap_or(0)
    })
}

fn is_checked(ex: ExplorerContext, facet: Facet, value: &str) -> bool {
    ex.state.with(|s| {
        let f = &s.filter;
        match facet {
            Facet::Actor => f.actors.contains(value),
            Facet::Topic => f.topics.contains(value),
            Facet::Stance => Stance::parse(value).is_some_and(|x| f.stances.contains(&x)),
            Facet::Phase => Phase::parse(value).is_some_and(|x| f.phases.contains(&x)),
        }
    })
}

fn flip(ex: ExplorerContext, facet: Facet, value: &str) {
    ex.update(|s| {
        let f = &mut s.filter;
        match facet {
            Facet::Actor => toggle(&mut f.actors, &value.to_string()),
            Facet::Topic => toggle(&mut f.topics, &value.to_string()),
            Facet::Stance => {
                if let Some(st) = Stance::parse(value) {
                    toggle(&mut f.stances, &st)
                }
            }
            Facet::Phase => {
                if let Some(ph) = Phase::parse(value) {
                    toggle(&mut f.phases, &ph)
                }
            }
        }
    });
}

/// One drawn choice: its value and the nodes updated in place when counts change.
#[derive(Clone)]
struct Row {
    value: String,
    li: NodeRef<html::Li>,
    input: NodeRef<html::Input>,
    count: NodeRef<html::Span>,
}

/// A `<fieldset>` of checkboxes, each with its count; `data-actor-id` / `data-topic-id`
/// (and `data-stance` / `data-phase`) are stable hooks for embedders and tests.
#[component]
pub fn FacetGroup(facet: Facet) -> impl IntoView {
    let ex = use_explorer();
    let key = facet.key();
    // The list is rebuilt only when the briefing or the language changes. Counts and
    // check marks are then updated in place by one effect: a reactive binding per choice
    // would give the filter state hundreds of subscribers to re-run (and re-subscribe) on
    // every keystroke, which is quadratic in the reactive graph.
    let rows: RwSignal<Vec<Row>> = RwSignal::new(Vec::new());
    // What each row shows now (count, checked).
    let drawn: StoredValue<Vec<Option<(usize, bool)>>> = StoredValue::new(Vec::new());
    let items = move || {
        // Actor and topic names are the briefing's words; stances and phases are ours.
        let data_lang = matches!(facet, Facet::Actor | Facet::Topic).then(|| ex.data_lang());
        let choices = choices(ex, facet);
        let refs: Vec<Row> = choices
            .iter()
            .map(|(value, _)| Row {
                value: value.clone(),
                li: NodeRef::new(),
                input: NodeRef::new(),
                count: NodeRef::new(),
            })
            .collect();
        rows.set(refs.clone());
        // Drawn with their counts and check marks already, so that the page rendered at
        // build time shows them too (the effect below keeps them up to date).
        let now: Vec<(usize, bool)> = untrack(|| {
            choices
                .iter()
                .enumerate()
                .map(|(i, (value, _))| (count_of(ex, facet, i), is_checked(ex, facet, value)))
                .collect()
        });
        // What the rows are drawn with: the effect below then only touches the rows
        // whose count or check mark changes afterwards.
        drawn.set_value(now.iter().copied().map(Some).collect());
        choices
            .into_iter()
            .zip(refs)
            .zip(now)
            .map(
                |(
                    (
                        (value, label),
                        Row {
                            li, input, count, ..
                        },
                    ),
                    (n, checked),
                )| {
                    let id = format!("f-{key}-{value}");
                    let hook = |f: Facet| (facet == f).then(|| value.clone());
                    view! {
                        <li node_ref=li class:empty=n == 0 && !checked>
                            // No autocomplete: the address holds the filters, and a
                            // browser that saved every box's state would do so at each
                            // history entry (6 ms a click with 700 boxes, in Chromium).
                            <input
                                type="checkbox"
                                autocomplete="off"
                                id=id.clone()
                                checked=checked
                                node_ref=input
                                data-actor-id=hook(Facet::Actor)
                                data-topic-id=hook(Facet::Topic)
                                data-stance=hook(Facet::Stance)
                                data-phase=hook(Facet::Phase)
                                on:change=move |_| flip(ex, facet, &value)
                            />
                            <label for=id>
                                <span class="choice-label" lang=data_lang.clone()>{label}</span>
                                <span class="count" node_ref=count>{n}</span>
                            </label>
                        </li>
                    }
                },
            )
            .collect_view()
    };
    Effect::new(move |_| {
        // Once a rebuilt list is in the page its last node is set; tracking that one
        // node ref runs this effect again then, without subscribing to every row.
        rows.with(|r| r.last().map(|row| row.input.track()));
        let checked: Vec<bool> = rows.with(|r| {
            r.iter()
                .map(|row| is_checked(ex, facet, &row.value))
                .collect()
        });
        let counts: Vec<usize> = (0..checked.len()).map(|i| count_of(ex, facet, i)).collect();
        // Only rows whose count or check mark changed touch the page: calls into the
        // DOM cost far more than comparing numbers here.
        drawn.update_value(|drawn| {
            drawn.resize(checked.len(), None);
            rows.with_untracked(|rows| {
                for (i, row) in rows.iter().enumerate() {
                    let now = (counts[i], checked[i]);
                    if drawn[i] == Some(now) {
                        continue;
                    }
                    let Some(input) = row.input.get_untracked() else {
                        continue;
                    };
                    let (n, checked) = now;
                    if input.checked() != checked {
                        input.set_checked(checked);
                    }
                    if let Some(span) = row.count.get_untracked() {
                        span.set_text_content(Some(&n.to_string()));
                    }
                    if let Some(li) = row.li.get_untracked() {
                        let _ = li
                            .class_list()
                            .toggle_with_force("empty", n == 0 && !checked);
                    }
                    drawn[i] = Some(now);
                }
            });
        });
    });
    let (legend_key, hint_key) = keys::facet(key);
    let hint_id = format!("facet-{key}-hint");
    let described_by = hint_id.clone();
    view! {
        <fieldset class=format!("facet facet-{key}") aria-describedby=described_by>
            <legend>{ex.tr_owned(legend_key)}</legend>
            <p class="hint" id=hint_id>
                {ex.tr_owned(hint_key)}
            </p>
            <ul class="choices">{items}</ul>
        </fieldset>
    }
}
