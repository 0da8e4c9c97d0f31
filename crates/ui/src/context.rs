//! The explorer's shared state: one `ExplorerContext` provided at the top of the page, and
//! `use_explorer` for every view and control below it. It holds the briefing shown, the
//! reader's choices, the filtered results, the interface language and theme, and the
//! loader's status; every change of the reader's choices goes through one of its step
//! methods, which say what kind of history step it is.
//!
//! Nothing here calls the browser while the page is built: what the address says at
//! start arrives as a [`Startup`], so the same views render natively (at build time) too.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser;
use briefing::Briefing;
use explore::embed::EmbedOptions;
use explore::engine::{Loaded, Results};
use explore::history::{History, Step};
use explore::loads::LoadStatus;
use explore::prefs::Theme;
use explore::state::ExploreState;
use explore::url::{decode, encode, param, unmatched};
use i18n::{self, packs, Lang};

/// What the page knows when it starts: the address's query, the browser's languages, and
/// what the reader did on the page built at build time before the app ran that the
/// address does not carry.
#[derive(Debug, Clone, Default)]
pub struct Startup {
    pub query: String,
    pub languages: Vec<String>,
    /// The filter sheet was opened on the built page (`start.js` opens it there).
    pub filters_open: bool,
}

impl Startup {
    /// What the page's address and browser say now (empty outside a browser).
    pub fn from_browser() -> Startup {
        Startup {
            query: browser::location::search(),
            languages: browser::location::languages(),
            filters_open: browser::page::built_filters_open(),
        }
    }

    /// `src=` or `draft=`: the page shows a briefing it must load first.
    pub fn links_a_briefing(&self) -> bool {
        param(&self.query, "src").is_some_and(|s| !s.trim().is_empty())
            || explore::loads::draft_key(&self.query).is_some()
    }

    /// `embed=1`: the page is an embed.
    pub fn embedded(&self) -> bool {
        param(&self.query, "embed").as_deref() == Some("1")
    }

    /// `lang=` if it names a language we have, else the browser's preferences, else English.
    pub fn lang(&self) -> Lang {
        param(&self.query, "lang")
            .and_then(|tag| Lang::parse(&tag))
            .unwrap_or_else(|| Lang::negotiate(self.languages.iter().map(String::as_str)))
    }
}

/// The state every view shares.
#[derive(Clone, Copy)]
pub struct ExplorerContext {
    /// The briefing on screen and its index; replaced whole when another one loads.
    pub loaded: RwSignal<Arc<Loaded>>,
    /// The briefing the page started with (the explorer's built-in one), shown again when
    /// the reader leaves one they loaded.
    pub builtin: StoredValue<Arc<Loaded>>,
    /// The reader's choices (what the URL carries). Read-only: changes go through
    /// [`ExplorerContext::update`] and its siblings, which keep the history right.
    pub state: ReadSignal<ExploreState>,
    set_state: WriteSignal<ExploreState>,
    pub results: Memo<Results>,
    /// The folded search terms and their alternatives, for highlighting; changes only when
    /// they do.
    pub terms: Memo<Vec<String>>,
    /// The interface language on screen: one whose text is at hand (`i18n::packs`).
    pub lang: RwSignal<Lang>,
    /// The language last asked for (`choose_lang`), which may still be on its way.
    lang_wanted: StoredValue<Lang>,
    /// A language asked for whose text could not be fetched (offline): said on the page.
    pub lang_failed: RwSignal<Option<Lang>>,
    /// What the address named that the briefing shown lacks (`explore::url::unmatched`),
    /// said on the page until the reader's next choice rewrites the address.
    pub unmatched: RwSignal<Vec<(&'static str, String)>>,
    pub theme: RwSignal<Theme>,
    /// `embed=1`.
    pub embedded: bool,
    /// How the embed is presented (`maxheight=`, `density=compact`, `filters=1`).
    pub embed_options: EmbedOptions,
    /// An embed showing one view only (`embed=1&view=...`): links to other views leave it.
    pub fixed_view: bool,
    /// True while a `src=` link's briefing loads at start: nothing of the built-in one is
    /// drawn meanwhile.
    pub waiting: RwSignal<bool>,
    /// Loading another briefing (`src=`, a file): progress or the report.
    pub load: RwSignal<LoadStatus>,
    history: StoredValue<History>,
    /// False for a preview inside another page (the studio): its steps never touch the
    /// page's address.
    owns_address: bool,
}

impl ExplorerContext {
    /// Creates the shared state for `briefing` as `startup` describes it, and provides it
    /// to everything below the current owner.
    pub fn provide(briefing: Briefing, startup: &Startup) -> ExplorerContext {
        Self::create(briefing, startup, true)
    }

