//! The notice panel: what just happened — a refused edit, the outcome of a source edit or
//! an import, what another tab did — with links to the places it is about.

use leptos::prelude::*;

use super::places::{go_to, item_label, item_place};
use super::state::{use_studio, Notice, Studio};
use crate::text;
use authoring::anchor::{Anchor, Lost};

/// What just happened: a refused edit, the outcome of a source edit or an import, what
/// another tab did.
#[component]
pub fn NoticePanel() -> impl IntoView {
    let s = use_studio();
    move || {
        let notice = s.notice.get()?;
        let lang = s.lang.get();
        let dismiss = move |_| s.notice.set(None);
        let (role, body): (&str, AnyView) = match notice {
            Notice::Edit(e) => ("alert", view! { <p>{text::edit_error(lang, &e)}</p> }.into_any()),
            Notice::Quoted(item) => {
                let label = item_label(s, item);
                ("status", view! { <p>{text::with(lang, "notice.quoted", &[("item", label)])}</p> }.into_any())
            }
            Notice::Reanchored(report) => ("status", reanchor_report(s, report).into_any()),
            Notice::CsvErrors(errors) => {
                let n = errors.len();
                (
                    "alert",
                    view! {
                        <div data-studio-import-errors>
                            <p>{text::count(lang, "csv.errors", n)}</p>
                            <ul>
                                {errors.iter().map(|e| view! { <li data-row=e.row>{text::csv_error(lang, e)}</li> }).collect_view()}
                            </ul>
                        </div>
                    }
                    .into_any(),
                )
            }
            Notice::CsvImported { rows, replaced } => (
                "status",
                view! { <p data-studio-imported=rows>{text::with(lang, "csv.imported", &[("rows", rows.to_string()), ("replaced", replaced.to_string())])}</p> }.into_any(),
            ),
            Notice::Open(e) => ("alert", view! { <p>{text::open_error(lang, &e)}</p> }.into_any()),
            // Listed by the start screen with each problem.
            Notice::OpenProblems(_) => return None,
            Notice::KeptTheirs(title) => ("alert", view! { <p>{text::with(lang, "tabs.kept_theirs", &[("title", title)])}</p> }.into_any()),
            Notice::KeptMine(title) => ("alert", view! { <p>{text::with(lang, "tabs.kept_mine", &[("title", title)])}</p> }.into_any()),
            Notice::KeepFailed => ("alert", view! { <p>{text::text(lang, "tabs.keep_failed")}</p> }.into_any()),
            Notice::DeletedElsewhere => (
                "alert",
                view! {
                    <p>{text::text(lang, "tabs.deleted")}</p>
                    <button type="button" on:click=move |_| s.save_again()>{text::text(lang, "tabs.save_again")}</button>
                }
                .into_any(),
            ),
            Notice::PasteRepaired => ("alert", view! { <p>{text::text(lang, "paste.repaired")}</p> }.into_any()),
            Notice::Deleted(title) => ("status", view! { <p>{text::with(lang, "drafts.deleted", &[("title", title)])}</p> }.into_any()),
        };
        Some(view! {
            <div class="notice" id="studio-notice" tabindex="-1" role=role data-studio-notice>
                {body}
                <button type="button" class="dismiss" on:click=dismiss>{text::text(lang, "action.dismiss")}</button>
            </div>
        })
    }
}

fn reanchor_report(s: Studio, report: Vec<authoring::draft::Reanchored>) -> impl IntoView {
    let lang = s.lang.get_untracked();
    let kept = report.iter().filter(|r| r.anchor == Anchor::Kept).count();
    let moved = report
        .iter()
        .filter(|r| matches!(r.anchor, Anchor::Moved { .. }))
        .count();
    let lost: Vec<_> = report
        .into_iter()
        .filter(|r| matches!(r.anchor, Anchor::Lost(_)))
        .collect();
    let summary = text::with(
        lang,
        "reanchor.summary",
        &[
            ("kept", kept.to_string()),
            ("moved", moved.to_string()),
            ("lost", lost.len().to_string()),
        ],
    );
    let items = lost
        .into_iter()
        .map(|r| {
            let label = item_label(s, r.item);
            let (section, element) = item_place(r.item);
            let quote_element = format!("{element}-quotes-{}", r.quote);
            let why = match &r.anchor {
                Anchor::Lost(Lost::Gone) => text::text(lang, "reanchor.gone").to_string(),
                Anchor::Lost(Lost::Unsure { places }) => text::with(
                    lang,
                    "reanchor.unsure",
                    &[(
                        "places",
                        places
                            .iter()
                            .take(10)
                            .map(usize::to_string)
                            .collect::<Vec<_>>()
                            .join(", "),
                    )],
                ),
                _ => String::new(),
            };
            view! {
                <li>
                    <a href=format!("#{quote_element}") on:click=move |ev| {
                        ev.prevent_default();
                        go_to(s, section, quote_element.clone());
                    }>{label}</a>
                    ": " <span class="quote-text">{r.text}</span> " — " {why}
                </li>
            }
        })
        .collect_view();
    view! {
        <div data-studio-reanchor>
            <p>{summary}</p>
            <ul>{items}</ul>
        </div>
    }
}
