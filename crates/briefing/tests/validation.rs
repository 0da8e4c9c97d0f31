//! The validator, rule by rule: each failing example and the exact message it gives.

mod common;

use briefing::problem::MAX_PROBLEMS;
use briefing::validate::{parse, sha256_hex};
use briefing::{parse_and_validate, Problem};
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
    let briefing =
        common::default_briefing().unwrap_or_else(|p| panic!("default briefing invalid: {p:#?}"));
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
    // "“freeze”" is characters 7..15 but bytes 9..21 ("’", "“" and "”" are three bytes
    // each); byte offsets used as characters point at something else.
    assert_eq!(&TEXT.as_bytes()[9..21], "“freeze”".as_bytes());
    let doc = with(minimal(), "/positions/0/quotes/0/start", json!(9));
    let doc = with(doc, "/positions/0/quotes/0/end", json!(21));
    assert_eq!(
        problems(&doc),
        ["positions[0].quotes[0].text: differs from the source at characters 9..21: the source says \"reeze” — no.\""]
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

/// The problems `parse` finds in `json`, as "path: message" lines.
fn parse_problems(json: &str) -> Vec<String> {
    match parse(json) {
        Ok(_) => vec![],
        Err(problems) => problems.iter().map(Problem::to_string).collect(),
    }
}

#[test]
fn json_errors_name_the_path_line_and_column() {
    assert_eq!(
        parse_problems("{\n  \"positions\": [{\"start\": 1}],\n  \"title\": 5\n}"),
        ["title: wrong type: expected a string, found 5"]
    );
    let syntax = parse_problems("{\"title\": \"x\",,}");
    assert_eq!(syntax.len(), 1);
    assert!(
        syntax[0].starts_with("(document): not valid JSON: "),
        "{syntax:?}"
    );
    assert!(syntax[0].ends_with("(line 1, column 15)"), "{syntax:?}");
    assert_eq!(
        parse_problems(r#"{"positions": [{}, {"quotes": [{"start": "seven"}]}]}"#),
        ["positions[1].quotes[0].start: wrong type: expected a whole number of 0 or more, found \"seven\""]
    );
}

#[test]
fn every_wrong_type_is_reported_at_once() {
    // serde alone stops at the first of these.
    let doc = with(minimal(), "/title", Value::Null);
    let doc = with(doc, "/as_of", json!(2025));
    let doc = with(doc, "/actors/0/aliases", json!("Kyiv"));
    let doc = with(doc, "/actors/1/aliases/0", json!(["Moscow"]));
    let doc = with(doc, "/positions/0/quotes/0/start", json!(-7));
    let doc = with(doc, "/events/0/order", json!(1.5));
    let doc = with(doc, "/events/0/actors", json!({"id": "moscow"}));
    assert_eq!(
        parse_problems(&doc.to_string()),
        [
            "title: wrong type: expected a string, found null",
            "as_of: wrong type: expected a string or null, found 2025",
            "actors[0].aliases: wrong type: expected an array, found \"Kyiv\"",
            "actors[1].aliases[0]: wrong type: expected a string, found […]",
            "positions[0].quotes[0].start: wrong type: expected a whole number of 0 or more, found -7",
            "events[0].order: wrong type: expected a whole number, found 1.5",
            "events[0].actors: wrong type: expected an array, found {…}",
        ]
    );
}

/// Every path to a value in `doc`, as JSON pointers.
fn pointers(doc: &Value, at: String, out: &mut Vec<String>) {
    match doc {
        Value::Object(map) => map
            .iter()
            .for_each(|(k, v)| pointers(v, format!("{at}/{k}"), out)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, v)| pointers(v, format!("{at}/{i}"), out)),
        _ => {}
    }
    if !at.is_empty() {
        out.push(at);
    }
}

#[test]
fn the_shape_walker_knows_every_field_of_the_format() {
    // If the walker lacked a field that serde reads, serde's single fallback message
    // (with a line and column) would appear instead of the walker's.
    let mut all = Vec::new();
    pointers(&minimal(), String::new(), &mut all);
    for pointer in all {
        let original = minimal().pointer(&pointer).cloned().unwrap();
        let wrong = if original.is_object() {
            json!(true)
        } else {
            json!({"not": "this"})
        };
        let doc = with(minimal(), &pointer, wrong);
        let found = parse_problems(&doc.to_string());
        assert_eq!(found.len(), 1, "{pointer}: {found:?}");
        assert!(
            found[0].contains(": wrong type: expected ") && !found[0].contains("(line"),
            "{pointer}: {found:?}"
        );
    }
}

#[test]
fn syntax_error_columns_count_characters_not_bytes() {
    // Each curly quote is three bytes; the stray second comma is the 23rd character of
    // line 2 but its 27th byte.
    let json = "{\n  \"title\": \"“freeze”\",, \"id\": \"x\"}";
    let line = json.lines().nth(1).unwrap();
    assert_eq!(line.chars().nth(22), Some(','));
    assert_eq!(line.find(",,").map(|b| b + 1), Some(26));
    let found = parse_problems(json);
    assert_eq!(found.len(), 1);
    assert!(found[0].ends_with("(line 2, column 23)"), "{found:?}");
}

#[test]
fn a_scalar_or_garbage_says_which() {
    assert_eq!(
        parse_problems("[]"),
        ["(document): not a briefing: the document must be a JSON object ({ ... })"]
    );
    assert_eq!(
        parse_problems("null"),
        ["(document): not a briefing: the document must be a JSON object ({ ... })"]
    );
    let found = parse_problems("nonsense");
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("(document): not valid JSON: "),
        "{found:?}"
    );
}

