//! Trains the parser and writes the model.
//!
//! ```text
//! cargo run --release -p tern-parse --example train_parser -- \
//!     --train ../shared/corpora/ud-english-ewt/en_ewt-ud-train.conllu \
//!     --dev ../shared/corpora/ud-english-ewt/en_ewt-ud-dev.conllu \
//!     --out crates/tern-parse/models/en_ewt.parser [--epochs N] [--seed N] [--bits A,B,C,D]
//!     [--train-tags TSV [--with-gold-tags]] [--test FILE] [--dev-tags TSV] [--test-tags TSV] [--model FILE]
//!     [--beam N] [--decode-beams A,B,…] [--tagger] [--select-on-tagger] [--tag-noise TSV [--noise-scale F]]
//! ```
//!
//! `--beam` is the training beam (1 = greedy dynamic-oracle training); `--decode-beams`
//! scores the model at several decoding widths (with thread CPU time per token);
//! `--select-on-tagger` picks the epoch on dev tagged by tern-pos's embedded tagger;
//! `--tag-noise` replaces training tags by the tagger's errors as a `dump_tags` file shows
//! them (per gold tag pair, at the same rate × `--noise-scale`).
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

/// Replaces gold tags of `sents` by tagger-like errors: each token whose gold (UPOS, XPOS)
/// the tagger got wrong `e` times out of `n` in `tsv` (a `dump_tags` file) gets, with
/// probability `scale × e / n`, one of those wrong tags (drawn by frequency). Seeded.
fn add_tag_noise(sents: &mut [Sentence], tsv: &Path, scale: f64, seed: u64) {
    use std::collections::BTreeMap;
    let text =
        std::fs::read_to_string(tsv).unwrap_or_else(|e| die(&format!("{}: {e}", tsv.display())));
    type Pair = (u8, u8);
    // gold pair → (count, wrong predicted pair → count)
    let mut conf: BTreeMap<Pair, (u32, BTreeMap<Pair, u32>)> = BTreeMap::new();
    for l in text.lines() {
        let c: Vec<&str> = l.split('\t').collect();
        if c.len() < 5 {
            continue;
        }
        let g = (
            Upos::from_name_or_unknown(c[1]).0,
            Xpos::from_name_or_unknown(c[2]).0,
        );
        let p = (
            Upos::from_name_or_unknown(c[3]).0,
            Xpos::from_name_or_unknown(c[4]).0,
        );
        let e = conf.entry(g).or_default();
        e.0 += 1;
        if p != g {
            *e.1.entry(p).or_default() += 1;
        }
    }
    let mut state = seed ^ 0x5851_f42d_4c95_7f2d;
    let mut next = move || {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
    };
    let (mut changed, mut total) = (0usize, 0usize);
    for t in sents.iter_mut().flat_map(|s| s.tokens.iter_mut()) {
        total += 1;
        let Some((n, errs)) = conf.get(&(t.upos.0, t.xpos.0)) else {
            continue;
        };
        let ne: u32 = errs.values().sum();
        let r = next();
        if ne == 0 || r >= scale * ne as f64 / *n as f64 {
            continue;
        }
        let mut pick = (next() * ne as f64) as u32;
        for (&(u, x), &c) in errs {
            if pick < c {
                t.upos = Upos(u);
                t.xpos = Xpos(x);
                changed += 1;
                break;
            }
            pick -= c;
        }
    }
    eprintln!("tag noise: {changed} of {total} training tokens re-tagged");
}

/// Parses `input` (the gold sentences, possibly re-tagged) and scores against `gold`.
fn report(name: &str, parser: &Parser, gold: &[Sentence], input: &[Sentence]) {
    let mut sc = AttachmentScores::default();
    let mut sents: Vec<Sentence> = input.to_vec();
    let cpu = || -> f64 {
        std::fs::read_to_string("/proc/thread-self/schedstat")
            .ok()
            .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
            .unwrap_or(0.0)
            / 1e9
    };
    let t0 = cpu();
    sents.iter_mut().for_each(|s| parser.parse(s));
    let dt = cpu() - t0;
    let ntok: usize = sents.iter().map(|s| s.tokens.len()).sum();
    for (g, s) in gold.iter().zip(&sents) {
        sc.add(g, s);
    }
    eprintln!(
        "{name}: UAS {:.2} LAS {:.2} ({} tokens, {:.2} µs/token CPU)",
        sc.uas(),
        sc.las(),
        sc.tokens,
        dt * 1e6 / ntok.max(1) as f64
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
    let mut select_tagger = false;
    let mut noise: Option<PathBuf> = None;
    let mut noise_scale = 1.0f64;
    let mut decode_beams: Vec<usize> = Vec::new();
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
            "--select-on-tagger" => select_tagger = true,
            "--tag-noise" => noise = Some(PathBuf::from(val())),
            "--noise-scale" => {
                noise_scale = val().parse().unwrap_or_else(|_| die("bad --noise-scale"))
            }
            "--beam" => opts.beam = val().parse().unwrap_or_else(|_| die("bad --beam")),
            "--decode-beams" => {
                decode_beams = val().split(',').filter_map(|b| b.parse().ok()).collect()
            }
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
    let mut parser = if let Some(m) = model {
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
        if let Some(tsv) = &noise {
            let gold_copy = tr.clone();
            add_tag_noise(&mut tr, tsv, noise_scale, opts.seed);
            if with_gold {
                tr.extend(gold_copy);
            }
        }
        // model selection on the dev set as the parser will see it: with predicted tags if given
        let mut dev_in = dev.clone();
        if let (Some(d), Some(tags)) = (dev_in.as_mut(), &dev_tags) {
            retag(d, tags);
        }
        if let (Some(d), true) = (dev_in.as_mut(), select_tagger) {
            let tagger = tern_pos::Tagger::embedded();
            d.iter_mut().for_each(|s| tagger.tag(s));
        }
        let t0 = std::time::Instant::now();
        let p = train_sentences(&tr, dev_in.as_deref(), &opts, &mut std::io::stderr())
            .unwrap_or_else(|e| die(&e.to_string()));
        eprintln!("trained in {:.1}s", t0.elapsed().as_secs_f64());
        p
    };
    let trained_beam = parser.beam_width();
    if decode_beams.is_empty() {
        decode_beams.push(trained_beam);
    }
    let test = test.map(|p| read(&p));
    for &beam in &decode_beams {
        parser.set_beam_width(beam);
        eprintln!("decoding with beam width {beam}");
        for (name, gold, tags) in [
            ("dev", dev.clone(), dev_tags.clone()),
            ("test", test.clone(), test_tags.clone()),
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
    }
    parser.set_beam_width(trained_beam);
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
