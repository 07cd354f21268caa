//! `tern code` and `tern eval` end to end, with our own mini dictionaries and articles.
mod common;
use common::{mini_dictionary_args as dict_args, temp_dir, tern, write_mini_dictionaries};
use std::path::PathBuf;

fn setup(name: &str) -> PathBuf {
    let dir = temp_dir(&format!("code-{name}"));
    write_mini_dictionaries(&dir, "", "");
    dir
}

#[test]
fn code_writes_json_lines_with_explanations_and_a_summary() {
    let dir = setup("jsonl");
    let input = dir.join("news.jsonl");
    std::fs::write(
        &input,
        "{\"id\":\"s1\",\"date\":\"2013-11-14\",\"text\":\"Serbia praised Russia on Thursday.\"}\n",
    )
    .unwrap();
    let out = tern()
        .arg("code")
        .arg(&input)
        .args(dict_args(&dir))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("1 articles, 1 sentences,"), "{stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let first: serde_json::Value =
        serde_json::from_str(stdout.lines().next().expect("one event")).unwrap();
    assert_eq!(first["story_id"], "s1");
    assert_eq!(first["date"], "2013-11-14");
    assert_eq!(first["source"]["code"], "SRB");
    assert_eq!(first["target"]["code"], "RUS");
    assert_eq!(first["cameo"], "051");
    assert_eq!(first["source"]["start"], 0);
    assert!(first["explain"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x["role"] == "verb"));
    for fmt in ["phoenix", "petrarch", "plover"] {
        let out = tern()
            .arg("code")
            .arg(&input)
            .args(["--format", fmt])
            .args(dict_args(&dir))
            .output()
            .unwrap();
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("SRB"), "{fmt}: {text}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn eval_reports_each_record_and_the_totals() {
    let dir = setup("eval");
    let xml = dir.join("records.xml");
    std::fs::write(
        &xml,
        "<Sentences>\n<Sentence date=\"20131114\" id=\"T-01\" sentence=\"true\">\n\
         <EventCoding sourcecode=\"SRB\" targetcode=\"RUS\" eventcode=\"051\"></EventCoding>\n\
         <Text>Serbia praised Russia.</Text>\n</Sentence>\n</Sentences>\n",
    )
    .unwrap();
    let out = tern()
        .args(["eval", "petrarch"])
        .arg(&xml)
        .args(dict_args(&dir))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("T-01"), "{stdout}");
    assert!(stdout.contains("records exactly right"), "{stdout}");
    std::fs::remove_dir_all(&dir).ok();
}
