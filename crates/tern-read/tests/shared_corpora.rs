//! Reads every input file under `../shared` (examples, corpora, peers) and checks the counts
//! verified by hand. Skips, with a message, when `../shared` is absent.

use std::path::{Path, PathBuf};
use tern_core::Severity;
use tern_read::{read_inputs, InputFormat, Record};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

fn shared() -> Option<PathBuf> {
    let p = Path::new(SHARED);
    if p.is_dir() {
        Some(p.to_path_buf())
    } else {
        eprintln!("skipped: ../shared not found");
        None
    }
}

#[derive(Debug, Default)]
struct Counts {
    articles: usize,
    segments: usize,
    tokens: usize,
    errors: usize,
    warnings: usize,
    messages: Vec<String>,
}

fn count(path: &Path, format: InputFormat) -> Counts {
    let mut c = Counts::default();
    for r in read_inputs(&[path.to_string_lossy().into_owned()], format) {
        match r {
            Record::Article(a) => {
                c.articles += 1;
                c.segments += a.segments.len();
                for s in &a.segments {
                    assert!(a.text.get(s.span.range()).is_some(), "{}: bad span", a.id);
                    for t in s.tokens.iter().flatten() {
                        assert!(a.text.get(t.range()).is_some(), "{}: bad token", a.id);
                        c.tokens += 1;
                    }
                }
            }
            Record::Diagnostic(d) => {
                match d.severity {
                    Severity::Error => c.errors += 1,
                    Severity::Warning => c.warnings += 1,
                }
                c.messages.push(d.to_string());
            }
        }
    }
    c
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files_under(&p, out);
        } else if p
            .extension()
            .and_then(|e| e.to_str())
            .and_then(InputFormat::from_extension)
            .is_some()
        {
            out.push(p);
        }
    }
}

#[test]
fn every_shared_input_reads_without_errors() {
    let Some(shared) = shared() else { return };
    let mut files = Vec::new();
    files_under(&shared.join("examples"), &mut files);
    files_under(&shared.join("corpora"), &mut files);
    for peer in std::fs::read_dir(shared.join("peers"))
        .into_iter()
        .flatten()
        .flatten()
    {
        let p = peer.path();
        files_under(&p.join("text"), &mut files);
        for f in std::fs::read_dir(&p).into_iter().flatten().flatten() {
            if f.path().extension().is_some_and(|e| e == "xml") {
                files.push(f.path());
            }
        }
    }
    files.sort();
    files.dedup();
    assert!(files.len() >= 10, "{files:?}");
    for f in &files {
        let c = count(f, InputFormat::Auto);
        eprintln!(
            "{}: {} articles, {} segments, {} tokens, {} errors, {} warnings {:?}",
            f.strip_prefix(&shared).unwrap_or(f).display(),
            c.articles,
            c.segments,
            c.tokens,
            c.errors,
            c.warnings,
            c.messages.iter().take(3).collect::<Vec<_>>()
        );
        // Text files that are not articles (licenses, dictionaries) still read; the news,
        // treebank and PETRARCH inputs must read cleanly.
        let name = f.to_string_lossy();
        if name.ends_with(".jsonl") || name.ends_with(".conllu") || name.contains("/articles/") {
            assert_eq!(c.errors, 0, "{name}: {:?}", c.messages);
        }
    }
}

/// (path under ../shared, articles, segments, tokens, errors, warnings), verified by hand
/// (sentence and word counts with grep, `<Sentence` tags counted in the XML files).
const EXPECTED: &[(&str, usize, usize, usize, usize, usize)] = &[
    ("corpora/news/bench-news.jsonl", 1635, 0, 0, 0, 0),
    (
        "corpora/news/india-police-events.docs.jsonl",
        1257,
        0,
        0,
        0,
        0,
    ),
    (
        "corpora/ud-english-ewt/en_ewt-ud-test.conllu",
        316,
        2077,
        25094,
        0,
        0,
    ),
    (
        "corpora/ud-english-ewt/en_ewt-ud-dev.conllu",
        318,
        2001,
        25147,
        0,
        0,
    ),
    (
        "corpora/ud-english-ewt/en_ewt-ud-train.conllu",
        544,
        12544,
        204577,
        0,
        0,
    ),
    (
        "peers/petrarch2/text/PETR.UnitTest.records.xml",
        114,
        284,
        0,
        0,
        0,
    ),
    (
        "peers/petrarch2/text/GigaWord.sample.PETR.xml",
        75,
        76,
        0,
        0,
        0,
    ),
    (
        "peers/universal-petrarch/PETR.UnitTest.records.udpipe.xml",
        284,
        284,
        0,
        0,
        0,
    ),
    // Quirks reported as warnings: self-closed <Sentence/>, `#` banner, a 6-digit date.
    (
        "peers/universal-petrarch/PETR2_GSR_validation.xml",
        78,
        78,
        0,
        0,
        3,
    ),
];

