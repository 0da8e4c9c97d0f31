//! The stance matrix as data: which actors (rows) and topics (columns) it shows, what each
//! cell holds, and how many rows and columns a limit leaves out (the view limits columns and
//! windows its rows).
//!
//! A cell is the distinct stances of the positions that pass the filters, or "hidden" when
//! the actor has positions on the topic that the filters leave out, or "no statement" when
//! the briefing records none: no statement is not a stance.

use briefing::{Briefing, Stance};

use super::engine::{Index, Results};
use super::state::Filter;

/// What one cell holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// Positions that pass the filters: their distinct stances (in vocabulary order) and
    /// how many positions there are.
    Shown { stances: Vec<Stance>, count: usize },
    /// The actor has positions on the topic, but the filters hide them all.
    Hidden,
    /// The briefing records no position: "no statement", which is not a stance.
    NoStatement,
}

/// Why a matrix has nothing to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Empty {
    /// The actor or topic filters leave no row or no column.
    NoRowsOrColumns,
    /// Rows and columns remain, but no position passes: a grid of "hidden" says less.
    NoPositions,
}

/// The matrix to draw.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Grid {
    /// Row actors, as indexes into `briefing.actors`.
    pub actors: Vec<usize>,
    /// Column topics, as indexes into `briefing.topics`.
    pub topics: Vec<usize>,
    /// `cells[row][column]`.
    pub cells: Vec<Vec<Cell>>,
    /// Rows and columns left out by the limits.
    pub hidden_rows: usize,
    pub hidden_columns: usize,
    pub empty: Option<Empty>,
}

impl Grid {
    /// Builds the grid for `filter` and its `results`, with at most `row_limit` rows and
    /// `column_limit` columns. Rows and columns are the actors and topics the filters
    /// allow, in briefing order.
    pub fn build(
        b: &Briefing,
        index: &Index,
        filter: &Filter,
        results: &Results,
        row_limit: usize,
        column_limit: usize,
    ) -> Grid {
        let actors: Vec<usize> = (0..b.actors.len())
            .filter(|&a| filter.actors.is_empty() || filter.actors.contains(&b.actors[a].id))
            .collect();
        let topics: Vec<usize> = (0..b.topics.len())
            .filter(|&t| filter.topics.is_empty() || filter.topics.contains(&b.topics[t].id))
            .collect();
        let hidden_rows = actors.len().saturating_sub(row_limit);
        let hidden_columns = topics.len().saturating_sub(column_limit);
        let actors: Vec<usize> = actors.into_iter().take(row_limit).collect();
        let topics: Vec<usize> = topics.into_iter().take(column_limit).collect();
        let empty = if actors.is_empty() || topics.is_empty() {
            Some(Empty::NoRowsOrColumns)
        } else if results.positions.is_empty() {
            Some(Empty::NoPositions)
        } else {
            None
        };
        if empty.is_some() {
            return Grid {
                actors,
                topics,
                cells: Vec::new(),
                hidden_rows,
                hidden_columns,
                empty,
            };
        }
        // Row and column of each actor and topic drawn, to place positions in one pass.
        let mut row_of = vec![usize::MAX; b.actors.len()];
        for (r, &a) in actors.iter().enumerate() {
            row_of[a] = r;
        }
        let mut column_of = vec![usize::MAX; b.topics.len()];
        for (c, &t) in topics.iter().enumerate() {
            column_of[t] = c;
        }
        let place = |i: usize| {
            let (a, t) = index.position_cell(i)?;
            let (r, c) = (row_of[a], column_of[t]);
            (r != usize::MAX && c != usize::MAX).then_some((r, c))
        };
        let mut any = vec![vec![false; topics.len()]; actors.len()];
        for i in 0..b.positions.len() {
            if let Some((r, c)) = place(i) {
                any[r][c] = true;
            }
        }
        let mut shown: Vec<Vec<Vec<Stance>>> = vec![vec![Vec::new(); topics.len()]; actors.len()];
        for &i in &results.positions {
            if let Some((r, c)) = place(i) {
                shown[r][c].push(b.positions[i].stance.clone());
            }
        }
        let cells = shown
            .into_iter()
            .zip(any)
            .map(|(row, any_row)| {
                row.into_iter()
                    .zip(any_row)
                    .map(|(mut stances, any)| {
                        if !stances.is_empty() {
                            let count = stances.len();
                            // Equal stances are indistinguishable, so the unstable sort gives the
                            // stable one's result (and the wasm holds no stable sort).
                            stances.sort_unstable();
                            stances.dedup();
                            Cell::Shown { stances, count }
                        } else if any {
                            Cell::Hidden
                        } else {
                            Cell::NoStatement
                        }
                    })
                    .collect()
            })
            .collect();
        Grid {
            actors,
            topics,
            cells,
            hidden_rows,
            hidden_columns,
            empty: None,
        }
    }
}
