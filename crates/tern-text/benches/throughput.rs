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
    for (file, texts) in &articles {
        let bytes: usize = texts.iter().map(|a| a.text.len()).sum();
        let mut runs = Vec::new();
        let mut walls = Vec::new();
        let (mut sentences, mut tokens) = (0, 0);
        for _ in 0..9 {
            let t0 = Clock::start();
            sentences = 0;
            tokens = 0;
            for a in texts {
                let s = tern_text::analyze(a);
                sentences += s.len();
                tokens += s.iter().map(|s| s.tokens.len()).sum::<usize>();
            }
            let (cpu, wall) = t0.stop();
            runs.push(cpu);
            walls.push(wall);
        }
        runs.sort_by(f64::total_cmp);
        walls.sort_by(f64::total_cmp);
        let med = runs[runs.len() / 2];
        let t0 = Clock::start();
        let mut n = 0;
        for a in texts {
            n += tern_text::split_sentences(&a.text).len();
        }
        let split_only = t0.stop().0;
        assert_eq!(n, sentences);
        println!(
            "{file}: {} articles, {:.1} MB, {sentences} sentences, {tokens} tokens; analyze median {:.1} ms CPU ({:.1} ms wall) = {:.2} M tokens/s, {:.0} k sentences/s, {:.1} MB/s (split alone {:.1} ms)",
            texts.len(),
            bytes as f64 / 1e6,
            med * 1e3,
            walls[walls.len() / 2] * 1e3,
            tokens as f64 / med / 1e6,
            sentences as f64 / med / 1e3,
            bytes as f64 / med / 1e6,
            split_only * 1e3
        );
    }
}
