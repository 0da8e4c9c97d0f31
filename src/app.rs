//! The app shell: loads the briefing, wires the shared state into context and lays out the
//! page's landmarks.
//!
//! A briefing that fails validation never reaches the views; the reader gets the
//! validation report instead of a blank or half-drawn page.

use std::sync::Arc;

use leptos::prelude::*;

use crate::briefing::embedded::default_briefing;
use crate::briefing::Briefing;
use crate::explore::engine::{Index, Results};
use crate::explore::fold::terms as search_terms;
use crate::explore::state::{ExploreState, View};
use crate::explore::url::param;
use crate::i18n::{self, Lang};
use crate::ui::active_filters::ActiveFilters;
use crate::ui::cards::Cards;
use crate::ui::embed::{self, OpenFullExplorer};
use crate::ui::filters::Filters;
use crate::ui::header::Header;
use crate::ui::loader::{load_src_param, LoadStatus, LoadStatusPanel};
use crate::ui::matrix::Matrix;
use crate::ui::preferences::{follow_theme, initial_theme, Theme};
use crate::ui::print_view::PrintView;
use crate::ui::result_count::ResultCount;
use crate::ui::source_reader::SourceReader;
use crate::ui::timeline::Timeline;
use crate::ui::url_sync;
use crate::ui::validation_report::ValidationReport;
use crate::ui::view_switch::ViewSwitch;

/// A valid briefing and its search index, swapped together.
pub struct Loaded {
    pub briefing: Briefing,
    pub index: Index,
}

impl Loaded {
    pub fn new(briefing: Briefing) -> Self {
        let index = Index::new(&briefing);
        Loaded { briefing, index }
    }
}

/// The state every view shares, provided as context.
#[derive(Clone, Copy)]
pub struct Explorer {
    pub loaded: RwSignal<Arc<Loaded>>,
    pub state: RwSignal<ExploreState>,
    pub results: Memo<Results>,
    /// The folded search terms, for highlighting; changes only when the search does.
    pub terms: Memo<Vec<String>>,
    pub lang: RwSignal<Lang>,
    pub theme: RwSignal<Theme>,
    /// An embed showing one view only (`embed=1&view=...`): links to other views leave it.
    pub fixed_view: bool,
    /// True while a `src=` link's briefing loads at start: nothing of the built-in one is
    /// drawn meanwhile.
    pub waiting: RwSignal<bool>,
    /// Set by the search box just before it changes the state, so the address bar can
    /// tell typing (one history entry per search) from other actions.
    pub typing: StoredValue<bool>,
    /// Set before a change that corrects the address rather than being a reader's step
    /// (a `src=` that failed to load): the address bar replaces its entry.
    pub replace_next: StoredValue<bool>,
    /// Loading another briefing (`src=`, a file): progress or the report.
    pub load: RwSignal<LoadStatus>,
}

impl Explorer {
    /// Interface text for `key` in the current language (reactive).
    pub fn t(&self, key: &str) -> &'static str {
        i18n::text(self.lang.get(), key)
    }

    /// `"{n} positions"` in the current language (reactive).
    pub fn count(&self, key: &str, n: usize) -> String {
        i18n::count(self.lang.get(), key, n)
    }

    /// The briefing's own language, for `lang` on elements that show its text (the
    /// interface language may differ).
    pub fn data_lang(&self) -> String {
        self.loaded.with(|l| l.briefing.language.clone())
    }

    /// Changes the state the way a reader's action does: a new history entry.
    ///
    /// A reader's action ends the landing on a cited item: `cite=` is dropped unless the
    /// change itself names one (a "show in source" or "cited by" link).
    pub fn update(&self, change: impl FnOnce(&mut ExploreState)) {
        self.state.update(|s| {
            s.cite = None;
            change(s);
        });
    }
}

/// The explorer context; every component below `App` may use it.
pub fn use_explorer() -> Explorer {
    use_context::<Explorer>().expect("Explorer context is provided by App")
}

