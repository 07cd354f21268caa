//! Drops small weights from a tagger model (same result as training with `prune` set):
//!
//! ```text
//! prune_model IN OUT MIN
//! ```
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let a: Vec<String> = std::env::args().skip(1).collect();
    if a.len() != 3 {
        return Err("usage: prune_model IN OUT MIN".into());
    }
    let t = tern_pos::Tagger::load(Path::new(&a[0]))?.pruned(a[2].parse()?);
    t.save(Path::new(&a[1]))?;
    eprintln!("{:?}", t);
    Ok(())
}
