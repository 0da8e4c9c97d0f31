//! The page shell: lays out the explorer's landmarks around the views, or the validation
//! report when the built-in briefing itself is broken. The shared state and its wiring to
//! the browser live in `ui::context` and `ui::connect`.

use leptos::prelude::*;

use crate::embedded::default_briefing;
use ui::context::{ExplorerContext, Startup};
use ui::controls::active_filters::ActiveFilters;
use ui::controls::filters::{FilterSheet, Filters, FiltersButton};
use ui::controls::open_full::OpenFullExplorer;
use ui::controls::preferences::LanguageNotice;
use ui::controls::result_count::{ResultCount, SearchNote};
use ui::controls::view_switch::ViewSwitch;
use ui::loader::LoadStatusPanel;
use ui::parts::show_if::ShowIf;
use ui::parts::unmatched_notice::UnmatchedNotice;
use ui::parts::validation_report::ValidationReport;
use ui::views::header::Header;
use ui::views::print_view::PrintHeader;
use ui::views::ChosenView;

/// The whole explorer, as the page's address and browser describe it at start.
#[component]
pub fn App() -> impl IntoView {
    view! { <Page startup=ui::context::Startup::from_browser() /> }
}

/// The whole explorer for a given start (natively: the default state).
#[component]
pub fn Page(startup: Startup) -> impl IntoView {
    #[cfg(feature = "fault-injection")]
    panic!("fault injection: a deliberate panic while rendering the app");

    match default_briefing() {
        Ok(briefing) => {
            let ex = ExplorerContext::provide(briefing, &startup);
            ui::connect(ex, &startup.query);
            view! { <Layout filters_open=startup.filters_open /> }.into_any()
        }
        Err(problems) => view! {
            <div id="app">
                <main id="main">
                    <h1>"Briefing Explorer"</h1>
                    <ValidationReport problems />
                </main>
            </div>
        }
        .into_any(),
    }
}

/// The landmarks: skip link and masthead (not in an embed), the embed's bar, the loader's
/// panel, a printout's header, and the filters beside the results (which start with the
/// view bar: views, filters button, count). The filter sheet starts open when the reader
/// opened it on the page built at build time.
#[component]
fn Layout(filters_open: bool) -> impl IntoView {
    let ex = ui::context::use_explorer();
    let embedded = ex.embedded;
    let waiting = ex.waiting;
    // An embed shows the filter controls only when the newsroom asked for them.
    let filters = !embedded || ex.embed_options.filters;
    let compact = embedded && ex.embed_options.compact;
    FilterSheet::provide(filters_open);
    let title = move || ex.loaded.with(|l| l.briefing.title.clone());
    let chrome = (!embedded).then(|| {
        view! {
            <a class="skip-link" href="#results">
                {ex.tr("skip")}
            </a>
            <Header />
        }
    });
    // Inside <main>: an embed has no other landmark for it to live in.
    let embed_bar = embedded.then(|| {
        view! {
            <div class="embed-bar">
                <h1 class="visually-hidden" lang=move || ex.data_lang()>{title}</h1>
                <OpenFullExplorer />
            </div>
        }
    });
    view! {
        <div id="app" class:embedded=embedded class:compact=compact>
            {chrome}
            <main id="main" tabindex="-1">
                {embed_bar}
                <LoadStatusPanel />
                <UnmatchedNotice />
                <LanguageNotice />
                <PrintHeader />
                <div class="layout">
                    <ShowIf when=move || filters && !waiting.get()>
                        <Filters />
                    </ShowIf>
                    <section id="results" class="results" tabindex="-1" aria-labelledby="results-heading">
                        <h2 id="results-heading" class="visually-hidden">
                            {ex.tr("results.heading")}
                        </h2>
                        <ShowIf when=move || !waiting.get()>
                            <div class="view-bar">
                                // In an embed, a `view=` chosen by the newsroom fills the
                                // frame on its own.
                                {(!ex.fixed_view).then(|| view! { <ViewSwitch /> })}
                                {filters.then(|| view! { <FiltersButton /> })}
                                // The live count: every change is announced, in an embed too.
                                <ResultCount />
                            </div>
                            <ActiveFilters />
                            <SearchNote />
                            <ChosenView />
                        </ShowIf>
                    </section>
                </div>
            </main>
        </div>
    }
}
