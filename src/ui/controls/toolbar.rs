//! The tools in the header: embed, export, print, open a file, language and theme.

use leptos::prelude::*;

use crate::ui::context::use_explorer;
use crate::ui::controls::embed_dialog::EmbedDialog;
use crate::ui::controls::export_menu::ExportMenu;
use crate::ui::controls::preferences::Preferences;
use crate::ui::loader::BriefingLoader;

#[component]
pub fn Toolbar() -> impl IntoView {
    let ex = use_explorer();
    view! {
        <div class="toolbar" role="group" aria-label=move || ex.t("toolbar.label")>
            // Nothing to embed or export while a linked briefing is still loading.
            <Show when=move || !ex.waiting.get()>
                <EmbedDialog />
                <ExportMenu />
            </Show>
            <BriefingLoader />
            <Preferences />
        </div>
    }
}
