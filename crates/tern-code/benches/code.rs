//! End-to-end coding speed on real news (issue 4's bar), release build:
//!
//!     cargo bench -p tern-code --bench code
//!
//! Reads `../shared/corpora/news/bench-news.jsonl` (skips with a message when absent), then
//! reports medians over several runs of: loading the embedded default dictionaries and
//! compiling the coder, and coding every article (split, tokenize, tag, parse, code, write
//! JSON Lines to memory) on one thread and on two, in sentences/s. The bar (≥ 25,000
//! sentences/s on one thread; TABARI, which does not parse, codes 15,000–23,000 here) is
//! printed beside the figures, with the share of the time that the reading half (split,
//! tag, parse) takes.
#[path = "../../tern/benches/common/mod.rs"]
mod corpus;

use std::time::{Duration, Instant};
use tern::{Article, Pipeline};
use tern_code::{write, Coder, CoderOptions};
use tern_dict::DictionarySet;

const RUNS: usize = 5;

fn main() {
    let Some(articles) = corpus::bench_news(env!("CARGO_MANIFEST_DIR")) else {
        return;
    };

    let load = corpus::median(
        (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                let (set, _) = DictionarySet::defaults();
                let c = Coder::new(set, CoderOptions::default());
                let d = t.elapsed();
                drop(c);
                d
            })
            .collect(),
    );
    let (set, _) = DictionarySet::defaults();
    let coder = Coder::new(set, CoderOptions::default());
    let pipeline = Pipeline::new();

    let code_one = |a: &Article| -> (usize, usize) {
        let doc = pipeline.analyze(a.clone());
        let events = coder.code(&doc);
        let mut buf = Vec::new();
        write::jsonl(&mut buf, &doc, &events).expect("writing to memory");
        std::hint::black_box(&buf);
        (doc.sentences.len(), events.len())
    };
    let run = |threads: usize| -> (Duration, usize, usize) {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("thread pool");
        let t = Instant::now();
        let (s, e) = pool.install(|| {
            use rayon::prelude::*;
            articles
                .par_iter()
                .map(code_one)
                .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
        });
        (t.elapsed(), s, e)
    };
    let (_, sentences, events) = run(1);
    let one = corpus::median((0..RUNS).map(|_| run(1).0).collect());
    let two = corpus::median((0..RUNS).map(|_| run(2).0).collect());
    let analysis = corpus::median(
        (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                for a in &articles {
                    std::hint::black_box(pipeline.analyze(a.clone()));
                }
                t.elapsed()
            })
            .collect(),
    );
    let rate = |d: Duration| sentences as f64 / d.as_secs_f64();
    println!(
        "corpus: {} articles, {sentences} sentences, {events} events (median of {RUNS} runs)",
        articles.len()
    );
    println!(
        "load default dictionaries + compile coder: {:>7.1} ms",
        load.as_secs_f64() * 1e3
    );
    println!(
        "code, one thread:  {:>8.0} sentences/s   (bar ≥ 25,000; TABARI 15,000–23,000 without parsing)",
        rate(one)
    );
    println!(
        "code, two threads: {:>8.0} sentences/s   ({:.2}× one thread)",
        rate(two),
        one.as_secs_f64() / two.as_secs_f64()
    );
    println!(
        "of which split + tag + parse: {:.0} % of the one-thread time",
        100.0 * analysis.as_secs_f64() / one.as_secs_f64()
    );
}
