//! RFC 4180 text: fields quoted when they must be, records split with their spreadsheet
//! row numbers, and the defence against cells a spreadsheet would run as formulas.

use super::error::{CsvError, CsvErrorKind};

/// Characters that make a spreadsheet read a cell as a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One CSV field, quoted when it must be (RFC 4180: commas, quotes, line breaks), and when
/// it starts or ends with whitespace: the reader takes spaces and tabs around an unquoted
/// field as the sheet's layout ("a, b"), so a name or summary that has them is quoted to
/// keep them.
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
    if text.contains([',', '"', '\n', '\r']) || text.trim() != text {
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
    pub fields: Vec<Field>,
}

/// One field of a record: its text (quotes and `""` taken off), and whether it was in
/// quotes, which says that spaces around it are part of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub text: String,
    pub quoted: bool,
}

impl Field {
    /// The text as the sheet means it: a quoted field exactly; an unquoted one without
    /// the spaces and tabs around it (`a, b` is `a` and `b`).
    pub fn value(&self) -> &str {
        if self.quoted {
            &self.text
        } else {
            self.text.trim()
        }
    }
}

/// Splits RFC 4180 text into records (CRLF, LF or CR between records; a byte-order mark
/// at the start is skipped). A `"` inside an unquoted field is kept as it is.
pub fn parse_records(text: &str) -> Result<Vec<Record>, Box<CsvError>> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut records = Vec::new();
    let mut fields = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
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
                quoted = true;
                at_field_start = false;
            }
            ',' => {
                fields.push(take_field(&mut current, &mut quoted));
                at_field_start = true;
            }
            '\n' | '\r' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                fields.push(take_field(&mut current, &mut quoted));
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
        fields.push(take_field(&mut current, &mut quoted));
        records.push(Record { row, fields });
    }
    Ok(records)
}

/// The field read so far, leaving the reader ready for the next one.
fn take_field(current: &mut String, quoted: &mut bool) -> Field {
    Field {
        text: std::mem::take(current),
        quoted: std::mem::take(quoted),
    }
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
        assert_eq!(field(" spaced\t"), "\" spaced\t\"");
        assert_eq!(field("\tTabbed"), "'\tTabbed");
        for text in [
            "=1+1", "'=1", "''-x", "'plain", "'", "-", "a-b", "\t", " a", "\tb ",
        ] {
            let records = parse_records(&field(text)).unwrap();
            assert_eq!(
                unescape_formula(records[0].fields[0].value()),
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
            .map(|r| (r.row, r.fields.iter().map(|f| f.text.as_str()).collect()))
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
