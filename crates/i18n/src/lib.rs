//! Interface languages: every piece of interface text by key, in English, French and
//! Ukrainian, for the explorer, the studio and the command line. The briefing's own text
//! is never translated.
//!
//! One table per language (`en.rs`, `fr.rs`, `uk.rs`) of plain `(key, text)` pairs, so a
//! test can prove that every language has every key English has; problem messages are in
//! `problems`, matched on the typed problem code; the keys built from a value (a stance, a
//! view) are made in `keys`; the studio's own text, and the CSV template's errors, are in
//! `studio`. The explorer's own build (`lazy-languages`) compiles in English only and
//! fetches the others as data (`packs`). `{n}` and `{name}`-style placeholders are filled
//! by `fill`, the one placeholder routine. Plural forms use keys ending in `.one`, `.few`,
//! `.many` or `.other`, chosen by `plural`.
//!
//! Depends on the format (problem codes, the vocabularies) and on `explore` (the views,
//! themes and marks it names).

mod en;
#[cfg(not(feature = "lazy-languages"))]
mod fr;
pub mod keys;
pub mod packs;
pub mod problems;
pub mod studio;
#[cfg(not(feature = "lazy-languages"))]
mod uk;

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    En,
    Fr,
    Uk,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Uk];

    /// The BCP 47 tag, for `<html lang>` and `lang=`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Uk => "uk",
        }
    }

    /// The language's own name, for the language menu.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Uk => "Українська",
        }
    }

    /// Reads a tag such as `fr`, `fr-CA` or `uk-UA`; other languages give `None`.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The first supported language among the browser's preferences, else English.
    pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Lang {
        preferences
            .into_iter()
            .find_map(Lang::parse)
            .unwrap_or_default()
    }

    /// The language's interface text; empty for a language not fetched yet (`packs`).
    pub fn table(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::En => en::STRINGS,
            #[cfg(not(feature = "lazy-languages"))]
            Lang::Fr => fr::STRINGS,
            #[cfg(not(feature = "lazy-languages"))]
            Lang::Uk => uk::STRINGS,
            #[cfg(feature = "lazy-languages")]
            other => packs::strings(other),
        }
    }
}

/// The text for `key` in `lang`, if that language's table has it.
pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    lang.table()
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
}

/// The text for `key` in `lang`, falling back to English, then to "(missing text)": a
/// missing key is a bug the completeness tests catch; the page shows it rather than panic.
pub fn text(lang: Lang, key: &str) -> &'static str {
    lookup(lang, key)
        .or_else(|| lookup(Lang::En, key))
        .or_else(|| lookup(Lang::En, "missing"))
        .unwrap_or("?")
}

/// The CLDR plural category of `n` in `lang`, as used in key suffixes.
pub fn plural(lang: Lang, n: usize) -> &'static str {
    match lang {
        Lang::En => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        Lang::Fr => {
            if n <= 1 {
                "one"
            } else {
                "other"
            }
        }
        Lang::Uk => {
            let (ten, hundred) = (n % 10, n % 100);
            if ten == 1 && hundred != 11 {
                "one"
            } else if (2..=4).contains(&ten) && !(12..=14).contains(&hundred) {
                "few"
            } else {
                "many"
            }
        }
    }
}

/// `"{n} positions"`-style text for a count: `key.one`, `key.few`, `key.many` or `key.other`.
pub fn count(lang: Lang, key: &str, n: usize) -> String {
    let category = plural(lang, n);
    let full = format!("{key}.{category}");
    let template = if has_key(lang, &full) {
        text(lang, &full)
    } else {
        text(lang, &format!("{key}.other"))
    };
    fill(template, &[("n", n.to_string())])
}

fn has_key(lang: Lang, key: &str) -> bool {
    lookup(lang, key).is_some()
}

/// The one placeholder routine: each `{name}` in `template` replaced by its value, in one
/// pass (a value that itself contains `{name}` is not expanded again).
pub use briefing::problem::fill;

