//! Briefing Studio's interface text in English, French and Ukrainian, and the words of the
//! CSV template's errors, of placing a quote and of filling in a draft, which the command
//! line prints (in English). Tables of their own, apart from the explorer's, so that nothing of the studio
//! is compiled into the explorer; a key they lack is looked up in the explorer's tables
//! (`crate::text`), which hold what both pages say — counts, stances, attributions,
//! phases — once. Same rules as there: one `(key, text)` table per language, `{name}`
//! placeholders, plural keys ending in `.one`/`.few`/`.many`/`.other`.

mod en;
mod fr;
mod uk;

use briefing::csv::{CsvError, CsvErrorKind};
use briefing::locate::{LocateError, PLACES_SHOWN};

use crate::{fill, plural, Lang};

fn table(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => en::STRINGS,
        Lang::Fr => fr::STRINGS,
        Lang::Uk => uk::STRINGS,
    }
}

/// The text for `key` in `lang` from the studio's table, else from the explorer's.
pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    table(lang)
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
        .or_else(|| crate::lookup(lang, key))
}

/// The text for `key` in `lang`, else in English, else "(missing text)" (a missing key is
/// a bug the tests catch; the page shows it rather than panic).
pub fn text(lang: Lang, key: &str) -> &'static str {
    lookup(lang, key)
        .or_else(|| lookup(Lang::En, key))
        .unwrap_or("(missing text)")
}

/// `text` with its `{name}` placeholders filled.
pub fn with(lang: Lang, key: &str, args: &[(&str, String)]) -> String {
    fill(text(lang, key), args)
}

/// A count in words: `key.one`, `key.few`, `key.many` or `key.other`, with `{n}` filled.
pub fn count(lang: Lang, key: &str, n: usize) -> String {
    let full = format!("{key}.{}", plural(lang, n));
    let template = lookup(lang, &full).unwrap_or_else(|| text(lang, &format!("{key}.other")));
    fill(template, &[("n", n.to_string())])
}

/// The places a quote occurs, as a list for messages (the first few, then "...").
fn places(count: usize, places: &[usize]) -> String {
    let shown: Vec<String> = places
        .iter()
        .take(PLACES_SHOWN)
        .map(usize::to_string)
        .collect();
    let more = if count > PLACES_SHOWN { ", ..." } else { "" };
    format!("{}{more}", shown.join(", "))
}

/// Why a quote's words cannot be placed in the source.
pub fn locate_error(lang: Lang, error: &LocateError) -> String {
    match error {
        LocateError::Empty => text(lang, "locate.empty").to_string(),
        LocateError::NotFound => text(lang, "locate.not_found").to_string(),
        LocateError::Ambiguous { count, places: p } => with(
            lang,
            "locate.ambiguous",
            &[("count", count.to_string()), ("places", places(*count, p))],
        ),
        LocateError::Tie {
            count,
            places: p,
            hint,
            nearest: (a, b),
        } => with(
            lang,
            "locate.tie",
            &[
                ("count", count.to_string()),
                ("places", places(*count, p)),
                ("hint", hint.to_string()),
                ("a", a.to_string()),
                ("b", b.to_string()),
            ],
        ),
    }
}

