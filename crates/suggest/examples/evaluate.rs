//! Prints how well the suggestions do on the evaluation set (`tests/suggest/`): per
//! article and in all, quotation recall and precision, speakers right, date recall,
//! phases right and dates suggested that are not in the gold. `--verbose` lists every
//! miss. Run: `cargo run -p suggest --example evaluate [-- --verbose]`.

#[path = "../tests/eval/mod.rs"]
mod eval;

use eval::{articles, score, Score};

fn pct(x: f64) -> String {
    format!("{:5.1}%", 100.0 * x)
}

fn line(name: &str, s: &Score) -> String {
    format!(
        "{name:<28} quotes {:>3}  recall {}  precision {} ({:>2}/{:>2})  speakers {}  dates {:>2} recall {}  phases {}  not in gold {}",
        s.gold_quotes,
        pct(s.recall()),
        pct(s.precision()),
        s.right_suggestions,
        s.suggested,
        pct(s.speaker_accuracy()),
        s.gold_dates,
        pct(s.date_recall()),
        pct(s.phase_accuracy()),
        s.dates_not_in_gold,
    )
}

fn main() {
    let verbose = std::env::args().any(|a| a == "--verbose" || a == "-v");
    let mut total = Score::default();
    let mut fictional = Score::default();
    let mut by_language: Vec<(String, Score)> = Vec::new();
    for article in articles() {
        let suggestions = suggest::suggest(&article.text);
        let mut misses = Vec::new();
        let s = score(&article, &suggestions, &mut misses);
        println!("{}", line(&article.name, &s));
        println!("{:<28} {}", "", article.style);
        if verbose {
            for m in &misses {
                println!("{:<28}   - {m}", "");
            }
        }
        total.add(&s);
        if article.seed_passages.is_none() {
            fictional.add(&s);
            match by_language.iter_mut().find(|(l, _)| *l == article.language) {
                Some((_, sum)) => sum.add(&s),
                None => by_language.push((article.language.clone(), s)),
            }
        }
    }
    println!();
    for (language, s) in &by_language {
        println!("{}", line(&format!("language {language}"), s));
    }
    println!("{}", line("fictional articles", &fictional));
    println!("{}", line("all, seed included", &total));
}
