//! Query-engine speed on the default briefing and on synthetic ones (1k, 10k positions):
//! building the index once, then recomputing results and every facet count per change.
//!
//! Run: `cargo bench -p explore --bench query`. Target (issue 4): a 10,000-position recompute under 2 ms;
//! a keystroke's whole budget is one frame (16 ms), typo correction included.

mod native {
    use std::hint::black_box;

    use briefing::synthetic::generate;
    use briefing::validate::parse;
    use briefing::{Briefing, Problem, Stance};
    use criterion::{criterion_group, BenchmarkId, Criterion};
    use explore::engine::Index;
    use explore::state::Filter;

    /// The explorer's default briefing, as the app compiles it in.
    const DEFAULT_JSON: &str = include_str!("../../../data/briefing.json");

    fn default_briefing() -> Result<Briefing, Vec<Problem>> {
        parse(DEFAULT_JSON)
    }

    fn filters(b: &Briefing) -> Vec<(&'static str, Filter)> {
        let actor = b.actors[b.actors.len() / 2].id.clone();
        vec![
            ("none", Filter::default()),
            (
                "actor",
                Filter {
                    actors: [actor.clone()].into(),
                    ..Filter::default()
                },
            ),
            (
                "search",
                Filter {
                    query: "sanctions".into(),
                    ..Filter::default()
                },
            ),
            // A misspelling: corrected against the briefing's words (gathered once, by the
            // first such search; see `vocabulary` below for that first time).
            (
                "typo",
                Filter {
                    query: "sanctons".into(),
                    ..Filter::default()
                },
            ),
            (
                "actor+stance+search",
                Filter {
                    actors: [actor].into(),
                    stances: [Stance::Demands, Stance::Supports].into(),
                    query: "topic".into(),
                    ..Filter::default()
                },
            ),
        ]
    }

    pub fn bench(c: &mut Criterion) {
        let briefings = vec![
            ("default", default_briefing().expect("valid default")),
            ("synthetic-1k", generate(1, 1_000)),
            ("synthetic-10k", generate(1, 10_000)),
        ];
        let mut group = c.benchmark_group("run");
        for (name, b) in &briefings {
            let index = Index::new(b);
            for (label, filter) in filters(b) {
                group.bench_with_input(BenchmarkId::new(*name, label), &filter, |bench, f| {
                    bench.iter(|| black_box(index.run(f, b.actors.len(), b.topics.len())))
                });
            }
        }
        group.finish();

        // The first search for a word the briefing lacks gathers its vocabulary.
        let mut group = c.benchmark_group("vocabulary");
        group.sample_size(10);
        for (name, b) in &briefings {
            group.bench_function(*name, |bench| {
                bench.iter_batched(
                    || Index::new(b),
                    |index| black_box(index.expand("sanctons")),
                    criterion::BatchSize::LargeInput,
                )
            });
        }
        group.finish();

        // What start-up does with the built-in briefing: parse it (the build validated it);
        // validating it again is what it no longer does.
        let mut group = c.benchmark_group("default");
        group.bench_function("parse", |bench| {
            bench.iter(|| black_box(parse(DEFAULT_JSON)))
        });
        group.bench_function("parse+validate", |bench| {
            bench.iter(|| black_box(briefing::parse_and_validate(DEFAULT_JSON)))
        });
        group.finish();

        let mut group = c.benchmark_group("index");
        group.sample_size(10);
        for (name, b) in &briefings {
            group.bench_function(*name, |bench| bench.iter(|| black_box(Index::new(b))));
        }
        group.finish();
    }

    criterion_group!(benches, bench);
}

fn main() {
    native::benches();
    criterion::Criterion::default()
        .configure_from_args()
        .final_summary();
}
