//! Ids made from names: what the CSV template, the studio and `briefing convert` give an
//! actor or topic that has none, through the one fold (`crate::fold`), so that an id and
//! a search for the name agree.

use sha2::{Digest, Sha256};

use crate::fold::fold;

/// The longest id [`id_from_name`] makes, so that a position's `{actor}--{topic}` id and
/// its `-N` stay within the format's 100 characters.
pub const MAX_SLUG_CHARS: usize = 40;

/// Makes an id from a name: the name folded as search folds it (`crate::fold`: lowercase,
/// accented Latin letters without their accents, `é` → `e`, `ß` → `ss`, `ș` → `s`), then
/// its ASCII letters and digits, apostrophes dropped, every other run of characters one
/// `-`, no `-` at either end, at most [`MAX_SLUG_CHARS`] characters. A name with no such
/// letter or digit (in another script) gets `x-` and the first 8 hex digits of its SHA-256
/// instead, so the same name always gives the same id.
///
/// `"Fishers’ Guild (fictional)"` → `fishers-guild-fictional`; `"Éire"` → `eire`;
/// `"Ștefănești council"` → `stefanesti-council`, which a search for "stefanesti" finds.
pub fn id_from_name(name: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in fold(name).chars() {
        match c {
            '\'' => {}
            c if c.is_ascii_alphanumeric() => {
                if dash && !out.is_empty() {
                    out.push('-');
                }
                dash = false;
                out.push(c);
            }
            _ => dash = true,
        }
    }
    let mut id: String = out.chars().take(MAX_SLUG_CHARS).collect();
    while id.ends_with('-') {
        id.pop();
    }
    if id.is_empty() {
        let hash = Sha256::digest(name.trim().as_bytes());
        id = format!(
            "x-{:02x}{:02x}{:02x}{:02x}",
            hash[0], hash[1], hash[2], hash[3]
        );
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::is_id;

    #[test]
    fn ids_from_names() {
        assert_eq!(id_from_name("Canada"), "canada");
        assert_eq!(
            id_from_name("Fishers’ Guild (fictional)"),
            "fishers-guild-fictional"
        );
        assert_eq!(
            id_from_name("Immediate ceasefire vs. a “freeze”"),
            "immediate-ceasefire-vs-a-freeze"
        );
        assert_eq!(id_from_name("  Éire — Straße  "), "eire-strasse");
        assert_eq!(id_from_name("Україна"), id_from_name("Україна"));
        assert!(id_from_name("Україна").starts_with("x-"));
        assert_ne!(id_from_name("Україна"), id_from_name("Росія"));
        assert_eq!(id_from_name(&"word ".repeat(20)).chars().count(), 39);
        assert_eq!(id_from_name("Ștefănești council"), "stefanesti-council");
        assert_eq!(
            id_from_name("Þórshöfn, Łódź & Đakovo"),
            "thorshofn-lodz-dakovo"
        );
        assert_eq!(id_from_name("Cafe\u{0301} `Chez Nous`"), "cafe-chez-nous");
        for name in ["Canada", "Україна", "-x-", "Éire", "a b"] {
            assert!(is_id(&id_from_name(name)), "{name}");
        }
    }
}
