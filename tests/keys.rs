//! Every interface key written in the page shell has English text (the views' keys are
//! checked in `crates/ui`).

use std::path::Path;

use i18n::keys::{is_known, written_keys};
use i18n::{lookup, Lang};

#[test]
fn every_key_written_in_the_page_shell_has_english_text() {
    let keys = written_keys(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let unknown: Vec<_> = keys
        .iter()
        .filter(|(_, key)| !is_known(key, |k| lookup(Lang::En, k).is_some()))
        .collect();
    assert!(unknown.is_empty(), "no English text for {unknown:#?}");
    assert!(!keys.is_empty(), "no key found: the scan is broken");
}
