//! `briefing`: the explorer's own rules on the command line, for build pipelines and
//! editors. Validate files, fill in quote offsets and digests, list uncited sentences,
//! print the JSON Schema, generate synthetic briefings, convert the CSV template, export
//! Web Annotations, suggest quotations, speakers, actors and dates from an article. The work is done by the library (`briefing`); this
//! file reads arguments and files, prints, and chooses the exit code.
//!
//! Exit codes: 0 all is well; 1 a file has problems (not valid, a quote not found, a CSV
//! row wrong); 2 a usage error or a file that cannot be read or written.

mod prerender;
mod text;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use briefing::load::{load_bytes, load_str, too_large, MAX_BYTES};
use briefing::validate::sha256_hex;
use briefing::{annotations, coverage, csv, fill, Briefing, Problem, Source};
use clap::{Parser, Subcommand, ValueEnum};
use serde_json::{json, Value};
use text::{csv_error, fill_error};

const EXIT_CODES: &str = "Exit codes: 0 all is well; 1 a file has problems; \
                          2 a usage error, or a file that cannot be read or written.";

/// Check, fill in and convert Briefing Explorer briefings with the explorer's own rules.
#[derive(Parser)]
#[command(name = "briefing", version, after_help = EXIT_CODES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate briefing files as the explorer does: every problem with its JSON path.
    #[command(after_help = EXIT_CODES)]
    Validate {
        /// Briefing files (`-` reads standard input).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// `text`: one `FILE: path: message` line per problem and a summary; `json`: one
        /// JSON document (file, valid, problems with path, code, message, args).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Set every quote's start/end from its text and every source's sha256.
    ///
    /// Write each quote's `source` and `text`; a `start` already there is a hint: a text
    /// that occurs more than once takes the occurrence nearest it. A text that is
    /// ambiguous or not found verbatim is an error, and then nothing is written. Only
    /// those values change: every other byte of the file stays as written. The filled
    /// file is validated; remaining problems are listed (exit 1).
    #[command(after_help = EXIT_CODES)]
    Fill {
        /// The briefing to fill (rewritten in place unless `-o` is given).
        file: PathBuf,
        /// Write the filled briefing here instead (`-`: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// List the sentences of each source that no position or event cites.
    #[command(after_help = EXIT_CODES)]
    Coverage {
        /// A valid briefing file.
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Print the JSON Schema of the briefing format (docs/briefing.schema.json).
    Schema,
    /// Render the explorer's default view into a built page (its `index.html`), with the
    /// briefing's title, description, link-preview tags and schema.org JSON-LD, and
    /// write beside it the interface languages it fetches when wanted (`i18n/*.json`).
    ///
    /// Run by Trunk after each build (Trunk.toml): without FILE it fills in
    /// `$TRUNK_STAGING_DIR/index.html`, the page about to become `dist/index.html`.
    #[command(after_help = EXIT_CODES)]
    Prerender {
        /// The built page (rewritten in place).
        file: Option<PathBuf>,
    },
    /// Print a deterministic synthetic briefing (fictional, for benchmarks and scale tests).
    Synthetic {
        /// How many positions.
        positions: usize,
        /// The random seed: the same seed gives the same briefing.
        #[arg(default_value_t = 1)]
        seed: u64,
    },
    /// Convert between a briefing (.json) and the CSV template (.csv), either way.
    ///
    /// A .json briefing becomes the CSV template: one row per position. A .csv sheet
    /// becomes a briefing: its rows are the positions, each quote found in the source
    /// text; the rest comes from `--base` (an existing briefing, whose positions the
    /// sheet replaces) or from `--source`, `--title` and `--language` (a new briefing).
    /// Errors name their CSV row; then nothing is written. Columns and rules:
    /// docs/briefing-format.md.
    #[command(after_help = EXIT_CODES)]
    Convert {
        /// A briefing (.json) or a CSV sheet (.csv).
        file: PathBuf,
        /// Write the result here (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// CSV to briefing: the briefing whose metadata, sources, actors, topics and
        /// events to keep.
        #[arg(long, conflicts_with_all = ["source", "title", "language", "id", "source_id", "source_url"])]
        base: Option<PathBuf>,
        /// CSV to briefing: a UTF-8 text file holding the source text, exactly.
        #[arg(long)]
        source: Option<PathBuf>,
        /// CSV to briefing: the source's id.
        #[arg(long, default_value = "source")]
        source_id: String,
        /// CSV to briefing: the source's web address, if it has one.
        #[arg(long)]
        source_url: Option<String>,
        /// CSV to briefing: the briefing's id (default: made from the CSV file's name).
        #[arg(long)]
        id: Option<String>,
        /// CSV to briefing: the briefing's title.
        #[arg(long)]
        title: Option<String>,
        /// CSV to briefing: the BCP 47 language tag of the source (`en`, `fr-CA`).
        #[arg(long)]
        language: Option<String>,
    },
    /// Suggest an article's quotations, their speakers, its actors and dated passages.
    ///
    /// Prints JSON: `quotes` (start, end, text, kind, speaker, evidence), `actors` (name,
    /// kind, role, aliases, mentions) and `dates` (start, end, text, phase); offsets count
    /// characters, as the format's quotes do. Found by rules, in English, French and
    /// Ukrainian; every suggestion is a passage of the text, never words it does not
    /// hold. `--draft` writes a draft briefing instead: the text kept exactly, the
    /// actors, a position per quotation and an event per dated passage, leaving topics,
    /// stances, summaries and titles to the editor (Briefing Studio opens it).
    #[command(after_help = EXIT_CODES)]
    Suggest {
        /// A UTF-8 text file holding the article (`-` reads standard input).
        file: PathBuf,
        /// Write a draft briefing made from the suggestions instead of the suggestions.
        #[arg(long)]
        draft: bool,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The draft's title (default: the file's name).
        #[arg(long, requires = "draft")]
        title: Option<String>,
        /// The draft's BCP 47 language tag (default: guessed among en, fr and uk).
        #[arg(long, requires = "draft")]
        language: Option<String>,
    },
    /// Export every quote as W3C Web Annotations (JSON-LD), for tools such as Hypothesis.
    #[command(after_help = EXIT_CODES)]
    Annotations {
        /// A valid briefing file.
        file: PathBuf,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

/// How a command ended.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    Ok = 0,
    Problems = 1,
    Trouble = 2,
}

/// The most positions `briefing synthetic` makes: ten times the largest the benchmarks
/// use, and far beyond what the explorer opens (50 MB). More would only exhaust memory.
const MAX_SYNTHETIC: usize = 1_000_000;

/// Something that stops a command: a file that cannot be read or written, or a wrong
/// combination of arguments clap cannot express. Exit code 2.
struct Trouble(String);

/// Past a file-size limit (`ulimit -f`) the kernel sends SIGXFSZ, whose default kills the
/// process mid-write and leaves the temp file beside the target. Ignored, the write fails
/// with EFBIG instead, and the usual path reports it (exit 2) and removes the temp file.
#[cfg(unix)]
fn fail_writes_past_a_size_limit_instead_of_dying() {
    // SAFETY: called first in `main`, before any other thread exists; SIG_IGN installs no
    // handler code, it only changes the signal's disposition.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}

fn main() -> ExitCode {
    #[cfg(unix)]
    fail_writes_past_a_size_limit_instead_of_dying();
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Validate { files, format } => validate(&files, format),
        Command::Fill { file, output } => fill(&file, output.as_deref()),
        Command::Coverage { file, format } => coverage(&file, format),
        Command::Schema => print(briefing::schema::json_schema()),
        Command::Prerender { file } => prerender(file),
        Command::Synthetic { positions, .. } if positions > MAX_SYNTHETIC => Err(Trouble(format!(
            "synthetic makes at most {MAX_SYNTHETIC} positions, not {positions}"
        ))),
        Command::Synthetic { positions, seed } => {
            let briefing = briefing::synthetic::generate(seed, positions);
            match serde_json::to_string(&briefing) {
                Ok(json) => print(json + "\n"),
                Err(e) => Err(Trouble(e.to_string())),
            }
        }
        Command::Convert {
            file,
            output,
            base,
            source,
            source_id,
            source_url,
            id,
            title,
            language,
        } => convert(
            &file,
            output.as_deref(),
            NewBriefing {
                base,
                source,
                source_id,
                source_url,
                id,
                title,
                language,
            },
        ),
        Command::Annotations { file, output } => annotations(&file, output.as_deref()),
        Command::Suggest {
            file,
            draft,
            output,
            title,
            language,
        } => suggest(&file, output.as_deref(), draft.then_some((title, language))),
    };
    match outcome {
        Ok(outcome) => ExitCode::from(outcome as u8),
        Err(Trouble(message)) => {
            eprintln!("briefing: {message}");
            ExitCode::from(Outcome::Trouble as u8)
        }
    }
}

/// `briefing prerender`: the built page, with the default view and its metadata in it.
fn prerender(file: Option<PathBuf>) -> Result<Outcome, Trouble> {
    use crate::prerender::{inject, PrerenderError};
    let file = match file {
        Some(file) => file,
        None => std::env::var_os("TRUNK_STAGING_DIR")
            .map(|dir| PathBuf::from(dir).join("index.html"))
            .ok_or_else(|| Trouble("give the page to fill in, or run it as a Trunk hook".into()))?,
    };
    let page = std::fs::read_to_string(&file)
        .map_err(|e| Trouble(format!("{}: cannot be read: {e}", file.display())))?;
    let briefing = briefing_explorer::embedded::default_briefing()
        .map_err(|p| Trouble(format!("the built-in briefing has {} problems", p.len())))?;
    let filled = match inject(&page, &briefing) {
        Ok(filled) => filled,
        // Trunk runs its hooks for every page it builds, Briefing Studio's too, which
        // has no place for the explorer's view: that page is left as it is. (The
        // explorer's own page losing its marker fails the end-to-end tests.)
        Err(PrerenderError::NoMarker) => {
            eprintln!(
                "briefing prerender: {} has no <template data-prerender>, left as it is",
                file.display()
            );
            return Ok(Outcome::Ok);
        }
        Err(e) => return Err(Trouble(format!("{}: {e}", file.display()))),
    };
    std::fs::write(&file, filled)
        .map_err(|e| Trouble(format!("{}: cannot be written: {e}", file.display())))?;
    let site = file.parent().unwrap_or(Path::new("."));
    // Beside the page, the other first views a link may ask for (`start.js` fetches
    // the one asked for).
    for view in crate::prerender::Prebuilt::all() {
        write_beside(site, &view.path(), &view.html(&briefing))?;
    }
    // And the languages its build does not compile in (`lazy-languages`).
    for lang in i18n::Lang::ALL {
        let Some(pack) = i18n::pack(lang) else {
            continue;
        };
        let json = serde_json::to_string(&pack)
            .map_err(|e| Trouble(format!("the {} pack: {e}", lang.tag())))?;
        write_beside(site, &i18n::packs::path(lang), &json)?;
    }
    Ok(Outcome::Ok)
}

/// Writes `text` to `path` under `site`, making its folder first.
fn write_beside(site: &Path, path: &str, text: &str) -> Result<(), Trouble> {
    let to = site.join(path);
    std::fs::create_dir_all(to.parent().unwrap_or(site))
        .and_then(|()| std::fs::write(&to, text))
        .map_err(|e| Trouble(format!("{}: cannot be written: {e}", to.display())))
}

fn print(text: String) -> Result<Outcome, Trouble> {
    write_output(None, &text)?;
    Ok(Outcome::Ok)
}

/// The bytes of `path` (`-`: standard input), refusing early what the loader would
/// refuse for its size. Never more than one byte past the limit is read, whatever the
/// file reports: a device, a pipe or `<(…)` says it holds 0 bytes and may never end.
fn read(path: &Path) -> Result<Result<Vec<u8>, Problem>, Trouble> {
    let cannot = |e: std::io::Error| Trouble(format!("cannot read {}: {e}", path.display()));
    let mut bytes = Vec::new();
    let limit = MAX_BYTES as u64 + 1;
    if path == Path::new("-") {
        std::io::stdin()
            .take(limit)
            .read_to_end(&mut bytes)
            .map_err(cannot)?;
    } else {
        let file = std::fs::File::open(path).map_err(cannot)?;
        // A regular file says how big it is: one that is too large is refused unread.
        let size = file.metadata().map_err(cannot)?.len();
        if size > MAX_BYTES as u64 {
            return Ok(Err(too_large(size as f64)));
        }
        file.take(limit).read_to_end(&mut bytes).map_err(cannot)?;
    }
    if bytes.len() > MAX_BYTES {
        return Ok(Err(too_large(bytes.len() as f64)));
    }
    Ok(Ok(bytes))
}

/// Reads and validates a briefing as the explorer loads one.
fn load(path: &Path) -> Result<Result<Briefing, Vec<Problem>>, Trouble> {
    Ok(match read(path)? {
        Ok(bytes) => load_bytes(&bytes),
        Err(problem) => Err(vec![problem]),
    })
}

/// Writes `text` to `path` (standard output when `None` or `-`; see [`write_file`]).
fn write_output(path: Option<&Path>, text: &str) -> Result<(), Trouble> {
    match path {
        None => write_stdout(text),
        Some(p) if p == Path::new("-") => write_stdout(text),
        Some(path) => write_file(path, text),
    }
}

/// Writes `text` to the file `path` names, touching nothing else and never leaving it
/// half-written. A link is followed (the file it names is written; the link stays). A
/// device or a pipe is written to as it is, as a shell's `>` would. A regular file is
/// replaced by a new one written beside it under an unpredictable name, created
/// exclusively (so nothing planted there is followed), given the old file's
/// permissions, then renamed over it; a new file is created exclusively and removed if
/// writing fails.
fn write_file(path: &Path, text: &str) -> Result<(), Trouble> {
    let cannot = |e: std::io::Error| Trouble(format!("cannot write {}: {e}", path.display()));
    let target = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(path).map_err(cannot)?,
        _ => path.to_path_buf(),
    };
    match std::fs::metadata(&target) {
        Ok(m) if !m.is_file() => {
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .open(&target)
                .map_err(cannot)?;
            f.write_all(text.as_bytes())
                .and_then(|()| f.flush())
                .map_err(cannot)
        }
        Ok(m) => {
            let dir = match target.parent() {
                Some(d) if !d.as_os_str().is_empty() => d,
                _ => Path::new("."),
            };
            let mut temp = tempfile::Builder::new()
                .prefix(".briefing-")
                .tempfile_in(dir)
                .map_err(cannot)?;
            temp.write_all(text.as_bytes()).map_err(cannot)?;
            temp.as_file()
                .set_permissions(m.permissions())
                .map_err(cannot)?;
            // A failure drops `temp`, which removes it.
            temp.persist(&target).map_err(|e| cannot(e.error))?;
            Ok(())
        }
        Err(_) => {
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&target)
                .map_err(cannot)?;
            f.write_all(text.as_bytes())
                .and_then(|()| f.flush())
                .map_err(|e| {
                    let _ = std::fs::remove_file(&target);
                    cannot(e)
                })
        }
    }
}

