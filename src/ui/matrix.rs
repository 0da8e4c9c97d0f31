//! The stance matrix: actors by topics, each cell the stances stated or "no statement".
//! A real `<table>` with row and column headers; activating a cell filters to it.

use leptos::prelude::*;

use crate::app::use_explorer;
use crate::briefing::Stance;
use crate::explore::state::View;
use crate::ui::empty_state::EmptyState;
use crate::ui::links::StateLink;
use crate::ui::stance_badge::StanceIcon;

/// What one cell holds.
enum Cell {
    /// Positions that pass the filters, by stance (each stance once).
    Shown(Vec<Stance>, usize),
    /// The actor has positions on the topic, but the filters hide them all.
    Hidden,
    /// The briefing records no position: "no statement", which is not a stance.
    None,
}

/// Rows and columns drawn at first and added per "show more": a matrix of hundreds of
/// actors by hundreds of topics is unreadable and slow to draw whole.
const ROWS: usize = 40;
const COLUMNS: usize = 25;

#[component]
pub fn Matrix() -> impl IntoView {
    let ex = use_explorer();
    let row_limit = RwSignal::new(ROWS);
    let column_limit = RwSignal::new(COLUMNS);
    let hidden = RwSignal::new((0usize, 0usize));
    let table = move || {
        let (row_limit, column_limit) = (row_limit.get(), column_limit.get());
        let _lang = ex.lang.get();
        ex.state.with(|s| {
            ex.results.with(|r| {
                ex.loaded.with(|l| {
                    let b = &l.briefing;
                    let f = &s.filter;
                    let actors: Vec<usize> = (0..b.actors.len())
                        .filter(|&a| f.actors.is_empty() || f.actors.contains(&b.actors[a].id))
                        .collect();
                    let topics: Vec<usize> = (0..b.topics.len())
                        .filter(|&t| f.topics.is_empty() || f.topics.contains(&b.topics[t].id))
                        .collect();
                    // cells[a][t] over the full actor and topic lists.
                    let mut any = vec![vec![false; b.topics.len()]; b.actors.len()];
                    let mut shown: Vec<Vec<Vec<Stance>>> = vec![vec![Vec::new(); b.topics.len()]; b.actors.len()];
                    let place: Vec<Option<(usize, usize)>> =
                        (0..b.positions.len()).map(|i| l.index.position_cell(i)).collect();
                    for &(a, t) in place.iter().flatten() {
                        any[a][t] = true;
                    }
                    for &i in &r.positions {
                        if let Some((a, t)) = place[i] {
                            shown[a][t].push(b.positions[i].stance.clone());
                        }
                    }
                    hidden.set((
                        actors.len().saturating_sub(row_limit),
                        topics.len().saturating_sub(column_limit),
                    ));
                    let actors: Vec<usize> = actors.into_iter().take(row_limit).collect();
                    let topics: Vec<usize> = topics.into_iter().take(column_limit).collect();
                    if actors.is_empty() || topics.is_empty() {
                        return view! { <EmptyState what_key="empty.matrix" /> }.into_any();
                    }
                    // A grid of "hidden by filters" says less than why nothing shows.
                    if r.positions.is_empty() {
                        return view! { <EmptyState what_key="empty.positions" /> }.into_any();
                    }
                    let head = topics
                        .iter()
                        .map(|&t| view! { <th scope="col" data-topic-id=b.topics[t].id.clone() lang=b.language.clone()>{b.topics[t].label.clone()}</th> })
                        .collect_view();
                    let rows = actors
                        .iter()
                        .map(|&a| {
                            let actor = &b.actors[a];
                            let cells = topics
                                .iter()
                                .map(|&t| {
                                    let stances = &shown[a][t];
                                    let cell = if !stances.is_empty() {
                                        let mut distinct = stances.clone();
                                        distinct.sort();
                                        distinct.dedup();
                                        Cell::Shown(distinct, stances.len())
                                    } else if any[a][t] {
                                        Cell::Hidden
                                    } else {
                                        Cell::None
                                    };
                                    matrix_cell(cell, actor.id.clone(), b.topics[t].id.clone())
                                })
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
                                <caption id="matrix-caption">{ex.t("matrix.caption")}</caption>
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
                })
            })
        })
    };
    view! {
        <div class="matrix-view">
            <p class="hint">{move || ex.t("matrix.hint")}</p>
            {table}
            <div class="more-buttons">
                {move || {
                    let (rows, _) = hidden.get();
                    (rows > 0).then(|| view! {
                        <button type="button" class="show-more" on:click=move |_| row_limit.update(|n| *n += ROWS)>
                            {move || crate::i18n::fill(ex.t("matrix.more_rows"), &[("n", &rows.to_string())])}
                        </button>
                    })
                }}
                {move || {
                    let (_, columns) = hidden.get();
                    (columns > 0).then(|| view! {
                        <button type="button" class="show-more" on:click=move |_| column_limit.update(|n| *n += COLUMNS)>
                            {move || crate::i18n::fill(ex.t("matrix.more_columns"), &[("n", &columns.to_string())])}
                        </button>
                    })
                }}
            </div>
            <MatrixLegend />
        </div>
    }
}

/// One cell; a cell with positions is a link that filters the cards to that actor and topic.
fn matrix_cell(cell: Cell, actor: String, topic: String) -> AnyView {
    let ex = use_explorer();
    match cell {
        Cell::Shown(stances, count) => {
            let labels: Vec<&'static str> = stances
                .iter()
                .map(|s| ex.t(&format!("stance.{}", s.as_str())))
                .collect();
            let icons = stances
                .into_iter()
                .map(|s| {
                    let class = format!("stance stance-{}", s.as_str());
                    view! { <span class=class><StanceIcon stance=s /></span> }
                })
                .collect_view();
            let label = labels.join(", ");
            let title = ex.count("matrix.cell_link", count);
            view! {
                <td class="cell-shown">
                    <StateLink
                        class="cell-link"
                        change=move |s| {
                            s.filter.actors = [actor.clone()].into();
                            s.filter.topics = [topic.clone()].into();
                            s.view = View::Cards;
                        }
                    >
                        {icons}
                        <span class="cell-label">{label}</span>
                        <span class="visually-hidden">{format!(" — {title}")}</span>
                    </StateLink>
                </td>
            }
            .into_any()
        }
        Cell::Hidden => view! { <td class="cell-hidden">{ex.t("matrix.hidden")}</td> }.into_any(),
        Cell::None => view! { <td class="cell-none">{ex.t("matrix.none")}</td> }.into_any(),
    }
}

/// The shapes, named.
#[component]
fn MatrixLegend() -> impl IntoView {
    let ex = use_explorer();
    let items = Stance::ALL
        .iter()
        .map(|s| {
            let key = format!("stance.{}", s.as_str());
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
