//! `<ShowIf>`: Leptos's `<Show>` with its closures behind one type.
//!
//! `Show` is generic over its condition and its children's view, so each use carried its
//! own memo, its own render effect and its own two-way view (nine copies in the wasm).
//! `ShowIf` takes the condition as a `Signal<bool>` and the children as `ChildrenFn`, and
//! is the one `Show` instance: the condition is still memoized, the children are still
//! built only when it turns true, and the fallback shown otherwise.

use leptos::prelude::*;

/// The children while `when` is true, else `fallback` (nothing by default).
#[component]
pub fn ShowIf(
    #[prop(into)] when: Signal<bool>,
    children: ChildrenFn,
    #[prop(optional, into)] fallback: ViewFn,
) -> impl IntoView {
    view! {
        <Show when=move || when.get() fallback=fallback>
            {children()}
        </Show>
    }
}
