//! The filters in force, above the results: each named, each removable on its own. Embeds
//! (which hide the filter panel) and print show them too, so a reader always knows what
//! the results leave out.

use leptos::prelude::*;

use crate::browser::focus::focus_first;
use crate::context::use_explorer;
use explore::state::Active;
use i18n::fill_isolated;
use i18n::keys;

/// A list of the active filters with a remove button each; nothing when none is active.
#[component]
pub fn ActiveFilters() -> impl IntoView {
    let ex = use_explorer();
    let active = Memo::new(move |_| {
        ex.state.with(|s| {
            ex.loaded.with(|l| {
                let b = &l.briefing;
                s.filter.active(
                    b.actors.iter().map(|a| a.id.as_str()),
                    b.topics.iter().map(|t| t.id.as_str()),
                )
            })
        })
    });
    // (kind label, name, whether the name is the briefing's own words)
    let describe = move |choice: &Active| -> (&'static str, String, bool) {
        ex.loaded.with(|l| {
            let b = &l.briefing;
            match choice {
                Active::Actor(id) => (ex.t("facet.actor"), b.actor_name(id).to_string(), true),
                Active::Topic(id) => (ex.t("facet.topic"), b.topic_label(id).to_string(), true),
                Active::Stance(s) => (
                    ex.t("facet.stance"),
                    ex.t(&keys::stance(s)).to_string(),
                    false,
                ),
                Active::Phase(p) => (
                    ex.t("facet.phase"),
                    ex.t(&keys::phase(p)).to_string(),
                    false,
                ),
                // A search with its own "quotes" is shown as typed.
                Active::Search(q) if q.contains('"') => (ex.t("active.search"), q.clone(), false),
                Active::Search(q) => (ex.t("active.search"), format!("“{q}”"), false),
            }
        })
    };
    let remove = move |choice: Active| {
        ex.update(|s| s.filter.remove(&choice));
        // The button pressed is gone; keep the keyboard in the same place.
        focus_first(&[".active-filters button", "#results"]);
    };
    move || {
        let choices = active.get();
        if choices.is_empty() {
            return view! { <p class="active-filters none print-only">{ex.t("active.none")}</p> }
                .into_any();
        }
        let data_lang = ex.data_lang();
        let items = choices
            .into_iter()
            .map(|choice| {
                let (kind, name, own_words) = describe(&choice);
                let label = fill_isolated(ex.t("active.remove"), &[("name", &name)]);
                view! {
                    <li class="chip">
                        <span class="chip-kind">{kind}{ex.t("punct.colon")}</span>
                        <span class="chip-name" lang=own_words.then(|| data_lang.clone())>{name}</span>
                        <button type="button" aria-label=label on:click=move |_| remove(choice.clone())>
                            <span aria-hidden="true">"×"</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="active-filters" role="group" aria-labelledby="active-filters-label">
                <span id="active-filters-label" class="active-label">{ex.t("active.label")}</span>
                <ul class="chips">{items}</ul>
            </div>
        }
        .into_any()
    }
}
