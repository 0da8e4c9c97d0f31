//! The preview: the explorer's own views over the draft, under a preview context
//! (`ExplorerContext::provide_preview`, whose steps never touch this page's address),
//! updated as the draft changes. The views expect a valid briefing; while the draft has
//! problems, the preview says so instead.

use std::sync::Arc;

use leptos::prelude::*;

use super::state::use_studio;
use authoring::fields::Section;
use briefing::Briefing;
use explore::engine::Loaded;
use ui::context::ExplorerContext;
use ui::controls::view_switch::ViewSwitch;
use ui::views::ChosenView;

#[component]
pub fn PreviewSection() -> impl IntoView {
    let s = use_studio();
    let valid: Memo<Option<Briefing>> = Memo::new(move |_| {
        if s.problems.with(Vec::is_empty) {
            s.with_draft(None, |d| Some(d.briefing().clone()))
        } else {
            None
        }
    });
    let has = move || valid.with(Option::is_some);
    view! {
        <section class="section preview" aria-labelledby="preview-heading" data-studio-section-body="preview">
            <h2 id="preview-heading">{move || s.t("section.preview")}</h2>
            <Show when=has fallback=move || view! {
                <p class="preview-invalid" data-studio-preview-invalid>
                    {move || s.count("preview.invalid", s.problems.with(Vec::len))} " "
                    <button type="button" on:click=move |_| s.section.set(Section::Check)>{move || s.t("preview.to_check")}</button>
                </p>
            }>
                <Views valid />
            </Show>
        </section>
    }
}

/// The explorer's views, mounted once and fed each new valid version.
#[component]
fn Views(valid: Memo<Option<Briefing>>) -> impl IntoView {
    let s = use_studio();
    let first = valid.get_untracked().unwrap_or_default();
    let ex = ExplorerContext::provide_preview(first, s.lang.get_untracked());
    Effect::new(move |_| {
        if let Some(b) = valid.get() {
            if ex.loaded.with_untracked(|l| l.briefing != b) {
                ex.loaded.set(Arc::new(Loaded::new(b)));
            }
        }
    });
    Effect::new(move |_| ex.lang.set(s.lang.get()));
    view! {
        <div class="preview-views" data-studio-preview>
            <ViewSwitch />
            <ChosenView />
        </div>
    }
}
