//! The source reader: the whole article, every passage cited by the filtered positions and
//! events highlighted; a highlight opens the list of what cites it, and a "show in source"
//! link lands on its passage, scrolled into view and focused. Search matches are marked
//! in the text as in the cards.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::app::use_explorer;
use crate::explore::fold::match_ranges;
use crate::explore::segments::{segments, Citer};
use crate::explore::state::{Filter, View};
use crate::ui::empty_state::EmptyState;
use crate::ui::header::attribution;
use crate::ui::highlighted::marked;
use crate::ui::landing::{focus_on, land_on, reveal};
use crate::ui::links::StateLink;

/// Runs of text drawn before "show the rest": thousands of citations make a heavy page.
const SEGMENTS: usize = 600;

#[component]
pub fn SourceReader() -> impl IntoView {
    let ex = use_explorer();
    let whole = RwSignal::new(false);
    let truncated = RwSignal::new(false);
    // The passage whose citers are listed: (source index, segment start).
    let selected: RwSignal<Option<(usize, usize)>> = RwSignal::new(None);
    let cite = Memo::new(move |_| ex.state.with(|s| s.cite.clone()));

    let body = move || {
        truncated.set(false);
        let lang = ex.lang.get();
        let cite = cite.get();
        let terms = ex.terms.get();
        ex.results.with(|r| {
            ex.loaded.with(|l| {
                let b = &l.briefing;
                // The cited item is highlighted even when the filters hide it.
                let cited_item = cite.as_deref().and_then(|id| {
                    b.positions
                        .iter()
                        .position(|p| p.id == id)
                        .map(Citer::Position)
                        .or_else(|| b.events.iter().position(|e| e.id == id).map(Citer::Event))
                });
                let mut citers: Vec<Citer> = r.positions.iter().map(|&i| Citer::Position(i)).collect();
                citers.extend(r.events.iter().map(|&i| Citer::Event(i)));
                if let Some(c) = cited_item {
                    if !citers.contains(&c) {
                        citers.push(c);
                    }
                }
                b.sources
                    .iter()
                    .enumerate()
                    .map(|(si, source)| {
                        let quotes: Vec<(usize, usize, Citer)> = citers
                            .iter()
                            .flat_map(|&c| {
                                let qs = match c {
                                    Citer::Position(i) => &b.positions[i].quotes,
                                    Citer::Event(i) => &b.events[i].quotes,
                                };
                                qs.iter().filter(|q| q.source == source.id).map(move |q| (q.start, q.end, c))
                            })
                            .collect();
                        let mut landed = false;
                        let all = segments(&source.text, &quotes);
                        // Over the whole text, so a match across two runs is found.
                        let marks = match_ranges(&source.text, &terms);
                        // Long sources are drawn in part (always up to the cited passage).
                        let target_at = cited_item
                            .and_then(|c| all.iter().position(|s| s.cited_by.contains(&c)))
                            .unwrap_or(0);
                        let limit = if whole.get() { usize::MAX } else { SEGMENTS.max(target_at + 40) };
                        if all.len() > limit {
                            truncated.set(true);
                        }
                        let runs = all
                            .into_iter()
                            .take(limit)
                            .map(|seg| {
                                if seg.cited_by.is_empty() {
                                    return marked(seg.text, seg.byte, &marks).into_any();
                                }
                                // Every run of the cited item is marked; the first is where
                                // "show in source" lands.
                                let current = cited_item.is_some_and(|c| seg.cited_by.contains(&c));
                                let target = !landed && current;
                                landed |= target;
                                let start = seg.start;
                                let n = seg.cited_by.len();
                                let label = crate::i18n::count(lang, "source.cited_by", n);
                                let pressed = move || selected.get() == Some((si, start));
                                // Opening keeps the passage in view above the panel; from the
                                // keyboard, focus moves into the list, which comes after the
                                // whole article in the tab order (Escape brings it back).
                                let toggle = move |keyboard: bool| {
                                    let opening = selected.get_untracked() != Some((si, start));
                                    selected.set(opening.then_some((si, start)));
                                    if opening {
                                        reveal(format!("[data-cite-at=\"{si}:{start}\"]"));
                                        if keyboard {
                                            focus_on("#cite-panel li a".to_string());
                                        }
                                    }
                                };
                                view! {
                                    // An inline span, not a <button>: buttons are atomic
                                    // boxes and would break the article's lines apart.
                                    <span
                                        role="button"
                                        tabindex="0"
                                        class="cite"
                                        class:current=current
                                        data-cite-target=target.then(|| format!("{si}:{start}"))
                                        data-cite-at=format!("{si}:{start}")
                                        // The count is in the name, not in hidden text: hidden
                                        // text would come along when the article is copied.
                                        aria-label=format!("{} ({label})", seg.text)
                                        aria-expanded=move || if pressed() { "true" } else { "false" }
                                        aria-controls="cite-panel"
                                        on:click=move |_| toggle(false)
                                        on:keydown=move |ev: KeyboardEvent| {
                                            if ev.key() == "Enter" || ev.key() == " " {
                                                ev.prevent_default();
                                                toggle(true);
                                            } else if ev.key() == "Escape" {
                                                selected.set(None);
                                            }
                                        }
                                    >
                                        {marked(seg.text, seg.byte, &marks)}
                                    </span>
                                }
                                .into_any()
                            })
                            .collect_view();
                        let title = attribution(source, lang);
                        let label = title.clone();
                        view! {
                            <article class="source" aria-label=label>
                                <h3>{title}</h3>
                                <div class="source-text" lang=b.language.clone()>{runs}</div>
                            </article>
                        }
                    })
                    .collect_view()
            })
        })
    };

    // When landing on a cited passage: scroll it into view, focus it and list its citers,
    // once it is in the DOM.
    Effect::new(move |_| {
        if cite.with(Option::is_some) {
            land_on("[data-cite-target]".to_string());
            request_animation_frame(move || {
                let Some(target) = gloo_utils::document()
                    .query_selector("[data-cite-target]")
                    .ok()
                    .flatten()
                else {
                    return;
                };
                let place = target.get_attribute("data-cite-target").unwrap_or_default();
                if let Some((si, start)) = place.split_once(':') {
                    if let (Ok(si), Ok(start)) = (si.parse(), start.parse()) {
                        selected.set(Some((si, start)));
                    }
                }
            });
        }
    });

    view! {
        <div class="source-view">
            <p class="hint">{move || ex.t("source.hint")}</p>
            // The article stays: it is still worth reading with nothing highlighted.
            {move || {
                ex.results
                    .with(|r| r.positions.is_empty() && r.events.is_empty())
                    .then(|| view! { <EmptyState what_key="empty.source" /> })
            }}
            {body}
            {move || (truncated.get() && !whole.get()).then(|| view! {
                <button type="button" class="show-more" on:click=move |_| whole.set(true)>
                    {move || ex.t("source.show_rest")}
                </button>
            })}
            <CitePanel selected />
        </div>
    }
}

