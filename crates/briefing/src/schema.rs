//! The JSON Schema of `briefing/1`, generated from the Rust types (the `schema` feature: schemars
//! is never in the wasm). `docs/briefing.schema.json` is this text, kept in sync by
//! `tests/schema.rs`; `briefing schema` prints it.

use schemars::transform::RecursiveTransform;
use schemars::Schema;

use super::model::{Briefing, FORMAT};

/// The schema as pretty JSON with a final newline, exactly as `docs/` holds it.
pub fn json_schema() -> String {
    // The serialize contract lists every field as required, which is what editors should
    // write; the explorer itself reads leniently so that it can report all problems at once.
    let mut schema = schemars::generate::SchemaSettings::draft2020_12()
        .for_serialize()
        // serde's defaults (`""` for every string, even `stance`) describe the lenient
        // reader, not what an editor should write; every field is required anyway.
        .with_transform(RecursiveTransform(|schema: &mut Schema| {
            schema.remove("default");
        }))
        .into_generator()
        .into_root_schema_for::<Briefing>();
    schema.insert("$id".into(), FORMAT.into());
    schema.insert(
        "description".into(),
        "A briefing for Briefing Explorer, format briefing/1. Generated from crates/briefing/src/model.rs; \
         see docs/briefing-format.md. The schema checks shape only: references, offsets and \
         digests are checked by the explorer's validator."
            .into(),
    );
    serde_json::to_string_pretty(&schema).expect("a schema serialises") + "\n"
}
