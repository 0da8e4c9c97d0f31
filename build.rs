//! Validates the embedded default briefing with the crate's own validator, so that a
//! broken `data/briefing.json` fails the build (and every test run) instead of shipping,
//! and writes the compact copy of it that the app embeds.

#[allow(dead_code)]
#[path = "src/briefing/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/briefing/problem.rs"]
mod problem;
#[allow(dead_code)]
#[path = "src/briefing/shape.rs"]
mod shape;
#[allow(dead_code)]
#[path = "src/briefing/text.rs"]
mod text;
#[allow(dead_code)]
#[path = "src/briefing/validate.rs"]
mod validate;

const BRIEFING: &str = "data/briefing.json";

fn main() {
    for path in [
        BRIEFING,
        "src/briefing/model.rs",
        "src/briefing/problem.rs",
        "src/briefing/shape.rs",
        "src/briefing/text.rs",
        "src/briefing/validate.rs",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let json = match std::fs::read_to_string(BRIEFING) {
        Ok(json) => json,
        Err(error) => {
            eprintln!("{BRIEFING}: cannot be read: {error}");
            std::process::exit(1);
        }
    };
    // Editors' tools may save a byte-order mark; the loader accepts one, so does the build.
    let json = json.strip_prefix('\u{FEFF}').unwrap_or(&json).to_string();
    if let Err(problems) = validate::parse_and_validate(&json) {
        eprintln!(
            "{BRIEFING} is not a valid briefing ({} problems):",
            problems.len()
        );
        for problem in &problems {
            eprintln!("  {problem}");
        }
        std::process::exit(1);
    }
    // The app embeds the briefing without the file's indentation: a tenth of the wasm's
    // data was spaces. Same values, so the same briefing.
    let compact = serde_json::from_str::<serde_json::Value>(&json)
        .and_then(|value| serde_json::to_string(&value))
        .unwrap_or(json);
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    if let Err(error) = std::fs::write(out.join("briefing.json"), compact) {
        eprintln!("cannot write the compact briefing to OUT_DIR: {error}");
        std::process::exit(1);
    }
}
