//! The default view rendered into `dist/index.html` at build time, from the same Leptos
//! components as the app (rendered natively), with what search engines and link previews
//! read: the title, a description, Open Graph and Twitter card tags, and schema.org JSON-LD
//! describing the briefing and its source, stating only what the briefing states.
//!
//! A Trunk hook runs `briefing prerender` on the built page; readers then see the whole
//! default briefing before (or without) any script, and the app takes over that markup
//! when it starts (`briefing_explorer::start`).

use leptos::prelude::*;
use serde_json::{json, Value};

use briefing::Briefing;
use briefing_explorer::app::Page;
use explore::state::View;
use i18n::{self, keys, Lang};
use ui::context::Startup;

/// The attribute that marks the pre-rendered app in the page.
pub const MARK: &str = "data-prerendered";
/// Where the pre-rendered app goes: an empty `<template data-prerender>` in the page (an
/// element, not a comment, because the release build minifies the HTML).
const PLACE: &str = "<template data-prerender>";
const PLACE_END: &str = "</template>";

/// Why a page could not be pre-rendered.
#[derive(Debug, PartialEq, Eq)]
pub enum PrerenderError {
    /// The page has no `</head>` or `<body>` to put things in.
    NotAPage,
    /// The page has no `<template data-prerender>` saying where the app goes.
    NoMarker,
    /// The page was pre-rendered already.
    AlreadyDone,
}

impl std::fmt::Display for PrerenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            PrerenderError::NotAPage => "the file has no <head> and <body> to fill in",
            PrerenderError::NoMarker => {
                "the page has no <template data-prerender> saying where the app goes"
            }
            PrerenderError::AlreadyDone => "the page is pre-rendered already",
        })
    }
}

/// The explorer as a first visit shows it (the default state, in English), as HTML, marked
/// as pre-rendered.
pub fn app_html() -> String {
    app_html_for(String::new())
}

/// The explorer as a visit of `?{query}` in English shows it, as HTML, marked as
/// pre-rendered.
fn app_html_for(query: String) -> String {
    let startup = Startup {
        query,
        languages: vec!["en".to_string()],
        ..Default::default()
    };
    let owner = Owner::new();
    let html = owner.with(|| view! { <Page startup /> }.to_html());
    html.replacen("<div id=\"app\"", &format!("<div id=\"app\" {MARK}"), 1)
}

/// Escapes text for HTML (content or a double-quoted attribute).
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The tab's title, as the app sets it for `view`.
pub fn title(b: &Briefing, view: View) -> String {
    format!(
        "{} — {} · Briefing Explorer",
        b.title,
        i18n::text(Lang::En, &keys::view(view))
    )
}

/// A first view other than the page's own that a link may ask for (`?view=matrix`,
/// `?embed=1`, both), built too, into a file of its own beside the page. `start.js` fetches
/// it for such a link and puts it in place of the default view before that is ever
/// painted, so the reader sees the view asked for without waiting for the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prebuilt {
    pub view: View,
    pub embed: bool,
}

impl Prebuilt {
    /// Every view, plain and embedded, except the page's own (the default view, plain).
    pub fn all() -> impl Iterator<Item = Prebuilt> {
        [false, true].into_iter().flat_map(|embed| {
            View::ALL
                .into_iter()
                .map(move |view| Prebuilt { view, embed })
                .filter(|p| p.view != View::default() || p.embed)
        })
    }

    /// The address's query that asks for it.
    pub fn query(self) -> String {
        let view = (self.view != View::default()).then(|| format!("view={}", self.view.as_str()));
        let embed = self.embed.then(|| "embed=1".to_string());
        view.into_iter().chain(embed).collect::<Vec<_>>().join("&")
    }

    /// Its file, relative to the page: `views/matrix.html`, `views/cards-embed.html`
    /// (`start.js` names them the same way).
    pub fn path(self) -> String {
        let embed = if self.embed { "-embed" } else { "" };
        format!("views/{}{embed}.html", self.view.as_str())
    }

    /// The file's content: the tab's title, then the app as that address shows it.
    pub fn html(self, b: &Briefing) -> String {
        format!(
            "<title>{}</title>{}",
            escape(&title(b, self.view)),
            app_html_for(self.query())
        )
    }
}

