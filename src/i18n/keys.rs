//! The interface-text keys the code builds at run time from a value (a stance, a phase, a
//! view...). Every such key is made here, so a test can walk every value of every
//! vocabulary and prove each key has text in every language.

use crate::briefing::{Attribution, Phase, Stance};
use crate::explore::prefs::Theme;
use crate::explore::reader::Mark;
use crate::explore::state::View;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::problem::Code;
    use crate::i18n::{lookup, problems, Lang};

    /// Every key the code can build at run time, from every value of every vocabulary.
    fn built_keys() -> Vec<String> {
        let mut keys: Vec<String> = Vec::new();
        keys.extend(Stance::ALL.iter().map(stance));
        keys.extend(Phase::ALL.iter().map(phase));
        keys.extend(Attribution::ALL.iter().map(attribution));
        keys.extend(View::ALL.into_iter().map(view));
        keys.extend(Theme::ALL.into_iter().map(theme));
        keys.extend(Mark::ALL.into_iter().map(mark));
        keys.extend(
            crate::explore::loads::Why::KEYS
                .iter()
                .map(|k| k.to_string()),
        );
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

    /// String literals in `source` shaped like interface keys (`word.word`, lowercase).
    fn literal_keys(source: &str) -> Vec<String> {
        let mut keys = Vec::new();
        for piece in source.split('"').skip(1).step_by(2) {
            let shaped = piece.contains('.')
                && !piece.starts_with('.')
                && !piece.ends_with('.')
                && piece
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'.' || b == b'_');
            if shaped {
                keys.push(piece.to_string());
            }
        }
        keys
    }

    #[test]
    fn every_key_written_in_the_code_has_english_text() {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push(path);
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = vec![root.join("app.rs")];
        walk(&root.join("ui"), &mut files);
        let mut checked = 0;
        for file in files {
            let source = std::fs::read_to_string(&file).unwrap();
            for key in literal_keys(&source) {
                // Plural keys are written without their category (`count.positions`).
                let found = lookup(Lang::En, &key).is_some()
                    || ["one", "other"]
                        .iter()
                        .any(|c| lookup(Lang::En, &format!("{key}.{c}")).is_some());
                assert!(found, "{}: \"{key}\" has no English text", file.display());
                checked += 1;
            }
        }
        assert!(
            checked > 100,
            "only {checked} keys found: the scan is broken"
        );
    }
}
