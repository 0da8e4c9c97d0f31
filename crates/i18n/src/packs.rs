//! Interface languages as data. A build writes one JSON pack per language besides English
//! (`briefing prerender` writes `i18n/fr.json` and `i18n/uk.json` from the compiled
//! tables, `crate::pack`); the explorer's own build (`lazy-languages`) compiles English only and installs
//! a pack when the reader first wants its language. Installed text lives as long as the
//! page, so a language fetched once keeps working offline.

use std::cell::RefCell;

use serde::Serialize;

use super::Lang;

/// One language's interface text and problem templates, as `i18n/<tag>.json` holds them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pack {
    /// `Lang::tag`: a pack fetched for one language is never installed as another.
    pub lang: String,
    /// `(key, text)`, as in the compiled tables.
    pub strings: Vec<(String, String)>,
    /// `(code, template)`, by stable problem code (`reference.actor`).
    pub problems: Vec<(String, String)>,
}

/// Why a pack was not installed.
#[derive(Debug, Clone, PartialEq)]
pub enum PackError {
    /// Not a pack: the JSON reader's own words.
    Unreadable(String),
    /// A pack of another language than the one asked for.
    OtherLanguage { wanted: &'static str, found: String },
    /// A pack with no text in it.
    Empty,
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PackError::Unreadable(why) => write!(f, "not a language pack: {why}"),
            PackError::OtherLanguage { wanted, found } => {
                write!(f, "a pack for \"{found}\", not \"{wanted}\"")
            }
            PackError::Empty => write!(f, "a language pack with no text"),
        }
    }
}

type Pairs = &'static [(&'static str, &'static str)];

thread_local! {
    /// The installed packs: `(language, strings, problems)`, kept for the page's life.
    static STORE: RefCell<Vec<(Lang, Pairs, Pairs)>> = const { RefCell::new(Vec::new()) };
}

/// Kept for the page's life: a pack is installed at most once per language and page.
fn keep(pairs: Vec<(String, String)>) -> Pairs {
    let kept: Vec<(&'static str, &'static str)> = pairs
        .into_iter()
        .map(|(k, v)| {
            let k: &'static str = Box::leak(k.into_boxed_str());
            let v: &'static str = Box::leak(v.into_boxed_str());
            (k, v)
        })
        .collect();
    Box::leak(kept.into_boxed_slice())
}

/// `value`'s `[text, text]` pairs; `None` when it is not a list of such pairs.
fn pairs(value: &serde_json::Value) -> Option<Vec<(String, String)>> {
    value
        .as_array()?
        .iter()
        .map(|pair| match pair.as_array()?.as_slice() {
            [k, v] => Some((k.as_str()?.to_string(), v.as_str()?.to_string())),
            _ => None,
        })
        .collect()
}

/// Reads `json` as the pack of `lang` and installs it. Installing a language again keeps
/// the first pack (its text is already on screen).
///
/// Read through `serde_json::Value`, which the validator's shape check already compiles
/// into the wasm, rather than a derived reader of its own.
pub fn install(lang: Lang, json: &str) -> Result<(), PackError> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| PackError::Unreadable(e.to_string()))?;
    let found = value.get("lang").and_then(|l| l.as_str()).unwrap_or("");
    if found != lang.tag() {
        return Err(PackError::OtherLanguage {
            wanted: lang.tag(),
            found: found.to_string(),
        });
    }
    let (Some(strings), Some(problems)) = (
        value.get("strings").and_then(pairs),
        value.get("problems").and_then(pairs),
    ) else {
        return Err(PackError::Unreadable(
            "\"strings\" and \"problems\" must be lists of [text, text]".into(),
        ));
    };
    if strings.is_empty() {
        return Err(PackError::Empty);
    }
    if stored(lang).is_some() {
        return Ok(());
    }
    let (strings, problems) = (keep(strings), keep(problems));
    STORE.with(|s| s.borrow_mut().push((lang, strings, problems)));
    Ok(())
}

/// The installed `(strings, problems)` of `lang`.
fn stored(lang: Lang) -> Option<(Pairs, Pairs)> {
    STORE.with(|s| {
        s.borrow()
            .iter()
            .find(|(l, ..)| *l == lang)
            .map(|&(_, strings, problems)| (strings, problems))
    })
}

/// True when `lang`'s text is at hand: English always, another once installed (or
/// compiled in, outside the explorer's own build).
pub fn installed(lang: Lang) -> bool {
    lang == Lang::En || !cfg!(feature = "lazy-languages") || stored(lang).is_some()
}

/// The installed interface text of `lang`; empty when not installed.
pub fn strings(lang: Lang) -> Pairs {
    stored(lang).map_or(&[], |(strings, _)| strings)
}

/// The installed template of problem `code` in `lang`.
pub fn problem(lang: Lang, code: &str) -> Option<&'static str> {
    let (_, problems) = stored(lang)?;
    problems.iter().find(|(c, _)| *c == code).map(|(_, t)| *t)
}

/// Where a built site keeps `lang`'s pack, relative to the explorer's page.
pub fn path(lang: Lang) -> String {
    format!("i18n/{}.json", lang.tag())
}
