//! The keyed list every long list draws its items with: items are indexes (into the
//! briefing, or line numbers), each its own key.
//!
//! Leptos's `For` is generic over its three closures, and each instance carries its own
//! copy of the keyed update (the diff, the moves, the row owners): one per list made the
//! wasm hold five of them. Here the closures go behind `Arc<dyn …>` and every list shares
//! one instance; what a list draws and how it updates are the same.

use std::sync::Arc;

use leptos::prelude::*;

/// The indexes to draw, in order (read reactively).
type Indexes = Arc<dyn Fn() -> Vec<usize> + Send + Sync>;
/// The view of the item at an index.
type Row = Arc<dyn Fn(usize) -> AnyView + Send + Sync>;

/// A keyed list of `row(i)` for each `i` of `each()`: like `<For each key=|i| *i>`, an
/// item kept from one update to the next keeps its elements and its reactive owner.
pub fn keyed_rows<V: IntoView + 'static>(
    each: impl Fn() -> Vec<usize> + Send + Sync + 'static,
    row: impl Fn(usize) -> V + Send + Sync + 'static,
) -> AnyView {
    keyed(
        Arc::new(each),
        Arc::new(move |i| row(i).into_view().into_any()),
    )
}

/// The one `For` instance behind [`keyed_rows`].
fn keyed(each: Indexes, row: Row) -> AnyView {
    view! { <For each=move || each() key=|i: &usize| *i children=move |i| row(i) /> }.into_any()
}
