//! The studio's words: `i18n::studio`'s tables (which fall back to the explorer's for what
//! both pages say), and the authoring layer's typed errors turned into text by matching
//! on their variants. The CSV template's errors are `i18n::studio::csv_error`, shared with
//! the command line.

use authoring::draft::EditError;
use authoring::fields::Section;
use authoring::start::OpenError;
use briefing::load::MAX_BYTES;
use i18n::Lang;

pub use i18n::studio::{count, csv_error, text, with};

/// A size in megabytes (MiB) with one decimal at most, as `lang` writes numbers.
pub fn megabytes(lang: Lang, bytes: usize) -> String {
    let mb = format!("{:.1}", bytes as f64 / (1024.0 * 1024.0));
    let mb = mb.strip_suffix(".0").unwrap_or(&mb).to_string();
    match lang {
        Lang::En => mb,
        _ => mb.replace('.', ","),
    }
}

/// The key of a section's name in the studio's navigation.
pub fn section(section: Section) -> String {
    format!("section.{}", section.as_str())
}

/// Why an edit was not made.
pub fn edit_error(lang: Lang, error: &EditError) -> String {
    let key = match error {
        EditError::NoSuchItem => "error.no_such_item",
        EditError::NameRequired => "error.name_required",
        EditError::NotANumber => "error.not_a_number",
        EditError::InvalidId => "error.invalid_id",
        EditError::IdTaken => "error.id_taken",
        EditError::StalePassage => "error.stale_passage",
        EditError::AlreadyQuoted => "error.already_quoted",
        EditError::Referenced(_) => "error.referenced",
        EditError::BadReassignment => "error.bad_reassignment",
        EditError::LastSource => "error.last_source",
        EditError::EmptyText => "error.empty_text",
    };
    text(lang, key).to_string()
}

/// Why a file could not be opened (problems with a JSON file are listed apart).
pub fn open_error(lang: Lang, error: &OpenError) -> String {
    match error {
        OpenError::UnknownType => text(lang, "open.unknown_type").to_string(),
        OpenError::NotUtf8 { offset } => {
            with(lang, "open.not_utf8", &[("offset", offset.to_string())])
        }
        OpenError::Empty => text(lang, "open.empty").to_string(),
        OpenError::TooLarge { bytes } => with(
            lang,
            "open.too_large",
            &[
                ("size", megabytes(lang, *bytes as usize)),
                ("limit", (MAX_BYTES / 1_048_576).to_string()),
            ],
        ),
        OpenError::Unreadable => text(lang, "open.unreadable").to_string(),
        OpenError::NotABriefing(_) => text(lang, "open.not_a_briefing").to_string(),
        OpenError::DraftMissing => text(lang, "open.draft_missing").to_string(),
        OpenError::DraftDamaged => text(lang, "open.draft_damaged").to_string(),
        OpenError::DraftNewer { version } => with(
            lang,
            "open.draft_newer",
            &[("version", version.to_string())],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_open_error_has_its_own_words() {
        let errors = [
            OpenError::UnknownType,
            OpenError::NotUtf8 { offset: 3 },
            OpenError::Empty,
            OpenError::TooLarge { bytes: 62_914_560 },
            OpenError::Unreadable,
            OpenError::NotABriefing(Vec::new()),
            OpenError::DraftMissing,
            OpenError::DraftDamaged,
            OpenError::DraftNewer { version: 9 },
        ];
        for lang in [Lang::En, Lang::Fr, Lang::Uk] {
            let said: Vec<String> = errors.iter().map(|e| open_error(lang, e)).collect();
            for (i, text) in said.iter().enumerate() {
                assert!(!text.contains('{'), "{lang:?}: {text}");
                assert!(!said[..i].contains(text), "{lang:?}: said twice: {text}");
            }
        }
        assert_eq!(
            open_error(Lang::En, &OpenError::TooLarge { bytes: 62_914_560 }),
            "This file is 60 MB; the studio opens files of up to 50 MB."
        );
    }

    #[test]
    fn every_key_the_code_builds_exists() {
        for section in Section::ALL {
            let key = super::section(section);
            assert!(i18n::studio::lookup(Lang::En, &key).is_some(), "{key}");
        }
    }
}