/// schema.org JSON-LD: the briefing as an `Article` based on its source(s), about its
/// topics and mentioning its actors; each field only when the briefing states it.
pub fn json_ld(b: &Briefing) -> Value {
    let sources: Vec<Value> = b
        .sources
        .iter()
        .map(|s| {
            let mut source = json!({
                "@type": "CreativeWork",
                "identifier": { "@type": "PropertyValue", "propertyID": "sha256", "value": s.sha256 },
            });
            if let Some(title) = &s.title {
                source["name"] = json!(title);
            }
            if let Some(publisher) = &s.publisher {
                source["publisher"] = json!({ "@type": "Organization", "name": publisher });
            }
            if let Some(url) = s.url.as_ref().filter(|u| briefing::load::is_safe_link(u)) {
                source["url"] = json!(url);
            }
            if let Some(date) = &s.published {
                source["datePublished"] = json!(date);
            }
            source
        })
        .collect();
    let mut doc = json!({
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": b.title,
        "description": b.summary,
        "inLanguage": b.language,
        "isBasedOn": sources,
        "about": b.topics.iter().map(|t| json!({ "@type": "Thing", "name": t.label })).collect::<Vec<_>>(),
        "mentions": b.actors.iter().map(|a| {
            let mut actor = json!({ "@type": "Thing", "name": a.name });
            if !a.aliases.is_empty() {
                actor["alternateName"] = json!(a.aliases);
            }
            actor
        }).collect::<Vec<_>>(),
    });
    if let Some(as_of) = &b.as_of {
        doc["temporalCoverage"] = json!(as_of);
    }
    doc
}

/// The head's title, description, Open Graph and Twitter card tags, and the JSON-LD.
pub fn head_html(b: &Briefing) -> String {
    let (title, summary) = (escape(&title(b, View::default())), escape(&b.summary));
    let headline = escape(&b.title);
    let locale = escape(&b.language.replace('-', "_"));
    // Inside <script>, "</script" or "<!--" from the briefing would change how the page
    // is parsed; in JSON every "<" may be written "\u003c" instead.
    let ld = json_ld(b).to_string().replace('<', "\\u003c");
    format!(
        "<title>{title}</title>\
<meta name=\"description\" content=\"{summary}\">\
<meta property=\"og:type\" content=\"article\">\
<meta property=\"og:site_name\" content=\"Briefing Explorer\">\
<meta property=\"og:title\" content=\"{headline}\">\
<meta property=\"og:description\" content=\"{summary}\">\
<meta property=\"og:locale\" content=\"{locale}\">\
<meta name=\"twitter:card\" content=\"summary\">\
<meta name=\"twitter:title\" content=\"{headline}\">\
<meta name=\"twitter:description\" content=\"{summary}\">\
<script type=\"application/ld+json\">{ld}</script>"
    )
}

