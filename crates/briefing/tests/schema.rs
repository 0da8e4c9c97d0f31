//! `docs/briefing.schema.json` is generated from the Rust types and must stay in sync.
//!
//! Regenerate with `UPDATE_SCHEMA=1 cargo test --test schema`.

use briefing::schema::json_schema as generated;

const PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../docs/briefing.schema.json"
);

#[test]
fn schema_file_matches_the_rust_types() {
    let fresh = generated();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(PATH, &fresh).expect("write the schema");
    }
    let on_disk = std::fs::read_to_string(PATH).unwrap_or_default();
    assert!(
        on_disk == fresh,
        "docs/briefing.schema.json is out of date: run UPDATE_SCHEMA=1 cargo test -p briefing --test schema"
    );
}

#[test]
fn schema_names_the_contract_fields_and_vocabularies() {
    let schema: serde_json::Value = serde_json::from_str(&generated()).unwrap();
    let text = schema.to_string();
    for field in [
        "format",
        "as_of",
        "sources",
        "actors",
        "topics",
        "positions",
        "events",
        "sha256",
    ] {
        assert!(
            text.contains(&format!("\"{field}\"")),
            "schema lacks {field}"
        );
    }
    for word in [
        "supports",
        "opposes",
        "conditional",
        "demands",
        "concerned",
        "exploring",
    ] {
        assert!(text.contains(word), "schema lacks stance {word}");
    }
    let required = schema["required"]
        .as_array()
        .expect("top-level required list");
    assert!(required.iter().any(|f| f == "positions"), "{required:?}");
    for word in [
        "stated",
        "reported",
        "analysis",
        "editorial",
        "past",
        "present",
        "future",
    ] {
        assert!(text.contains(word), "schema lacks {word}");
    }
}

/// A small JSON Schema checker for the keywords the generated schema uses. Any other
/// keyword fails the test, so the schema cannot grow a rule this check silently ignores.
struct Checker<'a> {
    root: &'a serde_json::Value,
}

/// The string patterns the schema uses, each checked by hand (no regex engine here); a new
/// pattern must be added to this list.
fn pattern_matches(pattern: &str, s: &str) -> bool {
    use briefing::model::{DATE_PATTERN, ID_PATTERN, LANGUAGE_PATTERN, SHA256_PATTERN};
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    if pattern == ID_PATTERN {
        let mut bytes = s.bytes();
        bytes.next().is_some_and(|b| b.is_ascii_alphanumeric())
            && bytes.all(|b| b.is_ascii_alphanumeric() || b".-_:".contains(&b))
    } else if pattern == SHA256_PATTERN {
        s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit())
    } else if pattern == DATE_PATTERN {
        let parts: Vec<&str> = s.split('-').collect();
        parts.len() == 3 && digits(parts[0], 4) && digits(parts[1], 2) && digits(parts[2], 2)
    } else if pattern == LANGUAGE_PATTERN {
        let mut parts = s.split('-');
        let first = parts.next().unwrap_or_default();
        (2..=8).contains(&first.len())
            && first.bytes().all(|b| b.is_ascii_alphabetic())
            && parts
                .all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
    } else {
        panic!("the schema uses a pattern this test does not know: {pattern}")
    }
}

impl Checker<'_> {
    /// Every place where `value` breaks `schema`, as "path: keyword".
    fn check(
        &self,
        schema: &serde_json::Value,
        value: &serde_json::Value,
        at: &str,
        out: &mut Vec<String>,
    ) {
        use serde_json::Value;
        let schema = schema.as_object().expect("a schema is an object");
        let mut failed: Vec<String> = Vec::new();
        let mut fail = |what: &str| failed.push(format!("{at}: {what}"));
        for (keyword, rule) in schema {
            match keyword.as_str() {
                "$id" | "$schema" | "title" | "description" | "$defs" | "properties" => {}
                "$ref" => {
                    let name = rule.as_str().unwrap().strip_prefix("#/$defs/").unwrap();
                    let target = &self.root["$defs"][name];
                    self.check(target, value, at, out);
                }
                "type" => {
                    let types: Vec<&str> = match rule {
                        Value::String(t) => vec![t.as_str()],
                        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
                        _ => panic!("type {rule}"),
                    };
                    let ok = types.iter().any(|t| match *t {
                        "string" => value.is_string(),
                        "null" => value.is_null(),
                        "array" => value.is_array(),
                        "object" => value.is_object(),
                        "integer" => value.is_i64() || value.is_u64(),
                        other => panic!("type {other}"),
                    });
                    if !ok {
                        // Nothing else about a value of the wrong type is worth saying.
                        out.push(format!("{at}: type"));
                        return;
                    }
                }
                "const" if value != rule => fail("const"),
                "enum" if !rule.as_array().unwrap().contains(value) => fail("enum"),
                "pattern" => {
                    if let Some(s) = value.as_str() {
                        if !pattern_matches(rule.as_str().unwrap(), s) {
                            fail("pattern");
                        }
                    }
                }
                "minLength" | "maxLength" => {
                    if let Some(s) = value.as_str() {
                        let n = s.chars().count() as u64;
                        let limit = rule.as_u64().unwrap();
                        if (keyword == "minLength" && n < limit)
                            || (keyword == "maxLength" && n > limit)
                        {
                            fail(keyword);
                        }
                    }
                }
                "minItems" => {
                    if value
                        .as_array()
                        .is_some_and(|a| (a.len() as u64) < rule.as_u64().unwrap())
                    {
                        fail("minItems");
                    }
                }
                "minimum" => {
                    if value.as_f64().is_some_and(|n| n < rule.as_f64().unwrap()) {
                        fail("minimum");
                    }
                }
                "format" => {
                    let ok = match rule.as_str().unwrap() {
                        "uint" => value.as_u64().is_some_and(|n| usize::try_from(n).is_ok()),
                        "int64" => value.as_i64().is_some(),
                        other => panic!("format {other}"),
                    };
                    if !ok && (value.is_number()) {
                        fail("format");
                    }
                }
                "required" => {
                    if let Some(map) = value.as_object() {
                        for field in rule.as_array().unwrap() {
                            if !map.contains_key(field.as_str().unwrap()) {
                                fail(&format!("required {field}"));
                            }
                        }
                    }
                }
                "items" => {
                    if let Some(items) = value.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            self.check(rule, item, &format!("{at}[{i}]"), out);
                        }
                    }
                }
                "const" | "enum" => {}
                other => panic!("the schema uses a keyword this test does not check: {other}"),
            }
        }
        out.extend(failed);
        self.check_rest(schema, value, at, out);
    }

    fn check_rest(
        &self,
        schema: &serde_json::Map<String, serde_json::Value>,
        value: &serde_json::Value,
        at: &str,
        out: &mut Vec<String>,
    ) {
        if let (Some(properties), Some(map)) = (schema.get("properties"), value.as_object()) {
            for (name, rule) in properties.as_object().unwrap() {
                if let Some(v) = map.get(name) {
                    let path = if at.is_empty() {
                        name.clone()
                    } else {
                        format!("{at}.{name}")
                    };
                    self.check(rule, v, &path, out);
                }
            }
        }
    }
}

