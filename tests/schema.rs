//! `docs/briefing.schema.json` is generated from the Rust types and must stay in sync.
//!
//! Regenerate with `UPDATE_SCHEMA=1 cargo test --test schema`.
#![cfg(not(target_arch = "wasm32"))]

use briefing_explorer::briefing::Briefing;

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/briefing.schema.json");

fn generated() -> String {
    // The serialize contract lists every field as required, which is what editors should
    // write; the explorer itself reads leniently so that it can report all problems at once.
    let mut schema = schemars::generate::SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator()
        .into_root_schema_for::<Briefing>();
    schema.insert("$id".into(), "briefing/1".into());
    schema.insert(
        "description".into(),
        "A briefing for Briefing Explorer, format briefing/1. Generated from src/briefing/model.rs; \
         see docs/briefing-format.md. The schema checks shape only: references, offsets and \
         digests are checked by the explorer's validator."
            .into(),
    );
    serde_json::to_string_pretty(&schema).expect("schema serialises") + "\n"
}

#[test]
fn schema_file_matches_the_rust_types() {
    let fresh = generated();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(PATH, &fresh).expect("write the schema");
    }
    let on_disk = std::fs::read_to_string(PATH).unwrap_or_default();
    assert!(
        on_disk == fresh,
        "docs/briefing.schema.json is out of date: run UPDATE_SCHEMA=1 cargo test --test schema"
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
