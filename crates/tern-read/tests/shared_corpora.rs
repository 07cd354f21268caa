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
