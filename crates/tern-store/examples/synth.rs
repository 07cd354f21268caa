//! Fills an event database with synthetic events for benchmarks:
//! `cargo run --release -p tern-store --example synth -- --events 1000000 --db /tmp/big.db [--seed N]`
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let mut events: u64 = 1_000_000;
    let mut db = PathBuf::from("synth.db");
    let mut seed: u64 = 1;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let value = args.next();
        match (a.as_str(), value) {
            ("--events", Some(v)) => match v.parse() {
                Ok(n) => events = n,
                Err(_) => return usage(&format!("--events {v}: not a number")),
            },
            ("--seed", Some(v)) => match v.parse() {
                Ok(n) => seed = n,
                Err(_) => return usage(&format!("--seed {v}: not a number")),
            },
            ("--db", Some(v)) => db = PathBuf::from(v),
            (other, _) => return usage(&format!("unknown or incomplete argument {other}")),
        }
    }
    let mut store = match tern_store::Store::open(&db) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("synth: {e}");
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    let mut last = 0u64;
    let result = tern_store::synth::generate(&mut store, events, seed, |n| {
        if n >= last + 100_000 {
            last = n;
            eprintln!("{n} events, {:.1} s", started.elapsed().as_secs_f64());
        }
    });
    match result {
        Ok(r) => {
            eprintln!(
                "{} stories, {} events in {:.1} s → {}",
                r.new,
                r.events,
                started.elapsed().as_secs_f64(),
                db.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("synth: {e}");
            ExitCode::from(2)
        }
    }
}

fn usage(msg: &str) -> ExitCode {
    eprintln!("synth: {msg}\nusage: synth --events N --db FILE [--seed N]");
    ExitCode::from(2)
}
