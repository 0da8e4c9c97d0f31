//! Loading another briefing, as bookkeeping with no browser types: what the loader shows
//! (`LoadStatus`), where the briefing on screen came from (`Shown`), and which load may
//! still change anything (`Loads`).
//!
//! Loads are numbered. Starting one, cancelling, or a stall makes every earlier number
//! stale, and a stale load's result is dropped: a slow `src=` cannot replace a file picked
//! afterwards. Time is passed in (milliseconds), so the rules are tested natively.

use briefing::problem::Code;
use briefing::Problem;

/// Where Briefing Studio leaves a draft for the explorer to show with `draft=<id>`: a
/// `localStorage` key of this site, holding the briefing's JSON. The studio writes it;
/// the explorer only reads it (a `blob:` URL would not pass `connect-src 'self'`).
pub const DRAFT_KEY_PREFIX: &str = "briefing-studio:preview:";

/// A studio draft's id: 1 to 64 ASCII letters, digits, `-` or `_`.
pub fn is_draft_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The `localStorage` key of the studio draft that `draft=` names in `query`, if any.
pub fn draft_key(query: &str) -> Option<String> {
    crate::url::param(query, "draft")
        .filter(|id| is_draft_id(id))
        .map(|id| format!("{DRAFT_KEY_PREFIX}{id}"))
}

/// The longest file name or address the loader's sentences show whole, in characters.
pub const NAME_CHARS: usize = 160;

/// `name` as the loader's sentences show it: whole up to [`NAME_CHARS`], else its start
/// and its end around "…" (where an address names its site and its file), so a
/// 100,000-character `src=` cannot bury the message or run off the page.
pub fn short_name(name: &str) -> String {
    let count = name.chars().count();
    if count <= NAME_CHARS {
        return name.to_string();
    }
    let tail = NAME_CHARS / 3;
    let head = NAME_CHARS - tail - 1;
    let start: String = name.chars().take(head).collect();
    let end: String = name.chars().skip(count - tail).collect();
    format!("{start}…{end}")
}

/// A download stops when less than [`STALL_BYTES`] arrive in this many milliseconds: a
/// server that goes silent stops it, and so does one that trickles a byte now and then
/// (which "nothing arrived for 30 s" alone never caught).
pub const STALL_MS: u64 = 30_000;

/// The progress that keeps a download alive for another [`STALL_MS`]: 1 KB.
pub const STALL_BYTES: usize = 1024;

/// What the loader is doing.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum LoadStatus {
    #[default]
    Idle,
    /// Reading `what`: bytes so far and, when known, in all.
    Loading {
        what: String,
        done: f64,
        total: Option<f64>,
    },
    /// `what` could not be shown, for these reasons.
    Failed {
        what: String,
        problems: Vec<Problem>,
    },
}

impl LoadStatus {
    pub fn is_loading(&self) -> bool {
        matches!(self, LoadStatus::Loading { .. })
    }

    /// The progress, in whole percent, when the total is known.
    pub fn percent(&self) -> Option<u32> {
        match self {
            LoadStatus::Loading {
                done,
                total: Some(total),
                ..
            } if *total > 0.0 => Some((done / total * 100.0).min(100.0) as u32),
            _ => None,
        }
    }
}

/// Where the briefing on screen came from, for the "Loaded from" notice.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Shown {
    /// The built-in briefing.
    #[default]
    Default,
    /// `src=`: the parameter, and its address as the notice shows it.
    Src { src: String, label: String },
    /// A local file, by name.
    File(String),
}

impl Shown {
    /// The `src=` that describes what is shown (none for the built-in briefing or a file).
    pub fn src(&self) -> Option<&str> {
        match self {
            Shown::Src { src, .. } => Some(src),
            Shown::Default | Shown::File(_) => None,
        }
    }
}

/// A load's number; only the latest may change what is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadId(u64);

/// What a stall check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stall {
    /// The load is over or stale: nothing to watch.
    Gone,
    /// Something arrived recently: check again after this many milliseconds.
    CheckAgainIn(u64),
    /// Nothing arrived for too long: the load is stopped, and this is its report.
    Stopped { what: String, problem: Problem },
}

