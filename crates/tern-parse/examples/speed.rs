//! Parsing speed of a model file on a CoNLL-U file: `speed MODEL FILE [WIDTH] [REPEATS]`,
//! thread CPU time per token, minimum and median over the repeats (one thread).
use std::path::Path;

fn cpu() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .unwrap_or(0.0)
        / 1e9
}

fn main() {
    let a: Vec<String> = std::env::args().skip(1).collect();
    if a.len() < 2 {
        eprintln!("usage: speed MODEL FILE [WIDTH] [REPEATS]");
        std::process::exit(2);
    }
    let mut p = tern_parse::Parser::load(Path::new(&a[0])).expect("model");
    if let Some(w) = a.get(2) {
        p.set_beam_width(w.parse().expect("width"));
    }
    let reps: usize = a.get(3).and_then(|r| r.parse().ok()).unwrap_or(15);
    let gold = tern_parse::read_conllu(Path::new(&a[1])).expect("conllu");
    let ntok: usize = gold.iter().map(|s| s.tokens.len()).sum();
    let mut work = gold.clone();
    let mut t = Vec::new();
    for _ in 0..reps {
        let c = cpu();
        work.iter_mut().for_each(|s| p.parse(s));
        t.push((cpu() - c) * 1e6 / ntok as f64);
    }
    t.sort_by(|a, b| a.total_cmp(b));
    println!(
        "width {}: min {:.3} median {:.3} µs/token",
        p.beam_width(),
        t[0],
        t[t.len() / 2]
    );
}
