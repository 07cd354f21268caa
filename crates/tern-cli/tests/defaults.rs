//! `tern code` with no dictionary flag: tern's own default dictionaries, end to end.
//!
//! * `tests/data/verbs-*.tsv`, `actors-ministers.tsv`: sentences we wrote for the verb
//!   dictionary and for the officials and agents, one per line,
//!   `cameo<TAB>source<TAB>target<TAB>sentence` (`-` = any actor; an actor code matches a
//!   coded actor that starts with it, so `RUS` accepts `RUSGOV`).
//! * The example article of `../shared/examples/articles/` (skipped with a message when
//!   `../shared` is absent; CI has it): what a human coder expects of it.
mod common;
use common::temp_dir;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// Runs `tern code` on `input` with the defaults; events grouped by story id.
fn code(input: &Path, extra: &[&str]) -> BTreeMap<String, Vec<Value>> {
    let mut by_story: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for e in common::code_events(input, extra) {
        let id = e["story_id"].as_str().unwrap().to_string();
        by_story.entry(id).or_default().push(e);
    }
    by_story
}

fn actor(e: &Value, side: &str) -> String {
    e[side]["code"].as_str().unwrap_or("").to_string()
}

fn matches(want: &str, got: &str) -> bool {
    want == "-" || got.starts_with(want)
}

fn check_sentences(file: &str, at_least: usize) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let dir = temp_dir(file);
    let input = dir.join("sentences.jsonl");
    let mut jsonl = String::new();
    let mut cases = Vec::new();
    for (no, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.splitn(4, '\t').collect();
        assert_eq!(
            f.len(),
            4,
            "{file}:{}: expected 4 tab-separated fields",
            no + 1
        );
        let id = format!("line{}", no + 1);
        jsonl.push_str(
            &serde_json::json!({"id": id, "date": "2024-06-15", "text": f[3]}).to_string(),
        );
        jsonl.push('\n');
        cases.push((no + 1, f[0], f[1], f[2], f[3], id));
    }
    std::fs::write(&input, jsonl).unwrap();
    let events = code(&input, &[]);
    let mut failures = Vec::new();
    for (no, cameo, src, tgt, sentence, id) in &cases {
        let got = events.get(id).map(Vec::as_slice).unwrap_or(&[]);
        let ok = got.iter().any(|e| {
            e["cameo"] == *cameo
                && matches(src, &actor(e, "source"))
                && matches(tgt, &actor(e, "target"))
        });
        if !ok {
            let coded: Vec<String> = got
                .iter()
                .map(|e| {
                    format!(
                        "{} {}→{}",
                        e["cameo"].as_str().unwrap_or(""),
                        actor(e, "source"),
                        actor(e, "target")
                    )
                })
                .collect();
            failures.push(format!(
                "{file}:{no}: want {cameo} {src}→{tgt}, got {coded:?}: {sentence}"
            ));
        }
    }
    std::fs::remove_dir_all(&dir).ok();
    let passed = cases.len() - failures.len();
    eprintln!(
        "{file}: {passed}/{} sentences coded as expected",
        cases.len()
    );
    for f in &failures {
        eprintln!("  {f}");
    }
    assert!(
        cases.len() >= at_least,
        "{file}: only {} sentences",
        cases.len()
    );
    // Parsing errors cost a few; the dictionary must carry the rest.
    assert!(
        passed * 100 >= cases.len() * 90,
        "{file}: only {passed}/{} sentences coded as expected",
        cases.len()
    );
}

#[test]
fn verb_sentences_a_to_l_code_as_written() {
    check_sentences("verbs-al.tsv", 80);
}

#[test]
fn verb_sentences_m_to_z_code_as_written() {
    check_sentences("verbs-mz.tsv", 80);
}

/// Officials of `dictionaries/src/officials.tsv` and country + role compositions.
#[test]
fn actor_and_minister_sentences_code_as_written() {
    check_sentences("actors-ministers.tsv", 50);
}

#[test]
fn the_example_article_codes_as_a_human_would() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/examples/articles");
    let article = dir.join("russia-serbia-defense-cooperation.txt");
    if !article.exists() {
        eprintln!(
            "skipped: ../shared not found ({} is absent)",
            article.display()
        );
        return;
    }
    let events: Vec<Value> = code(&article, &["--date", "2013-11-14"])
        .into_values()
        .flatten()
        .collect();
    let has = |pred: &dyn Fn(&Value) -> bool| events.iter().any(pred);
    let cameo = |e: &Value| e["cameo"].as_str().unwrap_or("").to_string();
    let text = |e: &Value| e["sentence"].as_str().unwrap_or("").to_string();
    // The signing, both directions, between the two defence ministers.
    for (a, b) in [("SRB", "RUS"), ("RUS", "SRB")] {
        assert!(
            has(&|e| cameo(e) == "057"
                && actor(e, "source").starts_with(a)
                && actor(e, "target").starts_with(b)),
            "no 057 {a}→{b}: {events:#?}"
        );
    }
    // Nikolić meets Shoygu.
    assert!(
        has(&|e| cameo(e).starts_with("04")
            && actor(e, "source") == "SRBGOV"
            && actor(e, "target") == "RUSGOVMIL"),
        "no meeting SRBGOV→RUSGOVMIL: {events:#?}"
    );
    // Russia supports Serbia's government and territorial integrity.
    assert!(
        has(&|e| cameo(e).starts_with("05")
            && actor(e, "source").starts_with("RUS")
            && actor(e, "target").starts_with("SRB")
            && text(e).contains("territorial integrity")),
        "no support RUS→SRB: {events:#?}"
    );
    // Every mention of the two ministers carries their role on that date.
    for e in &events {
        for side in ["source", "target"] {
            let t = e[side]["text"].as_str().unwrap_or("");
            if t.contains("Shoygu") || t.contains("Shojgu") {
                assert_eq!(actor(e, side), "RUSGOVMIL", "{e:#}");
            }
            if t.contains("Rodić") {
                assert_eq!(actor(e, side), "SRBGOVMIL", "{e:#}");
            }
        }
        // Nothing from the negated sentences.
        let s = text(e);
        for negated in [
            "did not gave",
            "was not mentioned",
            "has not been confirmed",
        ] {
            assert!(!s.contains(negated), "coded a negated sentence: {e:#}");
        }
    }
    // Undated, the title the text gives Rodić names his role (the dictionary's latest role
    // is SRBELI, after he left office), and Shoygu, named as his counterpart, is the Russian
    // defence minister (a role the dictionary gives him; his latest is RUSGOV) in every
    // later mention too.
    let undated: Vec<Value> = code(&article, &[]).into_values().flatten().collect();
    let mut shoygu = 0;
    for e in &undated {
        for side in ["source", "target"] {
            let t = e[side]["text"].as_str().unwrap_or("");
            if t.contains("Shoygu") {
                shoygu += 1;
                assert_eq!(actor(e, side), "RUSGOVMIL", "{e:#}");
            }
        }
    }
    assert!(shoygu >= 3, "Shoygu in {shoygu} events: {undated:#?}");
    let titled: Vec<&Value> = undated
        .iter()
        .filter(|e| {
            e["source"]["text"]
                .as_str()
                .is_some_and(|t| t.contains("defense minister Nebojša Rodić"))
        })
        .collect();
    assert!(
        !titled.is_empty(),
        "no event with Rodić as the source: {undated:#?}"
    );
    for e in titled {
        assert_eq!(actor(e, "source"), "SRBGOVMIL", "{e:#}");
    }
}
