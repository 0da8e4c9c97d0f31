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
pub fn runs(len: usize, cited: &[(usize, usize)], uncited: &[(usize, usize)]) -> Vec<Run> {
    let mut edges: Vec<usize> = vec![0, len];
    for &(a, b) in cited.iter().chain(uncited) {
        edges.push(a.min(len));
        edges.push(b.min(len));
    }
    edges.sort_unstable();
    edges.dedup();
    let inside =
        |ranges: &[(usize, usize)], at: usize| ranges.iter().any(|&(a, b)| a <= at && at < b);
    let mut out: Vec<Run> = Vec::new();
    for pair in edges.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        if start == end {
            continue;
        }
        let run = Run {
            start,
            end,
            cited: inside(cited, start),
            uncited: inside(uncited, start),
        };
        match out.last_mut() {
            Some(last) if last.cited == run.cited && last.uncited == run.uncited => last.end = end,
            _ => out.push(run),
        }
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
}
