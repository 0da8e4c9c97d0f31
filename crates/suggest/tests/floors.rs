//! The evaluation set's figures stay above generous floors (the targets are higher; the
//! figures themselves are printed by `cargo run -p suggest --example evaluate`). A
//! floor, not an exact number: improving a rule must not break this test, only
//! worsening the suggestions should.

mod eval;

use eval::{articles, score, Score};

#[test]
fn suggestions_stay_above_the_floors_on_the_evaluation_set() {
    let mut total = Score::default();
    let mut misses = Vec::new();
    for article in articles() {
        let s = score(&article, &suggest::suggest(&article.text), &mut misses);
        total.add(&s);
    }
    let report = format!("{total:?}\n{}", misses.join("\n"));
    assert!(
        total.recall() >= 0.9,
        "quotation recall {:.3}\n{report}",
        total.recall()
    );
    assert!(
        total.precision() >= 0.85,
        "quotation precision {:.3}\n{report}",
        total.precision()
    );
    assert!(
        total.speaker_accuracy() >= 0.75,
        "speakers {:.3}\n{report}",
        total.speaker_accuracy()
    );
    assert!(
        total.date_recall() >= 0.85,
        "date recall {:.3}\n{report}",
        total.date_recall()
    );
    assert!(
        total.phase_accuracy() >= 0.8,
        "phases {:.3}\n{report}",
        total.phase_accuracy()
    );
    assert!(
        total.dates_not_in_gold <= 2,
        "dates not in the gold: {}\n{report}",
        total.dates_not_in_gold
    );
}
