//! The masthead: title, summary, where the briefing comes from and what it holds, and the
//! options menu.

use leptos::prelude::*;

use crate::context::use_explorer;
use crate::controls::toolbar::Toolbar;
use crate::parts::show_if::ShowIf;
use briefing::load::is_safe_link;
use briefing::Source;
use i18n::{self, Lang};

/// Title, summary, source attribution, "as of" and counts.
#[component]
pub fn Header() -> impl IntoView {
    let ex = use_explorer();
    let b = move |f: fn(&briefing::Briefing) -> String| ex.loaded.with(|l| f(&l.briefing));
    let as_of = move || {
        let lang = ex.lang.get();
        ex.loaded.with(|l| as_of_line(&l.briefing, lang))
    };
    let counts = move || {
        ex.loaded.with(|l| {
            let b = &l.briefing;
            [
                ex.count("count.actors", b.actors.len()),
                ex.count("count.topics", b.topics.len()),
                ex.count("count.positions", b.positions.len()),
                ex.count("count.events", b.events.len()),
            ]
            .join(" · ")
        })
    };
    let sources = move || {
        let lang = ex.lang.get();
        ex.loaded.with(|l| {
            l.briefing
                .sources
                .iter()
                .map(|s| {
                    let link = s.url.clone().filter(|u| is_safe_link(u)).map(|url| {
                        view! {
                            " "
                            <a href=url target="_blank" rel="noopener noreferrer">
                                {i18n::text(lang, "header.read_source")}
                            </a>
                        }
                    });
                    view! { <li><bdi>{attribution(s, lang)}</bdi>{link}</li> }
                })
                .collect_view()
        })
    };
    view! {
        // A filtered view (a shared link, say) gives its first screen to the results.
        <header class="masthead page-header" class:filtered=move || ex.state.with(|s| !s.filter.is_empty())>
            <Toolbar />
            // While a linked briefing loads, the built-in one's title would mislead.
            <ShowIf
                when=move || !ex.waiting.get()
                fallback=|| view! { <h1>"Briefing Explorer"</h1> }
            >
                <h1 lang=move || ex.data_lang()>{move || b(|b| b.title.clone())}</h1>
                <p class="summary" lang=move || ex.data_lang()>{move || b(|b| b.summary.clone())}</p>
            </ShowIf>
            <dl class="provenance" hidden=move || ex.waiting.get()>
                <dt>{ex.tr("header.source")}</dt>
                <dd>
                    <ul class="sources">{sources}</ul>
                </dd>
                <dt>{ex.tr("header.as_of")}</dt>
                <dd>{as_of}</dd>
                <dt class="contents">{ex.tr("header.contents")}</dt>
                <dd class="contents">{counts}</dd>
            </dl>
        </header>
    }
}

/// What "As of" says: the briefing's date; without one, the dates its sources give (never
/// "no date given" beside a dated source); without those, that the source gives none.
pub fn as_of_line(briefing: &briefing::Briefing, lang: Lang) -> String {
    if let Some(date) = &briefing.as_of {
        return date.clone();
    }
    let mut dates: Vec<&str> = Vec::new();
    for date in briefing
        .sources
        .iter()
        .filter_map(|s| s.published.as_deref())
    {
        if !dates.contains(&date) {
            dates.push(date);
        }
    }
    let key = match (dates.len(), briefing.sources.len()) {
        (0, _) => return i18n::text(lang, "header.no_date").to_string(),
        (_, 1) => "header.as_of_source_dated",
        _ => "header.as_of_sources_dated",
    };
    i18n::fill_isolated(i18n::text(lang, key), &[("dates", dates.join(", "))])
}

/// "Title — publisher, date", saying plainly what the source does not give. Each part is
/// isolated: a publisher holding U+202E must not reorder the line's dash and comma.
pub fn attribution(source: &Source, lang: Lang) -> String {
    let or = |value: &Option<String>, key: &str| {
        i18n::isolate(value.as_deref().unwrap_or_else(|| i18n::text(lang, key)))
    };
    format!(
        "{} — {}, {}",
        or(&source.title, "source.untitled"),
        or(&source.publisher, "source.no_publisher"),
        or(&source.published, "source.no_date")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn briefing(as_of: Option<&str>, published: &[Option<&str>]) -> briefing::Briefing {
        let mut b = briefing::Briefing {
            as_of: as_of.map(str::to_string),
            ..Default::default()
        };
        b.sources = published
            .iter()
            .map(|p| Source {
                published: p.map(str::to_string),
                ..Default::default()
            })
            .collect();
        b
    }

    #[test]
    fn as_of_never_denies_a_date_the_source_gives() {
        let en = Lang::En;
        assert_eq!(
            as_of_line(&briefing(Some("2025-02-01"), &[]), en),
            "2025-02-01"
        );
        assert_eq!(
            as_of_line(&briefing(None, &[Some("2014-08-16")]), en),
            "not stated; the source is dated \u{2068}2014-08-16\u{2069}"
        );
        assert_eq!(
            as_of_line(
                &briefing(
                    None,
                    &[
                        Some("2014-08-16"),
                        None,
                        Some("2014-08-17"),
                        Some("2014-08-16")
                    ]
                ),
                en
            ),
            "not stated; the sources are dated \u{2068}2014-08-16, 2014-08-17\u{2069}"
        );
        assert_eq!(
            as_of_line(&briefing(None, &[None]), en),
            "no date given in the source"
        );
    }
}
