//! The reactive half of a windowed list (the arithmetic is `explore::window`, the browser
//! calls `ui::browser::viewport`): it follows the screen and the measured items and says
//! which blocks and items to draw. The cards and the timeline draw what [`ListWindow::layout`]
//! returns between two spacers, each block marked `data-block` (its index among all the
//! blocks) and each item `data-item` (its index in the briefing).

use leptos::html;
use leptos::prelude::*;

use crate::explore::window::{offset_of, whole, window, Block, Drawn, Geometry, Heights, Screen};
use crate::ui::browser::focus::{land_on, present};
use crate::ui::browser::page;
use crate::ui::browser::viewport::{self, ItemSizes};
use crate::ui::context::use_explorer;

/// How far beyond the screen a windowed list draws, in screen heights on each side.
const OVERSCAN: f64 = 0.5;

/// `px` rounded to whole pixels, as an integer: formatting a float would pull the float
/// formatter (about 5 KB of gzip) into the wasm.
fn whole_px(px: f64) -> i64 {
    px.round() as i64
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
    /// A block's grid of items, as a selector.
    grid: &'static str,
    screen: RwSignal<Screen>,
    heights: StoredValue<Heights>,
    /// Measured headings by block index.
    headings: StoredValue<Vec<Option<f64>>>,
}

impl<B: Block + PartialEq + Send + Sync + 'static> Clone for ListWindow<B> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<B: Block + PartialEq + Send + Sync + 'static> Copy for ListWindow<B> {}

impl<B: Block + PartialEq + Send + Sync + 'static> ListWindow<B> {
    /// Windows `all` while `on`, starting from `first_guess` until a drawn list is
    /// measured; `grid` selects a block's grid of items.
    pub fn new(
        all: Memo<Vec<B>>,
        on: Memo<bool>,
        first_guess: Geometry,
        grid: &'static str,
    ) -> Self {
        let ex = use_explorer();
        let printing = RwSignal::new(false);
        Effect::new(move |_| page::follow_print_media(printing));
        let screen = RwSignal::new(Screen {
            range: (0.0, 1500.0),
            geometry: first_guess,
            measured: 0,
        });
        let heights = StoredValue::new(Heights::default());
        let headings = StoredValue::new(Vec::new());
        // A newly loaded briefing's indexes mean other items.
        Effect::new(move |_| {
            ex.loaded.track();
            heights.set_value(Heights::default());
            headings.set_value(Vec::new());
        });
        let layout = Memo::new(move |_| {
            if !on.get() || printing.get() {
                return all.with(|bs| whole(bs));
            }
            let Screen {
                range: (from, to),
                geometry,
                ..
            } = screen.get();
            let geo = measured(heights, geometry);
            heights.with_value(|h| {
                headings.with_value(|hd| {
                    all.with(|bs| {
                        window(
                            bs,
                            &geo,
                            |i| h.get(i, geo.estimate),
                            |k| heading(hd, k, geo.heading),
                            from,
                            to,
                        )
                    })
                })
            })
        });
        let this = Self {
            list: NodeRef::new(),
            top: NodeRef::new(),
            on,
            layout,
            all,
            grid,
            screen,
            heights,
            headings,
        };
        this.follow();
        this
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

    /// Records a batch of item heights with the grid and the headings as now laid out, and
    /// redraws when any of them changed.
    fn measured(&self, batch: Vec<(usize, f64)>) {
        let mut changed = self
            .heights
            .try_update_value(|h| batch.iter().fold(false, |c, &(i, px)| h.set(i, px) || c))
            .unwrap_or(false);
        let Some(list) = self.list.get_untracked() else {
            return;
        };
        if let Some((columns, gap)) = viewport::grid_measures(&list, self.grid) {
            let (old, heading) = self
                .screen
                .with_untracked(|s| (s.geometry, s.geometry.heading));
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
                typical.unwrap_or(heading)
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

    /// After each change, measures where the list now is and watches the items now drawn.
    fn follow(self) {
        Effect::new(move |_| viewport::follow_scroll(move || self.measure_range()));
        let sizes = StoredValue::new_local(None::<ItemSizes>);
        Effect::new(move |_| {
            self.layout.track();
            if !self.on.get() {
                return;
            }
            request_animation_frame(move || {
                self.measure_range();
                let Some(el) = self.list.get_untracked() else {
                    return;
                };
                sizes.update_value(|s| {
                    if s.is_none() {
                        *s = ItemSizes::new(move |batch| self.measured(batch));
                    }
                    if let Some(s) = s {
                        s.watch(&el);
                    }
                });
            });
        });
    }

    /// How far below the list's top item `item` should be, if the list holds it.
    pub fn place(&self, item: usize) -> Option<f64> {
        let geo = measured(self.heights, self.screen.with_untracked(|s| s.geometry));
        self.heights.with_value(|h| {
            self.headings.with_value(|hd| {
                self.all.with_untracked(|bs| {
                    offset_of(
                        bs,
                        &geo,
                        |i| h.get(i, geo.estimate),
                        |k| heading(hd, k, geo.heading),
                        item,
                    )
                })
            })
        })
    }

    /// Lands on `selector`, the element of `item`: in a windowed list, scrolls to where the
    /// item should be, and once that is drawn (and the grid measured), again until the item
    /// is there, for up to `tries` frames.
    pub fn land(self, selector: String, item: Option<usize>, tries: u8) {
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
        // None for an item the filters leave out: nothing to land on.
        let Some(y) = item.and_then(|i| self.place(i)) else {
            return;
        };
        if let Some(el) = self.top.get_untracked() {
            viewport::scroll_into_list(&el, y);
            self.measure_range();
        }
        request_animation_frame(move || self.land(selector, item, tries - 1));
    }

    /// The style of the spacer above (`before`) or below the drawn blocks.
    pub fn spacer(self, before: bool) -> impl Fn() -> Option<String> + Copy {
        move || {
            self.layout.with(|l| {
                let px = if before { l.before } else { l.after };
                (px > 0.0).then(|| format!("height:{}px", whole_px(px)))
            })
        }
    }

    /// How many items block `k` holds in all (drawn or not).
    pub fn total(&self, k: usize) -> usize {
        self.all.with(|bs| bs.get(k).map_or(0, |b| b.items().len()))
    }
}

/// The grid `geo` with the mean measured item standing in for the items not measured.
fn measured(heights: StoredValue<Heights>, geo: Geometry) -> Geometry {
    Geometry {
        estimate: heights.with_value(|h| h.estimate(geo.estimate)),
        ..geo
    }
}

/// Block `k`'s heading as measured, or `fallback`.
fn heading(measured: &[Option<f64>], k: usize, fallback: f64) -> f64 {
    measured.get(k).copied().flatten().unwrap_or(fallback)
}
