//! Briefing Studio's draft model, natively: ids from names that stay on rename, deleting
//! what others refer to, quotes only from passages (offsets in characters, whatever the
//! UTF-16 or byte counts), re-anchoring after a source edit, the CSV template, undo and
//! redo over every edit (a property test), and the exported file passing the validator;
//! what depends on a source text alone read once per text, not once per keystroke.

use authoring::anchor::{Anchor, Lost};
use authoring::draft::{
    ActorField, Draft, EditError, EventField, Field, Item, Kind, NewSource, PositionField,
    Resolution, SourceField, Target, TopicField,
};
use authoring::facts::SourceFacts;
use authoring::selection::{chars_to_utf16, passage, utf16_to_chars, Passage};
use briefing::csv::CsvErrorKind;
use briefing::locate::LocateError;
use briefing::{validate, Briefing};
use proptest::prelude::*;

const ARTICLE: &str = "Kyiv’s “freeze” — no. Moscow wants more 🚢. Canada echoed Kyiv’s “no”.";

fn draft() -> Draft {
    Draft::new(
        "Talks (fictional)",
        "en",
        NewSource {
            text: ARTICLE.into(),
            title: Some("  ".into()),
            publisher: Some("".into()),
            url: None,
            published: Some("2025-01-31".into()),
        },
    )
}

/// The passage of the first occurrence of `words`, found as the browser would report it:
/// UTF-16 offsets, converted to characters.
fn selected(d: &Draft, words: &str) -> Passage {
    let text = &d.briefing().sources[0].text;
    let utf16_start = text[..text.find(words).unwrap()].encode_utf16().count();
    let utf16_end = utf16_start + words.encode_utf16().count();
    passage(
        text,
        0,
        utf16_to_chars(text, utf16_start),
        utf16_to_chars(text, utf16_end),
    )
    .unwrap()
}

/// A draft with two actors, a topic, a position and an event, all valid.
fn full() -> Draft {
    let mut d = draft();
    d.add_actor("Ukraine", "state").unwrap();
    d.add_actor("Russia", "state").unwrap();
    d.add_topic("A freeze").unwrap();
    let p = selected(&d, "“freeze” — no");
    let item = d
        .quote(
            &p,
            Target::NewPosition {
                actor: "ukraine".into(),
                topic: "a-freeze".into(),
            },
        )
        .unwrap();
    assert_eq!(item, Item::Position(0));
    d.set_text(Field::Position(0, PositionField::Stance), "opposes")
        .unwrap();
    d.set_text(Field::Position(0, PositionField::Attribution), "stated")
        .unwrap();
    d.set_text(Field::Position(0, PositionField::Summary), "No freeze.")
        .unwrap();
    let e = selected(&d, "Moscow wants more 🚢");
    d.quote(
        &e,
        Target::NewEvent {
            title: "Moscow asks".into(),
        },
    )
    .unwrap();
    d.set_text(Field::Event(0, EventField::When), "now")
        .unwrap();
    d.set_text(Field::Event(0, EventField::Phase), "present")
        .unwrap();
    d.toggle_event_actor(0, "russia", true).unwrap();
    d.toggle_event_topic(0, "a-freeze", true).unwrap();
    d
}

#[test]
fn a_new_draft_records_unknowns_as_null_and_computes_the_digest() {
    let d = draft();
    let b = d.briefing();
    assert_eq!(b.id, "talks-fictional");
    assert_eq!(b.sources[0].id, "source");
    assert_eq!(b.sources[0].title, None, "blank is unknown");
    assert_eq!(b.sources[0].publisher, None);
    assert_eq!(b.sources[0].published.as_deref(), Some("2025-01-31"));
    assert_eq!(b.sources[0].text, ARTICLE);
    // Only missing: actors, positions... nothing about the source or its digest.
    assert!(
        validate(b).iter().all(|p| !p.path.starts_with("sources")),
        "{:?}",
        validate(b)
    );
}

