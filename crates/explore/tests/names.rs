//! Names are compared one way: the id made from a name (`briefing::ids`) and a search for
//! it (`explore::search`) go through the same fold (`briefing::fold`), so a reader who
//! types the words of an id finds the name, whatever its accents.

mod common;

use briefing::fold::fold;
use briefing::ids::{id_from_name, MAX_SLUG_CHARS};
use common::default_briefing;
use explore::engine::Index;
use explore::search::{matches_all, terms};
use explore::state::Filter;
use proptest::prelude::*;

/// A name of words in the Latin letters of European names (and, whole, in Cyrillic),
/// between separators. An apostrophe ends a word here: an id drops it inside a word (`l’État` →
/// `letat`), where search finds `l'etat` or `etat` instead.
fn name() -> impl Strategy<Value = String> {
    let letter = prop_oneof![
        Just("a"),
        Just("k"),
        Just("ș"),
        Just("Ș"),
        Just("ț"),
        Just("Ț"),
        Just("ş"),
        Just("ð"),
        Just("Þ"),
        Just("þ"),
        Just("ł"),
        Just("Ł"),
        Just("đ"),
        Just("Đ"),
        Just("é"),
        Just("É"),
        Just("ß"),
        Just("œ"),
        Just("Æ"),
        Just("ø"),
        Just("ı"),
        Just("ĳ"),
        Just("ñ"),
        Just("Ž"),
        Just("e\u{0301}"),
        Just("7"),
    ];
    // A word in another script stands apart: it has no id letters to find it by.
    let word = prop_oneof![
        4 => proptest::collection::vec(letter, 1..6).prop_map(|l| l.concat()),
        1 => Just("Київ".to_string()),
    ];
    let separator = prop_oneof![
        Just(" "),
        Just("-"),
        Just(" ("),
        Just(") "),
        Just(", "),
        Just("’ "),
        Just(" — "),
    ];
    (
        word.clone(),
        proptest::collection::vec((separator, word), 0..4),
    )
        .prop_map(|(first, rest)| {
            rest.into_iter()
                .fold(first, |name, (sep, word)| name + sep + &word)
        })
}

proptest! {
    #[test]
    fn every_word_of_an_id_finds_its_name(name in name()) {
        let id = id_from_name(&name);
        // Hashed ids (no Latin letter) and cut ones (a word may be cut) say nothing here.
        prop_assume!(!id.starts_with("x-") && id.chars().count() < MAX_SLUG_CHARS);
        let words = terms(&id.replace('-', " "));
        prop_assert!(
            matches_all(&fold(&name), &words),
            "{name:?} has the id {id:?}, whose words {words:?} do not find it"
        );
    }
}

#[test]
fn searching_stefanesti_finds_the_stefanesti_council() {
    let mut b = default_briefing().unwrap();
    b.actors[0].name = "Ștefănești council".into();
    b.actors[1].name = "Timișoara Þingvellir Łódź".into();
    assert_eq!(id_from_name(&b.actors[0].name), "stefanesti-council");
    let found = |query: &str| {
        let filter = Filter {
            query: query.into(),
            ..Filter::default()
        };
        let r = Index::new(&b).run(&filter, b.actors.len(), b.topics.len());
        r.positions
            .iter()
            .map(|&i| b.positions[i].actor.clone())
            .collect::<std::collections::BTreeSet<_>>()
    };
    assert!(found("stefanesti").contains(&b.actors[0].id));
    assert!(found("STEFANESTI council").contains(&b.actors[0].id));
    // Every letter exact, not one letter away (which the typo correction would forgive).
    for query in ["timisoara", "thingvellir", "lodz"] {
        assert!(found(query).contains(&b.actors[1].id), "{query}");
    }
}
