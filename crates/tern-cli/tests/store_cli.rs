//! `tern ingest`, `query`, `stats`, `plot` and `export` end to end, with our own mini
//! dictionaries and articles.
mod common;
use common::{mini_dictionary_args as dict_args, temp_dir, tern, write_mini_dictionaries};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn setup(name: &str) -> PathBuf {
    let dir = temp_dir(&format!("store-{name}"));
    write_mini_dictionaries(
        &dir,
        "CROATIA [HRV]\n+CROATIAN\n",
        "\n--- ACCUSE [112] ---\nACCUSE\n",
    );
    dir
}
use std::time::{Duration, Instant};

fn run(cmd: &mut Command) -> (Output, String, String) {
    let out = cmd.output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out, stdout, stderr)
}

fn json_line(id: &str, date: &str, title: &str, text: &str) -> String {
    serde_json::json!({"id": id, "date": date, "title": title, "text": text, "source": "wire", "url": format!("https://news.example/{id}")})
        .to_string()
        + "\n"
}

const PACT: &str = "BELGRADE — The Serbian defense minister signed an agreement with Russia on Tuesday, \
officials in Belgrade said. The accord covers joint exercises, officer training and the purchase of \
air defence systems over the next five years, according to a statement from the ministry.";

fn news(dir: &Path) -> PathBuf {
    let copy = PACT.replace("on Tuesday", "on Tuesday afternoon").replace(
        "officials in Belgrade said",
        "officials in Belgrade told reporters",
    );
    let input = dir.join("news.jsonl");
    let mut s = String::new();
    s += &json_line(
        "pact",
        "2024-03-05",
        "Serbia and Russia sign defence pact",
        PACT,
    );
    s += &json_line(
        "praise",
        "2024-04-02",
        "Serbia praises Russia",
        "Serbia praised Russia on Monday. Croatia accused Serbia in Zagreb.",
    );
    s += &json_line(
        "pact-copy",
        "2024-03-06",
        "Serbia, Russia sign military deal",
        &copy,
    );
    std::fs::write(&input, s).unwrap();
    input
}

fn ingest(dir: &Path, input: &Path, db: &Path) -> (Output, String, String) {
    run(tern()
        .arg("ingest")
        .arg(input)
        .arg("--db")
        .arg(db)
        .args(["--threads", "2"])
        .args(dict_args(dir)))
}