    /// The shared state for a preview of `briefing` inside another page (the studio): the
    /// default view in `lang`, whose steps never write the page's address.
    pub fn provide_preview(briefing: Briefing, lang: Lang) -> ExplorerContext {
        let ctx = Self::create(briefing, &Startup::default(), false);
        ctx.lang.set(lang);
        ctx
    }

    fn create(briefing: Briefing, startup: &Startup, owns_address: bool) -> ExplorerContext {
        let loaded = RwSignal::new(Arc::new(Loaded::new(briefing)));
        let initial = loaded.with_untracked(|l| decode(&startup.query, &l.briefing));
        let (state, set_state) = signal(initial);
        // Changing the view or the grouping must not rerun the filters.
        let filter = Memo::new(move |_| state.with(|s| s.filter.clone()));
        let results = Memo::new(move |_| {
            let filter = filter.get();
            loaded.with(|l| l.run(&filter))
        });
        // What the search matches, misspellings corrected and spellings folded included.
        let terms = Memo::new(move |_| results.with(|r| r.search.highlights()));
        let embedded = startup.embedded();
        let wanted = startup.lang();
        let at_hand = packs::installed(wanted);
        let ctx = ExplorerContext {
            loaded,
            builtin: StoredValue::new(loaded.get_untracked()),
            state,
            set_state,
            results,
            terms,
            // At start the wanted language's pack is fetched before the page is drawn
            // (`briefing_explorer::start`); without it, English, and a note saying so.
            lang: RwSignal::new(if at_hand { wanted } else { Lang::En }),
            lang_wanted: StoredValue::new(wanted),
            lang_failed: RwSignal::new((!at_hand).then_some(wanted)),
            // A linked briefing (`src=`, `draft=`) is judged once it is here (the loader).
            unmatched: RwSignal::new(if owns_address && !startup.links_a_briefing() {
                loaded.with_untracked(|l| unmatched(&startup.query, &l.briefing))
            } else {
                Vec::new()
            }),
            theme: RwSignal::new(Theme::from_query(&startup.query)),
            embedded,
            embed_options: EmbedOptions::from_query(&startup.query),
            fixed_view: embedded && param(&startup.query, "view").is_some(),
            waiting: RwSignal::new(false),
            load: RwSignal::new(LoadStatus::Idle),
            history: StoredValue::new(History::new(embedded)),
            owns_address,
        };
        provide_context(ctx);
        ctx
    }

    /// Shows the interface in `lang`, once its text is at hand: at once when it is, else
    /// after fetching its pack (a choice made meanwhile wins). When the pack cannot be
    /// fetched, the page stays in its language and says so.
    pub fn choose_lang(&self, lang: Lang) {
        self.lang_wanted.set_value(lang);
        if packs::installed(lang) {
            self.lang_failed.set(None);
            self.lang.set(lang);
            return;
        }
        let ex = *self;
        leptos::task::spawn_local(async move {
            let result = browser::fetch::fetch_language(lang).await;
            if ex.lang_wanted.get_value() != lang {
                return;
            }
            match result {
                Ok(()) => {
                    ex.lang_failed.set(None);
                    ex.lang.set(lang);
                }
                Err(_) => ex.lang_failed.set(Some(lang)),
            }
        });
    }

    /// Interface text for `key` in the current language (reactive).
    pub fn t(&self, key: &str) -> &'static str {
        i18n::text(self.lang.get(), key)
    }

