//! The position cards, grouped by actor or by topic, revealed in pages so that a briefing
//! with thousands of positions stays quick to filter.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::app::use_explorer;
use crate::explore::state::GroupBy;
use crate::ui::empty_state::EmptyState;
use crate::ui::position_card::PositionCard;

/// How many cards are drawn at first, and added by "show more".
const PAGE: usize = 60;

/// Groups of cards with a group-by switch.
#[component]
pub fn Cards() -> impl IntoView {
    let ex = use_explorer();
    let limit = RwSignal::new(PAGE);
    // A new filter starts from the first page again.
    Effect::new(move |_| {
        ex.results.track();
        if limit.get_untracked() != PAGE {
            limit.set(PAGE);
        }
    });
    let group = move || ex.state.with(|s| s.group);
    let groups = move || {
        let by = group();
        let mut budget = limit.get();
        ex.results.with(|r| {
            ex.loaded.with(|l| {
                let b = &l.briefing;
                let keys: Vec<(String, String)> = match by {
                    GroupBy::Actor => b
                        .actors
                        .iter()
                        .map(|a| (a.id.clone(), a.name.clone()))
                        .collect(),
                    GroupBy::Topic => b
                        .topics
                        .iter()
                        .map(|t| (t.id.clone(), t.label.clone()))
                        .collect(),
                };
                // One pass puts every passing position in its group's bucket.
                let at: HashMap<&str, usize> = keys
                    .iter()
                    .enumerate()
                    .map(|(g, (id, _))| (id.as_str(), g))
                    .collect();
                let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); keys.len()];
                for &i in &r.positions {
                    let p = &b.positions[i];
                    let key = match by {
                        GroupBy::Actor => p.actor.as_str(),
                        GroupBy::Topic => p.topic.as_str(),
                    };
                    if let Some(&g) = at.get(key) {
                        buckets[g].push(i);
                    }
                }
                keys.iter()
                    .zip(buckets)
                    .filter_map(|((id, label), members)| {
                        let (id, label) = (id.clone(), label.clone());
                        if members.is_empty() || budget == 0 {
                            return None;
                        }
                        let shown: Vec<usize> = members.iter().copied().take(budget).collect();
                        budget -= shown.len();
                        let count = ex.count("count.positions", members.len());
                        Some(view! {
                            <section class="card-group" aria-labelledby=format!("group-{id}")>
                                <h3 id=format!("group-{id}")>
                                    {label} <span class="group-count">{count}</span>
                                </h3>
                                <ul class="cards" role="list">
                                    {shown
                                        .into_iter()
                                        .map(|i| view! { <li><PositionCard index=i /></li> })
                                        .collect_view()}
                                </ul>
                            </section>
                        })
                    })
                    .collect_view()
            })
        })
    };
    let total = move || ex.results.with(|r| r.positions.len());
    let more = move || total().saturating_sub(limit.get());
    let has_cards = move || total() > 0;
    let has_more = move || more() > 0;
    let group_button = move |by: GroupBy, key: &'static str| {
        view! {
            <button
                type="button"
                aria-pressed=move || if group() == by { "true" } else { "false" }
                on:click=move |_| ex.update(|s| s.group = by)
            >
                {move || ex.t(key)}
            </button>
        }
    };
    view! {
        <div class="cards-view">
            <div class="group-switch" role="group" aria-label=move || ex.t("group.label")>
                <span aria-hidden="true">{move || ex.t("group.label")}</span>
                {group_button(GroupBy::Actor, "group.actor")}
                {group_button(GroupBy::Topic, "group.topic")}
            </div>
            <Show
                when=has_cards
                fallback=|| view! { <EmptyState what_key="empty.positions" /> }
            >
                {groups}
                <Show when=has_more>
                    <button type="button" class="show-more" on:click=move |_| limit.update(|n| *n += PAGE)>
                        {move || ex.count("cards.show_more", more().min(PAGE))}
                    </button>
                </Show>
            </Show>
        </div>
    }
}
