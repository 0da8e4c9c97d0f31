//! The CSV template: a briefing's positions as a spreadsheet, one row per position, and
//! back. Researchers keep positions in a spreadsheet; [`from_csv`] turns its rows into a
//! briefing's positions (finding each quote in the source text), [`to_csv`] writes a
//! briefing's positions as such a sheet.
//!
//! Columns (the header row names them; their order is free, unknown columns are ignored):
//!
//! | column | required | meaning |
//! | --- | --- | --- |
//! | `position_id` | no | the position's id; empty: `{actor_id}--{topic_id}` (then `-2`, `-3`, ... if taken) |
//! | `actor` | yes | the actor's name |
//! | `actor_id` | no | the actor's id; empty: made from the name by [`id_from_name`] |
//! | `actor_kind` | for a new actor | `state`, `bloc`, `group`, `public`, `experts`, ...: on at least the first row of an actor the base briefing does not have |
//! | `topic` | yes | the topic's label |
//! | `topic_id` | no | the topic's id; empty: made from the label by [`id_from_name`] |
//! | `stance` | yes | `supports`, `opposes`, `conditional`, `demands`, `concerned`, `exploring` |
//! | `attribution` | yes | `stated`, `reported`, `analysis`, `editorial` |
//! | `summary` | yes | the position in a sentence |
//! | `source` | when the briefing has several sources | the id of the source the row's quotes come from |
//! | `quote` | yes | a verbatim quote from the source |
//! | `start` | no | where the quote starts (characters): a hint, needed only when the words occur more than once |
//! | `quote_2`, `start_2`, `quote_3`, ... | no | more quotes of the same position |
//!
//! Rows are numbered as a spreadsheet shows them: the header is row 1. Every error names
//! its row (and column), all at once. An actor or topic is the same one wherever its id
//! (given or made from the name) is the same, so each id must keep one name. Files are
//! RFC 4180: comma-separated, fields with commas, quotes or line breaks in double quotes
//! (`""` for a quote); written with CRLF line ends, read with CRLF or LF, a byte-order
//! mark ignored. A field that a spreadsheet would run as a formula (first character `=`,
//! `+`, `-`, `@`, tab or carriage return) is written with a leading `'`, which reading
//! takes off again.

use std::collections::{HashMap, HashSet};
use std::fmt;

use sha2::{Digest, Sha256};

use super::fill::{locate, LocateError};
use super::model::{Actor, Attribution, Briefing, Position, Quote, Stance, Topic};
use super::problem::echo;
use super::text::CharIndex;
use super::validate::is_id;

/// The columns [`to_csv`] writes, in order, before the extra quote columns
/// (`quote_2`, `start_2`, ...).
pub const COLUMNS: &[&str] = &[
    "position_id",
    "actor_id",
    "actor",
    "actor_kind",
    "topic_id",
    "topic",
    "stance",
    "attribution",
    "summary",
    "source",
    "quote",
    "start",
];

/// The columns a sheet must have.
pub const REQUIRED_COLUMNS: &[&str] = &[
    "actor",
    "topic",
    "stance",
    "attribution",
    "summary",
    "quote",
];

/// The longest id [`id_from_name`] makes, so that a position's `{actor}--{topic}` id and
/// its `-N` stay within the format's 100 characters.
pub const MAX_SLUG_CHARS: usize = 40;

/// Characters that make a spreadsheet read a cell as a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One CSV field, quoted when it must be (RFC 4180: commas, quotes, line breaks).
///
/// A field that a spreadsheet would read as a formula gets a leading `'`, so a hostile
/// briefing cannot make Excel or LibreOffice run `=HYPERLINK(...)` or `=cmd|...` when the
/// file is opened (OWASP "CSV injection"). So that [`unescape_formula`] can take exactly
/// that `'` off again, a field of apostrophes followed by such a character gets one too.
pub fn field(text: &str) -> String {
    let text = if text.trim_start_matches('\'').starts_with(FORMULA_START) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A field as [`field`] wrote it, without the `'` that kept it from being a formula.
pub fn unescape_formula(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.trim_start_matches('\'').starts_with(FORMULA_START) => rest,
        _ => text,
    }
}

