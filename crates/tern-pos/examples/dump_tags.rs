//! Prints `form<TAB>gold UPOS<TAB>gold XPOS<TAB>UPOS<TAB>XPOS<TAB>gold lemma<TAB>lemma` for every
//! word of a CoNLL-U file (blank line between sentences), for error analysis:
//!
//! ```text
//! dump_tags [--model FILE] GOLD.conllu
//! ```
use std::io::Write;
use std::path::Path;
use tern_core::{Sentence, Span, Token};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut a: Vec<String> = std::env::args().skip(1).collect();
    let owned;
    let tagger = if a.first().map(String::as_str) == Some("--model") && a.len() > 1 {
        owned = tern_pos::Tagger::load(Path::new(&a[1]))?;
        a.drain(..2);
        &owned
    } else {
        tern_pos::Tagger::embedded()
    };
    let text = std::fs::read_to_string(a.first().ok_or("usage: dump_tags [--model FILE] GOLD")?)?;
    let out = std::io::stdout();
    let mut out = out.lock();
    let mut gold: Vec<Vec<String>> = Vec::new();
    let flush = |gold: &mut Vec<Vec<String>>, out: &mut dyn Write| -> std::io::Result<()> {
        if gold.is_empty() {
            return Ok(());
        }
        let mut s = Sentence {
            tokens: gold
                .iter()
                .map(|c| Token::new(c[1].as_str(), Span::default()))
                .collect(),
            ..Sentence::default()
        };
        tagger.tag(&mut s);
        for (c, t) in gold.iter().zip(&s.tokens) {
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                c[1], c[3], c[4], t.upos, t.xpos, c[2], t.lemma
            )?;
        }
        writeln!(out)?;
        gold.clear();
        Ok(())
    };
    for line in text.lines() {
        if line.is_empty() {
            flush(&mut gold, &mut out)?;
        } else if !line.starts_with('#') {
            let c: Vec<String> = line.split('\t').map(str::to_string).collect();
            if c.len() == 10 && !c[0].contains('-') && !c[0].contains('.') {
                gold.push(c);
            }
        }
    }
    flush(&mut gold, &mut out)?;
    Ok(())
}
