//! Writes a deterministic synthetic briefing (fictional, for scale tests and benchmarks).
//!
//! Usage: `cargo run --release --bin synthetic -- POSITIONS [SEED] > file.json`

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let mut args = std::env::args().skip(1);
    let positions = args.next().and_then(|a| a.parse::<usize>().ok());
    let seed = args.next().and_then(|a| a.parse::<u64>().ok()).unwrap_or(1);
    let Some(positions) = positions else {
        eprintln!("usage: synthetic POSITIONS [SEED] > file.json");
        std::process::exit(2);
    };
    let briefing = briefing_explorer::synthetic::generate(seed, positions);
    match serde_json::to_string(&briefing) {
        Ok(json) => println!("{json}"),
        Err(error) => {
            eprintln!("synthetic: {error}");
            std::process::exit(1);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
