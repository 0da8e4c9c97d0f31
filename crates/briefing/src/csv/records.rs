//! RFC 4180 text: fields quoted when they must be, records split with their spreadsheet
//! row numbers, and the defence against cells a spreadsheet would run as formulas.

use super::error::{CsvError, CsvErrorKind};

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
