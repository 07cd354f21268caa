//! Trains the parser and writes the model.
//!
//! ```text
//! cargo run --release -p tern-parse --example train_parser -- \
//!     --train ../shared/corpora/ud-english-ewt/en_ewt-ud-train.conllu \
//!     --dev ../shared/corpora/ud-english-ewt/en_ewt-ud-dev.conllu \
//!     --out crates/tern-parse/models/en_ewt.parser [--epochs N] [--seed N] [--bits A,B,C,D]
//!     [--train-tags TSV [--with-gold-tags]] [--test FILE] [--dev-tags TSV] [--test-tags TSV] [--model FILE]
//! ```
//!
//! `--*-tags` files replace the gold tags of the matching CoNLL-U file by predicted ones
//! (tern-pos's `dump_tags` output: `form gold-UPOS gold-XPOS UPOS XPOS …`, blank line between
//! sentences); `--tagger` also scores with tags from tern-pos's embedded tagger;
//! `--with-gold-tags` trains on both the re-tagged and the gold-tagged copy of the
//! training set; `--model` evaluates an existing model instead of training.
//!
//! ```text
//! ```
use std::path::{Path, PathBuf};
use tern_core::{Sentence, Upos, Xpos};
use tern_parse::{read_conllu, train_sentences, AttachmentScores, Parser, TrainOptions};

/// Replaces the tags of `sents` by predicted ones from a TSV with `form gold-UPOS gold-XPOS
/// UPOS XPOS …` per word and a blank line between sentences (tern-pos's `dump_tags`).
fn retag(sents: &mut [Sentence], tsv: &Path) {
    let text =
        std::fs::read_to_string(tsv).unwrap_or_else(|e| die(&format!("{}: {e}", tsv.display())));
    let mut rows = text.split("\n\n").filter(|b| !b.trim().is_empty());
    for s in sents.iter_mut() {
        let block = rows
            .next()
            .unwrap_or_else(|| die("tag file has fewer sentences"));
        let lines: Vec<&str> = block.lines().filter(|l| !l.is_empty()).collect();
        if lines.len() != s.tokens.len() {
            die("tag file does not match the sentences");
        }
        for (t, l) in s.tokens.iter_mut().zip(lines) {
            let c: Vec<&str> = l.split('\t').collect();
            t.upos = Upos::from_name_or_unknown(c[3]);
            t.xpos = Xpos::from_name_or_unknown(c[4]);
        }
    }
}

/// Parses `input` (the gold sentences, possibly re-tagged) and scores against `gold`.
fn report(name: &str, parser: &Parser, gold: &[Sentence], input: &[Sentence]) {
    let mut sc = AttachmentScores::default();
    for (g, i) in gold.iter().zip(input) {
        let mut s = i.clone();
        parser.parse(&mut s);
        sc.add(g, &s);
    }
    eprintln!(
        "{name}: UAS {:.2} LAS {:.2} ({} tokens)",
        sc.uas(),
        sc.las(),
        sc.tokens
    );
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut tr, mut dev, mut out, mut test) = (None, None, None, None);
    let (mut dev_tags, mut test_tags, mut train_tags, mut model): (
        Option<PathBuf>,
        Option<PathBuf>,
        Option<PathBuf>,
        Option<PathBuf>,
    ) = (None, None, None, None);
    let mut opts = TrainOptions::default();
    let mut with_gold = false;
    let mut use_tagger = false;
    while let Some(a) = args.next() {
        let mut val = || {
            args.next()
                .unwrap_or_else(|| die(&format!("{a} needs a value")))
        };
        match a.as_str() {
            "--train" => tr = Some(PathBuf::from(val())),
            "--dev" => dev = Some(PathBuf::from(val())),
            "--test" => test = Some(PathBuf::from(val())),
            "--with-gold-tags" => with_gold = true,
            "--tagger" => use_tagger = true,
            "--train-tags" => train_tags = Some(PathBuf::from(val())),
            "--dev-tags" => dev_tags = Some(PathBuf::from(val())),
            "--test-tags" => test_tags = Some(PathBuf::from(val())),
            "--model" => model = Some(PathBuf::from(val())),
            "--out" => out = Some(PathBuf::from(val())),
            "--epochs" => opts.epochs = val().parse().unwrap_or_else(|_| die("bad --epochs")),
            "--explore" => {
                opts.explore_prob = val().parse().unwrap_or_else(|_| die("bad --explore"))
            }
            "--explore-from" => {
                opts.explore_from = val().parse().unwrap_or_else(|_| die("bad --explore-from"))
            }
            "--seed" => opts.seed = val().parse().unwrap_or_else(|_| die("bad --seed")),
            "--bits" => {
                let v: Vec<u32> = val().split(',').filter_map(|b| b.parse().ok()).collect();
                opts.table_bits = v
                    .try_into()
                    .unwrap_or_else(|_| die("--bits wants 4 numbers: A,B,C,D"));
            }
            _ => die(&format!("unknown argument {a}")),
        }
    }
    let read = |p: &Path| read_conllu(p).unwrap_or_else(|e| die(&e.to_string()));
    let dev = dev.map(|p| read(&p));
    let parser = if let Some(m) = model {
        Parser::load(&m).unwrap_or_else(|e| die(&e.to_string()))
    } else {
        let mut tr = read(&tr.unwrap_or_else(|| die("--train or --model is required")));
        if let Some(tags) = &train_tags {
            let gold_copy = tr.clone();
            retag(&mut tr, tags);
            if with_gold {
                tr.extend(gold_copy);
            }
        }
        // model selection on the dev set as the parser will see it: with predicted tags if given
        let mut dev_in = dev.clone();
        if let (Some(d), Some(tags)) = (dev_in.as_mut(), &dev_tags) {
            retag(d, tags);
        }
        let t0 = std::time::Instant::now();
        let p = train_sentences(&tr, dev_in.as_deref(), &opts, &mut std::io::stderr())
            .unwrap_or_else(|e| die(&e.to_string()));
        eprintln!("trained in {:.1}s", t0.elapsed().as_secs_f64());
        p
    };
    for (name, gold, tags) in [
        ("dev", dev, dev_tags),
        ("test", test.map(|p| read(&p)), test_tags),
    ] {
        let Some(gold) = gold else { continue };
        report(&format!("{name} (gold tags)"), &parser, &gold, &gold);
        if let Some(tags) = tags {
            let mut input = gold.clone();
            retag(&mut input, &tags);
            report(&format!("{name} (predicted tags)"), &parser, &gold, &input);
        }
        if use_tagger {
            let mut input = gold.clone();
            let tagger = tern_pos::Tagger::embedded();
            input.iter_mut().for_each(|s| tagger.tag(s));
            report(
                &format!("{name} (tern-pos embedded tagger)"),
                &parser,
                &gold,
                &input,
            );
        }
    }
    if let Some(out) = out {
        parser.save(&out).unwrap_or_else(|e| die(&e.to_string()));
        eprintln!(
            "wrote {} ({} bytes)",
            out.display(),
            parser.to_bytes().len()
        );
    }
}

fn die(msg: &str) -> ! {
    eprintln!("train_parser: {msg}");
    std::process::exit(2)
}
