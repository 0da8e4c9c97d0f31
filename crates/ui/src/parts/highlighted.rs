//! Text with the search terms marked, rendered as text nodes and `<mark>`s (never as HTML).

use leptos::prelude::*;

use crate::context::use_explorer;
use explore::search::match_ranges;
use explore::segments::pieces;

/// `text`, which starts at byte `at` of a larger text, with the parts inside the sorted
/// byte `ranges` of that larger text wrapped in `<mark>`.
pub fn marked(text: &str, at: usize, ranges: &[(usize, usize)]) -> Vec<AnyView> {
    pieces(text, at, ranges)
        .into_iter()
        .map(|(piece, mark)| {
            let piece = piece.to_string();
            if mark {
                view! { <mark>{piece}</mark> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect()
}

/// `text`, with every match of the current search wrapped in `<mark>`.
#[component]
pub fn Highlighted(#[prop(into)] text: String) -> impl IntoView {
    let ex = use_explorer();
    // Redrawn only when this text's matches change, not on every keystroke.
    let text_for_ranges = text.clone();
    let ranges = Memo::new(move |_| ex.terms.with(|t| match_ranges(&text_for_ranges, t)));
    move || ranges.with(|r| marked(&text, 0, r))
}
