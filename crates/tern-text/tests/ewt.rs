//! Agreement with UD English EWT (dev and test): tokenization of each `# text` line against
//! the gold words, and sentence boundaries of whole documents. Reads `../shared`; skips with
//! a message when it is absent.

use std::collections::HashSet;
use std::path::PathBuf;
use tern_core::Span;

fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("skipped: ../shared not found");
        None
    }
}

struct GoldSentence {
    text: String,
    words: Vec<String>,
    newdoc: bool,
    newpar: bool,
}

fn read_conllu(path: &PathBuf) -> Vec<GoldSentence> {
    let data = std::fs::read_to_string(path).expect("read conllu");
    let mut out = Vec::new();
    let mut cur = GoldSentence {
        text: String::new(),
        words: Vec::new(),
        newdoc: false,
        newpar: false,
    };
    for line in data.lines() {
        if let Some(t) = line.strip_prefix("# text = ") {
            cur.text = t.to_string();
        } else if line.starts_with("# newdoc") {
            cur.newdoc = true;
        } else if line.starts_with("# newpar") {
            cur.newpar = true;
        } else if line.starts_with('#') {
        } else if line.is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::replace(
                    &mut cur,
                    GoldSentence {
                        text: String::new(),
                        words: Vec::new(),
                        newdoc: false,
                        newpar: false,
                    },
                ));
            }
        } else {
            let mut cols = line.split('\t');
            let id = cols.next().unwrap_or("");
            let form = cols.next().unwrap_or("");
            if !id.contains('-') && !id.contains('.') {
                cur.words.push(form.to_string());
            }
        }
    }
    out
}

/// Gold word spans found in the text left to right (`None` if a word cannot be found).
fn align(text: &str, words: &[String]) -> Option<Vec<(usize, usize)>> {
    let mut pos = 0;
    let mut spans = Vec::with_capacity(words.len());
    for w in words {
        let rest = &text[pos..];
        let skip = rest.len() - rest.trim_start().len();
        pos += skip;
        let rest = &text[pos..];
        let same = rest.starts_with(w.as_str())
            || (rest.len() >= w.len()
                && rest.is_char_boundary(w.len())
                && rest[..w.len()].eq_ignore_ascii_case(w));
        if !same {
            return None;
        }
        let len = w.len();
        spans.push((pos, pos + len));
        pos += len;
    }
    Some(spans)
}

struct Scores {
    sentences: usize,
    exact: usize,
    gold: usize,
    pred: usize,
    hit: usize,
    skipped: usize,
}

