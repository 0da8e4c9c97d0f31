//! The "Embed" dialog: writes the iframe code for the current state and copies it.
//! A native modal `<dialog>`, so focus is trapped and Escape closes it.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::explore::embed::{iframe_code, with_embed};
use crate::ui::browser::clipboard::copy_to_clipboard;
use crate::ui::browser::location::base_url;
use crate::ui::browser::page::height_of;
use crate::ui::context::use_explorer;
use crate::ui::loader::shows_local_file;

/// The button that opens the embed dialog (drawn in the options menu).
#[component]
pub fn EmbedButton(open: RwSignal<bool>) -> impl IntoView {
    let ex = use_explorer();
    // It also closes the options menu it sits in.
    view! {
        <button type="button" class="btn" aria-haspopup="dialog" popovertarget="options-panel" popovertargetaction="hide" on:click=move |_| open.set(true)>
            {ex.tr("embed.button")}
        </button>
    }
}

/// The dialog, shown while `open` is set: the code for the current state, to copy.
#[component]
pub fn EmbedDialog(open: RwSignal<bool>) -> impl IntoView {
    let ex = use_explorer();
    let dialog: NodeRef<html::Dialog> = NodeRef::new();
    let code_area: NodeRef<html::Textarea> = NodeRef::new();
    let status = RwSignal::new("");
    let code = RwSignal::new(String::new());
    // A briefing opened from a local file has no address an embed could load.
    let local = RwSignal::new(false);

    let show = move || {
        local.set(shows_local_file());
        let height = height_of("results")
            .map(|h| h.ceil() as u32)
            .unwrap_or(600)
            .clamp(400, 1200);
        let base = base_url();
        let url = format!("{base}{}", with_embed(&ex.shared_query()));
        let title = ex.loaded.with_untracked(|l| l.briefing.title.clone());
        code.set(iframe_code(
            &url,
            &title,
            height,
            &format!("{base}embed.js"),
        ));
        status.set("");
        if let Some(d) = dialog.get_untracked() {
            if !d.open() {
                let _ = d.show_modal();
            }
        }
    };
    Effect::new(move |_| {
        if open.get() {
            untrack(show);
        }
    });
    let copy = move |_| {
        if let Some(area) = code_area.get() {
            area.select();
        }
        let text = code.get_untracked();
        spawn_local(async move {
            let copied = copy_to_clipboard(&text).await;
            status.set(if copied {
                "embed.copied"
            } else {
                "embed.select_copy"
            });
        });
    };
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    view! {
        // Closing by Escape or the button ends the request; focus returns to the options.
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby="embed-title" on:close=move |_| {
            open.set(false);
            crate::ui::browser::focus::focus_on("#options-button".to_string());
        }>
            <h2 id="embed-title">{ex.tr("embed.title")}</h2>
            <Show
                when=move || !local.get()
                fallback=move || view! { <p class="embed-local">{ex.tr("embed.local_file")}</p> }
            >
                <p>{ex.tr("embed.explain")}</p>
                <label for="embed-code">{ex.tr("embed.code_label")}</label>
                <textarea id="embed-code" node_ref=code_area readonly rows="6" prop:value=move || code.get()></textarea>
                <p class="embed-status" role="status">
                    {move || if status.get().is_empty() { "" } else { ex.t(status.get()) }}
                </p>
            </Show>
            <div class="dialog-actions">
                <Show when=move || !local.get()>
                    <button type="button" class="btn btn-primary" on:click=copy>{ex.tr("embed.copy")}</button>
                </Show>
                <button type="button" class="btn" on:click=close>{ex.tr("embed.close")}</button>
            </div>
        </dialog>
    }
}
