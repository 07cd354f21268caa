//! Trains the tagger and writes the model:
//!
//! ```text
//! train_tagger TRAIN.conllu DEV.conllu OUT [EPOCHS]
//! ```
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let a: Vec<String> = std::env::args().skip(1).collect();
    if a.len() < 3 {
        return Err("usage: train_tagger TRAIN DEV OUT [EPOCHS]".into());
    }
    let mut opts = tern_pos::TrainOptions::default();
    if let Some(e) = a.get(3) {
        opts.epochs = e.parse()?;
    }
    if let Ok(v) = std::env::var("TAGGER_TWO_PASS") {
        opts.two_pass = v == "1";
    }
    if let Ok(v) = std::env::var("TAGGER_LOWER") {
        opts.lowercase_fraction = v.parse()?;
    }
    if let Ok(v) = std::env::var("TAGGER_RARE_DROP") {
        opts.rare_drop = v.parse()?;
    }
    if let Ok(v) = std::env::var("TAGGER_RARE_COUNT") {
        opts.rare_count = v.parse()?;
    }
    if let Ok(v) = std::env::var("TAGGER_RUNS") {
        opts.runs = v.parse()?;
    }
    if let Ok(v) = std::env::var("TAGGER_CACHE_WORDS") {
        opts.cache_words = v.parse()?;
    }
    if let Ok(v) = std::env::var("TAGGER_PRUNE") {
        opts.prune = v.parse()?;
    }
    let t = tern_pos::train(
        Path::new(&a[0]),
        Some(Path::new(&a[1])),
        &opts,
        &mut std::io::stderr(),
    )?;
    t.save(Path::new(&a[2]))?;
    eprintln!("saved {} ({} bytes)", a[2], std::fs::metadata(&a[2])?.len());
    Ok(())
}
