//! The evaluation set (`tests/suggest/` at the repository root) and how suggestions are
//! scored against it, shared by `cargo run -p suggest --example evaluate` (which prints
//! the figures) and the floor test (which holds them above generous floors).
//!
//! - The seed article is `data/briefing.json`'s source; its gold is that briefing: every
//!   position the source attributes to someone (attribution `stated` or `reported`) is a
//!   quotation to find, its actor the speaker (by name or alias), its quotes' extent the
//!   passage. A suggestion finds it when it covers that extent within one paragraph; a
//!   suggestion is right when it covers, or lies within, a passage any position quotes.
//!   Its dates are in `tests/suggest/seed.gold.json`.
//! - The other articles are fictional, written for this set, each beside a
//!   `NAME.gold.json`: its direct quotations (marks included) and their speakers, its
//!   dated passages and their phases. A direct suggestion finds a gold quotation when
//!   each covers at least 80% of the other; reported suggestions are not scored there.
//! - A date is found when a suggested date covers at least half of it; a suggested date
//!   that matches none is counted as not in the text's dates (the target: none).

// Shared by the example and the floor test, each of which uses only part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use serde_json::Value;
use suggest::{QuoteKind, Suggestions};

pub const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// A range of characters in an article.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    pub start: usize,
    pub end: usize,
}

