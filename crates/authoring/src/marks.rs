//! How the source text is drawn in the studio: runs of characters, each either cited by
//! some quote, in a sentence that nothing cites yet, or neither. Every run starts where
//! its `data-at` says, which is how a selection becomes character offsets.

/// A stretch of the source text, `start..end` in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub start: usize,
    pub end: usize,
    /// Some quote covers it.
    pub cited: bool,
    /// It is part of a sentence no quote touches.
    pub uncited: bool,
}

/// Cuts `0..len` into runs at every edge of the `cited` and `uncited` ranges (clipped to
/// the text); neighbouring runs alike are merged.
///
/// One sweep over the sorted edges, counting how many ranges of each kind are open: a
/// long source has tens of thousands of sentences, and asking every range at every edge
/// whether it covers it grew with their square.
pub fn runs(len: usize, cited: &[(usize, usize)], uncited: &[(usize, usize)]) -> Vec<Run> {
    // (where, which kind: 0 cited, 1 uncited, +1 a range opens or -1 one closes)
    let mut edges: Vec<(usize, usize, isize)> = Vec::new();
    for (kind, ranges) in [cited, uncited].into_iter().enumerate() {
        for &(a, b) in ranges {
            let (a, b) = (a.min(len), b.min(len));
            if a < b {
                edges.push((a, kind, 1));
                edges.push((b, kind, -1));
            }
        }
    }
    edges.sort_unstable_by_key(|e| e.0);
    let mut out: Vec<Run> = Vec::new();
    let (mut open, mut next, mut start) = ([0isize; 2], 0, 0);
    while start < len {
        while next < edges.len() && edges[next].0 <= start {
            open[edges[next].1] += edges[next].2;
            next += 1;
        }
        let end = edges.get(next).map_or(len, |e| e.0);
        let run = Run {
            start,
            end,
            cited: open[0] > 0,
            uncited: open[1] > 0,
        };
        match out.last_mut() {
            Some(last) if last.cited == run.cited && last.uncited == run.uncited => last.end = end,
            _ => out.push(run),
        }
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_cover_the_text_and_merge_alike_neighbours() {
        let r = runs(20, &[(2, 5), (4, 8), (30, 40)], &[(10, 15)]);
        let got: Vec<(usize, usize, bool, bool)> = r
            .iter()
            .map(|r| (r.start, r.end, r.cited, r.uncited))
            .collect();
        assert_eq!(
            got,
            [
                (0, 2, false, false),
                (2, 8, true, false),
                (8, 10, false, false),
                (10, 15, false, true),
                (15, 20, false, false)
            ]
        );
        assert_eq!(runs(0, &[], &[]), []);
    }

    /// The definition, asked at every character: the runs must agree with it.
    fn naive(len: usize, cited: &[(usize, usize)], uncited: &[(usize, usize)]) -> Vec<Run> {
        let inside = |r: &[(usize, usize)], at: usize| r.iter().any(|&(a, b)| a <= at && at < b);
        let mut out: Vec<Run> = Vec::new();
        for at in 0..len {
            let (c, u) = (inside(cited, at), inside(uncited, at));
            match out.last_mut() {
                Some(last) if last.cited == c && last.uncited == u => last.end = at + 1,
                _ => out.push(Run {
                    start: at,
                    end: at + 1,
                    cited: c,
                    uncited: u,
                }),
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn runs_agree_with_the_definition(
            len in 0usize..60,
            cited in proptest::collection::vec((0usize..70, 0usize..70), 0..6),
            uncited in proptest::collection::vec((0usize..70, 0usize..70), 0..6),
        ) {
            proptest::prop_assert_eq!(runs(len, &cited, &uncited), naive(len, &cited, &uncited));
        }
    }
}
