//! Validates the embedded default briefing with the format's own validator (the `briefing`
//! crate, a build dependency like any other), so that a broken `data/briefing.json` fails
//! the build (and every test run) instead of shipping, and writes the compact copy of it
//! that the app embeds (`src/embedded.rs`).

const BRIEFING: &str = "data/briefing.json";

fn main() {
    // A change to the validator rebuilds the `briefing` crate, which reruns this script.
    println!("cargo:rerun-if-changed={BRIEFING}");
    let json = match std::fs::read_to_string(BRIEFING) {
        Ok(json) => json,
        Err(error) => {
            eprintln!("{BRIEFING}: cannot be read: {error}");
            std::process::exit(1);
        }
    };
    // Editors' tools may save a byte-order mark; the loader accepts one, so does the build.
    let json = json.strip_prefix('\u{FEFF}').unwrap_or(&json).to_string();
    if let Err(problems) = briefing::parse_and_validate(&json) {
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