impl Range {
    fn len(self) -> usize {
        self.end - self.start
    }
    fn overlap(self, other: Range) -> usize {
        self.end
            .min(other.end)
            .saturating_sub(self.start.max(other.start))
    }
    fn contains(self, other: Range) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

pub struct GoldQuote {
    pub range: Range,
    /// Names the speaker goes by (name and aliases); empty: no speaker.
    pub speakers: Vec<String>,
}

pub struct GoldDate {
    pub range: Range,
    pub phase: String,
}

pub struct Article {
    pub name: String,
    pub language: String,
    pub style: String,
    pub text: String,
    pub quotes: Vec<GoldQuote>,
    pub dates: Vec<GoldDate>,
    /// The seed: matched by covering a passage, and precision against every position.
    pub seed_passages: Option<Vec<Range>>,
}

/// Counts for one article (or a sum of them).
#[derive(Debug, Default, Clone, Copy)]
pub struct Score {
    pub gold_quotes: usize,
    pub found_quotes: usize,
    pub suggested: usize,
    pub right_suggestions: usize,
    pub speakers_right: usize,
    pub gold_dates: usize,
    pub found_dates: usize,
    pub phases_right: usize,
    pub dates_not_in_gold: usize,
}

impl Score {
    pub fn add(&mut self, o: &Score) {
        self.gold_quotes += o.gold_quotes;
        self.found_quotes += o.found_quotes;
        self.suggested += o.suggested;
        self.right_suggestions += o.right_suggestions;
        self.speakers_right += o.speakers_right;
        self.gold_dates += o.gold_dates;
        self.found_dates += o.found_dates;
        self.phases_right += o.phases_right;
        self.dates_not_in_gold += o.dates_not_in_gold;
    }
    pub fn recall(&self) -> f64 {
        ratio(self.found_quotes, self.gold_quotes)
    }
    pub fn precision(&self) -> f64 {
        ratio(self.right_suggestions, self.suggested)
    }
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speakers_right, self.found_quotes)
    }
    pub fn date_recall(&self) -> f64 {
        ratio(self.found_dates, self.gold_dates)
    }
    pub fn phase_accuracy(&self) -> f64 {
        ratio(self.phases_right, self.found_dates)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn fold(s: &str) -> String {
    briefing::fold::fold(s).trim().to_string()
}

/// Where `needle` first occurs in `text` at or after character `from`, in characters.
fn find_chars(text: &[char], needle: &str, from: usize) -> Option<Range> {
    let needle: Vec<char> = needle.chars().collect();
    (from..=text.len().saturating_sub(needle.len()))
        .find(|&i| text[i..i + needle.len()] == needle[..])
        .map(|start| Range {
            start,
            end: start + needle.len(),
        })
}

/// Locates gold texts in order: each after the one before.
fn locate(name: &str, chars: &[char], texts: &[&str]) -> Vec<Range> {
    let mut at = 0;
    texts
        .iter()
        .map(|t| {
            let r = find_chars(chars, t, at)
                .unwrap_or_else(|| panic!("{name}: gold text not in the article, in order: {t:?}"));
            at = r.start + 1;
            r
        })
        .collect()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn gold_dates(name: &str, chars: &[char], gold: &Value) -> Vec<GoldDate> {
    let dates = gold["dates"].as_array().cloned().unwrap_or_default();
    let texts: Vec<&str> = dates.iter().map(|d| d["text"].as_str().unwrap()).collect();
    locate(name, chars, &texts)
        .into_iter()
        .zip(&dates)
        .map(|(range, d)| GoldDate {
            range,
            phase: d["phase"].as_str().unwrap().to_string(),
        })
        .collect()
}

/// Every article of the set: the seed first, then the fictional ones by name.
pub fn articles() -> Vec<Article> {
    let dir = PathBuf::from(ROOT).join("tests/suggest");
    let mut out = vec![seed(&dir)];
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    for path in names {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let text = read(&path);
        let gold: Value =
            serde_json::from_str(&read(&dir.join(format!("{name}.gold.json")))).unwrap();
        assert_eq!(
            gold["fictional"],
            Value::Bool(true),
            "{name}: mark it fictional"
        );
        let chars: Vec<char> = text.chars().collect();
        let quotes = gold["quotes"].as_array().cloned().unwrap_or_default();
        let texts: Vec<&str> = quotes.iter().map(|q| q["text"].as_str().unwrap()).collect();
        let quotes = locate(&name, &chars, &texts)
            .into_iter()
            .zip(&quotes)
            .map(|(range, q)| GoldQuote {
                range,
                speakers: q["speaker"]
                    .as_str()
                    .map(|s| vec![s.to_string()])
                    .unwrap_or_default(),
            })
            .collect();
        out.push(Article {
            language: gold["language"].as_str().unwrap_or("").into(),
            style: gold["style"].as_str().unwrap_or("").into(),
            dates: gold_dates(&name, &chars, &gold),
            name,
            text,
            quotes,
            seed_passages: None,
        });
    }
    out
}

/// The seed article and its gold, from the default briefing.
fn seed(dir: &Path) -> Article {
    let b: Value =
        serde_json::from_str(&read(&PathBuf::from(ROOT).join("data/briefing.json"))).unwrap();
    let text = b["sources"][0]["text"].as_str().unwrap().to_string();
    let actors = b["actors"].as_array().unwrap();
    let names_of = |id: &str| -> Vec<String> {
        let a = actors.iter().find(|a| a["id"] == id).unwrap();
        let mut names = vec![a["name"].as_str().unwrap().to_string()];
        // "Leaders (unnamed)": the parenthesis is the editor's note, not the name.
        if let Some((bare, _)) = names[0].split_once(" (") {
            names.push(bare.to_string());
        }
        names.extend(
            a["aliases"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap().to_string()),
        );
        names
    };
    let extent = |p: &Value| {
        let qs = p["quotes"].as_array().unwrap();
        Range {
            start: qs
                .iter()
                .map(|q| q["start"].as_u64().unwrap() as usize)
                .min()
                .unwrap(),
            end: qs
                .iter()
                .map(|q| q["end"].as_u64().unwrap() as usize)
                .max()
                .unwrap(),
        }
    };
    let positions = b["positions"].as_array().unwrap();
    let quotes = positions
        .iter()
        .filter(|p| matches!(p["attribution"].as_str(), Some("stated" | "reported")))
        .map(|p| GoldQuote {
            range: extent(p),
            speakers: names_of(p["actor"].as_str().unwrap()),
        })
        .collect();
    let passages = positions
        .iter()
        .flat_map(|p| p["quotes"].as_array().unwrap().iter())
        .map(|q| Range {
            start: q["start"].as_u64().unwrap() as usize,
            end: q["end"].as_u64().unwrap() as usize,
        })
        .collect();
    let gold: Value = serde_json::from_str(&read(&dir.join("seed.gold.json"))).unwrap();
    let chars: Vec<char> = text.chars().collect();
    Article {
        name: "seed (data/briefing.json)".into(),
        language: "en".into(),
        style: "the seed article: reported speech, two short quotations".into(),
        dates: gold_dates("seed", &chars, &gold),
        text,
        quotes,
        seed_passages: Some(passages),
    }
}

/// Scores the suggestions for one article; `misses` collects what went wrong, to print.
pub fn score(article: &Article, s: &Suggestions, misses: &mut Vec<String>) -> Score {
    let chars: Vec<char> = article.text.chars().collect();
    let show = |r: Range| chars[r.start..r.end].iter().collect::<String>();
    let para_of = |at: usize| chars[..at].iter().filter(|c| **c == '\n').count();
    let mut score = Score {
        gold_quotes: article.quotes.len(),
        gold_dates: article.dates.len(),
        ..Score::default()
    };
    let candidates: Vec<(Range, &suggest::QuoteSuggestion)> = s
        .quotes
        .iter()
        .filter(|q| article.seed_passages.is_some() || q.kind == QuoteKind::Direct)
        .map(|q| {
            (
                Range {
                    start: q.start,
                    end: q.end,
                },
                q,
            )
        })
        .collect();
    let matches = |gold: Range, r: Range| match &article.seed_passages {
        Some(_) => r.contains(gold) && para_of(r.start) == para_of(gold.end),
        None => {
            let o = r.overlap(gold) as f64;
            o >= 0.8 * gold.len() as f64 && o >= 0.8 * r.len() as f64
        }
    };
    for g in &article.quotes {
        // The tightest suggestion that finds it.
        let hit = candidates
            .iter()
            .filter(|(r, _)| matches(g.range, *r))
            .min_by_key(|(r, _)| r.len());
        match hit {
            Some((_, q)) => {
                score.found_quotes += 1;
                let right = match &q.speaker {
                    None => g.speakers.is_empty(),
                    Some(name) => g.speakers.iter().any(|n| fold(n) == fold(name)),
                };
                if right {
                    score.speakers_right += 1;
                } else {
                    misses.push(format!(
                        "speaker {:?} for {:?}, gold {:?}",
                        q.speaker,
                        show(g.range),
                        g.speakers.first()
                    ));
                }
            }
            None => misses.push(format!("quotation not found: {:?}", show(g.range))),
        }
    }
    score.suggested = candidates.len();
    for (r, _) in &candidates {
        let right = match &article.seed_passages {
            Some(passages) => passages.iter().any(|p| r.contains(*p) || p.contains(*r)),
            None => article.quotes.iter().any(|g| matches(g.range, *r)),
        };
        if right {
            score.right_suggestions += 1;
        } else {
            misses.push(format!("quotation suggested, not in gold: {:?}", show(*r)));
        }
    }
    score_dates(article, s, &mut score, misses, &show);
    score
}

fn score_dates(
    article: &Article,
    s: &Suggestions,
    score: &mut Score,
    misses: &mut Vec<String>,
    show: &dyn Fn(Range) -> String,
) {
    let suggested: Vec<(Range, &str)> = s
        .dates
        .iter()
        .map(|d| {
            (
                Range {
                    start: d.start,
                    end: d.end,
                },
                d.phase.as_str(),
            )
        })
        .collect();
    let found = |g: &GoldDate, r: Range| 2 * r.overlap(g.range) >= g.range.len();
    for g in &article.dates {
        match suggested.iter().find(|(r, _)| found(g, *r)) {
            Some((_, phase)) => {
                score.found_dates += 1;
                if *phase == g.phase {
                    score.phases_right += 1;
                } else {
                    misses.push(format!(
                        "phase {phase} for {:?}, gold {}",
                        show(g.range),
                        g.phase
                    ));
                }
            }
            None => misses.push(format!("date not found: {:?}", show(g.range))),
        }
    }
    for (r, _) in &suggested {
        if !article.dates.iter().any(|g| found(g, *r)) {
            score.dates_not_in_gold += 1;
            misses.push(format!("date suggested, not in gold: {:?}", show(*r)));
        }
    }
}
