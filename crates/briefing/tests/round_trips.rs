//! Property tests of the editors' tools on random sources and quotes:
//! - `fill` then `validate` always agree: a draft fill accepts validates, a quote made
//!   absent makes fill fail (and only that quote), a repeated quote without a hint is
//!   reported with every place it occurs;
//! - Web Annotations find their quotes again, from the position selector and from the
//!   quote selector;
//! - the CSV template gives back the same positions, quotes from several sources included.

use briefing::annotations::all_annotations;
use briefing::csv::{from_csv, to_csv};
use briefing::fill::{fill_text, FillErrorKind};
use briefing::locate::LocateError;
use briefing::validate::sha256_hex;
use briefing::{
    parse_and_validate, Actor, Attribution, Briefing, Position, Quote, Source, Stance, Topic,
};
use proptest::prelude::*;
use serde_json::{json, Value};

/// A source text from a small alphabet, so that quotes repeat often: curly quotes, a
/// dash, an accent and a line break make characters and bytes differ.
fn source_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("a"),
            Just("b"),
            Just(" "),
            Just("é"),
            Just("“"),
            Just("”"),
            Just("—"),
            Just("\n"),
            Just("freeze"),
            Just(". "),
        ],
        1..60,
    )
    .prop_map(|parts| parts.concat())
    .prop_filter("a source text is not blank", |t| !t.trim().is_empty())
}

/// A text and quote ranges in it (character offsets, end exclusive, not empty).
fn text_and_ranges() -> impl Strategy<Value = (String, Vec<(usize, usize)>)> {
    source_text().prop_flat_map(|text| {
        let len = text.chars().count();
        let range = (0..len).prop_flat_map(move |start| (Just(start), start + 1..=len));
        (Just(text), proptest::collection::vec(range, 1..6))
    })
}

fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// A draft: quotes with `source` and `text` only, or with their true `start` as a hint.
fn draft(text: &str, ranges: &[(usize, usize)], hinted: bool) -> Value {
    let quotes: Vec<Value> = ranges
        .iter()
        .map(|&(start, end)| {
            let mut q = json!({"source": "src", "text": slice(text, start, end)});
            if hinted {
                q["start"] = json!(start);
            }
            q
        })
        .collect();
    json!({
        "format": "briefing/1", "id": "draft", "title": "Draft", "summary": "", "language": "en",
        "as_of": null,
        "sources": [{"id": "src", "title": null, "publisher": null, "url": null,
                     "published": null, "text": text, "sha256": ""}],
        "actors": [{"id": "a", "name": "A", "kind": "state", "aliases": [], "description": ""}],
        "topics": [{"id": "t", "label": "T", "description": ""}],
        "positions": [{"id": "p", "actor": "a", "topic": "t", "stance": "opposes",
                       "summary": "S.", "attribution": "stated", "quotes": quotes}],
        "events": []
    })
}

