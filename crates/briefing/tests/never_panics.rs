//! Property tests: the parser and validator never panic, whatever they are given, and they
//! report problems instead of accepting broken quotes.

mod common;

use briefing::parse_and_validate;
use briefing::problem::{echo, MAX_ECHO, MAX_PROBLEMS};
use common::DEFAULT_JSON as FILE;
use proptest::prelude::*;
use serde_json::Value;

/// The default briefing's JSON, which ends at its closing brace (the file ends with a line
/// break: a cut of only that would leave it whole).
const DEFAULT_JSON: &str = FILE.trim_ascii_end();

/// Arbitrary JSON values, nested a few levels, with keys that often hit the format's names.
fn json_value() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("format".to_string()),
        Just("sources".to_string()),
        Just("positions".to_string()),
        Just("quotes".to_string()),
        Just("start".to_string()),
        Just("end".to_string()),
        Just("text".to_string()),
        Just("id".to_string()),
        "[a-z_]{1,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key.clone(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_json_never_panics(value in json_value()) {
        let _ = parse_and_validate(&value.to_string());
    }

    #[test]
    fn reports_stay_bounded_whatever_the_input(value in json_value()) {
        if let Err(problems) = parse_and_validate(&value.to_string()) {
            prop_assert!(problems.len() <= MAX_PROBLEMS + 1);
            for problem in &problems {
                // A template is at most ~200 characters; each echoed value at most ~90.
                prop_assert!(problem.message.chars().count() < 1000, "{problem}");
            }
        }
    }

    #[test]
    fn echo_is_short_and_visible(text in "\\PC{0,120}|[\u{202A}-\u{202E}\u{2066}-\u{2069}\u{200B}a ]{0,40}") {
        let shown = echo(&text);
        prop_assert!(shown.chars().filter(|c| *c != '…').count() <= MAX_ECHO * 10);
        let hidden = shown
            .chars()
            .any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}'));
        prop_assert!(!hidden, "a control character survived in {:?}", shown);
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,200}") {
        let _ = parse_and_validate(&text);
    }

    #[test]
    fn moved_quote_offsets_are_reported_not_accepted(
        which in 0usize..20, start in 0usize..4000, len in 0usize..300
    ) {
        let mut doc: Value = serde_json::from_str(DEFAULT_JSON).unwrap();
        let quote = &mut doc["positions"][which]["quotes"][0];
        let original = (quote["start"].as_u64().unwrap() as usize, quote["end"].as_u64().unwrap() as usize);
        quote["start"] = start.into();
        quote["end"] = (start + len).into();
        let result = parse_and_validate(&doc.to_string());
        if (start, start + len) != original {
            prop_assert!(result.is_err(), "moved quote {start}..{} was accepted", start + len);
        }
    }

    #[test]
    fn truncated_default_never_panics(cut in 0usize..=DEFAULT_JSON.len()) {
        let cut = DEFAULT_JSON.char_indices().map(|(i, _)| i).take_while(|&i| i <= cut).last().unwrap_or(0);
        prop_assert!(parse_and_validate(&DEFAULT_JSON[..cut]).is_err());
    }
}

/// Cuts across the whole default JSON, from its first byte to its last: every 89th
/// character boundary, and every boundary of its last 300 characters (where a document
/// is nearly whole). Each cut is a report, never a panic and never a briefing.
#[test]
fn the_default_cut_anywhere_is_a_report() {
    let boundaries: Vec<usize> = DEFAULT_JSON.char_indices().map(|(i, _)| i).collect();
    let tail = boundaries.len().saturating_sub(300);
    let mut cuts = 0;
    for (n, &cut) in boundaries.iter().enumerate() {
        if n % 89 == 0 || n >= tail {
            assert!(
                parse_and_validate(&DEFAULT_JSON[..cut]).is_err(),
                "cut at byte {cut}"
            );
            cuts += 1;
        }
    }
    assert!(
        cuts > DEFAULT_JSON.chars().count() / 89,
        "the cuts cover the whole file"
    );
    assert!(
        parse_and_validate(DEFAULT_JSON).is_ok(),
        "whole, it is the valid default"
    );
}
