//! The screen around a long list, for drawing only what is near it: where the list is
//! against the window, how its grids are laid out, and the heights of the items drawn
//! (a `ResizeObserver`, which reports after layout and never forces one). The reactive
//! side is `ui::parts::list_window`.

use gloo_events::{EventListener, EventListenerOptions, EventListenerPhase};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::window;

/// The part of the screen `list` covers, widened by `overscan` screen heights on each
/// side: `(from, to)` in pixels from the list's top. The screen is the window, or for a
/// list inside boxes of its own (`[data-scroller]`: the wide matrix, the filter panel) the
/// part of them in the window. `None` outside a browser.
pub fn range_in(list: &web_sys::Element, overscan: f64) -> Option<(f64, f64)> {
    let height = window()?.inner_height().ok()?.as_f64()?;
    let (mut top_clip, mut bottom_clip) = (0.0, height);
    // Inside every box marked as one that may scroll (the filter panel, and its body as a
    // sheet): what all of them and the window show.
    let mut scroller = list.closest("[data-scroller]").ok().flatten();
    while let Some(s) = scroller {
        let r = s.get_bounding_client_rect();
        top_clip = r.top().max(top_clip);
        bottom_clip = r.bottom().min(bottom_clip).max(top_clip);
        scroller = s
            .parent_element()
            .and_then(|p| p.closest("[data-scroller]").ok().flatten());
    }
    let top = list.get_bounding_client_rect().top();
    let extra = (bottom_clip - top_clip).max(height / 2.0) * overscan;
    Some((top_clip - top - extra, bottom_clip - top + extra))
}

/// Scrolls the window so that the point `y` pixels below `list`'s top sits a third of the
/// way down the screen (where landing on an item puts it, give or take).
pub fn scroll_into_list(list: &web_sys::Element, y: f64) {
    let Some(w) = window() else {
        return;
    };
    let height = w
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let top = list.get_bounding_client_rect().top() + w.scroll_y().unwrap_or(0.0);
    w.scroll_to_with_x_and_y(0.0, (top + y - height / 3.0).max(0.0));
}

/// Calls `on_move` after the window or any box in the page scrolls (the wide matrix and
/// the filter panel scroll on their own), or the window changes size, until the calling
/// owner is cleaned up.
pub fn follow_scroll(on_move: impl Fn() + Clone + 'static) {
    let Some(w) = window() else {
        return;
    };
    let again = on_move.clone();
    // A box's scroll event does not bubble, but the window sees it while it is captured.
    let options = EventListenerOptions {
        phase: EventListenerPhase::Capture,
        passive: true,
    };
    let on_scroll = EventListener::new_with_options(&w, "scroll", options, move |_| on_move());
    // Dropping the listener removes it.
    let scroll = StoredValue::new_local(Some(on_scroll));
    let resize = window_event_listener(leptos::ev::resize, move |_| again());
    on_cleanup(move || {
        drop(scroll.try_update_value(Option::take).flatten());
        resize.remove();
    });
}

/// How the drawn grids of a list are laid out: `(columns, gap between rows)` of the first
/// element matching `grid` in `list`; `None` when none is drawn.
pub fn grid_measures(list: &web_sys::Element, grid: &str) -> Option<(usize, f64)> {
    let grid = list.query_selector(grid).ok()??;
    let style = window()?.get_computed_style(&grid).ok()??;
    // A laid-out grid reports its tracks in pixels, one per column: "296px 296px".
    let columns = style
        .get_property_value("grid-template-columns")
        .ok()?
        .split_whitespace()
        .count()
        .max(1);
    // Whole pixels are near enough, and parsing an integer keeps the float parser (several
    // KB of wasm) out.
    let gap = style
        .get_property_value("row-gap")
        .ok()?
        .split(['.', 'p'])
        .next()
        .and_then(|n| n.trim().parse::<u32>().ok())
        .map_or(0.0, f64::from);
    Some((columns, gap))
}

/// The heading of each block drawn in `list` (`[data-block]`, its index in the attribute):
/// `(block, heading, has a grid)`, the heading being the distance from the block's top to
/// its grid (`grid`), or the whole block when it has no grid (the "now" marker alone).
pub fn block_headings(list: &web_sys::Element, grid: &str) -> Vec<(usize, f64, bool)> {
    elements(list, "[data-block]")
        .filter_map(|block| {
            let k = block.get_attribute("data-block")?.parse().ok()?;
            let top = block.get_bounding_client_rect().top();
            Some(match block.query_selector(grid).ok().flatten() {
                Some(g) => (k, g.get_bounding_client_rect().top() - top, true),
                None => (k, block.get_bounding_client_rect().height(), false),
            })
        })
        .collect()
}

/// The elements in `root` matching `selector`, in document order.
fn elements(root: &web_sys::Element, selector: &str) -> impl Iterator<Item = web_sys::Element> {
    let found = root.query_selector_all(selector).ok();
    let n = found.as_ref().map_or(0, |f| f.length());
    (0..n).filter_map(move |i| {
        found
            .as_ref()?
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
    })
}

/// Reports the height of each drawn item (`[data-item]`, its index in the attribute)
/// whenever it is laid out at a new size. A resize observer has no gloo API: web-sys.
pub struct ItemSizes {
    observer: web_sys::ResizeObserver,
    _on_resize: Closure<dyn FnMut(js_sys::Array)>,
}

impl ItemSizes {
    /// `on_sizes` gets the batch of `(item, height)` of one layout.
    pub fn new(on_sizes: impl Fn(Vec<(usize, f64)>) + 'static) -> Option<Self> {
        window()?;
        let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let sizes = entries
                .iter()
                .filter_map(|entry| {
                    let entry: web_sys::ResizeObserverEntry = entry.unchecked_into();
                    let target = entry.target();
                    let item = target.get_attribute("data-item")?.parse().ok()?;
                    Some((item, target.get_bounding_client_rect().height()))
                })
                .collect();
            on_sizes(sizes);
        });
        let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
        Some(Self {
            observer,
            _on_resize: on_resize,
        })
    }

    /// Watches the items drawn in `list` now, and no longer those removed.
    pub fn watch(&self, list: &web_sys::Element) {
        self.observer.disconnect();
        for item in elements(list, "[data-item]") {
            self.observer.observe(&item);
        }
    }
}

impl Drop for ItemSizes {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
