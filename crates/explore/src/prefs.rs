//! The reader's colour theme choice (`theme=`); the interface language is `i18n::Lang`.

/// A colour theme choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follows the system's light or dark preference.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The word used in the URL (`theme=`) and in `<html data-theme>`.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn parse(word: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.as_str() == word)
    }

    /// The theme a query string asks for (`theme=`), else "auto".
    pub fn from_query(query: &str) -> Theme {
        super::url::param(query, "theme")
            .and_then(|t| Theme::parse(&t))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn themes_round_trip_and_default_to_auto() {
        for theme in Theme::ALL {
            assert_eq!(Theme::parse(theme.as_str()), Some(theme));
        }
        assert_eq!(Theme::from_query("?theme=dark&lang=fr"), Theme::Dark);
        assert_eq!(Theme::from_query("?theme=purple"), Theme::Auto);
        assert_eq!(Theme::from_query(""), Theme::Auto);
    }
}