/// Every character offset where `needle` starts in `text`, overlapping included.
fn places(text: &str, needle: &str) -> Vec<usize> {
    let chars: Vec<char> = text.chars().collect();
    let needle: Vec<char> = needle.chars().collect();
    (0..chars.len())
        .filter(|&i| chars[i..].starts_with(&needle))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn fill_then_validate_agree((text, ranges) in text_and_ranges(), hinted in any::<bool>()) {
        let doc = draft(&text, &ranges, hinted);
        match fill_text(&briefing::pretty(&doc)) {
            Ok((filled_text, filled)) => {
                prop_assert_eq!(filled.quotes, ranges.len());
                let briefing = parse_and_validate(&filled_text);
                prop_assert!(briefing.is_ok(), "filled but invalid: {:?}", briefing);
                let briefing = briefing.unwrap();
                for (q, &(start, end)) in briefing.positions[0].quotes.iter().zip(&ranges) {
                    // The quote found is the text asked for; with its true start as a hint,
                    // it is the very passage.
                    prop_assert_eq!(&q.text, &slice(&text, start, end));
                    if hinted {
                        prop_assert_eq!((q.start, q.end), (start, end));
                    }
                }
            }
            Err(errors) => {
                // Only a repeated quote without a hint may fail, naming every place.
                prop_assert!(!hinted, "{:?}", errors);
                for error in errors {
                    let j: usize = error.path["positions[0].quotes[".len()..error.path.len() - 1]
                        .parse()
                        .unwrap();
                    let (start, end) = ranges[j];
                    let expected = places(&text, &slice(&text, start, end));
                    match error.kind {
                        FillErrorKind::Locate {
                            error: LocateError::Ambiguous { count, places },
                            ..
                        } => {
                            prop_assert_eq!(count, expected.len());
                            prop_assert_eq!(places, expected);
                        }
                        other => prop_assert!(false, "unexpected {:?}", other),
                    }
                }
            }
        }
    }

    #[test]
    fn a_quote_not_in_the_source_makes_fill_fail_and_validate_too(
        (text, ranges) in text_and_ranges(),
        which in any::<prop::sample::Index>(),
    ) {
        let mut value = draft(&text, &ranges, true);
        let j = which.index(ranges.len());
        let quote = &mut value["positions"][0]["quotes"][j];
        // A snowman is not in the alphabet: the quote cannot be in the source.
        quote["text"] = json!(format!("{}☃", quote["text"].as_str().unwrap()));
        let errors = fill_text(&value.to_string()).unwrap_err();
        prop_assert_eq!(errors.len(), 1);
        prop_assert_eq!(&errors[0].path, &format!("positions[0].quotes[{j}]"));
        let not_found = matches!(
            errors[0].kind,
            FillErrorKind::Locate { error: LocateError::NotFound, .. }
        );
        prop_assert!(not_found);
        // The validator refuses the same quote wherever it is put.
        let len = text.chars().count();
        value["positions"][0]["quotes"][j]["start"] = json!(0);
        value["positions"][0]["quotes"][j]["end"] = json!(len);
        prop_assert!(parse_and_validate(&value.to_string()).is_err());
    }

    #[test]
    fn annotations_find_their_quotes_again((text, ranges) in text_and_ranges()) {
        let b = briefing(&text, &ranges);
        let doc = all_annotations(&b);
        let items = doc["first"]["items"].as_array().unwrap();
        prop_assert_eq!(items.len(), ranges.len());
        let chars: Vec<char> = text.chars().collect();
        for (item, &(start, end)) in items.iter().zip(&ranges) {
            let selectors = item["target"]["selector"].as_array().unwrap();
            let (quote, position) = (&selectors[0], &selectors[1]);
            // From the position selector: slice the source by code points.
            let (s, e) = (
                position["start"].as_u64().unwrap() as usize,
                position["end"].as_u64().unwrap() as usize,
            );
            prop_assert_eq!((s, e), (start, end));
            let exact = quote["exact"].as_str().unwrap();
            prop_assert_eq!(exact, slice(&text, s, e));
            // From the quote selector: every place where prefix, exact and suffix all fit;
            // the quote is one of them, the one the position hint picks, and the only one
            // whenever the context is unique.
            let prefix: Vec<char> = quote["prefix"].as_str().unwrap().chars().collect();
            let suffix: Vec<char> = quote["suffix"].as_str().unwrap().chars().collect();
            prop_assert!(prefix.len() <= 32 && suffix.len() <= 32);
            let exact: Vec<char> = exact.chars().collect();
            let fits: Vec<usize> = (0..=chars.len() - exact.len())
                .filter(|&at| {
                    chars[at..].starts_with(&exact)
                        && chars[..at].ends_with(&prefix)
                        && chars[at + exact.len()..].starts_with(&suffix)
                })
                .collect();
            prop_assert!(fits.contains(&start), "{:?} {:?}", fits, start);
            let nearest = fits.iter().min_by_key(|&&at| at.abs_diff(s)).unwrap();
            prop_assert_eq!(*nearest, start);
            if fits.len() == 1 {
                prop_assert_eq!(fits[0], start);
            }
        }
    }

    #[test]
    fn the_csv_gives_back_the_same_positions(
        (text, ranges) in text_and_ranges(),
        summary in "[=+@ ,\"a\n\t-]{1,12}",
        name in "[ \ta'=]{0,3}A[ \ta]{0,3}",
    ) {
        // A sheet's cell of only spaces is an empty cell, not a quote.
        prop_assume!(ranges.iter().all(|&(s, e)| !slice(&text, s, e).trim().is_empty()));
        let mut b = briefing(&text, &ranges);
        // Summaries and names with commas, quotes, line breaks, formula characters, and
        // spaces and tabs at either end, which are part of them.
        prop_assume!(!summary.trim().is_empty());
        b.positions[0].summary = summary;
        b.actors[0].name = name;
        let csv = to_csv(&b);
        let mut base = b.clone();
        base.positions.clear();
        let back = from_csv(&csv, &base);
        prop_assert!(back.is_ok(), "{:?}\n{}", back, csv);
        prop_assert_eq!(back.unwrap(), b);
    }
}