/// The loads' bookkeeping.
#[derive(Debug, Default)]
pub struct Loads {
    generation: u64,
    running: bool,
    what: String,
    /// When the current load last made [`STALL_BYTES`] of progress (ms), and how many
    /// bytes it had then.
    last_progress: f64,
    bytes_then: usize,
    /// The `src=` last acted on, to tell a back/forward that changes it from one that
    /// changes only filters.
    target: Option<String>,
}

impl Loads {
    /// Starts a load of `what` at `now`; every earlier load becomes stale.
    pub fn begin(&mut self, what: &str, now: f64) -> LoadId {
        self.generation += 1;
        self.running = true;
        self.what = what.to_string();
        self.last_progress = now;
        self.bytes_then = 0;
        LoadId(self.generation)
    }

    /// Stops the current load, if any: its later results are dropped.
    pub fn cancel(&mut self) {
        self.generation += 1;
        self.running = false;
    }

    /// True while load `id` is the latest and not over.
    pub fn is_current(&self, id: LoadId) -> bool {
        self.running && id.0 == self.generation
    }

    /// Load `id` has `done` bytes at `now`: progress once [`STALL_BYTES`] more arrived
    /// than at the last progress.
    pub fn progressed(&mut self, id: LoadId, now: f64, done: usize) {
        if self.is_current(id) && done >= self.bytes_then + STALL_BYTES {
            self.last_progress = now;
            self.bytes_then = done;
        }
    }

    /// Ends load `id`; false if it was superseded, cancelled or stopped, in which case its
    /// result must be dropped.
    pub fn end(&mut self, id: LoadId) -> bool {
        let current = self.is_current(id);
        if current {
            self.running = false;
        }
        current
    }

    /// Checks load `id` for a stall at `now`, stopping it when less than [`STALL_BYTES`]
    /// arrived in the last `limit_ms`.
    pub fn check_stall(&mut self, id: LoadId, now: f64, limit_ms: u64) -> Stall {
        if !self.is_current(id) {
            return Stall::Gone;
        }
        let idle = (now - self.last_progress).max(0.0);
        let limit = limit_ms as f64;
        if idle < limit {
            return Stall::CheckAgainIn((limit - idle) as u64 + 1);
        }
        self.cancel();
        Stall::Stopped {
            what: self.what.clone(),
            problem: Problem::new(
                "(network)",
                Code::NetworkTimeout,
                vec![
                    ("seconds", (limit_ms / 1000).to_string()),
                    ("kb", (STALL_BYTES / 1024).to_string()),
                ],
            ),
        }
    }

    /// The `src=` last acted on.
    pub fn target(&self) -> Option<&str> {
        self.target.as_deref()
    }