/// `value` as a bidi-isolated run (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL
/// ISOLATE): text from data or from the reader (a search, a publisher) may hold bidi
/// controls such as U+202E, which must reorder nothing outside it. For strings (an
/// attribute, a sentence built as text); a view puts an element in place with [`around`]
/// and `<bdi>`.
pub fn isolate(value: &str) -> String {
    format!("\u{2068}{value}\u{2069}")
}

/// [`fill`] with every value [`isolate`]d: the interface's own sentences around data.
pub fn fill_isolated<V: AsRef<str>>(template: &str, args: &[(&str, V)]) -> String {
    let isolated: Vec<(&str, String)> = args
        .iter()
        .map(|(name, value)| (*name, isolate(value.as_ref())))
        .collect();
    fill(template, &isolated)
}

/// Splits `template` around `{name}`: the text before and after it, so that a view can put
/// an element (an isolated file name) in its place. Without the placeholder, all of the
/// template comes before.
pub fn around<'a>(template: &'a str, name: &str) -> (&'a str, &'a str) {
    let placeholder = format!("{{{name}}}");
    match template.split_once(&placeholder) {
        Some((before, after)) => (before, after),
        None => (template, ""),
    }
}

/// The pack of `lang` from the compiled tables; `None` for English, always compiled in.
#[cfg(not(feature = "lazy-languages"))]
pub fn pack(lang: Lang) -> Option<packs::Pack> {
    use briefing::problem::Code;
    (lang != Lang::En).then(|| packs::Pack {
        lang: lang.tag().to_string(),
        strings: lang
            .table()
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        problems: Code::ALL
            .iter()
            .map(|c| {
                let template = problems::template(lang, *c);
                (c.as_str().to_string(), template.to_string())
            })
            .collect(),
    })
}

#[cfg(all(test, not(feature = "lazy-languages")))]
mod pack_tests {
    use super::*;
    use packs::{install, path, problem, strings, PackError};

    #[test]
    fn a_pack_carries_every_key_and_problem_and_installs_as_written() {
        for lang in [Lang::Fr, Lang::Uk] {
            let pack = pack(lang).expect("a pack besides English");
            assert_eq!(pack.strings.len(), lang.table().len());
            assert_eq!(pack.problems.len(), briefing::problem::Code::ALL.len());
            let json = serde_json::to_string(&pack).unwrap();
            install(lang, &json).expect("a written pack installs");
            assert_eq!(strings(lang).len(), pack.strings.len());
            for (k, v) in lang.table() {
                assert!(strings(lang).contains(&(k, v)), "{lang:?} {k}");
            }
            let (code, template) = &pack.problems[3];
            assert_eq!(problem(lang, code), Some(template.as_str()));
        }
        assert!(pack(Lang::En).is_none());
    }

