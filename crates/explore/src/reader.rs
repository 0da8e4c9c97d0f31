//! The source reader as data: each source cut into runs, each cited run knowing which of
//! the shown items cite it, which run "show in source" lands on, and where a long source
//! is cut until the reader asks for the rest.
//!
//! The items whose passages are marked are those the filters show, plus the item `cite=`
//! names even when the filters hide it (the reader came for that one). The "cited by"
//! list of a passage is its run's citers, so the marks and the list always agree.

use std::ops::Range;

use briefing::{Attribution, Briefing};

use super::engine::Results;
use super::landing::citer_by_id;
use super::segments::{segments, Citer};

/// Runs of a source drawn before "show the rest": thousands of citations make a heavy page.
pub const RUNS_SHOWN_FIRST: usize = 600;
/// Runs drawn past the landing passage when it lies beyond the first ones.
const RUNS_AFTER_TARGET: usize = 40;

/// A run of a source's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// Character offsets in the source text (`start` also names the run: `si:start`).
    pub start: usize,
    pub end: usize,
    /// Byte range in the source text.
    pub bytes: Range<usize>,
    /// Who cites it, positions first then events, each in briefing order; empty when
    /// nothing shown cites it.
    pub cited_by: Vec<Citer>,
    /// Cited by the item being landed on.
    pub current: bool,
    /// The first run of the item being landed on: where "show in source" lands.
    pub target: bool,
}

/// How a cited passage is marked: by how we know what it says, so the reader can tell
/// what was said on the record from what officials reported, analysts read or the article
/// framed itself, and passages that only the timeline cites.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mark {
    Stated,
    Reported,
    Analysis,
    Editorial,
    /// Cited by timeline events only.
    Event,
}

impl Mark {
    /// Every mark, in the order a legend lists them.
    pub const ALL: [Mark; 5] = [
        Mark::Stated,
        Mark::Reported,
        Mark::Analysis,
        Mark::Editorial,
        Mark::Event,
    ];

    /// The word used in class names and interface keys.
    pub fn as_str(self) -> &'static str {
        match self {
            Mark::Stated => "stated",
            Mark::Reported => "reported",
            Mark::Analysis => "analysis",
            Mark::Editorial => "editorial",
            Mark::Event => "event",
        }
    }

    fn of(attribution: &Attribution) -> Mark {
        match attribution {
            Attribution::Stated => Mark::Stated,
            Attribution::Reported => Mark::Reported,
            Attribution::Analysis => Mark::Analysis,
            Attribution::Editorial | Attribution::Unknown(_) => Mark::Editorial,
        }
    }
}

impl Run {
    /// How the run is marked: by the most direct attribution among the positions citing it
    /// (on the record, then reported, analysis, editorial), or as an event passage; `None`
    /// for uncited text.
    pub fn mark(&self, b: &Briefing) -> Option<Mark> {
        let positions = self.cited_by.iter().filter_map(|c| match *c {
            Citer::Position(i) => b.positions.get(i),
            Citer::Event(_) => None,
        });
        let most_direct = positions
            .map(|p| Mark::of(&p.attribution))
            .min_by_key(|m| Mark::ALL.iter().position(|x| x == m));
        match most_direct {
            Some(mark) => Some(mark),
            None if !self.cited_by.is_empty() => Some(Mark::Event),
            None => None,
        }
    }
}

/// One source's runs, as drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRuns {
    /// Index into `briefing.sources`.
    pub source: usize,
    pub runs: Vec<Run>,
    /// Runs left out until the reader asks for the whole text.
    pub cut: usize,
}

/// The part of a run drawn on one line: the run (an index into `SourceRuns::runs`) and the
/// bytes of the source text it covers there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub run: usize,
    pub bytes: Range<usize>,
}

