//! Tagging throughput on real news text (`../shared/corpora/news/bench-news.jsonl`), gold
//! models embedded. Tokenization is a simple whitespace split with leading and trailing
//! punctuation split off; sentences end at `.`, `!` and `?`.
//!
//! ```text
//! cargo bench -p tern-pos --bench tag
//! ```
//! Prints the median over runs of tokens per second (wall clock, and per CPU second of this
//! thread when /proc/thread-self/schedstat is available, which is robust on a busy machine),
//! tagging including lemmas, one thread, and the load time of the embedded model.
use std::time::Instant;
use tern_core::{Sentence, Span, Token};

fn cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

fn tokenize(text: &str, out: &mut Vec<Sentence>) {
    let mut cur = Sentence::default();
    let punct = |c: char| {
        matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | '"' | '“' | '”' | '(' | ')'
        )
    };
    for w in text.split_whitespace() {
        let start = w.len() - w.trim_start_matches(punct).len();
        let core = w.trim_matches(punct);
        for c in w[..start].chars() {
            cur.tokens.push(Token::new(c.to_string(), Span::default()));
        }
        if !core.is_empty() {
            let (stem, clitic) = match core.find("'s") {
                Some(i) if i > 0 && i + 2 == core.len() => (&core[..i], Some("'s")),
                _ => (core, None),
            };
            cur.tokens.push(Token::new(stem, Span::default()));
            if let Some(c) = clitic {
                cur.tokens.push(Token::new(c, Span::default()));
            }
        }
        let tail = &w[start..];
        let tail = &tail[tail
            .trim_end_matches(punct)
            .len()
            .max(core.len())
            .min(tail.len())..];
        let mut end = false;
        for c in tail.chars() {
            cur.tokens.push(Token::new(c.to_string(), Span::default()));
            end |= matches!(c, '.' | '!' | '?');
        }
        if end {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
}

fn main() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpora/news/bench-news.jsonl"
    );
    let Ok(data) = std::fs::read_to_string(path) else {
        println!("skipped: ../shared not found");
        return;
    };
    // The WordNet lexicon (shared by the lemmatizer and the tagger) first, then the model.
    let c0 = cpu_ns();
    let t1 = Instant::now();
    tern_pos::lemmatize(
        "signed",
        tern_core::Upos::VERB,
        tern_core::Xpos::from_name_or_unknown("VBD"),
    );
    let lex_load = t1.elapsed();
    let c1 = cpu_ns();
    let t0 = Instant::now();
    // `TAGGER_MODEL=FILE` measures a model file instead of the embedded one.
    let loaded = std::env::var("TAGGER_MODEL")
        .ok()
        .map(|p| tern_pos::Tagger::load(std::path::Path::new(&p)).expect("TAGGER_MODEL"));
    let tagger = match &loaded {
        Some(t) => t,
        None => tern_pos::Tagger::embedded(),
    };
    let load = t0.elapsed();
    let c2 = cpu_ns();
    let cpu_ms = |a: Option<u64>, b: Option<u64>| match (a, b) {
        (Some(a), Some(b)) => format!(" ({:.1} ms CPU)", (b - a) as f64 / 1e6),
        _ => String::new(),
    };
    let (lex_cpu, load_cpu) = (cpu_ms(c0, c1), cpu_ms(c1, c2));
    // `PRUNE=N` measures the embedded model with weights below N dropped.
    let pruned;
    let tagger = match std::env::var("PRUNE").ok().and_then(|v| v.parse().ok()) {
        Some(min) => {
            pruned = tagger.pruned(min);
            &pruned
        }
        None => tagger,
    };
    let mut sents = Vec::new();
    for line in data.lines() {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
            if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                tokenize(t, &mut sents);
            }
        }
    }
    let ntok: usize = sents.iter().map(|s| s.tokens.len()).sum();
    // Warm up.
    for s in sents.iter_mut().take(200) {
        tagger.tag(s);
    }
    // `RUNS=N` changes the number of timed runs (7).
    let runs = std::env::var("RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(7usize)
        .max(1);
    let mut wall = Vec::new();
    let mut cpu = Vec::new();
    for _ in 0..runs {
        let c0 = cpu_ns();
        let t = Instant::now();
        for s in sents.iter_mut() {
            tagger.tag(s);
        }
        wall.push(ntok as f64 / t.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (c0, cpu_ns()) {
            cpu.push(ntok as f64 / ((b - a) as f64 / 1e9));
        }
    }
    wall.sort_by(f64::total_cmp);
    cpu.sort_by(f64::total_cmp);
    println!(
        "tern-pos tag: {} sentences, {ntok} tokens; median of {runs} runs: {:.0} tokens/s wall{}",
        sents.len(),
        wall[runs / 2],
        cpu.get(cpu.len() / 2)
            .map(|c| format!(", {c:.0} tokens/s per CPU second"))
            .unwrap_or_default()
    );
    println!(
        "WordNet lexicon load {:.1} ms{lex_cpu}, then model load {:.1} ms{load_cpu}, {:?}",
        lex_load.as_secs_f64() * 1e3,
        load.as_secs_f64() * 1e3,
        tagger
    );
}
