//! The selection inside the source text, in characters. The text is drawn as runs, each
//! an element whose `data-at` is the character offset where it starts; a selection's
//! boundary (a text node and a UTF-16 offset in it, or an element and a child index)
//! becomes a character offset through its run (`studio::selection`).

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

use super::{document, window};
use authoring::selection::{chars_to_utf16, passage, utf16_to_chars, Passage};

fn at_of(el: &Element) -> Option<usize> {
    el.get_attribute("data-at")?.parse().ok()
}

/// The character offset of a selection boundary inside `container`.
fn offset_of(container: &Element, node: &Node, offset: u32, total: usize) -> Option<usize> {
    if !container.contains(Some(node)) {
        return None;
    }
    if node.node_type() == Node::TEXT_NODE {
        let run = node.parent_element()?.closest("[data-at]").ok()??;
        let text = node.text_content().unwrap_or_default();
        // Text before this node inside the run (a run holds one text node as drawn).
        return Some(at_of(&run)? + utf16_to_chars(&text, offset as usize));
    }
    let el: &Element = node.dyn_ref()?;
    if let Some(at) = at_of(el) {
        // A boundary inside a run element, by child index: its start or its end.
        if offset == 0 {
            return Some(at);
        }
        let text = el.text_content().unwrap_or_default();
        return Some(at + text.chars().count());
    }
    // Between runs: the first run at or after the child index, or the end of the text.
    let children = el.child_nodes();
    (offset..children.length())
        .filter_map(|i| children.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .find_map(|e| at_of(&e))
        .or(Some(total))
}

/// The passage selected inside `container` (the source text of source `source`, whose
/// whole text is `text`), trimmed of white space; `None` if the selection is elsewhere
/// or empty.
pub fn selected_passage(container: &Element, text: &str, source: usize) -> Option<Passage> {
    let selection = window()?.get_selection().ok()??;
    if selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let total = text.chars().count();
    let start = offset_of(
        container,
        &range.start_container().ok()?,
        range.start_offset().ok()?,
        total,
    )?;
    let end = offset_of(
        container,
        &range.end_container().ok()?,
        range.end_offset().ok()?,
        total,
    )?;
    passage(text, source, start, end)
}

/// The run element holding character `n` and the UTF-16 offset of `n` in its text node.
fn point(container: &Element, n: usize) -> Option<(Node, u32)> {
    let runs = container.query_selector_all("[data-at]").ok()?;
    let mut found: Option<(Element, usize)> = None;
    for i in 0..runs.length() {
        let Some(el) = runs.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let Some(at) = at_of(&el) else { continue };
        if at <= n {
            found = Some((el, at));
        } else {
            break;
        }
    }
    let (el, at) = found?;
    let node = el.first_child()?;
    let text = node.text_content().unwrap_or_default();
    Some((node, chars_to_utf16(&text, n - at) as u32))
}

/// Selects characters `start..end` of the source text in `container` and focuses it, as
/// if the author had selected them ("select this sentence", re-selecting a quote).
pub fn select(container: &Element, start: usize, end: usize) {
    let Some(d) = document() else {
        return;
    };
    let (Some((a, a_off)), Some((b, b_off))) = (point(container, start), point(container, end))
    else {
        return;
    };
    let Ok(range) = d.create_range() else {
        return;
    };
    if range.set_start(&a, a_off).is_err() || range.set_end(&b, b_off).is_err() {
        return;
    }
    if let Some(el) = container.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
    if let Some(selection) = window().and_then(|w| w.get_selection().ok().flatten()) {
        let _ = selection.remove_all_ranges();
        let _ = selection.add_range(&range);
    }
    if let Some(el) = a.parent_element() {
        el.scroll_into_view_with_bool(false);
    }
}
