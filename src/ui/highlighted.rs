//! Text with the search terms marked, rendered as text nodes and `<mark>`s (never as HTML).

use leptos::prelude::*;

use crate::app::use_explorer;
use crate::explore::fold::{match_ranges, terms};

/// `text`, with every match of the current search wrapped in `<mark>`.
#[component]
pub fn Highlighted(#[prop(into)] text: String) -> impl IntoView {
    let ex = use_explorer();
    move || {
        let terms = ex.state.with(|s| terms(&s.filter.query));
        let mut pieces = Vec::new();
        let mut at = 0;
        for (start, end) in match_ranges(&text, &terms) {
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