    /// Interface text for `key`, as a view that follows the language. Every static label
    /// of the page goes through this one function, so the framework's code for a text
    /// that follows the language exists once, not once per label.
    pub fn tr(
        &self,
        key: &'static str,
    ) -> impl Fn() -> &'static str + Clone + Send + Sync + 'static {
        let ex = *self;
        move || ex.t(key)
    }

    /// [`ExplorerContext::tr`] for a key built at run time (a stance, a view...).
    pub fn tr_owned(
        &self,
        key: String,
    ) -> impl Fn() -> &'static str + Clone + Send + Sync + 'static {
        let ex = *self;
        move || ex.t(&key)
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

    /// The query string of the current state (reactive).
    pub fn query(&self) -> String {
        self.state
            .with(|s| self.loaded.with(|l| encode(s, &l.briefing)))
    }

    /// The query string `change` would lead to (reactive), for links.
    pub fn query_after(&self, change: impl FnOnce(&mut ExploreState)) -> String {
        let mut target = self.state.get();
        change(&mut target);
        self.query_of(&target)
    }

    /// The query string of `state` for the briefing shown (reactive).
    pub fn query_of(&self, state: &ExploreState) -> String {
        self.loaded.with(|l| encode(state, &l.briefing))
    }

    /// A reader's action: a new history entry.
    ///
    /// It ends the landing on a cited item: `cite=` is dropped unless the change itself
    /// names one (a "show in source" or "cited by" link).
    pub fn update(&self, change: impl FnOnce(&mut ExploreState)) {
        self.step(Step::Action, |s| {
            s.cite = None;
            change(s);
        });
    }

    /// A keystroke in the search box: one history entry per search. Emptying the box is
    /// an action of its own, so the search stays in history behind it.
    pub fn type_search(&self, text: String) {
        let kind = if text.trim().is_empty() {
            Step::Action
        } else {
            Step::Typing
        };
        self.step(kind, |s| {
            s.cite = None;
            s.filter.query = text;
        });
    }

    /// A change that corrects the address rather than being a reader's step (a `src=`
    /// that could not be shown is taken out): replaces the history entry.
    pub fn correct(&self, change: impl FnOnce(&mut ExploreState)) {
        self.step(Step::Correction, change);
    }

    /// Back or forward showed another entry: shows its state without writing anything.
    pub fn restore(&self, state: ExploreState) {
        self.history.update_value(History::restore);
        self.set_state.set(state);
    }

    /// Shows `state`, which the address already describes (another briefing opened with
    /// the address's filters): nothing to write.
    pub fn adopt(&self, state: ExploreState) {
        self.set_state.set(state);
    }

    /// Applies `change` as a step of kind `kind` and writes the address as the history
    /// rules say.
    pub fn step(&self, kind: Step, change: impl FnOnce(&mut ExploreState)) {
        if kind != Step::Correction && !self.unmatched.with_untracked(Vec::is_empty) {
            self.unmatched.set(Vec::new());
        }
        self.set_state.update(change);
        self.write_address(kind);
    }

    /// Writes the address for the state just changed (one copy of this code, however many
    /// kinds of change call it).
    fn write_address(&self, kind: Step) {
        if !self.owns_address {
            return;
        }
        let (query, already_there) = self.state.with_untracked(|state| {
            self.loaded.with_untracked(|l| {
                let there = decode(&browser::location::search(), &l.briefing) == *state;
                (encode(state, &l.briefing), there)
            })
        });
        let url = format!("{}{query}", browser::location::pathname());
        let history = self.history;
        let plan = history
            .try_update_value(|h| h.step(kind, url, already_there))
            .unwrap_or_default();
        browser::history::carry_out(plan, move || {
            history.try_update_value(History::pause).flatten()
        });
    }

    /// The reader's state as a query string without the embedding-only parameters: what a
    /// host may mirror and what the full explorer opens with (reactive).
    pub fn shared_query(&self) -> String {
        explore::embed::without_embed(&self.query())
    }
}

/// The explorer's shared state; every component below the page may use it.
///
/// # Panics
/// Outside the explorer page, which provides it (a wiring mistake a test would show).
pub fn use_explorer() -> ExplorerContext {
    use_context::<ExplorerContext>().expect("ExplorerContext is provided by the page")
}
