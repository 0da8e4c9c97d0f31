//! Which part of a long card list is drawn: the grid rows near the screen, with the height
//! of every row left out held by padding, so the page scrolls as if every card were there.
//!
//! Pure arithmetic over heights: the browser side (`ui::views::cards`) measures cards and
//! the screen and draws what [`window`] returns.

use super::groups::Group;

/// The list's measures, in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    /// Cards side by side in a grid row (at least 1).
    pub columns: usize,
    /// The space between two grid rows.
    pub gap: f64,
    /// A group's heading with its margins: from the top of the group to its first row.
    pub heading: f64,
    /// The height taken for a card not measured yet.
    pub estimate: f64,
}

/// One group as drawn: the group with only its drawn cards in `shown`, the first drawn
/// card's place in the group (for `aria-posinset`), and the height of the rows left out
/// before and after them.
#[derive(Debug, Clone, PartialEq)]
pub struct DrawnGroup {
    pub group: Group,
    pub first: usize,
    pub before: f64,
    pub after: f64,
}

/// What to draw: the groups that meet the range, and the height of the groups left out
/// before and after them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Drawn {
    pub before: f64,
    pub groups: Vec<DrawnGroup>,
    pub after: f64,
}

/// The heights of one group's grid rows: each row as tall as its tallest card.
fn row_heights(g: &Group, geo: &Geometry, height: &impl Fn(usize) -> f64) -> Vec<f64> {
    g.shown
        .chunks(geo.columns.max(1))
        .map(|row| row.iter().map(|&i| height(i)).fold(0.0, f64::max))
        .collect()
}

/// Rows plus the gaps between them.
fn span(rows: &[f64], gap: f64) -> f64 {
    rows.iter().sum::<f64>() + gap * rows.len().saturating_sub(1) as f64
}

/// The groups of `groups` (every card in `shown`) cut to the rows that meet `from..to`,
/// pixels from the top of the list. `height(i)` is card `i`'s measured height or the
/// estimate. A range past the end draws the last screen's worth, so a list that became
/// shorter under the reader still shows its end.
pub fn window(
    groups: &[Group],
    geo: &Geometry,
    height: impl Fn(usize) -> f64,
    from: f64,
    to: f64,
) -> Drawn {
    let rows: Vec<Vec<f64>> = groups
        .iter()
        .map(|g| row_heights(g, geo, &height))
        .collect();
    let tall = |r: &[f64]| geo.heading + span(r, geo.gap);
    let total: f64 = rows.iter().map(|r| tall(r)).sum();
    let reach = (to - from).max(0.0);
    let (from, to) = if from > total {
        ((total - reach).max(0.0), total)
    } else {
        (from, to)
    };
    let mut drawn = Drawn::default();
    let mut y = 0.0;
    for (g, r) in groups.iter().zip(&rows) {
        let height = tall(r);
        let (top, bottom) = (y, y + height);
        y = bottom;
        if bottom <= from {
            drawn.before += height;
            continue;
        }
        if top >= to {
            drawn.after += height;
            continue;
        }
        // Rows [a, b) meet the range; the heading is drawn with them.
        let mut row_top = top + geo.heading;
        let (mut a, mut b) = (r.len(), r.len());
        for (k, h) in r.iter().enumerate() {
            let row_bottom = row_top + h;
            if row_bottom > from && row_top < to {
                a = a.min(k);
                b = k + 1;
            }
            row_top = row_bottom + geo.gap;
        }
        if a == r.len() {
            // Only the heading meets the range: its rows are all padding.
            a = 0;
            b = 0;
        }
        let columns = geo.columns.max(1);
        let (before, after) = if a == b {
            (span(r, geo.gap), 0.0)
        } else {
            let before = r[..a].iter().sum::<f64>() + geo.gap * a as f64;
            let after = r[b..].iter().sum::<f64>() + geo.gap * (r.len() - b) as f64;
            (before, after)
        };
        let shown =
            g.shown[(a * columns).min(g.shown.len())..(b * columns).min(g.shown.len())].to_vec();
        drawn.groups.push(DrawnGroup {
            group: Group { shown, ..g.clone() },
            first: a * columns,
            before,
            after,
        });
    }
    drawn
}

/// How far from the top of the list the row holding card `card` starts, by the same
/// heights as [`window`]; `None` when no group holds it.
pub fn offset_of(
    groups: &[Group],
    geo: &Geometry,
    height: impl Fn(usize) -> f64,
    card: usize,
) -> Option<f64> {
    let mut y = 0.0;
    for g in groups {
        let rows = row_heights(g, geo, &height);
        if let Some(k) = g.shown.iter().position(|&i| i == card) {
            let row = k / geo.columns.max(1);
            return Some(y + geo.heading + rows[..row].iter().sum::<f64>() + geo.gap * row as f64);
        }
        y += geo.heading + span(&rows, geo.gap);
    }
    None
}

/// Every group drawn whole: what a short list, or a printout, draws.
pub fn whole(groups: &[Group]) -> Drawn {
    Drawn {
        groups: groups
            .iter()
            .map(|g| DrawnGroup {
                group: g.clone(),
                first: 0,
                before: 0.0,
                after: 0.0,
            })
            .collect(),
        ..Drawn::default()
    }
}

/// The measured heights of cards, by index into `briefing.positions`, and their mean,
/// which stands for the cards not measured yet.
#[derive(Debug, Clone, Default)]
pub struct Heights {
    of: Vec<f32>,
    sum: f64,
    count: usize,
}

impl Heights {
    /// Records card `card` at `height`; true when that changes it by a pixel or more.
    pub fn set(&mut self, card: usize, height: f64) -> bool {
        if height <= 0.0 {
            return false;
        }
        if self.of.len() <= card {
            self.of.resize(card + 1, 0.0);
        }
        let old = f64::from(self.of[card]);
        if (old - height).abs() < 1.0 {
            return false;
        }
        if old > 0.0 {
            self.sum -= old;
        } else {
            self.count += 1;
        }
        self.sum += height;
        self.of[card] = height as f32;
        true
    }

    /// The mean measured height, or `fallback` before any card was measured.
    pub fn estimate(&self, fallback: f64) -> f64 {
        if self.count == 0 {
            fallback
        } else {
            self.sum / self.count as f64
        }
    }

    /// Card `card`'s height, or `estimate` when it was never measured.
    pub fn get(&self, card: usize, estimate: f64) -> f64 {
        match self.of.get(card) {
            Some(&h) if h > 0.0 => f64::from(h),
            _ => estimate,
        }
    }
}
