//! The position cards, grouped by actor or by topic (`explore::groups`). A long list draws
//! only the grid rows near the screen (`explore::window`), the rest held by padding, so a
//! briefing with thousands of positions filters and scrolls at the cost of one screen.

use leptos::html;
use leptos::prelude::*;

use crate::explore::groups::card_groups;
use crate::explore::state::GroupBy;
use crate::explore::window::{
    offset_of, whole, window, Drawn, DrawnGroup, Geometry, Heights, Screen,
};
use crate::ui::browser::focus::{keep_through_update, land_on, present, quoted};
use crate::ui::browser::page;
use crate::ui::browser::viewport::{self, CardSizes};
use crate::ui::context::use_explorer;
use crate::ui::parts::cite_notice::{CiteNotice, Landing};
use crate::ui::parts::empty_state::EmptyState;
use crate::ui::views::position_card::PositionCard;

/// Lists of more cards than this draw only what is near the screen. Shorter ones are drawn
/// whole: every card stays in the page for find-in-page, and the built page has them all.
const WINDOW_FROM: usize = 60;
/// How far beyond the screen a windowed list draws, in screen heights on each side.
const OVERSCAN: f64 = 0.5;
/// The first guess at the grid, before a drawn list is measured.
const FIRST_GUESS: Geometry = Geometry {
    columns: 1,
    gap: 12.0,
    heading: 56.0,
    estimate: 256.0,
};

/// `px` rounded to whole pixels, as an integer: formatting a float would pull the float
/// formatter (about 5 KB of gzip) into the wasm.
fn whole_px(px: f64) -> i64 {
    px.round() as i64
}

