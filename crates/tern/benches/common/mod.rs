//! What the speed benchmarks share: the benchmark corpus and the median. Included by path
//! (`#[path = "…/benches/common/mod.rs"] mod corpus;`) from this crate's and tern-code's benches.
#![allow(dead_code)] // each bench uses its own subset

use std::path::Path;
use std::time::Duration;
use tern_core::Article;

/// The articles of `../shared/corpora/news/bench-news.jsonl`, or `None` after printing why
/// the benchmark is skipped. `manifest_dir` is the calling crate's `CARGO_MANIFEST_DIR`.
pub fn bench_news(manifest_dir: &str) -> Option<Vec<Article>> {
    let corpus = Path::new(manifest_dir).join("../../../shared/corpora/news/bench-news.jsonl");
    if !corpus.exists() {
        println!(
            "skipped: ../shared not found ({} is absent)",
            corpus.display()
        );
        return None;
    }
    Some(
        tern_read::read_inputs(
            &[corpus.display().to_string()],
            tern_read::InputFormat::Jsonl,
        )
        .filter_map(|r| match r {
            tern_read::Record::Article(a) => Some(a),
            tern_read::Record::Diagnostic(_) => None,
        })
        .collect(),
    )
}

/// The median of some timings.
pub fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}
