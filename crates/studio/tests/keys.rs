//! Every interface key written in the studio's code has English text, in the studio's
//! table or the explorer's it falls back to (`i18n::studio`).

use std::path::Path;

use i18n::keys::{is_known, written_keys};
use i18n::{studio, Lang};

#[test]
fn every_key_written_in_the_studio_has_english_text() {
    let keys = written_keys(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let unknown: Vec<String> = keys
        .iter()
        .filter(|(_, key)| !is_known(key, |k| studio::lookup(Lang::En, k).is_some()))
        .map(|(file, key)| format!("{}: \"{key}\"", file.display()))
        .collect();
    assert!(unknown.is_empty(), "no English text for {unknown:#?}");
    assert!(
        keys.len() > 100,
        "only {} keys found: the scan is broken",
        keys.len()
    );
}
