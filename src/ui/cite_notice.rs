//! A link that names an item to land on (`cite=`) while the filters hide it: says so and
//! offers to show it, instead of landing nowhere.

use leptos::prelude::*;

use crate::app::use_explorer;
use crate::explore::state::Filter;
use crate::i18n::problems::around;
use crate::ui::landing::land_on;

/// What kind of item the view lands on.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Landing {
    Position,
    Event,
}

/// Shown only while `cite=` names a `kind` item that the current results leave out.
#[component]
pub fn CiteNotice(kind: Landing) -> impl IntoView {
    let ex = use_explorer();
    // (label, actor, topic) of the hidden item, if the cited one is hidden.
    let hidden = Memo::new(move |_| {
        let id = ex.state.with(|s| s.cite.clone())?;
        ex.results.with(|r| {
            ex.loaded.with(|l| {
                let b = &l.briefing;
                match kind {
                    Landing::Position => {
                        let i = b.positions.iter().position(|p| p.id == id)?;
                        let p = &b.positions[i];
                        let label =
                            format!("{} · {}", b.actor_name(&p.actor), b.topic_label(&p.topic));
                        (!r.positions.contains(&i))
                            .then(|| (id, label, p.actor.clone(), p.topic.clone()))
                    }
                    Landing::Event => {
                        let i = b.events.iter().position(|e| e.id == id)?;
                        let e = &b.events[i];
                        let label = format!("“{}” — {}", e.when, e.title);
                        (!r.events.contains(&i)).then(|| (id, label, String::new(), String::new()))
                    }
                }
            })
        })
    });
    // The reader arrived for this item: the keyboard starts at the way to it.
    Effect::new(move |_| {
        if hidden.with(Option::is_some) {
            land_on(".cite-notice button".to_string());
        }
    });
    let (message, action) = match kind {
        Landing::Position => ("cite.hidden.position", "cite.show.position"),
        Landing::Event => ("cite.hidden.event", "cite.show.event"),
    };
    move || {
        hidden.get().map(|(id, label, actor, topic)| {
            // The item's name sits in the sentence as an isolated run of the data's language.
            let (before, after) = around(ex.t(message), "name");
            view! {
                <div class="cite-notice" role="note">
                    <p>
                        {before}
                        <bdi lang=ex.data_lang()>{label}</bdi>
                        {after}
                        " "
                        <button type="button" class="link-button" on:click=move |_| {
                            // Only what it takes to show it: its own actor and topic, or
                            // no filter for an event. `cite=` stays, so the view lands on it.
                            let (id, actor, topic) = (id.clone(), actor.clone(), topic.clone());
                            ex.update(move |s| {
                                s.filter = Filter::default();
                                if kind == Landing::Position {
                                    s.filter.actors = [actor].into();
                                    s.filter.topics = [topic].into();
                                }
                                s.cite = Some(id);
                            });
                        }>{ex.t(action)}</button>
                    </p>
                </div>
            }
        })
    }
}
