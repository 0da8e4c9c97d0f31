//! Which part of a long list is drawn: the rows near the screen, with the height of every
//! row left out held by padding, so the page scrolls as if every item were there. A list
//! is a run of blocks (card groups, timeline phases, sources, the matrix), each a heading
//! over a grid of items (cards, events, lines of text, table rows).
//!
//! Pure arithmetic over heights: the browser side (`ui::parts::list_window`) measures items
//! and the screen, and the views draw what [`window`] returns.

use super::groups::Group;
use super::reader::SourceLines;
use super::timeline::PhaseEvents;

/// A heading over items (indexes into the briefing), as [`window`] cuts it.
pub trait Block: Clone {
    /// The block's items, in order.
    fn items(&self) -> &[usize];
    /// The same block holding only `items`.
    fn with_items(&self, items: Vec<usize>) -> Self;
}

impl Block for Group {
    fn items(&self) -> &[usize] {
        &self.shown
    }
    fn with_items(&self, items: Vec<usize>) -> Self {
        Group {
            shown: items,
            ..self.clone()
        }
    }
}

impl Block for PhaseEvents {
    fn items(&self) -> &[usize] {
        &self.events
    }
    fn with_items(&self, items: Vec<usize>) -> Self {
        PhaseEvents {
            phase: self.phase.clone(),
            events: items,
        }
    }
}

impl Block for SourceLines {
    fn items(&self) -> &[usize] {
        &self.lines
    }
    fn with_items(&self, items: Vec<usize>) -> Self {
        SourceLines {
            source: self.source,
            lines: items,
        }
    }
}

/// A list of one block of rows, as a windowed list sees it: the matrix's actor rows
/// (indexes into `briefing.actors`, under the table's caption and column headers), or a
/// facet's choices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rows {
    pub rows: Vec<usize>,
}

impl Block for Rows {
    fn items(&self) -> &[usize] {
        &self.rows
    }
    fn with_items(&self, items: Vec<usize>) -> Self {
        Rows { rows: items }
    }
}

/// The list's measures, in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    /// Cards side by side in a grid row (at least 1).
    pub columns: usize,
    /// The space between two grid rows.
    pub gap: f64,
    /// A block's heading with its margins, from the top of the block to its first row,
    /// for a block not measured yet.
    pub heading: f64,
    /// The height taken for a card not measured yet.
    pub estimate: f64,
}

/// What a windowed list knows of the screen: the range it covers (pixels from its top),
/// its grid, and how many times measured heights changed (so a change redraws).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Screen {
    pub range: (f64, f64),
    pub geometry: Geometry,
    pub measured: u32,
}

/// One block as drawn: the block with only its drawn items, its place among all the blocks,
/// the first drawn item's place in the block (for `aria-posinset`), and the height of the
/// rows left out before and after them.
#[derive(Debug, Clone, PartialEq)]
pub struct DrawnGroup<B = Group> {
    pub group: B,
    pub index: usize,
    pub first: usize,
    pub before: f64,
    pub after: f64,
}

impl<B: Block> DrawnGroup<B> {
    /// A drawn item's place among all the block's items, counted from 1 (for
    /// `aria-posinset`).
    pub fn place_of(&self, item: usize) -> usize {
        self.first
            + self
                .group
                .items()
                .iter()
                .position(|&i| i == item)
                .unwrap_or(0)
            + 1
    }
}

/// What to draw: the blocks that meet the range, and the height of the blocks left out
/// before and after them.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawn<B = Group> {
    pub before: f64,
    pub groups: Vec<DrawnGroup<B>>,
    pub after: f64,
}

impl<B> Default for Drawn<B> {
    fn default() -> Self {
        Drawn {
            before: 0.0,
            groups: Vec::new(),
            after: 0.0,
        }
    }
}

/// The heights of one block's grid rows: each row as tall as its tallest item.
fn row_heights(g: &impl Block, geo: &Geometry, height: &impl Fn(usize) -> f64) -> Vec<f64> {
    g.items()
        .chunks(geo.columns.max(1))
        .map(|row| row.iter().map(|&i| height(i)).fold(0.0, f64::max))
        .collect()
}

/// Rows plus the gaps between them.
fn span(rows: &[f64], gap: f64) -> f64 {
    rows.iter().sum::<f64>() + gap * rows.len().saturating_sub(1) as f64
}

/// The blocks of `groups` (every item in each) cut to the rows that meet `from..to`,
/// pixels from the top of the list. `height(i)` is item `i`'s measured height or the
/// estimate; `heading(k)` the heading of the `k`th block. A range past the end draws the
/// last screen's worth, so a list that became shorter under the reader still shows its
/// end; a range before the start draws the first screen's worth.
pub fn window<B: Block>(
    groups: &[B],
    geo: &Geometry,
    height: impl Fn(usize) -> f64,
    heading: impl Fn(usize) -> f64,
    from: f64,
    to: f64,
) -> Drawn<B> {
    let rows: Vec<Vec<f64>> = groups
        .iter()
        .map(|g| row_heights(g, geo, &height))
        .collect();
    let headings: Vec<f64> = (0..groups.len()).map(heading).collect();
    let (before, cuts, after) = cut(&rows, &headings, geo.gap, from, to);
    let columns = geo.columns.max(1);
    let groups = cuts
        .into_iter()
        .map(|c| {
            let items = groups[c.block].items();
            let rows = (c.rows.0 * columns).min(items.len())..(c.rows.1 * columns).min(items.len());
            DrawnGroup {
                group: groups[c.block].with_items(items[rows].to_vec()),
                index: c.block,
                first: c.rows.0 * columns,
                before: c.before,
                after: c.after,
            }
        })
        .collect();
    Drawn {
        before,
        groups,
        after,
    }
}

