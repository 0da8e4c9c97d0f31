//! Where things are on the studio's page: an item's label and its form, going to a section
//! and focusing a field there, and the selection in the source text. The sections and
//! panels use these; they depend only on the shared state (`state`).

use leptos::prelude::*;

use super::state::Studio;
use crate::browser::{focus_later, selection as dom};
use authoring::draft::Item;
use authoring::fields::{element_id, Section};

/// Shows `section` and focuses the element `element` in it once drawn.
pub fn go_to(s: Studio, section: Section, element: String) {
    s.section.set(section);
    focus_later(element);
}

/// The label of an item for lists and notices: "Actor · Topic" or "“when” — title".
pub fn item_label(s: Studio, item: Item) -> String {
    s.with_briefing(|b| match item {
        Item::Position(i) => b.positions.get(i).map(|p| {
            if p.actor.is_empty() && p.topic.is_empty() {
                p.id.clone()
            } else {
                b.position_label(p)
            }
        }),
        Item::Event(i) => b.events.get(i).map(|e| {
            if e.title.is_empty() {
                e.id.clone()
            } else {
                e.title.clone()
            }
        }),
    })
    .unwrap_or_default()
}

/// The section and form element of an item.
pub fn item_place(item: Item) -> (Section, String) {
    match item {
        Item::Position(i) => (Section::Positions, element_id(&format!("positions[{i}]"))),
        Item::Event(i) => (Section::Events, element_id(&format!("events[{i}]"))),
    }
}

/// The selection changed somewhere in the page: if it is inside the source text, it is
/// the passage to quote; a caret collapsed inside the text means nothing is selected.
pub fn selection_changed(s: Studio) {
    let Some(d) = crate::browser::document() else {
        return;
    };
    let Some(el) = d.query_selector("[data-studio-source]").ok().flatten() else {
        return;
    };
    let i = s.source.get_untracked();
    let passage = s.doc.with_untracked(|doc| {
        doc.as_ref()
            .and_then(|doc| doc.briefing().sources.get(i))
            .and_then(|src| dom::selected_passage(&el, &src.text, i))
    });
    if passage.is_some() {
        s.selection.set(passage);
    } else if d.active_element().is_some_and(|a| a == el) {
        s.selection.set(None);
    }
}

/// Selects characters `start..end` of the source shown, as if the author had.
pub fn select_in_source(start: usize, end: usize) {
    let Some(el) = crate::browser::document()
        .and_then(|d| d.query_selector("[data-studio-source]").ok().flatten())
    else {
        return;
    };
    dom::select(&el, start, end);
}
