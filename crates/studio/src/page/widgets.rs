//! Form pieces every section uses: a text field bound to a draft field, with its label,
//! hint and the problems the validator finds there; a choice among words; a button that
//! says what it does; the notice that a source text is longer than the studio handles
//! well.

use leptos::prelude::*;

use super::state::use_studio;
use authoring::draft::Field;
use authoring::fields::{element_id, path};
use i18n::problems::message;

/// The problems at exactly `path` (reactive), as messages in the current language.
fn messages_at(path: &str) -> Vec<String> {
    let s = use_studio();
    let lang = s.lang.get();
    s.problems.with(|ps| {
        ps.iter()
            .filter(|p| {
                p.path == path
                    || p.path.starts_with(&format!("{path}["))
                    || p.path.starts_with(&format!("{path}."))
            })
            .map(|p| message(lang, p))
            .collect()
    })
}

/// The problems listed under a field, by their JSON path (an id for `aria-describedby`).
#[component]
pub fn FieldProblems(#[prop(into)] path: String) -> impl IntoView {
    let id = format!("{}-problems", element_id(&path));
    let list = {
        let path = path.clone();
        move || messages_at(&path)
    };
    view! {
        <ul class="field-problems" id=id>
            <For each=list key=|m| m.clone() let(m)>
                <li>{m}</li>
            </For>
        </ul>
    }
}

/// How a text field is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Shape {
    #[default]
    Line,
    Lines,
    Number,
}

/// A labelled text input bound to `field`: every keystroke is an edit (typing in one
/// field is one undo step), saved at once.
#[component]
pub fn TextField(
    field: Field,
    /// The label's text key.
    label: &'static str,
    /// A hint's text key.
    #[prop(optional)]
    hint: Option<&'static str>,
    #[prop(optional)] shape: Shape,
    /// `data-studio-field`, for automation.
    #[prop(optional)]
    name: &'static str,
    /// `list=`: suggestions.
    #[prop(optional)]
    list: Option<&'static str>,
) -> impl IntoView {
    let s = use_studio();
    let path = path(field);
    let id = element_id(&path);
    let problems_id = format!("{id}-problems");
    let hint_id = format!("{id}-hint");
    let described = match hint {
        Some(_) => format!("{hint_id} {problems_id}"),
        None => problems_id.clone(),
    };
    let value = move || s.with_draft(String::new(), |d| d.text(field));
    let invalid = {
        let path = path.clone();
        move || (!messages_at(&path).is_empty()).then_some("true")
    };
    let on_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        s.edit(|d| d.set_text(field, &v));
    };
    let input = match shape {
        Shape::Lines => view! {
            <textarea id=id.clone() rows="3" data-studio-field=name aria-describedby=described.clone()
                aria-invalid=invalid prop:value=value on:input=on_input on:blur=move |_| s.break_run()
                prop:readOnly=move || s.read_only()></textarea>
        }
        .into_any(),
        Shape::Number => view! {
            <input id=id.clone() type="number" step="1" data-studio-field=name aria-describedby=described.clone()
                aria-invalid=invalid prop:value=value on:input=on_input on:blur=move |_| s.break_run()
                prop:readOnly=move || s.read_only() />
        }
        .into_any(),
        Shape::Line => view! {
            <input id=id.clone() type="text" data-studio-field=name aria-describedby=described.clone()
                aria-invalid=invalid prop:value=value on:input=on_input on:blur=move |_| s.break_run()
                list=list prop:readOnly=move || s.read_only() />
        }
        .into_any(),
    };
    view! {
        <div class="field">
            <label for=id>{move || s.t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{move || s.t(h)}</p> })}
            {input}
            <FieldProblems path />
        </div>
    }
}

/// A labelled choice among words (a stance, a phase), bound to `field`. The first option
/// says nothing is chosen yet; a word from an imported file that is not in the list is
/// shown as it is, so nothing is hidden.
#[component]
pub fn WordField(
    field: Field,
    label: &'static str,
    /// `(word, label key)` pairs; the labels are the explorer's own words for stances,
    /// attributions and phases (`i18n`), so both pages name them alike.
    words: Vec<(&'static str, String)>,
    #[prop(optional)] name: &'static str,
) -> impl IntoView {
    let s = use_studio();
    let path = path(field);
    let id = element_id(&path);
    let problems_id = format!("{id}-problems");
    let value = move || s.with_draft(String::new(), |d| d.text(field));
    let invalid = {
        let path = path.clone();
        move || (!messages_at(&path).is_empty()).then_some("true")
    };
    let listed: Vec<&'static str> = words.iter().map(|(w, _)| *w).collect();
    let other = move || {
        let v = value();
        (!v.is_empty() && !listed.contains(&v.as_str()))
            .then(|| view! { <option value=v.clone() selected>{v.clone()}</option> })
    };
    let options = words
        .into_iter()
        .map(|(word, key)| {
            view! { <option value=word selected=move || value() == word>{move || i18n::text(s.lang.get(), &key)}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{move || s.t(label)}</label>
            <select id=id data-studio-field=name aria-describedby=problems_id aria-invalid=invalid
                prop:value=value prop:disabled=move || s.read_only()
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    s.edit(|d| d.set_text(field, &v));
                }>
                <option value="" selected=move || value().is_empty()>{move || s.t("field.choose")}</option>
                {options}
                {other}
            </select>
            <FieldProblems path />
        </div>
    }
}

/// Says up front that a text of `bytes` bytes is longer than the studio handles well
/// (`start::is_long`), wherever a text is pasted, opened or edited; nothing for a shorter
/// one. The text itself is always kept whole. The live region is always there, so that
/// the notice is announced when it appears.
#[component]
pub fn LongText(#[prop(into)] bytes: Signal<usize>) -> impl IntoView {
    let s = use_studio();
    let notice = move || {
        let n = bytes.get();
        authoring::start::is_long(n).then(|| {
            let lang = s.lang.get();
            let size = crate::text::megabytes(lang, n);
            let limit = crate::text::megabytes(lang, authoring::start::LONG_TEXT_BYTES);
            view! {
                <p class="long-text" data-studio-long-text=n>
                    {s.tw("source.long", &[("size", size), ("limit", limit)])}
                </p>
            }
        })
    };
    view! { <div role="status">{notice}</div> }
}

/// A paste into an empty text area: the clipboard's plain text exactly (or its formatted
/// text reduced to text), kept apart from what the text area shows (`start::pasted_text`).
pub fn paste_into_empty(
    ev: leptos::ev::ClipboardEvent,
    text: RwSignal<String>,
    exact: RwSignal<Option<String>>,
    s: super::state::Studio,
) {
    let Some(pasted) = crate::browser::files::pasted(&ev) else {
        return;
    };
    if pasted.repaired {
        s.notice.set(Some(super::state::Notice::PasteRepaired));
    }
    let plain = pasted.text;
    let area = ev
        .target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlTextAreaElement>(t).ok());
    if let Some(area) = area {
        if area.value().is_empty() {
            ev.prevent_default();
            area.set_value(&plain);
            text.set(area.value());
            exact.set(Some(plain));
        }
    }
}
