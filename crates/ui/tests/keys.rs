//! Every interface key written in the explorer's views and controls has English text, and
//! so every language has it too (`i18n`'s own tests compare the languages).

use std::path::Path;

use i18n::keys::{is_known, written_keys};
use i18n::{lookup, Lang};

/// The keys written in the `.rs` files under `dir` that the explorer's tables lack.
fn unknown_keys(dir: &Path) -> (usize, Vec<String>) {
    let keys = written_keys(dir);
    let unknown = keys
        .iter()
        .filter(|(_, key)| !is_known(key, |k| lookup(Lang::En, k).is_some()))
        .map(|(file, key)| format!("{}: \"{key}\"", file.display()))
        .collect();
    (keys.len(), unknown)
}

#[test]
fn every_key_written_in_the_views_and_controls_has_english_text() {
    let (checked, unknown) = unknown_keys(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    assert!(unknown.is_empty(), "no English text for {unknown:#?}");
    assert!(
        checked > 100,
        "only {checked} keys found: the scan is broken"
    );
}
