//! Runs place recognition over a JSONL news file (`text`, optional `title`) and prints
//! counts, timing, and a sample of mentions for eyeballing.
//!
//! `cargo run --release -p tern-geo --example scan -- FILE.jsonl [SAMPLE_EVERY]`
//!
//! Sentences and tokens come from a crude splitter (periods before a space, whitespace,
//! trailing punctuation peeled off), so that this needs no other tern crate.
use std::collections::BTreeMap;
use std::time::Instant;
use tern_core::{Article, Doc, Sentence, Span, Token};

fn tokens(text: &str, from: usize, to: usize) -> Vec<Token> {
    let mut out = Vec::new();
    let mut at = from;
    for w in text[from..to].split_inclusive(char::is_whitespace) {
        let word = w.trim_end();
        let core = word.trim_end_matches([',', '.', ';', ':', '"', '”', '’', '?', '!', ')']);
        let inner = core.trim_start_matches(['"', '“', '‘', '(']);
        let lead = core.len() - inner.len();
        if lead > 0 {
            out.push(Token::new(&core[..lead], Span::new(at, at + lead)));
        }
        if !inner.is_empty() {
            out.push(Token::new(inner, Span::new(at + lead, at + core.len())));
        }
        let mut p = at + core.len();
        for c in word[core.len()..].chars() {
            out.push(Token::new(c.to_string(), Span::new(p, p + c.len_utf8())));
            p += c.len_utf8();
        }
        at += w.len();
    }
    out
}

fn doc(article: Article) -> Doc {
    let text = article.text.clone();
    let mut sentences = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    for i in 0..=b.len() {
        let end = i == b.len()
            || b[i] == b'\n'
            || (i > 0
                && b[i - 1] == b'.'
                && b[i] == b' '
                && b.get(i + 1).is_some_and(u8::is_ascii_uppercase));
        if end && text.is_char_boundary(i) && i > start {
            let toks = tokens(&text, start, i);
            if !toks.is_empty() {
                sentences.push(Sentence {
                    span: Span::new(start, i),
                    tokens: toks,
                    ..Sentence::default()
                });
            }
            start = i + 1;
        }
    }
    let mut d = Doc::new(article);
    d.sentences = sentences;
    d
}

/// This thread's CPU time in ms (Linux), which a busy machine does not inflate.
fn cpu_ms() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(f64::NAN, |ns| ns / 1e6)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: scan FILE.jsonl [SAMPLE_EVERY]");
        std::process::exit(2);
    };
    let every: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1)
    });
    tern_geo::Gazetteer::embedded();
    let (mut docs, mut sents, mut mentions, mut located, mut datelines, mut tokens_n) =
        (0, 0, 0, 0, 0, 0);
    let mut by_name: BTreeMap<String, (usize, String)> = BTreeMap::new();
    let mut elapsed = 0.0;
    let mut all = Vec::new();
    for line in data.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let Some(text) = v
            .get("text")
            .or_else(|| v.get("doc_text"))
            .and_then(|t| t.as_str())
        else {
            continue;
        };
        let d = doc(Article::new("x", text));
        docs += 1;
        let t = Instant::now();
        let dl = tern_geo::dateline_place(&d.article);
        datelines += dl.is_some() as usize;
        for (i, s) in d.sentences.iter().enumerate() {
            sents += 1;
            tokens_n += s.tokens.len();
            for m in tern_geo::find_places(s, &d.article.text) {
                mentions += 1;
                let best = tern_geo::resolve(&m, &[], dl.as_ref());
                let e = by_name
                    .entry(d.text_of(m.span).to_string())
                    .or_insert((0, String::new()));
                e.0 += 1;
                if let Some(p) = best {
                    e.1 = format!(
                        "{} {} {:?}{}",
                        p.name,
                        p.country,
                        p.kind,
                        if m.locative { " loc" } else { "" }
                    );
                }
            }
            located += tern_geo::locate(&d, i, &[], dl.as_ref()).is_some() as usize;
        }
        elapsed += t.elapsed().as_secs_f64();
        all.push(d);
    }
    // find_places alone, over every sentence, CPU time.
    let c = cpu_ms();
    let mut n = 0;
    for d in &all {
        for s in &d.sentences {
            n += tern_geo::find_places(s, &d.article.text).len();
        }
    }
    let find_cpu = cpu_ms() - c;
    assert_eq!(n, mentions);
    println!(
        "{docs} docs, {sents} sentences, {tokens_n} tokens: {mentions} mentions, {datelines} datelines, \
         {located} sentences located; {:.1} ms ({:.2} µs/token) for everything; \
         find_places alone {:.1} ms CPU ({:.2} µs/token)",
        elapsed * 1e3,
        elapsed * 1e6 / tokens_n.max(1) as f64,
        find_cpu,
        find_cpu * 1e3 / tokens_n.max(1) as f64
    );
    if every > 0 {
        for (i, (name, (n, best))) in by_name.iter().enumerate() {
            if i % every == 0 {
                println!("{n:5}  {name:30} -> {best}");
            }
        }
    }
}
