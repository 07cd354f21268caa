//! Query timings on a synthetic store, medians of repeated runs.
//!
//! Uses the database in `TERN_BENCH_DB`, else `/tmp/big.db` when it exists (make it with
//! `cargo run --release -p tern-store --example synth -- --events 1000000 --db /tmp/big.db`),
//! else generates 200,000 events into a temporary file first.
use std::path::PathBuf;
use std::time::Instant;
use tern_core::Date;
use tern_store::{Filter, Near, Page, Period, Store};

fn median(mut f: impl FnMut() -> usize, runs: usize) -> (f64, usize) {
    let mut times = Vec::with_capacity(runs);
    let mut n = 0;
    for _ in 0..runs {
        let t = Instant::now();
        n = f();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    (times[runs / 2], n)
}

fn main() {
    let path = std::env::var_os("TERN_BENCH_DB")
        .map(PathBuf::from)
        .or_else(|| {
            let p = PathBuf::from("/tmp/big.db");
            p.exists().then_some(p)
        });
    let path = match path {
        Some(p) => p,
        None => {
            let p = std::env::temp_dir().join(format!("tern-bench-{}.db", std::process::id()));
            let mut s = Store::open(&p).expect("creating the bench database");
            tern_store::synth::generate(&mut s, 200_000, 7, |_| {})
                .expect("generating synthetic events");
            p
        }
    };
    let store = Store::open_existing(&path).expect("opening the bench database");
    let (_, _, events) = store.counts().expect("counting");
    println!("{}: {events} events", path.display());
    let dyad = |a: &str, b: &str| Filter {
        dyad: Some((a.into(), b.into())),
        ..Filter::default()
    };
    let aggregates = [
        ("dyad RUS,SRB by month", dyad("RUS", "SRB")),
        ("dyad USA,RUS by month", dyad("USA", "RUS")),
        ("dyad USAGOV,CHN by month", dyad("USAGOV", "CHN")),
    ];
    for (name, f) in &aggregates {
        let (ms, n) = median(|| store.stats(f, Period::Month).expect("stats").len(), 21);
        println!("{name:<44} median {ms:8.2} ms  ({n} months)");
    }
    let from = Date::parse("2015-01-01");
    let pages = [
        (
            "page: --actor RUS --from 2015-01-01",
            Filter {
                actor: Some("RUS".into()),
                from,
                ..Filter::default()
            },
        ),
        (
            "page: --dyad USA,CHN --cameo 04",
            Filter {
                cameo: Some("04".into()),
                ..dyad("USA", "CHN")
            },
        ),
        (
            "page: --cameo 19 --from 2020-01-01",
            Filter {
                cameo: Some("19".into()),
                from: Date::parse("2020-01-01"),
                ..Filter::default()
            },
        ),
        (
            "page: --near 44.8,20.46,50 (Belgrade)",
            Filter {
                near: Some(Near {
                    lat: 44.8,
                    lon: 20.46,
                    km: 50.0,
                }),
                ..Filter::default()
            },
        ),
        (
            "page: --source SRB --quad 4 --one-a-day",
            Filter {
                source: Some("SRB".into()),
                quad: Some(4),
                one_a_day: true,
                ..Filter::default()
            },
        ),
        (
            "page: --plover AGREE --offset 10000",
            Filter {
                plover: Some("AGREE".into()),
                ..Filter::default()
            },
        ),
    ];
    for (i, (name, f)) in pages.iter().enumerate() {
        let page = Page {
            limit: 100,
            offset: if i == 5 { 10_000 } else { 0 },
        };
        let (ms, n) = median(|| store.query(f, page).expect("query").len(), 21);
        println!("{name:<44} median {ms:8.2} ms  ({n} events)");
    }
}
