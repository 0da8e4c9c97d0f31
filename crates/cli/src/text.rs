//! The command line's words: English, from the tables of `i18n::studio`, which the studio
//! shares for the CSV template and placing quotes. Filling in a draft is the command
//! line's alone, so its errors are turned into text here.

use briefing::fill::{FillError, FillErrorKind};
use i18n::studio::{locate_error, text, with};
use i18n::Lang;

pub use i18n::studio::csv_error;

/// Why a quote or source of a draft file could not be filled in (`briefing fill`), with
/// its JSON path: "positions[3].quotes[0]: ...".
pub fn fill_error(error: &FillError) -> String {
    let lang = Lang::En;
    let message = match &error.kind {
        FillErrorKind::NotJson { detail } => {
            with(lang, "fill.not_json", &[("detail", detail.clone())])
        }
        FillErrorKind::NotAnObject => text(lang, "fill.not_an_object").to_string(),
        FillErrorKind::EntryNotAnObject => text(lang, "fill.entry_not_an_object").to_string(),
        FillErrorKind::SourceWithoutText => text(lang, "fill.source_without_text").to_string(),
        FillErrorKind::QuoteWithoutText => text(lang, "fill.quote_without_text").to_string(),
        FillErrorKind::QuoteWithoutSource => text(lang, "fill.quote_without_source").to_string(),
        FillErrorKind::UnknownSource { id } => {
            with(lang, "fill.unknown_source", &[("id", id.clone())])
        }
        FillErrorKind::BadHint { found } => {
            with(lang, "fill.bad_hint", &[("found", found.clone())])
        }
        FillErrorKind::Locate { text: words, error } => with(
            lang,
            "csv.quote",
            &[
                ("reason", locate_error(lang, error)),
                ("text", words.clone()),
            ],
        ),
    };
    with(
        lang,
        "fill.at",
        &[("path", error.path.clone()), ("message", message)],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use briefing::locate::LocateError;

    #[test]
    fn a_fill_error_names_its_path_and_the_quote() {
        let missing = FillError {
            path: "positions[0].quotes[0]".into(),
            kind: FillErrorKind::Locate {
                text: "Paris".into(),
                error: LocateError::NotFound,
            },
        };
        assert_eq!(
            fill_error(&missing),
            "positions[0].quotes[0]: the words are not in the source, word for word: “Paris”"
        );
        let hint = FillError {
            path: "positions[1].quotes[0]".into(),
            kind: FillErrorKind::BadHint {
                found: "\"x\"".into(),
            },
        };
        assert_eq!(
            fill_error(&hint),
            "positions[1].quotes[0]: start must be a whole number, not \"x\""
        );
    }
}
