//! Loading a briefing someone else wrote: limits first, then the format version, then the
//! full validator. Every failure is a list of `Problem`s with a plain message; nothing here
//! panics or hangs on hostile input.

use serde::Deserialize;

use super::model::{Briefing, SUPPORTED_FORMATS};
use super::problem::{Code, Problem};
use super::validate::{parse, unknown_format_args, validate};

/// The largest briefing accepted, in bytes (50 MB): room for a 100,000-position briefing
/// (about 30 MB), and a clear refusal long before a browser tab would run out of memory.
pub const MAX_BYTES: usize = 50 * 1024 * 1024;
/// The deepest nesting of JSON arrays and objects accepted. A valid briefing needs 4.
pub const MAX_DEPTH: usize = 32;

fn problem(path: &str, code: Code, args: Vec<(&'static str, String)>) -> Vec<Problem> {
    vec![Problem::new(path, code, args)]
}

/// `bytes` in megabytes (MiB) with one decimal, "51.2". Integer formatting only: `{:.1}`
/// on an `f64` would pull the float formatter (about 5 KB of gzip) into the wasm.
pub fn megabytes(bytes: f64) -> String {
    let tenths = (bytes.max(0.0) / 104_857.6).round() as u64;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// `(file): is 51.2 MB; the limit is 50 MB`, for a file of `bytes` bytes.
pub fn too_large(bytes: f64) -> Problem {
    Problem::new(
        "(file)",
        Code::FileTooLarge,
        vec![
            ("size", megabytes(bytes)),
            ("limit", (MAX_BYTES / 1_048_576).to_string()),
        ],
    )
}

/// Checks, parses and validates a briefing file's raw bytes.
pub fn load_bytes(bytes: &[u8]) -> Result<Briefing, Vec<Problem>> {
    if bytes.len() > MAX_BYTES {
        return Err(vec![too_large(bytes.len() as f64)]);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        problem(
            "(file)",
            Code::FileNotUtf8,
            vec![("offset", e.valid_up_to().to_string())],
        )
    })?;
    load_str(text)
}

/// As [`load_bytes`], for text already decoded.
pub fn load_str(text: &str) -> Result<Briefing, Vec<Problem>> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(problem("(file)", Code::FileEmpty, Vec::new()));
    }
    check_depth(text)?;
    // Read the format first only when the document does not parse: a valid document of
    // another version is caught below, and a second pass over a large file costs time.
    let briefing = match parse(text) {
        Ok(briefing) => briefing,
        Err(problems) => {
            check_format(text)?;
            return Err(problems);
        }
    };
    if briefing.format.starts_with("briefing/")
        && !SUPPORTED_FORMATS.contains(&briefing.format.as_str())
    {
        return Err(problem(
            "format",
            Code::FormatUnknown,
            unknown_format_args(&briefing.format),
        ));
    }
    let problems = validate(&briefing);
    if problems.is_empty() {
        Ok(briefing)
    } else {
        Err(problems)
    }
}

/// Rejects absurd nesting before serde recurses into it, naming where it happens.
///
/// Walks bytes, not characters: every byte JSON structure depends on is ASCII, and UTF-8
/// never reuses an ASCII byte inside another character. Only an error counts characters.
fn check_depth(text: &str) -> Result<(), Vec<Problem>> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let (mut line, mut line_start) = (1usize, 0usize);
    for (at, &b) in text.as_bytes().iter().enumerate() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    let column = text[line_start..=at].chars().count();
                    return Err(problem(
                        "(document)",
                        Code::DocumentTooDeep,
                        vec![
                            ("max", MAX_DEPTH.to_string()),
                            ("line", line.to_string()),
                            ("column", column.to_string()),
                        ],
                    ));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' => {
                line += 1;
                line_start = at + 1;
            }
            _ => {}
        }
    }
    Ok(())
}

/// A document of another format version gets one clear message, not a cascade of
/// type errors from fields that mean something else there. The message is the
/// validator's own (`format.unknown`), so both say the same thing.
fn check_format(text: &str) -> Result<(), Vec<Problem>> {
    #[derive(Deserialize)]
    struct Head {
        format: Option<serde_json::Value>,
    }
    let Ok(head) = serde_json::from_str::<Head>(text) else {
        // Not JSON, or not an object: `parse` says exactly what is wrong and where.
        return Ok(());
    };
    match head.format {
        Some(serde_json::Value::String(f)) if SUPPORTED_FORMATS.contains(&f.as_str()) => Ok(()),
        Some(serde_json::Value::String(f)) if f.starts_with("briefing/") => Err(problem(
            "format",
            Code::FormatUnknown,
            unknown_format_args(&f),
        )),
        // Missing or foreign formats fall through to the validator, which reports them
        // together with everything else.
        _ => Ok(()),
    }
}

/// Only `http:` and `https:` links from data are ever made clickable.
pub fn is_safe_link(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(char::is_control)
}