    pub fn set_target(&mut self, target: Option<String>) {
        self.target = target;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_latest_load_wins() {
        let mut loads = Loads::default();
        let slow = loads.begin("a.json", 0.0);
        let picked = loads.begin("b.json", 10.0);
        assert!(!loads.is_current(slow));
        assert!(!loads.end(slow), "a superseded load's result is dropped");
        assert!(loads.end(picked));
        assert!(!loads.end(picked), "a load ends once");
    }

    #[test]
    fn cancelling_drops_the_result() {
        let mut loads = Loads::default();
        let id = loads.begin("a.json", 0.0);
        loads.cancel();
        assert!(!loads.is_current(id));
        assert!(!loads.end(id));
        assert_eq!(loads.check_stall(id, 1e9, STALL_MS), Stall::Gone);
    }

    #[test]
    fn a_load_stalls_only_after_the_limit_without_progress() {
        let mut loads = Loads::default();
        let id = loads.begin("slow.json", 1_000.0);
        assert_eq!(
            loads.check_stall(id, 21_000.0, STALL_MS),
            Stall::CheckAgainIn(10_001)
        );
        loads.progressed(id, 25_000.0, 4_000);
        assert_eq!(
            loads.check_stall(id, 31_000.0, STALL_MS),
            Stall::CheckAgainIn(24_001)
        );
        let Stall::Stopped { what, problem } = loads.check_stall(id, 55_000.0, STALL_MS) else {
            panic!("should have stopped");
        };
        assert_eq!(what, "slow.json");
        assert_eq!(problem.code, Code::NetworkTimeout);
        assert_eq!(problem.arg("seconds"), "30");
        assert!(!loads.end(id), "a stopped load's late bytes are dropped");
    }

    #[test]
    fn a_trickle_under_a_kilobyte_in_the_limit_is_a_stall() {
        let mut loads = Loads::default();
        let id = loads.begin("trickle.json", 0.0);
        // One byte every 20 s: each arrives, but 30 s never bring 1 KB.
        for (i, at) in [20_000.0, 40_000.0].into_iter().enumerate() {
            loads.progressed(id, at, i + 1);
        }
        let Stall::Stopped { problem, .. } = loads.check_stall(id, 41_000.0, STALL_MS) else {
            panic!("a trickle should stop");
        };
        assert_eq!(problem.arg("kb"), "1");
        // 1 KB that arrives in small pieces still counts once it adds up.
        let id = loads.begin("slow-but-moving.json", 0.0);
        for step in 1..=10 {
            loads.progressed(id, step as f64 * 2_900.0, step * 110);
        }
        assert_eq!(
            loads.check_stall(id, 31_000.0, STALL_MS),
            Stall::CheckAgainIn(28_001)
        );
    }

    #[test]
    fn progress_of_a_stale_load_does_not_keep_the_new_one_alive() {
        let mut loads = Loads::default();
        let old = loads.begin("a", 0.0);
        let new = loads.begin("b", 0.0);
        loads.progressed(old, 29_000.0, 100_000);
        assert!(matches!(
            loads.check_stall(new, 30_000.0, STALL_MS),
            Stall::Stopped { .. }
        ));
    }

    #[test]
    fn status_percent() {
        let loading = |done, total| LoadStatus::Loading {
            what: "x".into(),
            done,
            total,
        };
        assert_eq!(loading(50.0, Some(200.0)).percent(), Some(25));
        assert_eq!(loading(500.0, Some(200.0)).percent(), Some(100));
        assert_eq!(loading(5.0, None).percent(), None);
        assert_eq!(loading(5.0, Some(0.0)).percent(), None);
        assert!(loading(0.0, None).is_loading());
        assert!(!LoadStatus::Idle.is_loading());
    }

    #[test]
    fn long_names_are_shortened_in_the_middle() {
        assert_eq!(short_name("slow.json"), "slow.json");
        let exact = "é".repeat(NAME_CHARS);
        assert_eq!(short_name(&exact), exact);
        let long = format!("https://example.org/{}/end.json", "x".repeat(100_000));
        let short = short_name(&long);
        assert_eq!(short.chars().count(), NAME_CHARS);
        assert!(short.starts_with("https://example.org/xxx"), "{short}");
        assert!(
            short.ends_with("xxx/end.json") && short.contains('…'),
            "{short}"
        );
    }

    #[test]
    fn draft_names_a_studio_draft_by_a_safe_id() {
        assert_eq!(
            draft_key("?draft=d1abc_2&view=matrix").as_deref(),
            Some("briefing-studio:preview:d1abc_2")
        );
        assert_eq!(draft_key("?draft=../x"), None);
        assert_eq!(draft_key("?draft="), None);
        assert_eq!(draft_key(&format!("?draft={}", "a".repeat(65))), None);
        assert_eq!(draft_key("?src=a.json"), None);
    }
}

/// What a reader is told when a briefing could not be shown: what happened and what they
/// can do, in plain words (interface keys); the problems themselves follow as details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Why {
    /// What happened: `why.not_found`, `why.unreachable`...
    pub what: &'static str,
    /// What the reader can do: `advice.link`, `advice.file`, `advice.invalid`.
    pub advice: &'static str,
    /// True when the problems are technical details (folded away); false when they are
    /// the list of what to fix in the file (shown).
    pub technical: bool,
}

