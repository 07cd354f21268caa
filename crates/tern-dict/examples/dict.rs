//! A small driver for the library, the shape of `tern dict`:
//!
//! ```text
//! dict check  DIR|- [--verbs F] [--actors F,F] [--agents F] [--discards F] [--issues F]
//! dict lookup DIR "PHRASE" [--date YYYY-MM-DD]
//! dict convert FILE [OUT]
//! dict bench  DIR NEWS.jsonl          (actor matching throughput on {"text": …} lines)
//! ```
use std::path::PathBuf;
use std::process::ExitCode;
use tern_core::{Date, Severity};
use tern_dict::{DictSources, DictionarySet};

fn sources(args: &mut Vec<String>) -> DictSources {
    let mut s = DictSources::default();
    let dir = args.remove(0);
    if dir != "-" {
        s.dir = Some(dir.into());
    }
    let mut i = 0;
    while i + 1 < args.len() {
        let v = args[i + 1].clone();
        match args[i].as_str() {
            "--verbs" => s.verbs = Some(v.into()),
            "--actors" => s.actors = v.split(',').map(PathBuf::from).collect(),
            "--agents" => s.agents = Some(v.into()),
            "--discards" => s.discards = Some(v.into()),
            "--issues" => s.issues = Some(v.into()),
            _ => {
                i += 1;
                continue;
            }
        }
        args.drain(i..i + 2);
    }
    s
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("usage: dict check|lookup|convert …");
        return ExitCode::from(2);
    }
    let cmd = args.remove(0);
    match cmd.as_str() {
        "check" => {
            let src = sources(&mut args);
            let (set, mut diags) = match DictionarySet::load(&src) {
                Ok(x) => x,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            };
            diags.extend(set.check());
            for d in &diags {
                println!("{d}");
            }
            println!("{}", set.counts());
            let errors = diags
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            println!("{} errors, {} warnings", errors, diags.len() - errors);
            if errors > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        "lookup" => {
            let src = sources(&mut args);
            let date = args
                .iter()
                .position(|a| a == "--date")
                .and_then(|i| args.get(i + 1))
                .and_then(|d| Date::parse(d));
            let Some(phrase) = args.first() else {
                eprintln!("lookup needs a phrase");
                return ExitCode::from(2);
            };
            match DictionarySet::load(&src) {
                Ok((set, _)) => {
                    print!("{}", set.lookup(phrase, date));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(2)
                }
            }
        }
        "convert" => {
            let src = PathBuf::from(&args[0]);
            let mut out: Box<dyn std::io::Write> = match args.get(1) {
                Some(p) => match std::fs::File::create(p) {
                    Ok(f) => Box::new(std::io::BufWriter::new(f)),
                    Err(e) => {
                        eprintln!("error: {p}: {e}");
                        return ExitCode::from(2);
                    }
                },
                None => Box::new(std::io::stdout().lock()),
            };
            match tern_dict::convert(&src, None, &mut out) {
                Ok(diags) => {
                    for d in diags {
                        eprintln!("{d}");
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(2)
                }
            }
        }
        "bench" => {
            let src = sources(&mut args);
            let Some(news) = args.first() else {
                eprintln!("bench needs a .jsonl file");
                return ExitCode::from(2);
            };
            let (set, _) = match DictionarySet::load(&src) {
                Ok(x) => x,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            };
            let t0 = std::time::Instant::now();
            let m = set.matcher();
            let build = t0.elapsed();
            let text = std::fs::read_to_string(news).unwrap_or_default();
            let mut sentences: Vec<Vec<String>> = Vec::new();
            for line in text.lines() {
                let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                    continue;
                };
                let body = v["text"].as_str().unwrap_or("");
                for s in body.split(". ") {
                    let words: Vec<String> = s
                        .split_whitespace()
                        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
                        .filter(|w| !w.is_empty())
                        .collect();
                    if !words.is_empty() {
                        sentences.push(words);
                    }
                }
            }
            let words: usize = sentences.iter().map(|s| s.len()).sum();
            let t1 = std::time::Instant::now();
            let mut found = 0usize;
            for s in &sentences {
                found += m.find_words(s).len();
            }
            let scan = t1.elapsed();
            println!(
                "matcher built in {:.1} ms; {} sentences, {} words matched in {:.1} ms ({:.2} µs/sentence, {:.1} M words/s); {} mentions",
                build.as_secs_f64() * 1e3,
                sentences.len(),
                words,
                scan.as_secs_f64() * 1e3,
                scan.as_secs_f64() * 1e6 / sentences.len().max(1) as f64,
                words as f64 / scan.as_secs_f64() / 1e6,
                found
            );
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("unknown command {cmd}");
            ExitCode::from(2)
        }
    }
}
