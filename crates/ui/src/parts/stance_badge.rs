//! A stance as text plus a distinct shape, so it never depends on colour alone.

use leptos::prelude::*;

use i18n::keys;

use crate::context::use_explorer;
use briefing::Stance;

/// The stance's label with its shape; the shape is decorative (the text carries the meaning).
#[component]
pub fn StanceBadge(stance: Stance) -> impl IntoView {
    let ex = use_explorer();
    let word = stance.as_str().to_string();
    let key = keys::stance(&stance);
    view! {
        <span class=format!("stance stance-{word}")>
            <StanceIcon stance />
            <span class="stance-label">{ex.tr_owned(key)}</span>
        </span>
    }
}

/// Circle (supports), cross (opposes), half circle (conditional), triangle (demands),
/// diamond (concerned), dashed circle (exploring).
#[component]
pub fn StanceIcon(stance: Stance) -> impl IntoView {
    let shape = match stance {
        Stance::Supports => view! { <circle cx="8" cy="8" r="6" fill="currentColor" /> }.into_any(),
        Stance::Opposes => view! {
            <path d="M3 3 L13 13 M13 3 L3 13" stroke="currentColor" stroke-width="3" fill="none" />
        }
        .into_any(),
        Stance::Conditional => view! {
            <g>
                <circle cx="8" cy="8" r="5.5" stroke="currentColor" stroke-width="2" fill="none" />
                <path d="M8 2.5 A5.5 5.5 0 0 0 8 13.5 Z" fill="currentColor" />
            </g>
        }
        .into_any(),
        Stance::Demands => view! { <path d="M8 1.5 L14.5 14 L1.5 14 Z" fill="currentColor" /> }.into_any(),
        Stance::Concerned => view! {
            <path d="M8 1.5 L14.5 8 L8 14.5 L1.5 8 Z" stroke="currentColor" stroke-width="2" fill="none" />
        }
        .into_any(),
        Stance::Exploring | Stance::Unknown(_) => view! {
            <circle cx="8" cy="8" r="5.5" stroke="currentColor" stroke-width="2" stroke-dasharray="3 2" fill="none" />
        }
        .into_any(),
    };
    view! {
        <svg class="stance-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            {shape}
        </svg>
    }
}
