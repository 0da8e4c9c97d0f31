//! The studio's wasm entry point: hands over to [`studio::start`]. A binary of its own, so
//! that the explorer's wasm carries none of the studio.

#[cfg(target_arch = "wasm32")]
fn main() {
    studio::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Briefing Studio runs in the browser: build it with scripts/run.sh (see README.md).");
    std::process::exit(2);
}
