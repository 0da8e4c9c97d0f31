//! What a reader takes away: the filtered positions as the CSV template or as a smaller
//! briefing (JSON that passes the validator), and a citation for one card.

use serde::Serialize;

use briefing::{csv, Briefing, Position};

/// The given positions as the CSV template (`briefing::csv`): the one CSV shape,
/// so a reader's export opens in a spreadsheet and converts back into a briefing
/// unchanged (`briefing convert`, the studio's import). UTF-8, CRLF line ends, quotes
/// verbatim with their offsets, the format's words for stances and attributions; a
/// byte-order mark first, for spreadsheets.
pub fn to_csv(b: &Briefing, positions: &[usize]) -> String {
    csv::for_spreadsheets(csv::to_csv_of(b, positions))
}

/// A briefing holding only the given positions and events; actors, topics and sources
/// stay whole so every reference still resolves and the result validates.
pub fn subset(b: &Briefing, positions: &[usize], events: &[usize]) -> Briefing {
    let mut out = b.clone();
    out.positions = positions
        .iter()
        .filter_map(|&i| b.positions.get(i).cloned())
        .collect();
    let mut kept: Vec<usize> = events.to_vec();
    kept.sort_unstable();
    out.events = kept
        .into_iter()
        .filter_map(|i| b.events.get(i).cloned())
        .collect();
    out
}

/// What an exported subset says about itself, in an extra top-level field `subset` (the
/// format allows unknown fields): the file keeps the full briefing's id, title and
/// summary, so without this a reader could take a filtered file for the whole briefing.
#[derive(Serialize, Debug, PartialEq)]
pub struct SubsetNote {
    /// The id of the briefing it was cut from.
    pub of: String,
    /// The filters that chose it, as the explorer's query string (empty: none).
    pub filters: String,
    pub positions: usize,
    pub positions_in_full: usize,
    pub events: usize,
    pub events_in_full: usize,
}

#[derive(Serialize)]
struct SubsetFile<'a> {
    #[serde(flatten)]
    briefing: &'a Briefing,
    subset: SubsetNote,
}

/// The subset of [`subset`] as pretty JSON, with its [`SubsetNote`].
pub fn subset_json(
    b: &Briefing,
    positions: &[usize],
    events: &[usize],
    filters: &str,
) -> serde_json::Result<String> {
    let part = subset(b, positions, events);
    let note = SubsetNote {
        of: b.id.clone(),
        filters: filters.trim_start_matches('?').to_string(),
        positions: part.positions.len(),
        positions_in_full: b.positions.len(),
        events: part.events.len(),
        events_in_full: b.events.len(),
    };
    serde_json::to_string_pretty(&SubsetFile {
        briefing: &part,
        subset: note,
    })
}

/// "Actor — topic (how we know): “quote” … “quote” (source). link", for pasting into
/// notes. The attribution stays in, so a reported or analysed position is never cited as
/// if said on the record; every quote is kept.
pub fn citation(
    b: &Briefing,
    p: &Position,
    untitled: &str,
    attribution: &str,
    link: &str,
) -> String {
    let actor = b.actor_name(&p.actor);
    let topic = b.topic_label(&p.topic);
    let quotes: Vec<String> = p.quotes.iter().map(|q| format!("“{}”", q.text)).collect();
    let source = p
        .quotes
        .first()
        .and_then(|q| b.sources.iter().find(|s| s.id == q.source))
        .map(|s| {
            let mut parts = vec![s.title.clone().unwrap_or_else(|| untitled.to_string())];
            parts.extend(s.publisher.clone());
            parts.extend(s.published.clone());
            parts.join(", ")
        })
        .unwrap_or_else(|| untitled.to_string());
    let cited = format!(
        "{actor} — {topic} ({attribution}): {} ({source}).",
        quotes.join(" … ")
    );
    // No link for a briefing no address can show (one opened from a local file).
    if link.is_empty() {
        cited
    } else {
        format!("{cited} {link}")
    }
}

/// A file name from an id: letters, digits and dashes only.
pub fn file_stem(id: &str) -> String {
    let stem: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem.trim_matches('-');
    if stem.is_empty() {
        "briefing".to_string()
    } else {
        stem.chars().take(60).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_stems() {
        assert_eq!(file_stem("europe-canada"), "europe-canada");
        assert_eq!(file_stem("../etc/passwd"), "etc-passwd");
        assert_eq!(file_stem(""), "briefing");
    }
}
