//! The "cited by" list of the source reader: what cites the selected passage, each entry
//! landing on its card or event. Its entries are the passage's run's citers
//! (`explore::reader`), so the list and the highlight always agree.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::browser::focus::land_on;
use crate::context::use_explorer;
use crate::parts::links::StateLink;
use explore::landing::Target;
use explore::reader::Reader;
use explore::segments::Citer;

/// Lists what cites the `selected` passage of `reader`.
#[component]
pub fn CitePanel(
    selected: RwSignal<Option<(usize, usize)>>,
    reader: Memo<Reader>,
) -> impl IntoView {
    let ex = use_explorer();
    // Closing returns the keyboard to the passage the list was opened from.
    let close = move || {
        if let Some((si, start)) = selected.get_untracked() {
            selected.set(None);
            land_on(format!("[data-cite-at=\"{si}:{start}\"]"));
        }
    };
    let content = move || {
        let (si, start) = selected.get()?;
        let citers: Vec<Citer> = reader.with(|r| r.citers_at(si, start).to_vec());
        // An item the filters show keeps them when its link is followed.
        let shown = move |c: Citer| {
            ex.results.with(|r| match c {
                Citer::Position(i) => r.positions.contains(&i),
                Citer::Event(i) => r.events.contains(&i),
            })
        };
        let data_lang = ex.data_lang();
        let list = ex.loaded.with(|l| {
            let b = &l.briefing;
            citers
                .into_iter()
                .filter_map(|citer| {
                    let target = Target::of(b, citer)?;
                    let (kind, label) = match citer {
                        Citer::Position(i) => {
                            ("source.position", b.position_label(&b.positions[i]))
                        }
                        Citer::Event(i) => ("source.event", b.events[i].label()),
                    };
                    let data_lang = data_lang.clone();
                    let shown = shown(citer);
                    Some(view! {
                        <li>
                            <span class="kind">{ex.tr(kind)}</span>
                            ": "
                            // Lands on that very card or event (`cite=`), with only the
                            // filters that keep it there to land on.
                            <StateLink change=move |s| s.land_on(&target, shown)>
                                <bdi lang=data_lang>{label}</bdi>
                            </StateLink>
                        </li>
                    })
                })
                .collect_view()
        });
        Some(view! {
            <div class="cite-panel-head">
                <h3>{ex.tr("source.cited_by_heading")}</h3>
                <button type="button" class="link-button" on:click=move |_| close()>
                    {ex.tr("source.close_panel")}
                </button>
            </div>
            <ul>{list}</ul>
        })
    };
    // Sticky at the bottom of the screen, so the list appears where the reader is, not
    // after the whole article.
    view! {
        <aside
            id="cite-panel"
            class="cite-panel"
            class:open=move || selected.with(Option::is_some)
            aria-live="polite"
            aria-label=ex.tr("source.cited_by_heading")
            on:keydown=move |ev: KeyboardEvent| {
                if ev.key() == "Escape" {
                    close();
                }
            }
        >
            {content}
        </aside>
    }
}
