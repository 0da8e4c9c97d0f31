//! The validator, rule by rule: each failing example and the exact message it gives.
#![cfg(not(target_arch = "wasm32"))]

use briefing_explorer::briefing::validate::{parse, sha256_hex};
use briefing_explorer::briefing::{parse_and_validate, Problem};
use serde_json::{json, Value};

/// Curly quotes and a dash: character offsets and byte offsets differ in this text.
const TEXT: &str = "Kyiv’s “freeze” — no. Moscow wants more.";

/// The smallest valid briefing; each test breaks one thing in it.
fn minimal() -> Value {
    json!({
        "format": "briefing/1",
        "id": "mini",
        "title": "A minimal briefing",
        "summary": "Two actors, one topic.",
        "language": "en",
        "as_of": null,
        "sources": [{
            "id": "src", "title": null, "publisher": null, "url": null, "published": null,
            "text": TEXT, "sha256": sha256_hex(TEXT)
        }],
        "actors": [
            {"id": "kyiv", "name": "Ukraine", "kind": "state", "aliases": ["Kyiv"], "description": ""},
            {"id": "moscow", "name": "Russia", "kind": "state", "aliases": ["Moscow"], "description": ""}
        ],
        "topics": [{"id": "freeze", "label": "A freeze", "description": ""}],
        "positions": [{
            "id": "p1", "actor": "kyiv", "topic": "freeze", "stance": "opposes",
            "summary": "No freeze.", "attribution": "stated",
            "quotes": [{"source": "src", "start": 7, "end": 15, "text": "“freeze”"}]
        }],
        "events": [{
            "id": "e1", "order": 1, "when": "now", "phase": "present", "title": "Moscow asks",
            "summary": "", "actors": ["moscow"], "topics": [],
            "quotes": [{"source": "src", "start": 22, "end": 40, "text": "Moscow wants more."}]
        }]
    })
}

/// The problems of `doc`, as "path: message" lines.
fn problems(doc: &Value) -> Vec<String> {
    match parse_and_validate(&doc.to_string()) {
        Ok(_) => vec![],
        Err(problems) => problems.iter().map(Problem::to_string).collect(),
    }
}

fn with(mut doc: Value, pointer: &str, value: Value) -> Value {
    *doc.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no {pointer}")) = value;
    doc
}

#[test]
fn the_minimal_briefing_is_valid() {
    assert_eq!(problems(&minimal()), Vec::<String>::new());
}

#[test]
fn the_default_briefing_is_valid() {
    let briefing = briefing_explorer::briefing::embedded::default_briefing()
        .unwrap_or_else(|p| panic!("default briefing invalid: {p:#?}"));
    assert_eq!(briefing.format, "briefing/1");
    assert_eq!(briefing.as_of, None, "the article gives no date");
    assert!(briefing.sources.iter().all(|s| s.published.is_none()));
}

#[test]
fn unknown_format_names_the_supported_ones() {
    assert_eq!(
        problems(&with(minimal(), "/format", json!("briefing/2"))),
        ["format: \"briefing/2\" is not a format this explorer reads; supported: briefing/1"]
    );
    let mut doc = minimal();
    doc.as_object_mut().unwrap().remove("format");
    assert_eq!(
        problems(&doc),
        ["format: is missing; supported: briefing/1"]
    );
}

#[test]
fn duplicate_ids() {
    let mut doc = minimal();
    let actor = doc["actors"][0].clone();
    doc["actors"].as_array_mut().unwrap().push(actor);
    assert_eq!(
        problems(&doc),
        ["actors[2].id: duplicate id \"kyiv\" (first used by actors[0])"]
    );
}

#[test]
fn dangling_references() {
    let doc = with(minimal(), "/positions/0/actor", json!("kremlin"));
    let doc = with(doc, "/positions/0/topic", json!("borders"));
    let doc = with(doc, "/events/0/actors/0", json!("washington"));
    let doc = with(doc, "/events/0/quotes/0/source", json!("tass"));
    assert_eq!(
        problems(&doc),
        [
            "positions[0].actor: unknown actor \"kremlin\"",
            "positions[0].topic: unknown topic \"borders\"",
            "events[0].actors[0]: unknown actor \"washington\"",
            "events[0].quotes[0].source: unknown source \"tass\"",
        ]
    );
}

#[test]
fn stance_attribution_and_phase_outside_the_vocabulary() {
    let doc = with(minimal(), "/positions/0/stance", json!("maybe"));
    let doc = with(doc, "/positions/0/attribution", json!("rumour"));
    let doc = with(doc, "/events/0/phase", json!("later"));
    assert_eq!(
        problems(&doc),
        [
            "positions[0].stance: unknown stance \"maybe\"; expected one of supports, opposes, conditional, demands, concerned, exploring",
            "positions[0].attribution: unknown attribution \"rumour\"; expected one of stated, reported, analysis, editorial",
            "events[0].phase: unknown phase \"later\"; expected one of past, present, future",
        ]
    );
}

#[test]
fn empty_required_strings() {
    let doc = with(minimal(), "/title", json!(" "));
    let doc = with(doc, "/actors/1/name", json!(""));
    let doc = with(doc, "/positions/0/summary", json!(""));
    let doc = with(doc, "/events/0/when", json!(""));
    assert_eq!(
        problems(&doc),
        [
            "title: is required and must not be empty",
            "actors[1].name: is required and must not be empty",
            "positions[0].summary: is required and must not be empty",
            "events[0].when: is required and must not be empty",
        ]
    );
}