/// One record of a CSV file, with its spreadsheet row number (the first record is row 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub row: usize,
    pub fields: Vec<String>,
}

/// Splits RFC 4180 text into records (CRLF, LF or CR between records; a byte-order mark
/// at the start is skipped). A `"` inside an unquoted field is kept as it is.
pub fn parse_records(text: &str) -> Result<Vec<Record>, Box<CsvError>> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut records = Vec::new();
    let mut fields = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    let mut row = 1;
    let mut at_field_start = true;
    let mut any = false;
    while let Some(c) = chars.next() {
        any = true;
        match c {
            '"' if at_field_start => {
                // A quoted field, up to the lone closing quote.
                loop {
                    match chars.next() {
                        None => {
                            return Err(Box::new(CsvError::at(
                                row,
                                None,
                                CsvErrorKind::UnclosedQuote,
                            )));
                        }
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            current.push('"');
                        }
                        Some('"') => break,
                        Some(c) => current.push(c),
                    }
                }
                match chars.peek() {
                    None | Some(',' | '\n' | '\r') => {}
                    Some(_) => {
                        return Err(Box::new(CsvError::at(
                            row,
                            None,
                            CsvErrorKind::TextAfterQuote,
                        )));
                    }
                }
                at_field_start = false;
            }
            ',' => {
                fields.push(std::mem::take(&mut current));
                at_field_start = true;
            }
            '\n' | '\r' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                fields.push(std::mem::take(&mut current));
                records.push(Record {
                    row,
                    fields: std::mem::take(&mut fields),
                });
                row += 1;
                at_field_start = true;
                any = false;
            }
            c => {
                current.push(c);
                at_field_start = false;
            }
        }
    }
    if any {
        fields.push(current);
        records.push(Record { row, fields });
    }
    Ok(records)
}

/// Makes an id from a name: lowercase ASCII letters and digits, accented Latin letters
/// without their accents (`é` → `e`, `ß` → `ss`), apostrophes dropped, every other run of
/// characters one `-`, no `-` at either end, at most [`MAX_SLUG_CHARS`] characters. A name
/// with no such letter or digit (in another script) gets `x-` and the first 8 hex digits
/// of its SHA-256 instead, so the same name always gives the same id.
///
/// `"Fishers’ Guild (fictional)"` → `fishers-guild-fictional`; `"Éire"` → `eire`.
pub fn id_from_name(name: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in name.chars() {
        if matches!(c, '\'' | '’' | 'ʼ') {
            continue;
        }
        match fold(c) {
            Some(letters) => {
                if dash && !out.is_empty() {
                    out.push('-');
                }
                dash = false;
                out.push_str(letters);
            }
            None => dash = true,
        }
    }
    let mut id: String = out.chars().take(MAX_SLUG_CHARS).collect();
    while id.ends_with('-') {
        id.pop();
    }
    if id.is_empty() {
        let hash = Sha256::digest(name.trim().as_bytes());
        id = format!(
            "x-{:02x}{:02x}{:02x}{:02x}",
            hash[0], hash[1], hash[2], hash[3]
        );
    }
    id
}

/// A character's id letters: itself for ASCII letters and digits (lowercased), its base
/// letters for accented Latin letters, `None` for anything else.
fn fold(c: char) -> Option<&'static str> {
    const ASCII: &str = "0123456789abcdefghijklmnopqrstuvwxyz";
    let lower = c.to_ascii_lowercase();
    if let Some(i) = ASCII.find(lower) {
        return Some(&ASCII[i..i + 1]);
    }
    let folded = match c.to_lowercase().next().unwrap_or(c) {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    };
    Some(folded)
}