#[test]
fn a_position_quoting_two_sources_goes_through_the_csv_template_and_back() {
    let mut b = briefing("Kyiv says “no freeze”.", &[(10, 21)]);
    let statement = "A statement: “no freeze”, again.";
    b.sources.push(Source {
        id: "statement".into(),
        text: statement.into(),
        sha256: sha256_hex(statement),
        ..Source::default()
    });
    b.positions[0].quotes.push(Quote {
        source: "statement".into(),
        start: 13,
        end: 24,
        text: "“no freeze”".into(),
    });
    assert_eq!(briefing::validate(&b), vec![]);
    let csv = to_csv(&b);
    assert!(csv.starts_with("position_id,"), "{csv}");
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .ends_with(",quote_2,start_2,source_2"),
        "{csv}"
    );
    let mut base = b.clone();
    base.positions.clear();
    assert_eq!(from_csv(&csv, &base), Ok(b));
}

/// A valid briefing whose one position quotes `ranges` of `text`.
fn briefing(text: &str, ranges: &[(usize, usize)]) -> Briefing {
    let quotes = ranges
        .iter()
        .map(|&(start, end)| Quote {
            source: "src".into(),
            start,
            end,
            text: slice(text, start, end),
        })
        .collect();
    let b = Briefing {
        format: "briefing/1".into(),
        id: "b".into(),
        title: "B".into(),
        language: "en".into(),
        sources: vec![Source {
            id: "src".into(),
            text: text.into(),
            sha256: sha256_hex(text),
            ..Source::default()
        }],
        actors: vec![Actor {
            id: "a".into(),
            name: "A".into(),
            kind: "state".into(),
            ..Actor::default()
        }],
        topics: vec![Topic {
            id: "t".into(),
            label: "T".into(),
            ..Topic::default()
        }],
        positions: vec![Position {
            id: "p".into(),
            actor: "a".into(),
            topic: "t".into(),
            stance: Stance::Opposes,
            summary: "S.".into(),
            attribution: Attribution::Stated,
            quotes,
        }],
        ..Briefing::default()
    };
    assert_eq!(briefing::validate(&b), vec![]);
    b
}

#[test]
fn a_name_and_a_summary_with_tabs_and_spaces_at_their_ends_go_through_the_csv_and_back() {
    let mut b = briefing("Kyiv says “no freeze”.", &[(10, 21)]);
    b.actors[0].name = "\tTabbed".into();
    b.positions[0].summary = " Spaced.\t".into();
    let csv = to_csv(&b);
    // Into a briefing that has the actor, and into one that gets it from the sheet.
    let mut base = b.clone();
    base.positions.clear();
    assert_eq!(from_csv(&csv, &base), Ok(b.clone()));
    base.actors.clear();
    assert_eq!(from_csv(&csv, &base), Ok(b));
}

#[test]
fn a_multi_line_quote_in_a_crlf_sheet_is_found_in_a_source_with_other_line_ends() {
    // A sheet saved with CRLF everywhere, inside quoted cells too (as a conversion of
    // line ends leaves it), and a source with LF, CR or CRLF line ends.
    for line_end in ["\n", "\r", "\r\n"] {
        let text = format!("Kyiv says:{line_end}“no freeze”.{line_end}Then more.");
        let end = "Kyiv says:“no freeze”.".chars().count() + line_end.len();
        let mut b = briefing(&text, &[(0, end)]);
        let mut base = b.clone();
        base.positions.clear();
        let csv = "actor_id,actor,topic_id,topic,stance,attribution,summary,quote\r\n\
                   a,A,t,T,opposes,stated,S.,\"Kyiv says:\r\n“no freeze”.\"\r\n";
        let back = from_csv(csv, &base).unwrap_or_else(|e| panic!("{line_end:?}: {e:?}"));
        b.positions[0].id = "a--t".into();
        // The quote is the source's own words, line end included.
        assert_eq!(back, b, "{line_end:?}");
        // And a sheet written from it reads back the same.
        assert_eq!(from_csv(&to_csv(&b), &base), Ok(b));
    }
}
