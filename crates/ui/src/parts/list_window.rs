//! The reactive half of a windowed list (the arithmetic is `explore::window`, the browser
//! calls `ui::browser::viewport`): it follows the screen and the measured items and says
//! which blocks and items to draw. The cards, the timeline, the source text and the matrix
//! draw what [`ListWindow::layout`] returns between spacers, each block marked `data-block`
//! (its index among all the blocks) and each item `data-item` (its index in the briefing,
//! or for lines of text their number).

use std::rc::Rc;

use leptos::html;
use leptos::prelude::*;

use crate::browser::focus::{land_on, present};
use crate::browser::page;
use crate::browser::viewport::{self, ItemSizes};
use crate::context::use_explorer;
use crate::parts::effect::effect;
use explore::window::{
    offset_of, whole, window, Block, Drawn, DrawnGroup, Geometry, Heights, Screen,
};

/// How far beyond the screen a windowed list draws, in screen heights on each side.
const OVERSCAN: f64 = 0.5;

/// `px` rounded to whole pixels, as an integer: formatting a float would pull the float
/// formatter (about 5 KB of gzip) into the wasm.
fn whole_px(px: f64) -> i64 {
    px.round() as i64
}

/// A spacer's height as a style; none for no height.
pub fn height_style(px: f64) -> Option<String> {
    (px > 0.0).then(|| format!("height:{}px", whole_px(px)))
}

/// The padding that stands for a block's rows left out, as a style; none when there are none.
pub fn padding(before: f64, after: f64) -> Option<String> {
    (before > 0.0 || after > 0.0).then(|| {
        format!(
            "padding-top:{}px;padding-bottom:{}px",
            whole_px(before),
            whole_px(after)
        )
    })
}

/// A list that draws only what is near the screen once `on` is true (otherwise, and when
/// printing, every item).
pub struct ListWindow<B: Block + PartialEq + Send + Sync + 'static> {
    /// The element holding the blocks.
    pub list: NodeRef<html::Div>,
    /// The spacer above the first drawn block: where the list starts.
    pub top: NodeRef<html::Div>,
    /// Whether only part of the list is drawn.
    pub on: Memo<bool>,
    /// The blocks and items to draw, and the padding for the rest.
    pub layout: Memo<Drawn<B>>,
    all: Memo<Vec<B>>,
    core: Core,
}

/// What a windowed list knows whatever its items (kept apart from the item type, so that
/// the wasm holds its code once for all lists).
#[derive(Clone, Copy)]
struct Core {
    list: NodeRef<html::Div>,
    top: NodeRef<html::Div>,
    on: Memo<bool>,
    /// A block's grid of items, as a selector.
    grid: &'static str,
    screen: RwSignal<Screen>,
    heights: StoredValue<Heights>,
    /// Measured headings by block index.
    headings: StoredValue<Vec<Option<f64>>>,
    /// Each item's weight, when items differ in size (lines of text by length); none
    /// when every item weighs 1.
    weights: Option<Memo<Vec<f32>>>,
    sizes: StoredValue<Option<ItemSizes>, LocalStorage>,
}

impl<B: Block + PartialEq + Send + Sync + 'static> Clone for ListWindow<B> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<B: Block + PartialEq + Send + Sync + 'static> Copy for ListWindow<B> {}

