//! The query engine and the URL codec on the default briefing.

mod common;

use briefing::{Briefing, Phase, Stance};
use common::default_briefing;
use explore::engine::{Index, Results};
use explore::search::{match_ranges, terms};
use explore::state::{ExploreState, Filter, GroupBy, View};
use explore::url::{decode, encode, unmatched};
use proptest::prelude::*;

fn briefing() -> Briefing {
    default_briefing().expect("valid default briefing")
}

fn run(b: &Briefing, filter: &Filter) -> Results {
    Index::new(b).run(filter, b.actors.len(), b.topics.len())
}

fn position_ids(b: &Briefing, r: &Results) -> Vec<String> {
    r.positions
        .iter()
        .map(|&i| b.positions[i].id.clone())
        .collect()
}

fn filter(actors: &[&str], topics: &[&str]) -> Filter {
    Filter {
        actors: actors.iter().map(|s| s.to_string()).collect(),
        topics: topics.iter().map(|s| s.to_string()).collect(),
        ..Filter::default()
    }
}

#[test]
fn no_filter_passes_everything_and_events_run_past_present_future() {
    let b = briefing();
    let r = run(&b, &Filter::default());
    assert_eq!(r.positions.len(), b.positions.len());
    assert_eq!(r.events.len(), b.events.len());
    let phases: Vec<&Phase> = r.events.iter().map(|&i| &b.events[i].phase).collect();
    let mut sorted = phases.clone();
    sorted.sort();
    assert_eq!(
        phases, sorted,
        "timeline is past, then present, then future"
    );
    assert_eq!(r.position_counts.stances_total(), b.positions.len());
}

#[test]
fn actor_and_topic_filters_combine() {
    let b = briefing();
    let r = run(&b, &filter(&["canada"], &["sovereignty-borders"]));
    assert_eq!(position_ids(&b, &r), ["canada--sovereignty-borders"]);

    let r = run(&b, &filter(&["ukraine", "russia"], &[]));
    assert_eq!(
        position_ids(&b, &r),
        ["ukraine--sovereignty-borders", "russia--concessions"]
    );
    // Facet counts for actors ignore the actor filter itself.
    let canada = b.actors.iter().position(|a| a.id == "canada").unwrap();
    let expected = b.positions.iter().filter(|p| p.actor == "canada").count();
    assert_eq!(r.position_counts.actors[canada], expected);
    // ...but topic counts respect it: only Kyiv's and Moscow's topics count.
    let total: usize = r.position_counts.topics.iter().sum();
    assert_eq!(total, 2);
}

#[test]
fn stance_filter_narrows_positions_not_events() {
    let b = briefing();
    let f = Filter {
        stances: [Stance::Concerned].into(),
        ..Filter::default()
    };
    let r = run(&b, &f);
    assert!(!r.positions.is_empty());
    assert!(r
        .positions
        .iter()
        .all(|&i| b.positions[i].stance == Stance::Concerned));
    assert_eq!(r.events.len(), b.events.len());
}

#[test]
fn phase_filter_narrows_events() {
    let b = briefing();
    let f = Filter {
        phases: [Phase::Future].into(),
        ..Filter::default()
    };
    let r = run(&b, &f);
    let ids: Vec<&str> = r.events.iter().map(|&i| b.events[i].id.as_str()).collect();
    assert_eq!(ids, ["coming-months"]);
}

#[test]
fn search_is_case_accent_and_typography_insensitive() {
    let b = briefing();
    let f = Filter {
        query: "FIGHTING".into(),
        ..Filter::default()
    };
    assert_eq!(
        position_ids(&b, &run(&b, &f)),
        ["european-leaders--ceasefire-vs-freeze"]
    );

    // Straight apostrophe finds the article's curly one; an alias finds its actor.
    let f = Filter {
        query: "kyiv internationally".into(),
        ..Filter::default()
    };
    assert_eq!(
        position_ids(&b, &run(&b, &f)),
        ["ukraine--sovereignty-borders"]
    );
    let f = Filter {
        query: "\"Ukraine's territorial\"".into(),
        ..Filter::default()
    };
    assert_eq!(
        position_ids(&b, &run(&b, &f)),
        ["canada--sovereignty-borders", "canada--humanitarian"]
    );
    let f = Filter {
        query: "WASHINGTON".into(),
        ..Filter::default()
    };
    let r = run(&b, &f);
    assert!(
        r.positions.is_empty(),
        "the United States takes no position"
    );
    assert_eq!(r.events.len(), 1, "but it takes part in one event");

    let text = "Kyiv maintains… Ukraine’s sovereignty";
    let ranges = match_ranges(text, &terms("ukraine's KYIV"));
    let found: Vec<&str> = ranges.iter().map(|&(s, e)| &text[s..e]).collect();
    assert_eq!(found, ["Kyiv", "Ukraine’s"]);
}

