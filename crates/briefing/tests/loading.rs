//! Loading briefings someone else wrote: a corpus of malformed and hostile files, each with
//! the exact message expected, the limits, and a property test that nothing panics.

use briefing::load::{is_safe_link, load_bytes, MAX_BYTES, MAX_DEPTH};
use briefing::problem::MAX_PROBLEMS;
use briefing::Problem;
use proptest::prelude::*;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture")
}

fn messages(bytes: &[u8]) -> Vec<String> {
    match load_bytes(bytes) {
        Ok(_) => vec![],
        Err(problems) => problems.iter().map(Problem::to_string).collect(),
    }
}

#[test]
fn the_fictional_example_loads() {
    let path = format!(
        "{}/../../docs/examples/fictional-harbour-talks.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let briefing = load_bytes(&std::fs::read(path).unwrap()).expect("valid example");
    assert!(briefing.title.starts_with("FICTIONAL EXAMPLE"));
    assert!(briefing.sources[0].text.starts_with("FICTIONAL EXAMPLE"));
}

#[test]
fn malformed_files_say_what_and_where() {
    let cases: &[(&str, &[&str])] = &[
        (
            "not-json.json",
            &["(document): not valid JSON: expected value (line 1, column 35)"],
        ),
        (
            "future-format.json",
            &["format: \"briefing/2\" is not a format this explorer reads; supported: briefing/1"],
        ),
        (
            "wrong-type.json",
            &["title: wrong type: expected a string, found […]"],
        ),
        (
            "wrong-types.json",
            &[
                "title: wrong type: expected a string, found null",
                "sources: wrong type: expected an array, found {…}",
                "actors[0].id: wrong type: expected a string, found 5",
                "actors[0].aliases: wrong type: expected an array, found \"Kyiv\"",
                "events[0].order: wrong type: expected a whole number, found \"first\"",
                "events[0].quotes[0].start: wrong type: expected a whole number of 0 or more, found -1",
                "events[0].quotes[0].end: wrong type: expected a whole number of 0 or more, found 2.5",
            ],
        ),
        (
            // The stray string starts at the 32nd character of line 2 but its 36th byte.
            "curly-syntax.json",
            &["(document): not valid JSON: expected `,` or `}` (line 2, column 32)"],
        ),
        (
            "nonsense.json",
            &["(document): not valid JSON: expected ident (line 1, column 2)"],
        ),
        (
            "not-an-object.json",
            &["(document): not a briefing: the document must be a JSON object ({ ... })"],
        ),
    ];
    for (name, expected) in cases {
        assert_eq!(messages(&fixture(name)), *expected, "{name}");
    }
}

#[test]
fn limits_have_clear_messages() {
    assert_eq!(messages(b""), ["(file): is empty"]);
    assert_eq!(
        messages(b"{\"title\": \"caf\xe9\"}"),
        ["(file): is not valid UTF-8 text (invalid byte at offset 14); save it as UTF-8"]
    );
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(
        messages(deep.as_bytes()),
        [format!(
            "(document): is nested more than {MAX_DEPTH} levels deep (line 1, column {}); a briefing needs only a few",
            MAX_DEPTH + 1
        )]
    );
    // Columns count characters: curly quotes and "\"" inside strings neither nest nor
    // shift the column.
    let deep = format!(
        "{{\"title\": \"“{{[\\\"]”\",\n  \"x\": {}",
        "[".repeat(MAX_DEPTH)
    );
    assert_eq!(
        messages(deep.as_bytes()),
        [format!(
            "(document): is nested more than {MAX_DEPTH} levels deep (line 2, column {}); a briefing needs only a few",
            7 + MAX_DEPTH
        )]
    );
    let huge = vec![b' '; MAX_BYTES + 1];
    assert_eq!(messages(&huge), ["(file): is 50.0 MB; the limit is 50 MB"]);
    // One decimal, rounded, without the float formatter.
    use briefing::load::megabytes;
    let mb = 1_048_576.0;
    assert_eq!(megabytes(0.0), "0.0");
    assert_eq!(megabytes(51.24 * mb), "51.2");
    assert_eq!(megabytes(51.25 * mb + 1.0), "51.3");
    assert_eq!(megabytes(0.96 * mb), "1.0");
    assert_eq!(megabytes(1234.5 * mb), "1234.5");
    // A byte-order mark is tolerated.
    let example = std::fs::read(format!(
        "{}/../../docs/examples/fictional-harbour-talks.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), &example].concat();
    assert_eq!(messages(&with_bom), Vec::<String>::new());
}

#[test]
fn a_megabyte_of_empty_positions_gives_a_capped_report_quickly() {
    // Each `{}` is a position with seven problems: millions in all, which used to freeze
    // the tab that drew them.
    let mut file = String::from("{\"positions\":[{}");
    while file.len() < 1_048_576 {
        file.push_str(",{}");
    }
    file.push_str("]}");
    let started = std::time::Instant::now();
    let problems = load_bytes(file.as_bytes()).unwrap_err();
    let took = started.elapsed();
    assert_eq!(problems.len(), MAX_PROBLEMS + 1);
    assert_eq!(problems.last().unwrap().code, "problems.more");
    // Generous even for an unoptimised build on a busy machine; the uncapped validator
    // built over two million messages.
    assert!(took.as_secs() < 10, "took {took:?}");
}

#[test]
fn hostile_content_is_kept_verbatim_as_data() {
    // Structurally valid: the danger is only in what a careless view would do with it.
    let briefing =
        load_bytes(&fixture("hostile.json")).expect("the hostile fixture is a valid briefing");
    assert!(briefing.title.contains("<script>window.__pwned=1</script>"));
    assert!(briefing.title.contains('\u{202E}'));
    assert!(briefing.positions[0].quotes[0].text.contains("onerror="));
    let url = briefing.sources[0].url.as_deref().unwrap();
    assert!(!is_safe_link(url), "{url} must not become a link");
}

#[test]
fn only_http_links_are_safe() {
    for ok in [
        "https://example.org/a",
        "http://example.org",
        "HTTPS://EXAMPLE.ORG",
    ] {
        assert!(is_safe_link(ok), "{ok}");
    }
    for bad in [
        "javascript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,x",
        "vbscript:x",
        "//evil.example",
        "https://a\n.org",
        "ftp://x",
    ] {
        assert!(!is_safe_link(bad), "{bad}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = load_bytes(&bytes);
    }

    #[test]
    fn arbitrary_nesting_never_panics(opens in "[\\[{\"\\\\:,a1 ]{0,300}") {
        let _ = load_bytes(opens.as_bytes());
    }
}
