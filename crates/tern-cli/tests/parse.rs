//! End-to-end tests of `tern parse`: the binary on real-looking input, bad input, and every
//! file of the shared corpora (when ../shared is present).
mod common;
use common::{shared, tern};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run_stdin(args: &[&str], input: &str) -> Output {
    let mut child = tern()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// CoNLL-U sentences as lists of token rows (columns split on tabs).
fn sentences(conllu: &str) -> Vec<Vec<Vec<String>>> {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    for line in conllu.lines() {
        if line.is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        } else if !line.starts_with('#')
            && line
                .split('\t')
                .next()
                .is_some_and(|id| id.parse::<usize>().is_ok())
        {
            cur.push(line.split('\t').map(str::to_string).collect());
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[test]
fn the_sample_article_is_split_tagged_and_parsed_into_trees() {
    let out = tern()
        .arg("parse")
        .arg(root().join("examples/sample-article.txt"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let sents = sentences(&text);
    assert!(sents.len() >= 6, "{} sentences", sents.len());
    for s in &sents {
        assert_eq!(
            s.iter().filter(|t| t[6] == "0").count(),
            1,
            "one root per sentence: {s:?}"
        );
        for t in s {
            assert_eq!(t.len(), 10);
            let head: usize = t[6].parse().unwrap();
            assert!(head <= s.len());
        }
    }
    // The byline is not body text; the title is not coded either.
    assert!(!text.contains("Staff Reporter"));
    let signed = sents
        .iter()
        .flatten()
        .find(|t| t[1] == "signed")
        .expect("a token `signed`");
    assert_eq!(
        (signed[2].as_str(), signed[3].as_str(), signed[4].as_str()),
        ("sign", "VERB", "VBD")
    );
    let szijjarto = sents
        .iter()
        .flatten()
        .find(|t| t[1] == "Szijjártó")
        .expect("the name survives intact");
    assert_eq!(szijjarto[3], "PROPN");
}

#[test]
fn jsonl_output_gives_character_offsets_into_the_text() {
    let input =
        "{\"id\":\"a1\",\"date\":\"2013-11-14\",\"text\":\"Vučić met Shoygu in Belgrade.\"}\n";
    let out = run_stdin(&["parse", "--format", "jsonl", "-"], input);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["id"], "a1");
    assert_eq!(doc["date"], "2013-11-14");
    let tokens = doc["sentences"][0]["tokens"].as_array().unwrap();
    let shoygu = tokens.iter().find(|t| t["form"] == "Shoygu").unwrap();
    assert_eq!(
        (shoygu["start"].as_u64(), shoygu["end"].as_u64()),
        (Some(10), Some(16))
    );
}

#[test]
fn a_bad_json_line_is_reported_and_skipped_and_the_rest_is_read() {
    let input = "{\"id\":\"a1\",\"text\":\"Serbia signed the agreement.\"}\n{\"id\": 2, \"text\": \n{\"id\":\"a3\",\"text\":\"Russia welcomed it.\"}\n";
    let out = run_stdin(
        &["parse", "--input-format", "jsonl", "--format", "jsonl", "-"],
        input,
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "exit status 1 says something was skipped"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("-:2:"), "the message names the line: {err}");
    let ids: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["a1", "a3"]);
}

#[test]
fn a_missing_path_is_an_error_naming_it() {
    let out = tern().args(["parse", "no/such/file.txt"]).output().unwrap();
    assert_ne!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/file.txt"));
}

#[test]
fn conllu_input_keeps_the_given_tokens() {
    let input = "# sent_id = t1\n# text = Rodić signed it.\n1\tRodić\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\tsigned\t_\t_\t_\t_\t_\t_\t_\t_\n3\tit\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
    let out = run_stdin(
        &[
            "parse",
            "--input-format",
            "conllu",
            "--format",
            "conllu",
            "-",
        ],
        input,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("# sent_id = t1\n# text = Rodić signed it.\n"));
    let s = &sentences(&text)[0];
    let forms: Vec<&str> = s.iter().map(|t| t[1].as_str()).collect();
    assert_eq!(forms, ["Rodić", "signed", "it", "."]);
    assert_eq!(s[1][7], "root");
    assert_eq!(s[0][7], "nsubj");
    assert_eq!(s[2][7], "obj");
}

/// The robustness bar: every file under ../shared/corpora and ../shared/examples goes
/// through `tern parse` without a crash (zip archives are refused as binary, with a message).
#[test]
fn every_shared_corpus_file_parses_without_a_crash() {
    let Some(shared) = shared() else { return };
    let mut files = Vec::new();
    for dir in ["corpora", "examples"] {
        let mut stack = vec![shared.join(dir)];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else {
                    files.push(p);
                }
            }
        }
    }
    files.sort();
    assert!(files.len() >= 10);
    for f in files {
        let out = tern()
            .arg("parse")
            .arg(&f)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{}: {err}", f.display());
        assert!(
            matches!(out.status.code(), Some(0) | Some(1)),
            "{}: {:?} {err}",
            f.display(),
            out.status
        );
    }
}
