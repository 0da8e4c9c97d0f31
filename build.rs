//! Validates the embedded default briefing with the crate's own validator, so that a
//! broken `data/briefing.json` fails the build (and every test run) instead of shipping.

#[allow(dead_code)]
#[path = "src/briefing/model.rs"]
mod model;
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
}
