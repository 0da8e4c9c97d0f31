//! A link that names actors, topics or a cited item the briefing shown does not have:
//! said once, in plain words, instead of silently showing something else.

use leptos::prelude::*;

use crate::context::use_explorer;
use i18n::{fill, fill_isolated};

/// Shown while the address names what the briefing lacks (`ExplorerContext::unmatched`).
#[component]
pub fn UnmatchedNotice() -> impl IntoView {
    let ex = use_explorer();
    let sentence = move || {
        let names = ex.unmatched.with(|missing| {
            missing
                .iter()
                .map(|(kind, id)| fill_isolated(ex.t(&format!("unmatched.{kind}")), &[("id", id)]))
                .collect::<Vec<_>>()
                .join(", ")
        });
        fill(ex.t("unmatched.note"), &[("names", names)])
    };
    move || {
        (!ex.waiting.get() && !ex.unmatched.with(Vec::is_empty)).then(|| {
            view! {
                <div class="unmatched-notice" role="status">
                    <p>{sentence}</p>
                    <button type="button" class="btn" on:click=move |_| ex.unmatched.set(Vec::new())>
                        {ex.tr("load.dismiss")}
                    </button>
                </div>
            }
        })
    }
}
