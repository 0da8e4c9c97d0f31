//! The position cards, grouped by actor or by topic (`explore::groups`). A long list draws
//! only the grid rows near the screen (`explore::window`), the rest held by padding, so a
//! briefing with thousands of positions filters and scrolls at the cost of one screen.

use leptos::prelude::*;

use crate::browser::focus::{keep_through_update, quoted};
use crate::context::{use_explorer, ExplorerContext};
use crate::parts::cite_notice::{CiteNotice, Landing};
use crate::parts::effect::effect;
use crate::parts::empty_state::EmptyState;
use crate::parts::keyed_rows::keyed_rows;
use crate::parts::list_window::{padding, ListWindow};
use crate::parts::show_if::ShowIf;
use crate::views::position_card::PositionCard;
use explore::groups::{card_groups, Group};
use explore::state::GroupBy;
use explore::window::{Drawn, DrawnGroup, Geometry};

/// Lists of more cards than this draw only what is near the screen. Shorter ones are drawn
/// whole: every card stays in the page for find-in-page, and the built page has them all.
const WINDOW_FROM: usize = 60;
/// The first guess at the grid, before a drawn list is measured.
const FIRST_GUESS: Geometry = Geometry {
    columns: 1,
    gap: 12.0,
    heading: 56.0,
    estimate: 256.0,
};

/// The group `key` in `layout`, if drawn.
fn drawn_group(layout: &Drawn, key: (GroupBy, usize)) -> Option<&DrawnGroup> {
    layout.groups.iter().find(|x| x.group.key() == key)
}

/// Groups of cards with a group-by switch.
#[component]
pub fn Cards() -> impl IntoView {
    let ex = use_explorer();
    let group = Memo::new(move |_| ex.state.with(|s| s.group));
    // `cite=` names a card to land on (from the source reader's "cited by" list).
    let cited = Memo::new(move |_| ex.state.with(|s| s.cite.clone()));
    // Every passing card in its group, as plain indexes.
    let all = Memo::new(move |_| {
        let by = group.get();
        ex.results.with(|r| {
            ex.loaded
                .with(|l| card_groups(&l.briefing, &r.positions, by, usize::MAX))
        })
    });
    let windowed = Memo::new(move |_| ex.results.with(|r| r.positions.len() > WINDOW_FROM));
    // Which groups and cards are drawn, as plain indexes, so that the keyed lists below
    // create a card only when it first appears: a keystroke or a scroll that keeps most
    // cards reuses their nodes instead of rebuilding the page.
    let win: ListWindow<Group> = ListWindow::new(all, windowed, FIRST_GUESS, ".cards", None);
    let layout = win.layout;
    effect(move || {
        // Again when the results change under the same `cite=` (the cite notice's "show
        // it" link keeps it while it changes the filters).
        ex.results.track();
        let Some(id) = cited.get() else {
            return;
        };
        let card = ex
            .loaded
            .with_untracked(|l| l.briefing.positions.iter().position(|p| p.id == id));
        win.land(format!("[data-position-id={}]", quoted(&id)), card, 10);
    });

    // A newly loaded briefing starts a fresh list: its indexes mean other positions.
    let groups = move || {
        ex.loaded.track();
        view! {
            <For
                each=move || {
                    keep_through_update();
                    layout.with(|l| l.groups.clone())
                }
                key=|d: &DrawnGroup| d.group.key()
                children=move |d| card_group(ex, layout, windowed, d)
            />
        }
    };
    let total = move || ex.results.with(|r| r.positions.len());
    let has_cards = move || total() > 0;
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
        <div class="cards-view" class:windowed=windowed node_ref=win.list>
            <CiteNotice kind=Landing::Position />
            <div class="group-switch" role="group" aria-label=ex.tr("group.label")>
                <span aria-hidden="true">{ex.tr("group.label")}</span>
                {group_button(GroupBy::Actor, "group.actor")}
                {group_button(GroupBy::Topic, "group.topic")}
            </div>
            <ShowIf
                when=has_cards
                fallback=|| view! { <EmptyState what_key="empty.positions" /> }
            >
                <div class="list-spacer" aria-hidden="true" node_ref=win.top style=win.spacer(true)></div>
                {groups}
                <div class="list-spacer" aria-hidden="true" style=win.spacer(false)></div>
            </ShowIf>
        </div>
    }
}

/// One group: its heading with the count, and those of its cards that are drawn.
fn card_group(
    ex: ExplorerContext,
    layout: Memo<Drawn>,
    windowed: Memo<bool>,
    d: DrawnGroup,
) -> impl IntoView {
    let g = d.group;
    let (id, label) = ex.loaded.with_untracked(|l| {
        (
            g.id(&l.briefing).to_string(),
            g.label(&l.briefing).to_string(),
        )
    });
    // This group's entry in the current layout (the row stays while its key does).
    let key = g.key();
    let total = move || layout.with(|l| drawn_group(l, key).map_or(0, |x| x.group.total));
    let count = move || ex.count("count.positions", total());
    let cards = move || {
        keep_through_update();
        layout.with(|l| {
            drawn_group(l, key)
                .map(|x| x.group.shown.clone())
                .unwrap_or_default()
        })
    };
    // A drawn card's place among all the group's cards, for screen readers.
    let place = move |i: usize| layout.with(|l| drawn_group(l, key).map_or(0, |x| x.place_of(i)));
    let pad = move || layout.with(|l| drawn_group(l, key).and_then(|x| padding(x.before, x.after)));
    let block = d.index.to_string();
    let (heading, labelled_by) = (format!("group-{id}"), format!("group-{id}"));
    view! {
        <section class="card-group" aria-labelledby=labelled_by data-block=block>
            <h3 id=heading>
                <span lang=move || ex.data_lang()>{label}</span>
                " "
                <span class="group-count">{count}</span>
            </h3>
            <ul class="cards" role="list" style=pad>
                {keyed_rows(cards, move |i| view! {
                    <li
                        data-item=move || windowed.get().then(|| i.to_string())
                        aria-posinset=move || windowed.get().then(|| place(i).to_string())
                        aria-setsize=move || windowed.get().then(|| total().to_string())
                    >
                        <PositionCard index=i />
                    </li>
                })}
            </ul>
        </section>
    }
}
