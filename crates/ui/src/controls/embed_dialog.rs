//! The "Embed" dialog: writes the iframe code for the current state and copies it.
//! A native modal `<dialog>`, so focus is trapped and Escape closes it.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

use leptos::ev::KeyboardEvent;

use crate::browser::clipboard::copy_to_clipboard;
use crate::browser::focus::{focus_on, keep_tab_inside};
use crate::browser::location::base_url;
use crate::browser::page::height_of;
use crate::context::{use_explorer, ExplorerContext};
use crate::loader::shows_local_file;
use crate::parts::effect::effect;
use crate::parts::show_if::ShowIf;
use explore::embed::{iframe_code, EmbedOptions};
use i18n::fill;

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

/// The maximum heights offered, in pixels (`None`: the frame grows with its content).
const HEIGHTS: [Option<u32>; 5] = [None, Some(400), Some(600), Some(800), Some(1000)];

/// The dialog, shown while `open` is set: options for the frame, a live preview of it, and
/// its code for the current state, to copy.
#[component]
pub fn EmbedDialog(open: RwSignal<bool>) -> impl IntoView {
    let ex = use_explorer();
    let dialog: NodeRef<html::Dialog> = NodeRef::new();
    let code_area: NodeRef<html::Textarea> = NodeRef::new();
    let status = RwSignal::new("");
    // A briefing opened from a local file has no address an embed could load.
    let local = RwSignal::new(false);
    let options = RwSignal::new(EmbedOptions::suggested());
    // What the dialog was opened on: the state's query, the page's folder, the results'
    // height (the frame's starting height) and the briefing's title.
    let opened = RwSignal::new((String::new(), String::new(), 600u32, String::new()));

    effect(move || {
        if open.get() {
            untrack(move || show(ex, dialog, local, opened, status));
        }
    });
    let code = move || {
        let o = options.get();
        opened.with(|(query, base, height, title)| {
            iframe_code(
                &format!("{base}{}", o.frame_query(query)),
                title,
                o.frame_height(*height),
                &format!("{base}embed.js"),
            )
        })
    };
    let copy = move |_| {
        if let Some(area) = code_area.get() {
            area.select();
        }
        let text = code();
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
        // Tab and Shift+Tab go round inside it, never out to the page behind.
        <dialog
            node_ref=dialog
            class="embed-dialog"
            aria-labelledby="embed-title"
            on:close=move |_| {
                open.set(false);
                focus_on("#options-button".to_string());
            }
            on:keydown=move |ev: KeyboardEvent| {
                if let Some(d) = dialog.get_untracked() {
                    keep_tab_inside(&ev, &d);
                }
            }
        >
            <h2 id="embed-title">{ex.tr("embed.title")}</h2>
            <ShowIf
                when=move || !local.get()
                fallback=move || view! { <p class="embed-local">{ex.tr("embed.local_file")}</p> }
            >
                <p>{ex.tr("embed.explain")}</p>
                {embed_options(ex, options)}
                {embed_preview(ex, open, opened, options)}
                <label for="embed-code">{ex.tr("embed.code_label")}</label>
                <textarea id="embed-code" node_ref=code_area readonly rows="5" prop:value=code></textarea>
                <p class="embed-status" role="status">
                    {move || if status.get().is_empty() { "" } else { ex.t(status.get()) }}
                </p>
            </ShowIf>
            <div class="dialog-actions">
                <ShowIf when=move || !local.get()>
                    <button type="button" class="btn btn-primary" on:click=copy>{ex.tr("embed.copy")}</button>
                </ShowIf>
                <button type="button" class="btn" on:click=close>{ex.tr("embed.close")}</button>
            </div>
        </dialog>
    }
}

/// Shows the dialog (as a modal, if it is not shown already) on the current state, its
/// status cleared.
fn show(
    ex: ExplorerContext,
    dialog: NodeRef<html::Dialog>,
    local: RwSignal<bool>,
    opened: RwSignal<(String, String, u32, String)>,
    status: RwSignal<&'static str>,
) {
    local.set(shows_local_file());
    let height = height_of("results")
        .map(|h| h.ceil() as u32)
        .unwrap_or(600)
        .clamp(400, 1200);
    let title = ex.loaded.with_untracked(|l| l.briefing.title.clone());
    opened.set((ex.shared_query(), base_url(), height, title));
    status.set("");
    if let Some(d) = dialog.get_untracked() {
        if !d.open() {
            let _ = d.show_modal();
        }
    }
}

/// The frame's options: its maximum height, compact or not, with filters or not.
fn embed_options(ex: ExplorerContext, options: RwSignal<EmbedOptions>) -> impl IntoView {
    let heights = HEIGHTS
        .into_iter()
        .map(|h| {
            let value = h.map(|n| n.to_string()).unwrap_or_default();
            let label = move || match h {
                None => ex.t("embed.fit").to_string(),
                Some(n) => fill(ex.t("embed.at_most"), &[("n", n.to_string())]),
            };
            view! { <option value=value selected=move || options.with(|o| o.max_height == h)>{label}</option> }
        })
        .collect_view();
    view! {
        <fieldset class="embed-options">
            <legend>{ex.tr("embed.options")}</legend>
            <label class="field">
                {ex.tr("embed.height")}
                <select on:change=move |ev| {
                    let value = event_target_value(&ev).parse::<u32>().ok();
                    options.update(|o| o.max_height = value);
                }>{heights}</select>
            </label>
            <label class="check">
                <input type="checkbox" prop:checked=move || options.with(|o| o.compact)
                    on:change=move |ev| options.update(|o| o.compact = event_target_checked(&ev)) />
                {ex.tr("embed.compact")}
            </label>
            <label class="check">
                <input type="checkbox" prop:checked=move || options.with(|o| o.filters)
                    on:change=move |ev| options.update(|o| o.filters = event_target_checked(&ev)) />
                {ex.tr("embed.filters")}
            </label>
        </fieldset>
    }
}

/// The preview: the frame itself, at the height it would start with.
fn embed_preview(
    ex: ExplorerContext,
    open: RwSignal<bool>,
    opened: RwSignal<(String, String, u32, String)>,
    options: RwSignal<EmbedOptions>,
) -> impl IntoView {
    let preview_src = move || opened.with(|(query, ..)| options.get().frame_query(query));
    let preview_height = move || options.get().max_height.unwrap_or(360).min(360).to_string();
    view! {
        <p class="embed-preview-label" id="embed-preview-label">{ex.tr("embed.preview")}</p>
        // Only while the dialog is open: the preview is a whole explorer.
        {move || open.get().then(|| view! {
            <iframe
                class="embed-preview"
                src=preview_src
                height=preview_height
                title=ex.tr("embed.preview")
            ></iframe>
        })}
    }
}
