//! The page's secondary actions in one compact "Options" menu: copy or share a link, embed,
//! export, print, open a briefing file, language and theme.
//!
//! A native popover (`popover` with a `popovertarget` button): the browser gives it light
//! dismiss (a click outside closes it), Escape, `aria-expanded` on the button and focus
//! return, with no code of ours, and it is a group of buttons rather than a menu widget,
//! so Tab moves through it as through the page.

use leptos::prelude::*;

use crate::context::use_explorer;
use crate::controls::embed_dialog::{EmbedButton, EmbedDialog};
use crate::controls::export_menu::ExportMenu;
use crate::controls::preferences::Preferences;
use crate::loader::BriefingLoader;
use crate::parts::copy_button::{CopyButton, LINK};
use crate::parts::show_if::ShowIf;

#[component]
pub fn Toolbar() -> impl IntoView {
    let ex = use_explorer();
    let embed = RwSignal::new(false);
    // This view's address without what only an embed needs; none for a local file.
    let page_link = move |_: ()| {
        if crate::loader::shows_local_file() {
            return String::new();
        }
        crate::browser::location::absolute(&explore::embed::without_embed(&ex.query()))
    };
    view! {
        <div class="options">
            <button type="button" id="options-button" class="btn options-button" popovertarget="options-panel">
                <span class="options-icon" aria-hidden="true">"⋯"</span>
                {ex.tr("toolbar.label")}
            </button>
            <div id="options-panel" class="options-panel" popover="auto" role="group" aria-labelledby="options-button">
                // Nothing to embed or export while a linked briefing is still loading.
                <ShowIf when=move || !ex.waiting.get()>
                    <div class="options-group" role="group" aria-label=ex.tr("toolbar.share")>
                        <span class="share-link">
                            <CopyButton words=LINK text=page_link link=true class="btn" />
                        </span>
                        <EmbedButton open=embed />
                        <ExportMenu />
                    </div>
                </ShowIf>
                <div class="options-group" role="group" aria-label=ex.tr("toolbar.settings")>
                    <BriefingLoader />
                    <Preferences />
                </div>
            </div>
            // Outside the popover, which closes when the dialog opens.
            <EmbedDialog open=embed />
        </div>
    }
}