fn score_tokens(path: &PathBuf, show: usize) -> Scores {
    let mut s = Scores {
        sentences: 0,
        exact: 0,
        gold: 0,
        pred: 0,
        hit: 0,
        skipped: 0,
    };
    let mut shown = 0;
    for g in read_conllu(path) {
        let Some(gold) = align(&g.text, &g.words) else {
            s.skipped += 1;
            continue;
        };
        let toks = tern_text::tokenize(&g.text, Span::new(0, g.text.len()));
        let pred: Vec<(usize, usize)> = toks
            .iter()
            .map(|t| (t.span.start as usize, t.span.end as usize))
            .collect();
        let gs: HashSet<_> = gold.iter().collect();
        let hit = pred.iter().filter(|p| gs.contains(p)).count();
        s.sentences += 1;
        s.gold += gold.len();
        s.pred += pred.len();
        s.hit += hit;
        if hit == gold.len() && pred.len() == gold.len() {
            s.exact += 1;
        } else if shown < show {
            shown += 1;
            let fmt = |v: &[(usize, usize)]| {
                v.iter()
                    .map(|&(a, b)| &g.text[a..b])
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            eprintln!("GOLD {}\nPRED {}\n", fmt(&gold), fmt(&pred));
        }
    }
    s
}

#[test]
fn tokenization_agrees_with_ewt() {
    let Some(dir) = shared() else { return };
    let show: usize = std::env::var("TERN_TEXT_SHOW")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    for split in ["dev", "test"] {
        let path = dir.join(format!("corpora/ud-english-ewt/en_ewt-ud-{split}.conllu"));
        let s = score_tokens(&path, show);
        let p = s.hit as f64 / s.pred as f64;
        let r = s.hit as f64 / s.gold as f64;
        let f1 = 2.0 * p * r / (p + r);
        let exact = s.exact as f64 / s.sentences as f64;
        println!(
            "EWT {split}: {} sentences ({} unalignable skipped), exact {:.2}%, token P {:.2}% R {:.2}% F1 {:.2}%",
            s.sentences,
            s.skipped,
            100.0 * exact,
            100.0 * p,
            100.0 * r,
            100.0 * f1
        );
        assert!(f1 >= 0.985, "token F1 {f1:.4} below floor on {split}");
        assert!(
            exact >= 0.90,
            "exact sentences {exact:.4} below floor on {split}"
        );
    }
}

/// Joins each document's sentences (spaces within a paragraph, a blank line between
/// paragraphs when `paragraphs`) and scores the splitter's sentence ends.
fn score_boundaries(path: &PathBuf, paragraphs: bool) -> (f64, f64, f64) {
    let sents = read_conllu(path);
    let (mut gold_n, mut pred_n, mut hit) = (0usize, 0usize, 0usize);
    let mut flush = |doc: &str, ends: &[usize]| {
        if doc.is_empty() {
            return;
        }
        let gold: HashSet<usize> = ends.iter().copied().collect();
        let pred: HashSet<usize> = tern_text::split_sentences(doc)
            .iter()
            .map(|s| s.end as usize)
            .collect();
        if std::env::var("TERN_TEXT_SHOW_SPLITS").is_ok() {
            for &e in ends
                .iter()
                .filter(|e| !pred.contains(e) && **e != doc.len())
            {
                let a = doc.floor_char_boundary(e.saturating_sub(50));
                let b = doc.floor_char_boundary((e + 30).min(doc.len()));
                eprintln!("MISS {:?} || {:?}", &doc[a..e], &doc[e..b]);
            }
            for &e in pred
                .iter()
                .filter(|e| !gold.contains(e) && **e != doc.len())
            {
                let a = doc.floor_char_boundary(e.saturating_sub(50));
                let b = doc.floor_char_boundary((e + 30).min(doc.len()));
                eprintln!("EXTRA {:?} || {:?}", &doc[a..e], &doc[e..b]);
            }
        }
        // The end of the document is not a decision.
        gold_n += gold.len() - 1;
        pred_n += pred.iter().filter(|&&e| e != doc.len()).count();
        hit += pred
            .iter()
            .filter(|&&e| e != doc.len() && gold.contains(&e))
            .count();
    };
    let mut doc = String::new();
    let mut ends = Vec::new();
    for s in &sents {
        if s.newdoc {
            flush(&doc, &ends);
            doc.clear();
            ends.clear();
        } else if !doc.is_empty() {
            doc.push_str(if paragraphs && s.newpar { "\n\n" } else { " " });
        }
        doc.push_str(&s.text);
        ends.push(doc.len());
    }
    flush(&doc, &ends);
    let p = hit as f64 / pred_n as f64;
    let r = hit as f64 / gold_n as f64;
    (p, r, 2.0 * p * r / (p + r))
}

#[test]
fn sentence_boundaries_agree_with_ewt() {
    let Some(dir) = shared() else { return };
    for split in ["dev", "test"] {
        let path = dir.join(format!("corpora/ud-english-ewt/en_ewt-ud-{split}.conllu"));
        for paragraphs in [true, false] {
            let (p, r, f1) = score_boundaries(&path, paragraphs);
            println!(
                "EWT {split} sentence ends ({}): P {:.2}% R {:.2}% F1 {:.2}%",
                if paragraphs {
                    "paragraphs as blank lines"
                } else {
                    "all joined by spaces"
                },
                100.0 * p,
                100.0 * r,
                100.0 * f1
            );
            if paragraphs {
                assert!(f1 >= 0.80, "boundary F1 {f1:.4} below floor on {split}");
            } else {
                assert!(f1 >= 0.70, "boundary F1 {f1:.4} below floor on {split}");
            }
        }
    }
}