#[test]
fn quotes_are_made_from_passages_in_characters_not_bytes_or_utf16_units() {
    let d = full();
    let b = d.briefing();
    let q = &b.positions[0].quotes[0];
    assert_eq!((q.start, q.end), (7, 20));
    assert_eq!(q.text, "“freeze” — no");
    assert_ne!(ARTICLE.find("“freeze”").unwrap(), q.start, "bytes differ");
    let e = &b.events[0].quotes[0];
    let chars: Vec<char> = ARTICLE.chars().collect();
    assert_eq!(chars[e.start..e.end].iter().collect::<String>(), e.text);
    assert_ne!(
        e.end - e.start,
        e.text.encode_utf16().count(),
        "UTF-16 units differ"
    );
    assert_eq!(
        chars_to_utf16(ARTICLE, e.end),
        ARTICLE[..ARTICLE.find("🚢").unwrap()]
            .encode_utf16()
            .count()
            + 2
    );
    assert_eq!(validate(b), vec![]);
    let json = d.export().unwrap();
    assert!(json.starts_with("{\n  \"format\": \"briefing/1\",\n"));
    assert_eq!(
        briefing::parse_and_validate(&json).unwrap(),
        *b,
        "the exported file passes the validator"
    );
}

#[test]
fn a_passage_that_is_not_the_source_text_is_refused() {
    let mut d = full();
    let mut p = selected(&d, "Canada echoed");
    p.text = "Canada agreed".into();
    assert_eq!(
        d.quote(&p, Target::Existing(Item::Position(0))),
        Err(EditError::StalePassage)
    );
    let p = selected(&d, "“freeze” — no");
    assert_eq!(
        d.quote(&p, Target::Existing(Item::Position(0))),
        Err(EditError::AlreadyQuoted)
    );
}

#[test]
fn ids_come_from_names_are_unique_and_stay_on_rename() {
    let mut d = full();
    assert_eq!(d.add_actor("Ukraine!", "state"), Ok(2));
    assert_eq!(d.briefing().actors[2].id, "ukraine-2");
    d.set_text(Field::Actor(0, ActorField::Name), "Ukraine (Kyiv)")
        .unwrap();
    d.set_text(Field::Topic(0, TopicField::Label), "Ceasefire lines")
        .unwrap();
    let b = d.briefing();
    assert_eq!(
        (b.actors[0].id.as_str(), b.topics[0].id.as_str()),
        ("ukraine", "a-freeze")
    );
    assert_eq!(b.positions[0].id, "ukraine--a-freeze");
    // A new position of the same pair gets the next free id; one without names a plain one.
    let p = selected(&d, "Canada echoed");
    d.quote(
        &p,
        Target::NewPosition {
            actor: "ukraine".into(),
            topic: "a-freeze".into(),
        },
    )
    .unwrap();
    let p = selected(&d, "Kyiv’s “no”");
    d.quote(
        &p,
        Target::NewPosition {
            actor: String::new(),
            topic: String::new(),
        },
    )
    .unwrap();
    let ids: Vec<&str> = d
        .briefing()
        .positions
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["ukraine--a-freeze", "ukraine--a-freeze-2", "position"]
    );
    assert_eq!(d.add_actor("  ", "state"), Err(EditError::NameRequired));
}

#[test]
fn an_id_changed_on_purpose_takes_every_reference_along() {
    let mut d = full();
    d.set_id(Kind::Actor, 1, "russian-federation").unwrap();
    d.set_id(Kind::Topic, 0, "freeze").unwrap();
    d.set_id(Kind::Source, 0, "article").unwrap();
    let b = d.briefing();
    assert_eq!(b.events[0].actors, ["russian-federation"]);
    assert_eq!(b.positions[0].topic, "freeze");
    assert_eq!(b.events[0].topics, ["freeze"]);
    assert!(b.positions[0].quotes.iter().all(|q| q.source == "article"));
    assert_eq!(validate(b), vec![]);
    assert_eq!(
        d.set_id(Kind::Actor, 0, "russian-federation"),
        Err(EditError::IdTaken)
    );
    assert_eq!(d.set_id(Kind::Actor, 0, "a b"), Err(EditError::InvalidId));
}

#[test]
fn deleting_what_others_refer_to_names_them_and_nothing_dangles() {
    let mut d = full();
    match d.delete_actor(0, Resolution::IfUnused) {
        Err(EditError::Referenced(refs)) => {
            assert_eq!(refs.positions, [0]);
            assert!(refs.events.is_empty());
        }
        other => panic!("{other:?}"),
    }
    match d.delete_topic(0, Resolution::IfUnused) {
        Err(EditError::Referenced(refs)) => {
            assert_eq!((refs.positions.len(), refs.events.len()), (1, 1))
        }
        other => panic!("{other:?}"),
    }
    // Hand Ukraine's position to Russia.
    let mut moved = d.clone();
    moved
        .delete_actor(0, Resolution::Reassign("russia".into()))
        .unwrap();
    assert_eq!(moved.briefing().positions[0].actor, "russia");
    assert_eq!(
        moved.briefing().positions[0].id,
        "ukraine--a-freeze",
        "ids stay"
    );
    assert_eq!(validate(moved.briefing()), vec![]);
    assert_eq!(
        d.clone()
            .delete_actor(0, Resolution::Reassign("ukraine".into())),
        Err(EditError::BadReassignment)
    );
    // Delete Russia with what refers to it: it leaves the event, which stays.
    let mut gone = d.clone();
    gone.delete_actor(1, Resolution::Cascade).unwrap();
    assert!(gone.briefing().events[0].actors.is_empty());
    assert_eq!(validate(gone.briefing()), vec![]);
    // Delete the topic and its positions.
    d.delete_topic(0, Resolution::Cascade).unwrap();
    assert!(d.briefing().positions.is_empty());
    assert!(d.briefing().events[0].topics.is_empty());
    assert_eq!(validate(d.briefing()), vec![]);
    assert_eq!(d.delete_source(0), Err(EditError::LastSource));
}

