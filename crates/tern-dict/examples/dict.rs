//! A small driver for the library, the shape of `tern dict`:
//!
//! ```text
//! dict check  DIR|- [--verbs F] [--actors F,F] [--agents F] [--discards F] [--issues F]
//! dict lookup DIR "PHRASE" [--date YYYY-MM-DD]
//! dict convert FILE [OUT]
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
        _ => {
            eprintln!("unknown command {cmd}");
            ExitCode::from(2)
        }
    }
}
