//! The source reader (`explore::reader`): the whole article, every passage cited by the
//! filtered positions and events highlighted; a highlight opens the list of what cites it
//! (`cite_panel`), and a "show in source" link lands on its passage, scrolled into view
//! and focused. Search matches are marked in the text as in the cards.

use std::sync::Arc;

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::browser::focus::{focus_on, keep_through_update, reveal};
use crate::context::{use_explorer, ExplorerContext};
use crate::parts::effect::effect;
use crate::parts::empty_state::EmptyState;
use crate::parts::highlighted::marked;
use crate::parts::keyed_rows::keyed_rows;
use crate::parts::list_window::{padding, ListWindow};
use crate::views::cite_panel::CitePanel;
use crate::views::header::attribution;
use explore::reader::{line_count, Mark, Piece, Reader, Run, SourceLines};
use explore::search::match_ranges;
use explore::window::Geometry;
use i18n::keys;

/// Sources of more lines than this draw only the lines near the screen (as the cards do);
/// shorter ones are drawn whole, cut after many passages until the reader asks for more.
const WINDOW_FROM: usize = 100;
/// The first guess at a source's layout, before a drawn one is measured; its estimate is
/// per byte of a line (a line of 400 letters wraps into some five rows of 32 pixels).
const FIRST_GUESS: Geometry = Geometry {
    columns: 1,
    gap: 0.0,
    heading: 40.0,
    estimate: 0.4,
};

#[component]
pub fn SourceReader() -> impl IntoView {
    let ex = use_explorer();
    let whole = RwSignal::new(false);
    // The passage whose citers are listed: (source index, run start).
    let selected: RwSignal<Option<(usize, usize)>> = RwSignal::new(None);
    let cite = Memo::new(move |_| ex.state.with(|s| s.cite.clone()));
    let m = reader_memos(ex, cite, whole);
    let (windowed, reader) = (m.windowed, m.reader);
    let win: ListWindow<SourceLines> = ListWindow::new(
        m.all,
        windowed,
        FIRST_GUESS,
        ".source-text",
        Some(m.weights),
    );

    // When landing on a cited passage: scroll to it (in a long text, to its line first,
    // which may not be drawn yet), focus it and list its citers.
    effect(move || {
        if cite.with(Option::is_none) {
            return;
        }
        let target = reader.with_untracked(Reader::target);
        let line = target.and_then(|(si, start)| m.target_line(si, start));
        win.land("[data-cite-target]".to_string(), line, 10);
        selected.set(target);
    });

    view! {
        <div class="source-view" class:windowed=windowed node_ref=win.list>
            <p class="hint">{ex.tr("source.hint")}</p>
            <ReaderLegend />
            // The article stays: it is still worth reading with nothing highlighted.
            {move || {
                ex.results
                    .with(|r| r.positions.is_empty() && r.events.is_empty())
                    .then(|| view! { <EmptyState what_key="empty.source" /> })
            }}
            <div class="list-spacer" aria-hidden="true" node_ref=win.top style=win.spacer(true)></div>
            {move || source_articles(ex, m, win, selected)}
            <div class="list-spacer" aria-hidden="true" style=win.spacer(false)></div>
            {move || reader.with(Reader::is_cut).then(|| view! {
                <button type="button" class="show-more" on:click=move |_| whole.set(true)>
                    {ex.tr("source.show_rest")}
                </button>
            })}
            <CitePanel selected reader />
        </div>
    }
}

/// What the reader is drawn from, derived once per view: the lines, the landing and the
/// window all read the same memos.
#[derive(Clone, Copy)]
struct ReaderMemos {
    /// Whether the reader draws only the lines near the screen.
    windowed: Memo<bool>,
    reader: Memo<Reader>,
    /// Each source's runs in lines.
    lines: Memo<Vec<Vec<Vec<Piece>>>>,
    /// The lines numbered across the sources: what a windowed reader draws a part of.
    all: Memo<Vec<SourceLines>>,
    /// Each line's weight, in the order of `all`.
    weights: Memo<Vec<f32>>,
}

