//! A briefing's quotes as W3C Web Annotations (JSON-LD), so that annotation tools such as
//! Hypothesis can anchor them in the article and show what each passage is evidence of.
//!
//! One annotation per quote of a position or an event. The document is an
//! `AnnotationCollection` whose embedded first `AnnotationPage` holds every annotation: the
//! Data Model's own container for a set of annotations in one JSON-LD document (a plain
//! array has no id, label or count). Each annotation also carries the `@context`, so it
//! stands alone when a tool takes it out of the page (the Web Annotation Protocol wants
//! one per annotation posted to a server).
//!
//! - `target.source` is the source's `url` when it is an `http(s)` address; otherwise the
//!   text's own content address, `ni:///sha-256;…` (RFC 6920, the SHA-256 of the text the
//!   briefing quotes): never an invented URL.
//! - `target.selector` holds two equivalent selectors: a `TextQuoteSelector` (`exact`, and
//!   `prefix`/`suffix` of up to [`CONTEXT_CHARS`] characters, what Hypothesis stores) and a
//!   `TextPositionSelector` whose `start`/`end` count Unicode code points, the unit of the
//!   briefing's offsets (end exclusive).
//! - `body`: a `describing` text (actor, topic, stance, attribution and summary; for an
//!   event its time words, title, phase and summary) in the briefing's language, then
//!   `tagging` bodies with machine-readable tags (`actor:canada`, `stance:supports`, ...).
//! - Ids are `urn:uuid:` URNs derived from the briefing id and the item's id and quote
//!   number (UUID version 8 from SHA-256), so exporting twice gives the same ids.

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::load::is_safe_link;
use super::model::{Briefing, Quote, Source};
use super::text::CharIndex;

/// The Web Annotation JSON-LD context.
pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
/// The most characters of `prefix` and `suffix` in a `TextQuoteSelector`.
pub const CONTEXT_CHARS: usize = 32;
/// The media type the Web Annotation Protocol gives this JSON-LD (for a download's type).
pub const MEDIA_TYPE: &str = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";

/// Web Annotations for the given positions and events of `b` (indexes into
/// `b.positions` and `b.events`, as the explorer's filters give them; positions keep the
/// order given, events the briefing's order; indexes out of range are skipped), as one
/// `AnnotationCollection`. `filters` is the explorer's query string that chose them (empty
/// for the whole briefing); it is named in the collection's label.
pub fn annotations(b: &Briefing, positions: &[usize], events: &[usize], filters: &str) -> Value {
    let indexes: Vec<(&Source, CharIndex)> = b
        .sources
        .iter()
        .map(|s| (s, CharIndex::new(&s.text)))
        .collect();
    let mut items = Vec::new();
    let mut members = Vec::new();
    for p in positions.iter().filter_map(|&i| b.positions.get(i)) {
        members.push(format!("position\n{}", p.id));
        let describing = format!(
            "{} · {}: {} ({}). {}",
            b.actor_name(&p.actor),
            b.topic_label(&p.topic),
            p.stance.as_str(),
            p.attribution.as_str(),
            p.summary
        );
        let tags = vec![
            format!("position:{}", p.id),
            format!("actor:{}", p.actor),
            format!("topic:{}", p.topic),
            format!("stance:{}", p.stance.as_str()),
            format!("attribution:{}", p.attribution.as_str()),
        ];
        for (j, q) in p.quotes.iter().enumerate() {
            let id = urn(&["annotation", &b.id, "position", &p.id, &j.to_string()]);
            items.extend(annotation(b, &indexes, q, id, &describing, &tags));
        }
    }
    let mut kept: Vec<usize> = events.to_vec();
    kept.sort_unstable();
    kept.dedup();
    for e in kept.iter().filter_map(|&i| b.events.get(i)) {
        members.push(format!("event\n{}", e.id));
        let mut describing = format!("“{}” — {} ({})", e.when, e.title, e.phase.as_str());
        if !e.summary.is_empty() {
            describing.push_str(". ");
            describing.push_str(&e.summary);
        }
        let mut tags = vec![
            format!("event:{}", e.id),
            format!("phase:{}", e.phase.as_str()),
        ];
        tags.extend(e.actors.iter().map(|a| format!("actor:{a}")));
        tags.extend(e.topics.iter().map(|t| format!("topic:{t}")));
        for (j, q) in e.quotes.iter().enumerate() {
            let id = urn(&["annotation", &b.id, "event", &e.id, &j.to_string()]);
            items.extend(annotation(b, &indexes, q, id, &describing, &tags));
        }
    }
    let filters = filters.trim_start_matches('?');
    let label = if filters.is_empty() {
        b.title.clone()
    } else {
        format!("{} (filtered: {filters})", b.title)
    };
    let mut key = vec!["collection", &b.id, filters];
    key.extend(members.iter().map(String::as_str));
    let collection = urn(&key);
    json!({
        "@context": CONTEXT,
        "id": collection,
        "type": "AnnotationCollection",
        "label": label,
        "total": items.len(),
        "first": {
            "id": urn(&["page", &collection]),
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        }
    })
}

/// [`annotations`] as pretty JSON text with a final newline, ready to save as `.jsonld`.
pub fn annotations_json(
    b: &Briefing,
    positions: &[usize],
    events: &[usize],
    filters: &str,
) -> String {
    serde_json::to_string_pretty(&annotations(b, positions, events, filters)).unwrap_or_default()
        + "\n"
}