fn write_stdout(text: &str) -> Result<(), Trouble> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        // `briefing schema | head` is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Trouble(format!("cannot write to standard output: {e}"))),
    }
}

/// `FILE: path: message`, one line per problem: the validator's report, on standard
/// output for `validate`, on standard error for the commands whose output is data.
fn problem_lines(file: &Path, problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("{}: {}: {}\n", file.display(), p.path, p.message))
        .collect()
}

fn report_problems(file: &Path, problems: &[Problem]) {
    eprint!("{}", problem_lines(file, problems));
}

/// Reports each error of `file` (a line each, then a count) when nothing was written.
fn refused(file: &Path, errors: &[String]) -> Outcome {
    for error in errors {
        eprintln!("{}: {error}", file.display());
    }
    eprintln!(
        "briefing: {}: {}; nothing written",
        file.display(),
        plural(errors.len(), "error", "errors")
    );
    Outcome::Problems
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A problem's stable code as text (`reference.actor`).
fn code(problem: &Problem) -> String {
    problem.code.to_string()
}

fn problem_json(problem: &Problem) -> Value {
    let args: serde_json::Map<String, Value> = problem
        .args
        .iter()
        .map(|(k, v)| (k.to_string(), Value::String(v.clone())))
        .collect();
    json!({
        "path": problem.path,
        "code": code(problem),
        "message": problem.message,
        "args": args,
    })
}

fn validate(files: &[PathBuf], format: Format) -> Result<Outcome, Trouble> {
    let mut outcome = Outcome::Ok;
    let mut reports = Vec::new();
    let (mut valid, mut invalid, mut unreadable, mut total) = (0, 0, 0, 0);
    for file in files {
        let name = file.display().to_string();
        match load(file) {
            Err(Trouble(error)) => {
                outcome = outcome.max(Outcome::Trouble);
                unreadable += 1;
                if format == Format::Text {
                    eprintln!("briefing: {error}");
                }
                reports.push(json!({"file": name, "valid": false, "error": error, "problems": []}));
            }
            Ok(Ok(b)) => {
                valid += 1;
                if format == Format::Text {
                    write_stdout(&format!(
                        "{name}: valid ({}, {}, {})\n",
                        plural(b.sources.len(), "source", "sources"),
                        plural(b.positions.len(), "position", "positions"),
                        plural(b.events.len(), "event", "events")
                    ))?;
                }
                reports.push(json!({"file": name, "valid": true, "problems": []}));
            }
            Ok(Err(problems)) => {
                outcome = outcome.max(Outcome::Problems);
                invalid += 1;
                total += problems.len();
                if format == Format::Text {
                    write_stdout(&problem_lines(file, &problems))?;
                }
                let list: Vec<Value> = problems.iter().map(problem_json).collect();
                reports.push(json!({"file": name, "valid": false, "problems": list}));
            }
        }
    }
    match format {
        Format::Json => {
            let report = json!({"valid": outcome == Outcome::Ok, "files": reports});
            let text = briefing::pretty(&report);
            write_stdout(&text)?;
        }
        Format::Text => {
            let mut summary = format!(
                "{} checked: {valid} valid",
                plural(files.len(), "file", "files")
            );
            if invalid > 0 {
                summary.push_str(&format!(
                    ", {invalid} with problems ({})",
                    plural(total, "problem", "problems")
                ));
            }
            if unreadable > 0 {
                summary.push_str(&format!(", {unreadable} unreadable"));
            }
            write_stdout(&(summary + "\n"))?;
        }
    }
    Ok(outcome)
}

/// True for problems that mean the explorer cannot read the file at all (its size,
/// encoding, JSON syntax or format version), as opposed to problems of a draft that
/// filling in may well fix.
fn is_unreadable(problem: &Problem) -> bool {
    matches!(problem.path.as_str(), "(file)" | "(document)") || code(problem) == "format.unknown"
}

fn fill(file: &Path, output: Option<&Path>) -> Result<Outcome, Trouble> {
    let bytes = match read(file)? {
        Ok(bytes) => bytes,
        Err(problem) => {
            report_problems(file, &[problem]);
            return Ok(Outcome::Problems);
        }
    };
    // The explorer's own loader first: a file it cannot read is refused the same way.
    if let Err(problems) = load_bytes(&bytes) {
        let fatal: Vec<Problem> = problems.into_iter().filter(is_unreadable).collect();
        if !fatal.is_empty() {
            report_problems(file, &fatal);
            return Ok(Outcome::Problems);
        }
    }
    let text = String::from_utf8_lossy(&bytes);
    // Filled in the text itself: what fill does not set stays byte for byte.
    let (filled_text, filled) = match fill::fill_text(&text) {
        Ok(done) => done,
        Err(errors) => {
            let lines: Vec<String> = errors.iter().map(fill_error).collect();
            return Ok(refused(file, &lines));
        }
    };
    let target = output.unwrap_or(file);
    if output.is_some() || filled_text != text {
        write_output(Some(target), &filled_text)?;
    }
    let written = if target == Path::new("-") {
        "standard output".to_string()
    } else {
        target.display().to_string()
    };
    eprintln!(
        "briefing: {}: {} placed ({} moved), {} set; written to {written}",
        file.display(),
        plural(filled.quotes, "quote", "quotes"),
        filled.moved,
        plural(filled.sources, "digest", "digests"),
    );
    match load_str(&filled_text) {
        Ok(_) => Ok(Outcome::Ok),
        Err(problems) => {
            report_problems(target, &problems);
            eprintln!(
                "briefing: {written} still has {}",
                plural(problems.len(), "problem", "problems")
            );
            Ok(Outcome::Problems)
        }
    }
}

/// Loads a briefing for a command that needs a valid one; on problems, lists them.
fn load_valid(file: &Path) -> Result<Option<Briefing>, Trouble> {
    match load(file)? {
        Ok(b) => Ok(Some(b)),
        Err(problems) => {
            report_problems(file, &problems);
            eprintln!(
                "briefing: {} is not a valid briefing ({}); run `briefing validate` for the report",
                file.display(),
                plural(problems.len(), "problem", "problems")
            );
            Ok(None)
        }
    }
}

fn coverage(file: &Path, format: Format) -> Result<Outcome, Trouble> {
    let Some(b) = load_valid(file)? else {
        return Ok(Outcome::Problems);
    };
    let report = coverage::uncited(&b);
    let text = match format {
        Format::Json => {
            let sources: Vec<Value> = report
                .iter()
                .map(|c| {
                    let uncited: Vec<Value> = c
                        .uncited
                        .iter()
                        .map(|s| json!({"start": s.start, "end": s.end, "text": s.text}))
                        .collect();
                    json!({"source": c.source.id, "sentences": c.sentences, "uncited": uncited})
                })
                .collect();
            let doc = json!({"file": file.display().to_string(), "sources": sources});
            briefing::pretty(&doc)
        }
        Format::Text => {
            let mut out = String::new();
            for c in &report {
                out.push_str(&format!(
                    "{}: source \"{}\": {} of {} cited by nothing\n",
                    file.display(),
                    c.source.id,
                    c.uncited.len(),
                    plural(c.sentences, "sentence", "sentences"),
                ));
                for s in &c.uncited {
                    out.push_str(&format!("  {}..{}  {}\n", s.start, s.end, s.text));
                }
            }
            out
        }
    };
    write_stdout(&text)?;
    Ok(Outcome::Ok)
}

/// Refuses an output that is one of the files the command reads: `convert b.json -o
/// b.json` would replace the briefing with its CSV. (Only `fill` writes its own input, on
/// purpose: it gives back the same briefing, filled in.)
fn not_over_input(inputs: &[&Path], output: Option<&Path>) -> Result<(), Trouble> {
    let Some(output) = output.filter(|o| *o != Path::new("-")) else {
        return Ok(());
    };
    let Ok(target) = std::fs::canonicalize(output) else {
        // Not there yet: it cannot be an input.
        return Ok(());
    };
    match inputs
        .iter()
        .find(|input| std::fs::canonicalize(input).is_ok_and(|i| i == target))
    {
        Some(input) => Err(Trouble(format!(
            "-o {} is the file {} read from: writing there would replace it; choose another output",
            output.display(),
            input.display()
        ))),
        None => Ok(()),
    }
}

fn annotations(file: &Path, output: Option<&Path>) -> Result<Outcome, Trouble> {
    not_over_input(&[file], output)?;
    let Some(b) = load_valid(file)? else {
        return Ok(Outcome::Problems);
    };
    let doc = annotations::all_annotations(&b);
    let text = briefing::pretty(&doc);
    write_output(output, &text)?;
    Ok(Outcome::Ok)
}

/// Where a briefing made from a CSV sheet takes everything but its positions.
struct NewBriefing {
    base: Option<PathBuf>,
    source: Option<PathBuf>,
    source_id: String,
    source_url: Option<String>,
    id: Option<String>,
    title: Option<String>,
    language: Option<String>,
}

fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

fn convert(file: &Path, output: Option<&Path>, new: NewBriefing) -> Result<Outcome, Trouble> {
    let inputs: Vec<&Path> = [Some(file), new.base.as_deref(), new.source.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    not_over_input(&inputs, output)?;
    match extension(file).as_str() {
        "json" => {
            if new.base.is_some() || new.source.is_some() {
                return Err(Trouble(
                    "--base and --source are for converting a .csv file".into(),
                ));
            }
            let Some(b) = load_valid(file)? else {
                return Ok(Outcome::Problems);
            };
            write_output(output, &csv::to_csv(&b))?;
            Ok(Outcome::Ok)
        }
        "csv" => from_csv(file, output, new),
        _ => Err(Trouble(format!(
            "cannot tell which way to convert {}: give a .json briefing or a .csv sheet",
            file.display()
        ))),
    }
}

/// Reads a UTF-8 text file for `convert` (a CSV sheet or a source text).
fn read_text(path: &Path) -> Result<Result<String, String>, Trouble> {
    Ok(match read(path)? {
        Ok(bytes) => String::from_utf8(bytes).map_err(|e| {
            format!(
                "(file): is not valid UTF-8 text (invalid byte at offset {}); save it as UTF-8",
                e.utf8_error().valid_up_to()
            )
        }),
        Err(problem) => Err(format!("{}: {}", problem.path, problem.message)),
    })
}

fn from_csv(file: &Path, output: Option<&Path>, new: NewBriefing) -> Result<Outcome, Trouble> {
    let base = match &new.base {
        Some(base) => match load_valid(base)? {
            Some(b) => b,
            None => return Ok(Outcome::Problems),
        },
        None => {
            let (Some(source), Some(title), Some(language)) =
                (&new.source, &new.title, &new.language)
            else {
                return Err(Trouble(
                    "a .csv sheet needs --base BRIEFING, or --source TEXT_FILE with --title and --language"
                        .into(),
                ));
            };
            let text = match read_text(source)? {
                Ok(text) => text.strip_prefix('\u{FEFF}').unwrap_or(&text).to_string(),
                Err(message) => {
                    eprintln!("{}: {message}", source.display());
                    return Ok(Outcome::Problems);
                }
            };
            let stem = file.file_stem().unwrap_or_default().to_string_lossy();
            Briefing {
                format: briefing::model::FORMAT.into(),
                id: new
                    .id
                    .clone()
                    .unwrap_or_else(|| briefing::ids::id_from_name(&stem)),
                title: title.clone(),
                summary: String::new(),
                language: language.clone(),
                as_of: None,
                sources: vec![Source {
                    id: new.source_id.clone(),
                    title: None,
                    publisher: None,
                    url: new.source_url.clone(),
                    published: None,
                    sha256: sha256_hex(&text),
                    text,
                }],
                ..Briefing::default()
            }
        }
    };
    let csv = match read_text(file)? {
        Ok(csv) => csv,
        Err(message) => {
            eprintln!("{}: {message}", file.display());
            return Ok(Outcome::Problems);
        }
    };
    let briefing = match csv::from_csv(&csv, &base) {
        Ok(b) => b,
        Err(errors) => {
            let lines: Vec<String> = errors
                .iter()
                .map(|e| csv_error(i18n::Lang::En, e))
                .collect();
            return Ok(refused(file, &lines));
        }
    };
    let text = briefing::pretty(&briefing);
    write_output(output, &text)?;
    match load_str(&text) {
        Ok(_) => Ok(Outcome::Ok),
        Err(problems) => {
            let name = output.map_or(PathBuf::from("-"), Path::to_path_buf);
            report_problems(&name, &problems);
            Ok(Outcome::Problems)
        }
    }
}

/// `briefing suggest`: the suggestions as JSON, or (`draft` with its title and language)
/// a draft briefing made from them.
fn suggest(
    file: &Path,
    output: Option<&Path>,
    draft: Option<(Option<String>, Option<String>)>,
) -> Result<Outcome, Trouble> {
    not_over_input(&[file], output)?;
    let text = match read_text(file)? {
        // A byte-order mark is not part of the text (as when the studio opens a file).
        Ok(text) => text.strip_prefix('\u{FEFF}').unwrap_or(&text).to_string(),
        Err(message) => {
            eprintln!("{}: {message}", file.display());
            return Ok(Outcome::Problems);
        }
    };
    let suggestions = suggest::suggest(&text);
    let Some((title, language)) = draft else {
        write_output(output, &briefing::pretty(&suggestions))?;
        return Ok(Outcome::Ok);
    };
    let stem = file.file_stem().unwrap_or_default().to_string_lossy();
    let stem = if stem == "-" { "article".into() } else { stem };
    let meta = suggest::draft::DraftMeta {
        id: briefing::ids::id_from_name(&stem),
        title: title.unwrap_or_else(|| stem.to_string()),
        language: language.unwrap_or_else(|| suggest::draft::guess_language(&text).to_string()),
        source_id: "source".into(),
    };
    let draft = suggest::draft::draft(&text, &suggestions, &meta);
    let json = briefing::pretty(&draft);
    write_output(output, &json)?;
    // A draft leaves topics, stances, summaries and titles to the editor: the validator
    // lists them, and that is the editor's to-do list, not a failure.
    let left = load_str(&json).err().map_or(0, |p| p.len());
    eprintln!(
        "briefing: {}: draft with {}, {} and {}; {} left for the editor (`briefing validate` lists them)",
        file.display(),
        plural(draft.actors.len(), "actor", "actors"),
        plural(draft.positions.len(), "position", "positions"),
        plural(draft.events.len(), "event", "events"),
        plural(left, "thing", "things"),
    );
    Ok(Outcome::Ok)
}