#[test]
fn ingest_is_idempotent_and_links_the_republished_copy() {
    let dir = setup("ingest");
    let input = news(&dir);
    let db = dir.join("events.db");
    let (out, _, stderr) = ingest(&dir, &input, &db);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("3 new, 0 already stored (1 linked as near-duplicates)"),
        "{stderr}"
    );
    let (out, _, stderr) = ingest(&dir, &input, &db);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("0 new, 3 already stored"), "{stderr}");
    assert!(
        stderr.contains("3 articles (1 linked duplicates), 4 events"),
        "{stderr}"
    );

    // The copy's signing is counted once, unless --all.
    let dyad = ["--dyad", "SRB,RUS", "--cameo", "057", "--format", "csv"];
    let (out, stdout, stderr) = run(tern().arg("query").arg("--db").arg(&db).args(dyad));
    assert!(out.status.success(), "{stderr}");
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
    assert!(
        stdout
            .lines()
            .nth(1)
            .unwrap()
            .contains(",2024-03-05,SRBGOVMIL,RUS,057,"),
        "{stdout}"
    );
    let (_, stdout, _) = run(tern()
        .arg("query")
        .arg("--db")
        .arg(&db)
        .args(dyad)
        .arg("--all"));
    assert_eq!(stdout.lines().count(), 3, "{stdout}");
    assert!(
        stdout.contains(",1\n"),
        "the copy is marked as a duplicate: {stdout}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn query_formats_filters_stats_plot_and_export() {
    let dir = setup("query");
    let input = news(&dir);
    let db = dir.join("events.db");
    let (out, _, stderr) = ingest(&dir, &input, &db);
    assert!(out.status.success(), "{stderr}");
    let q = |args: &[&str]| {
        let (out, stdout, stderr) = run(tern().arg("query").arg("--db").arg(&db).args(args));
        assert!(out.status.success(), "{args:?}: {stderr}");
        stdout
    };
    let table = q(&[]);
    assert!(table.starts_with("id "), "{table}");
    assert_eq!(table.lines().count(), 4, "{table}");
    assert!(q(&["--actor", "HRV"]).contains("HRV            SRB"));
    assert_eq!(
        q(&["--source", "SRBGOV", "--format", "csv"])
            .lines()
            .count(),
        2
    );
    assert_eq!(
        q(&["--from", "2024-04-01", "--format", "csv"])
            .lines()
            .count(),
        3
    );
    assert_eq!(
        q(&["--to", "2024-03-31", "--format", "csv"])
            .lines()
            .count(),
        2
    );
    assert_eq!(
        q(&["--text", "Zagreb", "--format", "csv"]).lines().count(),
        3
    );
    assert_eq!(q(&["--quad", "3", "--format", "csv"]).lines().count(), 2);
    assert_eq!(
        q(&["--near", "44.82,20.46,30", "--format", "csv"])
            .lines()
            .count(),
        2
    );
    assert_eq!(
        q(&["--limit", "1", "--offset", "1", "--format", "csv"])
            .lines()
            .count(),
        2
    );
    let jsonl = q(&["--cameo", "057", "--format", "jsonl"]);
    let v: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    assert_eq!(v["source"]["code"], "SRBGOVMIL");
    assert_eq!(v["location"]["name"], "Belgrade");
    assert!(v["sentence"]
        .as_str()
        .unwrap()
        .contains("The Serbian defense minister signed"));
    assert!(v["explain"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x["role"] == "verb"));
    let phoenix = q(&["--cameo", "057", "--format", "phoenix"]);
    let cols: Vec<&str> = phoenix.lines().next().unwrap().split('\t').collect();
    assert_eq!(cols.len(), 26);
    assert_eq!(cols[13], "057");
    assert_eq!(cols[24], "https://news.example/pact");
    let plover = q(&["--cameo", "057", "--format", "plover"]);
    assert!(plover.contains("\"event\":[\"SUPPORT\"]"), "{plover}");

    let (out, stdout, stderr) = run(tern()
        .args(["stats", "--by", "month", "--format", "csv", "--db"])
        .arg(&db));
    assert!(out.status.success(), "{stderr}");
    assert_eq!(
        stdout,
        "period,verbal_coop,material_coop,verbal_conflict,material_conflict,events,goldstein_sum,goldstein_mean\n\
         2024-03,1,0,0,0,1,8.0,8.000\n2024-04,1,0,1,0,2,1.4,0.700\n"
    );

    let svg = dir.join("srb-rus.svg");
    let (out, _, stderr) = run(tern()
        .arg("plot")
        .arg("--db")
        .arg(&db)
        .args(["--dyad", "SRB,RUS", "--out"])
        .arg(&svg));
    assert!(out.status.success(), "{stderr}");
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.starts_with("<svg") && text.contains("SRB → RUS") && text.contains("<polyline"));

    let csv = dir.join("all.csv");
    let (out, _, stderr) = run(tern()
        .arg("export")
        .arg("--db")
        .arg(&db)
        .args(["--format", "csv", "--all", "-o"])
        .arg(&csv));
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("4 events written"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&csv).unwrap().lines().count(), 5);
    for fmt in ["jsonl", "phoenix", "plover"] {
        let (out, stdout, _) = run(tern()
            .arg("export")
            .arg("--db")
            .arg(&db)
            .args(["--format", fmt]));
        assert!(out.status.success());
        assert_eq!(stdout.lines().count(), 3, "{fmt}: {stdout}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn missing_databases_and_bad_filters_are_clear_errors() {
    let dir = setup("errors");
    let missing = dir.join("none.db");
    for (args, message) in [
        (vec!["query"], "no event database here"),
        (vec!["stats"], "no event database here"),
        (vec!["export"], "no event database here"),
    ] {
        let (out, _, stderr) = run(tern().args(&args).arg("--db").arg(&missing));
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(message), "{stderr}");
        assert!(!missing.exists());
    }
    let junk = dir.join("junk.db");
    std::fs::write(&junk, "these are notes, not a database\n".repeat(200)).unwrap();
    let (out, _, stderr) = run(tern().args(["query", "--db"]).arg(&junk));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr.contains("not a tern event database"), "{stderr}");
    let db = dir.join("events.db");
    let input = news(&dir);
    ingest(&dir, &input, &db);
    for (flag, value, message) in [
        ("--quad", "9", "quad classes are 1 to 4"),
        ("--near", "44.8,20.4", "LAT,LON,KM"),
        ("--near", "144.8,20.4,5", "LAT (-90..90)"),
        ("--dyad", "SRB", "A,B"),
        ("--cameo", "x1", "CAMEO code prefix"),
        ("--from", "yesterday", "yesterday"),
        ("--actor", "R U S", "not an actor code"),
    ] {
        let (out, _, stderr) = run(tern().args(["query", flag, value, "--db"]).arg(&db));
        assert_eq!(out.status.code(), Some(2), "{flag} {value}: {stderr}");
        assert!(stderr.contains(message), "{flag} {value}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// An ingest killed with SIGKILL midway and rerun ends with exactly what an uninterrupted
/// ingest stores: every batch commits whole, and the rerun skips stored content hashes.
#[test]
fn an_ingest_killed_midway_and_rerun_stores_exactly_what_one_run_does() {
    let dir = setup("kill");
    let input = dir.join("many.jsonl");
    let mut s = String::new();
    let actors = ["Serbia", "Russia", "Croatia"];
    let verbs = ["signed an agreement with", "praised", "accused"];
    // About 3 MB: several batches of about a megabyte each.
    for i in 0..9000 {
        let a = actors[i % 3];
        let b = actors[(i / 3 + 1 + i % 3) % 3];
        let b = if a == b { actors[(i + 1) % 3] } else { b };
        let v = verbs[(i / 9) % 3];
        let text = format!(
            "{a} {v} {b} on day {i} of the talks, diplomats said. The meeting number {i} \
             lasted until the evening and both delegations called it useful, according to a \
             statement released after talks that ran for {} hours.",
            i % 11 + 2
        );
        s += &json_line(
            &format!("s{i}"),
            "2024-05-01",
            &format!("Talks, round {i}"),
            &text,
        );
    }
    std::fs::write(&input, s).unwrap();
    let count = |db: &Path| {
        let (out, stdout, stderr) = run(tern()
            .args(["export", "--all", "--format", "csv", "--db"])
            .arg(db));
        assert!(out.status.success(), "{stderr}");
        stdout.lines().count() - 1
    };
    let whole = dir.join("whole.db");
    let started = Instant::now();
    let (out, _, stderr) = ingest(&dir, &input, &whole);
    assert!(out.status.success(), "{stderr}");
    let took = started.elapsed();
    let expected = count(&whole);
    assert!(expected > 5000, "{expected}");

    let killed = dir.join("killed.db");
    let mut child = tern()
        .arg("ingest")
        .arg(&input)
        .arg("--db")
        .arg(&killed)
        .args(["--threads", "2"])
        .args(dict_args(&dir))
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep((took / 2).max(Duration::from_millis(200)));
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    let partial = if killed.exists() { count(&killed) } else { 0 };
    eprintln!(
        "killed after {:?}: {partial} of {expected} events stored",
        took / 2
    );
    assert!(partial <= expected);
    let (out, _, stderr) = ingest(&dir, &input, &killed);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(count(&killed), expected, "{stderr}");
    std::fs::remove_dir_all(&dir).ok();
}
