//! End-to-end tests of `tern dict` on PETRARCH2's production dictionaries (from ../shared).
mod common;
use std::path::{Path, PathBuf};
use std::process::Stdio;

fn dictionaries() -> Option<PathBuf> {
    Some(common::shared()?.join("peers/petrarch2/dictionaries"))
}

fn lookup(dir: &Path, phrase: &str, date: &str) -> String {
    let out = common::tern()
        .args(["dict", "lookup", phrase, "--date", date, "--dictionaries"])
        .arg(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    text.lines().next().unwrap_or("").to_string()
}

#[test]
fn lookups_pick_the_code_for_the_story_date() {
    let Some(dir) = dictionaries() else { return };
    assert!(lookup(&dir, "Sergey Shoygu", "2013-11-14").ends_with("-> RUSGOVMIL"));
    assert!(lookup(&dir, "Shojgu", "2013-11-14").ends_with("-> RUSGOVMIL"));
    assert!(lookup(&dir, "Shoigu", "2013-11-14").ends_with("-> RUSGOVMIL"));
    assert!(lookup(&dir, "Tomislav Nikolić", "2010-05-01").ends_with("-> SRBGOVLEG"));
    assert!(lookup(&dir, "Tomislav Nikolić", "2013-05-01").ends_with("-> SRBGOV"));
    assert!(lookup(&dir, "Serbian defense minister", "2013-11-14").ends_with("-> SRBGOVMIL"));
}

#[test]
fn check_counts_the_production_set_and_lists_its_defects() {
    let Some(dir) = dictionaries() else { return };
    let out = common::tern()
        .args(["dict", "check", "--dictionaries"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "the production set has real errors, so check exits 1"
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("4665 patterns"), "{text}");
    assert!(text.contains("35541 phrases"), "{text}");
    assert!(text.contains("2243 entries"), "{text}");
    // The `120]--` block-code typo that reached published data is among the defects.
    assert!(
        text.lines().any(|l| l.contains("CAMEO.2.0.txt:7430:")),
        "{text}"
    );
}

#[test]
fn a_closed_pipe_is_not_a_crash() {
    let Some(dir) = dictionaries() else { return };
    let mut child = common::tern()
        .args(["dict", "check", "--dictionaries"])
        .arg(&dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}
