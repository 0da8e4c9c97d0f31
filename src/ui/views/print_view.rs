//! The printed document: every filtered position (stance, attribution, quote) and the
//! filtered timeline, as plain text blocks, drawn only while printing; the print
//! stylesheet shows it instead of the interactive views.

use leptos::prelude::*;

use crate::i18n::keys;
use crate::ui::browser::page::follow_print_media;
use crate::ui::context::use_explorer;
use crate::ui::controls::active_filters::ActiveFilters;
use crate::ui::controls::result_count::summary;

/// Above this many positions the print copy is not drawn (the screen's view prints).
const INLINE_LIMIT: usize = 5_000;

#[component]
pub fn PrintView() -> impl IntoView {
    let ex = use_explorer();
    // Kept out of the page until printing: thousands of hidden nodes would slow every
    // filter change for nothing.
    let printing = RwSignal::new(false);
    Effect::new(move |_| follow_print_media(printing));
    move || {
        if !printing.get() {
            return ().into_any();
        }
        let lang = ex.lang.get();
        let t = move |key: &str| crate::i18n::text(lang, key);
        ex.results.with(|r| {
            if r.positions.len() > INLINE_LIMIT {
                return ().into_any();
            }
            ex.loaded.with(|l| {
                let b = &l.briefing;
                let data_lang = b.language.clone();
                let shown = summary(lang, r.positions.len(), r.events.len());
                let positions = r
                    .positions
                    .iter()
                    .map(|&i| {
                        let p = &b.positions[i];
                        let quotes = p
                            .quotes
                            .iter()
                            .map(|q| view! { <blockquote lang=data_lang.clone()>"“" {q.text.clone()} "”"</blockquote> })
                            .collect_view();
                        view! {
                            <article class="print-item">
                                <h4 lang=data_lang.clone()>{format!("{} — {}", b.actor_name(&p.actor), b.topic_label(&p.topic))}</h4>
                                <p>
                                    <strong>{t(&keys::stance(&p.stance))}</strong>
                                    {format!(" · {}", t(&keys::attribution(&p.attribution)))}
                                </p>
                                <p lang=data_lang.clone()>{p.summary.clone()}</p>
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
                                <strong>
                                    <span lang=data_lang.clone()>{format!("“{}”", e.when)}</span>
                                    {format!(" ({}) — ", t(&keys::phase(&e.phase)))}
                                    <span lang=data_lang.clone()>{e.title.clone()}</span>
                                </strong>
                                <p lang=data_lang.clone()>{e.summary.clone()}</p>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="print-view" aria-hidden="true">
                        <ActiveFilters />
                        <p class="print-shown">{shown}</p>
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
