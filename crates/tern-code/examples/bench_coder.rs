//! Times the coder alone (documents analysed once beforehand) on a JSON Lines corpus.
//!
//! `cargo run --release -p tern-code --example bench_coder -- CORPUS.jsonl DICT_DIR`
use std::time::Instant;
use tern_code::{Coder, CoderOptions};
use tern_dict::{DictSources, DictionarySet};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(corpus), Some(dir)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: bench_coder CORPUS.jsonl DICT_DIR");
        std::process::exit(2);
    };
    let (set, _) = DictionarySet::load(&DictSources::dir(dir)).expect("dictionaries load");
    let coder = Coder::new(set, CoderOptions::default());
    let pipeline = tern::Pipeline::new();
    let docs: Vec<tern_core::Doc> =
        tern_read::read_inputs(std::slice::from_ref(corpus), tern_read::InputFormat::Auto)
            .filter_map(|r| match r {
                tern_read::Record::Article(a) => Some(pipeline.analyze(a)),
                _ => None,
            })
            .collect();
    let sentences: usize = docs.iter().map(|d| d.sentences.len()).sum();
    let mut best = f64::MAX;
    let mut events = 0;
    for _ in 0..5 {
        let t = Instant::now();
        events = docs.iter().map(|d| coder.code(d).len()).sum::<usize>();
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "coder alone: {} docs, {sentences} sentences, {events} events; best of 5: {:.3} s = {:.1} µs/sentence ({:.0} sentences/s)",
        docs.len(),
        best,
        best * 1e6 / sentences as f64,
        sentences as f64 / best
    );
}
