//! Throughput of sentence splitting + tokenization (`analyze`) over the news benchmark
//! corpus `../shared/corpora/news/bench-news.jsonl`. Run with
//! `cargo bench -p tern-text --bench throughput`; prints the median of several runs.

use std::time::Instant;
use tern_core::Article;

/// Nanoseconds this thread has spent on a CPU (Linux), so that a busy machine does not
/// distort the figure; wall-clock time elsewhere.
fn cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

struct Clock(Instant, Option<u64>);

impl Clock {
    fn start() -> Clock {
        Clock(Instant::now(), cpu_ns())
    }
    /// (CPU seconds if known else wall seconds, wall seconds)
    fn stop(&self) -> (f64, f64) {
        let wall = self.0.elapsed().as_secs_f64();
        match (self.1, cpu_ns()) {
            (Some(a), Some(b)) => ((b - a) as f64 / 1e9, wall),
            _ => (wall, wall),
        }
    }
}

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpora/news");
    let mut articles = Vec::new();
    for (file, key) in [
        ("bench-news.jsonl", "text"),
        ("india-police-events.docs.jsonl", "doc_text"),
    ] {
        let path = format!("{dir}/{file}");
        let Ok(data) = std::fs::read_to_string(&path) else {
            eprintln!("skipped: ../shared not found ({path})");
            return;
        };
        let texts: Vec<Article> = data
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get(key)?.as_str().map(|t| Article::new("b", t)))
            .collect();
        articles.push((file, texts));
    }
    // Each sample passes over the corpus REPS times so that it lasts long enough for the
    // CPU-time counter; the figure is the median of SAMPLES samples.
    const REPS: usize = 8;
    const SAMPLES: usize = 7;
    for (file, texts) in &articles {
        let bytes: usize = texts.iter().map(|a| a.text.len()).sum();
        let (mut sentences, mut tokens) = (0, 0);
        let analyze = sample(SAMPLES, || {
            for _ in 0..REPS {
                sentences = 0;
                tokens = 0;
                for a in texts {
                    let s = tern_text::analyze(a);
                    sentences += s.len();
                    tokens += s.iter().map(|s| s.tokens.len()).sum::<usize>();
                }
            }
        });
        let mut n = 0;
        let split = sample(SAMPLES, || {
            for _ in 0..REPS {
                n = texts
                    .iter()
                    .map(|a| tern_text::split_sentences(&a.text).len())
                    .sum();
            }
        });
        assert_eq!(n, sentences);
        let (cpu, wall) = (analyze.0 / REPS as f64, analyze.1 / REPS as f64);
        println!(
            "{file}: {} articles, {:.1} MB, {sentences} sentences, {tokens} tokens\n  analyze: {:.1} ms CPU per pass ({:.1} ms wall) = {:.2} M tokens/s, {:.0} k sentences/s, {:.1} MB/s; split_sentences alone {:.1} ms",
            texts.len(),
            bytes as f64 / 1e6,
            cpu * 1e3,
            wall * 1e3,
            tokens as f64 / cpu / 1e6,
            sentences as f64 / cpu / 1e3,
            bytes as f64 / cpu / 1e6,
            split.0 / REPS as f64 * 1e3,
        );
    }
}

/// Median (CPU, wall) seconds of `samples` calls of `f`.
fn sample(samples: usize, mut f: impl FnMut()) -> (f64, f64) {
    let mut runs: Vec<(f64, f64)> = (0..samples)
        .map(|_| {
            let t = Clock::start();
            f();
            t.stop()
        })
        .collect();
    runs.sort_by(|a, b| a.0.total_cmp(&b.0));
    runs[runs.len() / 2]
}
