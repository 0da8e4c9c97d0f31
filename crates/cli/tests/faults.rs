//! Faults of the machine around the command line: a full disk and a file-size limit.
//! Whatever happens, the target keeps its old content, nothing else is left in its
//! directory, and the command exits with 2 and says why.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_briefing")
}

/// A fresh directory with a large briefing (`big.json`, about 100 KB) and an old target.
fn setup(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("briefing-faults-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let big = Command::new(bin())
        .args(["synthetic", "300"])
        .output()
        .expect("the briefing binary runs");
    assert!(big.status.success());
    std::fs::write(dir.join("big.json"), &big.stdout).expect("write big.json");
    dir
}

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("list the dir")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

fn check_refused(o: &Output, target: &Path, expected_entries: &[&str]) {
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("cannot write"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(
        std::fs::read_to_string(target).expect("the target"),
        "old\n"
    );
    assert_eq!(entries(target.parent().unwrap()), expected_entries);
}

#[test]
fn a_file_size_limit_ends_the_write_with_a_message_and_leaves_nothing_behind() {
    let dir = setup("ulimit");
    let out = dir.join("out").join("annotations.json");
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    std::fs::write(&out, "old\n").unwrap();
    // 8 blocks of 512 bytes: far less than the annotations of 300 positions.
    let script = r#"ulimit -f 8; exec "$0" annotations "$1" -o "$2""#;
    let o = Command::new("sh")
        .args(["-c", script, bin()])
        .arg(dir.join("big.json"))
        .arg(&out)
        .current_dir(ROOT)
        .output()
        .expect("sh runs");
    check_refused(&o, &out, &["annotations.json"]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_full_disk_ends_the_write_with_a_message_and_leaves_nothing_behind() {
    // A 64 KB tmpfs in a user and mount namespace of its own: nothing is mounted for the
    // rest of the machine, and no privilege is needed where user namespaces are allowed.
    let probe = Command::new("unshare").args(["-Urm", "true"]).output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!("SKIPPED: this machine allows no user namespaces (unshare -Urm), so no tmpfs can be mounted");
        return;
    }
    let dir = setup("full");
    let disk = dir.join("disk");
    std::fs::create_dir_all(&disk).unwrap();
    let script = r#"mount -t tmpfs -o size=64k tmpfs "$2" && echo old > "$2/out.json" \
        && "$0" annotations "$1" -o "$2/out.json"; code=$?; \
        cat "$2/out.json" > "$2.content"; ls -A "$2" > "$2.entries"; exit $code"#;
    let o = Command::new("unshare")
        .args(["-Urm", "sh", "-c", script, bin()])
        .arg(dir.join("big.json"))
        .arg(&disk)
        .current_dir(ROOT)
        .output()
        .expect("unshare runs");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("No space left on device"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let seen = |what: &str| std::fs::read_to_string(dir.join(format!("disk.{what}"))).unwrap();
    assert_eq!(seen("content"), "old\n", "the target keeps its old content");
    assert_eq!(
        seen("entries"),
        "out.json\n",
        "no temp file is left on the full disk"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