/// One problem of a CSV sheet, with its row and column: "Row 3, quote: ...".
pub fn csv_error(lang: Lang, error: &CsvError) -> String {
    let row = |first: &Option<usize>| match first {
        Some(r) => with(lang, "csv.row", &[("row", r.to_string())]),
        None => text(lang, "csv.the_base").to_string(),
    };
    let message = match &error.kind {
        CsvErrorKind::UnclosedQuote => text(lang, "csv.unclosed_quote").to_string(),
        CsvErrorKind::TextAfterQuote => text(lang, "csv.text_after_quote").to_string(),
        CsvErrorKind::NoHeader => text(lang, "csv.no_header").to_string(),
        CsvErrorKind::NoRows => text(lang, "csv.no_rows").to_string(),
        CsvErrorKind::MissingColumn => text(lang, "csv.missing_column").to_string(),
        CsvErrorKind::DuplicateColumn => text(lang, "csv.duplicate_column").to_string(),
        CsvErrorKind::TooManyFields { columns, found } => with(
            lang,
            "csv.too_many_fields",
            &[
                ("columns", columns.to_string()),
                ("found", found.to_string()),
            ],
        ),
        CsvErrorKind::Required => text(lang, "csv.required").to_string(),
        CsvErrorKind::InvalidId { id } => with(lang, "csv.invalid_id", &[("id", id.clone())]),
        CsvErrorKind::DuplicateId { id, first_row } => with(
            lang,
            "csv.duplicate_id",
            &[("id", id.clone()), ("first", row(first_row))],
        ),
        CsvErrorKind::NameConflict {
            id,
            name,
            other,
            first_row,
        } => with(
            lang,
            "csv.name_conflict",
            &[
                ("id", id.clone()),
                ("name", name.clone()),
                ("other", other.clone()),
                ("first", row(first_row)),
            ],
        ),
        CsvErrorKind::KindConflict {
            id,
            kind,
            other,
            first_row,
        } => with(
            lang,
            "csv.kind_conflict",
            &[
                ("id", id.clone()),
                ("kind", kind.clone()),
                ("other", other.clone()),
                ("first", row(first_row)),
            ],
        ),
        CsvErrorKind::UnknownStance { word } => with(
            lang,
            "csv.unknown_stance",
            &[("word", word.clone()), ("words", briefing::Stance::words())],
        ),
        CsvErrorKind::UnknownAttribution { word } => with(
            lang,
            "csv.unknown_attribution",
            &[
                ("word", word.clone()),
                ("words", briefing::Attribution::words()),
            ],
        ),
        CsvErrorKind::UnknownSource { id } => {
            with(lang, "csv.unknown_source", &[("id", id.clone())])
        }
        CsvErrorKind::SourceRequired { sources } => {
            with(lang, "csv.source_required", &[("sources", sources.clone())])
        }
        CsvErrorKind::NotANumber { value } => {
            with(lang, "csv.not_a_number", &[("value", value.clone())])
        }
        CsvErrorKind::Quote { text: words, error } => with(
            lang,
            "csv.quote",
            &[
                ("reason", locate_error(lang, error)),
                ("text", words.clone()),
            ],
        ),
    };
    let at = match &error.column {
        Some(column) => with(
            lang,
            "csv.at_column",
            &[("row", error.row.to_string()), ("column", column.clone())],
        ),
        None => with(lang, "csv.at_row", &[("row", error.row.to_string())]),
    };
    format!("{at}: {message}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table_tests::{placeholders, plural_stem};

    #[test]
    fn every_language_has_every_key_with_the_same_placeholders() {
        for lang in [Lang::Fr, Lang::Uk] {
            for (key, english) in en::STRINGS {
                if let Some(stem) = plural_stem(key) {
                    // Each language has its own plural categories; all it uses must exist.
                    for n in 0..200 {
                        let form = format!("{stem}.{}", plural(lang, n));
                        let t =
                            lookup(lang, &form).unwrap_or_else(|| panic!("{lang:?} lacks {form}"));
                        assert_eq!(placeholders(t), placeholders(english), "{lang:?} {form}");
                    }
                    continue;
                }
                let t = lookup(lang, key).unwrap_or_else(|| panic!("{lang:?} lacks {key}"));
                assert_eq!(
                    placeholders(t),
                    placeholders(english),
                    "{lang:?} {key}: {t}"
                );
            }
            for (key, _) in table(lang) {
                let known = lookup(Lang::En, key).is_some()
                    || plural_stem(key)
                        .is_some_and(|s| lookup(Lang::En, &format!("{s}.other")).is_some());
                assert!(known, "{lang:?} has {key}, which English does not");
            }
        }
        for n in 0..200 {
            for (key, _) in en::STRINGS {
                if let Some(stem) = plural_stem(key) {
                    assert!(
                        lookup(Lang::En, &format!("{stem}.{}", plural(Lang::En, n))).is_some(),
                        "{key}"
                    );
                }
            }
        }
    }

    #[test]
    fn no_duplicate_keys() {
        for lang in Lang::ALL {
            let mut keys: Vec<&str> = table(lang).iter().map(|(k, _)| *k).collect();
            let n = keys.len();
            keys.sort_unstable();
            keys.dedup();
            assert_eq!(keys.len(), n, "{lang:?} has a duplicate key");
        }
    }

    #[test]
    fn no_key_is_in_both_the_studio_and_the_explorer_table() {
        // A key of both would say one thing on one page and another on the other, and
        // which one wins would depend on where it is looked up.
        for lang in Lang::ALL {
            let both: Vec<&str> = table(lang)
                .iter()
                .map(|(k, _)| *k)
                .filter(|k| lang.table().iter().any(|(e, _)| e == k))
                .collect();
            assert!(both.is_empty(), "{lang:?}: {both:?}");
        }
    }

    #[test]
    fn csv_errors_read_in_every_language() {
        let error = CsvError {
            row: 3,
            column: Some("quote".into()),
            kind: CsvErrorKind::Quote {
                text: "no".into(),
                error: LocateError::Ambiguous {
                    count: 2,
                    places: vec![4, 40],
                },
            },
        };
        assert_eq!(
            csv_error(Lang::En, &error),
            "Row 3, column quote: the words occur 2 times (at characters 4, 40); give a start hint: “no”"
        );
        for lang in Lang::ALL {
            let message = csv_error(lang, &error);
            assert!(
                message.contains('3') && message.contains("4, 40"),
                "{message}"
            );
        }
    }

    #[test]
    fn quote_errors_read_as_the_command_line_prints_them() {
        let many = LocateError::Ambiguous {
            count: 12,
            places: (0..12).map(|i| i * 3).collect(),
        };
        assert_eq!(
            locate_error(Lang::En, &many),
            "the words occur 12 times (at characters 0, 3, 6, 9, 12, 15, 18, 21, 24, 27, ...); give a start hint"
        );
        let tie = LocateError::Tie {
            count: 2,
            places: vec![7, 37],
            hint: 22,
            nearest: (7, 37),
        };
        assert_eq!(
            locate_error(Lang::En, &tie),
            "the words occur 2 times (at characters 7, 37) and the start hint 22 is as near to 7 as to 37; move the hint"
        );
        let id = CsvError {
            row: 4,
            column: Some("actor_id".into()),
            kind: CsvErrorKind::InvalidId { id: "-x".into() },
        };
        assert!(
            csv_error(Lang::En, &id).ends_with("starting with a letter or digit"),
            "{}",
            csv_error(Lang::En, &id)
        );
    }
}
