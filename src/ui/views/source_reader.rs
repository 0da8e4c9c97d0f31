//! The source reader (`explore::reader`): the whole article, every passage cited by the
//! filtered positions and events highlighted; a highlight opens the list of what cites it
//! (`cite_panel`), and a "show in source" link lands on its passage, scrolled into view
//! and focused. Search matches are marked in the text as in the cards.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::explore::fold::match_ranges;
use crate::explore::reader::{Mark, Reader};
use crate::i18n::keys;
use crate::ui::browser::focus::{attribute_of, focus_on, land_on, reveal};
use crate::ui::context::use_explorer;
use crate::ui::parts::empty_state::EmptyState;
use crate::ui::parts::highlighted::marked;
use crate::ui::views::cite_panel::CitePanel;
use crate::ui::views::header::attribution;

#[component]
pub fn SourceReader() -> impl IntoView {
    let ex = use_explorer();
    let whole = RwSignal::new(false);
    // The passage whose citers are listed: (source index, run start).
    let selected: RwSignal<Option<(usize, usize)>> = RwSignal::new(None);
    let cite = Memo::new(move |_| ex.state.with(|s| s.cite.clone()));
    let reader = Memo::new(move |_| {
        let (cite, whole) = (cite.get(), whole.get());
        ex.results.with(|r| {
            ex.loaded
                .with(|l| Reader::build(&l.briefing, r, cite.as_deref(), whole))
        })
    });

    let body = move || {
        let lang = ex.lang.get();
        let terms = ex.terms.get();
        reader.with(|reader| {
            ex.loaded.with(|l| {
                let b = &l.briefing;
                reader
                    .sources
                    .iter()
                    .map(|source_runs| {
                        let si = source_runs.source;
                        let source = &b.sources[si];
                        // Over the whole text, so a match across two runs is found.
                        let marks = match_ranges(&source.text, &terms);
                        let runs = source_runs
                            .runs
                            .iter()
                            .map(|run| {
                                let text = &source.text[run.bytes.clone()];
                                if run.cited_by.is_empty() {
                                    return marked(text, run.bytes.start, &marks).into_any();
                                }
                                let start = run.start;
                                let mark = run.mark(b).map_or("", Mark::as_str);
                                let label = crate::i18n::count(lang, "source.cited_by", run.cited_by.len());
                                let pressed = move || selected.get() == Some((si, start));
                                // Opening keeps the passage in view above the panel; from the
                                // keyboard, focus moves into the list, which comes after the
                                // whole article in the tab order (Escape brings it back).
                                let toggle = move |keyboard: bool| {
                                    let opening = selected.get_untracked() != Some((si, start));
                                    selected.set(opening.then_some((si, start)));
                                    if opening {
                                        // Focus first: bringing the list's link into view
                                        // may scroll, and the passage's place must win.
                                        if keyboard {
                                            focus_on("#cite-panel li a".to_string());
                                        }
                                        reveal(format!("[data-cite-at=\"{si}:{start}\"]"));
                                    }
                                };
                                view! {
                                    // An inline span, not a <button>: buttons are atomic
                                    // boxes and would break the article's lines apart.
                                    <span
                                        role="button"
                                        tabindex="0"
                                        class=format!("cite mark-{mark}")
                                        class:current=run.current
                                        data-cite-target=run.target.then(|| format!("{si}:{start}"))
                                        data-cite-at=format!("{si}:{start}")
                                        // The count is in the name, not in hidden text: hidden
                                        // text would come along when the article is copied.
                                        aria-label=format!("{text} ({label})")
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
                                        {marked(text, run.bytes.start, &marks)}
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
                let place = attribute_of("[data-cite-target]", "data-cite-target");
                if let Some((si, start)) = place.as_deref().and_then(|p| p.split_once(':')) {
                    if let (Ok(si), Ok(start)) = (si.parse(), start.parse()) {
                        selected.set(Some((si, start)));
                    }
                }
            });
        }
    });

    view! {
        <div class="source-view">
            <p class="hint">{ex.tr("source.hint")}</p>
            <ReaderLegend />
            // The article stays: it is still worth reading with nothing highlighted.
            {move || {
                ex.results
                    .with(|r| r.positions.is_empty() && r.events.is_empty())
                    .then(|| view! { <EmptyState what_key="empty.source" /> })
            }}
            {body}
            {move || reader.with(Reader::is_cut).then(|| view! {
                <button type="button" class="show-more" on:click=move |_| whole.set(true)>
                    {ex.tr("source.show_rest")}
                </button>
            })}
            <CitePanel selected reader />
        </div>
    }
}

/// What each kind of marking means: the marks differ by the line under the passage, not
/// by colour alone.
#[component]
fn ReaderLegend() -> impl IntoView {
    let ex = use_explorer();
    let items = Mark::ALL
        .into_iter()
        .map(|mark| {
            let key = keys::mark(mark);
            view! {
                <li>
                    <span class=format!("cite-sample mark-{}", mark.as_str()) aria-hidden="true">"Abc"</span>
                    " "
                    {ex.tr_owned(key)}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="reader-legend">
            <h3 class="legend-title">{ex.tr("source.legend")}</h3>
            <ul>{items}</ul>
        </div>
    }
}
