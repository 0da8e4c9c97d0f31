//! Shows every problem of a briefing that failed validation, path first.

use leptos::prelude::*;

use crate::briefing::Problem;

/// The list of problems, announced to screen readers as an alert.
#[component]
pub fn ValidationReport(problems: Vec<Problem>) -> impl IntoView {
    let count = problems.len();
    let heading = if count == 1 {
        "This briefing has 1 problem".to_string()
    } else {
        format!("This briefing has {count} problems")
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
