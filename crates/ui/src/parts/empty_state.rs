//! What an empty result says: why it is empty, and a way out.

use leptos::prelude::*;

use crate::browser::focus::focus_first;
use crate::context::use_explorer;
use crate::parts::links::StateLink;
use explore::spelling::replace_word;
use explore::state::{Filter, View};
use i18n::fill_isolated;

/// "Nothing matches" with the reason and a "clear all filters" button. `of_events` says
/// the view lists timeline events (else positions).
#[component]
pub fn EmptyState(
    #[prop(into)] what_key: String,
    #[prop(optional)] of_events: bool,
) -> impl IntoView {
    let ex = use_explorer();
    let search = move || ex.state.with(|s| s.filter.query.trim().to_string());
    // The other kind of result may still match: then that, not "everything is excluded",
    // is what the reader needs to hear.
    let other = move || {
        let (positions, events) = ex.results.with(|r| (r.positions.len(), r.events.len()));
        if of_events {
            (positions, "empty.elsewhere.positions", View::Cards)
        } else {
            (events, "empty.elsewhere.events", View::Timeline)
        }
    };
    let reason = move || {
        let q = search();
        if !q.is_empty() {
            // A phrase in quotes is shown in the sentence's own quotation marks, once.
            let q = q
                .strip_prefix('"')
                .and_then(|rest| rest.strip_suffix('"'))
                .filter(|inner| !inner.contains('"'))
                .unwrap_or(&q);
            fill_isolated(ex.t("empty.search"), &[("q", q)])
        } else if other().0 > 0 {
            String::new()
        } else {
            ex.t("empty.filters").to_string()
        }
    };
    let elsewhere = move || {
        let (n, key, view) = other();
        (n > 0).then(|| {
            view! {
                <p>
                    <StateLink change=move |s| s.view = view>{ex.count(key, n)}</StateLink>
                </p>
            }
        })
    };
    // "Did you mean": the briefing's own words close to a word that matches nothing, each
    // a link that searches for it instead.
    let suggestions = move || {
        let pairs: Vec<(String, Vec<String>)> = ex.results.with(|r| {
            r.search
                .suggestions()
                .into_iter()
                .map(|(typed, words)| (typed.to_string(), words.to_vec()))
                .collect()
        });
        (!pairs.is_empty()).then(|| {
            let links = pairs
                .into_iter()
                .flat_map(|(typed, words)| {
                    words.into_iter().map(move |word| {
                        let typed = typed.clone();
                        let label = word.clone();
                        view! {
                            <li>
                                <StateLink change=move |s| {
                                    s.filter.query = replace_word(&s.filter.query, &typed, &word);
                                }>{label}</StateLink>
                            </li>
                        }
                    })
                })
                .collect_view();
            view! {
                <div class="did-you-mean">
                    <span>{ex.tr("empty.did_you_mean")}</span>
                    <ul class="inline-list">{links}</ul>
                </div>
            }
        })
    };
    view! {
        <div class="empty-state">
            <p>
                <strong>{ex.tr_owned(what_key)}</strong>
                " "
                {reason}
            </p>
            {suggestions}
            {elsewhere}
            <button type="button" on:click=move |_| {
                ex.update(|s| s.filter = Filter::default());
                // The button goes away with the empty result; the search box (or, in an
                // embed, the results) is where the reader carries on.
                focus_first(&["#search", "#results"]);
            }>
                {ex.tr("filters.clear")}
            </button>
        </div>
    }
}
