//! `briefing fill`, the editors' helper: the binary run on temporary files.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use briefing::parse_and_validate;
use serde_json::{json, Value};

/// A fresh temporary file holding `text`.
fn temp_file(text: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let path = std::env::temp_dir().join(format!(
        "fill-offsets-{}-{}.json",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::write(&path, text).unwrap();
    path
}

/// Runs `briefing fill` on `text` in place; the rewritten file, or the command's error
/// output (after checking that the file was left as it was).
fn run(text: &str) -> Result<String, String> {
    let path = temp_file(text);
    let output = Command::new(env!("CARGO_BIN_EXE_briefing"))
        .arg("fill")
        .arg(&path)
        .output()
        .expect("the briefing binary runs");
    let after = std::fs::read_to_string(&path).unwrap();
    let _ = std::fs::remove_file(&path);
    if output.status.success() {
        Ok(after)
    } else {
        assert_eq!(output.status.code(), Some(1), "a failed fill exits with 1");
        assert_eq!(after, text, "a failed fill writes nothing");
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

const TEXT: &str = "Kyiv’s “freeze” — no. Moscow wants a “freeze”.";

/// A briefing whose quotes give only `source` and `text` (plus `extra` on the first).
fn draft(first_quote: Value) -> Value {
    json!({
        "format": "briefing/1", "id": "draft", "title": "Draft", "summary": "", "language": "en",
        "as_of": null,
        "sources": [{"id": "src", "title": null, "publisher": null, "url": null,
                     "published": null, "text": TEXT, "sha256": ""}],
        "actors": [{"id": "kyiv", "name": "Ukraine", "kind": "state", "aliases": [], "description": ""}],
        "topics": [{"id": "freeze", "label": "A freeze", "description": ""}],
        "positions": [{"id": "p1", "actor": "kyiv", "topic": "freeze", "stance": "opposes",
                       "summary": "No freeze.", "attribution": "stated", "quotes": [first_quote]}],
        "events": []
    })
}

#[test]
fn fills_character_offsets_and_the_digest_through_a_byte_order_mark() {
    let doc = draft(json!({"source": "src", "text": "Kyiv’s “freeze” — no."}));
    let filled = run(&format!("\u{FEFF}{doc}")).expect("filled");
    let briefing = parse_and_validate(&filled).expect("the filled briefing is valid");
    let quote = &briefing.positions[0].quotes[0];
    assert_eq!((quote.start, quote.end), (0, 21));
}

#[test]
fn a_repeated_quote_takes_the_occurrence_nearest_its_hint() {
    // "“freeze”" is at characters 7 and 37. A stale hint of 42 (the text before it was
    // shortened) used to find nothing, since only the text after the hint was searched.
    let filled = run(&draft(json!({"source": "src", "text": "“freeze”", "start": 42})).to_string())
        .expect("filled");
    let doc: Value = serde_json::from_str(&filled).unwrap();
    assert_eq!(doc["positions"][0]["quotes"][0]["start"], 37);
    // A hint just past the first occurrence finds it, not the next one.
    let filled = run(&draft(json!({"source": "src", "text": "“freeze”", "start": 12})).to_string())
        .expect("filled");
    let doc: Value = serde_json::from_str(&filled).unwrap();
    assert_eq!(doc["positions"][0]["quotes"][0]["start"], 7);
}

#[test]
fn ambiguity_missing_text_and_absent_quotes_are_errors() {
    let error = run(&draft(json!({"source": "src", "text": "“freeze”"})).to_string()).unwrap_err();
    assert!(
        error.contains(
            "positions[0].quotes[0]: the words occur 2 times (at characters 7, 37); give a start hint"
        ),
        "{error}"
    );
    let error = run(&draft(json!({"source": "src", "start": 3})).to_string()).unwrap_err();
    assert!(
        error.contains("positions[0].quotes[0]: has no \"text\""),
        "{error}"
    );
    let error = run(&draft(json!({"source": "src", "text": "thaw"})).to_string()).unwrap_err();
    assert!(
        error.contains("not in the source, word for word"),
        "{error}"
    );
}

#[test]
fn the_default_briefing_is_unchanged_by_a_second_run() {
    let original = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/briefing.json"
    ))
    .unwrap();
    let filled = run(&original).expect("filled");
    let before: Value = serde_json::from_str(&original).unwrap();
    let after: Value = serde_json::from_str(&filled).unwrap();
    assert!(before == after, "fill moved a quote of data/briefing.json");
    // Not only the same values: the same bytes, so filling the committed file is a no-op.
    assert!(filled == original, "fill reformatted data/briefing.json");
}

#[test]
fn the_example_is_unchanged_byte_for_byte() {
    let original = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/examples/fictional-harbour-talks.json"
    ))
    .unwrap();
    assert!(run(&original).expect("filled") == original);
}

