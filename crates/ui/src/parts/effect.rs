//! [`effect`]: every effect of the explorer through one `Effect` instance.
//!
//! `Effect::new` is generic over its closure, and each instance carries its own task
//! (an async loop that waits for a change and reruns) and its own slot for the closure's
//! last value. None of ours keeps a value, so the closure goes behind `Box<dyn FnMut()>`
//! and the wasm holds that machinery once; each effect still tracks what it reads and
//! reruns when that changes, as before.

use leptos::prelude::*;

/// Runs `f` once the page's effects run, and again whenever what it read changes, for
/// the life of the current owner (an `Effect::new` whose closure keeps no value).
pub fn effect(f: impl FnMut() + 'static) {
    boxed(Box::new(f));
}

/// The one `Effect::new` behind [`effect`].
fn boxed(mut f: Box<dyn FnMut()>) {
    Effect::new(move |_: Option<()>| f());
}