impl Why {
    /// The plain account of `problems` (the first one decides).
    pub fn of(problems: &[Problem]) -> Why {
        let link = |what| Why {
            what,
            advice: "advice.link",
            technical: true,
        };
        let file = |what| Why {
            what,
            advice: "advice.file",
            technical: true,
        };
        let fix = |what| Why {
            what,
            advice: "advice.invalid",
            technical: false,
        };
        let Some(first) = problems.first() else {
            return link("why.unknown");
        };
        match first.code {
            Code::NetworkHttpError | Code::NetworkHttpErrorUntyped => {
                match first.arg("status").parse::<u16>().unwrap_or(0) {
                    404 | 410 => link("why.not_found"),
                    401 | 403 => link("why.forbidden"),
                    500..=599 => link("why.server"),
                    _ => link("why.http"),
                }
            }
            Code::NetworkFetchFailed => link("why.unreachable"),
            Code::NetworkNotJson => link("why.not_json"),
            Code::NetworkTimeout => link("why.timeout"),
            Code::NetworkReadFailed => link("why.broken"),
            Code::FileTooLarge | Code::FileLargerThanLimit => file("why.too_large"),
            Code::FileEmpty => file("why.empty"),
            Code::FileNotUtf8 => file("why.not_briefing"),
            Code::DraftMissing => Why {
                what: "why.draft_missing",
                advice: "advice.draft",
                technical: true,
            },
            // Problems in the file's content are what its author fixes: shown, not folded.
            Code::DocumentTooDeep | Code::DocumentNotObject => fix("why.not_briefing"),
            Code::JsonSyntax | Code::JsonData => fix("why.not_json_file"),
            Code::FormatMissing | Code::FormatUnknown => fix("why.format"),
            _ => fix("why.invalid"),
        }
    }

    /// Every interface key `of` can give, for the completeness tests.
    pub const KEYS: &'static [&'static str] = &[
        "why.unknown",
        "why.not_found",
        "why.forbidden",
        "why.server",
        "why.http",
        "why.unreachable",
        "why.not_json",
        "why.timeout",
        "why.broken",
        "why.too_large",
        "why.empty",
        "why.not_briefing",
        "why.not_json_file",
        "why.format",
        "why.invalid",
        "why.draft_missing",
        "advice.link",
        "advice.file",
        "advice.invalid",
        "advice.draft",
    ];
}

#[cfg(test)]
mod why_tests {
    use super::*;

    fn problem(code: Code, args: Vec<(&'static str, String)>) -> Vec<Problem> {
        vec![Problem::new("(network)", code, args)]
    }

    #[test]
    fn network_failures_are_told_plainly_with_the_details_folded() {
        let not_found = Why::of(&problem(
            Code::NetworkHttpError,
            vec![("status", "404".into())],
        ));
        assert_eq!(
            (not_found.what, not_found.advice, not_found.technical),
            ("why.not_found", "advice.link", true)
        );
        assert_eq!(
            Why::of(&problem(
                Code::NetworkHttpErrorUntyped,
                vec![("status", "503".into())]
            ))
            .what,
            "why.server"
        );
        assert_eq!(
            Why::of(&problem(
                Code::NetworkHttpError,
                vec![("status", "403".into())]
            ))
            .what,
            "why.forbidden"
        );
        assert_eq!(
            Why::of(&problem(
                Code::NetworkHttpError,
                vec![("status", "418".into())]
            ))
            .what,
            "why.http"
        );
        assert_eq!(
            Why::of(&problem(Code::NetworkTimeout, vec![])).what,
            "why.timeout"
        );
        assert_eq!(
            Why::of(&problem(Code::FileNotUtf8, vec![])).advice,
            "advice.file"
        );
        for code in Code::ALL {
            let why = Why::of(&problem(code, vec![]));
            assert!(
                Why::KEYS.contains(&why.what) && Why::KEYS.contains(&why.advice),
                "{code}"
            );
        }
    }

    #[test]
    fn a_missing_draft_is_not_called_an_invalid_file() {
        let why = Why::of(&problem(Code::DraftMissing, vec![]));
        assert_eq!(
            (why.what, why.advice),
            ("why.draft_missing", "advice.draft")
        );
    }

    #[test]
    fn a_briefing_with_problems_shows_them_as_what_to_fix() {
        let why = Why::of(&problem(
            Code::ReferenceActor,
            vec![("id", "kremlin".into())],
        ));
        assert_eq!((why.what, why.technical), ("why.invalid", false));
    }
}