#[test]
fn quote_offsets_out_of_range_or_reversed() {
    let doc = with(minimal(), "/positions/0/quotes/0/end", json!(400));
    let doc = with(doc, "/events/0/quotes/0/start", json!(30));
    let doc = with(doc, "/events/0/quotes/0/end", json!(30));
    assert_eq!(
        problems(&doc),
        [
            "positions[0].quotes[0].end: 400 is past the end of source \"src\" (40 characters)",
            "events[0].quotes[0]: start (30) must be less than end (30)",
        ]
    );
}

#[test]
fn quote_text_must_equal_the_source_slice_in_characters_not_bytes() {
    // Byte offsets of "“freeze”" are 9..19; as characters that range is something else.
    let doc = with(minimal(), "/positions/0/quotes/0/start", json!(9));
    let doc = with(doc, "/positions/0/quotes/0/end", json!(19));
    assert_eq!(
        problems(&doc),
        ["positions[0].quotes[0].text: differs from the source at characters 9..19: the source says \"reeze” — n\""]
    );
    let doc = with(minimal(), "/positions/0/quotes/0/text", json!("\"freeze\""));
    assert_eq!(
        problems(&doc),
        ["positions[0].quotes[0].text: differs from the source at characters 7..15: the source says \"“freeze”\""]
    );
}

#[test]
fn sha256_mismatch_gives_the_right_digest() {
    let doc = with(minimal(), "/sources/0/sha256", json!("00"));
    assert_eq!(
        problems(&doc),
        [format!(
            "sources[0].sha256: does not match the text: expected {}, found 00",
            sha256_hex(TEXT)
        )]
    );
}

#[test]
fn events_with_duplicate_order() {
    let mut doc = minimal();
    let mut event = doc["events"][0].clone();
    event["id"] = json!("e2");
    doc["events"].as_array_mut().unwrap().push(event);
    assert_eq!(
        problems(&doc),
        ["events[1].order: duplicate order 1 (also used by events[0])"]
    );
}

#[test]
fn positions_need_a_quote() {
    let doc = with(minimal(), "/positions/0/quotes", json!([]));
    assert_eq!(
        problems(&doc),
        ["positions[0].quotes: at least one verbatim quote from a source is required"]
    );
}

#[test]
fn dates_and_language_tags() {
    let doc = with(minimal(), "/as_of", json!("last spring"));
    let doc = with(doc, "/language", json!("english!"));
    let doc = with(doc, "/sources/0/published", json!("2025-13-01"));
    assert_eq!(
        problems(&doc),
        [
            "language: \"english!\" is not a BCP 47 language tag such as \"en\" or \"fr-CA\"",
            "as_of: \"last spring\" is not a date (YYYY-MM-DD) or null",
            "sources[0].published: \"2025-13-01\" is not a date (YYYY-MM-DD) or null",
        ]
    );
    assert_eq!(
        problems(&with(minimal(), "/as_of", json!("2025-06-30"))),
        Vec::<String>::new()
    );
    assert_eq!(
        problems(&with(minimal(), "/language", json!("uk-UA"))),
        Vec::<String>::new()
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let doc = with(minimal(), "/format", json!("x"));
    let doc = with(doc, "/positions/0/actor", json!("nobody"));
    let doc = with(doc, "/events/0/phase", json!("soon"));
    let doc = with(doc, "/sources/0/sha256", json!("ab"));
    assert_eq!(problems(&doc).len(), 4);
}

#[test]
fn unknown_extra_fields_are_allowed() {
    let mut doc = minimal();
    doc["positions"][0]["confidence"] = json!("high");
    doc["x-newsroom"] = json!({"desk": "graphics"});
    assert_eq!(problems(&doc), Vec::<String>::new());
}

#[test]
fn json_errors_name_the_path_line_and_column() {
    let error = parse("{\n  \"positions\": [{\"start\": 1}],\n  \"title\": 5\n}").unwrap_err();
    assert_eq!(error.path, "title");
    assert_eq!(
        error.message,
        "wrong type: invalid type: integer `5`, expected a string (line 3, column 12)"
    );

    let error = parse("{\"title\": \"x\",,}").unwrap_err();
    assert_eq!(error.path, "(document)");
    assert!(
        error.message.starts_with("not valid JSON: "),
        "{}",
        error.message
    );
    assert!(
        error.message.ends_with("(line 1, column 15)"),
        "{}",
        error.message
    );

    let error = parse(r#"{"positions": [{}, {"quotes": [{"start": "seven"}]}]}"#).unwrap_err();
    assert_eq!(error.path, "positions[1].quotes[0].start");
}

#[test]
fn trailing_garbage_is_an_error() {
    let error = parse(&format!("{} trailing", minimal())).unwrap_err();
    assert_eq!(error.path, "(document)");
    assert!(
        error.message.contains("trailing characters"),
        "{}",
        error.message
    );
}

#[test]
fn the_documented_example_is_valid() {
    let doc = include_str!("../docs/briefing-format.md");
    let start = doc.find("```json\n").expect("a json example") + "```json\n".len();
    let end = start + doc[start..].find("\n```").expect("end of the example");
    let example = &doc[start..end];
    assert_eq!(
        parse_and_validate(example).map(|b| b.positions.len()),
        Ok(1),
        "the example in docs/briefing-format.md must validate"
    );
}
