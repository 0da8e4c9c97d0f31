//! The URL query codec: every filter, the search text and the view round-trip through the
//! query string, so a link reproduces a view and back/forward restore it.
//!
//! Decoding never fails: unknown ids, unknown words and malformed values are dropped, and
//! parameters that are not ours are kept untouched for whoever owns them.

use briefing::{Briefing, Phase, Stance};

use super::state::{ExploreState, GroupBy, View};

/// Our parameter names; anything else is passed through.
const OWN: &[&str] = &[
    "actor", "topic", "stance", "phase", "q", "view", "group", "cite",
];

/// The id in `ids` that `word` names, ignoring ASCII case (`Canada` is `canada`): the
/// briefing's own spelling of it.
fn known<'a>(mut ids: impl Iterator<Item = &'a str>, word: &str) -> Option<&'a str> {
    ids.find(|id| id.eq_ignore_ascii_case(word))
}

/// Reads a query string (with or without the leading `?`), keeping only ids `briefing` has.
/// Ids and words match whatever their case (`?actor=Canada&stance=SUPPORTS`); the state
/// holds the briefing's own spelling.
pub fn decode(query: &str, briefing: &Briefing) -> ExploreState {
    let mut state = ExploreState::default();
    let query = query.strip_prefix('?').unwrap_or(query);
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let words = || value.split(',').map(str::trim).filter(|w| !w.is_empty());
        let lower = value.trim().to_ascii_lowercase();
        match key.as_ref() {
            "actor" => state.filter.actors.extend(
                words()
                    .filter_map(|w| known(briefing.actors.iter().map(|a| a.id.as_str()), w))
                    .map(str::to_string),
            ),
            "topic" => state.filter.topics.extend(
                words()
                    .filter_map(|w| known(briefing.topics.iter().map(|t| t.id.as_str()), w))
                    .map(str::to_string),
            ),
            "stance" => state
                .filter
                .stances
                .extend(words().filter_map(|w| Stance::parse(&w.to_ascii_lowercase()))),
            "phase" => state
                .filter
                .phases
                .extend(words().filter_map(|w| Phase::parse(&w.to_ascii_lowercase()))),
            "q" => state.filter.query = value.chars().take(500).collect(),
            "view" => state.view = View::parse(&lower).unwrap_or_default(),
            "group" => state.group = GroupBy::parse(&lower).unwrap_or_default(),
            "cite" => {
                let ids = briefing
                    .positions
                    .iter()
                    .map(|p| p.id.as_str())
                    .chain(briefing.events.iter().map(|e| e.id.as_str()));
                state.cite = known(ids, &value).map(str::to_string);
            }
            _ => state.other.push((key.to_string(), value.to_string())),
        }
    }
    state
}

/// What an address asks for that the briefing shown does not have: `(parameter, id)`
/// for each actor, topic or cited item it names and `decode` had to drop, in the order
/// the address gives them. Said on the page, so a link never silently shows other
/// content (one made while a local file was shown, say, opened on the built-in briefing).
pub fn unmatched(query: &str, briefing: &Briefing) -> Vec<(&'static str, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let actors = || briefing.actors.iter().map(|a| a.id.as_str());
    let topics = || briefing.topics.iter().map(|t| t.id.as_str());
    let items = || {
        briefing
            .positions
            .iter()
            .map(|p| p.id.as_str())
            .chain(briefing.events.iter().map(|e| e.id.as_str()))
    };
    let mut out = Vec::new();
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let words: Vec<&str> = match key.as_ref() {
            "actor" | "topic" => value
                .split(',')
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .collect(),
            "cite" => vec![value.as_ref()],
            _ => continue,
        };
        for word in words {
            let (kind, found) = match key.as_ref() {
                "actor" => ("actor", known(actors(), word).is_some()),
                "topic" => ("topic", known(topics(), word).is_some()),
                _ => ("cite", known(items(), word).is_some()),
            };
            let entry = (kind, word.chars().take(80).collect::<String>());
            if !found && !out.contains(&entry) {
                out.push(entry);
            }
        }
    }
    out
}

/// Appends `key=value` to a query string, percent-encoded as a form is, except that commas
/// stay commas: `actor=canada,ukraine` reads as the list it is. A comma is a sub-delimiter
/// a query may hold as it is, and no own value gives it another meaning (ids hold none; in
/// `q` it is only text).
fn append_readable(query: &mut String, key: &str, value: &str) {
    if !query.is_empty() {
        query.push('&');
    }
    query.extend(form_urlencoded::byte_serialize(key.as_bytes()));
    query.push('=');
    query.extend(
        form_urlencoded::byte_serialize(value.as_bytes()).map(|part| {
            if part == "%2C" {
                ","
            } else {
                part
            }
        }),
    );
}

/// Writes the canonical query string (with `?`, or empty): ids in briefing order, defaults
/// left out, other parties' parameters first and as they were.
pub fn encode(state: &ExploreState, briefing: &Briefing) -> String {
    let mut others = form_urlencoded::Serializer::new(String::new());
    for (key, value) in &state.other {
        if !OWN.contains(&key.as_str()) {
            others.append_pair(key, value);
        }
    }
    let mut query = others.finish();
    let f = &state.filter;
    let actors: Vec<&str> = briefing
        .actors
        .iter()
        .filter(|a| f.actors.contains(&a.id))
        .map(|a| a.id.as_str())
        .collect();
    let topics: Vec<&str> = briefing
        .topics
        .iter()
        .filter(|t| f.topics.contains(&t.id))
        .map(|t| t.id.as_str())
        .collect();
    let stances: Vec<&str> = f.stances.iter().map(Stance::as_str).collect();
    let phases: Vec<&str> = f.phases.iter().map(Phase::as_str).collect();
    for (key, words) in [
        ("actor", actors),
        ("topic", topics),
        ("stance", stances),
        ("phase", phases),
    ] {
        if !words.is_empty() {
            append_readable(&mut query, key, &words.join(","));
        }
    }
    if !f.query.is_empty() {
        append_readable(&mut query, "q", &f.query);
    }
    // An embed keeps its view explicit: `embed=1&view=...` is how a newsroom fixes one view.
    let embedded = state.other.iter().any(|(k, v)| k == "embed" && v == "1");
    if state.view != View::default() || embedded {
        append_readable(&mut query, "view", state.view.as_str());
    }
    if state.group != GroupBy::default() {
        append_readable(&mut query, "group", state.group.as_str());
    }
    if let Some(cite) = &state.cite {
        append_readable(&mut query, "cite", cite);
    }
    if query.is_empty() {
        query
    } else {
        format!("?{query}")
    }
}

/// The value of parameter `name` in `query`, if present (for `embed`, `lang`, `theme`...).
pub fn param(query: &str, name: &str) -> Option<String> {
    let query = query.strip_prefix('?').unwrap_or(query);
    form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}
