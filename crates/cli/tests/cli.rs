//! The `briefing` command, run as a user runs it: on the default briefing, the example, and
//! broken files (`crates/cli/tests/fixtures/`), checking exit codes, messages and output.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use briefing::load::load_str;
use briefing::text::CharIndex;
use serde_json::Value;

mod common;
use common::{run, ROOT};

const DEFAULT: &str = "data/briefing.json";
const EXAMPLE: &str = "docs/examples/fictional-harbour-talks.json";

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn fixture(name: &str) -> String {
    format!("crates/cli/tests/fixtures/{name}")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{ROOT}/{path}")).unwrap()
}

/// A fresh path in the temporary directory.
fn temp(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    std::env::temp_dir().join(format!(
        "briefing-cli-{}-{}-{name}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ))
}

#[test]
fn validate_passes_the_default_briefing_and_the_example() {
    let o = run(&["validate", DEFAULT, EXAMPLE]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "data/briefing.json: valid (1 source, 32 positions, 13 events)\n\
         docs/examples/fictional-harbour-talks.json: valid (1 source, 3 positions, 2 events)\n\
         2 files checked: 2 valid\n"
    );
}

#[test]
fn validate_reports_broken_files_as_the_page_does() {
    let cases = [
        (
            "syntax-error.json",
            "(document): not valid JSON: expected `,` or `}` (line 5, column 3)",
        ),
        ("unknown-actor.json", "positions[0].actor: unknown actor \"kremlin\""),
        (
            "wrong-offsets.json",
            "positions[0].quotes[0].text: differs from the source at characters 9..17: the source says \"reeze” —\"",
        ),
        (
            "not-utf8.json",
            "(file): is not valid UTF-8 text (invalid byte at offset 66); save it as UTF-8",
        ),
    ];
    for (name, line) in cases {
        let path = fixture(name);
        let o = run(&["validate", &path]);
        assert_eq!(o.status.code(), Some(1), "{name}");
        assert_eq!(
            stdout(&o),
            format!("{path}: {line}\n1 file checked: 0 valid, 1 with problems (1 problem)\n"),
            "{name}"
        );
        // The same problem, path and message as the explorer's own loader gives.
        let bytes = std::fs::read(format!("{ROOT}/{path}")).unwrap();
        let problems = briefing::load::load_bytes(&bytes).unwrap_err();
        assert_eq!(
            format!("{}: {}", problems[0].path, problems[0].message),
            line
        );
    }
}

#[test]
fn validate_checks_every_file_and_fails_if_any_fails() {
    let o = run(&["validate", EXAMPLE, &fixture("unknown-actor.json"), DEFAULT]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("fictional-harbour-talks.json: valid"), "{out}");
    assert!(out.contains("data/briefing.json: valid"), "{out}");
    assert!(
        out.ends_with("3 files checked: 2 valid, 1 with problems (1 problem)\n"),
        "{out}"
    );
}

#[test]
fn validate_json_is_machine_readable() {
    let o = run(&[
        "validate",
        "--format",
        "json",
        DEFAULT,
        &fixture("unknown-actor.json"),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let report: Value = serde_json::from_str(&stdout(&o)).expect("JSON on stdout");
    assert_eq!(report["valid"], false);
    let files = report["files"].as_array().unwrap();
    assert_eq!(files[0]["file"], DEFAULT);
    assert_eq!(files[0]["valid"], true);
    assert_eq!(files[0]["problems"], serde_json::json!([]));
    assert_eq!(files[1]["valid"], false);
    assert_eq!(
        files[1]["problems"],
        serde_json::json!([{
            "path": "positions[0].actor",
            "code": "reference.actor",
            "message": "unknown actor \"kremlin\"",
            "args": {"id": "kremlin"}
        }])
    );
    let o = run(&["validate", "--format", "json", DEFAULT]);
    assert_eq!(o.status.code(), Some(0));
    let report: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(report["valid"], true);
}

#[test]
fn validate_reads_standard_input() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(["validate", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(read(EXAMPLE).as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).starts_with("-: valid"));
}

#[test]
fn a_file_that_cannot_be_read_and_usage_errors_exit_with_2() {
    let o = run(&["validate", "no/such/file.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("briefing: cannot read no/such/file.json:"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).contains("1 unreadable"), "{}", stdout(&o));
    for args in [
        &[][..],
        &["validate"],
        &["frobnicate"],
        &["validate", "--format", "xml", DEFAULT],
        &["synthetic", "many"],
        &["fill"],
        &["convert", "README.md"],
        &["convert", "crates/cli/tests/fixtures/sheet.csv"],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).is_empty(), "{args:?} says why");
    }
}

#[test]
fn every_subcommand_has_help() {
    for sub in [
        "validate",
        "fill",
        "coverage",
        "schema",
        "synthetic",
        "convert",
        "annotations",
    ] {
        let o = run(&[sub, "--help"]);
        assert_eq!(o.status.code(), Some(0), "{sub}");
        let out = stdout(&o);
        assert!(out.contains(&format!("Usage: briefing {sub}")), "{out}");
    }
    let o = run(&["--help"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("Exit codes: 0"), "{}", stdout(&o));
}

#[test]
fn fill_places_quotes_of_a_draft_and_the_result_validates() {
    let out = temp("filled.json");
    let o = run(&["fill", &fixture("draft.json"), "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let filled = std::fs::read_to_string(&out).unwrap();
    let _ = std::fs::remove_file(&out);
    // The draft is the valid fixture without offsets and digest: filling restores it.
    assert_eq!(filled, read(&fixture("valid.json")));
}

#[test]
fn fill_reports_missing_and_ambiguous_quotes_and_writes_nothing() {
    let o = run(&["fill", &fixture("draft-missing-quote.json")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(
            "draft-missing-quote.json: positions[0].quotes[0]: the words are not in the source, word for word: ““thaw””"
        ),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("nothing written"), "{}", stderr(&o));
    let o = run(&["fill", &fixture("draft-ambiguous-quote.json")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(
            "positions[0].quotes[0]: the words occur 2 times (at characters 7, 46); give a start hint: ““freeze””"
        ),
        "{}",
        stderr(&o)
    );
}

#[test]
fn fill_lists_problems_that_remain_after_filling() {
    let out = temp("still-broken.json");
    let draft =
        read(&fixture("draft.json")).replace("\"actor\": \"kyiv\"", "\"actor\": \"kremlin\"");
    let input = temp("draft.json");
    std::fs::write(&input, draft).unwrap();
    let o = run(&["fill", input.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    let written = out.exists();
    for path in [&input, &out] {
        let _ = std::fs::remove_file(path);
    }
    assert_eq!(o.status.code(), Some(1));
    assert!(written, "the offsets are written all the same");
    assert!(
        stderr(&o).contains("positions[0].actor: unknown actor \"kremlin\""),
        "{}",
        stderr(&o)
    );
}

#[test]
fn coverage_lists_the_sentences_nothing_cites() {
    let o = run(&["coverage", DEFAULT]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "data/briefing.json: source \"article\": 3 of 17 sentences cited by nothing\n  \
         636..676  Focus on Conditions — Not Just Ceasefire\n  \
         1369..1404  War Fatigue Meets Security Concerns\n  \
         1943..1966  A Cautious Path Forward\n"
    );
    let o = run(&["coverage", "--format", "json", DEFAULT]);
    let report: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(report["sources"][0]["source"], "article");
    assert_eq!(report["sources"][0]["sentences"], 17);
    assert_eq!(
        report["sources"][0]["uncited"][2],
        serde_json::json!({"start": 1943, "end": 1966, "text": "A Cautious Path Forward"})
    );
    let o = run(&["coverage", &fixture("unknown-actor.json")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("unknown actor"), "{}", stderr(&o));
}

#[test]
fn schema_prints_the_schema_file() {
    let o = run(&["schema"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o) == read("docs/briefing.schema.json"));
}

#[test]
fn synthetic_briefings_are_valid_and_deterministic() {
    let a = run(&["synthetic", "200", "7"]);
    assert_eq!(a.status.code(), Some(0));
    let b = briefing::parse_and_validate(&stdout(&a)).expect("valid");
    assert_eq!(b.positions.len(), 200);
    assert_eq!(stdout(&a), stdout(&run(&["synthetic", "200", "7"])));
    assert_ne!(stdout(&a), stdout(&run(&["synthetic", "200", "8"])));
    // The seed defaults to 1, as the old `synthetic` binary's did.
    assert_eq!(
        stdout(&run(&["synthetic", "10"])),
        stdout(&run(&["synthetic", "10", "1"]))
    );
}

#[test]
fn convert_writes_the_csv_and_reads_it_back() {
    let o = run(&["convert", &fixture("valid.json")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), read(&fixture("positions.csv")));
    // Back, onto the same briefing: byte for byte the file it came from.
    let o = run(&[
        "convert",
        &fixture("positions.csv"),
        "--base",
        &fixture("valid.json"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), read(&fixture("valid.json")));
    // The default briefing and the example go there and back unchanged too.
    for file in [DEFAULT, EXAMPLE] {
        let csv = temp("sheet.csv");
        let o = run(&["convert", file, "-o", csv.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let o = run(&["convert", csv.to_str().unwrap(), "--base", file]);
        let _ = std::fs::remove_file(&csv);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let back: Value = serde_json::from_str(&stdout(&o)).unwrap();
        let original: Value = serde_json::from_str(&read(file)).unwrap();
        assert!(back == original, "{file} changed on the way");
    }
}

#[test]
fn convert_makes_a_new_briefing_from_a_sheet_and_a_source_text() {
    let o = run(&[
        "convert",
        &fixture("sheet.csv"),
        "--source",
        &fixture("article.txt"),
        "--title",
        "A sheet",
        "--language",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let b = load_str(&stdout(&o)).expect("a valid briefing");
    assert_eq!(b.id, "sheet");
    assert_eq!(b.sources[0].id, "source");
    let ids: Vec<&str> = b.positions.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["ukraine--a-freeze", "russia--more"]);
}

#[test]
fn convert_reports_bad_rows_by_number_and_writes_nothing() {
    let out = temp("never.json");
    let o = run(&[
        "convert",
        &fixture("broken.csv"),
        "--source",
        &fixture("article.txt"),
        "--title",
        "A sheet",
        "--language",
        "en",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!out.exists());
    let err = stderr(&o);
    for line in [
        "broken.csv: Row 2, column actor_kind: is required",
        "broken.csv: Row 3, column stance: unknown stance “maybe”",
        "broken.csv: Row 3, column quote: the words are not in the source, word for word: “Moscow wants less.”",
        "broken.csv: Row 4, column summary: is required",
    ] {
        assert!(err.contains(line), "{line}\n{err}");
    }
}

/// Checks one annotation against the W3C Web Annotation Data Model's requirements for the
/// features used, and returns its target's (source, exact, prefix, suffix, start, end).
fn check_annotation(a: &Value) -> (String, String, String, String, usize, usize) {
    let context = &a["@context"];
    assert!(
        context == "http://www.w3.org/ns/anno.jsonld"
            || context
                .as_array()
                .is_some_and(|c| c.iter().any(|c| c == "http://www.w3.org/ns/anno.jsonld")),
        "@context: {a}"
    );
    let id = a["id"].as_str().expect("an id");
    assert!(id.starts_with("urn:uuid:") && id.len() == 45, "{id}");
    assert_eq!(a["type"], "Annotation");
    let motivations = [
        "assessing",
        "bookmarking",
        "classifying",
        "commenting",
        "describing",
        "editing",
        "highlighting",
        "identifying",
        "linking",
        "moderating",
        "questioning",
        "replying",
        "tagging",
    ];
    assert!(motivations.contains(&a["motivation"].as_str().unwrap()));
    let bodies = a["body"].as_array().expect("bodies");
    assert!(bodies.len() >= 2);
    for body in bodies {
        assert_eq!(body["type"], "TextualBody");
        assert!(!body["value"].as_str().expect("a value").is_empty());
        assert!(motivations.contains(&body["purpose"].as_str().unwrap()));
    }
    assert_eq!(bodies[0]["purpose"], "describing");
    assert_eq!(bodies[0]["format"], "text/plain");
    assert!(bodies[0]["language"].is_string());
    let target = &a["target"];
    let source = target["source"].as_str().expect("a target source IRI");
    assert!(source.starts_with("ni:///sha-256;") || source.starts_with("http"));
    let selectors = target["selector"].as_array().expect("selectors");
    assert_eq!(selectors.len(), 2);
    let quote = &selectors[0];
    assert_eq!(quote["type"], "TextQuoteSelector");
    let exact = quote["exact"].as_str().expect("exact is required");
    assert!(!exact.is_empty());
    let prefix = quote["prefix"].as_str().unwrap();
    let suffix = quote["suffix"].as_str().unwrap();
    assert!(prefix.chars().count() <= 32 && suffix.chars().count() <= 32);
    let position = &selectors[1];
    assert_eq!(position["type"], "TextPositionSelector");
    let start = position["start"].as_u64().expect("start is required") as usize;
    let end = position["end"].as_u64().expect("end is required") as usize;
    assert!(start < end);
    (
        source.to_string(),
        exact.to_string(),
        prefix.to_string(),
        suffix.to_string(),
        start,
        end,
    )
}

#[test]
fn annotations_follow_the_w3c_model_and_find_every_quote_again() {
    for file in [DEFAULT, EXAMPLE] {
        let o = run(&["annotations", file]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let doc: Value = serde_json::from_str(&stdout(&o)).unwrap();
        assert_eq!(doc["@context"], "http://www.w3.org/ns/anno.jsonld");
        assert_eq!(doc["type"], "AnnotationCollection");
        assert!(doc["id"].as_str().unwrap().starts_with("urn:uuid:"));
        let b = load_str(&read(file)).unwrap();
        assert_eq!(doc["label"], b.title.as_str());
        let page = &doc["first"];
        assert_eq!(page["type"], "AnnotationPage");
        assert!(page["id"].is_string());
        assert_eq!(page["startIndex"], 0);
        let items = page["items"].as_array().unwrap();
        let quotes: Vec<_> = b
            .positions
            .iter()
            .flat_map(|p| &p.quotes)
            .chain(b.events.iter().flat_map(|e| &e.quotes))
            .collect();
        assert_eq!(items.len(), quotes.len());
        assert_eq!(doc["total"], quotes.len());
        let mut ids = std::collections::HashSet::new();
        for (item, quote) in items.iter().zip(&quotes) {
            assert!(
                ids.insert(item["id"].as_str().unwrap().to_string()),
                "unique ids"
            );
            let (source, exact, prefix, suffix, start, end) = check_annotation(item);
            let text = &b.sources[0].text;
            assert!(
                source.starts_with("ni:///sha-256;"),
                "no URL in these files"
            );
            // From the position selector: code points, as the briefing counts.
            let sliced: String = text.chars().skip(start).take(end - start).collect();
            assert_eq!(sliced, quote.text);
            assert_eq!((start, end), (quote.start, quote.end));
            // From the quote selector: prefix + exact + suffix occurs once, at the quote.
            let needle = format!("{prefix}{exact}{suffix}");
            let at: Vec<usize> = text.match_indices(&needle).map(|(b, _)| b).collect();
            assert_eq!(at.len(), 1, "{exact:?} is anchored uniquely in {file}");
            let chars = text[..at[0]].chars().count() + prefix.chars().count();
            assert_eq!(chars, quote.start);
            let index = CharIndex::new(text);
            assert_eq!(
                index.slice(chars, chars + exact.chars().count()),
                Some(exact.as_str())
            );
        }
    }
    let o = run(&["annotations", &fixture("wrong-offsets.json")]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn annotations_can_be_written_to_a_file() {
    let out = temp("annotations.jsonld");
    let o = run(&["annotations", EXAMPLE, "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).is_empty());
    let written = std::fs::read_to_string(&out).unwrap();
    let _ = std::fs::remove_file(&out);
    assert_eq!(written, stdout(&run(&["annotations", EXAMPLE])));
}

#[test]
fn synthetic_refuses_a_size_that_would_only_exhaust_memory() {
    for n in ["18446744073709551615", "100000000"] {
        let o = run(&["synthetic", n]);
        assert_eq!(o.status.code(), Some(2), "{n}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("synthetic makes at most 1000000 positions"),
            "{}",
            stderr(&o)
        );
        assert!(stdout(&o).is_empty());
    }
}

#[test]
#[cfg(target_os = "linux")]
fn validate_says_so_when_its_report_cannot_be_written() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let o = Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(["validate", DEFAULT])
        .current_dir(ROOT)
        .stdout(full)
        .output()
        .expect("the briefing binary runs");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("cannot write to standard output"),
        "{}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}

#[test]
#[cfg(unix)]
fn validate_stops_quietly_when_its_reader_goes_away() {
    use std::io::Read;
    // A report longer than a pipe's buffer, read one byte of and then left (`| head -c1`).
    let mut child = Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(std::iter::once("validate").chain(std::iter::repeat_n(EXAMPLE, 3000)))
        .current_dir(ROOT)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the briefing binary runs");
    let mut stdout = child.stdout.take().expect("its output");
    let mut first = [0u8; 1];
    stdout.read_exact(&mut first).expect("a first byte");
    drop(stdout);
    let o = child.wait_with_output().expect("it ends");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}

#[test]
fn convert_and_annotations_never_write_over_what_they_read() {
    let copy = temp("own.json");
    std::fs::copy(format!("{ROOT}/{EXAMPLE}"), &copy).unwrap();
    let original = std::fs::read_to_string(&copy).unwrap();
    let path = copy.to_str().unwrap();
    for args in [
        vec!["convert", path, "-o", path],
        vec!["annotations", path, "-o", path],
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("writing there would replace it"),
            "{}",
            stderr(&o)
        );
        assert_eq!(std::fs::read_to_string(&copy).unwrap(), original);
    }
    // The CSV's base briefing is read too.
    let csv = temp("sheet.csv");
    assert_eq!(
        run(&["convert", path, "-o", csv.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    let o = run(&["convert", csv.to_str().unwrap(), "--base", path, "-o", path]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), original);
    let _ = std::fs::remove_file(&copy);
    let _ = std::fs::remove_file(&csv);
}

#[test]
#[cfg(target_os = "linux")]
fn a_file_without_an_end_is_read_no_further_than_the_limit() {
    // /dev/zero says it holds 0 bytes and never ends: the 50 MB limit still holds.
    let o = run(&["validate", "/dev/zero"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stdout(&o).contains("/dev/zero"), "{}", stdout(&o));
    assert!(stdout(&o).contains("MB"), "{}", stdout(&o));
}

#[test]
#[cfg(unix)]
fn output_files_follow_no_planted_link_and_keep_their_kind_and_permissions() {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let dir = temp("out-dir");
    std::fs::create_dir(&dir).unwrap();
    let out = dir.join("out.json");
    // A link planted where the old temporary file went: the file it names stays as it was.
    let victim = dir.join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    symlink(&victim, dir.join("out.json.briefing-tmp")).unwrap();
    let path = out.to_str().unwrap();
    let o = run(&["fill", EXAMPLE, "-o", path]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    // Filled in place, a private file stays private.
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o600)).unwrap();
    let o = run(&["fill", path, "-o", path]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o600
    );
    // -o a link: the file it names is written, the link stays a link.
    let link = dir.join("link.json");
    symlink(&out, &link).unwrap();
    let o = run(&["fill", EXAMPLE, "-o", link.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    // Nothing left behind but what was there and what was asked for.
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "link.json",
            "out.json",
            "out.json.briefing-tmp",
            "victim.txt"
        ]
    );
    let _ = std::fs::remove_dir_all(&dir);
}
