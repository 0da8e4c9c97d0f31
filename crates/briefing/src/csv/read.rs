//! A sheet's rows as a briefing's positions: the header's columns, then each row's actor,
//! topic, words and quotes (found in their source as `briefing fill` finds them), then the
//! ids of positions that were given none. Every problem is kept, by row, and reported at
//! once.

use std::collections::{HashMap, HashSet};

use super::error::{CsvError, CsvErrorKind};
use super::records::{parse_records, unescape_formula, Field, Record};
use super::{quote_columns, REQUIRED_COLUMNS};
use crate::ids::id_from_name;
use crate::locate::{locate, LocateError};
use crate::model::{Actor, Attribution, Briefing, Position, Quote, Stance, Topic};
use crate::problem::echo;
use crate::text::CharIndex;
use crate::validate::is_id;

/// Reads the CSV template into a briefing: `base`'s metadata, sources, actors, topics and
/// events, with its positions replaced by the sheet's rows, in order. Actors and topics
/// the base does not have are added (in the order they first appear) with the name, kind
/// or label the sheet gives and no aliases or description. Each quote is found in its
/// source as `briefing fill` finds it: the only occurrence, or the one nearest the row's
/// `start` hint.
///
/// Returns every error at once, by row; the result still goes through the validator.
pub fn from_csv(csv: &str, base: &Briefing) -> Result<Briefing, Vec<CsvError>> {
    let sheet = Sheet::read(csv)?;
    let mut reader = Reader::new(base);
    for record in &sheet.rows {
        reader.row(&sheet, record);
    }
    reader.finish()
}

/// The header's columns and the rows under it (blank rows left out).
struct Sheet {
    /// Column name (lowercase) → field index.
    columns: HashMap<String, usize>,
    /// How many fields the header has.
    width: usize,
    /// How many quote columns (`quote`, `quote_2`, ...) in a row.
    quotes: usize,
    rows: Vec<Record>,
}

impl Sheet {
    fn read(csv: &str) -> Result<Sheet, Vec<CsvError>> {
        let records = parse_records(csv).map_err(|e| vec![*e])?;
        let mut records = records
            .into_iter()
            .filter(|r| r.fields.iter().any(|f| !f.text.trim().is_empty()));
        let Some(header) = records.next() else {
            return Err(vec![CsvError::at(1, None, CsvErrorKind::NoHeader)]);
        };
        let mut errors = Vec::new();
        let mut columns: HashMap<String, usize> = HashMap::new();
        for (i, name) in header.fields.iter().enumerate() {
            let name = name.text.trim().to_ascii_lowercase();
            if !name.is_empty() && columns.insert(name.clone(), i).is_some() {
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
        let mut quotes = 1;
        while columns.contains_key(&quote_columns(quotes).0) {
            quotes += 1;
        }
        Ok(Sheet {
            columns,
            width: header.fields.len(),
            quotes,
            rows,
        })
    }
}

/// One row's fields by column name.
struct Row<'a> {
    sheet: &'a Sheet,
    record: &'a Record,
}

impl<'a> Row<'a> {
    fn field(&self, column: &str) -> Option<&'a Field> {
        let i = *self.sheet.columns.get(column)?;
        self.record.fields.get(i)
    }

    /// A quote's words as written, quoted or not (a formula's guard taken off): spaces at
    /// either end can be part of a quote.
    fn raw(&self, column: &str) -> &'a str {
        self.field(column).map_or("", |f| unescape_formula(&f.text))
    }

    /// A text (a name, a label, a summary): a quoted field exactly, spaces at its ends
    /// included, so that what `field` wrote reads back the same; an unquoted one without
    /// the spaces around it.
    fn get(&self, column: &str) -> &'a str {
        self.field(column)
            .map_or("", |f| unescape_formula(f.value()))
    }

    /// A word (an id, a stance, a number): without spaces around it, quoted or not.
    fn word(&self, column: &str) -> &'a str {
        self.get(column).trim()
    }
}

/// An actor or topic as the sheet defines it: its id's name and the row that first gave it
/// (`None`: the base briefing).
struct Known {
    name: String,
    kind: String,
    first_row: Option<usize>,
}