#[test]
fn output_goes_to_another_file_with_o_and_keeps_unknown_fields_in_place() {
    // The quote's fields as an editor wrote them: text, note, source.
    let doc = draft(json!({"text": "Moscow wants", "note": "mine", "source": "src"})).to_string();
    let doc = format!(
        "{},\"x-editor\":{{\"b\":1,\"a\":2}}}}",
        &doc[..doc.len() - 1]
    );
    let input = temp_file(&doc);
    let out = input.with_extension("out.json");
    let status = Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(["fill", "-o"])
        .arg(&out)
        .arg(&input)
        .output()
        .unwrap()
        .status;
    assert!(status.success());
    assert_eq!(std::fs::read_to_string(&input).unwrap(), doc);
    let filled = std::fs::read_to_string(&out).unwrap();
    for path in [&input, &out] {
        let _ = std::fs::remove_file(path);
    }
    // The compact draft stays compact: start and end go after the quote's source.
    assert!(
        filled.contains(
            r#"{"text":"Moscow wants","note":"mine","source":"src","start":22,"end":34}"#
        ),
        "{filled}"
    );
    assert!(filled.contains(r#""x-editor":{"b":1,"a":2}}"#), "{filled}");
    parse_and_validate(&filled).expect("valid");
}

#[test]
fn a_file_the_explorer_cannot_read_is_refused_the_same_way() {
    let error = run("{\"format\": \"briefing/1\",").unwrap_err();
    assert!(error.contains("(document): not valid JSON"), "{error}");
    let error = run("{\"format\": \"briefing/9\"}").unwrap_err();
    assert!(
        error.contains("format: \"briefing/9\" is not a format"),
        "{error}"
    );
}

#[test]
fn fill_changes_only_what_it_sets_and_keeps_everything_else_byte_for_byte() {
    // Numbers serde_json would rewrite (a big integer, a negative zero, an exponent, a
    // trailing zero), escapes, odd spacing and a CRLF line end, in fields fill does not own
    // and in ones it does (a stale `start`, an `end` written as `1e0`).
    let template = "{\"format\" : \"briefing/1\",\"id\":\"draft\", \"title\": \"Draft\", \"summary\": \"\",\r\n\
        \"language\": \"en\", \"as_of\": null, \"x-big\": 12345678901234567890123, \"x-zero\": -0,\r\n\
        \"x-exp\": 1E2, \"x-str\": \"caf\\u00e9 \\/\",\r\n\
        \"sources\": [\r\n  {\"id\": \"src\", \"title\": null, \"publisher\": null, \"url\": null,\r\n   \
        \"published\": null, \"text\": \"TEXT\", \"sha256\": SHA}],\r\n\
        \"actors\": [{\"id\": \"kyiv\", \"name\": \"Ukraine\", \"kind\": \"state\", \"aliases\": [], \"description\": \"\"}],\r\n\
        \"topics\": [{\"id\": \"freeze\", \"label\": \"A freeze\", \"description\": \"\"}],\r\n\
        \"positions\": [{\"id\": \"p1\", \"actor\": \"kyiv\", \"topic\": \"freeze\", \"stance\": \"opposes\",\r\n\
        \"summary\": \"No freeze.\", \"attribution\": \"stated\", \"quotes\": [\r\n\
          {\"text\": \"Moscow wants\",\r\n           \"weight\": 1.50, \"source\":\"src\"FIRST},\r\n\
          {\"source\": \"src\", \"start\": SECOND, \"text\": \"Kyiv’s\", \"end\": 1e0}]}],\r\n\
        \"events\": []\r\n}\r\n";
    let digest = briefing::validate::sha256_hex(TEXT);
    let draft = template
        .replace("TEXT", TEXT)
        .replace("SHA", "\"\"")
        .replace("FIRST", "")
        .replace("SECOND", "5");
    let expected = template
        .replace("TEXT", TEXT)
        .replace("SHA", &format!("\"{digest}\""))
        .replace("FIRST", ", \"start\":22, \"end\":34")
        .replace("SECOND", "0")
        .replace("\"end\": 1e0", "\"end\": 6");
    let filled = run(&draft).expect("filled");
    assert!(filled == expected, "{filled}");
    parse_and_validate(&filled).expect("valid");
    // Filled again, nothing changes at all.
    assert!(run(&filled).expect("filled") == filled);
}
