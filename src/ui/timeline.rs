//! The discussion timeline: past, present and future in the source's order, in its own
//! time words, with a "now" marker; each event links its actors, topics and positions.

use leptos::prelude::*;

use crate::app::use_explorer;
use crate::briefing::Phase;
use crate::explore::state::View;
use crate::ui::cite_notice::{CiteNotice, Landing};
use crate::ui::empty_state::EmptyState;
use crate::ui::highlighted::Highlighted;
use crate::ui::landing::{land_on, quoted};
use crate::ui::links::{ShowInSource, StateLink};
use crate::ui::stance_badge::StanceIcon;

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
                limit.set((rank / PAGE + 1) * PAGE);
            }
            land_on(format!("[data-event-id={}] > article", quoted(&id)));
        }
    });
    let phases = move || {
        let limit = limit.get();
        ex.results.with(|r| {
            let shown = &r.events[..r.events.len().min(limit)];
            Phase::ALL
                .iter()
                .filter_map(|phase| {
                    let events: Vec<usize> = ex.loaded.with(|l| {
                        shown
                            .iter()
                            .copied()
                            .filter(|&i| l.briefing.events[i].phase == *phase)
                            .collect()
                    });
                    let is_present = *phase == Phase::Present;
                    let key = format!("phase.{}", phase.as_str());
                    let heading_id = format!("phase-{}", phase.as_str());
                    let marker = is_present.then(|| {
                        view! {
                            <div class="now-marker" role="separator" aria-label=move || ex.t("timeline.now")>
                                <span aria-hidden="true">{move || ex.t("timeline.now")}</span>
                            </div>
                        }
                    });
                    if events.is_empty() {
                        return marker.map(|m| m.into_any());
                    }
                    let labelled_by = heading_id.clone();
                    Some(
                        view! {
                            {marker}
                            <section class=format!("phase phase-{}", phase.as_str()) aria-labelledby=labelled_by>
                                <h3 id=heading_id>{move || ex.t(&key)}</h3>
                                <ol class="events">
                                    {events.into_iter().map(|i| view! { <TimelineEvent index=i /> }).collect_view()}
                                </ol>
                            </section>
                        }
                        .into_any(),
                    )
                })
                .collect_view()
        })
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
            <Show when=any fallback=|| view! { <EmptyState what_key="empty.events" /> }>
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
    let (actors, topics, positions) = ex.loaded.with_untracked(|l| {
        let b = &l.briefing;
        let actors: Vec<(String, String)> = b
            .actors
            .iter()
            .filter(|a| event.actors.contains(&a.id))
            .map(|a| (a.id.clone(), a.name.clone()))
            .collect();
        let topics: Vec<(String, String)> = b
            .topics
            .iter()
            .filter(|t| event.topics.contains(&t.id))
            .map(|t| (t.id.clone(), t.label.clone()))
            .collect();
        // The positions this event involves: those stated in the passages it cites (an
        // actor's position on the same topic said elsewhere in the article is not).
        let positions: Vec<(String, String, String, String, crate::briefing::Stance)> = b
            .positions
            .iter()
            .filter(|p| {
                p.quotes
                    .iter()
                    .any(|q| event.quotes.iter().any(|e| e.overlaps(q)))
            })
            .map(|p| {
                (
                    p.id.clone(),
                    p.actor.clone(),
                    p.topic.clone(),
                    b.position_label(p),
                    p.stance.clone(),
                )
            })
            .collect();
        (actors, topics, positions)
    });
    let has_actors = !actors.is_empty();
    let has_topics = !topics.is_empty();
    let actor_links = actors
        .into_iter()
        .map(|(id, name)| {
            let data_lang = data_lang.clone();
            view! {
                <li>
                    // Stays on the timeline: an actor may take part without taking positions.
                    <StateLink change=move |s| {
                        s.filter.actors = [id.clone()].into();
                    }><span lang=data_lang.clone()>{name}</span></StateLink>
                </li>
            }
        })
        .collect_view();
    let topic_links = topics
        .into_iter()
        .map(|(id, label)| {
            let data_lang = data_lang.clone();
            view! {
                <li>
                    <StateLink change=move |s| {
                        s.filter.topics = [id.clone()].into();
                    }><span lang=data_lang.clone()>{label}</span></StateLink>
                </li>
            }
        })
        .collect_view();
    let has_positions = !positions.is_empty();

    let position_links = positions
        .into_iter()
        .map(|(id, actor, topic, label, stance)| {
            let data_lang = data_lang.clone();
            let key = format!("stance.{}", stance.as_str());
            view! {
                <li>
                    // Lands on that card.
                    <StateLink change=move |s| {
                        s.filter = Default::default();
                        s.filter.actors = [actor.clone()].into();
                        s.filter.topics = [topic.clone()].into();
                        s.view = View::Cards;
                        s.cite = Some(id.clone());
                    }>
                        <span class=format!("stance stance-{}", stance.as_str())>
                            <StanceIcon stance=stance.clone() />
                        </span>
                        <span lang=data_lang.clone()>{label}</span>
                        {move || format!(" ({})", ex.t(&key))}
                    </StateLink>
                </li>
            }
        })
        .collect_view();
    let quotes = event
        .quotes
        .iter()
        .map(|q| view! { <blockquote class="quote" lang=data_lang.clone()><p>"“" <Highlighted text=q.text.clone() /> "”"</p></blockquote> })
        .collect_view();
    let title_id = format!("event-{}", event.id);
    let cite = event.id.clone();
    let (event_id, labelled_by) = (event.id.clone(), title_id.clone());
    view! {
        <li class="event" data-event-id=event_id>
            <article aria-labelledby=labelled_by tabindex="-1">
                <p class="when">
                    <span class="visually-hidden">{move || ex.t("timeline.when")}</span>
                    <span lang=data_lang.clone()>"“" <Highlighted text=event.when.clone() /> "”"</span>
                </p>
                <h4 id=title_id lang=ex.data_lang()>
                    <Highlighted text=event.title.clone() />
                </h4>
                <p lang=data_lang.clone()>
                    <Highlighted text=event.summary.clone() />
                </p>
                {quotes}
                <dl class="event-links">
                    {has_actors.then(|| view! {
                        <dt>{move || ex.t("timeline.actors")}</dt>
                        <dd><ul class="inline-list">{actor_links}</ul></dd>
                    })}
                    {has_topics.then(|| view! {
                        <dt>{move || ex.t("timeline.topics")}</dt>
                        <dd><ul class="inline-list">{topic_links}</ul></dd>
                    })}
                    {has_positions.then(|| view! {
                        <dt>{move || ex.t("timeline.positions")}</dt>
                        <dd><ul class="inline-list">{position_links}</ul></dd>
                    })}
                </dl>
                <ShowInSource id=cite />
            </article>
        </li>
    }
    .into_any()
}
