//! What each view draws, computed natively: card groups, the matrix grid, the timeline by
//! phase, the source reader's runs and "cited by" lists, landing on an item.

mod common;

use std::collections::BTreeSet;

use briefing::synthetic;
use briefing::{Briefing, Phase, Stance};
use common::default_briefing;
use explore::engine::{Loaded, Results};
use explore::groups::card_groups;
use explore::landing::{citer_by_id, Target};
use explore::matrix::{Cell, Empty, Grid};
use explore::reader::{Reader, RUNS_SHOWN_FIRST};
use explore::segments::Citer;
use explore::state::{ExploreState, Filter, GroupBy, View};
use explore::timeline::{by_phase, involved_positions};

fn loaded() -> Loaded {
    Loaded::new(default_briefing().expect("valid default briefing"))
}

fn with_actor(id: &str) -> Filter {
    Filter {
        actors: [id.to_string()].into(),
        ..Filter::default()
    }
}

#[test]
fn card_groups_follow_the_briefing_order_and_the_page_limit() {
    let l = loaded();
    let b = &l.briefing;
    let all = l.run(&Filter::default());
    let groups = card_groups(b, &all.positions, GroupBy::Actor, usize::MAX);
    // Every passing position once, in groups in actor order, none empty.
    let total: usize = groups.iter().map(|g| g.total).sum();
    assert_eq!(total, b.positions.len());
    assert!(groups
        .iter()
        .all(|g| !g.shown.is_empty() && g.shown.len() == g.total));
    assert!(groups.windows(2).all(|w| w[0].index < w[1].index));
    for g in &groups {
        assert!(g.shown.iter().all(|&i| b.positions[i].actor == g.id(b)));
        assert_eq!(g.label(b), b.actor_name(g.id(b)));
    }
    // A limit of 7 cards cuts the groups after the seventh card.
    let cut = card_groups(b, &all.positions, GroupBy::Actor, 7);
    assert_eq!(cut.iter().map(|g| g.shown.len()).sum::<usize>(), 7);
    assert_eq!(cut.last().unwrap().total, groups[cut.len() - 1].total);
    // By topic: one group per topic that has a passing position.
    let canada = l.run(&with_actor("canada"));
    let by_topic = card_groups(b, &canada.positions, GroupBy::Topic, usize::MAX);
    let topics: BTreeSet<&str> = canada
        .positions
        .iter()
        .map(|&i| b.positions[i].topic.as_str())
        .collect();
    assert_eq!(by_topic.len(), topics.len());
    assert!(by_topic.iter().all(|g| g.by == GroupBy::Topic));
}

#[test]
fn matrix_cells_say_stances_hidden_or_no_statement() {
    let l = loaded();
    let b = &l.briefing;
    let all = l.run(&Filter::default());
    let grid = Grid::build(b, &l.index, &Filter::default(), &all, 100, 100);
    assert_eq!(grid.empty, None);
    assert_eq!(
        (grid.actors.len(), grid.topics.len()),
        (b.actors.len(), b.topics.len())
    );
    // One shown cell per (actor, topic) pair that has positions; no statement elsewhere.
    let pairs: BTreeSet<(&str, &str)> = b
        .positions
        .iter()
        .map(|p| (p.actor.as_str(), p.topic.as_str()))
        .collect();
    let mut shown = 0;
    for (r, row) in grid.cells.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let pair = (
                b.actors[grid.actors[r]].id.as_str(),
                b.topics[grid.topics[c]].id.as_str(),
            );
            match cell {
                Cell::Shown { stances, count } => {
                    shown += 1;
                    assert!(pairs.contains(&pair));
                    let expected: BTreeSet<&Stance> = b
                        .positions
                        .iter()
                        .filter(|p| (p.actor.as_str(), p.topic.as_str()) == pair)
                        .map(|p| &p.stance)
                        .collect();
                    assert_eq!(stances.iter().collect::<BTreeSet<_>>(), expected);
                    assert!(*count >= stances.len());
                }
                Cell::NoStatement => assert!(!pairs.contains(&pair)),
                Cell::Hidden => panic!("nothing is filtered, nothing is hidden"),
            }
        }
    }
    assert_eq!(shown, pairs.len());

    // Filtering by one stance hides the other cells that have positions.
    let opposes = Filter {
        stances: [Stance::Opposes].into(),
        ..Filter::default()
    };
    let r = l.run(&opposes);
    let grid = Grid::build(b, &l.index, &opposes, &r, 100, 100);
    let cells: Vec<&Cell> = grid.cells.iter().flatten().collect();
    assert!(cells.iter().any(|c| matches!(c, Cell::Hidden)));
    assert!(cells.iter().all(|c| match c {
        Cell::Shown { stances, .. } => stances == &[Stance::Opposes],
        _ => true,
    }));

    // Limits leave rows and columns for "show more".
    let small = Grid::build(b, &l.index, &Filter::default(), &all, 3, 4);
    assert_eq!((small.actors.len(), small.topics.len()), (3, 4));
    assert_eq!(small.hidden_rows, b.actors.len() - 3);
    assert_eq!(small.hidden_columns, b.topics.len() - 4);

    // An actor filter is one row; a search that finds nothing is an empty matrix.
    let canada = with_actor("canada");
    let grid = Grid::build(b, &l.index, &canada, &l.run(&canada), 100, 100);
    assert_eq!(grid.actors.len(), 1);
    let nothing = Filter {
        query: "zzzzqqq".into(),
        ..Filter::default()
    };
    let grid = Grid::build(b, &l.index, &nothing, &l.run(&nothing), 100, 100);
    assert_eq!(grid.empty, Some(Empty::NoPositions));
    let no_rows = Grid::build(b, &l.index, &Filter::default(), &all, 0, 100);
    assert_eq!(no_rows.empty, Some(Empty::NoRowsOrColumns));
}

