//! Interface language and colour theme: both follow the browser by default, both can be
//! set with `lang=` / `theme=` and from these two menus, and both stay in the URL.

use leptos::prelude::*;

use crate::context::{use_explorer, ExplorerContext};
use crate::parts::effect::effect;
use explore::prefs::Theme;
use i18n::keys;
use i18n::{fill, Lang};

/// Writes a parameter the explorer does not filter by (`lang`, `theme`) into the URL.
fn set_other(ex: ExplorerContext, key: &str, value: Option<&str>) {
    ex.update(|s| {
        s.other.retain(|(k, _)| k != key);
        if let Some(value) = value {
            s.other.push((key.to_string(), value.to_string()));
        }
    });
}

/// Says, on the page, that a language asked for could not be fetched (offline), until
/// one is shown.
#[component]
pub fn LanguageNotice() -> impl IntoView {
    let ex = use_explorer();
    view! {
        <p class="language-failed" role="status">
            {move || ex.lang_failed.get().map(|l| {
                fill(ex.t("pref.language_failed"), &[("language", l.name().to_string())])
            })}
        </p>
    }
}

/// The two menus.
#[component]
pub fn Preferences() -> impl IntoView {
    let ex = use_explorer();
    let theme = ex.theme;
    let on_lang = move |ev| {
        if let Some(lang) = Lang::parse(&event_target_value(&ev)) {
            ex.choose_lang(lang);
            set_other(ex, "lang", Some(lang.tag()));
        }
    };
    let on_theme = move |ev| {
        if let Some(t) = Theme::parse(&event_target_value(&ev)) {
            theme.set(t);
            set_other(ex, "theme", (t != Theme::Auto).then_some(t.as_str()));
        }
    };
    // A language that could not be fetched leaves the page as it was: the menu too (its
    // value did not change, so the binding above would not set it back by itself).
    let lang_menu: NodeRef<leptos::html::Select> = NodeRef::new();
    effect(move || {
        if ex.lang_failed.get().is_some() {
            if let Some(menu) = lang_menu.get_untracked() {
                menu.set_value(ex.lang.get_untracked().tag());
            }
        }
    });
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
            let key = keys::theme(t);
            view! {
                <option value=t.as_str() selected=move || theme.get() == t>
                    {ex.tr_owned(key)}
                </option>
            }
        })
        .collect_view();
    view! {
        <label class="pref">
            {ex.tr("pref.language")}
            // Bound to the value, so back and forward (which restore lang=) show the truth.
            <select on:change=on_lang prop:value=move || ex.lang.get().tag() node_ref=lang_menu>
                {languages}
            </select>
        </label>
        <label class="pref">
            {ex.tr("pref.theme")}
            <select on:change=on_theme prop:value=move || theme.get().as_str()>{themes}</select>
        </label>
    }
}
