//! What can be wrong with a sheet: typed, with its row and column, all at once. The
//! words for each are `i18n`'s (`i18n::studio::csv_error`), in the reader's language in
//! the studio and in English on the command line.

use crate::locate::LocateError;

/// One thing wrong with a CSV sheet: its row (header = 1), the column if it is about one,
/// and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    pub row: usize,
    pub column: Option<String>,
    pub kind: CsvErrorKind,
}

impl CsvError {
    pub(crate) fn at(row: usize, column: Option<&str>, kind: CsvErrorKind) -> Self {
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
