//! The windowed card list's arithmetic (`explore::window`): what is drawn for a range of
//! the page, and that the padding always stands for exactly what is left out.

use explore::groups::Group;
use explore::state::GroupBy;
use explore::window::{offset_of, window, Drawn, Geometry};

const GEO: Geometry = Geometry {
    columns: 2,
    gap: 10.0,
    heading: 40.0,
    estimate: 200.0,
};

/// Groups of the given sizes over cards 0, 1, 2, … in order.
fn groups(sizes: &[usize]) -> Vec<Group> {
    let mut next = 0;
    sizes
        .iter()
        .enumerate()
        .map(|(index, &n)| {
            let shown: Vec<usize> = (next..next + n).collect();
            next += n;
            Group {
                by: GroupBy::Actor,
                index,
                total: n,
                shown,
            }
        })
        .collect()
}

/// Card heights that differ: every third card is taller.
fn height(i: usize) -> f64 {
    if i.is_multiple_of(3) {
        260.0
    } else {
        180.0
    }
}

/// The height the whole list takes when every card is drawn.
fn full_height(gs: &[Group], geo: &Geometry) -> f64 {
    gs.iter()
        .map(|g| {
            let rows: Vec<f64> = g
                .shown
                .chunks(geo.columns)
                .map(|r| r.iter().map(|&i| height(i)).fold(0.0, f64::max))
                .collect();
            geo.heading + rows.iter().sum::<f64>() + geo.gap * (rows.len() - 1) as f64
        })
        .sum()
}

/// The height of what `drawn` draws plus its padding.
fn drawn_height(d: &Drawn, geo: &Geometry) -> f64 {
    let mut y = d.before + d.after;
    for g in &d.groups {
        let rows: Vec<f64> = g
            .group
            .shown
            .chunks(geo.columns)
            .map(|r| r.iter().map(|&i| height(i)).fold(0.0, f64::max))
            .collect();
        y += geo.heading + g.before + g.after + rows.iter().sum::<f64>();
        y += geo.gap * rows.len().saturating_sub(1) as f64;
    }
    y
}

#[test]
fn padding_stands_for_exactly_what_is_left_out() {
    let gs = groups(&[3, 17, 1, 40, 8, 2, 25]);
    let total = full_height(&gs, &GEO);
    let mut from = 0.0;
    while from < total + 500.0 {
        let d = window(&gs, &GEO, height, |_| GEO.heading, from, from + 900.0);
        let h = drawn_height(&d, &GEO);
        assert!((h - total).abs() < 1e-6, "at {from}: {h} against {total}");
        assert!(!d.groups.is_empty(), "something is drawn at {from}");
        from += 137.0;
    }
}

#[test]
fn only_rows_near_the_range_are_drawn_and_they_follow_each_other() {
    let gs = groups(&[5000]);
    let d = window(&gs, &GEO, height, |_| GEO.heading, 50_000.0, 50_900.0);
    assert_eq!(d.groups.len(), 1);
    let g = &d.groups[0];
    // 900 px at most 260 + 10 a row: a handful of rows, two cards each.
    assert!(
        g.group.shown.len() <= 2 * 6,
        "{} cards drawn",
        g.group.shown.len()
    );
    assert!(!g.group.shown.is_empty());
    assert_eq!(g.group.total, 5000, "the group still counts all its cards");
    assert_eq!(g.first % 2, 0, "drawing starts at a row");
    assert_eq!(
        g.group.shown[0], g.first,
        "the first drawn card is at its place"
    );
    assert!(g.group.shown.windows(2).all(|w| w[1] == w[0] + 1));
    assert!(g.before > 49_000.0 && g.after > 0.0);
}

#[test]
fn a_range_past_the_end_draws_the_end() {
    let gs = groups(&[10, 10]);
    let d = window(&gs, &GEO, height, |_| GEO.heading, 1e9, 1e9 + 900.0);
    let last = d.groups.last().expect("the end is drawn");
    assert_eq!(*last.group.shown.last().unwrap(), 19);
    assert_eq!(last.after, 0.0);
    assert_eq!(d.after, 0.0);
}

