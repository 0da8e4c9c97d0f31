//! Text with the search terms marked, rendered as text nodes and `<mark>`s (never as HTML).

use leptos::prelude::*;

use crate::app::use_explorer;
use crate::explore::fold::match_ranges;

/// `text`, with every match of the current search wrapped in `<mark>`.
#[component]
pub fn Highlighted(#[prop(into)] text: String) -> impl IntoView {
    let ex = use_explorer();
    // Redrawn only when this text's matches change, not on every keystroke.
    let text_for_ranges = text.clone();
    let ranges = Memo::new(move |_| ex.terms.with(|t| match_ranges(&text_for_ranges, t)));
    move || {
        let mut pieces = Vec::new();
        let mut at = 0;
        for (start, end) in ranges.get() {
            if start > at {
                pieces.push(text[at..start].to_string().into_any());
            }
            pieces.push(view! { <mark>{text[start..end].to_string()}</mark> }.into_any());
            at = end;
        }
        if at < text.len() {
            pieces.push(text[at..].to_string().into_any());
        }
        pieces
    }
}