impl SourceRuns {
    /// The runs laid out in lines, for drawing a long text a part at a time: a line ends
    /// after each line break outside a cited passage (uncited runs are split at theirs),
    /// so a passage is never cut in two. Every byte of the runs is in exactly one piece,
    /// in order.
    pub fn lines(&self, text: &str) -> Vec<Vec<Piece>> {
        let mut lines = Vec::new();
        let mut line = Vec::new();
        for (i, run) in self.runs.iter().enumerate() {
            let Some(run_text) = text.get(run.bytes.clone()) else {
                continue;
            };
            if !run.cited_by.is_empty() {
                line.push(Piece {
                    run: i,
                    bytes: run.bytes.clone(),
                });
                if run_text.ends_with('\n') {
                    lines.push(std::mem::take(&mut line));
                }
                continue;
            }
            let mut from = run.bytes.start;
            for (k, _) in run_text.match_indices('\n') {
                let end = run.bytes.start + k + 1;
                line.push(Piece {
                    run: i,
                    bytes: from..end,
                });
                lines.push(std::mem::take(&mut line));
                from = end;
            }
            if from < run.bytes.end {
                line.push(Piece {
                    run: i,
                    bytes: from..run.bytes.end,
                });
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }
}

/// The lines of one source, numbered across all sources (`first` is the number of its
/// first line), as a windowed reader draws them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceLines {
    /// Index into `briefing.sources`.
    pub source: usize,
    /// Line numbers, across all sources.
    pub lines: Vec<usize>,
}

/// How many lines the sources of `b` have in all: a reader of more than a few screens
/// draws only the lines near the screen.
pub fn line_count(b: &Briefing) -> usize {
    b.sources
        .iter()
        .map(|s| s.text.bytes().filter(|&c| c == b'\n').count() + 1)
        .sum()
}

/// The whole reader.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reader {
    pub sources: Vec<SourceRuns>,
    /// The item `cite=` names, when it exists.
    pub cited: Option<Citer>,
}

impl Reader {
    /// Lays out every source for `results`, landing on `cite`; with `whole`, no source is
    /// cut.
    pub fn build(b: &Briefing, results: &Results, cite: Option<&str>, whole: bool) -> Reader {
        let cited = cite.and_then(|id| citer_by_id(b, id));
        let mut citers: Vec<Citer> = results
            .positions
            .iter()
            .map(|&i| Citer::Position(i))
            .collect();
        citers.extend(results.events.iter().map(|&i| Citer::Event(i)));
        if let Some(c) = cited {
            if !citers.contains(&c) {
                citers.push(c);
            }
        }
        let sources = b
            .sources
            .iter()
            .enumerate()
            .map(|(si, source)| {
                let quotes: Vec<(usize, usize, Citer)> = citers
                    .iter()
                    .flat_map(|&c| {
                        let quotes = match c {
                            Citer::Position(i) => &b.positions[i].quotes,
                            Citer::Event(i) => &b.events[i].quotes,
                        };
                        quotes
                            .iter()
                            .filter(|q| q.source == source.id)
                            .map(move |q| (q.start, q.end, c))
                    })
                    .collect();
                let all = segments(&source.text, &quotes);
                let target_at = cited
                    .and_then(|c| all.iter().position(|s| s.cited_by.contains(&c)))
                    .unwrap_or(0);
                let limit = if whole {
                    usize::MAX
                } else {
                    RUNS_SHOWN_FIRST.max(target_at + RUNS_AFTER_TARGET)
                };
                let cut = all.len().saturating_sub(limit);
                let mut landed = false;
                let runs = all
                    .into_iter()
                    .take(limit)
                    .map(|seg| {
                        let current = cited.is_some_and(|c| seg.cited_by.contains(&c));
                        let target = current && !landed;
                        landed |= target;
                        Run {
                            start: seg.start,
                            end: seg.end,
                            bytes: seg.byte..seg.byte + seg.text.len(),
                            cited_by: seg.cited_by,
                            current,
                            target,
                        }
                    })
                    .collect();
                SourceRuns {
                    source: si,
                    runs,
                    cut,
                }
            })
            .collect();
        Reader { sources, cited }
    }

    /// True when some source is cut short.
    pub fn is_cut(&self) -> bool {
        self.sources.iter().any(|s| s.cut > 0)
    }

    /// Who cites the run starting at character `start` of source `source`.
    pub fn citers_at(&self, source: usize, start: usize) -> &[Citer] {
        self.sources
            .iter()
            .find(|s| s.source == source)
            .and_then(|s| s.runs.iter().find(|r| r.start == start))
            .map_or(&[], |r| r.cited_by.as_slice())
    }

    /// The `(source, start)` of the run "show in source" lands on, if drawn.
    pub fn target(&self) -> Option<(usize, usize)> {
        self.sources.iter().find_map(|s| {
            s.runs
                .iter()
                .find(|r| r.target)
                .map(|r| (s.source, r.start))
        })
    }
}
