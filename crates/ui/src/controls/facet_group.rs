//! One group of filter checkboxes (actors, topics, stances or phases) with live counts; a
//! long one (hundreds of actors) draws only the choices near the screen.

use leptos::prelude::*;

use i18n::keys;

use crate::browser::focus::keep_through_update;
use crate::context::{use_explorer, ExplorerContext};
use crate::parts::keyed_rows::keyed_rows;
use crate::parts::list_window::{padding, ListWindow};
use briefing::{Phase, Stance};
use explore::state::{toggle, View};
use explore::window::{Geometry, Rows};

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
    let word = |key: String| i18n::text(lang, &key).to_string();
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

/// How many items each of the `n` choices of `facet` would show, counting what the
/// current view lists (each signal read once, not once per choice).
fn counts_of(ex: ExplorerContext, facet: Facet, n: usize) -> Vec<usize> {
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
        (0..n).map(|i| list.get(i).copied().unwrap_or(0)).collect()
    })
}

/// Whether each of `choices` of `facet` is checked now.
fn checked_of(ex: ExplorerContext, facet: Facet, choices: &[(String, String)]) -> Vec<bool> {
    ex.state.with(|s| {
        let f = &s.filter;
        choices
            .iter()
            .map(|(value, _)| match facet {
                Facet::Actor => f.actors.contains(value),
                Facet::Topic => f.topics.contains(value),
                Facet::Stance => Stance::parse(value).is_some_and(|x| f.stances.contains(&x)),
                Facet::Phase => Phase::parse(value).is_some_and(|x| f.phases.contains(&x)),
            })
            .collect()
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

/// More choices than this, and a facet draws only those near the screen (a briefing of
/// 10,000 positions has 500 actors and 200 topics).
const WINDOW_FROM: usize = 40;
/// The first guess at a choice's height, before one is measured: one line of text.
const FIRST_GUESS: Geometry = Geometry {
    columns: 1,
    gap: 0.0,
    heading: 0.0,
    estimate: 28.0,
};

/// A `<fieldset>` of checkboxes, each with its count; `data-actor-id` / `data-topic-id`
/// (and `data-stance` / `data-phase`) are stable hooks for embedders and tests.
#[component]
pub fn FacetGroup(facet: Facet) -> impl IntoView {
    let ex = use_explorer();
    let key = facet.key();
    let choices = Memo::new(move |_| choices(ex, facet));
    // Every choice's count and check mark, in one memo each: a row redraws only when its
    // own entry changes, and the filter state has two subscribers per facet rather than
    // one per choice.
    let counts = Memo::new(move |_| counts_of(ex, facet, choices.with(Vec::len)));
    let checked = Memo::new(move |_| choices.with(|c| checked_of(ex, facet, c)));
    let windowed = Memo::new(move |_| choices.with(Vec::len) > WINDOW_FROM);
    let all = Memo::new(move |_| {
        vec![Rows {
            rows: (0..choices.with(Vec::len)).collect(),
        }]
    });
    let win: ListWindow<Rows> = ListWindow::new(all, windowed, FIRST_GUESS, ".choices", None);
    let block = win.block(0);
    let drawn = move || {
        keep_through_update();
        block
            .with(|d| d.as_ref().map(|d| d.group.rows.clone()))
            .unwrap_or_default()
    };
    let pad = move || block.with(|d| d.as_ref().and_then(|d| padding(d.before, d.after)));
    let place = move |i: usize| block.with(|d| d.as_ref().map_or(0, |d| d.place_of(i)));
    let row = move |i: usize| {
        let Some((value, label)) = choices.with_untracked(|c| c.get(i).cloned()) else {
            return ().into_any();
        };
        let n = Memo::new(move |_| counts.with(|c| c.get(i).copied().unwrap_or(0)));
        let on = Memo::new(move |_| checked.with(|c| c.get(i).copied().unwrap_or(false)));
        // Actor and topic names are the briefing's words; stances and phases are ours.
        let data_lang = matches!(facet, Facet::Actor | Facet::Topic).then(|| ex.data_lang());
        let id = format!("f-{key}-{value}");
        let hook = |f: Facet| (facet == f).then(|| value.clone());
        view! {
            <li
                class:empty=move || n.get() == 0 && !on.get()
                data-item=move || windowed.get().then(|| i.to_string())
                aria-posinset=move || windowed.get().then(|| place(i).to_string())
                aria-setsize=move || windowed.get().then(|| win.total(0).to_string())
            >
                // No autocomplete: the address holds the filters, and a browser that saved
                // every box's state would do so at each history entry (6 ms a click with
                // 700 boxes, in Chromium).
                <input
                    type="checkbox"
                    autocomplete="off"
                    id=id.clone()
                    // The attribute for the page rendered at build time, the property for
                    // the running app (a box once clicked no longer follows the attribute).
                    checked=on.get_untracked()
                    prop:checked=on
                    data-actor-id=hook(Facet::Actor)
                    data-topic-id=hook(Facet::Topic)
                    data-stance=hook(Facet::Stance)
                    data-phase=hook(Facet::Phase)
                    on:change=move |_| flip(ex, facet, &value)
                />
                <label for=id>
                    <span class="choice-label" lang=data_lang>{label}</span>
                    <span class="count">{n}</span>
                </label>
            </li>
        }
        .into_any()
    };
    // Other choices (a newly loaded briefing, another language) start a fresh list: the
    // same index may be another choice.
    let items = move || {
        choices.track();
        keyed_rows(drawn, row)
    };
    let (legend_key, hint_key) = keys::facet(key);
    let hint_id = format!("facet-{key}-hint");
    let described_by = hint_id.clone();
    view! {
        <fieldset class=format!("facet facet-{key}") aria-describedby=described_by>
            <legend>{ex.tr_owned(legend_key)}</legend>
            <p class="hint" id=hint_id>
                {ex.tr_owned(hint_key)}
            </p>
            <div class="choices-list" class:windowed=windowed node_ref=win.list>
                <div class="list-spacer" aria-hidden="true" node_ref=win.top></div>
                <div data-block="0">
                    <ul class="choices" style=pad>{items}</ul>
                </div>
            </div>
        </fieldset>
    }
}
