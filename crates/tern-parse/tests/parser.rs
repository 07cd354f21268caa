//! Behaviour of the embedded model on sentences of our own, tree well-formedness on arbitrary
//! input, model bytes round trip and corruption, and the dev-set floor.
use proptest::prelude::*;
use std::path::Path;
use tern_core::{Sentence, Span, Token, Upos, Xpos};
use tern_parse::{evaluate, read_conllu, Error, Parser};

/// A sentence from `form/UPOS/XPOS` items.
fn tagged(items: &str) -> Sentence {
    let mut s = Sentence::default();
    for item in items.split_whitespace() {
        let mut parts = item.split('/');
        let (form, u, x) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        let mut t = Token::new(form, Span::default());
        t.upos = Upos::from_name(u).unwrap();
        t.xpos = Xpos::from_name(x).unwrap();
        s.tokens.push(t);
    }
    s
}

/// (head form or "ROOT", relation) of the token with this form.
fn arc<'a>(s: &'a Sentence, form: &str) -> (&'a str, &'static str) {
    let i = s.tokens.iter().position(|t| t.form == form).unwrap();
    let t = &s.tokens[i];
    let head = match s.head_of(i) {
        Some(h) => s.tokens[h].form.as_str(),
        None => "ROOT",
    };
    (head, t.rel.as_str())
}

fn assert_tree(s: &Sentence) {
    let n = s.tokens.len();
    let roots: Vec<usize> = (0..n).filter(|&i| s.tokens[i].head == 0).collect();
    if n == 0 {
        return;
    }
    assert_eq!(roots.len(), 1, "exactly one root");
    assert_eq!(s.tokens[roots[0]].rel.as_str(), "root");
    for i in 0..n {
        assert!(s.tokens[i].head as usize <= n);
        if s.tokens[i].head != 0 {
            assert_ne!(s.tokens[i].rel.as_str(), "root");
        }
        // following heads reaches the root within n steps: no cycles
        let (mut j, mut steps) = (i, 0);
        while let Some(h) = s.head_of(j) {
            j = h;
            steps += 1;
            assert!(steps <= n, "cycle through token {i}");
        }
    }
}

#[test]
fn active_clause_subject_and_object() {
    let mut s = tagged("Rodić/PROPN/NNP signed/VERB/VBD the/DET/DT agreement/NOUN/NN ./PUNCT/.");
    Parser::embedded().parse(&mut s);
    assert_tree(&s);
    assert_eq!(arc(&s, "signed"), ("ROOT", "root"));
    assert_eq!(arc(&s, "Rodić"), ("signed", "nsubj"));
    assert_eq!(arc(&s, "agreement"), ("signed", "obj"));
    assert_eq!(arc(&s, "the"), ("agreement", "det"));
    assert_eq!(arc(&s, "."), ("signed", "punct"));
}

#[test]
fn passive_clause_with_agent() {
    let mut s = tagged(
        "The/DET/DT agreement/NOUN/NN was/AUX/VBD signed/VERB/VBN by/ADP/IN Rodić/PROPN/NNP ./PUNCT/.",
    );
    Parser::embedded().parse(&mut s);
    assert_tree(&s);
    assert_eq!(arc(&s, "signed"), ("ROOT", "root"));
    assert_eq!(arc(&s, "agreement"), ("signed", "nsubj:pass"));
    assert_eq!(arc(&s, "was"), ("signed", "aux:pass"));
    let (head, rel) = arc(&s, "Rodić");
    assert_eq!(head, "signed");
    assert!(rel.starts_with("obl"), "Rodić is {rel}");
    assert_eq!(arc(&s, "by"), ("Rodić", "case"));
    assert_eq!(arc(&s, "The"), ("agreement", "det"));
}

