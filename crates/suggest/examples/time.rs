//! Times the suggestions for one text file, natively: `cargo run --release -p suggest
//! --example time -- article.txt` prints the size, what was found and how long it took
//! (the budget: a 1 MB article in under a second).

use std::time::Instant;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: time ARTICLE.txt");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2);
    });
    let started = Instant::now();
    let s = suggest::suggest(&text);
    let took = started.elapsed();
    println!(
        "{path}: {} bytes, {} quotes, {} actors, {} dates in {:.3} s",
        text.len(),
        s.quotes.len(),
        s.actors.len(),
        s.dates.len(),
        took.as_secs_f64()
    );
}
