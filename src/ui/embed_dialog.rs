//! The "Embed" dialog: writes the iframe code for the current state and copies it.
//! A native modal `<dialog>`, so focus is trapped and Escape closes it.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::use_explorer;
use crate::explore::embed::{iframe_code, with_embed};
use crate::ui::clipboard::copy_to_clipboard;
use crate::ui::embed::shared_query;
use crate::ui::loader::shows_local_file;

/// The page's URL up to its last `/` (the folder `dist/` is served from).
fn base_url() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let without_query = href.split(['?', '#']).next().unwrap_or_default();
    match without_query.rfind('/') {
        Some(slash) => without_query[..=slash].to_string(),
        None => without_query.to_string(),
    }
}

/// The button that opens the dialog, and the dialog.
#[component]
pub fn EmbedDialog() -> impl IntoView {
    let ex = use_explorer();
    let dialog: NodeRef<html::Dialog> = NodeRef::new();
    let code_area: NodeRef<html::Textarea> = NodeRef::new();
    let status = RwSignal::new("");
    let code = RwSignal::new(String::new());
    // A briefing opened from a local file has no address an embed could load.
    let local = RwSignal::new(false);

    let open = move |_| {
        local.set(shows_local_file());
        let height = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("results"))
            .map(|r| r.get_bounding_client_rect().height().ceil() as u32)
            .unwrap_or(600)
            .clamp(400, 1200);
        let base = base_url();
        let url = format!("{base}{}", with_embed(&shared_query(ex)));
        let title = ex.loaded.with(|l| l.briefing.title.clone());
        code.set(iframe_code(
            &url,
            &title,
            height,
            &format!("{base}embed.js"),
        ));
        status.set("");
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
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
        <button type="button" class="tool" aria-haspopup="dialog" on:click=open>
            {move || ex.t("embed.button")}
        </button>
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby="embed-title">
            <h2 id="embed-title">{move || ex.t("embed.title")}</h2>
            <Show
                when=move || !local.get()
                fallback=move || view! { <p class="embed-local">{move || ex.t("embed.local_file")}</p> }
            >
                <p>{move || ex.t("embed.explain")}</p>
                <label for="embed-code">{move || ex.t("embed.code_label")}</label>
                <textarea id="embed-code" node_ref=code_area readonly rows="6" prop:value=move || code.get()></textarea>
                <p class="embed-status" role="status">
                    {move || if status.get().is_empty() { "" } else { ex.t(status.get()) }}
                </p>
            </Show>
            <div class="dialog-actions">
                <Show when=move || !local.get()>
                    <button type="button" on:click=copy>{move || ex.t("embed.copy")}</button>
                </Show>
                <button type="button" on:click=close>{move || ex.t("embed.close")}</button>
            </div>
        </dialog>
    }
}
