//! One group of filter checkboxes (actors, topics, stances or phases) with live counts.

use leptos::prelude::*;

use crate::app::{use_explorer, Explorer};
use crate::briefing::{Phase, Stance};
use crate::explore::state::{toggle, View};

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

/// One choice as shown.
#[derive(Clone, PartialEq)]
struct Choice {
    value: String,
    label: String,
    count: usize,
    checked: bool,
}

/// The choices of `facet` with counts for what the current view lists.
fn choices(ex: Explorer, facet: Facet) -> Vec<Choice> {
    let lang = ex.lang.get();
    let timeline = ex.state.with(|s| s.view == View::Timeline);
    ex.results.with(|r| {
        let counts = if timeline {
            &r.event_counts
        } else {
            &r.position_counts
        };
        ex.state.with(|s| {
            let f = &s.filter;
            ex.loaded.with(|l| match facet {
                Facet::Actor => l
                    .briefing
                    .actors
                    .iter()
                    .zip(&counts.actors)
                    .map(|(a, &count)| Choice {
                        value: a.id.clone(),
                        label: a.name.clone(),
                        count,
                        checked: f.actors.contains(&a.id),
                    })
                    .collect(),
                Facet::Topic => l
                    .briefing
                    .topics
                    .iter()
                    .zip(&counts.topics)
                    .map(|(t, &count)| Choice {
                        value: t.id.clone(),
                        label: t.label.clone(),
                        count,
                        checked: f.topics.contains(&t.id),
                    })
                    .collect(),
                Facet::Stance => Stance::ALL
                    .iter()
                    .zip(&r.position_counts.classes)
                    .map(|(st, &count)| Choice {
                        value: st.as_str().to_string(),
                        label: crate::i18n::text(lang, &format!("stance.{}", st.as_str()))
                            .to_string(),
                        count,
                        checked: f.stances.contains(st),
                    })
                    .collect(),
                Facet::Phase => Phase::ALL
                    .iter()
                    .zip(&r.event_counts.classes)
                    .map(|(ph, &count)| Choice {
                        value: ph.as_str().to_string(),
                        label: crate::i18n::text(lang, &format!("phase.{}", ph.as_str()))
                            .to_string(),
                        count,
                        checked: f.phases.contains(ph),
                    })
                    .collect(),
            })
        })
    })
}

fn flip(ex: Explorer, facet: Facet, value: &str) {
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

/// A `<fieldset>` of checkboxes, each with its count; `data-actor-id` / `data-topic-id`
/// (and `data-stance` / `data-phase`) are stable hooks for embedders and tests.
#[component]
pub fn FacetGroup(facet: Facet) -> impl IntoView {
    let ex = use_explorer();
    let key = facet.key();
    let items = move || {
        // Actor and topic names are the briefing's words; stances and phases are ours.
        let data_lang = matches!(facet, Facet::Actor | Facet::Topic).then(|| ex.data_lang());
        choices(ex, facet)
            .into_iter()
            .map(|c| {
                let id = format!("f-{key}-{}", c.value);
                let value = c.value.clone();
                let hook = |f: Facet| (facet == f).then(|| c.value.clone());
                view! {
                    <li class:empty=c.count == 0 && !c.checked>
                        <input
                            type="checkbox"
                            id=id.clone()
                            prop:checked=c.checked
                            data-actor-id=hook(Facet::Actor)
                            data-topic-id=hook(Facet::Topic)
                            data-stance=hook(Facet::Stance)
                            data-phase=hook(Facet::Phase)
                            on:change=move |_| flip(ex, facet, &value)
                        />
                        <label for=id>
                            <span class="choice-label" lang=data_lang.clone()>{c.label}</span>
                            <span class="count">{c.count}</span>
                        </label>
                    </li>
                }
            })
            .collect_view()
    };
    let legend_key = format!("facet.{key}");
    let hint_key = format!("facet.{key}.hint");
    let hint_id = format!("facet-{key}-hint");
    let described_by = hint_id.clone();
    view! {
        <fieldset class=format!("facet facet-{key}") aria-describedby=described_by>
            <legend>{move || ex.t(&legend_key)}</legend>
            <p class="hint" id=hint_id>
                {move || ex.t(&hint_key)}
            </p>
            <ul class="choices">{items}</ul>
        </fieldset>
    }
}
