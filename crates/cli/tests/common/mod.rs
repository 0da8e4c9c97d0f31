//! What the command-line test files share: the repository root and running the binary.

use std::process::{Command, Output};

/// The repository root: paths in messages are as a user at the root types them.
pub const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// Runs `briefing ARGS` from the repository root.
pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(args)
        .current_dir(ROOT)
        .output()
        .expect("the briefing binary runs")
}