#[test]
fn verified_counts() {
    let Some(shared) = shared() else { return };
    for &(rel, articles, segments, tokens, errors, warnings) in EXPECTED {
        let c = count(&shared.join(rel), InputFormat::Auto);
        assert_eq!(
            (c.articles, c.segments, c.tokens, c.errors, c.warnings),
            (articles, segments, tokens, errors, warnings),
            "{rel}: {:?}",
            c.messages
        );
    }
}

#[test]
fn the_example_article() {
    let Some(shared) = shared() else { return };
    let path = shared.join("examples/articles/russia-serbia-defense-cooperation.txt");
    let recs: Vec<Record> =
        read_inputs(&[path.to_string_lossy().into_owned()], InputFormat::Auto).collect();
    assert_eq!(recs.len(), 1);
    let Record::Article(a) = &recs[0] else {
        panic!("{recs:?}")
    };
    assert_eq!(a.id, "russia-serbia-defense-cooperation");
    assert!(a
        .title
        .as_deref()
        .is_some_and(|t| t.starts_with("Russia and Serbia")));
    assert!(a
        .byline
        .as_deref()
        .is_some_and(|b| b.starts_with("By ") && b.ends_with("Belgrade")));
    assert_eq!(a.dateline.as_deref(), Some("Belgrade"));
    // The body starts with the first paragraph: no title, no byline in the coded text.
    assert!(a.text.starts_with("Serbian defense minister"));
    assert!(!a.text.contains("By Milo"));
}

#[test]
fn petrarch_sentences_keep_parse_config_and_story() {
    let Some(shared) = shared() else { return };
    let path = shared.join("peers/petrarch2/text/PETR.UnitTest.records.xml");
    let articles: Vec<_> = read_inputs(&[path.to_string_lossy().into_owned()], InputFormat::Auto)
        .filter_map(|r| match r {
            Record::Article(a) => Some(a),
            Record::Diagnostic(_) => None,
        })
        .collect();
    let first = &articles[0];
    assert_eq!(first.id, "DEMO");
    assert_eq!(first.segments[0].id.as_deref(), Some("DEMO-00"));
    assert!(first
        .segments
        .iter()
        .all(|s| s.parse.as_deref().is_some_and(|p| p.starts_with("(ROOT"))));
    assert_eq!(first.config("stop_on_error"), Some("True"));
    assert!(articles
        .iter()
        .any(|a| a.config("require_dyad") == Some("false")));
    assert!(articles.iter().all(|a| a.date.is_some()));
}

#[test]
fn conllu_text_matches_the_text_comments() {
    let Some(shared) = shared() else { return };
    for (file, sentences) in [
        ("en_ewt-ud-test.conllu", 2077),
        ("en_ewt-ud-dev.conllu", 2001),
        ("en_ewt-ud-train.conllu", 12544),
    ] {
        let path = shared.join("corpora/ud-english-ewt").join(file);
        let (mut checked, mut differ) = (0, Vec::new());
        for r in read_inputs(&[path.to_string_lossy().into_owned()], InputFormat::Auto) {
            let Record::Article(a) = r else { continue };
            for s in &a.segments {
                let given = s.comments.iter().find_map(|c| c.strip_prefix("# text = "));
                if let Some(given) = given {
                    checked += 1;
                    if &a.text[s.span.range()] != given.trim_end() {
                        differ.push((given.to_string(), a.text[s.span.range()].to_string()));
                    }
                }
            }
        }
        assert_eq!(checked, sentences, "{file}");
        assert!(
            differ.is_empty(),
            "{file}: {} differ, e.g. {:?}",
            differ.len(),
            &differ[..differ.len().min(3)]
        );
    }
}