#[test]
fn complements_coordination_and_modifiers() {
    let mut s = tagged(
        "Serbian/ADJ/JJ officials/NOUN/NNS said/VERB/VBD that/SCONJ/IN the/DET/DT army/NOUN/NN \
         would/AUX/MD buy/VERB/VB tanks/NOUN/NNS and/CCONJ/CC helicopters/NOUN/NNS ./PUNCT/.",
    );
    Parser::embedded().parse(&mut s);
    assert_tree(&s);
    assert_eq!(arc(&s, "said"), ("ROOT", "root"));
    assert_eq!(arc(&s, "officials"), ("said", "nsubj"));
    assert_eq!(arc(&s, "Serbian"), ("officials", "amod"));
    assert_eq!(arc(&s, "buy"), ("said", "ccomp"));
    assert_eq!(arc(&s, "that"), ("buy", "mark"));
    assert_eq!(arc(&s, "would"), ("buy", "aux"));
    assert_eq!(arc(&s, "army"), ("buy", "nsubj"));
    assert_eq!(arc(&s, "tanks"), ("buy", "obj"));
    assert_eq!(arc(&s, "helicopters"), ("tanks", "conj"));
    assert_eq!(arc(&s, "and"), ("helicopters", "cc"));
}

#[test]
fn empty_and_very_long_sentences() {
    let p = Parser::embedded();
    let mut empty = Sentence::default();
    p.parse(&mut empty);
    assert!(empty.tokens.is_empty());
    let mut long = tagged(&"the/DET/DT talks/NOUN/NNS ended/VERB/VBD ,/PUNCT/, ".repeat(250));
    assert_eq!(long.tokens.len(), 1000);
    p.parse(&mut long);
    assert_tree(&long);
}

fn tag_strategy() -> impl Strategy<Value = (String, u8, u8)> {
    (
        "[A-Za-z0-9,.'-]{1,8}",
        0u8..Upos::COUNT as u8,
        0u8..Xpos::COUNT as u8,
    )
}