#[test]
fn editing_the_source_reanchors_moved_quotes_and_reports_edited_and_deleted_ones() {
    let mut d = full();
    let p = selected(&d, "Canada echoed Kyiv’s “no”");
    d.quote(&p, Target::Existing(Item::Event(0))).unwrap();
    // A typo fixed before every quote, the event's first passage reworded, the last deleted.
    let new = ARTICLE
        .replace("Kyiv’s “freeze”", "Kyiv’s  “freeze”")
        .replace("Moscow wants more", "Moscow asks for more")
        .replace(" Canada echoed Kyiv’s “no”.", "");
    let report = d.edit_source_text(0, &new).unwrap();
    let anchors: Vec<(Item, &Anchor)> = report.iter().map(|r| (r.item, &r.anchor)).collect();
    assert_eq!(
        anchors,
        [
            (Item::Position(0), &Anchor::Moved { start: 8, end: 21 }),
            (Item::Event(0), &Anchor::Lost(Lost::Gone)),
            (Item::Event(0), &Anchor::Lost(Lost::Gone)),
        ]
    );
    let b = d.briefing();
    assert_eq!(b.sources[0].sha256, briefing::validate::sha256_hex(&new));
    // The lost ones keep their words: the validator lists them, nothing was shifted.
    let paths: Vec<String> = validate(b).into_iter().map(|p| p.path).collect();
    assert_eq!(
        paths,
        ["events[0].quotes[0].text", "events[0].quotes[1].end"]
    );
    // Undo brings the old text and offsets back together.
    assert!(d.undo());
    assert_eq!(validate(d.briefing()), vec![]);
}

#[test]
fn a_quote_lost_once_is_found_again_by_its_words_when_they_come_back() {
    let mut d = full();
    let typo = ARTICLE.replace("“freeze” — no", "“freze” — no");
    d.edit_source_text(0, &typo).unwrap();
    assert_eq!(validate(d.briefing()).len(), 1);
    let report = d.edit_source_text(0, ARTICLE).unwrap();
    assert_eq!(report[0].anchor, Anchor::Moved { start: 7, end: 20 });
    assert_eq!(validate(d.briefing()), vec![]);
}

#[test]
fn a_csv_sheet_with_an_ambiguous_and_a_missing_quote_is_reported_by_row_and_changes_nothing() {
    let mut d = full();
    let before = d.briefing().clone();
    let csv = "actor,actor_kind,topic,stance,attribution,summary,quote\n\
               Ukraine,state,A freeze,opposes,stated,No.,Kyiv’s\n\
               Canada,state,A freeze,supports,stated,Echo.,Canada agrees\n";
    let errors = d.import_csv(csv).unwrap_err();
    let rows: Vec<(usize, bool, bool)> = errors
        .iter()
        .map(|e| {
            let (ambiguous, missing) = match &e.kind {
                CsvErrorKind::Quote { error, .. } => (
                    matches!(error, LocateError::Ambiguous { count: 2, .. }),
                    *error == LocateError::NotFound,
                ),
                _ => (false, false),
            };
            (e.row, ambiguous, missing)
        })
        .collect();
    assert_eq!(rows, [(2, true, false), (3, false, true)]);
    assert_eq!(*d.briefing(), before);
    let csv = "actor,actor_kind,topic,stance,attribution,summary,quote,start\n\
               Ukraine,state,A freeze,opposes,stated,No.,Kyiv’s,50\n\
               Canada,state,A freeze,supports,stated,Echo.,Canada echoed,\n";
    assert_eq!(d.import_csv(csv), Ok(2));
    let ids: Vec<&str> = d
        .briefing()
        .positions
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(ids, ["ukraine--a-freeze", "canada--a-freeze"]);
    assert_eq!(validate(d.briefing()), vec![]);
    assert!(d.undo());
    assert_eq!(*d.briefing(), before, "one undo step");
}

