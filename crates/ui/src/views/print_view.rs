//! What a printout adds to the view on screen: a short header saying what is printed (the
//! view, how many items, the page's address) and when. The view itself prints as it is
//! shown, with its filters: the print stylesheet drops the controls.

use leptos::prelude::*;

use crate::browser::{location, page};
use crate::context::use_explorer;
use crate::controls::result_count::summary;
use crate::parts::effect::effect;
use i18n::{fill_isolated, keys};

/// The header of a printout, drawn only while printing (or print media is emulated).
#[component]
pub fn PrintHeader() -> impl IntoView {
    let ex = use_explorer();
    let printing = RwSignal::new(false);
    effect(move || page::follow_print_media(printing));
    move || {
        if !printing.get() {
            return ().into_any();
        }
        let lang = ex.lang.get();
        let view = ex.state.with(|s| s.view);
        let shown = ex
            .results
            .with(|r| summary(lang, view, r.positions.len(), r.events.len()));
        let what = format!("{} · {shown}", ex.t(&keys::view(view)));
        let when = fill_isolated(
            ex.t("print.when"),
            &[
                ("date", page::today(lang.tag())),
                ("address", location::absolute(&ex.query())),
            ],
        );
        view! {
            <div class="print-header" aria-hidden="true">
                <p class="print-what">{what}</p>
                <p class="print-when">{when}</p>
            </div>
        }
        .into_any()
    }
}
