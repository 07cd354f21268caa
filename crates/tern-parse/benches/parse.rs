//! Parsing throughput on one thread and model load time, as medians.
//!
//! `cargo bench -p tern-parse` parses the EWT dev sentences (gold tokens and tags, from
//! `../shared`) repeatedly and prints sentences/s and tokens/s; it also times decoding the
//! embedded model, and the other beam widths.
use std::path::Path;
use std::time::Instant;
use tern_parse::{read_conllu, Parser};

/// CPU time of this thread in seconds (Linux), so that a busy machine does not distort the
/// figure; falls back to wall time elsewhere.
fn cpu_now() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    let shared = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    let dev = shared.join("corpora/ud-english-ewt/en_ewt-ud-dev.conllu");
    if !dev.exists() {
        println!("skipped: ../shared not found");
        return;
    }
    let bytes = std::fs::read(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/models/en_ewt.parser"
    )))
    .expect("model file");
    let loads: Vec<f64> = (0..5)
        .map(|_| {
            let t = Instant::now();
            let p = Parser::from_bytes(&bytes).expect("model decodes");
            let dt = t.elapsed().as_secs_f64();
            drop(p);
            dt
        })
        .collect();
    println!(
        "model load: median {:.1} ms ({} bytes)",
        median(loads) * 1e3,
        bytes.len()
    );
    let t = Instant::now();
    let parser = Parser::embedded();
    println!(
        "embedded model first use (validation and copy): {:.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    if let Ok(s) = std::fs::read_to_string("/proc/self/smaps_rollup") {
        if let Some(l) = s.lines().find(|l| l.starts_with("AnonHugePages")) {
            println!(
                "transparent huge pages in use: {}",
                l.trim_start_matches("AnonHugePages:").trim()
            );
        }
    }
    let gold = read_conllu(&dev).expect("dev set");
    let ntok: usize = gold.iter().map(|s| s.tokens.len()).sum();
    let mut work = gold.clone();
    let mut rates = Vec::new();
    let mut cpu = Vec::new();
    for _ in 0..9 {
        let t = Instant::now();
        let c = cpu_now();
        for s in work.iter_mut() {
            parser.parse(s);
        }
        rates.push(t.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (c, cpu_now()) {
            cpu.push(b - a);
        }
    }
    let secs = median(rates);
    // the bar: tagging (tern-pos) and parsing together, from forms
    let mut both = Vec::new();
    let tagger = tern_pos::Tagger::embedded();
    for _ in 0..9 {
        let c = cpu_now();
        let t = Instant::now();
        for s in work.iter_mut() {
            tagger.tag(s);
            parser.parse(s);
        }
        both.push(match (c, cpu_now()) {
            (Some(a), Some(b)) => b - a,
            _ => t.elapsed().as_secs_f64(),
        });
    }
    let b = median(both);
    println!(
        "tag + parse EWT dev, thread CPU time: median {:.0} sentences/s, {:.0} tokens/s, {:.0} ns/token",
        gold.len() as f64 / b,
        ntok as f64 / b,
        b * 1e9 / ntok as f64
    );
    if !cpu.is_empty() {
        let c = median(cpu);
        println!(
            "parse EWT dev, thread CPU time: median {:.0} sentences/s, {:.0} tokens/s, {:.0} ns/token",
            gold.len() as f64 / c,
            ntok as f64 / c,
            c * 1e9 / ntok as f64
        );
    }
    println!(
        "parse EWT dev, wall clock ({} sentences, {} tokens, {:.1} tokens/sentence): median {:.0} sentences/s, {:.0} tokens/s, {:.0} ns/token",
        gold.len(),
        ntok,
        ntok as f64 / gold.len() as f64,
        gold.len() as f64 / secs,
        ntok as f64 / secs,
        secs * 1e9 / ntok as f64
    );
    // other beam widths (thread CPU time)
    for width in [1, 4, 8] {
        let mut p = parser.clone();
        p.set_beam_width(width);
        let mut times = Vec::new();
        for _ in 0..5 {
            let (c, t) = (cpu_now(), Instant::now());
            for s in work.iter_mut() {
                p.parse(s);
            }
            times.push(match (c, cpu_now()) {
                (Some(a), Some(b)) => b - a,
                _ => t.elapsed().as_secs_f64(),
            });
        }
        let c = median(times);
        println!(
            "parse EWT dev, beam width {width}, thread CPU time: median {:.0} sentences/s, {:.0} ns/token",
            gold.len() as f64 / c,
            c * 1e9 / ntok as f64
        );
    }
}