/// One edit of any kind, by index (out-of-range ones are refused and change nothing).
#[derive(Debug, Clone)]
enum Op {
    Text(u8, u8, String),
    AddActor(String),
    AddTopic(String),
    Quote(u8, u8, u8),
    RemoveQuote(u8),
    DeleteActor(u8, bool),
    DeletePosition(u8),
    ToggleActor(u8, u8, bool),
    MoveEvent(u8, bool),
    EditText(u8),
    SetId(u8, String),
    Undo,
    Redo,
}

fn op() -> impl Strategy<Value = Op> {
    let word = "[a-zé ’]{0,8}";
    prop_oneof![
        (0u8..12, 0u8..3, word).prop_map(|(f, i, s)| Op::Text(f, i, s)),
        word.prop_map(Op::AddActor),
        word.prop_map(Op::AddTopic),
        (0u8..70, 1u8..20, 0u8..5).prop_map(|(a, n, t)| Op::Quote(a, n, t)),
        (0u8..3).prop_map(Op::RemoveQuote),
        (0u8..3, any::<bool>()).prop_map(|(i, c)| Op::DeleteActor(i, c)),
        (0u8..3).prop_map(Op::DeletePosition),
        (0u8..3, 0u8..3, any::<bool>()).prop_map(|(e, a, on)| Op::ToggleActor(e, a, on)),
        (0u8..3, any::<bool>()).prop_map(|(e, up)| Op::MoveEvent(e, up)),
        (0u8..60).prop_map(Op::EditText),
        (0u8..3, "[a-z]{1,6}").prop_map(|(i, s)| Op::SetId(i, s)),
        Just(Op::Undo),
        Just(Op::Redo),
    ]
}

fn apply(d: &mut Draft, op: &Op) {
    let i = |n: &u8| *n as usize;
    let _ = match op {
        Op::Text(f, n, s) => {
            let n = i(n);
            let field = match f {
                0 => Field::Title,
                1 => Field::Summary,
                2 => Field::AsOf,
                3 => Field::Source(0, SourceField::Publisher),
                4 => Field::Actor(n, ActorField::Name),
                5 => Field::Actor(n, ActorField::Kind),
                6 => Field::Topic(n, TopicField::Label),
                7 => Field::Position(n, PositionField::Stance),
                8 => Field::Position(n, PositionField::Summary),
                9 => Field::Event(n, EventField::When),
                10 => Field::Event(n, EventField::Order),
                _ => Field::Event(n, EventField::Title),
            };
            d.set_text(field, s).map(|_| ())
        }
        Op::AddActor(s) => d.add_actor(s, "group").map(|_| ()),
        Op::AddTopic(s) => d.add_topic(s).map(|_| ()),
        Op::Quote(at, n, t) => {
            let text = d.briefing().sources[0].text.clone();
            match passage(&text, 0, i(at), i(at) + i(n)) {
                Some(p) => {
                    let target = match t {
                        0 => Target::NewPosition {
                            actor: "ukraine".into(),
                            topic: "a-freeze".into(),
                        },
                        1 => Target::NewEvent { title: "e".into() },
                        2 => Target::Existing(Item::Position(0)),
                        3 => Target::Existing(Item::Event(0)),
                        _ => Target::NewPosition {
                            actor: String::new(),
                            topic: String::new(),
                        },
                    };
                    d.quote(&p, target).map(|_| ())
                }
                None => Ok(()),
            }
        }
        Op::RemoveQuote(n) => d.remove_quote(Item::Position(0), i(n)),
        Op::DeleteActor(n, cascade) => d.delete_actor(
            i(n),
            if *cascade {
                Resolution::Cascade
            } else {
                Resolution::IfUnused
            },
        ),
        Op::DeletePosition(n) => d.delete_position(i(n)),
        Op::ToggleActor(e, a, on) => {
            let id = d
                .briefing()
                .actors
                .get(i(a))
                .map(|x| x.id.clone())
                .unwrap_or_default();
            d.toggle_event_actor(i(e), &id, *on)
        }
        Op::MoveEvent(e, up) => d.move_event(i(e), *up),
        Op::EditText(at) => {
            let mut chars: Vec<char> = d.briefing().sources[0].text.chars().collect();
            let at = i(at).min(chars.len());
            chars.insert(at, 'x');
            let text: String = chars.into_iter().collect();
            d.edit_source_text(0, &text).map(|_| ())
        }
        Op::SetId(n, s) => d.set_id(Kind::Actor, i(n), s),
        Op::Undo => {
            d.undo();
            Ok(())
        }
        Op::Redo => {
            d.redo();
            Ok(())
        }
    };
}

