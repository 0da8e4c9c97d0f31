//! Taking over the page built at build time (`briefing prerender`): what the reader did on
//! the built page before the app ran — the focus, text typed in the search box, an open
//! options menu — is read before the app draws its own copy and given back after, and the
//! built copy and the loading notice are removed in the same task, so nothing is painted
//! in between.

use wasm_bindgen::JsCast;

/// What the reader had done on the built page.
pub struct Takeover {
    built: web_sys::Element,
    typed: Option<String>,
    focus: Option<(String, f64)>,
    /// The first item on screen and how far down it is, when the reader had scrolled.
    place: Option<(String, f64)>,
    options_open: bool,
}

impl Takeover {
    /// Reads the built page, if the page has one.
    pub fn capture() -> Option<Takeover> {
        let built = ui::browser::document()?
            .query_selector(&format!("#app[{}]", crate::PRERENDERED))
            .ok()
            .flatten()?;
        let typed = built
            .query_selector("#search")
            .ok()
            .flatten()
            .and_then(|input| input.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value())
            .filter(|value| !value.is_empty());
        let options_open = built
            .query_selector("#options-panel:popover-open")
            .ok()
            .flatten()
            .is_some();
        let place = first_on_screen(&built);
        Some(Takeover {
            built,
            typed,
            focus: ui::browser::focus::focus_key(),
            place,
            options_open,
        })
    }

    /// Removes the built page and gives what the reader did to the app's page.
    pub fn finish(self) {
        self.built.remove();
        if let Some(text) = self.typed {
            ui::browser::focus::type_into("#search", &text);
        }
        if self.options_open {
            if let Some(panel) = ui::browser::document()
                .and_then(|d| d.get_element_by_id("options-panel"))
                .and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = panel.show_popover();
            }
        }
        // The reader stays where they were reading: the app's cards off screen are drawn
        // only when near it (content-visibility), so those above may have other heights.
        if let Some((key, top)) = &self.place {
            ui::browser::focus::scroll_to_place(key, *top);
        }
        if let Some((key, top)) = self.focus {
            ui::browser::focus::focus_quietly(&key, Some(top));
        }
    }
}

/// The first item (card, event, heading) of the built page on screen, and how far down the
/// screen its top is, when the page is scrolled at all.
fn first_on_screen(built: &web_sys::Element) -> Option<(String, f64)> {
    if ui::browser::window()?.scroll_y().ok()? <= 0.0 {
        return None;
    }
    let items = built
        .query_selector_all("[data-position-id], [data-event-id], h2[id], h3[id]")
        .ok()?;
    (0..items.length())
        .filter_map(|i| items.get(i)?.dyn_into::<web_sys::Element>().ok())
        .find_map(|el| {
            let rect = el.get_bounding_client_rect();
            (rect.bottom() > 0.0 && rect.height() > 0.0)
                .then(|| ui::browser::focus::key_of(&el).map(|key| (key, rect.top())))
                .flatten()
        })
}

/// Removes the loading notice and tells `start.js` (and any host) that the app runs.
pub fn announce_ready() {
    if let Some(boot) = ui::browser::document().and_then(|d| d.get_element_by_id("boot")) {
        boot.remove();
    }
    if let (Some(w), Ok(ready)) = (
        ui::browser::window(),
        web_sys::Event::new("briefing-explorer:ready"),
    ) {
        let _ = w.dispatch_event(&ready);
    }
}