#[test]
fn timeline_groups_by_phase_in_order_and_links_the_positions_it_quotes() {
    let l = loaded();
    let b = &l.briefing;
    let all = l.run(&Filter::default());
    let phases = by_phase(b, &all.events);
    assert_eq!(
        phases.iter().map(|p| p.phase.clone()).collect::<Vec<_>>(),
        Phase::ALL
    );
    assert_eq!(
        phases.iter().map(|p| p.events.len()).sum::<usize>(),
        b.events.len()
    );
    for p in &phases {
        assert!(p.events.iter().all(|&i| b.events[i].phase == p.phase));
        let orders: Vec<i64> = p.events.iter().map(|&i| b.events[i].order).collect();
        assert!(
            orders.windows(2).all(|w| w[0] < w[1]),
            "source order within a phase"
        );
    }
    // An event involves exactly the positions whose quotes overlap its own.
    for e in &b.events {
        let involved = involved_positions(b, e);
        for (i, p) in b.positions.iter().enumerate() {
            let overlaps = p
                .quotes
                .iter()
                .any(|q| e.quotes.iter().any(|x| x.overlaps(q)));
            assert_eq!(involved.contains(&i), overlaps, "{} / {}", e.id, p.id);
        }
    }
    assert!(b
        .events
        .iter()
        .any(|e| !involved_positions(b, e).is_empty()));
}

#[test]
fn the_reader_marks_what_the_filters_show_and_the_cited_item() {
    let l = loaded();
    let b = &l.briefing;
    let text = &b.sources[0].text;
    let all = l.run(&Filter::default());
    let reader = Reader::build(b, &all, None, false);
    assert!(!reader.is_cut());
    let runs = &reader.sources[0].runs;
    // The runs cover the whole text, in order.
    let joined: String = runs.iter().map(|r| &text[r.bytes.clone()]).collect();
    assert_eq!(&joined, text);
    assert_eq!(runs.last().unwrap().end, text.chars().count());
    // Each cited run's citers are exactly the shown items quoting it, and the panel's
    // list is that same list.
    for run in runs.iter().filter(|r| !r.cited_by.is_empty()) {
        for citer in &run.cited_by {
            let quotes = match *citer {
                Citer::Position(i) => &b.positions[i].quotes,
                Citer::Event(i) => &b.events[i].quotes,
            };
            assert!(quotes
                .iter()
                .any(|q| q.start <= run.start && run.end <= q.end));
        }
        assert_eq!(reader.citers_at(0, run.start), run.cited_by.as_slice());
    }

    // Filtered to Canada, and landing on a Ukrainian position: Canada's items and that one
    // position are marked, and its first run is where "show in source" lands.
    let canada = l.run(&with_actor("canada"));
    let cited = "ukraine--sovereignty-borders";
    let reader = Reader::build(b, &canada, Some(cited), false);
    let target = citer_by_id(b, cited).unwrap();
    assert_eq!(reader.cited, Some(target));
    let runs = &reader.sources[0].runs;
    let citers: BTreeSet<Citer> = runs.iter().flat_map(|r| r.cited_by.clone()).collect();
    assert!(citers.contains(&target));
    for c in &citers {
        match *c {
            Citer::Position(i) => assert!(b.positions[i].actor == "canada" || *c == target),
            Citer::Event(i) => assert!(canada.events.contains(&i)),
        }
    }
    assert_eq!(runs.iter().filter(|r| r.target).count(), 1);
    let (si, start) = reader.target().unwrap();
    let first = runs.iter().find(|r| r.current).unwrap();
    assert_eq!((si, start), (0, first.start));
    assert!(runs
        .iter()
        .filter(|r| r.current)
        .all(|r| r.cited_by.contains(&target)));
    // Nothing shown and nothing cited: the article is still all there, unmarked.
    let none = Results::default();
    let bare = Reader::build(b, &none, None, false);
    assert!(bare.sources[0].runs.iter().all(|r| r.cited_by.is_empty()));
}

