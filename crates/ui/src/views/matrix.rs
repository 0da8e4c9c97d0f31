//! The stance matrix (`explore::matrix`): actors by topics, each cell the stances stated or
//! "no statement". A real `<table>` with row and column headers; activating a cell filters
//! to it.

use leptos::prelude::*;

use crate::browser::focus::keep_through_update;
use crate::context::{use_explorer, ExplorerContext};
use crate::parts::empty_state::EmptyState;
use crate::parts::keyed_rows::keyed_rows;
use crate::parts::links::StateLink;
use crate::parts::list_window::{height_style, ListWindow};
use crate::parts::stance_badge::StanceIcon;
use briefing::{Briefing, Stance, Topic};
use explore::matrix::{Cell, Empty, Grid};
use explore::state::{ExploreState, View};
use explore::window::{DrawnGroup, Geometry, Rows};
use i18n::{fill, keys};

/// Matrices of more actors than this draw only the rows near the screen (as the cards do).
const WINDOW_FROM: usize = 40;
/// Columns drawn at first and added per "show more": a matrix of hundreds of topics is
/// unreadable and slow to draw whole.
const COLUMNS: usize = 25;
/// The first guess at the table, before a drawn one is measured: caption and rotated
/// column headers, then rows of one line.
const FIRST_GUESS: Geometry = Geometry {
    columns: 1,
    gap: 0.0,
    heading: 240.0,
    estimate: 40.0,
};

#[component]
pub fn Matrix() -> impl IntoView {
    let ex = use_explorer();
    let column_limit = RwSignal::new(COLUMNS);
    let m = matrix_memos(ex, column_limit);
    let (grid, windowed) = (m.grid, m.windowed);
    let table = move || {
        grid.with(|g| match g.empty {
            Some(Empty::NoRowsOrColumns) => {
                view! { <EmptyState what_key="empty.matrix" /> }.into_any()
            }
            // A grid of "hidden by filters" says less than why nothing shows.
            Some(Empty::NoPositions) => {
                view! { <EmptyState what_key="empty.positions" /> }.into_any()
            }
            None => ex.loaded.with(|l| matrix_table(ex, m, g, &l.briefing)),
        })
    };
    let hidden_columns = move || grid.with(|g| g.hidden_columns);
    view! {
        <div class="matrix-view" class:windowed=windowed node_ref=m.win.list>
            <p class="hint">{ex.tr("matrix.hint")}</p>
            {table}
            <div class="more-buttons">
                {move || (hidden_columns() > 0).then(|| view! {
                    <button type="button" class="show-more" on:click=move |_| column_limit.update(|n| *n += COLUMNS)>
                        {move || fill(ex.t("matrix.more_columns"), &[("n", hidden_columns().to_string())])}
                    </button>
                })}
            </div>
            <MatrixLegend />
        </div>
    }
}

/// What the matrix is drawn from, derived once per view: the table and its rows read the
/// same memos.
#[derive(Clone, Copy)]
struct MatrixMemos {
    /// The grid of the first `column_limit` topics.
    grid: Memo<Grid>,
    /// Whether only the rows near the screen are drawn.
    windowed: Memo<bool>,
    win: ListWindow<Rows>,
    /// The rows drawn, and the space the others take.
    rows: Memo<Option<DrawnGroup<Rows>>>,
}

/// The matrix's memos, over how many columns the reader has asked for.
fn matrix_memos(ex: ExplorerContext, column_limit: RwSignal<usize>) -> MatrixMemos {
    let grid = Memo::new(move |_| {
        let columns = column_limit.get();
        ex.state.with(|s| {
            ex.results.with(|r| {
                ex.loaded
                    .with(|l| Grid::build(&l.briefing, &l.index, &s.filter, r, usize::MAX, columns))
            })
        })
    });
    let windowed = Memo::new(move |_| grid.with(|g| g.actors.len() > WINDOW_FROM));
    let all = Memo::new(move |_| {
        grid.with(|g| {
            vec![Rows {
                rows: g.actors.clone(),
            }]
        })
    });
    let win: ListWindow<Rows> = ListWindow::new(all, windowed, FIRST_GUESS, "tbody", None);
    let rows = win.block(0);
    MatrixMemos {
        grid,
        windowed,
        win,
        rows,
    }
}