/// One thing wrong with a CSV sheet: its row (header = 1), the column if it is about one,
/// and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    pub row: usize,
    pub column: Option<String>,
    pub kind: CsvErrorKind,
}

impl CsvError {
    fn at(row: usize, column: Option<&str>, kind: CsvErrorKind) -> Self {
        CsvError {
            row,
            column: column.map(str::to_string),
            kind,
        }
    }
}

/// What is wrong, for [`CsvError`]. Values from the sheet are echoed (cut, invisible
/// characters shown) as the validator echoes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CsvErrorKind {
    /// A quoted field never ends.
    UnclosedQuote,
    /// Something follows a quoted field's closing quote before the next comma.
    TextAfterQuote,
    /// The sheet has no header row.
    NoHeader,
    /// The sheet has a header but no position.
    NoRows,
    /// A required column is not in the header.
    MissingColumn,
    /// The header names a column twice.
    DuplicateColumn,
    /// A row has more fields than the header has columns.
    TooManyFields {
        columns: usize,
        found: usize,
    },
    /// A required value is empty.
    Required,
    /// An id given is not a valid id.
    InvalidId {
        id: String,
    },
    /// Another row (or the base briefing, row `None`) already uses this position id.
    DuplicateId {
        id: String,
        first_row: Option<usize>,
    },
    /// An actor or topic id already names another actor or topic.
    NameConflict {
        id: String,
        name: String,
        other: String,
        first_row: Option<usize>,
    },
    /// An actor's kind differs from the one given before.
    KindConflict {
        id: String,
        kind: String,
        other: String,
        first_row: Option<usize>,
    },
    UnknownStance {
        word: String,
    },
    UnknownAttribution {
        word: String,
    },
    UnknownSource {
        id: String,
    },
    /// The briefing has several sources and the row does not say which.
    SourceRequired {
        sources: String,
    },
    /// A `start` hint is not a whole number.
    NotANumber {
        value: String,
    },
    /// A quote cannot be placed in its source (its words, echoed).
    Quote {
        text: String,
        error: LocateError,
    },
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "row {}", self.row)?;
        if let Some(column) = &self.column {
            write!(f, ", {column}")?;
        }
        write!(f, ": ")?;
        let row = |first: &Option<usize>| match first {
            Some(r) => format!("row {r}"),
            None => "the base briefing".to_string(),
        };
        match &self.kind {
            CsvErrorKind::UnclosedQuote => {
                write!(f, "a quoted field starts here and never ends (a missing \")")
            }
            CsvErrorKind::TextAfterQuote => write!(
                f,
                "text after a quoted field's closing quote; write \"\" for a quote inside a field"
            ),
            CsvErrorKind::NoHeader => write!(f, "the file is empty: no header row"),
            CsvErrorKind::NoRows => write!(f, "no position: the sheet has only its header"),
            CsvErrorKind::MissingColumn => write!(f, "this column is missing from the header"),
            CsvErrorKind::DuplicateColumn => write!(f, "the header names this column twice"),
            CsvErrorKind::TooManyFields { columns, found } => write!(
                f,
                "{found} fields, but the header has {columns} columns"
            ),
            CsvErrorKind::Required => write!(f, "is required"),
            CsvErrorKind::InvalidId { id } => write!(
                f,
                "\"{id}\" is not a valid id: use only ASCII letters, digits, '.', '_', ':' and '-', starting with a letter or digit"
            ),
            CsvErrorKind::DuplicateId { id, first_row } => {
                write!(f, "duplicate id \"{id}\" (first used by {})", row(first_row))
            }
            CsvErrorKind::NameConflict {
                id,
                name,
                other,
                first_row,
            } => write!(
                f,
                "\"{name}\" has the id \"{id}\", which {} gives to \"{other}\"; use the same name, or give another id",
                row(first_row)
            ),
            CsvErrorKind::KindConflict {
                id,
                kind,
                other,
                first_row,
            } => write!(
                f,
                "\"{kind}\" for actor \"{id}\", which {} says is \"{other}\"",
                row(first_row)
            ),
            CsvErrorKind::UnknownStance { word } => write!(
                f,
                "unknown stance \"{word}\"; expected one of {}",
                Stance::words()
            ),
            CsvErrorKind::UnknownAttribution { word } => write!(
                f,
                "unknown attribution \"{word}\"; expected one of {}",
                Attribution::words()
            ),
            CsvErrorKind::UnknownSource { id } => write!(f, "unknown source \"{id}\""),
            CsvErrorKind::SourceRequired { sources } => write!(
                f,
                "is required: the briefing has several sources ({sources})"
            ),
            CsvErrorKind::NotANumber { value } => write!(
                f,
                "\"{value}\" is not a whole number of characters"
            ),
            CsvErrorKind::Quote { text, error } => write!(f, "{error}: \"{text}\""),
        }
    }
}