#[test]
fn a_long_source_is_cut_but_never_before_the_landing_passage() {
    let b: Briefing = synthetic::generate(3, 3000);
    let l = Loaded::new(b);
    let b = &l.briefing;
    let all = l.run(&Filter::default());
    let reader = Reader::build(b, &all, None, false);
    assert!(
        reader.is_cut(),
        "a synthetic source of 3,000 positions has many runs"
    );
    assert!(reader
        .sources
        .iter()
        .all(|s| s.runs.len() <= RUNS_SHOWN_FIRST));
    // Land on the position quoted last in the first source: it is drawn, past the cut.
    let source = &b.sources[0].id;
    let last = b
        .positions
        .iter()
        .filter(|p| p.quotes.iter().any(|q| &q.source == source))
        .max_by_key(|p| p.quotes[0].start)
        .unwrap();
    let landed = Reader::build(b, &all, Some(&last.id), false);
    assert!(landed.target().is_some(), "the landing passage is drawn");
    let whole = Reader::build(b, &all, None, true);
    assert!(!whole.is_cut());
}

#[test]
fn landing_shows_the_item_with_the_least_filtering() {
    let l = loaded();
    let b = &l.briefing;
    let p = &b.positions[3];
    let target = Target::position(p);
    let mut state = ExploreState {
        filter: Filter {
            query: "something else".into(),
            stances: [Stance::Supports].into(),
            ..Filter::default()
        },
        view: View::Matrix,
        other: vec![
            ("src".into(), "x.json".into()),
            ("lang".into(), "fr".into()),
            ("theme".into(), "dark".into()),
        ],
        ..ExploreState::default()
    };
    let link = state.link_to(&target);
    // Filters that already show the item stay.
    let mut kept = state.clone();
    kept.land_on(&target, true);
    assert_eq!(kept.filter, state.filter);
    assert_eq!(
        (kept.view, kept.cite.as_deref()),
        (View::Cards, Some(p.id.as_str()))
    );
    state.land_on(&target, false);
    for s in [&state, &link] {
        assert_eq!(s.view, View::Cards);
        assert_eq!(s.cite.as_deref(), Some(p.id.as_str()));
        assert_eq!(s.filter, Filter::for_cell(&p.actor, &p.topic));
        // The landing state shows that very card.
        let r = l.run(&s.filter);
        assert!(r.positions.iter().any(|&i| b.positions[i].id == p.id));
    }
    // A shared link keeps only the briefing (src) and the language.
    assert_eq!(
        link.other,
        vec![
            ("src".into(), "x.json".into()),
            ("lang".into(), "fr".into())
        ]
    );
    assert_eq!(
        state.other.len(),
        3,
        "landing in page keeps every parameter"
    );
    let e = &b.events[0];
    let target = Target::by_id(b, &e.id).unwrap();
    assert_eq!(target, Target::event(e));
    state.land_on(&target, false);
    assert_eq!(
        (state.view, state.filter.clone()),
        (View::Timeline, Filter::default())
    );
    let mut source = ExploreState::default();
    source.show_in_source(&p.id);
    assert_eq!(
        (source.view, source.cite.as_deref()),
        (View::Source, Some(p.id.as_str()))
    );
}

#[test]
fn passages_are_marked_by_the_most_direct_attribution_citing_them() {
    use briefing::Attribution;
    use explore::reader::Mark;
    let l = loaded();
    let b = &l.briefing;
    let reader = Reader::build(b, &l.run(&Filter::default()), None, false);
    let mut seen = BTreeSet::new();
    for run in &reader.sources[0].runs {
        let mark = run.mark(b);
        if run.cited_by.is_empty() {
            assert_eq!(mark, None);
            continue;
        }
        let mark = mark.expect("a cited run is marked");
        seen.insert(mark.as_str());
        let attributions: Vec<&Attribution> = run
            .cited_by
            .iter()
            .filter_map(|c| match *c {
                Citer::Position(i) => Some(&b.positions[i].attribution),
                Citer::Event(_) => None,
            })
            .collect();
        let expected = if attributions.contains(&&Attribution::Stated) {
            Mark::Stated
        } else if attributions.contains(&&Attribution::Reported) {
            Mark::Reported
        } else if attributions.contains(&&Attribution::Analysis) {
            Mark::Analysis
        } else if !attributions.is_empty() {
            Mark::Editorial
        } else {
            Mark::Event
        };
        assert_eq!(mark, expected);
    }
    // The default article has passages of several kinds, so the marks tell them apart.
    assert!(seen.len() >= 3, "{seen:?}");
}
