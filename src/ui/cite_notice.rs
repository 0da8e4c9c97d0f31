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
    // (id, label, the filter that shows it) of the cited item, if the filters hide it.
    let hidden = Memo::new(move |_| {
        let id = ex.state.with(|s| s.cite.clone())?;
        ex.results.with(|r| {
            ex.loaded.with(|l| {
                let b = &l.briefing;
                match kind {
                    Landing::Position => {
                        let i = b.positions.iter().position(|p| p.id == id)?;
                        let p = &b.positions[i];
                        (!r.positions.contains(&i)).then(|| {
                            (
                                id,
                                b.position_label(p),
                                Filter::for_cell(&p.actor, &p.topic),
                            )
                        })
                    }
                    Landing::Event => {
                        let i = b.events.iter().position(|e| e.id == id)?;
                        let e = &b.events[i];
                        (!r.events.contains(&i)).then(|| (id, e.label(), Filter::default()))
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
        hidden.get().map(|(id, label, shows_it)| {
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
                            let (id, shows_it) = (id.clone(), shows_it.clone());
                            ex.update(move |s| {
                                s.filter = shows_it;
                                s.cite = Some(id);
                            });
                        }>{ex.t(action)}</button>
                    </p>
                </div>
            }
        })
    }
}
