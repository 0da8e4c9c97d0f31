//! Shows every problem of a briefing that failed validation, path first, in the interface
//! language. Long reports show their first [`SHOWN_FIRST`] problems and a "show all"
//! button, so that a file with a thousand problems does not draw a thousand items at once.

use leptos::prelude::*;

use crate::context::ExplorerContext;
use briefing::problem::Code;
use briefing::Problem;
use i18n::problems::{message, path_label};
use i18n::{self, Lang};

/// How many problems a report shows before "show all".
pub const SHOWN_FIRST: usize = 100;

/// One problem: its path, then its message in `lang`.
fn item(problem: Problem, lang: impl Fn() -> Lang + Copy + Send + Sync + 'static) -> impl IntoView {
    let path = problem.path.clone();
    view! {
        <li>
            <code class="path">{move || path_label(lang(), &path)}</code>
            ": "
            <span>{move || message(lang(), &problem)}</span>
        </li>
    }
}

/// The list of problems, announced to screen readers as an alert. Works with or without
/// the explorer context (the default briefing itself may be what failed).
#[component]
pub fn ValidationReport(
    problems: Vec<Problem>,
    /// Inside a panel that is already an alert (a failed load): not an alert of its own.
    #[prop(optional)]
    quiet: bool,
) -> impl IntoView {
    let lang_signal = use_context::<ExplorerContext>().map(|ex| ex.lang);
    let lang = move || lang_signal.map(|l| l.get()).unwrap_or(Lang::En);
    // The last entry may only say that more were left out; it is not a problem to count.
    let count = problems
        .iter()
        .filter(|p| p.code != Code::ProblemsMore)
        .count();
    // A download or a file that could not even be read is not "a briefing with problems".
    let unreadable = problems
        .iter()
        .all(|p| p.path == "(network)" || p.path == "(file)");
    let heading = move || {
        if unreadable {
            i18n::text(lang(), "report.unreadable").to_string()
        } else {
            i18n::count(lang(), "report.problems", count)
        }
    };
    let total = problems.len();
    let mut first = problems;
    let rest = first.split_off(total.min(SHOWN_FIRST));
    let show_all = RwSignal::new(false);
    let first = first.into_iter().map(|p| item(p, lang)).collect_view();
    let rest = StoredValue::new(rest);
    let more = move || {
        show_all.get().then(|| {
            rest.get_value()
                .into_iter()
                .map(|p| item(p, lang))
                .collect_view()
        })
    };
    let button = move || {
        (total > SHOWN_FIRST && !show_all.get()).then(|| {
            let label = i18n::fill(
                i18n::text(lang(), "report.show_all"),
                &[("n", count.to_string())],
            );
            view! {
                <button type="button" class="show-all" on:click=move |_| show_all.set(true)>
                    {label}
                </button>
            }
        })
    };
    view! {
        <section class="validation-report" role=(!quiet).then_some("alert") aria-labelledby="validation-heading">
            <h2 id="validation-heading">{heading}</h2>
            <ul>{first}{more}</ul>
            {button}
        </section>
    }
}