/// One entry of the "cited by" list.
struct CitedItem {
    id: String,
    label: String,
    /// Interface text key: "Position" or "Event".
    kind: &'static str,
    view: View,
    filter: Filter,
}

/// Lists what cites the selected passage, each linking to its card or event.
#[component]
fn CitePanel(selected: RwSignal<Option<(usize, usize)>>) -> impl IntoView {
    let ex = use_explorer();
    // Closing returns the keyboard to the passage the list was opened from.
    let close = move || {
        if let Some((si, start)) = selected.get_untracked() {
            selected.set(None);
            land_on(format!("[data-cite-at=\"{si}:{start}\"]"));
        }
    };
    let content = move || {
        let (si, start) = selected.get()?;
        let cite = ex.state.with(|s| s.cite.clone());
        // The same items the highlight counts: those the filters show, and the cited one.
        // Each with where its link leads: its card, filtered to its cell, or its event.
        let items: Vec<CitedItem> = ex.results.with(|r| {
            ex.loaded.with(|l| {
                let b = &l.briefing;
                let source = b.sources.get(si)?;
                let covers = |q: &crate::briefing::Quote| {
                    q.source == source.id && q.start <= start && start < q.end
                };
                let shown = |id: &str, listed: bool| listed || cite.as_deref() == Some(id);
                let mut items: Vec<CitedItem> = b
                    .positions
                    .iter()
                    .enumerate()
                    .filter(|(i, p)| {
                        shown(&p.id, r.positions.contains(i)) && p.quotes.iter().any(covers)
                    })
                    .map(|(_, p)| CitedItem {
                        id: p.id.clone(),
                        label: b.position_label(p),
                        kind: "source.position",
                        view: View::Cards,
                        filter: Filter::for_cell(&p.actor, &p.topic),
                    })
                    .collect();
                items.extend(
                    b.events
                        .iter()
                        .enumerate()
                        .filter(|(i, e)| {
                            shown(&e.id, r.events.contains(i)) && e.quotes.iter().any(covers)
                        })
                        .map(|(_, e)| CitedItem {
                            id: e.id.clone(),
                            label: e.label(),
                            kind: "source.event",
                            view: View::Timeline,
                            filter: Filter::default(),
                        }),
                );
                Some(items)
            })
        })?;
        let data_lang = ex.data_lang();
        let list = items
            .into_iter()
            .map(|item| {
                let data_lang = data_lang.clone();
                let CitedItem {
                    id,
                    label,
                    kind,
                    view,
                    filter,
                } = item;
                view! {
                    <li>
                        <span class="kind">{move || ex.t(kind)}</span>
                        ": "
                        // Lands on that very card or event (`cite=`), with only the
                        // filters that keep it there to land on.
                        <StateLink change=move |s| {
                            s.cite = Some(id.clone());
                            s.filter = filter.clone();
                            s.view = view;
                        }><bdi lang=data_lang.clone()>{label}</bdi></StateLink>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <div class="cite-panel-head">
                <h3>{move || ex.t("source.cited_by_heading")}</h3>
                <button type="button" class="link-button" on:click=move |_| close()>
                    {move || ex.t("source.close_panel")}
                </button>
            </div>
            <ul>{list}</ul>
        })
    };
    // Sticky at the bottom of the screen, so the list appears where the reader is, not
    // after the whole article.
    view! {
        <aside
            id="cite-panel"
            class="cite-panel"
            class:open=move || selected.with(Option::is_some)
            aria-live="polite"
            aria-label=move || ex.t("source.cited_by_heading")
            on:keydown=move |ev: KeyboardEvent| {
                if ev.key() == "Escape" {
                    close();
                }
            }
        >
            {content}
        </aside>
    }
}