/// The table of grid `g` (of briefing `b`), with its drawn rows between spacer rows.
fn matrix_table(ex: ExplorerContext, m: MatrixMemos, g: &Grid, b: &Briefing) -> AnyView {
    let rows = m.rows;
    // The actors drawn, as plain indexes: scrolling keeps the rows it keeps.
    let drawn = move || {
        keep_through_update();
        rows.with(|d| d.as_ref().map(|d| d.group.rows.clone()))
            .unwrap_or_default()
    };
    // The rows left out above and below the drawn ones, as spacer rows.
    let spacer = move |before: bool| {
        move || {
            rows.with(|d| {
                height_style(
                    d.as_ref()
                        .map_or(0.0, |d| if before { d.before } else { d.after }),
                )
            })
        }
    };
    let head = g
        .topics
        .iter()
        .map(|&t| {
            view! {
                <th scope="col" data-topic-id=b.topics[t].id.clone() lang=b.language.clone()>
                    <span class="th-text">{b.topics[t].label.clone()}</span>
                </th>
            }
        })
        .collect_view();
    let span = (g.topics.len() + 1).to_string();
    let row_count = m
        .windowed
        .get_untracked()
        .then(|| (g.actors.len() + 1).to_string());
    view! {
        // A box that scrolls on its own when wide: the window follows its scrolling.
        <div
            class="matrix-scroll"
            tabindex="0"
            role="region"
            aria-labelledby="matrix-caption"
            data-scroller
        >
            <div class="list-spacer" aria-hidden="true" node_ref=m.win.top></div>
            <table class="matrix" data-block="0" aria-rowcount=row_count>
                <caption id="matrix-caption">{ex.tr("matrix.caption")}</caption>
                <thead>
                    <tr>
                        <td class="corner"></td>
                        {head}
                    </tr>
                </thead>
                <tbody>
                    <tr class="row-spacer" aria-hidden="true" style=spacer(true)>
                        <td colspan=span.clone()></td>
                    </tr>
                    {keyed_rows(drawn, move |a| matrix_row(ex, m, a))}
                    <tr class="row-spacer" aria-hidden="true" style=spacer(false)>
                        <td colspan=span.clone()></td>
                    </tr>
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// Actor `a`'s row, from the grid as it is now (the table is rebuilt when it changes).
fn matrix_row(ex: ExplorerContext, m: MatrixMemos, a: usize) -> Option<impl IntoView> {
    let windowed = m.windowed;
    m.grid.with_untracked(|g| {
        ex.loaded.with_untracked(|l| {
            let b = &l.briefing;
            let r = g.actors.iter().position(|&x| x == a)?;
            let actor = &b.actors[a];
            let cells = g
                .topics
                .iter()
                .zip(&g.cells[r])
                .map(|(&t, cell)| matrix_cell(cell.clone(), actor.id.clone(), &b.topics[t], &b.language))
                .collect_view();
            // Its place among all the rows (the column headers are row 1).
            let index = move || windowed.get().then(|| (r + 2).to_string());
            Some(view! {
                <tr data-item=move || windowed.get().then(|| a.to_string()) aria-rowindex=index>
                    <th scope="row" data-actor-id=actor.id.clone() lang=b.language.clone()>{actor.name.clone()}</th>
                    {cells}
                </tr>
            })
        })
    })
}

/// The stance names of a cell, joined ("Supports, Demands"), in the current language.
fn stance_names(stances: &[Stance]) -> String {
    let ex = use_explorer();
    stances
        .iter()
        .map(|s| ex.t(&keys::stance(s)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The stances as shapes in their colours (the names are said alongside).
fn stance_icons(stances: Vec<Stance>) -> impl IntoView {
    stances
        .into_iter()
        .map(|s| {
            let class = format!("stance stance-{}", s.as_str());
            view! { <span class=class><StanceIcon stance=s /></span> }
        })
        .collect_view()
}

/// What a cell link does: the cards of that actor on that topic. Stances and the search
/// stay: the cell counted with them.
fn to_cell(
    actor: String,
    topic: String,
) -> impl Fn(&mut ExploreState) + Clone + Send + Sync + 'static {
    move |s: &mut ExploreState| {
        s.filter.actors = [actor.clone()].into();
        s.filter.topics = [topic.clone()].into();
        s.view = View::Cards;
    }
}

/// One cell: shapes for the stances, a link to those positions; "no statement" and
/// "hidden" are quiet marks whose words are for screen readers.
///
/// The link also names its topic and stances: hidden beside the column headers, they are
/// what a narrow matrix shows, where CSS lays each actor's row out as a list.
fn matrix_cell(cell: Cell, actor: String, topic: &Topic, lang: &str) -> AnyView {
    let ex = use_explorer();
    match cell {
        Cell::Shown { stances, count } => {
            let names = stances.clone();
            let label = move || stance_names(&names);
            let title = move || format!(" — {}", ex.count("matrix.cell_link", count));
            let (topic_label, lang) = (topic.label.clone(), lang.to_string());
            view! {
                <td class="cell-shown">
                    <StateLink class="cell-link" change=to_cell(actor, topic.id.clone())>
                        {stance_icons(stances)}
                        <span class="cell-names">{label}</span>
                        <span class="cell-topic" lang=lang>{topic_label}</span>
                        <span class="visually-hidden">{title}</span>
                    </StateLink>
                </td>
            }
            .into_any()
        }
        Cell::Hidden => view! {
            <td class="cell-hidden">
                <span class="cell-mark" aria-hidden="true">"○"</span>
                <span class="visually-hidden">{ex.tr("matrix.hidden")}</span>
            </td>
        }
        .into_any(),
        Cell::NoStatement => view! {
            <td class="cell-none">
                <span class="cell-mark" aria-hidden="true">"·"</span>
                <span class="visually-hidden">{ex.tr("matrix.none")}</span>
            </td>
        }
        .into_any(),
    }
}

/// The shapes, named.
#[component]
fn MatrixLegend() -> impl IntoView {
    let ex = use_explorer();
    let items = Stance::ALL
        .iter()
        .map(|s| {
            let key = keys::stance(s);
            view! {
                <li class=format!("stance stance-{}", s.as_str())>
                    <StanceIcon stance=s.clone() />
                    {ex.tr_owned(key)}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="legend">
            <h3>{ex.tr("matrix.legend")}</h3>
            <ul>{items}</ul>
        </div>
    }
}