    #[test]
    fn a_wrong_pack_is_refused_with_a_reason() {
        let fr = serde_json::to_string(&pack(Lang::Fr).unwrap()).unwrap();
        assert_eq!(
            install(Lang::Uk, &fr),
            Err(PackError::OtherLanguage {
                wanted: "uk",
                found: "fr".into()
            })
        );
        assert!(matches!(
            install(Lang::Fr, "<html>"),
            Err(PackError::Unreadable(_))
        ));
        assert!(matches!(
            install(Lang::Fr, r#"{"lang":"fr","strings":[["a"]],"problems":[]}"#),
            Err(PackError::Unreadable(_))
        ));
        assert_eq!(
            install(Lang::Fr, r#"{"lang":"fr","strings":[],"problems":[]}"#),
            Err(PackError::Empty)
        );
        assert_eq!(path(Lang::Uk), "i18n/uk.json");
    }
}

/// What the tables' own tests (here and `studio`) compare.
#[cfg(test)]
pub(crate) mod table_tests {
    /// The `{name}` placeholders of a template, sorted.
    pub fn placeholders(template: &str) -> Vec<&str> {
        let mut out: Vec<&str> = template
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        out.sort_unstable();
        out
    }

    /// The stem of a plural key (`count.positions` of `count.positions.few`).
    pub fn plural_stem(key: &str) -> Option<&str> {
        key.rsplit_once('.')
            .filter(|(_, c)| ["one", "few", "many", "other"].contains(c))
            .map(|(stem, _)| stem)
    }
}

#[cfg(test)]
mod tests {
    use super::table_tests::{placeholders, plural_stem};
    use super::*;

    #[test]
    fn every_language_has_every_english_key() {
        for lang in [Lang::Fr, Lang::Uk] {
            let missing: Vec<&str> = en::STRINGS
                .iter()
                .map(|(k, _)| *k)
                .filter(|k| {
                    // Plural keys may use the language's own categories instead.
                    match plural_stem(k) {
                        Some(stem) => !lang
                            .table()
                            .iter()
                            .any(|(x, _)| x.starts_with(&format!("{stem}."))),
                        None => !has_key(lang, k),
                    }
                })
                .collect();
            assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        }
    }

    #[test]
    fn every_plural_form_a_language_uses_exists_and_every_placeholder_is_kept() {
        let stems: Vec<&str> = en::STRINGS
            .iter()
            .filter_map(|(k, _)| k.strip_suffix(".other"))
            .collect();
        for lang in Lang::ALL {
            for stem in &stems {
                // Every category `count` can ask for, or it would fall back to English.
                for n in 0..200 {
                    let key = format!("{stem}.{}", plural(lang, n));
                    assert!(has_key(lang, &key), "{lang:?} lacks {key} (for n = {n})");
                }
            }
            for (key, text) in lang.table() {
                let english = en::STRINGS
                    .iter()
                    .find(|(k, _)| k == key)
                    .or_else(|| {
                        // A plural form English lacks (few, many) follows English's other.
                        let stem = key.rsplit_once('.')?.0;
                        en::STRINGS
                            .iter()
                            .find(|(k, _)| *k == format!("{stem}.other"))
                    })
                    .map(|(_, t)| *t);
                let Some(english) = english else {
                    panic!("{lang:?} has {key}, which English does not");
                };
                assert_eq!(
                    placeholders(text),
                    placeholders(english),
                    "{lang:?} {key}: {text}"
                );
            }
        }
    }

    #[test]
    fn no_duplicate_keys_and_no_stray_ones() {
        for lang in Lang::ALL {
            let mut keys: Vec<&str> = lang.table().iter().map(|(k, _)| *k).collect();
            let n = keys.len();
            keys.sort_unstable();
            keys.dedup();
            assert_eq!(keys.len(), n, "{lang:?} has a duplicate key");
        }
    }

    #[test]
    fn plural_categories() {
        assert_eq!(count(Lang::En, "count.positions", 1), "1 position");
        assert_eq!(count(Lang::En, "count.positions", 3), "3 positions");
        assert_eq!(plural(Lang::Uk, 1), "one");
        assert_eq!(plural(Lang::Uk, 3), "few");
        assert_eq!(plural(Lang::Uk, 11), "many");
        assert_eq!(plural(Lang::Uk, 22), "few");
        assert_eq!(plural(Lang::Fr, 0), "one");
    }

    #[test]
    fn around_splits_at_the_placeholder() {
        assert_eq!(around("Loaded from {what}.", "what"), ("Loaded from ", "."));
        // A reversal inside a value ends with it: the sentence's own words keep their order.
        assert_eq!(
            fill_isolated("Nothing contains “{q}” here.", &[("q", "\u{202E}abc")]),
            "Nothing contains “\u{2068}\u{202E}abc\u{2069}” here."
        );
        assert_eq!(around("no placeholder", "what"), ("no placeholder", ""));
    }

    #[test]
    fn negotiation() {
        assert_eq!(Lang::negotiate(["de-DE", "fr-CA", "en"]), Lang::Fr);
        assert_eq!(Lang::negotiate(["uk"]), Lang::Uk);
        assert_eq!(Lang::negotiate(["de"]), Lang::En);
    }
}
