//! The discussion timeline (`explore::timeline`): past, present and future in the source's
//! order, in its own time words, with a "now" marker; each event links its actors, topics
//! and the positions it involves.

use leptos::prelude::*;

use crate::briefing::Phase;
use crate::explore::landing::Target;
use crate::explore::timeline::{by_phase, event_links, involved_positions, limit_showing};
use crate::i18n::keys;
use crate::ui::browser::focus::{land_on, quoted};
use crate::ui::context::use_explorer;
use crate::ui::parts::cite_notice::{CiteNotice, Landing};
use crate::ui::parts::empty_state::EmptyState;
use crate::ui::parts::highlighted::Highlighted;
use crate::ui::parts::links::{ShowInSource, StateLink};
use crate::ui::parts::stance_badge::StanceIcon;

/// Events drawn at first and added per "show more".
const PAGE: usize = 100;

#[component]
pub fn Timeline() -> impl IntoView {
    let ex = use_explorer();
    let limit = RwSignal::new(PAGE);
    // `cite=` names an event to land on (from the source reader's "cited by" list).
    let cited = Memo::new(move |_| ex.state.with(|s| s.cite.clone()));
    Effect::new(move |_| {
        // Again when the results change under the same `cite=` (see the cards view).
        ex.results.track();
        if let Some(id) = cited.get() {
            // A cited event past the first page is drawn before landing on it.
            let rank = ex.results.with_untracked(|r| {
                ex.loaded.with_untracked(|l| {
                    r.events.iter().position(|&i| l.briefing.events[i].id == id)
                })
            });
            if let Some(rank) = rank.filter(|&n| n >= limit.get_untracked()) {
                limit.set(limit_showing(rank, PAGE));
            }
            land_on(format!("[data-event-id={}] > article", quoted(&id)));
        }
    });
    let phases = move || {
        let limit = limit.get();
        let groups = ex
            .results
            .with(|r| ex.loaded.with(|l| by_phase(&l.briefing, &r.events, limit)));
        groups
            .into_iter()
            .map(|group| {
                let phase = group.phase.as_str().to_string();
                let marker = (group.phase == Phase::Present).then(|| {
                    view! {
                        <div class="now-marker" role="separator" aria-label=ex.tr("timeline.now")>
                            <span aria-hidden="true">{ex.tr("timeline.now")}</span>
                        </div>
                    }
                });
                if group.events.is_empty() {
                    return marker.into_any();
                }
                let key = keys::phase(&group.phase);
                let (heading_id, labelled_by) = (format!("phase-{phase}"), format!("phase-{phase}"));
                view! {
                    {marker}
                    <section class=format!("phase phase-{phase}") aria-labelledby=labelled_by>
                        <h3 id=heading_id>{ex.tr_owned(key)}</h3>
                        <ol class="events">
                            {group.events.into_iter().map(|i| view! { <TimelineEvent index=i /> }).collect_view()}
                        </ol>
                    </section>
                }
                .into_any()
            })
            .collect_view()
    };
    let any = move || ex.results.with(|r| !r.events.is_empty());
    let more = move || {
        ex.results
            .with(|r| r.events.len())
            .saturating_sub(limit.get())
    };
    view! {
        <div class="timeline-view">
            <CiteNotice kind=Landing::Event />
            <Show when=any fallback=|| view! { <EmptyState what_key="empty.events" of_events=true /> }>
                {phases}
                {move || (more() > 0).then(|| view! {
                    <button type="button" class="show-more" on:click=move |_| limit.update(|n| *n += PAGE)>
                        {move || ex.count("timeline.show_more", more().min(PAGE))}
                    </button>
                })}
            </Show>
        </div>
    }
}

/// One event; carries `data-event-id`.
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
    let (event_id, cite) = (event.id.clone(), event.id.clone());
    view! {
        <li class="event" data-event-id=event_id>
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
        </li>
    }
    .into_any()
}