impl<B: Block + PartialEq + Send + Sync + 'static> ListWindow<B> {
    /// Windows `all` while `on`, starting from `first_guess` until a drawn list is
    /// measured; `grid` selects a block's grid of items. With `weights`, an item not
    /// measured yet is estimated by its weight (`first_guess.estimate` is then per unit).
    pub fn new(
        all: Memo<Vec<B>>,
        on: Memo<bool>,
        first_guess: Geometry,
        grid: &'static str,
        weights: Option<Memo<Vec<f32>>>,
    ) -> Self {
        let core = Core::new(on, first_guess, grid, weights);
        let screen = core.screen;
        let printing = RwSignal::new(false);
        effect(move || page::follow_print_media(printing));
        let layout = Memo::new(move |_| {
            if !on.get() || printing.get() {
                return all.with(|bs| whole(bs));
            }
            let Screen {
                range: (from, to),
                geometry,
                ..
            } = screen.get();
            core.with_sizes(geometry, true, |geo, height, heading| {
                all.with(|bs| window(bs, geo, height, heading, from, to))
            })
        });
        // After each change, measure where the list now is and watch the items now drawn.
        effect(move || {
            layout.track();
            core.after_layout();
        });
        Self {
            list: core.list,
            top: core.top,
            on,
            layout,
            all,
            core,
        }
    }

    /// How far below the list's top item `item` should be, if the list holds it.
    pub fn place(&self, item: usize) -> Option<f64> {
        let geometry = self.core.screen.with_untracked(|s| s.geometry);
        self.core
            .with_sizes(geometry, false, |geo, height, heading| {
                self.all
                    .with_untracked(|bs| offset_of(bs, geo, height, heading, item))
            })
    }

    /// Lands on `selector`, the element of `item`: in a windowed list, scrolls to where the
    /// item should be, and once that is drawn (and the grid measured), again until the item
    /// is there, for up to `tries` frames.
    pub fn land(self, selector: String, item: Option<usize>, tries: u8) {
        self.core.land(
            selector,
            Rc::new(move || item.and_then(|i| self.place(i))),
            tries,
        );
    }

    /// The style of the spacer above (`before`) or below the drawn blocks.
    pub fn spacer(self, before: bool) -> impl Fn() -> Option<String> + Copy {
        move || {
            self.layout
                .with(|l| height_style(if before { l.before } else { l.after }))
        }
    }

    /// Block `k` as drawn now, or none when the layout leaves it out; it changes only when
    /// that block's part of the layout does.
    pub fn block(self, k: usize) -> Memo<Option<DrawnGroup<B>>> {
        Memo::new(move |_| {
            self.layout
                .with(|l| l.groups.iter().find(|d| d.index == k).cloned())
        })
    }

    /// How many items block `k` holds in all (drawn or not).
    pub fn total(&self, k: usize) -> usize {
        self.all.with(|bs| bs.get(k).map_or(0, |b| b.items().len()))
    }
}

impl Core {
    fn new(
        on: Memo<bool>,
        first_guess: Geometry,
        grid: &'static str,
        weights: Option<Memo<Vec<f32>>>,
    ) -> Self {
        let ex = use_explorer();
        let core = Core {
            list: NodeRef::new(),
            top: NodeRef::new(),
            on,
            grid,
            screen: RwSignal::new(Screen {
                range: (0.0, 1500.0),
                geometry: first_guess,
                measured: 0,
            }),
            heights: StoredValue::new(Heights::default()),
            headings: StoredValue::new(Vec::new()),
            weights,
            sizes: StoredValue::new_local(None),
        };
        // A newly loaded briefing's indexes mean other items.
        effect(move || {
            ex.loaded.track();
            core.heights.set_value(Heights::default());
            core.headings.set_value(Vec::new());
        });
        effect(move || viewport::follow_scroll(move || core.measure_range()));
        core
    }

    /// Calls `f` with the grid `geometry` as measured, each item's height (measured, or
    /// estimated by its weight) and each block's heading; `tracked` when laying out.
    fn with_sizes<R>(
        &self,
        geometry: Geometry,
        tracked: bool,
        f: impl FnOnce(&Geometry, &dyn Fn(usize) -> f64, &dyn Fn(usize) -> f64) -> R,
    ) -> R {
        let geo = measured(self.heights, geometry);
        with_weights(self.weights, tracked, |weight| {
            self.heights.with_value(|h| {
                self.headings.with_value(|hd| {
                    f(&geo, &|i| h.get(i, geo.estimate * weight(i)), &|k| {
                        heading(hd, k, geo.heading)
                    })
                })
            })
        })
    }

    /// Reads where the list is against the screen, and redraws when that changed.
    fn measure_range(&self) {
        if !self.on.get_untracked() {
            return;
        }
        let Some(r) = self
            .top
            .get_untracked()
            .and_then(|el| viewport::range_in(&el, OVERSCAN))
        else {
            return;
        };
        if self.screen.with_untracked(|s| s.range != r) {
            self.screen.update(|s| s.range = r);
        }
    }

