//! The embedded default set and how flags replace its parts.
use tern_dict::{DictSources, DictionarySet, Part};

/// `tern dict check` on the defaults must report nothing: every file of `dictionaries/` is
/// read without a diagnostic and the set-level checks find no defect.
#[test]
fn the_default_set_reads_and_checks_clean() {
    let (set, problems) = DictionarySet::defaults();
    let problems: Vec<String> = problems
        .iter()
        .chain(set.check().iter())
        .map(|d| d.to_string())
        .collect();
    assert!(
        problems.is_empty(),
        "{} problems in the default dictionaries, first: {:#?}",
        problems.len(),
        &problems[..problems.len().min(20)]
    );
    assert!(set.files.iter().all(|f| f.starts_with("dictionaries/")));
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir =
        std::env::temp_dir().join(format!("tern-dict-defaults-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A part flag replaces that part of a directory whose tern-format file holds every part;
/// the other parts stay.
#[test]
fn a_part_flag_replaces_only_its_part_of_a_tern_set() {
    let dir = temp_dir("replace");
    std::fs::write(dir.join("tern-dictionaries.txt"), "tern = all.tern\n").unwrap();
    std::fs::write(
        dir.join("all.tern"),
        "# tern-dict 1\nactor: NORTHLAND\n  default: NRT\nagent: HARBOR MASTER\n  code: ~GOVPRT\nverbs: SAIL\n  code: 036\n  verb: SAIL\n",
    )
    .unwrap();
    let verbs = dir.join("row.verbs.txt");
    std::fs::write(&verbs, "--- ROW [041] ---\nROW\n").unwrap();
    let sources = DictSources {
        verbs: Some(verbs),
        ..DictSources::dir(&dir)
    };
    let (set, problems) = DictionarySet::load(&sources).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    let blocks: Vec<&str> = set.verbs.blocks.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(blocks, ["ROW"], "the tern file's verbs are replaced");
    assert_eq!(set.actors.len(), 1, "its actors stay");
    assert_eq!(set.agents.len(), 1, "its agents stay");
    assert_eq!(Part::guess(&dir.join("row.verbs.txt")), Some(Part::Verbs));
    std::fs::remove_dir_all(&dir).ok();
}

/// Without a directory, part flags go on top of the embedded defaults.
#[test]
fn part_flags_without_a_directory_replace_parts_of_the_defaults() {
    let dir = temp_dir("over");
    let actors = dir.join("mini.actors.txt");
    std::fs::write(&actors, "NORTHLAND [NRT]\n+NORTHLANDER_\n").unwrap();
    let sources = DictSources {
        actors: vec![actors],
        ..DictSources::default()
    };
    let (set, problems) = DictionarySet::load_over_defaults(&sources).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(set.actors.len(), 1, "only the given actors");
    let (defaults, _) = DictionarySet::defaults();
    assert_eq!(
        set.agents.len(),
        defaults.agents.len(),
        "default agents kept"
    );
    assert_eq!(
        set.verbs.blocks.len(),
        defaults.verbs.blocks.len(),
        "default verbs kept"
    );
    std::fs::remove_dir_all(&dir).ok();
}
