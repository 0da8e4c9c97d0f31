//! The Suggestions panel under the source text: the quotations `suggest` proposes for the
//! source shown, each with its proposed speaker, to accept (a position quoting exactly
//! its range, its actor matched by name or added) or dismiss (hidden for this session),
//! and every speaker added as an actor in one step. The suggestions are computed when the
//! panel is first opened and again only when the source's text changes; what to accept
//! and list is decided by `authoring::suggested`, tested natively. Every acceptance is an
//! edit of the draft, so undo takes it back.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use leptos::prelude::*;

use super::state::{use_studio, Notice, Studio};
use crate::browser::focus_later;
use authoring::suggested::{new_speakers, open_quotes, Range};
use suggest::Suggestions;

/// One suggestion as the list draws it.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    start: usize,
    end: usize,
    text: String,
    speaker: Option<String>,
}

/// The suggestions for the source shown, with its digest (`None` until `opened`).
fn suggestions_of(s: Studio, opened: RwSignal<bool>) -> Memo<Option<(String, Arc<Suggestions>)>> {
    // The source's index and digest: unchanged while its text is.
    let key = Memo::new(move |_| {
        let i = s.source.get();
        s.with_draft(None, |d| Some((i, d.source_facts(i)?.text.sha256.clone())))
    });
    Memo::new(move |_| {
        if !opened.get() {
            return None;
        }
        let (i, digest) = key.get()?;
        let found = s.doc.with_untracked(|d| {
            let text = &d.as_ref()?.briefing().sources.get(i)?.text;
            Some(suggest::suggest(text))
        })?;
        Some((digest, Arc::new(found)))
    })
}

#[component]
pub fn SuggestionsPanel() -> impl IntoView {
    let s = use_studio();
    let opened = RwSignal::new(false);
    let found = suggestions_of(s, opened);
    // Dismissed ranges, by the digest of the text they were dismissed in.
    let dismissed: RwSignal<HashMap<String, HashSet<Range>>> = RwSignal::new(HashMap::new());
    let rows = Memo::new(move |_| {
        let (digest, all) = found.get()?;
        let i = s.source.get();
        let rows = dismissed.with(|gone| {
            let none = HashSet::new();
            let gone = gone.get(&digest).unwrap_or(&none);
            s.with_draft(Vec::new(), |d| {
                open_quotes(d, i, &all, gone)
                    .into_iter()
                    .map(|q| Row {
                        start: q.start,
                        end: q.end,
                        text: q.text.clone(),
                        speaker: q.speaker.clone(),
                    })
                    .collect()
            })
        });
        Some(rows)
    });
    let speakers = move || {
        found.with(|f| {
            f.as_ref().map_or(0, |(_, all)| {
                s.with_briefing(|b| new_speakers(b, all).len())
            })
        })
    };
    let add_speakers = move |_| {
        let Some((_, all)) = found.get_untracked() else {
            return;
        };
        s.edit(|d| d.add_speakers(&all));
    };
    let heading = move || match rows.with(|r| r.as_ref().map(Vec::len)) {
        Some(n) => s.tw("suggest.heading_count", &[("n", n.to_string())]),
        None => s.t("suggest.heading").to_string(),
    };
    view! {
        <details class="suggestions" data-studio-suggestions
            on:toggle=move |ev| opened.set(event_target::<web_sys::Element>(&ev).has_attribute("open"))>
            <summary id="suggestions-heading">{heading}</summary>
            <p class="hint">{move || s.t("suggest.how")}</p>
            <button type="button" data-studio-add-speakers on:click=add_speakers
                disabled=move || s.read_only() || speakers() == 0>
                {move || s.tw("suggest.add_speakers", &[("n", speakers().to_string())])}
            </button>
            <Show when=move || rows.with(|r| r.as_ref().is_some_and(Vec::is_empty))>
                <p data-studio-suggestions-none>{move || s.t("suggest.none")}</p>
            </Show>
            <ul class="suggestion-list" aria-labelledby="suggestions-heading">
                <For each=move || rows.get().unwrap_or_default() key=|r| (r.start, r.end) let(row)>
                    <SuggestionRow row found dismissed rows />
                </For>
            </ul>
        </details>
    }
}

/// The id of the "Accept" button of the suggestion at `start..end`.
fn accept_id(start: usize, end: usize) -> String {
    format!("suggestion-{start}-{end}-accept")
}

/// After the suggestion at `start..end` leaves the list, the keyboard goes on to the next
/// one's "Accept" (or the one before, or the panel's heading).
fn focus_after(rows: Memo<Option<Vec<Row>>>, start: usize, end: usize) -> String {
    rows.with_untracked(|r| {
        let r = r.as_deref().unwrap_or_default();
        let k = r.iter().position(|x| (x.start, x.end) == (start, end));
        k.and_then(|k| {
            r.get(k + 1)
                .or_else(|| k.checked_sub(1).and_then(|p| r.get(p)))
        })
        .map_or_else(
            || "suggestions-heading".to_string(),
            |x| accept_id(x.start, x.end),
        )
    })
}

#[component]
fn SuggestionRow(
    row: Row,
    found: Memo<Option<(String, Arc<Suggestions>)>>,
    dismissed: RwSignal<HashMap<String, HashSet<Range>>>,
    rows: Memo<Option<Vec<Row>>>,
) -> impl IntoView {
    let s = use_studio();
    let Row {
        start,
        end,
        text,
        speaker,
    } = row;
    let text_id = format!("suggestion-{start}-{end}");
    let accept = move |_| {
        let Some((_, all)) = found.get_untracked() else {
            return;
        };
        let Some(q) = all.quotes.iter().find(|q| (q.start, q.end) == (start, end)) else {
            return;
        };
        let next = focus_after(rows, start, end);
        let i = s.source.get_untracked();
        if let Some(item) = s.edit(|d| d.accept_quote(i, q, &all)) {
            s.notice.set(Some(Notice::Quoted(item)));
            focus_later(next);
        }
    };
    let dismiss = move |_| {
        let Some((digest, _)) = found.get_untracked() else {
            return;
        };
        let next = focus_after(rows, start, end);
        dismissed.update(|d| {
            d.entry(digest).or_default().insert((start, end));
        });
        focus_later(next);
    };
    let speaker_text = move || match &speaker {
        Some(name) => s.tw("suggest.speaker", &[("name", name.clone())]),
        None => s.t("suggest.no_speaker").to_string(),
    };
    view! {
        <li data-studio-suggestion=format!("{start}:{end}")>
            <span class="quote-text" id=text_id.clone()>{text}</span>
            " " <span class="suggested-speaker">{speaker_text}</span>
            <span class="suggestion-actions">
                <button type="button" id=accept_id(start, end) data-studio-accept
                    aria-describedby=text_id.clone() disabled=move || s.read_only() on:click=accept>
                    {move || s.t("suggest.accept")}
                </button>
                " "
                <button type="button" data-studio-dismiss aria-describedby=text_id on:click=dismiss>
                    {move || s.t("suggest.dismiss")}
                </button>
            </span>
        </li>
    }
}
