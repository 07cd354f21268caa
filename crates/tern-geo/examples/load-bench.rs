//! Times inflating and parsing the embedded gazetteer (median of 7 runs each): wall clock,
//! and on Linux the thread's CPU time (from /proc/thread-self/schedstat), which a busy
//! machine does not inflate.
//! `cargo run --release -p tern-geo --example load-bench`
use std::io::Read;
use std::time::Instant;

fn cpu_ms() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(f64::NAN, |ns| ns / 1e6)
}

fn main() {
    let bytes = include_bytes!("../data/gazetteer.tsv.z");
    let mut inflate = Vec::new();
    let mut parse = Vec::new();
    let mut cpu_inflate = Vec::new();
    let mut cpu_parse = Vec::new();
    for _ in 0..7 {
        let c = cpu_ms();
        let t = Instant::now();
        let mut text = String::new();
        flate2::read::ZlibDecoder::new(&bytes[..])
            .read_to_string(&mut text)
            .expect("inflates");
        inflate.push(t.elapsed().as_secs_f64() * 1e3);
        cpu_inflate.push(cpu_ms() - c);
        let text: &'static str = Box::leak(text.into_boxed_str());
        let c = cpu_ms();
        let t = Instant::now();
        let g = tern_geo::Gazetteer::parse(text).expect("parses");
        parse.push(t.elapsed().as_secs_f64() * 1e3);
        cpu_parse.push(cpu_ms() - c);
        assert!(g.places().len() > 1000);
    }
    for v in [&mut inflate, &mut parse, &mut cpu_inflate, &mut cpu_parse] {
        v.sort_by(f64::total_cmp);
    }
    println!(
        "{} bytes compressed; medians of 7: inflate {:.1} ms wall / {:.1} ms CPU, \
         parse {:.1} ms wall / {:.1} ms CPU",
        bytes.len(),
        inflate[3],
        cpu_inflate[3],
        parse[3],
        cpu_parse[3]
    );
}