#[test]
fn trailing_garbage_is_an_error() {
    let found = parse_problems(&format!("{} trailing", minimal()));
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("(document): not valid JSON: trailing characters"),
        "{found:?}"
    );
}

#[test]
fn ids_must_be_safe_in_urls() {
    let doc = with(minimal(), "/actors/0/id", json!("a,b c"));
    let doc = with(doc, "/positions/0/actor", json!("a,b c"));
    let doc = with(doc, "/topics/0/id", json!("-freeze"));
    let doc = with(doc, "/positions/0/topic", json!("-freeze"));
    let doc = with(doc, "/positions/0/id", json!("p/1"));
    let doc = with(doc, "/events/0/id", json!("e".repeat(101)));
    let doc = with(doc, "/sources/0/id", json!("s\u{202E}"));
    let doc = with(doc, "/positions/0/quotes/0/source", json!("s\u{202E}"));
    let doc = with(doc, "/events/0/quotes/0/source", json!("s\u{202E}"));
    let rule = "is not a valid id: use only ASCII letters, digits, '.', '_', ':' and '-', starting with a letter or digit, at most 100 characters";
    assert_eq!(
        problems(&doc),
        [
            format!("sources[0].id: \"s⟨U+202E⟩\" {rule}"),
            format!("actors[0].id: \"a,b c\" {rule}"),
            format!("topics[0].id: \"-freeze\" {rule}"),
            format!("positions[0].id: \"p/1\" {rule}"),
            format!("events[0].id: \"{}…\" {rule}", "e".repeat(80)),
        ]
    );
}

#[test]
fn echoed_values_are_short_and_show_hidden_characters() {
    let long = format!("kremlin{}", "x".repeat(500));
    let doc = with(minimal(), "/positions/0/actor", json!(long));
    let doc = with(doc, "/positions/0/topic", json!("bor\u{202E}ders\u{200B}"));
    assert_eq!(
        problems(&doc),
        [
            format!(
                "positions[0].actor: unknown actor \"kremlin{}…\"",
                "x".repeat(73)
            ),
            "positions[0].topic: unknown topic \"bor⟨U+202E⟩ders⟨U+200B⟩\"".to_string(),
        ]
    );
}

#[test]
fn problems_are_capped_with_a_last_entry_saying_so() {
    let mut doc = minimal();
    let many: Vec<Value> = (0..5000).map(|_| json!({})).collect();
    doc["positions"] = Value::Array(many);
    let found = problems(&doc);
    assert_eq!(found.len(), MAX_PROBLEMS + 1);
    assert_eq!(
        found.last().unwrap(),
        "(more): …and more problems; fix these first"
    );
    // Wrong types are capped too.
    let many: Vec<Value> = (0..5000).map(|_| json!(1)).collect();
    let doc = with(minimal(), "/actors", Value::Array(many));
    let found = parse_problems(&doc.to_string());
    assert_eq!(found.len(), MAX_PROBLEMS + 1);
}

#[test]
fn a_quote_with_an_empty_source_does_not_match_a_source_without_id() {
    let doc = with(minimal(), "/sources/0/id", json!(""));
    let doc = with(doc, "/positions/0/quotes/0/source", json!(""));
    let found = problems(&doc);
    assert!(
        found.contains(
            &"positions[0].quotes[0].source: is required and must not be empty".to_string()
        ),
        "{found:?}"
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    // build.rs reads data/briefing.json with this same function.
    assert_eq!(
        parse_and_validate(&format!("\u{FEFF}{}", minimal())).map(|b| b.id),
        Ok("mini".to_string())
    );
}

#[test]
fn impossible_dates_are_refused() {
    assert_eq!(
        problems(&with(minimal(), "/as_of", json!("2025-02-31"))),
        ["as_of: \"2025-02-31\" is not a date (YYYY-MM-DD) or null"]
    );
    assert_eq!(
        problems(&with(minimal(), "/as_of", json!("2024-02-29"))),
        Vec::<String>::new()
    );
}

#[test]
fn every_problem_has_a_code_and_named_args() {
    let doc = with(minimal(), "/positions/0/actor", json!("kremlin"));
    let Err(found) = parse_and_validate(&doc.to_string()) else {
        panic!("invalid")
    };
    assert_eq!(found[0].code, "reference.actor");
    assert_eq!(found[0].arg("id"), "kremlin");
    assert_eq!(found[0].path, "positions[0].actor");
}

#[test]
fn the_documented_example_is_valid() {
    let doc = include_str!("../../../docs/briefing-format.md");
    let start = doc.find("```json\n").expect("a json example") + "```json\n".len();
    let end = start + doc[start..].find("\n```").expect("end of the example");
    let example = &doc[start..end];
    assert_eq!(
        parse_and_validate(example).map(|b| b.positions.len()),
        Ok(1),
        "the example in docs/briefing-format.md must validate"
    );
}