    /// Once a new layout is drawn: where the list now is, and the items to watch.
    fn after_layout(self) {
        if !self.on.get_untracked() {
            return;
        }
        request_animation_frame(move || {
            self.measure_range();
            let Some(el) = self.list.get_untracked() else {
                return;
            };
            self.sizes.update_value(|s| {
                if s.is_none() {
                    // Redrawing inside the observer's callback would resize observed
                    // items before it returns, which browsers report as an error ("loop
                    // completed with undelivered notifications"): redraw next frame.
                    *s = ItemSizes::new(move |batch| {
                        request_animation_frame(move || self.measured(batch))
                    });
                }
                if let Some(s) = s {
                    s.watch(&el);
                }
            });
        });
    }

    /// Records a batch of item heights with the grid and the headings as now laid out, and
    /// redraws when any of them changed.
    fn measured(&self, batch: Vec<(usize, f64)>) {
        let mut changed = with_weights(self.weights, false, |weight| {
            self.heights
                .try_update_value(|h| {
                    batch
                        .iter()
                        .fold(false, |c, &(i, px)| h.set_weighted(i, px, weight(i)) || c)
                })
                .unwrap_or(false)
        });
        let Some(list) = self.list.get_untracked() else {
            return;
        };
        if let Some((columns, gap)) = viewport::grid_measures(&list, self.grid) {
            let old = self.screen.with_untracked(|s| s.geometry);
            // Blocks not drawn yet take the heading of the first drawn block with a grid.
            let drawn = viewport::block_headings(&list, self.grid);
            let heading = self.headings.try_update_value(|hd| {
                let mut typical = None;
                for &(k, px, has_grid) in &drawn {
                    if hd.len() <= k {
                        hd.resize(k + 1, None);
                    }
                    if hd[k].is_none_or(|old| (old - px).abs() >= 1.0) {
                        hd[k] = Some(px);
                        changed = true;
                    }
                    typical = typical.or(has_grid.then_some(px));
                }
                typical.unwrap_or(old.heading)
            });
            let geo = Geometry {
                columns,
                gap,
                heading: heading.unwrap_or(old.heading),
                ..old
            };
            if old != geo {
                self.screen.update(|s| s.geometry = geo);
            }
        }
        if changed {
            self.screen
                .update(|s| s.measured = s.measured.wrapping_add(1));
        }
    }

    /// Lands on `selector`; in a windowed list, first scrolls to `place` (where the item
    /// should be, none for an item the list does not hold) until the item is drawn under
    /// a measured grid, for up to `tries` frames.
    fn land(self, selector: String, place: Rc<dyn Fn() -> Option<f64>>, tries: u8) {
        if !self.on.get_untracked() {
            land_on(selector);
            return;
        }
        // Drawn by a measured grid: before that, the first guess may still move it away.
        let settled = self.screen.with_untracked(|s| s.measured > 0);
        if (settled && present(&selector)) || tries == 0 {
            land_on(selector);
            return;
        }
        let Some(y) = place() else {
            return;
        };
        if let Some(el) = self.top.get_untracked() {
            viewport::scroll_into_list(&el, y);
            self.measure_range();
        }
        request_animation_frame(move || self.land(selector, place, tries - 1));
    }
}

/// The grid `geo` with the mean measured item standing in for the items not measured.
fn measured(heights: StoredValue<Heights>, geo: Geometry) -> Geometry {
    Geometry {
        estimate: heights.with_value(|h| h.estimate(geo.estimate)),
        ..geo
    }
}

/// Calls `f` with each item's weight (1 for every item without `weights`), read in place
/// (a long source has thousands of lines), tracked or not.
fn with_weights<R>(
    weights: Option<Memo<Vec<f32>>>,
    tracked: bool,
    f: impl FnOnce(&dyn Fn(usize) -> f64) -> R,
) -> R {
    let weigh = |w: Option<&Vec<f32>>| {
        f(&|i| {
            w.and_then(|w| w.get(i))
                .map_or(1.0, |&w| f64::from(w).max(1.0))
        })
    };
    match weights {
        None => weigh(None),
        Some(m) if tracked => m.with(|w| weigh(Some(w))),
        Some(m) => m.with_untracked(|w| weigh(Some(w))),
    }
}

/// Block `k`'s heading as measured, or `fallback`.
fn heading(measured: &[Option<f64>], k: usize, fallback: f64) -> f64 {
    measured.get(k).copied().flatten().unwrap_or(fallback)
}
