//! The discussion timeline (`explore::timeline`): past, present and future in the source's
//! order, in its own time words, with a "now" marker; each event links its actors, topics
//! and the positions it involves.

use leptos::prelude::*;

use crate::browser::focus::{keep_through_update, quoted};
use crate::context::use_explorer;
use crate::parts::cite_notice::{CiteNotice, Landing};
use crate::parts::effect::effect;
use crate::parts::empty_state::EmptyState;
use crate::parts::highlighted::Highlighted;
use crate::parts::keyed_rows::keyed_rows;
use crate::parts::links::{ShowInSource, StateLink};
use crate::parts::list_window::{padding, ListWindow};
use crate::parts::show_if::ShowIf;
use crate::parts::stance_badge::StanceIcon;
use briefing::Phase;
use explore::landing::Target;
use explore::timeline::{by_phase, event_links, involved_positions, PhaseEvents};
use explore::window::Geometry;
use i18n::keys;

/// Timelines of more events than this draw only what is near the screen (as the cards do).
const WINDOW_FROM: usize = 60;
/// The first guess at the timeline, before a drawn one is measured.
const FIRST_GUESS: Geometry = Geometry {
    columns: 1,
    gap: 16.0,
    heading: 48.0,
    estimate: 240.0,
};

#[component]
pub fn Timeline() -> impl IntoView {
    let ex = use_explorer();
    // `cite=` names an event to land on (from the source reader's "cited by" list).
    let cited = Memo::new(move |_| ex.state.with(|s| s.cite.clone()));
    // Every shown event by phase: one block per phase, even an empty one (the "now"
    // marker stands there anyway).
    let all = Memo::new(move |_| {
        ex.results
            .with(|r| ex.loaded.with(|l| by_phase(&l.briefing, &r.events)))
    });
    let windowed = Memo::new(move |_| ex.results.with(|r| r.events.len() > WINDOW_FROM));
    let win: ListWindow<PhaseEvents> = ListWindow::new(all, windowed, FIRST_GUESS, ".events", None);
    effect(move || {
        // Again when the results change under the same `cite=` (see the cards view).
        ex.results.track();
        if let Some(id) = cited.get() {
            let event = ex
                .loaded
                .with_untracked(|l| l.briefing.events.iter().position(|e| e.id == id));
            win.land(
                format!("[data-event-id={}] > article", quoted(&id)),
                event,
                10,
            );
        }
    });
    let event_id = move |i: usize| {
        ex.loaded
            .with_untracked(|l| l.briefing.events.get(i).map(|e| e.id.clone()))
    };
    // The three phases are always there; each draws what the layout holds of it.
    let phase_view = move |k: usize, phase: Phase| {
        let drawn = win.block(k);
        let is_drawn = move || drawn.with(Option::is_some);
        let present = phase == Phase::Present;
        let marker = move || {
            (present && is_drawn()).then(|| {
                view! {
                    <div class="now-marker" role="separator" aria-label=ex.tr("timeline.now")>
                        <span aria-hidden="true">{ex.tr("timeline.now")}</span>
                    </div>
                }
            })
        };
        let total = move || win.total(k);
        let events = move || {
            keep_through_update();
            drawn.with(|d| {
                d.as_ref()
                    .map(|x| x.group.events.clone())
                    .unwrap_or_default()
            })
        };
        // A drawn event's place among all the phase's events, for screen readers.
        let place = move |i: usize| drawn.with(|d| d.as_ref().map_or(0, |x| x.place_of(i)));
        let pad = move || drawn.with(|d| d.as_ref().and_then(|x| padding(x.before, x.after)));
        let title = ex.tr_owned(keys::phase(&phase));
        let name = phase.as_str();
        let (heading_id, labelled_by) = (format!("phase-{name}"), format!("phase-{name}"));
        let class = format!("phase phase-{name}");
        view! {
            // Marked as a block only while drawn: a block left out is measured as nothing.
            <div class="phase-block" data-block=move || is_drawn().then(|| k.to_string())>
                {marker}
                <ShowIf when=move || { is_drawn() && total() > 0 }>
                    <section class=class.clone() aria-labelledby=labelled_by.clone()>
                        <h3 id=heading_id.clone()>{title.clone()}</h3>
                        <ol class="events" style=pad>
                            {keyed_rows(events, move |i| view! {
                                <li
                                    class="event"
                                    data-event-id=event_id(i)
                                    data-item=move || windowed.get().then(|| i.to_string())
                                    aria-posinset=move || windowed.get().then(|| place(i).to_string())
                                    aria-setsize=move || windowed.get().then(|| total().to_string())
                                >
                                    <TimelineEvent index=i />
                                </li>
                            })}
                        </ol>
                    </section>
                </ShowIf>
            </div>
        }
    };
    let any = move || ex.results.with(|r| !r.events.is_empty());
    // A newly loaded briefing starts a fresh list: its indexes mean other events.
    let phases = move || {
        ex.loaded.track();
        Phase::ALL
            .iter()
            .enumerate()
            .map(|(k, phase)| phase_view(k, phase.clone()))
            .collect_view()
    };
    view! {
        <div class="timeline-view" class:windowed=windowed node_ref=win.list>
            <CiteNotice kind=Landing::Event />
            <ShowIf when=any fallback=|| view! { <EmptyState what_key="empty.events" of_events=true /> }>
                <div class="list-spacer" aria-hidden="true" node_ref=win.top style=win.spacer(true)></div>
                {phases}
                <div class="list-spacer" aria-hidden="true" style=win.spacer(false)></div>
            </ShowIf>
        </div>
    }
}