/// `page` (the built `index.html`) with the briefing's title, description, tags and JSON-LD
/// at the end of its head, and the app pre-rendered in place of its
/// `<template data-prerender>`.
pub fn inject(page: &str, b: &Briefing) -> Result<String, PrerenderError> {
    if page.contains(MARK) {
        return Err(PrerenderError::AlreadyDone);
    }
    let head_end = page.find("</head>").or_else(|| page.find("<body"));
    let Some(head_end) = head_end else {
        return Err(PrerenderError::NotAPage);
    };
    let Some(marker) = page.find(PLACE) else {
        return Err(PrerenderError::NoMarker);
    };
    let Some(marker_end) = page[marker..]
        .find(PLACE_END)
        .map(|e| marker + e + PLACE_END.len())
    else {
        return Err(PrerenderError::NoMarker);
    };
    // The source page has no title or description of its own: they are the briefing's.
    let head = &page[..head_end];
    let mut out = String::with_capacity(page.len() + 80_000);
    out.push_str(head);
    out.push_str(&head_html(b));
    out.push_str(&page[head_end..marker]);
    out.push_str(&app_html());
    out.push_str(&page[marker_end..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use briefing_explorer::embedded::default_briefing;

    const PAGE: &str = "<!doctype html><html lang=en><head><meta charset=utf-8>\
<link rel=stylesheet href=main.css></head><body><div id=boot></div><template data-prerender></template></body></html>";

    #[test]
    fn the_page_gets_the_app_the_meta_and_the_json_ld() {
        let b = default_briefing().unwrap();
        let out = inject(PAGE, &b).unwrap();
        assert_eq!(
            out.matches("<title>").count(),
            1,
            "one title, the briefing's"
        );
        assert!(out.contains(&format!(
            "<title>{}</title>",
            escape(&title(&b, View::Cards))
        )));
        assert_eq!(out.matches("name=\"description\"").count(), 1);
        assert!(out.contains("<div id=\"app\" data-prerendered"));
        for p in &b.positions {
            assert!(out.contains(&format!("data-position-id=\"{}\"", p.id)));
        }
        assert!(out.find("</head>").unwrap() > out.find("application/ld+json").unwrap());
        assert_eq!(inject(&out, &b), Err(PrerenderError::AlreadyDone));
        assert_eq!(inject("<html><body>", &b), Err(PrerenderError::NoMarker));
    }

    #[test]
    fn every_other_first_view_is_built_as_that_address_shows_it() {
        let b = default_briefing().unwrap();
        let all: Vec<Prebuilt> = Prebuilt::all().collect();
        assert_eq!(
            all.len(),
            7,
            "four views, plain and embedded, but the page's own"
        );
        let paths: std::collections::BTreeSet<String> = all.iter().map(|p| p.path()).collect();
        assert_eq!(paths.len(), all.len(), "one file each");
        let matrix = Prebuilt {
            view: View::Matrix,
            embed: true,
        };
        assert_eq!(matrix.query(), "view=matrix&embed=1");
        assert_eq!(matrix.path(), "views/matrix-embed.html");
        let cards = Prebuilt {
            view: View::Cards,
            embed: true,
        };
        assert_eq!(cards.query(), "embed=1");
        for p in all {
            let html = p.html(&b);
            assert!(
                html.starts_with(&format!(
                    "<title>{}</title><div id=\"app\" {MARK}",
                    escape(&title(&b, p.view))
                )),
                "{}",
                p.path()
            );
            // The view asked for is the one drawn, and the embed is drawn as an embed.
            for v in View::ALL {
                let drawn = format!("class=\"{}-view", v.as_str());
                assert_eq!(
                    html.contains(&drawn),
                    v == p.view,
                    "{} draws {drawn}",
                    p.path()
                );
            }
            assert_eq!(html.contains("class=\"embedded"), p.embed, "{}", p.path());
        }
        let matrix = Prebuilt {
            view: View::Matrix,
            embed: false,
        }
        .html(&b);
        for a in &b.actors {
            assert!(
                matrix.contains(&format!("data-actor-id=\"{}\"", a.id)),
                "the matrix has {}",
                a.id
            );
        }
    }

    #[test]
    fn json_ld_states_only_what_the_briefing_states() {
        let b = default_briefing().unwrap();
        let ld = json_ld(&b);
        assert_eq!(ld["@type"], "Article");
        assert_eq!(ld["headline"], b.title);
        let source = &ld["isBasedOn"][0];
        // The default article has no title, publisher, URL or date: none is invented.
        for absent in ["name", "publisher", "url", "datePublished"] {
            assert!(source.get(absent).is_none(), "{absent} is not stated");
        }
        assert_eq!(source["identifier"]["value"], b.sources[0].sha256);
        assert!(
            ld.get("temporalCoverage").is_none(),
            "no as-of date is stated"
        );
        assert_eq!(ld["about"].as_array().unwrap().len(), b.topics.len());
        assert_eq!(ld["mentions"].as_array().unwrap().len(), b.actors.len());
    }

    #[test]
    fn text_from_the_briefing_cannot_break_out_of_the_head() {
        let mut b = default_briefing().unwrap();
        b.title = "A \"title\" </script><script>alert(1)</script>".into();
        b.summary = "<img src=x onerror=alert(1)>".into();
        let head = head_html(&b);
        assert!(!head.contains("<img"));
        assert!(!head.contains("</script><script>"));
        assert_eq!(head.matches("</script>").count(), 1);
    }
}