/// What has been read so far, row by row.
struct Reader<'a> {
    base: &'a Briefing,
    indexes: HashMap<&'a str, CharIndex<'a>>,
    actors: HashMap<String, Known>,
    topics: HashMap<String, Known>,
    new_actors: Vec<Actor>,
    new_topics: Vec<Topic>,
    /// Position ids given in the sheet, reserved before any is made from names.
    given_ids: HashMap<String, usize>,
    positions: Vec<(Option<String>, Position)>,
    errors: Vec<CsvError>,
}

impl<'a> Reader<'a> {
    fn new(base: &'a Briefing) -> Reader<'a> {
        let known = |name: &str, kind: &str| Known {
            name: name.to_string(),
            kind: kind.to_string(),
            first_row: None,
        };
        Reader {
            base,
            indexes: base
                .sources
                .iter()
                .map(|s| (s.id.as_str(), CharIndex::new(&s.text)))
                .collect(),
            actors: base
                .actors
                .iter()
                .map(|a| (a.id.clone(), known(&a.name, &a.kind)))
                .collect(),
            topics: base
                .topics
                .iter()
                .map(|t| (t.id.clone(), known(&t.label, "")))
                .collect(),
            new_actors: Vec::new(),
            new_topics: Vec::new(),
            given_ids: HashMap::new(),
            positions: Vec::new(),
            errors: Vec::new(),
        }
    }

    fn error(&mut self, row: usize, column: Option<&str>, kind: CsvErrorKind) {
        self.errors.push(CsvError::at(row, column, kind));
    }

    /// Reads one row into a position, or records what is wrong with it.
    fn row(&mut self, sheet: &Sheet, record: &Record) {
        let row = record.row;
        if record.fields.len() > sheet.width {
            let kind = CsvErrorKind::TooManyFields {
                columns: sheet.width,
                found: record.fields.len(),
            };
            self.error(row, None, kind);
            return;
        }
        let fields = Row { sheet, record };
        let given = self.position_id(row, fields.word("position_id"));
        let actor = self.actor(row, &fields);
        let topic = self.topic(row, &fields);
        let stance = self.word(row, "stance", fields.word("stance"), Stance::parse, |w| {
            CsvErrorKind::UnknownStance { word: w }
        });
        let attribution = self.word(
            row,
            "attribution",
            fields.word("attribution"),
            Attribution::parse,
            |w| CsvErrorKind::UnknownAttribution { word: w },
        );
        let summary = fields.get("summary");
        if summary.trim().is_empty() {
            self.error(row, Some("summary"), CsvErrorKind::Required);
        }
        let quotes = self.quotes(row, &fields);
        if let (Some(actor), Some(topic), Some(stance), Some(attribution)) =
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
            self.positions.push((given, position));
        }
    }

    /// The position's id, if the row gives a valid one no other row took.
    fn position_id(&mut self, row: usize, given: &str) -> Option<String> {
        if given.is_empty() {
            return None;
        }
        let column = Some("position_id");
        if !is_id(given) {
            self.error(row, column, CsvErrorKind::InvalidId { id: echo(given) });
            return None;
        }
        if let Some(&first) = self.given_ids.get(given) {
            let kind = CsvErrorKind::DuplicateId {
                id: echo(given),
                first_row: Some(first),
            };
            self.error(row, column, kind);
            return None;
        }
        self.given_ids.insert(given.to_string(), row);
        Some(given.to_string())
    }

    /// The row's actor id, adding the actor when the row is the first to name it.
    fn actor(&mut self, row: usize, fields: &Row) -> Option<String> {
        let columns = ("actor", "actor_id", "actor_kind");
        let kind = Some(fields.get("actor_kind"));
        let (name, id) = (fields.get("actor"), fields.word("actor_id"));
        let mut known = std::mem::take(&mut self.actors);
        let found = entity(row, name, id, kind, columns, &mut known, &mut self.errors);
        self.actors = known;
        let (id, new) = found?;
        if new {
            let known = &self.actors[&id];
            self.new_actors.push(Actor {
                id: id.clone(),
                name: known.name.clone(),
                kind: known.kind.clone(),
                aliases: Vec::new(),
                description: String::new(),
            });
        }
        Some(id)
    }

