//! The rules case by case, per language and style of quotation, and the properties every
//! suggestion keeps whatever the text: its range lies within the text, on character
//! boundaries, and its text is exactly that slice.

use proptest::prelude::*;
use suggest::{suggest, QuoteKind, Suggestions};

/// (quotation, speaker) for each direct quotation.
fn direct(s: &Suggestions) -> Vec<(String, Option<String>)> {
    s.quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .map(|q| (q.text.clone(), q.speaker.clone()))
        .collect()
}

fn pair(q: &str, who: Option<&str>) -> (String, Option<String>) {
    (q.to_string(), who.map(str::to_string))
}

#[test]
fn english_attributions_before_and_after() {
    let s = suggest(
        "“We will sign,” said Foreign Minister Ada Rell. Rell told reporters: “Not today.”\n\
         “It is over,” Tomas Hale said. According to Hale, “nothing was agreed.”\n\
         Rell’s statement reads: “We regret it.” The minister later added: “Still open.”",
    );
    assert_eq!(
        direct(&s),
        [
            pair("“We will sign,”", Some("Ada Rell")),
            pair("“Not today.”", Some("Ada Rell")),
            pair("“It is over,”", Some("Tomas Hale")),
            pair("“nothing was agreed.”", Some("Tomas Hale")),
            pair("“We regret it.”", Some("Ada Rell")),
            pair("“Still open.”", Some("Ada Rell")),
        ]
    );
    let rell = s.actor_named("Ada Rell").unwrap();
    assert_eq!(rell.role.as_deref(), Some("Foreign Minister"));
    assert!(rell.aliases.contains(&"Rell".to_string()));
}

#[test]
fn pronouns_go_to_the_nearest_named_speaker_and_unsure_stays_unknown() {
    let s = suggest(
        "“We are ready,” said Ada Rell. “So are we,” she said.\nThe so-called “plan” is dead.",
    );
    assert_eq!(
        direct(&s),
        [
            pair("“We are ready,”", Some("Ada Rell")),
            pair("“So are we,”", Some("Ada Rell")),
            pair("“plan”", None),
        ]
    );
    // A pronoun with no one named before it is not guessed.
    let s = suggest("“No,” he said.");
    assert_eq!(direct(&s), [pair("“No,”", None)]);
}

#[test]
fn straight_and_single_quotes_among_apostrophes() {
    let s = suggest(
        "'It's ours,' said Petra Quill. The dockers' union didn't say. \"Fine,\" Quill said.",
    );
    assert_eq!(
        direct(&s),
        [
            pair("'It's ours,'", Some("Petra Quill")),
            pair("\"Fine,\"", Some("Petra Quill"))
        ]
    );
}

#[test]
fn a_quotation_running_over_paragraphs() {
    let text = "“The first part.\n\n“The second part,” said Ada Rell.";
    let s = suggest(text);
    assert_eq!(
        direct(&s),
        [pair(
            "“The first part.\n\n“The second part,”",
            Some("Ada Rell")
        )]
    );
}

#[test]
fn french_quotations_and_verbs() {
    let s = suggest(
        "« Nous signerons », a déclaré Paul Roux. «\u{a0}Jamais\u{a0}», a-t-il ajouté.\n\
         Selon Jeanne Morvan, « rien n'est fait ». « Voyons », dit-elle.",
    );
    assert_eq!(
        direct(&s),
        [
            pair("« Nous signerons »", Some("Paul Roux")),
            pair("«\u{a0}Jamais\u{a0}»", Some("Paul Roux")),
            pair("« rien n'est fait »", Some("Jeanne Morvan")),
            pair("« Voyons »", Some("Jeanne Morvan")),
        ]
    );
}

#[test]
fn ukrainian_quotations_verbs_and_cases() {
    let s = suggest(
        "«Ми не підпишемо», — сказала міністерка Олена Коваль. «Це „червона лінія“», — додала вона.\n\
         За словами Олени Коваль, «рішення остаточне».",
    );
    assert_eq!(
        direct(&s),
        [
            pair("«Ми не підпишемо»", Some("Олена Коваль")),
            pair("«Це „червона лінія“»", Some("Олена Коваль")),
            pair("«рішення остаточне»", Some("Олена Коваль")),
        ]
    );
}

#[test]
fn reported_statements_name_their_subject() {
    let s = suggest(
        "Kyiv maintains that any effort must respect its borders, while Moscow continues to \
         demand concessions that others reject.",
    );
    let reported: Vec<(&str, Option<&str>)> = s
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Reported)
        .map(|q| (q.text.as_str(), q.speaker.as_deref()))
        .collect();
    assert_eq!(
        reported,
        [
            (
                "Kyiv maintains that any effort must respect its borders",
                Some("Kyiv")
            ),
            (
                "Moscow continues to demand concessions that others reject.",
                Some("Moscow")
            ),
        ]
    );
}

#[test]
fn dates_are_the_texts_own_words() {
    let s = suggest(
        "The talks ended on Tuesday. They resume on May 18 and 19, and a vote follows next month.",
    );
    let dates: Vec<(&str, &str)> = s
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.phase.as_str()))
        .collect();
    assert_eq!(
        dates,
        [
            ("on Tuesday", "past"),
            ("on May 18 and 19", "present"),
            ("next month", "future")
        ]
    );
    assert!(suggest("No date here, may it stay so.").dates.is_empty());
}

/// Every suggested range lies in the text, and its text is that slice of characters.
fn ranges_hold(text: &str) -> Result<(), TestCaseError> {
    let chars: Vec<char> = text.chars().collect();
    let s = suggest(text);
    let slice = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
    let check = |start: usize, end: usize, got: &str| {
        prop_assert!(
            start < end && end <= chars.len(),
            "{start}..{end} of {}",
            chars.len()
        );
        prop_assert_eq!(slice(start, end), got);
        Ok(())
    };
    for q in &s.quotes {
        check(q.start, q.end, &q.text)?;
        if let Some(e) = &q.evidence {
            check(e.start, e.end, &e.text)?;
        }
    }
    for a in &s.actors {
        for m in &a.mentions {
            check(m.start, m.end, &m.text)?;
        }
    }
    for d in &s.dates {
        check(d.start, d.end, &d.text)?;
    }
    Ok(())
}

/// Text made of the pieces the rules look at: marks, names, verbs, dates, breaks.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "“",
        "”",
        "\"",
        "'",
        "‘",
        "’",
        "«",
        "»",
        "„",
        "“",
        " ",
        " ",
        "\u{a0}",
        "\n",
        "\r\n",
        ", ",
        ". ",
        "said",
        "Ada Rell",
        "she",
        "the minister",
        "told",
        "according to",
        "a déclaré",
        "— сказала",
        "Олена Коваль",
        "on Tuesday",
        "May 18 and 19",
        "next month",
        "17 серпня",
        "le 17 août",
        "Ministry of Fisheries",
        "officials say that",
        "don’t",
        "x\u{301}",
        "é",
        "🙂",
        ":",
        "—",
    ]);
    prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn suggestions_point_at_the_text_exactly(text in newsy()) {
        ranges_hold(&text)?;
    }

    #[test]
    fn any_text_at_all(text in "\\PC{0,200}") {
        ranges_hold(&text)?;
    }
}