/// Rows `rows.0..rows.1` of block `block` are drawn, with padding for the rest.
struct Cut {
    block: usize,
    rows: (usize, usize),
    before: f64,
    after: f64,
}

/// The arithmetic of [`window`] over row heights alone (kept apart from the item types so
/// that the wasm holds it once): the height of the blocks before the range, the cut of
/// each block that meets it, and the height of the blocks after.
fn cut(rows: &[Vec<f64>], headings: &[f64], gap: f64, from: f64, to: f64) -> (f64, Vec<Cut>, f64) {
    let tall = |k: usize| headings[k] + span(&rows[k], gap);
    let total: f64 = (0..rows.len()).map(tall).sum();
    let reach = (to - from).max(0.0);
    let (from, to) = if from > total {
        ((total - reach).max(0.0), total)
    } else if to < 0.0 {
        // A list still below the screen draws its first screen's worth: what comes into
        // view first, and a block is never left with nothing drawn under its heading.
        (0.0, reach.min(total))
    } else {
        (from, to)
    };
    let (mut before, mut cuts, mut after) = (0.0, Vec::new(), 0.0);
    let mut y = 0.0;
    for (k, r) in rows.iter().enumerate() {
        let height = tall(k);
        let (top, bottom) = (y, y + height);
        y = bottom;
        if bottom <= from {
            before += height;
            continue;
        }
        if top >= to {
            after += height;
            continue;
        }
        // Rows [a, b) meet the range; the heading is drawn with them.
        let mut row_top = top + headings[k];
        let (mut a, mut b) = (r.len(), r.len());
        for (n, h) in r.iter().enumerate() {
            let row_bottom = row_top + h;
            if row_bottom > from && row_top < to {
                a = a.min(n);
                b = n + 1;
            }
            row_top = row_bottom + gap;
        }
        let cut = if a == r.len() {
            // Only the heading meets the range: its rows are all padding.
            Cut {
                block: k,
                rows: (0, 0),
                before: span(r, gap),
                after: 0.0,
            }
        } else {
            Cut {
                block: k,
                rows: (a, b),
                before: r[..a].iter().sum::<f64>() + gap * a as f64,
                after: r[b..].iter().sum::<f64>() + gap * (r.len() - b) as f64,
            }
        };
        cuts.push(cut);
    }
    (before, cuts, after)
}

/// How far from the top of the list the row holding item `item` starts, by the same
/// heights as [`window`]; `None` when no block holds it.
pub fn offset_of(
    groups: &[impl Block],
    geo: &Geometry,
    height: impl Fn(usize) -> f64,
    heading: impl Fn(usize) -> f64,
    item: usize,
) -> Option<f64> {
    let mut y = 0.0;
    for (n, g) in groups.iter().enumerate() {
        let rows = row_heights(g, geo, &height);
        if let Some(k) = g.items().iter().position(|&i| i == item) {
            let row = k / geo.columns.max(1);
            return Some(y + heading(n) + rows[..row].iter().sum::<f64>() + geo.gap * row as f64);
        }
        y += heading(n) + span(&rows, geo.gap);
    }
    None
}

/// Every block drawn whole: what a short list, or a printout, draws.
pub fn whole<B: Block>(groups: &[B]) -> Drawn<B> {
    Drawn {
        groups: groups
            .iter()
            .enumerate()
            .map(|(index, g)| DrawnGroup {
                group: g.clone(),
                index,
                first: 0,
                before: 0.0,
                after: 0.0,
            })
            .collect(),
        ..Drawn::default()
    }
}

/// The measured heights of items, by index, and what they say of the items not measured
/// yet: the height per unit of weight (an item's weight is 1, or for a line of text its
/// length, since a long line wraps into more rows).
#[derive(Debug, Clone, Default)]
pub struct Heights {
    of: Vec<f32>,
    weight_of: Vec<f32>,
    sum: f64,
    weight: f64,
}

impl Heights {
    /// Records item `item` at `height`; true when that changes it by a pixel or more.
    pub fn set(&mut self, item: usize, height: f64) -> bool {
        self.set_weighted(item, height, 1.0)
    }

    /// Records item `item`, of weight `weight`, at `height`; true when that changes it by a
    /// pixel or more.
    pub fn set_weighted(&mut self, item: usize, height: f64, weight: f64) -> bool {
        if height <= 0.0 || weight <= 0.0 {
            return false;
        }
        if self.of.len() <= item {
            self.of.resize(item + 1, 0.0);
            self.weight_of.resize(item + 1, 0.0);
        }
        let old = f64::from(self.of[item]);
        if (old - height).abs() < 1.0 {
            return false;
        }
        if old > 0.0 {
            self.sum -= old;
            self.weight -= f64::from(self.weight_of[item]);
        }
        self.sum += height;
        self.weight += weight;
        self.of[item] = height as f32;
        self.weight_of[item] = weight as f32;
        true
    }

    /// The measured height per unit of weight (for items of weight 1, the mean measured
    /// height), or `fallback` before any item was measured.
    pub fn estimate(&self, fallback: f64) -> f64 {
        if self.weight <= 0.0 {
            fallback
        } else {
            self.sum / self.weight
        }
    }

    /// Item `item`'s height, or `estimate` when it was never measured.
    pub fn get(&self, item: usize, estimate: f64) -> f64 {
        match self.of.get(item) {
            Some(&h) if h > 0.0 => f64::from(h),
            _ => estimate,
        }
    }
}