#[test]
fn url_round_trip_and_canonical_form() {
    let b = briefing();
    let state = ExploreState {
        filter: Filter {
            actors: ["russia".to_string(), "canada".to_string()].into(),
            topics: ["sanctions".to_string()].into(),
            stances: [Stance::Demands, Stance::Supports].into(),
            phases: [Phase::Past].into(),
            query: "“freeze” & co".into(),
        },
        view: View::Matrix,
        group: GroupBy::Topic,
        cite: Some("russia--concessions".into()),
        other: vec![("embed".into(), "1".into())],
    };
    let query = encode(&state, &b);
    assert_eq!(
        query,
        "?embed=1&actor=canada,russia&topic=sanctions&stance=supports,demands&phase=past&q=%E2%80%9Cfreeze%E2%80%9D+%26+co&view=matrix&group=topic&cite=russia--concessions"
    );
    assert_eq!(decode(&query, &b), state);
    assert_eq!(encode(&ExploreState::default(), &b), "");
}

#[test]
fn url_ignores_unknown_and_malformed_values() {
    let b = briefing();
    let state = decode(
        "?actor=kremlin,canada,,&topic=%ZZ&stance=maybe,opposes&phase=soon&view=3d&group=x&cite=nope&lang=fr",
        &b,
    );
    assert_eq!(state.filter.actors.iter().collect::<Vec<_>>(), ["canada"]);
    assert!(state.filter.topics.is_empty());
    assert_eq!(
        state.filter.stances.iter().collect::<Vec<_>>(),
        [&Stance::Opposes]
    );
    assert!(state.filter.phases.is_empty());
    assert_eq!(state.view, View::Cards);
    assert_eq!(state.group, GroupBy::Actor);
    assert_eq!(state.cite, None);
    assert_eq!(state.other, [("lang".to_string(), "fr".to_string())]);
}

trait StanceTotal {
    fn stances_total(&self) -> usize;
}

impl StanceTotal for explore::engine::FacetCounts {
    fn stances_total(&self) -> usize {
        self.classes.iter().sum()
    }
}

fn any_state(b: &Briefing) -> impl Strategy<Value = ExploreState> {
    let actors = prop::sample::subsequence(
        b.actors.iter().map(|a| a.id.clone()).collect::<Vec<_>>(),
        0..4,
    );
    let topics = prop::sample::subsequence(
        b.topics.iter().map(|t| t.id.clone()).collect::<Vec<_>>(),
        0..4,
    );
    let stances = prop::sample::subsequence(Stance::ALL.to_vec(), 0..3);
    let phases = prop::sample::subsequence(Phase::ALL.to_vec(), 0..3);
    let view = prop::sample::select(View::ALL.to_vec());
    let group = prop::sample::select(vec![GroupBy::Actor, GroupBy::Topic]);
    // Positions and events can both be cited.
    let cite = prop::option::of(prop::sample::select(
        b.positions
            .iter()
            .map(|p| p.id.clone())
            .chain(b.events.iter().map(|e| e.id.clone()))
            .collect::<Vec<_>>(),
    ));
    // Others' parameters (ours for embedding and preferences, and strangers'), any value.
    let other = prop::collection::vec(
        (
            prop::sample::select(vec!["lang", "theme", "embed", "src", "utm_source", "x y"]),
            ".{0,12}",
        )
            .prop_map(|(k, v)| (k.to_string(), v)),
        0..3,
    );
    (
        (actors, topics, stances, phases, ".{0,40}"),
        (view, group, cite, other),
    )
        .prop_map(
            |((actors, topics, stances, phases, query), (view, group, cite, other))| ExploreState {
                filter: Filter {
                    actors: actors.into_iter().collect(),
                    topics: topics.into_iter().collect(),
                    stances: stances.into_iter().collect(),
                    phases: phases.into_iter().collect(),
                    query,
                },
                view,
                group,
                cite,
                other,
            },
        )
}

