//! The tools above the results: embed (and, as they come, export, print, theme, language).

use leptos::prelude::*;

use crate::app::use_explorer;
use crate::ui::embed_dialog::EmbedDialog;
use crate::ui::loader::BriefingLoader;

#[component]
pub fn Toolbar() -> impl IntoView {
    let ex = use_explorer();
    view! {
        <div class="toolbar" role="group" aria-label=move || ex.t("toolbar.label")>
            <EmbedDialog />
            <BriefingLoader />
        </div>
    }
}
