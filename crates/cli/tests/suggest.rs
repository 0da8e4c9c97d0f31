//! `briefing suggest`, run as a user runs it: the suggestions as JSON with character
//! offsets, and `--draft`, whose briefing the validator finds no quote problem in (a
//! draft leaves topics, stances and summaries to the editor) and the studio opens.

use std::path::PathBuf;
use std::process::{Command, Stdio};

use briefing::load::load_str;
use serde_json::Value;

mod common;
use common::{run, ROOT};

fn temp(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("briefing-suggest-{}-{name}", std::process::id()))
}

/// The evaluation articles, and the seed article's text written out as one.
fn articles() -> Vec<String> {
    let seed: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{ROOT}/data/briefing.json")).unwrap(),
    )
    .unwrap();
    let path = temp("seed.txt");
    std::fs::write(&path, seed["sources"][0]["text"].as_str().unwrap()).unwrap();
    let mut out = vec![path.to_string_lossy().into_owned()];
    let mut names: Vec<String> = std::fs::read_dir(format!("{ROOT}/tests/suggest"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    names.sort();
    out.extend(names);
    out
}

#[test]
fn suggest_prints_quotes_actors_and_dates_at_character_offsets() {
    let o = run(&["suggest", "tests/suggest/en-newswire.txt"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let json: Value = serde_json::from_slice(&o.stdout).unwrap();
    let text: Vec<char> = std::fs::read_to_string(format!("{ROOT}/tests/suggest/en-newswire.txt"))
        .unwrap()
        .chars()
        .collect();
    let slice = |v: &Value| {
        let (a, b) = (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        );
        text[a..b].iter().collect::<String>()
    };
    let quotes = json["quotes"].as_array().unwrap();
    assert!(quotes.len() >= 9);
    for q in quotes {
        assert_eq!(slice(q), q["text"].as_str().unwrap());
    }
    let first = &quotes[0];
    assert_eq!(first["speaker"], "Ada Rell");
    assert_eq!(
        first["evidence"]["text"],
        "said Fisheries Minister Ada Rell"
    );
    assert!(json["actors"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["name"] == "Ada Rell" && a["kind"] == "person"));
    let dates: Vec<&str> = json["dates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["text"].as_str().unwrap())
        .collect();
    assert!(dates.contains(&"on August 17"), "{dates:?}");
}

#[test]
fn a_draft_holds_only_quotes_the_validator_accepts_and_the_studio_opens_it() {
    for article in articles() {
        let out = temp("draft.json");
        let o = run(&["suggest", &article, "--draft", "-o", out.to_str().unwrap()]);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{article}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let json = std::fs::read_to_string(&out).unwrap();
        let draft = authoring::start::open_briefing(&json).expect("the studio opens the draft");
        let source = std::fs::read_to_string(&article).unwrap();
        assert_eq!(
            draft.sources[0].text,
            source.strip_prefix('\u{FEFF}').unwrap_or(&source)
        );
        assert!(!draft.positions.is_empty(), "{article}");
        // What is left is the editor's: topics, stances, summaries, titles. Never a quote,
        // a source, a digest or an id.
        let problems = load_str(&json).err().unwrap_or_default();
        let about_quotes: Vec<String> = problems
            .iter()
            .filter(|p| {
                p.path.contains("quotes")
                    || p.path.starts_with("sources")
                    || p.path.ends_with(".id")
            })
            .map(|p| format!("{}: {}", p.path, p.message))
            .collect();
        assert!(about_quotes.is_empty(), "{article}: {about_quotes:#?}");
        let _ = std::fs::remove_file(&out);
    }
}

#[test]
fn suggest_reads_standard_input_and_refuses_what_is_not_text() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(["suggest", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all("«Ні», — сказала Олена Коваль у вівторок.".as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    let json: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["quotes"][0]["text"], "«Ні»");
    assert_eq!(json["quotes"][0]["speaker"], "Олена Коваль");
    assert_eq!(json["dates"][0]["text"], "у вівторок");

    let o = run(&["suggest", "crates/cli/tests/fixtures/not-utf8.json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not valid UTF-8"));
    let o = run(&[
        "suggest",
        "tests/suggest/en-newswire.txt",
        "-o",
        "tests/suggest/en-newswire.txt",
    ]);
    assert_eq!(o.status.code(), Some(2));
}
