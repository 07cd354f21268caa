//! Generates the compact WordNet lexicon files in `crates/tern-pos/data/` from an installed
//! WordNet 3.0 database (Debian: `apt-get install wordnet-base`, files in /usr/share/wordnet).
//!
//! ```text
//! cargo run --release -p tern-pos --example build_lexicon -- /usr/share/wordnet crates/tern-pos/data
//! ```
//!
//! Writes `wordnet-lexicon.tsv` (`word<TAB>letters`, letters from `nvar` = the parts of speech
//! WordNet lists the word under) and `wordnet-exceptions.tsv` (`form<TAB>pos<TAB>lemma`, the
//! first lemma of each entry of WordNet's `*.exc` files). Only single words are kept (no
//! underscores, no spaces). Output is sorted, so the same input gives the same bytes.
use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::PathBuf;

fn keep(w: &str) -> bool {
    !w.is_empty()
        && w.len() <= 40
        && w.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'\'' || b == b'.'
        })
        && w.bytes().any(|b| b.is_ascii_lowercase())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let src = PathBuf::from(args.next().unwrap_or_else(|| "/usr/share/wordnet".into()));
    let out = PathBuf::from(args.next().unwrap_or_else(|| "crates/tern-pos/data".into()));
    let mut lex: BTreeMap<String, String> = BTreeMap::new();
    let mut exc: BTreeMap<(String, char), String> = BTreeMap::new();
    for (file, pos) in [("noun", 'n'), ("verb", 'v'), ("adj", 'a'), ("adv", 'r')] {
        let index = fs::read_to_string(src.join(format!("index.{file}")))?;
        for line in index.lines().filter(|l| !l.starts_with(' ')) {
            let Some(w) = line.split(' ').next() else {
                continue;
            };
            if keep(w) {
                let e = lex.entry(w.to_string()).or_default();
                if !e.contains(pos) {
                    e.push(pos);
                }
            }
        }
        let excs = fs::read_to_string(src.join(format!("{file}.exc")))?;
        for line in excs.lines() {
            let mut it = line.split(' ');
            let (Some(form), Some(lemma)) = (it.next(), it.next()) else {
                continue;
            };
            if keep(form) && keep(lemma) {
                exc.entry((form.to_string(), pos))
                    .or_insert_with(|| lemma.to_string());
            }
        }
    }
    fs::create_dir_all(&out)?;
    let mut f = fs::File::create(out.join("wordnet-lexicon.tsv"))?;
    for (w, p) in &lex {
        let mut letters: Vec<char> = p.chars().collect();
        letters.sort_by_key(|c| "nvar".find(*c));
        writeln!(f, "{w}\t{}", letters.into_iter().collect::<String>())?;
    }
    let mut f = fs::File::create(out.join("wordnet-exceptions.tsv"))?;
    for ((form, pos), lemma) in &exc {
        writeln!(f, "{form}\t{pos}\t{lemma}")?;
    }
    eprintln!("{} words, {} exceptions", lex.len(), exc.len());
    Ok(())
}