/// `padding` in pixels as a style, or none when there is none.
fn padding(before: f64, after: f64) -> Option<String> {
    (before > 0.0 || after > 0.0).then(|| {
        format!(
            "padding-top:{}px;padding-bottom:{}px",
            whole_px(before),
            whole_px(after)
        )
    })
}

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
    let printing = RwSignal::new(false);
    Effect::new(move |_| page::follow_print_media(printing));

    // What a windowed list knows of the screen: the range it covers, its grid, and the
    // heights of the cards drawn so far (`measured` counts changes to them).
    let list: NodeRef<html::Div> = NodeRef::new();
    let top: NodeRef<html::Div> = NodeRef::new();
    let screen = RwSignal::new(Screen {
        range: (0.0, 1500.0),
        geometry: FIRST_GUESS,
        measured: 0,
    });
    let heights = StoredValue::new(Heights::default());
    // A newly loaded briefing's indexes mean other positions.
    Effect::new(move |_| {
        ex.loaded.track();
        heights.set_value(Heights::default());
    });
    // The grid as measured, with the mean measured card standing in for the others.
    let measured = move |geo: Geometry| Geometry {
        estimate: heights.with_value(|h| h.estimate(geo.estimate)),
        ..geo
    };
    let measure_range = move || {
        if !windowed.get_untracked() {
            return;
        }
        let Some(r) = top
            .get_untracked()
            .and_then(|el| viewport::range_in(&el, OVERSCAN))
        else {
            return;
        };
        if screen.with_untracked(|s| s.range != r) {
            screen.update(|s| s.range = r);
        }
    };
    Effect::new(move |_| viewport::follow_scroll(measure_range));
    let on_sizes = move |batch: Vec<(usize, f64)>| {
        let changed = heights
            .try_update_value(|h| batch.iter().fold(false, |c, &(i, px)| h.set(i, px) || c))
            .unwrap_or(false);
        if let Some((columns, gap, heading)) = list
            .get_untracked()
            .and_then(|el| viewport::grid_measures(&el))
        {
            let geo = Geometry {
                columns,
                gap,
                heading,
                ..FIRST_GUESS
            };
            if screen.with_untracked(|s| s.geometry != geo) {
                screen.update(|s| s.geometry = geo);
            }
        }
        if changed {
            screen.update(|s| s.measured = s.measured.wrapping_add(1));
        }
    };
    let sizes = StoredValue::new_local(None::<CardSizes>);

    // Which groups and cards are drawn, as plain indexes, so that the keyed lists below
    // create a card only when it first appears: a keystroke or a scroll that keeps most
    // cards reuses their nodes instead of rebuilding the page.
    let layout = Memo::new(move |_| {
        if !windowed.get() || printing.get() {
            return all.with(|gs| whole(gs));
        }
        let Screen {
            range: (from, to),
            geometry,
            ..
        } = screen.get();
        let geo = measured(geometry);
        heights.with_value(|h| {
            all.with(|gs| {
                window(
                    gs,
                    &geo,
                    |i| h.get(i, geo.estimate),
                    |_| geo.heading,
                    from,
                    to,
                )
            })
        })
    });
    // After each change, measure where the list now is and watch the cards now drawn.
    Effect::new(move |_| {
        layout.track();
        if !windowed.get() {
            return;
        }
        request_animation_frame(move || {
            measure_range();
            if let Some(el) = list.get_untracked() {
                sizes.update_value(|s| {
                    if s.is_none() {
                        *s = CardSizes::new(on_sizes);
                    }
                    if let Some(s) = s {
                        s.watch(&el);
                    }
                });
            }
        });
    });
    // Landing on a card of a windowed list: scroll to where the card should be, and once
    // that is drawn (and the grid measured), again until the card is there; a few tries.
    fn land_windowed(
        id: String,
        tries: u8,
        ex: crate::ui::context::ExplorerContext,
        screen: RwSignal<Screen>,
        place: impl Fn(usize) -> Option<f64> + Copy + 'static,
        scroll: impl Fn(f64) + Copy + 'static,
    ) {
        let selector = format!("[data-position-id={}]", quoted(&id));
        // Drawn by a measured grid: before that, the first guess may still move it away.
        let settled = screen.with_untracked(|s| s.measured > 0);
        if (settled && present(&selector)) || tries == 0 {
            land_on(selector);
            return;
        }
        // `place` is none for a card the filters leave out: nothing to land on.
        let card = ex
            .loaded
            .with_untracked(|l| l.briefing.positions.iter().position(|p| p.id == id));
        let Some(y) = card.and_then(place) else {
            return;
        };
        scroll(y);
        request_animation_frame(move || land_windowed(id, tries - 1, ex, screen, place, scroll));
    }
    let place = move |card: usize| {
        let geo = measured(screen.with_untracked(|s| s.geometry));
        heights.with_value(|h| {
            all.with_untracked(|gs| {
                offset_of(gs, &geo, |i| h.get(i, geo.estimate), |_| geo.heading, card)
            })
        })
    };
    let scroll = move |y: f64| {
        if let Some(el) = top.get_untracked() {
            viewport::scroll_into_list(&el, y);
            measure_range();
        }
    };
    Effect::new(move |_| {
        // Again when the results change under the same `cite=` (the cite notice's "show
        // it" link keeps it while it changes the filters).
        ex.results.track();
        let Some(id) = cited.get() else {
            return;
        };
        if windowed.get_untracked() {
            land_windowed(id, 10, ex, screen, place, scroll);
        } else {
            land_on(format!("[data-position-id={}]", quoted(&id)));
        }
    });

    let group_view = move |d: DrawnGroup| {
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
        let place = move |i: usize| {
            layout.with(|l| {
                drawn_group(l, key).map_or(0, |x| {
                    x.first + x.group.shown.iter().position(|&c| c == i).unwrap_or(0) + 1
                })
            })
        };
        let pad =
            move || layout.with(|l| drawn_group(l, key).and_then(|x| padding(x.before, x.after)));
        let (heading, labelled_by) = (format!("group-{id}"), format!("group-{id}"));
        view! {
            <section class="card-group" aria-labelledby=labelled_by>
                <h3 id=heading>
                    <span lang=move || ex.data_lang()>{label}</span>
                    " "
                    <span class="group-count">{count}</span>
                </h3>
                <ul class="cards" role="list" style=pad>
                    <For each=cards key=|i| *i let(i)>
                        <li
                            data-card=move || windowed.get().then(|| i.to_string())
                            aria-posinset=move || windowed.get().then(|| place(i).to_string())
                            aria-setsize=move || windowed.get().then(|| total().to_string())
                        >
                            <PositionCard index=i />
                        </li>
                    </For>
                </ul>
            </section>
        }
    };
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
                children=group_view
            />
        }
    };
    let total = move || ex.results.with(|r| r.positions.len());
    let has_cards = move || total() > 0;
    let spacer = move |before: bool| {
        move || {
            layout.with(|l| {
                let px = if before { l.before } else { l.after };
                (px > 0.0).then(|| format!("height:{}px", whole_px(px)))
            })
        }
    };
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
        <div class="cards-view" class:windowed=windowed node_ref=list>
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
                <div class="list-spacer" aria-hidden="true" node_ref=top style=spacer(true)></div>
                {groups}
                <div class="list-spacer" aria-hidden="true" style=spacer(false)></div>
            </Show>
        </div>
    }
}