/// The reader's memos, over `cite=` and whether the reader asked for the whole text.
fn reader_memos(
    ex: ExplorerContext,
    cite: Memo<Option<String>>,
    whole: RwSignal<bool>,
) -> ReaderMemos {
    let windowed = Memo::new(move |_| ex.loaded.with(|l| line_count(&l.briefing) > WINDOW_FROM));
    let reader = Memo::new(move |_| {
        let (cite, whole) = (cite.get(), whole.get() || windowed.get());
        ex.results.with(|r| {
            ex.loaded
                .with(|l| Reader::build(&l.briefing, r, cite.as_deref(), whole))
        })
    });
    let lines = Memo::new(move |_| {
        reader.with(|r| {
            ex.loaded.with(|l| {
                r.sources
                    .iter()
                    .map(|s| s.lines(&l.briefing.sources[s.source].text))
                    .collect::<Vec<_>>()
            })
        })
    });
    let all = Memo::new(move |_| {
        let mut next = 0;
        reader.with(|r| {
            lines.with(|ls| {
                r.sources
                    .iter()
                    .zip(ls)
                    .map(|(s, l)| {
                        let first = next;
                        next += l.len();
                        SourceLines {
                            source: s.source,
                            lines: (first..next).collect(),
                        }
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    // A line's weight is its length: a long line wraps into many rows, and lines run from
    // a few words to whole paragraphs.
    let weights = Memo::new(move |_| {
        lines.with(|ls| {
            ls.iter()
                .flatten()
                .map(|line| line.iter().map(|p| p.bytes.len()).sum::<usize>() as f32)
                .collect::<Vec<_>>()
        })
    });
    ReaderMemos {
        windowed,
        reader,
        lines,
        all,
        weights,
    }
}

impl ReaderMemos {
    /// The number of the line holding the run that starts at `start` in source `si`.
    fn target_line(self, si: usize, start: usize) -> Option<usize> {
        let (k, run) = self.reader.with_untracked(|r| {
            r.sources.iter().enumerate().find_map(|(k, s)| {
                (s.source == si)
                    .then(|| s.runs.iter().position(|run| run.start == start))
                    .flatten()
                    .map(|run| (k, run))
            })
        })?;
        let at = self.lines.with_untracked(|ls| {
            ls.get(k)?
                .iter()
                .position(|line| line.iter().any(|p| p.run == run))
        })?;
        self.all
            .with_untracked(|a| a.get(k)?.lines.get(at).copied())
    }
}

/// Every source of the reader. Redrawn whole when the runs, the search or the language
/// change; scrolling a windowed reader only adds and removes lines (keyed), so focus stays
/// on a passage.
fn source_articles(
    ex: ExplorerContext,
    m: ReaderMemos,
    win: ListWindow<SourceLines>,
    selected: RwSignal<Option<(usize, usize)>>,
) -> impl IntoView {
    let lang = ex.lang.get();
    let terms = ex.terms.get();
    m.reader.track();
    let sources = m
        .reader
        .with_untracked(|r| r.sources.iter().map(|s| s.source).collect::<Vec<_>>());
    sources
        .into_iter()
        .enumerate()
        .map(|(k, si)| {
            let (title, language, marks) = ex.loaded.with_untracked(|l| {
                let source = &l.briefing.sources[si];
                (
                    attribution(source, lang),
                    l.briefing.language.clone(),
                    // Over the whole text, so a match across two runs is found.
                    Arc::new(match_ranges(&source.text, &terms)),
                )
            });
            let drawn = win.block(k);
            let line_numbers = move || {
                keep_through_update();
                drawn.with(|d| d.as_ref().map(|x| x.group.lines.clone()).unwrap_or_default())
            };
            let pad = move || drawn.with(|d| d.as_ref().and_then(|x| padding(x.before, x.after)));
            let label = title.clone();
            view! {
                <article class="source" aria-label=label data-block=move || drawn.with(|d| d.is_some().then(|| k.to_string()))>
                    <h3>{title}</h3>
                    <div class="source-text" lang=language style=pad>
                        {keyed_rows(line_numbers, move |n| source_line(ex, m, selected, k, n, marks.clone()))}
                    </div>
                </article>
            }
        })
        .collect_view()
}

/// One line: its pieces of runs, each plain text or a cited passage. `k` is the source's
/// place in the reader, `n` the line's number across the sources.
fn source_line(
    ex: ExplorerContext,
    m: ReaderMemos,
    selected: RwSignal<Option<(usize, usize)>>,
    k: usize,
    n: usize,
    marks: Arc<Vec<(usize, usize)>>,
) -> impl IntoView {
    let lang = ex.lang.get_untracked();
    let first = m
        .all
        .with_untracked(|a| a.get(k).and_then(|s| s.lines.first().copied()).unwrap_or(0));
    let pieces = m.reader.with_untracked(|reader| {
        m.lines.with_untracked(|lines| {
            ex.loaded.with_untracked(|l| {
                let b = &l.briefing;
                let (Some(source_runs), Some(line)) = (
                    reader.sources.get(k),
                    lines.get(k).and_then(|ls| ls.get(n - first)),
                ) else {
                    return Vec::new();
                };
                let si = source_runs.source;
                let source = &b.sources[si];
                line.iter()
                    .map(|piece| {
                        let run = &source_runs.runs[piece.run];
                        let text = &source.text[piece.bytes.clone()];
                        if run.cited_by.is_empty() {
                            return marked(text, piece.bytes.start, &marks).into_any();
                        }
                        let mark = run.mark(b).map_or("", Mark::as_str);
                        let label = i18n::count(lang, "source.cited_by", run.cited_by.len());
                        let inner = marked(text, piece.bytes.start, &marks);
                        cited_passage(si, run, text, mark, label, inner, selected)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let windowed = m.windowed;
    view! {
        <div class="line" data-item=move || windowed.get().then(|| n.to_string())>
            {pieces}
        </div>
    }
}

/// A cited passage of source `si`: `text`, drawn as `inner` (its search matches marked),
/// which opens or closes the list of what cites it.
fn cited_passage(
    si: usize,
    run: &Run,
    text: &str,
    mark: &str,
    label: String,
    inner: Vec<AnyView>,
    selected: RwSignal<Option<(usize, usize)>>,
) -> AnyView {
    let start = run.start;
    let pressed = move || selected.get() == Some((si, start));
    // Opening keeps the passage in view above the panel; from the keyboard, focus moves
    // into the list, which comes after the whole article in the tab order (Escape brings
    // it back).
    let toggle = move |keyboard: bool| {
        let opening = selected.get_untracked() != Some((si, start));
        selected.set(opening.then_some((si, start)));
        if opening {
            // Focus first: bringing the list's link into view may scroll, and the
            // passage's place must win.
            if keyboard {
                focus_on("#cite-panel li a".to_string());
            }
            reveal(format!("[data-cite-at=\"{si}:{start}\"]"));
        }
    };
    view! {
        // An inline span, not a <button>: buttons are atomic boxes and would break the
        // article's lines apart.
        <span
            role="button"
            tabindex="0"
            class=format!("cite mark-{mark}")
            class:current=run.current
            data-cite-target=run.target.then(|| format!("{si}:{start}"))
            data-cite-at=format!("{si}:{start}")
            // The count is in the name, not in hidden text: hidden text would come along
            // when the article is copied.
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
            {inner}
        </span>
    }
    .into_any()
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
