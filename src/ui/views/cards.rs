//! The position cards, grouped by actor or by topic (`explore::groups`), revealed in pages
//! so that a briefing with thousands of positions stays quick to filter.

use leptos::prelude::*;

use crate::explore::groups::{card_groups, Group};
use crate::explore::state::GroupBy;
use crate::ui::browser::focus::{land_on, quoted};
use crate::ui::context::use_explorer;
use crate::ui::parts::cite_notice::{CiteNotice, Landing};
use crate::ui::parts::empty_state::EmptyState;
use crate::ui::views::position_card::PositionCard;

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
    let group = Memo::new(move |_| ex.state.with(|s| s.group));
    // `cite=` names a card to land on (from the source reader's "cited by" list).
    let cited = Memo::new(move |_| ex.state.with(|s| s.cite.clone()));
    Effect::new(move |_| {
        // Again when the results change under the same `cite=` (the cite notice's "show
        // it" link keeps it while it changes the filters).
        ex.results.track();
        if let Some(id) = cited.get() {
            land_on(format!("[data-position-id={}]", quoted(&id)));
        }
    });
    // Which groups and cards are drawn, as plain indexes, so that the keyed lists below
    // create a card only when it first appears: a keystroke that keeps most cards reuses
    // their nodes instead of rebuilding the page.
    let layout = Memo::new(move |_| {
        let (by, limit) = (group.get(), limit.get());
        ex.results.with(|r| {
            ex.loaded
                .with(|l| card_groups(&l.briefing, &r.positions, by, limit))
        })
    });
    let group_view = move |g: Group| {
        let (id, label) = ex.loaded.with_untracked(|l| {
            (
                g.id(&l.briefing).to_string(),
                g.label(&l.briefing).to_string(),
            )
        });
        // This group's entry in the current layout (the row stays while its key does).
        let key = g.key();
        let mine = move || layout.with(|gs| gs.iter().find(|x| x.key() == key).cloned());
        let count = move || ex.count("count.positions", mine().map_or(0, |x| x.total));
        let cards = move || mine().map(|x| x.shown).unwrap_or_default();
        let (heading, labelled_by) = (format!("group-{id}"), format!("group-{id}"));
        view! {
            <section class="card-group" aria-labelledby=labelled_by>
                <h3 id=heading>
                    <span lang=move || ex.data_lang()>{label}</span>
                    " "
                    <span class="group-count">{count}</span>
                </h3>
                <ul class="cards" role="list">
                    <For each=cards key=|i| *i let(i)>
                        <li><PositionCard index=i /></li>
                    </For>
                </ul>
            </section>
        }
    };
    // A newly loaded briefing starts a fresh list: its indexes mean other positions.
    let groups = move || {
        ex.loaded.track();
        view! { <For each=move || layout.get() key=Group::key children=group_view /> }
    };
    let total = move || ex.results.with(|r| r.positions.len());
    let more = move || total().saturating_sub(limit.get());
    let (has_cards, has_more) = (move || total() > 0, move || more() > 0);
    let group_button = move |by: GroupBy, key: &'static str| {
        view! {
            <button
                type="button"
                aria-pressed=move || if group.get() == by { "true" } else { "false" }
                on:click=move |_| ex.update(|s| s.group = by)
            >
                {ex.tr(key)}
            </button>
        }
    };
    view! {
        <div class="cards-view">
            <CiteNotice kind=Landing::Position />
            <div class="group-switch" role="group" aria-label=ex.tr("group.label")>
                <span aria-hidden="true">{ex.tr("group.label")}</span>
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