#[test]
fn beam_width_is_clamped_and_every_width_parses() {
    let mut p = Parser::embedded().clone();
    assert_eq!(p.beam_width(), tern_parse::DEFAULT_BEAM);
    p.set_beam_width(0);
    assert_eq!(p.beam_width(), 1);
    p.set_beam_width(1000);
    assert_eq!(p.beam_width(), tern_parse::MAX_BEAM);
    for width in [1, 2, 4, 8] {
        p.set_beam_width(width);
        let mut s = tagged(
            "Protesters/NOUN/NNS blocked/VERB/VBD the/DET/DT road/NOUN/NN to/ADP/IN \
             the/DET/DT airport/NOUN/NN on/ADP/IN Monday/PROPN/NNP ./PUNCT/.",
        );
        p.parse(&mut s);
        assert_tree(&s);
        assert_eq!(arc(&s, "blocked"), ("ROOT", "root"), "width {width}");
        assert_eq!(arc(&s, "Protesters"), ("blocked", "nsubj"), "width {width}");
        assert_eq!(arc(&s, "road"), ("blocked", "obj"), "width {width}");
        assert_eq!(arc(&s, "airport").0, "road", "width {width}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn any_token_sequence_gets_a_single_rooted_tree_at_any_width(
        toks in prop::collection::vec(tag_strategy(), 0..120),
        width in 1usize..6,
    ) {
        let mut s = Sentence::default();
        for (form, u, x) in toks {
            let mut t = Token::new(form, Span::default());
            t.upos = Upos(u);
            t.xpos = Xpos(x);
            t.head = 77; // stale values must be overwritten
            s.tokens.push(t);
        }
        let mut p = Parser::embedded().clone();
        p.set_beam_width(width);
        p.parse(&mut s);
        assert_tree(&s);
    }
}

#[test]
fn model_bytes_round_trip_and_corruption_is_an_error() {
    let p = Parser::embedded();
    let bytes = p.to_bytes();
    assert_eq!(&Parser::from_bytes(&bytes).unwrap(), p);
    assert!(matches!(
        Parser::from_bytes(b"not a model at all"),
        Err(Error::BadHeader { .. })
    ));
    assert!(Parser::from_bytes(&[]).is_err());
    for cut in [12, 20, bytes.len() / 2, bytes.len() - 1] {
        assert!(Parser::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
    }
    for pos in [13, 100, bytes.len() / 3, bytes.len() - 3] {
        let mut bad = bytes.clone();
        bad[pos] ^= 0x5a;
        assert!(Parser::from_bytes(&bad).is_err(), "flip at {pos}");
    }
    let mut v2 = bytes.clone();
    v2[8] = 9;
    assert!(matches!(
        Parser::from_bytes(&v2),
        Err(Error::BadHeader { version: 9 })
    ));
    let dir = std::env::temp_dir().join(format!("tern-parse-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("m.parser");
    p.save(&path).unwrap();
    assert_eq!(&Parser::load(&path).unwrap(), p);
    assert!(matches!(
        Parser::load(&dir.join("missing.parser")),
        Err(Error::Io { .. })
    ));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn embedded_model_dev_accuracy_floor() {
    let shared = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    let dev = shared.join("corpora/ud-english-ewt/en_ewt-ud-dev.conllu");
    if !dev.exists() {
        eprintln!("skipped: ../shared not found");
        return;
    }
    let gold = read_conllu(&dev).unwrap();
    let sc = evaluate(Parser::embedded(), &gold);
    eprintln!(
        "EWT dev, gold tags: UAS {:.2} LAS {:.2}",
        sc.uas(),
        sc.las()
    );
    assert!(sc.uas() >= 88.0, "UAS {:.2}", sc.uas());
    assert!(sc.las() >= 85.5, "LAS {:.2}", sc.las());
    // as the pipeline runs it: tags from tern-pos's embedded tagger
    let tagger = tern_pos::Tagger::embedded();
    let mut sc = tern_parse::AttachmentScores::default();
    for g in &gold {
        let mut s = g.clone();
        tagger.tag(&mut s);
        Parser::embedded().parse(&mut s);
        sc.add(g, &s);
    }
    eprintln!(
        "EWT dev, tern-pos tags: UAS {:.2} LAS {:.2}",
        sc.uas(),
        sc.las()
    );
    assert!(sc.uas() >= 84.5, "UAS {:.2}", sc.uas());
    assert!(sc.las() >= 80.5, "LAS {:.2}", sc.las());
}

const TINY: &str = "\
1\tMinisters\tminister\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_
3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_
4\tOslo\tOslo\tPROPN\tNNP\t_\t2\tobl\t_\t_
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tenvoy\tenvoy\tNOUN\tNN\t_\t3\tnsubj\t_\t_
3\tpraised\tpraise\tVERB\tVBD\t_\t0\troot\t_\t_
4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_
5\ttalks\ttalk\tNOUN\tNNS\t_\t3\tobj\t_\t_
6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_
3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_
4\tconvoy\tconvoy\tNOUN\tNN\t_\t2\tobj\t_\t_
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_
";

#[test]
fn training_is_reproducible_and_learns_a_tiny_treebank() {
    let dir = std::env::temp_dir().join(format!("tern-parse-train-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("tiny.conllu");
    std::fs::write(&path, TINY).unwrap();
    // greedy (dynamic oracle) and global beam training
    for beam in [1, 4] {
        let opts = tern_parse::TrainOptions {
            epochs: 8,
            table_bits: [10, 12, 8, 10],
            beam,
            ..Default::default()
        };
        let mut log = Vec::new();
        let a = tern_parse::train(&path, Some(&path), &opts, &mut log).unwrap();
        let b = tern_parse::train(&path, Some(&path), &opts, &mut std::io::sink()).unwrap();
        assert_eq!(a.to_bytes(), b.to_bytes(), "same data and seed, same model");
        assert!(String::from_utf8(log).unwrap().contains("epoch  8"));
        let gold = read_conllu(&path).unwrap();
        let sc = evaluate(&a, &gold);
        assert_eq!(sc.heads, sc.tokens, "beam {beam}: fits its training data");
    }
    let opts = tern_parse::TrainOptions::default();
    // an empty training file is an error, not a panic
    let empty = dir.join("empty.conllu");
    std::fs::write(&empty, "").unwrap();
    assert!(matches!(
        tern_parse::train(&empty, None, &opts, &mut std::io::sink()),
        Err(Error::Training(_))
    ));
    std::fs::remove_dir_all(&dir).ok();
}
