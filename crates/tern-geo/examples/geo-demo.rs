//! Prints the load time and counts of the embedded gazetteer, then the places found in each
//! line of a text file (whitespace tokens), with the location `locate` picks.
//!
//! `cargo run --release -p tern-geo --example geo-demo -- FILE [ACTOR...]`
use std::time::Instant;
use tern_core::{Article, Doc, Sentence, Span, Token};

/// This thread's CPU time in ms (Linux), which a busy machine does not inflate.
fn cpu_ms() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(f64::NAN, |ns| ns / 1e6)
}

fn main() {
    let c = cpu_ms();
    let t = Instant::now();
    let g = tern_geo::Gazetteer::embedded();
    let load = t.elapsed();
    let load_cpu = cpu_ms() - c;
    let kinds = |k| g.places().iter().filter(|p| p.kind == k).count();
    println!(
        "gazetteer: loaded in {:.1} ms ({:.1} ms CPU); {} countries, {} regions, {} places, {} names",
        load.as_secs_f64() * 1e3,
        load_cpu,
        kinds(tern_geo::Precision::Country),
        kinds(tern_geo::Precision::Region),
        kinds(tern_geo::Precision::City),
        g.name_count()
    );
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else { return };
    let actors: Vec<&str> = args[1..].iter().map(String::as_str).collect();
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let mut doc = Doc::new(Article::new("demo", text.clone()));
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let mut tokens = Vec::new();
        let mut at = pos;
        for w in line.split_inclusive(char::is_whitespace) {
            let word = w.trim_end();
            let core = word.trim_end_matches([',', '.', ';', ':', '"', '”', '“']);
            let core_l = core.trim_start_matches(['"', '“', '(']);
            let lead = core.len() - core_l.len();
            if lead > 0 {
                tokens.push(Token::new(&core[..lead], Span::new(at, at + lead)));
            }
            if !core_l.is_empty() {
                tokens.push(Token::new(core_l, Span::new(at + lead, at + core.len())));
            }
            let mut p = at + core.len();
            for c in word[core.len()..].chars() {
                tokens.push(Token::new(c.to_string(), Span::new(p, p + c.len_utf8())));
                p += c.len_utf8();
            }
            at += w.len();
        }
        if !tokens.is_empty() {
            doc.sentences.push(Sentence {
                span: Span::new(pos, pos + line.len()),
                tokens,
                ..Sentence::default()
            });
        }
        pos += line.len();
    }
    let t = Instant::now();
    let dateline = tern_geo::dateline_place(&doc.article);
    println!("dateline: {dateline:?}");
    let mut n = 0;
    for (i, s) in doc.sentences.iter().enumerate() {
        for m in tern_geo::find_places(s, &doc.article.text) {
            n += 1;
            let best = tern_geo::resolve(&m, &actors, dateline.as_ref());
            println!(
                "  {i}: {:?} loc={} conf={:.2} -> {:?}",
                doc.text_of(m.span),
                m.locative,
                m.confidence,
                best.map(|p| (p.name, p.country, p.admin1))
            );
        }
        let loc = tern_geo::locate(&doc, i, &actors, dateline.as_ref());
        println!("{i}: {:?}", loc.map(|l| (l.name, l.country, l.precision)));
    }
    eprintln!(
        "{} lines, {n} mentions in {:.2} ms",
        doc.sentences.len(),
        t.elapsed().as_secs_f64() * 1e3
    );
}