#[test]
fn a_range_before_the_start_draws_the_start() {
    let gs = groups(&[10, 10]);
    let d = window(&gs, &GEO, height, |_| GEO.heading, -2_000.0, -1_100.0);
    let first = d.groups.first().expect("the start is drawn");
    assert_eq!(first.group.shown[0], 0);
    assert_eq!(first.before, 0.0);
    assert_eq!(d.before, 0.0);
    assert!((drawn_height(&d, &GEO) - full_height(&gs, &GEO)).abs() < 1e-6);
}

#[test]
fn the_first_screen_draws_from_the_first_card() {
    let gs = groups(&[3, 4, 100]);
    let d = window(&gs, &GEO, height, |_| GEO.heading, 0.0, 900.0);
    assert_eq!(d.before, 0.0);
    assert_eq!(d.groups[0].group.shown, vec![0, 1, 2]);
    assert_eq!(d.groups[0].before, 0.0);
    assert!(d.after > 0.0, "the long third group is cut");
}

#[test]
fn a_card_lands_where_the_window_draws_it() {
    let gs = groups(&[7, 30, 2, 300, 11]);
    for card in [0, 6, 7, 20, 38, 39, 200, 338, 349] {
        let y =
            offset_of(&gs, &GEO, height, |_| GEO.heading, card).expect("a listed card has a place");
        let d = window(&gs, &GEO, height, |_| GEO.heading, y, y + 1.0);
        let drawn: Vec<usize> = d
            .groups
            .iter()
            .flat_map(|g| g.group.shown.clone())
            .collect();
        assert!(
            drawn.contains(&card),
            "card {card} at {y} is drawn: {drawn:?}"
        );
    }
    assert_eq!(offset_of(&gs, &GEO, height, |_| GEO.heading, 10_000), None);
}

#[test]
fn one_column_and_one_card_groups_work() {
    let geo = Geometry { columns: 1, ..GEO };
    let gs = groups(&[1; 200]);
    let d = window(&gs, &geo, height, |_| geo.heading, 10_000.0, 10_900.0);
    assert!(d.groups.len() < 10, "{} groups drawn", d.groups.len());
    assert!((drawn_height(&d, &geo) - full_height(&gs, &geo)).abs() < 1e-6);
}

#[test]
fn heights_stand_in_by_their_mean_until_measured() {
    use explore::window::Heights;
    let mut h = Heights::default();
    assert_eq!(h.estimate(256.0), 256.0);
    assert!(h.set(10, 200.0));
    assert!(h.set(3, 300.0));
    assert!(!h.set(3, 300.4), "under a pixel is no change");
    assert_eq!(h.estimate(256.0), 250.0);
    assert_eq!(h.get(3, 1.0), 300.0);
    assert_eq!(h.get(4, 250.0), 250.0);
    assert_eq!(h.get(99_999, 250.0), 250.0);
    assert!(h.set(3, 100.0));
    assert_eq!(
        h.estimate(256.0),
        150.0,
        "a new size replaces the old in the mean"
    );
    assert!(!h.set(5, 0.0), "an element not laid out says nothing");
}

#[test]
fn weighted_heights_estimate_by_height_per_unit() {
    use explore::window::Heights;
    // Lines of text: 400 bytes measured at 160 px and 100 at 40 px say 0.4 px a byte.
    let mut h = Heights::default();
    assert!(h.set_weighted(0, 160.0, 400.0));
    assert!(h.set_weighted(1, 40.0, 100.0));
    assert!((h.estimate(1.0) - 0.4).abs() < 1e-9);
    // A line measured again replaces its height and its weight.
    assert!(h.set_weighted(1, 80.0, 100.0));
    assert!((h.estimate(1.0) - 0.48).abs() < 1e-9);
    // One very long line does not make every short line tall, as a plain mean would.
    assert!(h.set_weighted(2, 16_000.0, 40_000.0));
    let per_byte = h.estimate(1.0);
    assert!(per_byte < 0.41, "{per_byte} px a byte");
    assert!(
        !h.set_weighted(3, 10.0, 0.0),
        "a weightless item says nothing"
    );
}

#[test]
fn a_drawn_item_knows_its_place_in_its_whole_block() {
    let gs = groups(&[100]);
    let d = window(&gs, &GEO, height, |_| GEO.heading, 5_000.0, 5_900.0);
    let g = &d.groups[0];
    assert!(g.first > 0, "drawn from inside the block");
    let second = g.group.shown[1];
    assert_eq!(
        g.place_of(second),
        second + 1,
        "cards 0, 1, … are places 1, 2, …"
    );
}
