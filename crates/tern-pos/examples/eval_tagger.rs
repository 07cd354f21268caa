//! Scores a tagger model (or the embedded one) on gold CoNLL-U files:
//!
//! ```text
//! eval_tagger [--model FILE] GOLD.conllu...
//! ```
use std::path::Path;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut a: Vec<String> = std::env::args().skip(1).collect();
    let t0 = Instant::now();
    let owned;
    let tagger = if a.first().map(String::as_str) == Some("--model") && a.len() > 1 {
        owned = tern_pos::Tagger::load(Path::new(&a[1]))?;
        a.drain(..2);
        &owned
    } else {
        tern_pos::Tagger::embedded()
    };
    let pruned;
    let tagger = match std::env::var("PRUNE").ok().and_then(|v| v.parse().ok()) {
        Some(min) => {
            pruned = tagger.pruned(min);
            eprintln!("pruned to {:?}", pruned.size());
            &pruned
        }
        None => tagger,
    };
    eprintln!("load {:.1} ms", t0.elapsed().as_secs_f64() * 1000.0);
    for g in &a {
        let t = Instant::now();
        let e = tern_pos::evaluate(tagger, Path::new(g))?;
        println!(
            "{g}: {} tokens UPOS {:.2}% XPOS {:.2}% lemma {:.2}% NOUN+VERB lemma {:.2}% (gold tags {:.2}%) [{:.0} tok/s incl. lemmas]",
            e.tokens,
            100.0 * e.upos_accuracy(),
            100.0 * e.xpos_accuracy(),
            100.0 * e.lemma_accuracy(),
            100.0 * e.noun_verb_lemma as f64 / e.noun_verb.max(1) as f64,
            100.0 * e.noun_verb_lemma_gold_tags as f64 / e.noun_verb.max(1) as f64,
            e.tokens as f64 / t.elapsed().as_secs_f64()
        );
    }
    Ok(())
}