/// Every state a run of edits went through can be reached again by undo, and redo walks
/// forward to the last one.
fn undo_redo_round_trip(ops: &[Op]) {
    // A fresh history, starting from a full draft.
    let mut d = Draft::from_briefing(full().briefing().clone());
    let mut states: Vec<Briefing> = vec![d.briefing().clone()];
    for op in ops.iter().filter(|o| !matches!(o, Op::Undo | Op::Redo)) {
        d.break_run();
        apply(&mut d, op);
        if d.briefing() != states.last().unwrap() {
            states.push(d.briefing().clone());
        }
    }
    let last = d.briefing().clone();
    for state in states.iter().rev().skip(1) {
        assert!(d.undo());
        assert_eq!(d.briefing(), state);
        facts_in_step(&d);
    }
    assert!(!d.undo());
    for state in states.iter().skip(1) {
        assert!(d.redo());
        assert_eq!(d.briefing(), state);
        facts_in_step(&d);
    }
    assert_eq!(*d.briefing(), last);
}

/// The facts the draft keeps are those of its texts now, and its problems the validator's.
fn facts_in_step(d: &Draft) {
    let sources = &d.briefing().sources;
    for (i, s) in sources.iter().enumerate() {
        assert_eq!(
            **d.source_facts(i).unwrap(),
            SourceFacts::of(&s.text),
            "source {i}"
        );
    }
    assert!(d.source_facts(sources.len()).is_none());
    assert_eq!(d.problems(), validate(d.briefing()));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn undo_and_redo_cover_every_edit(ops in proptest::collection::vec(op(), 0..25)) {
        undo_redo_round_trip(&ops);
    }

    #[test]
    fn no_edit_sequence_panics_or_leaves_a_reference_dangling(ops in proptest::collection::vec(op(), 0..40)) {
        let mut d = full();
        for op in &ops {
            apply(&mut d, op);
        }
        let b = d.briefing();
        for p in &b.positions {
            prop_assert!(p.actor.is_empty() || b.actors.iter().any(|a| a.id == p.actor), "{}", p.actor);
            prop_assert!(p.topic.is_empty() || b.topics.iter().any(|t| t.id == p.topic), "{}", p.topic);
        }
        for e in &b.events {
            prop_assert!(e.actors.iter().all(|x| b.actors.iter().any(|a| a.id == *x)));
        }
        prop_assert_eq!(&b.sources[0].sha256, &briefing::validate::sha256_hex(&b.sources[0].text));
        facts_in_step(&d);
    }
}

#[test]
fn typing_in_one_field_is_one_undo_step() {
    let mut d = full();
    for prefix in ["N", "No", "No f", "No freeze here"] {
        d.set_text(Field::Summary, prefix).unwrap();
    }
    assert!(d.undo());
    assert_eq!(d.briefing().summary, "");
    assert!(d.redo());
    assert_eq!(d.briefing().summary, "No freeze here");
}

/// Typing in a field of a draft with a long source must not read the source again: its
/// facts (digest, index, sentences) are the very same value after every keystroke, undo
/// and redo, and are read anew only when the text itself changes.
#[test]
fn a_source_is_read_for_its_facts_only_when_its_text_changes() {
    let mut d = full();
    let facts = d.source_facts(0).unwrap().clone();
    for prefix in ["N", "No", "No f"] {
        d.set_text(Field::Summary, prefix).unwrap();
        assert!(std::sync::Arc::ptr_eq(d.source_facts(0).unwrap(), &facts));
    }
    d.add_actor("Someone else", "person").unwrap();
    assert!(d.undo() && d.redo());
    assert!(std::sync::Arc::ptr_eq(d.source_facts(0).unwrap(), &facts));
    let text = d.briefing().sources[0].text.replace("Moscow", "Moskva");
    d.edit_source_text(0, &text).unwrap();
    let edited = d.source_facts(0).unwrap().clone();
    assert!(!std::sync::Arc::ptr_eq(&edited, &facts));
    assert_eq!(*edited, SourceFacts::of(&text));
    // Undoing the source edit brings the old text back; its facts are read for it again.
    assert!(d.undo());
    assert_eq!(**d.source_facts(0).unwrap(), *facts);
    facts_in_step(&d);
}
