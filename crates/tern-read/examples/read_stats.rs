//! Reads the given inputs and prints counts and throughput:
//! `cargo run --release -p tern-read --example read_stats -- FILE… [--repeat N] [--show K]`.

use std::time::Instant;
use tern_read::{read_inputs, InputFormat, Record};

fn main() {
    let mut inputs = Vec::new();
    let mut repeat = 1usize;
    let mut show = 0usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--repeat" => repeat = args.next().and_then(|n| n.parse().ok()).unwrap_or(1),
            "--show" => show = args.next().and_then(|n| n.parse().ok()).unwrap_or(0),
            _ => inputs.push(a),
        }
    }
    let bytes: u64 = inputs
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    let (mut articles, mut diags, mut text_bytes) = (0usize, 0usize, 0usize);
    let start = Instant::now();
    for round in 0..repeat {
        for r in read_inputs(&inputs, InputFormat::Auto) {
            match r {
                Record::Article(a) => {
                    if round == 0 && articles < show {
                        println!("{a:#?}");
                    }
                    articles += 1;
                    text_bytes += a.text.len();
                }
                Record::Diagnostic(d) => {
                    if round == 0 {
                        println!("{d}");
                    }
                    diags += 1;
                }
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} articles, {} diagnostics, {} text bytes in {:.3} s over {} rounds: {:.1} MB/s, {:.0} articles/s",
        articles / repeat,
        diags / repeat,
        text_bytes / repeat,
        secs,
        repeat,
        (bytes * repeat as u64) as f64 / secs / 1e6,
        articles as f64 / secs
    );
}