    /// The row's topic id, adding the topic when the row is the first to name it.
    fn topic(&mut self, row: usize, fields: &Row) -> Option<String> {
        let columns = ("topic", "topic_id", "");
        let (name, id) = (fields.get("topic"), fields.word("topic_id"));
        let mut known = std::mem::take(&mut self.topics);
        let found = entity(row, name, id, None, columns, &mut known, &mut self.errors);
        self.topics = known;
        let (id, new) = found?;
        if new {
            self.new_topics.push(Topic {
                id: id.clone(),
                label: self.topics[&id].name.clone(),
                description: String::new(),
            });
        }
        Some(id)
    }

    /// A word of a vocabulary (stance, attribution), in any case.
    fn word<T>(
        &mut self,
        row: usize,
        column: &str,
        written: &str,
        parse: fn(&str) -> Option<T>,
        unknown: fn(String) -> CsvErrorKind,
    ) -> Option<T> {
        let found = parse(&written.to_ascii_lowercase());
        if found.is_none() {
            let kind = if written.is_empty() {
                CsvErrorKind::Required
            } else {
                unknown(echo(written))
            };
            self.error(row, Some(column), kind);
        }
        found
    }

    /// The source id a row's `column` names; an empty `source` is the only source, if
    /// there is one.
    fn source(&mut self, row: usize, column: &str, id: &str) -> Option<&'a str> {
        let base = self.base;
        if id.is_empty() {
            if let [only] = base.sources.as_slice() {
                return Some(only.id.as_str());
            }
            let ids: Vec<&str> = base.sources.iter().map(|s| s.id.as_str()).collect();
            let kind = CsvErrorKind::SourceRequired {
                sources: echo(&ids.join(", ")),
            };
            self.error(row, Some(column), kind);
            return None;
        }
        match base.sources.iter().find(|s| s.id == id) {
            Some(s) => Some(s.id.as_str()),
            None => {
                self.error(
                    row,
                    Some(column),
                    CsvErrorKind::UnknownSource { id: echo(id) },
                );
                None
            }
        }
    }

    /// The row's quotes, each found in its source (the row's, or its own `source_N`).
    fn quotes(&mut self, row: usize, fields: &Row) -> Vec<Quote> {
        let source = self.source(row, "source", fields.word("source"));
        let mut quotes = Vec::new();
        let mut any = false;
        for n in 0..fields.sheet.quotes {
            let (quote_column, start_column, source_column) = quote_columns(n);
            let text = fields.raw(&quote_column);
            if text.trim().is_empty() {
                continue;
            }
            any = true;
            let hint = match fields.word(&start_column) {
                "" => None,
                value => match value.parse::<usize>() {
                    Ok(n) => Some(n),
                    Err(_) => {
                        let kind = CsvErrorKind::NotANumber { value: echo(value) };
                        self.error(row, Some(&start_column), kind);
                        continue;
                    }
                },
            };
            let own = fields.word(&source_column);
            let source = match own {
                own if n == 0 || own.is_empty() => source,
                own => self.source(row, &source_column, own),
            };
            let Some(source) = source else { continue };
            match locate_lines(&self.indexes[source], text, hint) {
                Ok((start, words)) => quotes.push(Quote {
                    source: source.to_string(),
                    start,
                    end: start + words.chars().count(),
                    text: words,
                }),
                Err(error) => {
                    let kind = CsvErrorKind::Quote {
                        text: echo(text),
                        error,
                    };
                    self.error(row, Some(&quote_column), kind);
                }
            }
        }
        if !any {
            self.error(row, Some("quote"), CsvErrorKind::Required);
        }
        quotes
    }

    /// The briefing, every position with an id; or every error, by row.
    fn finish(mut self) -> Result<Briefing, Vec<CsvError>> {
        if !self.errors.is_empty() {
            self.errors.sort_by_key(|e| e.row);
            return Err(self.errors);
        }
        // Ids made from names avoid every id given anywhere in the sheet.
        let mut taken: HashSet<String> = self.given_ids.into_keys().collect();
        let positions = self
            .positions
            .into_iter()
            .map(|(given, mut position)| {
                position.id = given.unwrap_or_else(|| {
                    let stem = format!("{}--{}", position.actor, position.topic);
                    let mut id = stem.clone();
                    let mut n = 1;
                    while taken.contains(&id) {
                        n += 1;
                        id = format!("{stem}-{n}");
                    }
                    taken.insert(id.clone());
                    id
                });
                position
            })
            .collect();
        let mut out = self.base.clone();
        out.actors.extend(self.new_actors);
        out.topics.extend(self.new_topics);
        out.positions = positions;
        Ok(out)
    }
}

