//! The screen around a long list, for drawing only what is near it: where the list is
//! against the window, how its grid is laid out, and the heights of the cards drawn
//! (a `ResizeObserver`, which reports after layout and never forces one).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::window;

/// The part of the window `list` covers, widened by `overscan` window heights on each
/// side: `(from, to)` in pixels from the list's top. `None` outside a browser.
pub fn range_in(list: &web_sys::Element, overscan: f64) -> Option<(f64, f64)> {
    let height = window()?.inner_height().ok()?.as_f64()?;
    let top = list.get_bounding_client_rect().top();
    let extra = height * overscan;
    Some((-top - extra, height - top + extra))
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

/// Calls `on_move` after the window scrolls or changes size, until the calling owner is
/// cleaned up.
pub fn follow_scroll(on_move: impl Fn() + Clone + 'static) {
    if window().is_none() {
        return;
    }
    let again = on_move.clone();
    let scroll = window_event_listener(leptos::ev::scroll, move |_| on_move());
    let resize = window_event_listener(leptos::ev::resize, move |_| again());
    on_cleanup(move || {
        scroll.remove();
        resize.remove();
    });
}

/// How a drawn grid of cards is laid out: `(columns, gap between rows, heading)`, the
/// heading being the distance from a group's top to its first row. Read from the first
/// group in `list` (`section` > `ul`); `None` when nothing is drawn.
pub fn grid_measures(list: &web_sys::Element) -> Option<(usize, f64, f64)> {
    let section = list.query_selector("section").ok()??;
    let grid = section.query_selector("ul").ok()??;
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
    let heading = grid.get_bounding_client_rect().top() - section.get_bounding_client_rect().top();
    Some((columns, gap, heading))
}

/// Reports the height of each drawn card (`li[data-card]`, its index in the attribute)
/// whenever it is laid out at a new size.
pub struct CardSizes {
    observer: web_sys::ResizeObserver,
    _on_resize: Closure<dyn FnMut(js_sys::Array)>,
}

impl CardSizes {
    /// `on_sizes` gets the batch of `(card, height)` of one layout.
    pub fn new(on_sizes: impl Fn(Vec<(usize, f64)>) + 'static) -> Option<Self> {
        window()?;
        let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let sizes = entries
                .iter()
                .filter_map(|entry| {
                    let entry: web_sys::ResizeObserverEntry = entry.unchecked_into();
                    let target = entry.target();
                    let card = target.get_attribute("data-card")?.parse().ok()?;
                    Some((card, target.get_bounding_client_rect().height()))
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

    /// Watches the cards drawn in `list` now, and no longer those removed.
    pub fn watch(&self, list: &web_sys::Element) {
        self.observer.disconnect();
        let Ok(cards) = list.query_selector_all("li[data-card]") else {
            return;
        };
        for i in 0..cards.length() {
            if let Some(card) = cards
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                self.observer.observe(&card);
            }
        }
    }
}

impl Drop for CardSizes {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
