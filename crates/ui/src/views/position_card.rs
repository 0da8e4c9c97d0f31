//! One position: who, on what, which stance, how we know, and the verbatim words.

use leptos::prelude::*;

use i18n::keys;

use crate::context::use_explorer;
use crate::parts::copy_button::{CopyButton, CITATION, LINK};
use crate::parts::highlighted::Highlighted;
use crate::parts::links::{card_link, ShowInSource};
use crate::parts::stance_badge::StanceBadge;
use explore::export::citation;

/// The card for `briefing.positions[index]`; carries `data-position-id`.
#[component]
pub fn PositionCard(index: usize) -> impl IntoView {
    let ex = use_explorer();
    // A card is drawn anew for a new briefing: its language is read once.
    let Some((p, actor, topic, lang)) = ex.loaded.with_untracked(|l| {
        let b = &l.briefing;
        let p = b.positions.get(index)?.clone();
        let actor = b.actors.iter().find(|a| a.id == p.actor)?.name.clone();
        let topic = b.topics.iter().find(|t| t.id == p.topic)?.label.clone();
        Some((p, actor, topic, b.language.clone()))
    }) else {
        return ().into_any();
    };
    let title_id = format!("card-{}", p.id);
    let attribution_key = keys::attribution(&p.attribution);
    let quotes = p
        .quotes
        .iter()
        .map(|q| {
            view! {
                <blockquote class="quote" lang=lang.clone()>
                    <p>"“" <Highlighted text=q.text.clone() /> "”"</p>
                </blockquote>
            }
        })
        .collect_view();
    let cite = p.id.clone();
    let (for_citation, for_link) = (p.clone(), p.clone());
    let citation_text = move |_: ()| {
        ex.state.with_untracked(|s| {
            ex.loaded.with_untracked(|l| {
                let link = card_link(s, &l.briefing, &for_citation);
                let how = ex.t(&keys::attribution(&for_citation.attribution));
                citation(
                    &l.briefing,
                    &for_citation,
                    ex.t("source.untitled"),
                    how,
                    &link,
                )
            })
        })
    };
    // Empty while a local file is shown: the button then says no link can show it.
    let link_text = move |_: ()| {
        ex.state.with_untracked(|s| {
            ex.loaded
                .with_untracked(|l| card_link(s, &l.briefing, &for_link))
        })
    };
    let (position_id, labelled_by) = (p.id.clone(), title_id.clone());
    view! {
        <article class="card" data-position-id=position_id aria-labelledby=labelled_by tabindex="-1">
            <header class="card-head">
                <h4 id=title_id lang=lang.clone()>
                    <span class="card-actor">
                        <Highlighted text=actor />
                    </span>
                    <span class="card-sep">" · "</span>
                    <span class="card-topic">
                        <Highlighted text=topic />
                    </span>
                </h4>
                <StanceBadge stance=p.stance.clone() />
            </header>
            <p class="card-summary" lang=lang>
                <Highlighted text=p.summary.clone() />
            </p>
            <p class="attribution">
                <span class="visually-hidden">{ex.tr("card.how_we_know")}</span>
                {ex.tr_owned(attribution_key)}
            </p>
            {quotes}
            <div class="card-actions">
                <ShowInSource id=cite />
                <CopyButton words=CITATION text=citation_text />
                <CopyButton words=LINK text=link_text link=true />
            </div>
        </article>
    }
    .into_any()
}
