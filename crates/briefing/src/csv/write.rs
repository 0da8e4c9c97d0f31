//! A briefing's positions as the CSV template.

use super::records::field;
use super::{quote_columns, COLUMNS};
use crate::model::{Briefing, Position};

/// `b`'s positions as the CSV template (UTF-8, CRLF line ends), with as many quote
/// columns as the position with the most quotes needs. Every quote's `start` is written,
/// so reading the sheet back finds each quote where it was. When a position quotes more
/// than one source, every quote after the first gets a `source_N` column too.
pub fn to_csv(b: &Briefing) -> String {
    sheet(b, &b.positions.iter().collect::<Vec<_>>())
}

/// The positions of `b` at `positions` (a reader's filtered list), as [`to_csv`] writes
/// them.
pub fn to_csv_of(b: &Briefing, positions: &[usize]) -> String {
    let chosen: Vec<&Position> = positions
        .iter()
        .filter_map(|&i| b.positions.get(i))
        .collect();
    sheet(b, &chosen)
}

/// A sheet as a file to download: with a byte-order mark, without which Excel reads UTF-8
/// as a legacy code page and garbles curly quotes and dashes (the reader skips it).
pub fn for_spreadsheets(csv: String) -> String {
    format!("\u{feff}{csv}")
}

fn sheet(b: &Briefing, positions: &[&Position]) -> String {
    let quotes = positions
        .iter()
        .map(|p| p.quotes.len())
        .max()
        .unwrap_or(1)
        .max(1);
    let mixed = positions.iter().any(|p| {
        p.quotes.iter().any(|q| {
            p.quotes
                .first()
                .is_some_and(|first| q.source != first.source)
        })
    });
    let mut header: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
    for n in 1..quotes {
        let (quote, start, source) = quote_columns(n);
        header.extend([quote, start]);
        if mixed {
            header.push(source);
        }
    }
    let mut out = header.join(",");
    out.push_str("\r\n");
    for p in positions {
        let row = row(b, p, quotes, mixed);
        out.push_str(&row.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// One position's fields, with `quotes` quote columns (and their sources when `mixed`).
fn row(b: &Briefing, p: &Position, quotes: usize, mixed: bool) -> Vec<String> {
    let source = p.quotes.first().map_or("", |q| q.source.as_str());
    let kind = b
        .actors
        .iter()
        .find(|a| a.id == p.actor)
        .map_or("", |a| a.kind.as_str());
    let mut row: Vec<String> = vec![
        p.id.clone(),
        p.actor.clone(),
        b.actor_name(&p.actor).to_string(),
        kind.to_string(),
        p.topic.clone(),
        b.topic_label(&p.topic).to_string(),
        p.stance.as_str().to_string(),
        p.attribution.as_str().to_string(),
        p.summary.clone(),
        source.to_string(),
    ];
    for n in 0..quotes {
        let quote = p.quotes.get(n);
        row.push(quote.map_or(String::new(), |q| q.text.clone()));
        row.push(quote.map_or(String::new(), |q| q.start.to_string()));
        if n > 0 && mixed {
            row.push(quote.map_or(String::new(), |q| q.source.clone()));
        }
    }
    row
}
