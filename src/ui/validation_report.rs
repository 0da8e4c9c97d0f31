//! Shows every problem of a briefing that failed validation, path first.

use leptos::prelude::*;

use crate::app::Explorer;
use crate::briefing::Problem;
use crate::i18n::{self, Lang};

/// The list of problems, announced to screen readers as an alert. Works with or without
/// the explorer context (the default briefing itself may be what failed).
#[component]
pub fn ValidationReport(problems: Vec<Problem>) -> impl IntoView {
    let lang = use_context::<Explorer>().map(|ex| ex.lang);
    let count = problems.len();
    let heading = move || {
        i18n::count(
            lang.map(|l| l.get()).unwrap_or(Lang::En),
            "report.problems",
            count,
        )
    };
    let items = problems
        .into_iter()
        .map(|p| {
            view! {
                <li>
                    <code class="path">{p.path}</code>
                    ": "
                    <span>{p.message}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="validation-report" role="alert" aria-labelledby="validation-heading">
            <h2 id="validation-heading">{heading}</h2>
            <ul>{items}</ul>
        </section>
    }
}
