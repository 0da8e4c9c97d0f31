//! The stance matrix (`explore::matrix`): actors by topics, each cell the stances stated or
//! "no statement". A real `<table>` with row and column headers; activating a cell filters
//! to it.

use leptos::prelude::*;

use crate::briefing::Stance;
use crate::explore::matrix::{Cell, Empty, Grid};
use crate::explore::state::View;
use crate::i18n::fill;
use crate::i18n::keys;
use crate::ui::context::use_explorer;
use crate::ui::parts::empty_state::EmptyState;
use crate::ui::parts::links::StateLink;
use crate::ui::parts::stance_badge::StanceIcon;

/// Rows and columns drawn at first and added per "show more": a matrix of hundreds of
/// actors by hundreds of topics is unreadable and slow to draw whole.
const ROWS: usize = 40;
const COLUMNS: usize = 25;

#[component]
pub fn Matrix() -> impl IntoView {
    let ex = use_explorer();
    let row_limit = RwSignal::new(ROWS);
    let column_limit = RwSignal::new(COLUMNS);
    let grid = Memo::new(move |_| {
        let (rows, columns) = (row_limit.get(), column_limit.get());
        ex.state.with(|s| {
            ex.results.with(|r| {
                ex.loaded
                    .with(|l| Grid::build(&l.briefing, &l.index, &s.filter, r, rows, columns))
            })
        })
    });
    let table = move || {
        grid.with(|g| match g.empty {
            Some(Empty::NoRowsOrColumns) => {
                view! { <EmptyState what_key="empty.matrix" /> }.into_any()
            }
            // A grid of "hidden by filters" says less than why nothing shows.
            Some(Empty::NoPositions) => {
                view! { <EmptyState what_key="empty.positions" /> }.into_any()
            }
            None => ex.loaded.with(|l| {
                let b = &l.briefing;
                let head = g
                    .topics
                    .iter()
                    .map(|&t| view! { <th scope="col" data-topic-id=b.topics[t].id.clone() lang=b.language.clone()>{b.topics[t].label.clone()}</th> })
                    .collect_view();
                let rows = g
                    .actors
                    .iter()
                    .zip(&g.cells)
                    .map(|(&a, row)| {
                        let actor = &b.actors[a];
                        let cells = g
                            .topics
                            .iter()
                            .zip(row)
                            .map(|(&t, cell)| matrix_cell(cell.clone(), actor.id.clone(), b.topics[t].id.clone()))
                            .collect_view();
                        view! {
                            <tr>
                                <th scope="row" data-actor-id=actor.id.clone() lang=b.language.clone()>{actor.name.clone()}</th>
                                {cells}
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="matrix-scroll" tabindex="0" role="region" aria-labelledby="matrix-caption">
                        <table class="matrix">
                            <caption id="matrix-caption">{move || ex.t("matrix.caption")}</caption>
                            <thead>
                                <tr>
                                    <td class="corner"></td>
                                    {head}
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            }),
        })
    };
    let hidden_rows = move || grid.with(|g| g.hidden_rows);
    let hidden_columns = move || grid.with(|g| g.hidden_columns);
    view! {
        <div class="matrix-view">
            <p class="hint">{move || ex.t("matrix.hint")}</p>
            {table}
            <div class="more-buttons">
                {move || (hidden_rows() > 0).then(|| view! {
                    <button type="button" class="show-more" on:click=move |_| row_limit.update(|n| *n += ROWS)>
                        {move || fill(ex.t("matrix.more_rows"), &[("n", hidden_rows().to_string())])}
                    </button>
                })}
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

/// One cell; a cell with positions is a link that filters the cards to that actor and topic.
fn matrix_cell(cell: Cell, actor: String, topic: String) -> AnyView {
    let ex = use_explorer();
    match cell {
        Cell::Shown { stances, count } => {
            let names = stances.clone();
            let label = move || {
                names
                    .iter()
                    .map(|s| ex.t(&keys::stance(s)))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let icons = stances
                .iter()
                .cloned()
                .map(|s| {
                    let class = format!("stance stance-{}", s.as_str());
                    view! { <span class=class><StanceIcon stance=s /></span> }
                })
                .collect_view();
            let title = move || format!(" — {}", ex.count("matrix.cell_link", count));
            view! {
                <td class="cell-shown">
                    <StateLink
                        class="cell-link"
                        // Stances and the search stay: the cell counted with them.
                        change=move |s| {
                            s.filter.actors = [actor.clone()].into();
                            s.filter.topics = [topic.clone()].into();
                            s.view = View::Cards;
                        }
                    >
                        {icons}
                        <span class="cell-label">{label}</span>
                        <span class="visually-hidden">{title}</span>
                    </StateLink>
                </td>
            }
            .into_any()
        }
        Cell::Hidden => {
            view! { <td class="cell-hidden">{move || ex.t("matrix.hidden")}</td> }.into_any()
        }
        Cell::NoStatement => {
            view! { <td class="cell-none">{move || ex.t("matrix.none")}</td> }.into_any()
        }
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
                    {move || ex.t(&key)}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="legend">
            <h3>{move || ex.t("matrix.legend")}</h3>
            <ul>{items}</ul>
        </div>
    }
}