/// Every quote of `b` as Web Annotations: [`annotations`] of all positions and events.
pub fn all_annotations(b: &Briefing) -> Value {
    let positions: Vec<usize> = (0..b.positions.len()).collect();
    let events: Vec<usize> = (0..b.events.len()).collect();
    annotations(b, &positions, &events, "")
}

/// One quote's annotation; `None` when the quote does not fit its source (a briefing
/// that did not validate).
fn annotation(
    b: &Briefing,
    indexes: &[(&Source, CharIndex)],
    q: &Quote,
    id: String,
    describing: &str,
    tags: &[String],
) -> Option<Value> {
    let (source, index) = indexes.iter().find(|(s, _)| s.id == q.source)?;
    let exact = index.slice(q.start, q.end)?;
    let prefix = index.slice(q.start.saturating_sub(CONTEXT_CHARS), q.start)?;
    let suffix = index.slice(q.end, (q.end + CONTEXT_CHARS).min(index.len_chars()))?;
    let mut body = vec![json!({
        "type": "TextualBody",
        "purpose": "describing",
        "value": describing,
        "format": "text/plain",
        "language": b.language,
    })];
    body.extend(tags.iter().map(|tag| {
        json!({
            "type": "TextualBody",
            "purpose": "tagging",
            "value": tag,
        })
    }));
    Some(json!({
        "@context": CONTEXT,
        "id": id,
        "type": "Annotation",
        "motivation": "describing",
        "body": body,
        "target": {
            "source": source_iri(source),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": exact,
                    "prefix": prefix,
                    "suffix": suffix,
                },
                {
                    "type": "TextPositionSelector",
                    "start": q.start,
                    "end": q.end,
                },
            ],
        },
    }))
}

/// The IRI an annotation's target names for `source`: its `url` when that is an
/// `http(s)` address, else `ni:///sha-256;…`, the content address of its text (RFC 6920).
pub fn source_iri(source: &Source) -> String {
    match &source.url {
        Some(url) if is_safe_link(url) && !url.trim().is_empty() => url.trim().to_string(),
        _ => format!(
            "ni:///sha-256;{}",
            base64url(&Sha256::digest(source.text.as_bytes()))
        ),
    }
}

/// A `urn:uuid:` from the SHA-256 of `parts` (UUID version 8, RFC 9562): stable for the
/// same parts, different for different ones.
fn urn(parts: &[&str]) -> String {
    let mut hash = Sha256::new();
    hash.update(b"briefing-explorer/web-annotation");
    for part in parts {
        // Each part's length first, so that no two lists of parts hash alike.
        hash.update((part.len() as u64).to_be_bytes());
        hash.update(part.as_bytes());
    }
    let mut bytes: [u8; 16] = hash.finalize()[..16].try_into().expect("16 of 32 bytes");
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

/// Base64 with the URL-safe alphabet and no padding (RFC 4648 §5), as RFC 6920 names use.
fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 2);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subset_holds_the_chosen_items_and_says_how_it_was_chosen() {
        // The explorer's default briefing, as a real one.
        let b = crate::validate::parse(include_str!("../../../data/briefing.json")).unwrap();
        let all = all_annotations(&b);
        let part = annotations(&b, &[3, 1, 99], &[0], "?actor=canada");
        let quotes =
            b.positions[3].quotes.len() + b.positions[1].quotes.len() + b.events[0].quotes.len();
        assert_eq!(part["total"], quotes);
        assert_eq!(part["first"]["items"].as_array().unwrap().len(), quotes);
        assert_eq!(
            part["label"],
            format!("{} (filtered: actor=canada)", b.title)
        );
        assert_ne!(part["id"], all["id"]);
        // The same quote has the same id in the whole and in the part.
        let first = &part["first"]["items"][0]["id"];
        let in_all = all["first"]["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| &a["id"] == first);
        assert!(in_all);
        let text = annotations_json(&b, &[3], &[], "");
        assert!(text.ends_with("}\n"));
    }

    #[test]
    fn base64url_matches_rfc_4648_test_vectors() {
        for (input, output) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url(input.as_bytes()), output, "{input}");
        }
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn urns_are_stable_version_8_uuids() {
        let a = urn(&["annotation", "b", "position", "p1", "0"]);
        assert_eq!(a, urn(&["annotation", "b", "position", "p1", "0"]));
        assert_ne!(a, urn(&["annotation", "b", "position", "p1", "1"]));
        assert_ne!(urn(&["ab", "c"]), urn(&["a", "bc"]));
        let uuid = a.strip_prefix("urn:uuid:").unwrap();
        let groups: Vec<usize> = uuid.split('-').map(str::len).collect();
        assert_eq!(groups, [8, 4, 4, 4, 12]);
        assert_eq!(&uuid[14..15], "8");
        assert!(matches!(&uuid[19..20], "8" | "9" | "a" | "b"));
    }

    #[test]
    fn a_source_without_a_web_address_is_named_by_its_content() {
        let mut source = Source {
            text: "abc".into(),
            ..Source::default()
        };
        // SHA-256("abc") = ba7816bf...15ad, in base64url.
        assert_eq!(
            source_iri(&source),
            "ni:///sha-256;ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0"
        );
        source.url = Some("javascript:alert(1)".into());
        assert!(source_iri(&source).starts_with("ni:"));
        source.url = Some("https://example.org/a".into());
        assert_eq!(source_iri(&source), "https://example.org/a");
    }
}
