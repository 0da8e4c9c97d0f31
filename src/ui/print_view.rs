//! The printed document: every filtered position (stance, attribution, quote) and the
//! filtered timeline, as plain text blocks. Hidden on screen; the print stylesheet shows it
//! instead of the interactive views. Very large selections are printed from what the
//! screen shows, to keep filtering fast.

use leptos::prelude::*;

use crate::app::use_explorer;

/// Above this many positions the print copy is not kept in the page.
const INLINE_LIMIT: usize = 500;

#[component]
pub fn PrintView() -> impl IntoView {
    let ex = use_explorer();
    move || {
        let lang = ex.lang.get();
        let t = move |key: &str| crate::i18n::text(lang, key);
        ex.results.with(|r| {
            if r.positions.len() > INLINE_LIMIT {
                return ().into_any();
            }
            ex.loaded.with(|l| {
                let b = &l.briefing;
                let name = |id: &str| b.actors.iter().find(|a| a.id == id).map_or(id.to_string(), |a| a.name.clone());
                let label = |id: &str| b.topics.iter().find(|x| x.id == id).map_or(id.to_string(), |x| x.label.clone());
                let positions = r
                    .positions
                    .iter()
                    .map(|&i| {
                        let p = &b.positions[i];
                        let quotes = p
                            .quotes
                            .iter()
                            .map(|q| view! { <blockquote>"“" {q.text.clone()} "”"</blockquote> })
                            .collect_view();
                        view! {
                            <article class="print-item">
                                <h4>{format!("{} — {}", name(&p.actor), label(&p.topic))}</h4>
                                <p>
                                    <strong>{t(&format!("stance.{}", p.stance.as_str()))}</strong>
                                    {format!(" · {}", t(&format!("attribution.{}", p.attribution.as_str())))}
                                </p>
                                <p>{p.summary.clone()}</p>
                                {quotes}
                            </article>
                        }
                    })
                    .collect_view();
                let events = r
                    .events
                    .iter()
                    .map(|&i| {
                        let e = &b.events[i];
                        view! {
                            <li>
                                <strong>{format!("“{}” ({}) — {}", e.when, t(&format!("phase.{}", e.phase.as_str())), e.title)}</strong>
                                <p>{e.summary.clone()}</p>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="print-view" aria-hidden="true">
                        <h2>{t("view.cards")}</h2>
                        {positions}
                        <h2>{t("view.timeline")}</h2>
                        <ol>{events}</ol>
                    </section>
                }
                .into_any()
            })
        })
    }
}
