//! The interface-text keys the code builds at run time from a value (a stance, a phase, a
//! view...). Every such key is made here, so a test can walk every value of every
//! vocabulary and prove each key has text in every language.

use std::path::{Path, PathBuf};

use briefing::{Attribution, Phase, Stance};
use explore::prefs::Theme;
use explore::reader::Mark;
use explore::state::View;

pub fn stance(s: &Stance) -> String {
    format!("stance.{}", s.as_str())
}

pub fn phase(p: &Phase) -> String {
    format!("phase.{}", p.as_str())
}

pub fn attribution(a: &Attribution) -> String {
    format!("attribution.{}", a.as_str())
}

pub fn view(v: View) -> String {
    format!("view.{}", v.as_str())
}

pub fn theme(t: Theme) -> String {
    format!("theme.{}", t.as_str())
}

/// The reader's legend entry for a kind of marked passage.
pub fn mark(m: Mark) -> String {
    format!("source.mark.{}", m.as_str())
}

/// A filter group's legend (`facet.actor`) and hint (`facet.actor.hint`), by its URL word.
pub fn facet(word: &str) -> (String, String) {
    (format!("facet.{word}"), format!("facet.{word}.hint"))
}

/// The URL words of the four filter groups.
pub const FACETS: [&str; 4] = ["actor", "topic", "stance", "phase"];

/// The string literals shaped like interface keys (`word.word`, lowercase) in every `.rs`
/// file under `dir`, with the file each is in: what the crates that draw check against
/// the tables in their tests, so a key written in code cannot lack its text.
pub fn written_keys(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    rust_files(dir, &mut files);
    let mut keys = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap_or_default();
        for piece in source.split('"').skip(1).step_by(2) {
            let shaped = piece.contains('.')
                && !piece.starts_with('.')
                && !piece.ends_with('.')
                && piece
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'.' || b == b'_');
            if shaped {
                keys.push((file.clone(), piece.to_string()));
            }
        }
    }
    keys
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for path in entries.flatten().map(|e| e.path()) {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// True when `has` knows `key`, or `key` is a plural key written without its category
/// (`count.positions` for `count.positions.one` and `.other`).
pub fn is_known(key: &str, has: impl Fn(&str) -> bool) -> bool {
    has(key) || has(&format!("{key}.other"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{lookup, problems, Lang};
    use briefing::problem::Code;

    /// Every key the code can build at run time, from every value of every vocabulary.
    fn built_keys() -> Vec<String> {
        let mut keys: Vec<String> = Vec::new();
        keys.extend(Stance::ALL.iter().map(stance));
        keys.extend(Phase::ALL.iter().map(phase));
        keys.extend(Attribution::ALL.iter().map(attribution));
        keys.extend(View::ALL.into_iter().map(view));
        keys.extend(Theme::ALL.into_iter().map(theme));
        keys.extend(Mark::ALL.into_iter().map(mark));
        keys.extend(explore::loads::Why::KEYS.iter().map(|k| k.to_string()));
        for word in FACETS {
            let (legend, hint) = facet(word);
            keys.push(legend);
            keys.push(hint);
        }
        // The pseudo-paths of problems that have no JSON path.
        keys.extend(["(document)", "(file)", "(network)"].map(|p| format!("path.{p}")));
        keys
    }

    #[test]
    fn every_key_built_at_run_time_has_text_in_every_language() {
        for lang in Lang::ALL {
            let missing: Vec<String> = built_keys()
                .into_iter()
                .filter(|k| lookup(lang, k).is_none())
                .collect();
            assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
            // Problem codes are typed: each has a template in each language by
            // construction; a template must not be empty either.
            for code in Code::ALL {
                assert!(
                    !problems::template(lang, code).trim().is_empty(),
                    "{lang:?} {code}"
                );
            }
        }
    }
}