/// Where `doc` breaks the generated schema.
fn schema_problems(doc: &serde_json::Value) -> Vec<String> {
    let schema: serde_json::Value = serde_json::from_str(&generated()).unwrap();
    let mut out = Vec::new();
    Checker { root: &schema }.check(&schema, doc, "", &mut out);
    out
}

/// The example in docs/briefing-format.md.
fn documented_example() -> String {
    let doc = include_str!("../../../docs/briefing-format.md");
    let start = doc.find("```json\n").expect("a json example") + "```json\n".len();
    let end = start + doc[start..].find("\n```").expect("end of the example");
    doc[start..end].to_string()
}

#[test]
fn valid_briefings_pass_both_the_schema_and_the_validator() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut files = vec![
        ("docs/briefing-format.md".to_string(), documented_example()),
        (
            "data/briefing.json".to_string(),
            std::fs::read_to_string(format!("{root}/../../data/briefing.json")).unwrap(),
        ),
        (
            "crates/briefing/tests/fixtures/hostile.json".to_string(),
            std::fs::read_to_string(format!("{root}/tests/fixtures/hostile.json")).unwrap(),
        ),
    ];
    for entry in std::fs::read_dir(format!("{root}/../../docs/examples")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            files.push((
                path.display().to_string(),
                std::fs::read_to_string(&path).unwrap(),
            ));
        }
    }
    assert!(files.len() >= 4, "{}", files.len());
    for (name, text) in files {
        let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            schema_problems(&doc),
            Vec::<String>::new(),
            "{name} against the schema"
        );
        if let Err(problems) = briefing::parse_and_validate(&text) {
            panic!("{name} against the validator: {problems:#?}");
        }
    }
}

#[test]
fn documents_the_schema_rejects_the_validator_rejects_too() {
    use serde_json::json;
    let cases = [
        ("/format", json!("briefing/2")),
        ("/format", json!("")),
        ("/id", json!("")),
        ("/title", json!("")),
        ("/language", json!("english!")),
        ("/as_of", json!("last spring")),
        ("/sources", json!([])),
        ("/sources/0/id", json!("a b")),
        ("/sources/0/text", json!("")),
        ("/sources/0/sha256", json!("00")),
        ("/sources/0/published", json!("2025/01/01")),
        ("/actors/0/id", json!("a,b c")),
        ("/actors/0/id", json!("a".repeat(101))),
        ("/actors/0/name", json!("")),
        ("/actors/0/kind", json!("")),
        ("/actors/0/aliases/0", json!("")),
        ("/topics/0/id", json!("-x")),
        ("/topics/0/label", json!("")),
        ("/positions/0/id", json!("p 1")),
        ("/positions/0/actor", json!("")),
        ("/positions/0/stance", json!("maybe")),
        ("/positions/0/stance", json!("")),
        ("/positions/0/attribution", json!("rumour")),
        ("/positions/0/summary", json!("")),
        ("/positions/0/quotes", json!([])),
        ("/positions/0/quotes/0/source", json!("")),
        ("/positions/0/quotes/0/start", json!(-1)),
        ("/positions/0/quotes/0/text", json!("")),
        ("/events/0/id", json!("")),
        ("/events/0/order", json!(1.5)),
        ("/events/0/when", json!("")),
        ("/events/0/phase", json!("later")),
        ("/events/0/title", json!("")),
        ("/events/0/actors/0", json!("a b")),
        ("/events/0/quotes", json!([])),
    ];
    let example: serde_json::Value = serde_json::from_str(&documented_example()).unwrap();
    for (pointer, value) in cases {
        let mut doc = example.clone();
        *doc.pointer_mut(pointer)
            .unwrap_or_else(|| panic!("{pointer}")) = value.clone();
        assert!(
            !schema_problems(&doc).is_empty(),
            "the schema accepts {pointer} = {value}"
        );
        assert!(
            briefing::parse_and_validate(&doc.to_string()).is_err(),
            "the validator accepts {pointer} = {value}"
        );
    }
}
