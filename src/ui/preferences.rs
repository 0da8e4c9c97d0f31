//! Interface language and colour theme: both follow the browser by default, both can be
//! set with `lang=` / `theme=` and from these two menus, and both stay in the URL.

use leptos::prelude::*;

use crate::app::{use_explorer, Explorer};
use crate::explore::url::param;
use crate::i18n::Lang;
use crate::ui::url_sync::location_search;

/// A colour theme choice.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Auto,
    Light,
    Dark,
}

impl Theme {
    const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn parse(word: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.as_str() == word)
    }
}

/// Sets `data-theme` on `<html>`; "auto" removes it so `prefers-color-scheme` decides.
fn apply_theme(theme: Theme) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match theme {
        Theme::Auto => root.remove_attribute("data-theme"),
        other => root.set_attribute("data-theme", other.as_str()),
    };
}

/// The theme the address asks for (`theme=`), else "auto".
pub fn initial_theme() -> Theme {
    param(&location_search(), "theme")
        .and_then(|t| Theme::parse(&t))
        .unwrap_or(Theme::Auto)
}

/// Keeps `<html data-theme>` on the chosen theme (works in embeds too, which show no menu).
pub fn follow_theme(ex: Explorer) {
    Effect::new(move |_| apply_theme(ex.theme.get()));
}

/// Writes a parameter the explorer does not filter by (`lang`, `theme`) into the URL.
fn set_other(ex: Explorer, key: &str, value: Option<&str>) {
    ex.update(|s| {
        s.other.retain(|(k, _)| k != key);
        if let Some(value) = value {
            s.other.push((key.to_string(), value.to_string()));
        }
    });
}

/// The two menus.
#[component]
pub fn Preferences() -> impl IntoView {
    let ex = use_explorer();
    let theme = ex.theme;
    let on_lang = move |ev| {
        if let Some(lang) = Lang::parse(&event_target_value(&ev)) {
            ex.lang.set(lang);
            set_other(ex, "lang", Some(lang.tag()));
        }
    };
    let on_theme = move |ev| {
        if let Some(t) = Theme::parse(&event_target_value(&ev)) {
            theme.set(t);
            set_other(ex, "theme", (t != Theme::Auto).then_some(t.as_str()));
        }
    };
    let languages = Lang::ALL
        .into_iter()
        .map(|l| {
            view! {
                <option value=l.tag() lang=l.tag() selected=move || ex.lang.get() == l>
                    {l.name()}
                </option>
            }
        })
        .collect_view();
    let themes = Theme::ALL
        .into_iter()
        .map(|t| {
            let key = format!("theme.{}", t.as_str());
            view! {
                <option value=t.as_str() selected=move || theme.get() == t>
                    {move || ex.t(&key)}
                </option>
            }
        })
        .collect_view();
    view! {
        <label class="pref">
            {move || ex.t("pref.language")}
            // Bound to the value, so back and forward (which restore lang=) show the truth.
            <select on:change=on_lang prop:value=move || ex.lang.get().tag()>{languages}</select>
        </label>
        <label class="pref">
            {move || ex.t("pref.theme")}
            <select on:change=on_theme prop:value=move || theme.get().as_str()>{themes}</select>
        </label>
    }
}
