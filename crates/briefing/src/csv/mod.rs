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
//! | `actor_id` | no | the actor's id; empty: made from the name by [`crate::ids::id_from_name`] |
//! | `actor_kind` | for a new actor | `state`, `bloc`, `group`, `public`, `experts`, ...: on at least the first row of an actor the base briefing does not have |
//! | `topic` | yes | the topic's label |
//! | `topic_id` | no | the topic's id; empty: made from the label by [`crate::ids::id_from_name`] |
//! | `stance` | yes | `supports`, `opposes`, `conditional`, `demands`, `concerned`, `exploring` |
//! | `attribution` | yes | `stated`, `reported`, `analysis`, `editorial` |
//! | `summary` | yes | the position in a sentence |
//! | `source` | when the briefing has several sources | the id of the source the row's quotes come from |
//! | `quote` | yes | a verbatim quote from the source |
//! | `start` | no | where the quote starts (characters): a hint, needed only when the words occur more than once |
//! | `quote_2`, `start_2`, `quote_3`, ... | no | more quotes of the same position |
//! | `source_2`, `source_3`, ... | no | the source of that quote, when it is not the row's |
//!
//! Rows are numbered as a spreadsheet shows them: the header is row 1. Every error names
//! its row (and column), all at once. An actor or topic is the same one wherever its id
//! (given or made from the name) is the same, so each id must keep one name. Files are
//! RFC 4180: comma-separated, fields with commas, quotes or line breaks in double quotes
//! (`""` for a quote); written with CRLF line ends, read with CRLF or LF, a byte-order
//! mark ignored. Spaces around an unquoted field are layout and dropped, a quoted field is
//! read exactly, so a field with spaces or tabs at its ends is written quoted. A line
//! break inside a quote's cell matches the source's, CRLF, LF or CR. A field that a
//! spreadsheet would run as a formula (first character `=`, `+`, `-`, `@`, tab or
//! carriage return) is written with a leading `'`, which reading takes off again.

//!
//! The one CSV shape of the project: the studio imports and exports it, `briefing convert`
//! reads and writes it, and the explorer's CSV export is it, so any of them re-imports.
//!
//! - `records`: RFC 4180 fields and records, and the formula defence;
//! - `error`: what can be wrong with a sheet, as typed codes (their words are `i18n`'s);
//! - `write`: a briefing's positions as a sheet;
//! - `read`: a sheet's rows as a briefing's positions.

mod error;
mod read;
mod records;
mod write;

pub use error::{CsvError, CsvErrorKind};
pub use read::from_csv;
pub use records::{field, parse_records, unescape_formula, Field, Record};
pub use write::{for_spreadsheets, to_csv, to_csv_of};

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

/// The media type of a downloaded sheet.
pub const MEDIA_TYPE: &str = "text/csv;charset=utf-8";

/// The names of the quote, hint and source columns for the `n`th quote (0-based): the
/// first quote's are `quote`, `start` and the row's `source`.
pub(crate) fn quote_columns(n: usize) -> (String, String, String) {
    if n == 0 {
        ("quote".into(), "start".into(), "source".into())
    } else {
        let n = n + 1;
        (
            format!("quote_{n}"),
            format!("start_{n}"),
            format!("source_{n}"),
        )
    }
}