/// Query strings made of our own parameter names (and a stranger's) with junk values:
/// the decoder must shrug them all off.
fn junk_query() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "actor", "topic", "stance", "phase", "q", "view", "group", "cite", "embed", "lang",
        "theme", "src", "childId", "zz",
    ]);
    let value = prop_oneof![
        ".{0,20}",
        "[a-z,%]{0,20}",
        Just("canada,,russia,kremlin".to_string()),
        Just("%ZZ%".to_string()),
    ];
    prop::collection::vec((key, value), 0..8).prop_map(|pairs| {
        let joined: Vec<String> = pairs.into_iter().map(|(k, v)| format!("{k}={v}")).collect();
        format!("?{}", joined.join("&"))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_state_round_trips_through_the_url(state in any_state(&briefing())) {
        let b = briefing();
        let query = encode(&state, &b);
        prop_assert_eq!(decode(&query, &b), state);
    }

    #[test]
    fn any_query_string_decodes_without_panic(query in ".{0,200}") {
        let b = briefing();
        let state = decode(&query, &b);
        // And whatever came in, re-encoding is stable.
        let again = encode(&state, &b);
        prop_assert_eq!(encode(&decode(&again, &b), &b), again);
    }

    #[test]
    fn the_fast_fold_agrees_with_the_mapped_one(text in "[a-zA-Z `'’“”—ÉéÀàçÇœŒß\u{0301}İ0-9]{0,40}") {
        use briefing::fold::{fold, Folded};
        // `fold` takes a short cut for ASCII; `Folded` maps every character.
        prop_assert_eq!(fold(&text), Folded::new(&text).text);
    }

    #[test]
    fn our_parameters_with_junk_values_decode_to_a_stable_state(query in junk_query()) {
        let b = briefing();
        let state = decode(&query, &b);
        // Only ids the briefing has survive.
        prop_assert!(state.filter.actors.iter().all(|a| b.actors.iter().any(|x| &x.id == a)));
        prop_assert!(state.filter.topics.iter().all(|t| b.topics.iter().any(|x| &x.id == t)));
        let again = encode(&state, &b);
        prop_assert_eq!(decode(&again, &b), state);
    }

    #[test]
    fn facet_counts_match_a_naive_recount(state in any_state(&briefing())) {
        let b = briefing();
        let f = &state.filter;
        let r = run(&b, f);
        // Each count is what the results would be with that facet alone set to that choice.
        let naive = |change: &dyn Fn(&mut Filter)| {
            let mut g = f.clone();
            change(&mut g);
            let n = run(&b, &g);
            (n.positions.len(), n.events.len())
        };
        for (i, actor) in b.actors.iter().enumerate() {
            let (p, e) = naive(&|g| g.actors = [actor.id.clone()].into());
            prop_assert_eq!(r.position_counts.actors[i], p, "positions of actor {}", actor.id);
            prop_assert_eq!(r.event_counts.actors[i], e, "events of actor {}", actor.id);
        }
        for (i, topic) in b.topics.iter().enumerate() {
            let (p, e) = naive(&|g| g.topics = [topic.id.clone()].into());
            prop_assert_eq!(r.position_counts.topics[i], p, "positions of topic {}", topic.id);
            prop_assert_eq!(r.event_counts.topics[i], e, "events of topic {}", topic.id);
        }
        for (i, stance) in Stance::ALL.iter().enumerate() {
            let (p, _) = naive(&|g| g.stances = [stance.clone()].into());
            prop_assert_eq!(r.position_counts.classes[i], p, "stance {:?}", stance);
        }
        for (i, phase) in Phase::ALL.iter().enumerate() {
            let (_, e) = naive(&|g| g.phases = [phase.clone()].into());
            prop_assert_eq!(r.event_counts.classes[i], e, "phase {:?}", phase);
        }
    }
}

#[test]
fn an_embed_keeps_its_view_explicit() {
    let b = briefing();
    let state = decode("?embed=1&view=cards&actor=canada", &b);
    assert_eq!(encode(&state, &b), "?embed=1&actor=canada&view=cards");
    let state = decode("?view=cards&actor=canada", &b);
    assert_eq!(encode(&state, &b), "?actor=canada");
}

#[test]
fn exports_keep_exactly_the_filtered_positions() {
    use briefing::csv::{from_csv, COLUMNS};
    use briefing::load::load_str;
    use briefing::validate;
    use explore::export::{citation, subset, subset_json, to_csv};
    let b = briefing();
    let r = run(&b, &filter(&["canada", "officials"], &[]));
    // The CSV template itself, behind a byte-order mark for spreadsheets.
    let csv = to_csv(&b, &r.positions);
    assert!(
        csv.starts_with(&format!("\u{feff}{}", COLUMNS.join(","))),
        "{csv}"
    );
    assert!(csv.contains(",stated,"), "{csv}");
    assert!(csv.ends_with("\r\n"));
    // It converts back into exactly those positions (the studio's import, `briefing
    // convert`), over the briefing it came from.
    let back = from_csv(&csv, &b).expect("the export re-imports");
    let chosen: Vec<_> = r
        .positions
        .iter()
        .map(|&i| b.positions[i].clone())
        .collect();
    assert_eq!(back.positions, chosen);
    assert_eq!(validate(&back), vec![]);
    // Every quote survives verbatim (curly quotes, dashes), doubled quotes aside.
    for &i in &r.positions {
        for q in &b.positions[i].quotes {
            assert!(csv.contains(&q.text.replace('"', "\"\"")), "{}", q.text);
        }
    }
    let sub = subset(&b, &r.positions, &r.events);
    assert_eq!(validate(&sub), vec![], "the subset is a valid briefing");
    assert_eq!(sub.positions.len(), r.positions.len());
    // The JSON file says it is a part, of what, and chosen how; it loads back whole.
    let json = subset_json(&b, &r.positions, &r.events, "?actor=canada&actor=officials").unwrap();
    let back = load_str(&json).expect("the exported subset loads");
    assert_eq!(back.positions.len(), r.positions.len());
    assert_eq!(back.events.len(), r.events.len());
    let note: serde_json::Value =
        serde_json::from_str::<serde_json::Value>(&json).unwrap()["subset"].clone();
    assert_eq!(
        note,
        serde_json::json!({
            "of": b.id,
            "filters": "actor=canada&actor=officials",
            "positions": r.positions.len(),
            "positions_in_full": b.positions.len(),
            "events": r.events.len(),
            "events_in_full": b.events.len(),
        })
    );
    assert!(r.positions.len() < b.positions.len());
    let p = &b.positions[r.positions[0]];
    assert_eq!(
        citation(&b, p, "Untitled article", "On the record", "https://x.org/?actor=canada"),
        format!(
            "Canada — Verifiable security guarantees (On the record): “{}” (Untitled article). https://x.org/?actor=canada",
            p.quotes[0].text
        )
    );
    // A hedged position keeps its hedge, and every quote is cited.
    let reported = b
        .positions
        .iter()
        .find(|p| p.id == "officials--sanctions")
        .unwrap();
    let text = citation(
        &b,
        reported,
        "Untitled article",
        "Reported, not on the record",
        "L",
    );
    assert!(text.starts_with("Officials — "), "{text}");
    assert!(text.contains("(Reported, not on the record): "), "{text}");
    assert_eq!(text.matches('“').count(), reported.quotes.len(), "{text}");
}

#[test]
fn active_filters_list_every_choice_in_order_and_each_can_be_removed() {
    use briefing::{Phase, Stance};
    use explore::state::Active;
    let b = briefing();
    let mut f = Filter {
        actors: ["russia".into(), "canada".into()].into(),
        topics: ["concessions".into()].into(),
        stances: [Stance::Demands].into(),
        phases: [Phase::Future].into(),
        query: "  moscow ".into(),
    };
    let order = |f: &Filter| {
        f.active(
            b.actors.iter().map(|a| a.id.as_str()),
            b.topics.iter().map(|t| t.id.as_str()),
        )
    };
    let active = order(&f);
    // Actors in the briefing's order (Canada before Russia), then topics, stances,
    // phases, and the search trimmed.
    assert_eq!(
        active,
        [
            Active::Actor("canada".into()),
            Active::Actor("russia".into()),
            Active::Topic("concessions".into()),
            Active::Stance(Stance::Demands),
            Active::Phase(Phase::Future),
            Active::Search("moscow".into()),
        ]
    );
    for choice in &active {
        f.remove(choice);
    }
    assert!(f.is_empty(), "{f:?}");
    assert!(order(&f).is_empty());
}

proptest! {
    /// The word-start fingerprint never hides a match: whenever the real search finds a
    /// term, the fingerprint lets it through.
    #[test]
    fn word_start_fingerprint_never_hides_a_match(
        text in "[a-zé’ .,-]{0,80}",
        start in 0usize..80,
        len in 1usize..6,
    ) {
        use briefing::fold::fold;
        use explore::search::find_at_word_start;
        use explore::word_starts::WordStarts;
        let folded = fold(&text);
        let chars: Vec<char> = folded.chars().collect();
        let from = start.min(chars.len());
        let term: String = chars[from..(from + len).min(chars.len())].iter().collect();
        if !term.is_empty() && find_at_word_start(&folded, &term, 0).is_some() {
            prop_assert!(WordStarts::of(&folded).may_contain(&term));
        }
    }
}

#[test]
fn the_search_forgives_typos_hyphens_and_old_spellings() {
    let b = briefing();
    let found = |q: &str| {
        let filter = Filter {
            query: q.to_string(),
            ..Filter::default()
        };
        position_ids(&b, &run(&b, &filter))
    };
    // Each misspelling finds exactly what the right spelling finds.
    for (typo, right) in [
        ("sanctons", "sanctions"),
        ("ceasfire", "ceasefire"),
        ("cease-fire", "ceasefire"),
        ("Kiev", "Kyiv"),
    ] {
        let expected = found(right);
        assert!(!expected.is_empty(), "{right} finds something");
        assert_eq!(
            found(typo),
            expected,
            "{typo} should find what {right} finds"
        );
    }
    // The correction is said, so the page can tell the reader what it searched for.
    let filter = Filter {
        query: "sanctons".into(),
        ..Filter::default()
    };
    let r = run(&b, &filter);
    assert_eq!(r.search.corrections(), [("sanctons", "sanctions")]);
    assert!(r.search.highlights().contains(&"sanctions".to_string()));
    // Nonsense finds nothing and is not "corrected" into something.
    let nonsense = Filter {
        query: "qzxwvj".into(),
        ..Filter::default()
    };
    let r = run(&b, &nonsense);
    assert!(r.positions.is_empty() && r.search.corrections().is_empty());
}

#[test]
fn parameter_values_match_ids_whatever_their_case() {
    let b = briefing();
    let state = decode(
        "?actor=Canada,UKRAINE&topic=Sovereignty-Borders&stance=SUPPORTS&phase=Past&view=Matrix&group=TOPIC&cite=CANADA--SOVEREIGNTY-BORDERS",
        &b,
    );
    assert_eq!(
        state.filter.actors,
        ["canada".to_string(), "ukraine".to_string()].into()
    );
    assert_eq!(
        state.filter.topics,
        ["sovereignty-borders".to_string()].into()
    );
    assert_eq!(state.filter.stances, [Stance::Supports].into());
    assert_eq!(state.filter.phases, [Phase::Past].into());
    assert_eq!((state.view, state.group), (View::Matrix, GroupBy::Topic));
    assert_eq!(state.cite.as_deref(), Some("canada--sovereignty-borders"));
    // Written back in the briefing's own spelling.
    assert_eq!(
        encode(&state, &b),
        "?actor=canada,ukraine&topic=sovereignty-borders&stance=supports&phase=past&view=matrix&group=topic&cite=canada--sovereignty-borders"
    );
}

proptest! {
    /// The source reader's runs: cover the text in order, and each run is cited by exactly
    /// the quotes that contain it (checked against every quote, the slow way).
    #[test]
    fn runs_are_cited_by_exactly_the_quotes_around_them(
        text in "[a-zé ’\n]{1,60}",
        raw in proptest::collection::vec((0usize..70, 0usize..70, 0usize..4), 0..12),
    ) {
        use explore::segments::{segments, Citer};
        let quotes: Vec<(usize, usize, Citer)> = raw
            .iter()
            .map(|&(s, e, c)| (s, e, if c % 2 == 0 { Citer::Position(c) } else { Citer::Event(c) }))
            .collect();
        let len = text.chars().count();
        let runs = segments(&text, &quotes);
        prop_assert_eq!(runs.iter().map(|r| r.text).collect::<String>(), text.clone());
        let mut at = 0;
        for r in &runs {
            prop_assert_eq!(r.start, at);
            prop_assert!(r.start < r.end);
            at = r.end;
            let mut expected: Vec<Citer> = quotes
                .iter()
                .filter(|(s, e, _)| s < e && *e <= len && *s <= r.start && r.end <= *e)
                .map(|q| q.2)
                .collect();
            expected.sort_unstable();
            expected.dedup();
            prop_assert_eq!(&r.cited_by, &expected);
        }
        prop_assert_eq!(at, len);
    }
}

proptest! {
    /// A long source drawn in lines: every byte once and in order, a line ends after each
    /// line break outside a cited passage, and a cited passage is never cut in two.
    #[test]
    fn a_source_in_lines_keeps_every_byte_and_every_passage_whole(
        text in "[a-z ’\n]{1,80}",
        raw in proptest::collection::vec((0usize..90, 0usize..90), 0..8),
    ) {
        use explore::reader::{Run, SourceRuns};
        use explore::segments::{segments, Citer};
        let quotes: Vec<(usize, usize, Citer)> =
            raw.iter().enumerate().map(|(i, &(s, e))| (s, e, Citer::Position(i))).collect();
        let runs: Vec<Run> = segments(&text, &quotes)
            .into_iter()
            .map(|s| Run {
                start: s.start,
                end: s.end,
                bytes: s.byte..s.byte + s.text.len(),
                cited_by: s.cited_by,
                current: false,
                target: false,
            })
            .collect();
        let source = SourceRuns { source: 0, runs, cut: 0 };
        let lines = source.lines(&text);
        let pieces: Vec<_> = lines.iter().flatten().collect();
        let mut at = 0;
        for p in &pieces {
            prop_assert_eq!(p.bytes.start, at);
            at = p.bytes.end;
        }
        prop_assert_eq!(at, text.len());
        for (i, run) in source.runs.iter().enumerate() {
            let of_run: Vec<_> = pieces.iter().filter(|p| p.run == i).collect();
            if !run.cited_by.is_empty() {
                prop_assert_eq!(of_run.len(), 1);
                prop_assert_eq!(&of_run[0].bytes, &run.bytes);
            }
        }
        for line in &lines {
            for p in line {
                let piece = &text[p.bytes.clone()];
                let last = std::ptr::eq(p, line.last().unwrap());
                if source.runs[p.run].cited_by.is_empty() {
                    // Uncited text breaks lines: a line break only ends a line.
                    prop_assert!(!piece.trim_end_matches('\n').contains('\n'));
                    prop_assert!(!piece.ends_with('\n') || last);
                }
            }
        }
        for line in &lines[..lines.len().saturating_sub(1)] {
            let end = &text[line.last().unwrap().bytes.clone()];
            prop_assert!(end.ends_with('\n'), "a line but the last ends at a line break");
        }
    }
}

#[test]
fn url_lists_what_it_names_that_the_briefing_lacks() {
    let b = briefing();
    assert_eq!(
        unmatched(
            "?actor=Canada,council,council&topic=sanctions&cite=gone",
            &b
        ),
        [
            ("actor", "council".to_string()),
            ("cite", "gone".to_string())
        ]
    );
    assert!(unmatched("?actor=canada&stance=nonsense&q=council", &b).is_empty());
    // Whatever decode keeps is never listed, and whatever it drops of these kinds is.
    let query = "?actor=canada,ghost&topic=sanctions,nope";
    let kept = decode(query, &b);
    assert_eq!(kept.filter.actors.len(), 1);
    assert_eq!(
        unmatched(query, &b),
        [
            ("actor", "ghost".to_string()),
            ("topic", "nope".to_string())
        ]
    );
}