/// The whole explorer.
#[component]
pub fn App() -> impl IntoView {
    #[cfg(feature = "fault-injection")]
    panic!("fault injection: a deliberate panic while rendering the app");

    match default_briefing() {
        Ok(briefing) => view! { <Explorer briefing /> }.into_any(),
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

/// The explorer for one valid briefing.
#[component]
fn Explorer(briefing: Briefing) -> impl IntoView {
    let loaded = RwSignal::new(Arc::new(Loaded::new(briefing)));
    let initial = loaded.with_untracked(|l| url_sync::read_location(&l.briefing));
    let state = RwSignal::new(initial);
    let lang = RwSignal::new(url_sync::initial_lang());
    // Changing the view or the grouping must not rerun the filters.
    let filter = Memo::new(move |_| state.with(|s| s.filter.clone()));
    let terms = Memo::new(move |_| filter.with(|f| search_terms(&f.query)));
    let results = Memo::new(move |_| {
        let filter = filter.get();
        loaded.with(|l| {
            l.index
                .run(&filter, l.briefing.actors.len(), l.briefing.topics.len())
        })
    });
    let explorer = Explorer {
        loaded,
        state,
        results,
        terms,
        lang,
        theme: RwSignal::new(initial_theme()),
        waiting: RwSignal::new(false),
        fixed_view: embed::is_embedded() && param(&url_sync::location_search(), "view").is_some(),
        typing: StoredValue::new(false),
        replace_next: StoredValue::new(false),
        load: RwSignal::new(LoadStatus::Idle),
    };
    provide_context(explorer);
    url_sync::keep_in_sync(explorer);
    load_src_param(explorer, explorer.load);
    // A `src=` link: nothing of the built-in briefing is drawn while the linked one loads
    // (it would flash, then be replaced, and drawing it would slow the load down). Once
    // the load ends, either briefing is drawn: the linked one, or on failure the built-in
    // one under the report.
    let waiting = explorer.waiting;
    waiting.set(matches!(
        explorer.load.get_untracked(),
        LoadStatus::Loading { .. }
    ));
    Effect::new(move |_| {
        let loading = matches!(explorer.load.get(), LoadStatus::Loading { .. });
        if !loading && waiting.get_untracked() {
            waiting.set(false);
        }
    });

    let embedded = embed::is_embedded();
    // In an embed, a `view=` chosen by the newsroom fills the frame on its own.
    let fixed_view = explorer.fixed_view;
    embed::report_size_and_state();
    follow_theme(explorer);

    // A memo, so that only a change of view (not every keystroke) redraws the view.
    let current = Memo::new(move |_| state.with(|s| s.view));
    // The tab, the history menu and bookmarks name the briefing and the view.
    Effect::new(move |_| {
        let view = explorer.t(&format!("view.{}", current.get().as_str()));
        let title = loaded.with(|l| format!("{} — {view} · Briefing Explorer", l.briefing.title));
        gloo_utils::document().set_title(&title);
    });
    let title = move || loaded.with(|l| l.briefing.title.clone());
    let chrome = (!embedded).then(|| {
        view! {
            <a class="skip-link" href="#results">
                {move || explorer.t("skip")}
            </a>
            <Header />
        }
    });
    // Inside <main>: an embed has no other landmark for it to live in.
    let embed_bar = embedded.then(|| {
        view! {
            <div class="embed-bar">
                <h1 class="visually-hidden" lang=move || explorer.data_lang()>{title}</h1>
                // The filter panel (and its count) is not in an embed; changes made in
                // the frame are still announced.
                <ResultCount />
                <OpenFullExplorer />
            </div>
        }
    });
    view! {
        <div id="app" class:embedded=embedded>
            {chrome}
            <main id="main" tabindex="-1">
                {embed_bar}
                <LoadStatusPanel />
                <div class="layout">
                    <Show when=move || !embedded && !waiting.get()>
                        <Filters />
                    </Show>
                    <section id="results" class="results" tabindex="-1" aria-labelledby="results-heading">
                        <h2 id="results-heading" class="visually-hidden">
                            {move || explorer.t("results.heading")}
                        </h2>
                        <Show when=move || !waiting.get()>
                            {(!fixed_view).then(|| view! { <ViewSwitch /> })}
                            <ActiveFilters />
                            {move || match current.get() {
                                View::Cards => view! { <Cards /> }.into_any(),
                                View::Matrix => view! { <Matrix /> }.into_any(),
                                View::Timeline => view! { <Timeline /> }.into_any(),
                                View::Source => view! { <SourceReader /> }.into_any(),
                            }}
                        </Show>
                    </section>
                </div>
                <PrintView />
            </main>
        </div>
    }
}
