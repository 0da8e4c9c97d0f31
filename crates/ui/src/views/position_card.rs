//! One position: who, on what, which stance, how we know, and the verbatim words.

use leptos::html;
use leptos::prelude::*;

use i18n::keys;
use leptos::task::spawn_local;

use crate::browser::clipboard::copy_to_clipboard;
use crate::context::use_explorer;
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
    let copied: RwSignal<&'static str> = RwSignal::new("");
    // Shown, selected, when the browser refuses to copy, so the reader can copy by hand.
    let fallback: RwSignal<Option<String>> = RwSignal::new(None);
    let fallback_area: NodeRef<html::Textarea> = NodeRef::new();
    let position = p.clone();
    let copy = move |_| {
        let text = ex.state.with_untracked(|s| {
            ex.loaded.with_untracked(|l| {
                let link = card_link(s, &l.briefing, &position);
                let how = ex.t(&keys::attribution(&position.attribution));
                citation(&l.briefing, &position, ex.t("source.untitled"), how, &link)
            })
        });
        spawn_local(async move {
            if copy_to_clipboard(&text).await {
                fallback.set(None);
                copied.set("card.copied");
            } else {
                fallback.set(Some(text));
                copied.set("card.copy_failed");
                request_animation_frame(move || {
                    if let Some(area) = fallback_area.get_untracked() {
                        let _ = area.focus();
                        area.select();
                    }
                });
            }
        });
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
                <button type="button" class="link-button" on:click=copy>
                    {ex.tr("card.copy_citation")}
                </button>
                <span class="copy-status" role="status">
                    {move || if copied.get().is_empty() { "" } else { ex.t(copied.get()) }}
                </span>
            </div>
            {move || fallback.get().map(|text| view! {
                <textarea
                    class="citation-text"
                    node_ref=fallback_area
                    readonly
                    rows="5"
                    aria-label=ex.tr("card.citation_label")
                    prop:value=text
                ></textarea>
            })}
        </article>
    }
    .into_any()
}
