//! End-to-end speed of the reading half on real news, one thread, release build:
//!
//!     cargo bench -p tern --bench pipeline
//!
//! Reads `../shared/corpora/news/bench-news.jsonl` (skips with a message when absent), then
//! reports the median over several runs of: model loading, splitting + tokenization, tagging,
//! and tagging + parsing, in tokens/s and sentences/s. The bars are printed beside the
//! figures (tagging ≥ 1,000,000 tokens/s; tagging + parsing ≥ 40,000 sentences/s; models load
//! in ≤ 100 ms).
#[path = "common/mod.rs"]
mod corpus;

use std::path::Path;
use std::time::{Duration, Instant};
use tern::{pos, text, Sentence};

const RUNS: usize = 7;

fn main() {
    let Some(articles) = corpus::bench_news(env!("CARGO_MANIFEST_DIR")) else {
        return;
    };

    // Model loading: read and decode the committed model files, as a fresh process decodes the
    // embedded copies.
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (tagger_file, parser_file) = (
        here.join("../tern-pos/models/en_ewt.tagger"),
        here.join("../tern-parse/models/en_ewt.parser"),
    );
    let load = corpus::median(
        (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                let tagger = pos::Tagger::load(&tagger_file).expect("embedded tagger");
                let parser = tern::parse::Parser::load(&parser_file).expect("embedded parser");
                let d = t.elapsed();
                drop((tagger, parser));
                d
            })
            .collect(),
    );

    let tokenize = || -> Vec<Sentence> { articles.iter().flat_map(text::analyze).collect() };
    let split = corpus::median(
        (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                let s = tokenize();
                let d = t.elapsed();
                assert!(!s.is_empty());
                d
            })
            .collect(),
    );
    let sentences = tokenize();
    let n_sent = sentences.len();
    let n_tok: usize = sentences.iter().map(|s| s.tokens.len()).sum();
    assert!(
        n_tok > 50_000,
        "the benchmark corpus looks truncated: {n_tok} tokens"
    );

    let tagger = pos::Tagger::embedded();
    let parser = tern::parse::Parser::embedded();
    let mut work = sentences.clone();
    let tag = corpus::median(
        (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                for s in work.iter_mut() {
                    tagger.tag(s);
                }
                t.elapsed()
            })
            .collect(),
    );
    let both = corpus::median(
        (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                for s in work.iter_mut() {
                    tagger.tag(s);
                    parser.parse(s);
                }
                t.elapsed()
            })
            .collect(),
    );
    let roots = work
        .iter()
        .filter(|s| !s.tokens.is_empty())
        .filter(|s| s.tokens.iter().filter(|t| t.head == 0).count() == 1)
        .count();
    assert_eq!(
        roots,
        work.iter().filter(|s| !s.tokens.is_empty()).count(),
        "every parsed sentence has one root"
    );

    let rate = |n: usize, d: Duration| n as f64 / d.as_secs_f64();
    println!("corpus: {} articles, {n_sent} sentences, {n_tok} tokens (median of {RUNS} runs, one thread)", articles.len());
    println!(
        "model load (tagger + parser):  {:>8.1} ms            (bar ≤ 100 ms)",
        load.as_secs_f64() * 1e3
    );
    println!(
        "split + tokenize:              {:>12.0} tokens/s  {:>9.0} sentences/s",
        rate(n_tok, split),
        rate(n_sent, split)
    );
    println!("tagging:                       {:>12.0} tokens/s  {:>9.0} sentences/s  (bar ≥ 1,000,000 tokens/s)", rate(n_tok, tag), rate(n_sent, tag));
    println!("tagging + parsing:             {:>12.0} tokens/s  {:>9.0} sentences/s  (bar ≥ 40,000 sentences/s)", rate(n_tok, both), rate(n_sent, both));
    let end_to_end = split + both;
    println!(
        "tokenize + tag + parse:        {:>12.0} tokens/s  {:>9.0} sentences/s",
        rate(n_tok, end_to_end),
        rate(n_sent, end_to_end)
    );
}
