//! Helpers the end-to-end tests of the `tern` binary share.
#![allow(dead_code)] // each test file uses its own subset

use std::path::{Path, PathBuf};
use std::process::Command;

/// The `tern` binary under test, with the embedded default dictionaries (any
/// `TERN_DICTIONARIES` of the caller's environment removed).
pub fn tern() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tern"));
    c.env_remove("TERN_DICTIONARIES");
    c
}

/// `../shared` beside the workspace, or `None` after printing why the test is skipped (CI
/// always has it).
pub fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    if p.is_dir() {
        Some(p)
    } else {
        println!("skipped: ../shared not found");
        None
    }
}

/// A fresh, empty temporary directory for one test (`what` names it).
pub fn temp_dir(what: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tern-cli-{what}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes a tiny PETRARCH-format dictionary set into `dir`: Serbia and Russia (plus
/// `more_actors`), the agent "defense minister" (`~GOVMIL`), and the verbs `sign` (057) and
/// `praise` (051) (plus `more_verbs`).
pub fn write_mini_dictionaries(dir: &Path, more_actors: &str, more_verbs: &str) {
    let write = |name: &str, text: String| std::fs::write(dir.join(name), text).unwrap();
    write(
        "mini.actors.txt",
        format!("SERBIA [SRB]\n+SERBIAN\nRUSSIA [RUS]\n+RUSSIAN\n{more_actors}"),
    );
    write(
        "mini.agents.txt",
        "DEFENSE_MINISTER [~GOVMIL]\n".to_string(),
    );
    write(
        "mini.verbs.txt",
        format!("--- SIGN [057] ---\nSIGN\n\n--- PRAISE [051] ---\nPRAISE\n{more_verbs}"),
    );
}

/// The `tern` flags that load the set [`write_mini_dictionaries`] wrote into `dir`.
pub fn mini_dictionary_args(dir: &Path) -> Vec<String> {
    let mut args = Vec::new();
    for (flag, name) in [
        ("--verbs", "mini.verbs.txt"),
        ("--actors", "mini.actors.txt"),
        ("--agents", "mini.agents.txt"),
    ] {
        args.push(flag.to_string());
        args.push(dir.join(name).display().to_string());
    }
    args
}

/// Runs `tern code` on `input` (plus `extra` flags) and returns its JSON Lines events;
/// fails the test if `tern` does.
pub fn code_events(input: &Path, extra: &[&str]) -> Vec<serde_json::Value> {
    let out = tern()
        .arg("code")
        .arg(input)
        .args(extra)
        .output()
        .expect("running tern");
    assert!(
        out.status.success(),
        "tern code failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON event a line"))
        .collect()
}