/// Finds a quote's words in a source (`locate`), and a quote with line breaks also with
/// the source's line ends: a line break in a cell is the sheet's, not the source's (a sheet
/// saved with CRLF line ends, or converted to them, has CRLF inside its cells too, while
/// the source may use LF). The words as written come first; if they are not in the source,
/// the same lines joined by LF, then CRLF, then CR. Returns the start and the words as the
/// source has them, which the quote's `text` must equal.
fn locate_lines(
    index: &CharIndex,
    text: &str,
    hint: Option<usize>,
) -> Result<(usize, String), LocateError> {
    let as_written = locate(index, text, hint);
    if as_written != Err(LocateError::NotFound) || !text.contains(['\r', '\n']) {
        return as_written.map(|start| (start, text.to_string()));
    }
    let lines = text.replace("\r\n", "\n").replace('\r', "\n");
    for line_end in ["\n", "\r\n", "\r"] {
        let words = lines.replace('\n', line_end);
        if words == text {
            continue;
        }
        match locate(index, &words, hint) {
            Err(LocateError::NotFound) => continue,
            found => return found.map(|start| (start, words)),
        }
    }
    as_written.map(|start| (start, text.to_string()))
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
    errors: &mut Vec<CsvError>,
) -> Option<(String, bool)> {
    let mut error = |column: &str, kind: CsvErrorKind| {
        errors.push(CsvError::at(row, Some(column), kind));
    };
    if name.trim().is_empty() {
        error(name_column, CsvErrorKind::Required);
        return None;
    }
    let id = if given_id.is_empty() {
        id_from_name(name)
    } else if is_id(given_id) {
        given_id.to_string()
    } else {
        error(id_column, CsvErrorKind::InvalidId { id: echo(given_id) });
        return None;
    };
    // A cell of only spaces gives no kind.
    let kind = kind.filter(|k| !k.trim().is_empty()).unwrap_or_default();
    match known.get(&id) {
        Some(k) if k.name != name => {
            let conflict = CsvErrorKind::NameConflict {
                id: echo(&id),
                name: echo(name),
                other: echo(&k.name),
                first_row: k.first_row,
            };
            error(name_column, conflict);
            None
        }
        Some(k) if !kind.is_empty() && k.kind != kind => {
            let conflict = CsvErrorKind::KindConflict {
                id: echo(&id),
                kind: echo(kind),
                other: echo(&k.kind),
                first_row: k.first_row,
            };
            error(kind_column, conflict);
            None
        }
        Some(_) => Some((id, false)),
        None if kind_column.is_empty() || !kind.is_empty() => {
            let new = Known {
                name: name.to_string(),
                kind: kind.to_string(),
                first_row: Some(row),
            };
            known.insert(id.clone(), new);
            Some((id, true))
        }
        None => {
            error(kind_column, CsvErrorKind::Required);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Source;

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
            errors[0].kind,
            CsvErrorKind::Quote {
                text: "“freeze”".into(),
                error: LocateError::Ambiguous {
                    count: 2,
                    places: vec![7, 37]
                }
            }
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
        let errors: Vec<(usize, String, CsvErrorKind)> = from_csv(csv, &base())
            .unwrap_err()
            .into_iter()
            .map(|e| (e.row, e.column.unwrap_or_default(), e.kind))
            .collect();
        let word = |w: &str| w.to_string();
        assert_eq!(
            errors,
            [
                (2, word("actor_kind"), CsvErrorKind::Required),
                (3, word("topic"), CsvErrorKind::Required),
                (
                    3,
                    word("stance"),
                    CsvErrorKind::UnknownStance {
                        word: word("maybe")
                    }
                ),
                (3, word("summary"), CsvErrorKind::Required),
                (
                    3,
                    word("start"),
                    CsvErrorKind::NotANumber { value: word("x") }
                ),
                (
                    4,
                    word("attribution"),
                    CsvErrorKind::UnknownAttribution { word: word("said") }
                ),
                (
                    5,
                    word("actor"),
                    CsvErrorKind::NameConflict {
                        id: word("ukraine"),
                        name: word("Ukraine"),
                        other: word("ukraine"),
                        first_row: Some(4)
                    }
                ),
            ]
        );
    }
}