/// Why [`to_csv`] cannot write a briefing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// A position quotes several sources; a row has one `source` column.
    MixedSources { position: String },
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::MixedSources { position } => write!(
                f,
                "position \"{}\" quotes several sources; the CSV template has one source per row",
                echo(position)
            ),
        }
    }
}

/// The names of the quote and hint columns for the `n`th quote (0-based).
fn quote_columns(n: usize) -> (String, String) {
    if n == 0 {
        ("quote".into(), "start".into())
    } else {
        (format!("quote_{}", n + 1), format!("start_{}", n + 1))
    }
}

/// `b`'s positions as the CSV template (UTF-8, CRLF line ends), with as many quote
/// columns as the position with the most quotes needs. Every quote's `start` is written,
/// so reading the sheet back finds each quote where it was.
pub fn to_csv(b: &Briefing) -> Result<String, WriteError> {
    let quotes = b
        .positions
        .iter()
        .map(|p| p.quotes.len())
        .max()
        .unwrap_or(1)
        .max(1);
    let mut header: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
    for n in 1..quotes {
        let (quote, start) = quote_columns(n);
        header.push(quote);
        header.push(start);
    }
    let mut out = header.join(",");
    out.push_str("\r\n");
    for p in &b.positions {
        let source = p.quotes.first().map_or("", |q| q.source.as_str());
        if p.quotes.iter().any(|q| q.source != source) {
            return Err(WriteError::MixedSources {
                position: p.id.clone(),
            });
        }
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
            match p.quotes.get(n) {
                Some(q) => {
                    row.push(q.text.clone());
                    row.push(q.start.to_string());
                }
                None => {
                    row.push(String::new());
                    row.push(String::new());
                }
            }
        }
        out.push_str(&row.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    Ok(out)
}

/// An actor or topic as the sheet defines it: its id's name and the row that first gave it
/// (`None`: the base briefing).
struct Known {
    name: String,
    kind: String,
    first_row: Option<usize>,
}

/// Reads the CSV template into a briefing: `base`'s metadata, sources, actors, topics and
/// events, with its positions replaced by the sheet's rows, in order. Actors and topics
/// the base does not have are added (in the order they first appear) with the name, kind
/// or label the sheet gives and no aliases or description. Each quote is found in its
/// source as `briefing fill` finds it: the only occurrence, or the one nearest the row's
/// `start` hint.
///
/// Returns every error at once, by row; the result still goes through the validator.
pub fn from_csv(csv: &str, base: &Briefing) -> Result<Briefing, Vec<CsvError>> {
    let records = parse_records(csv).map_err(|e| vec![*e])?;
    let mut records = records
        .into_iter()
        .filter(|r| r.fields.iter().any(|f| !f.trim().is_empty()));
    let Some(header) = records.next() else {
        return Err(vec![CsvError::at(1, None, CsvErrorKind::NoHeader)]);
    };
    let mut errors = Vec::new();
    let mut columns: HashMap<String, usize> = HashMap::new();
    for (i, name) in header.fields.iter().enumerate() {
        let name = name.trim().to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        if columns.insert(name.clone(), i).is_some() {
            errors.push(CsvError::at(
                header.row,
                Some(&name),
                CsvErrorKind::DuplicateColumn,
            ));
        }
    }
    for name in REQUIRED_COLUMNS {
        if !columns.contains_key(*name) {
            errors.push(CsvError::at(
                header.row,
                Some(name),
                CsvErrorKind::MissingColumn,
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let rows: Vec<Record> = records.collect();
    if rows.is_empty() {
        return Err(vec![CsvError::at(header.row, None, CsvErrorKind::NoRows)]);
    }
    let mut quote_count = 1;
    while columns.contains_key(&quote_columns(quote_count).0) {
        quote_count += 1;
    }

    let indexes: HashMap<&str, CharIndex> = base
        .sources
        .iter()
        .map(|s| (s.id.as_str(), CharIndex::new(&s.text)))
        .collect();
    let mut actors: HashMap<String, Known> = base
        .actors
        .iter()
        .map(|a| {
            let known = Known {
                name: a.name.clone(),
                kind: a.kind.clone(),
                first_row: None,
            };
            (a.id.clone(), known)
        })
        .collect();
    let mut topics: HashMap<String, Known> = base
        .topics
        .iter()
        .map(|t| {
            let known = Known {
                name: t.label.clone(),
                kind: String::new(),
                first_row: None,
            };
            (t.id.clone(), known)
        })
        .collect();
    let mut new_actors: Vec<Actor> = Vec::new();
    let mut new_topics: Vec<Topic> = Vec::new();
    // Position ids given in the sheet, reserved before any is made from names.
    let mut given_ids: HashMap<String, usize> = HashMap::new();
    let mut positions: Vec<(usize, Option<String>, Position)> = Vec::new();

    for record in &rows {
        let row = record.row;
        let mut error = |column: Option<&str>, kind: CsvErrorKind| {
            errors.push(CsvError::at(row, column, kind));
        };
        if record.fields.len() > header.fields.len() {
            error(
                None,
                CsvErrorKind::TooManyFields {
                    columns: header.fields.len(),
                    found: record.fields.len(),
                },
            );
            continue;
        }
        let raw = |column: &str| -> &str {
            columns
                .get(column)
                .and_then(|&i| record.fields.get(i))
                .map_or("", |f| unescape_formula(f))
        };
        let get = |column: &str| raw(column).trim();

        // The position's id, if given.
        let given = get("position_id");
        let given = if given.is_empty() {
            None
        } else if !is_id(given) {
            error(
                Some("position_id"),
                CsvErrorKind::InvalidId { id: echo(given) },
            );
            None
        } else if let Some(&first) = given_ids.get(given) {
            error(
                Some("position_id"),
                CsvErrorKind::DuplicateId {
                    id: echo(given),
                    first_row: Some(first),
                },
            );
            None
        } else {
            given_ids.insert(given.to_string(), row);
            Some(given.to_string())
        };

        let actor = entity(
            row,
            get("actor"),
            get("actor_id"),
            Some(get("actor_kind")),
            ("actor", "actor_id", "actor_kind"),
            &mut actors,
            &mut error,
        );
        if let Some((id, true)) = &actor {
            let known = &actors[id];
            new_actors.push(Actor {
                id: id.clone(),
                name: known.name.clone(),
                kind: known.kind.clone(),
                aliases: Vec::new(),
                description: String::new(),
            });
        }
        let topic = entity(
            row,
            get("topic"),
            get("topic_id"),
            None,
            ("topic", "topic_id", ""),
            &mut topics,
            &mut error,
        );
        if let Some((id, true)) = &topic {
            new_topics.push(Topic {
                id: id.clone(),
                label: topics[id].name.clone(),
                description: String::new(),
            });
        }

        let stance = get("stance").to_ascii_lowercase();
        let stance = match Stance::parse(&stance) {
            Some(stance) => Some(stance),
            None if stance.is_empty() => {
                error(Some("stance"), CsvErrorKind::Required);
                None
            }
            None => {
                error(
                    Some("stance"),
                    CsvErrorKind::UnknownStance {
                        word: echo(get("stance")),
                    },
                );
                None
            }
        };
        let attribution = get("attribution").to_ascii_lowercase();
        let attribution = match Attribution::parse(&attribution) {
            Some(attribution) => Some(attribution),
            None if attribution.is_empty() => {
                error(Some("attribution"), CsvErrorKind::Required);
                None
            }
            None => {
                error(
                    Some("attribution"),
                    CsvErrorKind::UnknownAttribution {
                        word: echo(get("attribution")),
                    },
                );
                None
            }
        };
        let summary = get("summary");
        if summary.is_empty() {
            error(Some("summary"), CsvErrorKind::Required);
        }

        let source = match get("source") {
            "" if base.sources.len() == 1 => Some(base.sources[0].id.as_str()),
            "" => {
                let ids: Vec<&str> = base.sources.iter().map(|s| s.id.as_str()).collect();
                error(
                    Some("source"),
                    CsvErrorKind::SourceRequired {
                        sources: echo(&ids.join(", ")),
                    },
                );
                None
            }
            id => match indexes.get_key_value(id) {
                Some((id, _)) => Some(*id),
                None => {
                    error(Some("source"), CsvErrorKind::UnknownSource { id: echo(id) });
                    None
                }
            },
        };
        let mut quotes = Vec::new();
        let mut any_quote = false;
        for n in 0..quote_count {
            let (quote_column, start_column) = quote_columns(n);
            // The quote's words exactly as written: spaces can be part of a quote.
            let text = raw(&quote_column);
            if text.trim().is_empty() {
                continue;
            }
            any_quote = true;
            let hint = match get(&start_column) {
                "" => None,
                value => match value.parse::<usize>() {
                    Ok(n) => Some(n),
                    Err(_) => {
                        error(
                            Some(&start_column),
                            CsvErrorKind::NotANumber { value: echo(value) },
                        );
                        continue;
                    }
                },
            };
            let Some(source) = source else { continue };
            match locate(&indexes[source], text, hint) {
                Ok(start) => quotes.push(Quote {
                    source: source.to_string(),
                    start,
                    end: start + text.chars().count(),
                    text: text.to_string(),
                }),
                Err(e) => error(
                    Some(&quote_column),
                    CsvErrorKind::Quote {
                        text: echo(text),
                        error: e,
                    },
                ),
            }
        }
        if !any_quote {
            error(Some("quote"), CsvErrorKind::Required);
        }
        if let (Some((actor, _)), Some((topic, _)), Some(stance), Some(attribution)) =
            (actor, topic, stance, attribution)
        {
            let position = Position {
                id: String::new(),
                actor,
                topic,
                stance,
                summary: summary.to_string(),
                attribution,
                quotes,
            };
            positions.push((row, given, position));
        }
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.row);
        return Err(errors);
    }

    // Ids made from names avoid every id given anywhere in the sheet.
    let mut taken: HashSet<String> = given_ids.into_keys().collect();
    let positions = positions
        .into_iter()
        .map(|(_, given, mut position)| {
            position.id = match given {
                Some(id) => id,
                None => {
                    let stem = format!("{}--{}", position.actor, position.topic);
                    let mut id = stem.clone();
                    let mut n = 1;
                    while taken.contains(&id) {
                        n += 1;
                        id = format!("{stem}-{n}");
                    }
                    taken.insert(id.clone());
                    id
                }
            };
            position
        })
        .collect();

    let mut out = base.clone();
    out.actors.extend(new_actors);
    out.topics.extend(new_topics);
    out.positions = positions;
    Ok(out)
}

/// Resolves a row's actor or topic: its id (given, or made from the name) and whether the
/// row is the first to name it. `kind` is the actor's kind column (`None` for topics).
/// Records a new one in `known`; reports conflicts with what is known.
fn entity(
    row: usize,
    name: &str,
    given_id: &str,
    kind: Option<&str>,
    (name_column, id_column, kind_column): (&str, &str, &str),
    known: &mut HashMap<String, Known>,
    error: &mut impl FnMut(Option<&str>, CsvErrorKind),
) -> Option<(String, bool)> {
    if name.is_empty() {
        error(Some(name_column), CsvErrorKind::Required);
        return None;
    }
    let id = if given_id.is_empty() {
        id_from_name(name)
    } else if is_id(given_id) {
        given_id.to_string()
    } else {
        error(
            Some(id_column),
            CsvErrorKind::InvalidId { id: echo(given_id) },
        );
        return None;
    };
    let kind = kind.unwrap_or_default();
    match known.get(&id) {
        Some(k) if k.name != name => {
            error(
                Some(name_column),
                CsvErrorKind::NameConflict {
                    id: echo(&id),
                    name: echo(name),
                    other: echo(&k.name),
                    first_row: k.first_row,
                },
            );
            None
        }
        Some(k) if !kind.is_empty() && k.kind != kind => {
            error(
                Some(kind_column),
                CsvErrorKind::KindConflict {
                    id: echo(&id),
                    kind: echo(kind),
                    other: echo(&k.kind),
                    first_row: k.first_row,
                },
            );
            None
        }
        Some(_) => Some((id, false)),
        None if kind_column.is_empty() || !kind.is_empty() => {
            known.insert(
                id.clone(),
                Known {
                    name: name.to_string(),
                    kind: kind.to_string(),
                    first_row: Some(row),
                },
            );
            Some((id, true))
        }
        None => {
            error(Some(kind_column), CsvErrorKind::Required);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::model::Source;

    #[test]
    fn fields_follow_rfc_4180_and_never_start_a_formula() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("'=1"), "''=1");
        assert_eq!(field("'plain"), "'plain");
        for text in ["=1+1", "'=1", "''-x", "'plain", "'", "-", "a-b", "\t"] {
            assert_eq!(
                unescape_formula(field(text).trim_matches('"')),
                text,
                "{text}"
            );
        }
    }

    #[test]
    fn records_keep_quoted_commas_quotes_and_line_breaks() {
        let text = "\u{FEFF}a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\n\nlast,";
        let records = parse_records(text).unwrap();
        let got: Vec<(usize, Vec<&str>)> = records
            .iter()
            .map(|r| (r.row, r.fields.iter().map(String::as_str).collect()))
            .collect();
        assert_eq!(
            got,
            [
                (1, vec!["a", "b"]),
                (2, vec!["x, \"y\"", "two\nlines"]),
                (3, vec![""]),
                (4, vec!["last", ""]),
            ]
        );
        assert_eq!(
            parse_records("a\n\"open").unwrap_err().kind,
            CsvErrorKind::UnclosedQuote
        );
        assert_eq!(
            parse_records("\"a\"b").unwrap_err().kind,
            CsvErrorKind::TextAfterQuote
        );
    }

    #[test]
    fn ids_from_names() {
        assert_eq!(id_from_name("Canada"), "canada");
        assert_eq!(
            id_from_name("Fishers’ Guild (fictional)"),
            "fishers-guild-fictional"
        );
        assert_eq!(
            id_from_name("Immediate ceasefire vs. a “freeze”"),
            "immediate-ceasefire-vs-a-freeze"
        );
        assert_eq!(id_from_name("  Éire — Straße  "), "eire-strasse");
        assert_eq!(id_from_name("Україна"), id_from_name("Україна"));
        assert!(id_from_name("Україна").starts_with("x-"));
        assert_ne!(id_from_name("Україна"), id_from_name("Росія"));
        assert_eq!(id_from_name(&"word ".repeat(20)).chars().count(), 39);
        for name in ["Canada", "Україна", "-x-", "Éire", "a b"] {
            assert!(is_id(&id_from_name(name)), "{name}");
        }
    }

    fn base() -> Briefing {
        let text = "Kyiv’s “freeze” — no. Moscow wants a “freeze”.";
        Briefing {
            id: "b".into(),
            sources: vec![Source {
                id: "src".into(),
                text: text.into(),
                ..Source::default()
            }],
            ..Briefing::default()
        }
    }

    #[test]
    fn rows_become_positions_actors_and_topics() {
        let header =
            "actor,actor_kind,topic,stance,attribution,summary,quote,start,quote_2,start_2\n";
        let rows = "Ukraine,state,A freeze,opposes,stated,No freeze.,Kyiv’s,,“freeze”,HINT\n\
                    Russia,state,A freeze,Demands,reported,Wants one.,Moscow wants,,,\n\
                    Ukraine,,A freeze,concerned,stated,Again.,“freeze”,30,,\n";
        // Without a hint, the second quote of row 2 occurs twice.
        let csv = format!("{header}{}", rows.replace("HINT", ""));
        let errors = from_csv(&csv, &base()).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(
            (errors[0].row, errors[0].column.as_deref()),
            (2, Some("quote_2"))
        );
        assert_eq!(
            errors[0].to_string(),
            "row 2, quote_2: occurs 2 times (at characters 7, 37); give a start hint: \"“freeze”\""
        );

        let csv = format!("{header}{}", rows.replace("HINT", "9"));
        let b = from_csv(&csv, &base()).unwrap();
        let ids: Vec<&str> = b.positions.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "ukraine--a-freeze",
                "russia--a-freeze",
                "ukraine--a-freeze-2"
            ]
        );
        let actors: Vec<(&str, &str, &str)> = b
            .actors
            .iter()
            .map(|a| (a.id.as_str(), a.name.as_str(), a.kind.as_str()))
            .collect();
        assert_eq!(
            actors,
            [
                ("ukraine", "Ukraine", "state"),
                ("russia", "Russia", "state")
            ]
        );
        assert_eq!(b.topics.len(), 1);
        let quotes: Vec<(usize, usize)> = b.positions[0]
            .quotes
            .iter()
            .map(|q| (q.start, q.end))
            .collect();
        assert_eq!(quotes, [(0, 6), (7, 15)]);
        assert_eq!(b.positions[1].stance, Stance::Demands);
        assert_eq!(b.positions[2].quotes[0].start, 37);
    }

    #[test]
    fn errors_name_their_rows_and_columns() {
        let csv = "actor,actor_kind,topic,stance,attribution,summary,quote,start\n\
                   Ukraine,,A freeze,opposes,stated,No.,Kyiv’s,\n\
                   Russia,state,,maybe,stated,,thaw,x\n\
                   ukraine,state,A freeze,opposes,said,Yes.,Moscow,\n\
                   Ukraine,state,A freeze,opposes,stated,Yes.,Moscow,\n";
        let errors: Vec<String> = from_csv(csv, &base())
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            errors,
            [
                "row 2, actor_kind: is required",
                "row 3, topic: is required",
                "row 3, stance: unknown stance \"maybe\"; expected one of supports, opposes, conditional, demands, concerned, exploring",
                "row 3, summary: is required",
                "row 3, start: \"x\" is not a whole number of characters",
                "row 4, attribution: unknown attribution \"said\"; expected one of stated, reported, analysis, editorial",
                "row 5, actor: \"Ukraine\" has the id \"ukraine\", which row 4 gives to \"ukraine\"; use the same name, or give another id",
            ]
        );
    }
}