/// One event's card (its list item, marked `data-event-id`, is the timeline's).
#[component]
fn TimelineEvent(index: usize) -> impl IntoView {
    let ex = use_explorer();
    let Some(event) = ex
        .loaded
        .with_untracked(|l| l.briefing.events.get(index).cloned())
    else {
        return ().into_any();
    };
    // The briefing's own words carry its language (the interface's may differ).
    let data_lang = ex.data_lang();
    let (actor_links, topic_links, position_links) = ex.loaded.with_untracked(|l| {
        let data_lang = &data_lang;
        let b = &l.briefing;
        let (actors, topics) = event_links(b, &event);
        let actor_links: Vec<AnyView> = actors
            .into_iter()
            .map(|a| {
                let (id, name) = (b.actors[a].id.clone(), b.actors[a].name.clone());
                let data_lang = data_lang.clone();
                view! {
                    <li>
                        // Stays on the timeline: an actor may take part without taking positions.
                        <StateLink change=move |s| {
                            s.filter.actors = [id.clone()].into();
                        }><span lang=data_lang.clone()>{name}</span></StateLink>
                    </li>
                }
                .into_any()
            })
            .collect();
        let topic_links: Vec<AnyView> = topics
            .into_iter()
            .map(|t| {
                let (id, label) = (b.topics[t].id.clone(), b.topics[t].label.clone());
                let data_lang = data_lang.clone();
                view! {
                    <li>
                        <StateLink change=move |s| {
                            s.filter.topics = [id.clone()].into();
                        }><span lang=data_lang.clone()>{label}</span></StateLink>
                    </li>
                }
                .into_any()
            })
            .collect();
        let position_links: Vec<AnyView> = involved_positions(b, &event)
            .into_iter()
            .map(|i| {
                let p = &b.positions[i];
                let (target, label, stance) =
                    (Target::position(p), b.position_label(p), p.stance.clone());
                // The reader's filters stay when they show that card.
                let shown = ex.results.with_untracked(|r| r.positions.contains(&i));
                let key = keys::stance(&stance);
                let data_lang = data_lang.clone();
                view! {
                    <li>
                        // Lands on that card.
                        <StateLink change=move |s| s.land_on(&target, shown)>
                            <span class=format!("stance stance-{}", stance.as_str())>
                                <StanceIcon stance=stance.clone() />
                            </span>
                            <span lang=data_lang.clone()>{label}</span>
                            {move || format!(" ({})", ex.t(&key))}
                        </StateLink>
                    </li>
                }
                .into_any()
            })
            .collect();
        (actor_links, topic_links, position_links)
    });
    let links = |key: &'static str, items: Vec<AnyView>| {
        (!items.is_empty()).then(|| {
            view! {
                <dt>{ex.tr(key)}</dt>
                <dd><ul class="inline-list">{items}</ul></dd>
            }
        })
    };
    let quotes = event
        .quotes
        .iter()
        .map(|q| view! { <blockquote class="quote" lang=data_lang.clone()><p>"“" <Highlighted text=q.text.clone() /> "”"</p></blockquote> })
        .collect_view();
    let (title_id, labelled_by) = (format!("event-{}", event.id), format!("event-{}", event.id));
    let cite = event.id.clone();
    view! {
        <article aria-labelledby=labelled_by tabindex="-1">
            // The title leads; when it happened follows, labelled as the source's own
            // words (often a tense, "have intensified", rather than a date).
            <h4 id=title_id lang=data_lang.clone()>
                <Highlighted text=event.title.clone() />
            </h4>
            <p class="when">
                <span class="when-label">{ex.tr("timeline.when")}</span>
                <span lang=data_lang.clone()>"“" <Highlighted text=event.when.clone() /> "”"</span>
            </p>
            <p lang=data_lang.clone()>
                <Highlighted text=event.summary.clone() />
            </p>
            {quotes}
            <dl class="event-links">
                {links("timeline.actors", actor_links)}
                {links("timeline.topics", topic_links)}
                {links("timeline.positions", position_links)}
            </dl>
            <ShowInSource id=cite />
        </article>
    }
    .into_any()
}
