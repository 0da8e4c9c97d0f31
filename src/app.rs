//! The app shell: loads the briefing and lays out the page's landmarks.
//!
//! A briefing that fails validation never reaches the views; the reader gets the
//! validation report instead of a blank or half-drawn page.

use std::sync::Arc;

use leptos::prelude::*;

use crate::briefing::embedded::default_briefing;
use crate::briefing::Briefing;
use crate::ui::header::Header;
use crate::ui::validation_report::ValidationReport;

/// The whole explorer.
#[component]
pub fn App() -> impl IntoView {
    #[cfg(feature = "fault-injection")]
    panic!("fault injection: a deliberate panic while rendering the app");

    match default_briefing() {
        Ok(briefing) => view! { <Explorer briefing=Arc::new(briefing) /> }.into_any(),
        Err(problems) => view! {
            <div id="app">
                <main id="main">
                    <h1>"Briefing Explorer"</h1>
                    <ValidationReport problems />
                </main>
            </div>
        }
        .into_any(),
    }
}

/// The explorer for one valid briefing.
#[component]
fn Explorer(briefing: Arc<Briefing>) -> impl IntoView {
    view! {
        <div id="app">
            <a class="skip-link" href="#main">"Skip to the briefing"</a>
            <Header briefing=briefing.clone() />
            <main id="main" tabindex="-1"></main>
        </div>
    }
}
