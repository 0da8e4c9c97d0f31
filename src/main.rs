//! The wasm entry point: hands over to [`briefing_explorer::start`].

#[cfg(target_arch = "wasm32")]
fn main() {
    briefing_explorer::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The explorer runs in the browser: build it with `trunk build --release` (see README.md)."
    );
    std::process::exit(2);
}
