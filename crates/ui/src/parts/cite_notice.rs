//! A link that names an item to land on (`cite=`) while the filters hide it: says so and
//! offers to show it, instead of landing nowhere.

use leptos::prelude::*;

use crate::browser::focus::land_on;
use crate::context::use_explorer;
use crate::parts::effect::effect;
use explore::landing::Target;
use explore::segments::Citer;
use i18n::around;

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
    // The cited item's label and target, if the filters hide it.
    let hidden = Memo::new(move |_| {
        let id = ex.state.with(|s| s.cite.clone())?;
        ex.results.with(|r| {
            ex.loaded.with(|l| {
                let b = &l.briefing;
                let citer = explore::landing::citer_by_id(b, &id)?;
                let (shown, label) = match (kind, citer) {
                    (Landing::Position, Citer::Position(i)) => {
                        (r.positions.contains(&i), b.position_label(&b.positions[i]))
                    }
                    (Landing::Event, Citer::Event(i)) => {
                        (r.events.contains(&i), b.events[i].label())
                    }
                    _ => return None,
                };
                if shown {
                    return None;
                }
                Some((label, Target::of(b, citer)?))
            })
        })
    });
    // The reader arrived for this item: the keyboard starts at the way to it.
    effect(move || {
        if hidden.with(Option::is_some) {
            land_on(".cite-notice button".to_string());
        }
    });
    let (message, action) = match kind {
        Landing::Position => ("cite.hidden.position", "cite.show.position"),
        Landing::Event => ("cite.hidden.event", "cite.show.event"),
    };
    move || {
        hidden.get().map(|(label, target)| {
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
                            // Only what it takes to show it; `cite=` stays, so the view
                            // lands on it.
                            let target = target.clone();
                            ex.update(move |s| s.land_on(&target, false));
                        }>{ex.t(action)}</button>
                    </p>
                </div>
            }
        })
    }
}
