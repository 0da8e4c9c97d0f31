//! A button that copies text for the reader (a citation, a link), or offers a link to a
//! phone's share sheet; it says how that went, and when the browser refuses, shows the
//! text selected, to copy by hand. One copy of this for every such button.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::clipboard::{copy_to_clipboard, offer_link, Offered};
use crate::context::use_explorer;

/// The interface keys of one kind of copy button.
#[derive(Clone, Copy)]
pub struct CopyWords {
    pub label: &'static str,
    pub done: &'static str,
    pub failed: &'static str,
    /// The label of the text shown to copy by hand.
    pub area: &'static str,
}

pub const CITATION: CopyWords = CopyWords {
    label: "card.copy_citation",
    done: "card.copied",
    failed: "card.copy_failed",
    area: "card.citation_label",
};

pub const LINK: CopyWords = CopyWords {
    label: "share.copy_link",
    done: "share.copied",
    failed: "share.copy_failed",
    area: "share.link_label",
};

/// Copies `text()` when pressed; with `link`, offers it as a link (the share sheet on a
/// phone) and says that no link can be made when `text()` is empty (a local file shown).
#[component]
pub fn CopyButton(
    words: CopyWords,
    #[prop(into)] text: Callback<(), String>,
    #[prop(optional)] link: bool,
    /// The button's class: a quiet `link-button` unless told (`btn` in the Options menu).
    #[prop(optional)]
    class: Option<&'static str>,
) -> impl IntoView {
    let ex = use_explorer();
    let said: RwSignal<&'static str> = RwSignal::new("");
    let fallback: RwSignal<Option<String>> = RwSignal::new(None);
    let area: NodeRef<html::Textarea> = NodeRef::new();
    let press = move |_| {
        let text = text.run(());
        if link && text.is_empty() {
            fallback.set(None);
            said.set("share.no_link");
            return;
        }
        let title = ex.loaded.with_untracked(|l| l.briefing.title.clone());
        spawn_local(async move {
            let offered = if link {
                offer_link(&text, &title).await
            } else if copy_to_clipboard(&text).await {
                Offered::Copied
            } else {
                Offered::Refused
            };
            fallback.set(None);
            said.set(match offered {
                Offered::Copied => words.done,
                Offered::Shared => "share.shared",
                Offered::Dismissed => "",
                Offered::Refused => {
                    fallback.set(Some(text));
                    request_animation_frame(move || {
                        if let Some(area) = area.get_untracked() {
                            let _ = area.focus();
                            area.select();
                        }
                    });
                    words.failed
                }
            });
        });
    };
    view! {
        <button type="button" class=class.unwrap_or("link-button") on:click=press>{ex.tr(words.label)}</button>
        <span class="copy-status" role="status">
            {move || if said.get().is_empty() { "" } else { ex.t(said.get()) }}
        </span>
        {move || fallback.get().map(|text| view! {
            <textarea class="citation-text" node_ref=area readonly rows="3" aria-label=ex.tr(words.area) prop:value=text></textarea>
        })}
    }
}
