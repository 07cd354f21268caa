//! Reads PETRARCH2's own dictionaries from `../shared` (skipped with a message when absent):
//! counts, the lookups the issue asks for, defects the checker must find, format detection
//! and the round trip through tern's format.
use std::path::PathBuf;
use tern_core::{Date, Severity};
use tern_dict::{DictSources, DictionarySet, Part, VerbFormat};

fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("skipped: ../shared not found");
        None
    }
}

fn production() -> Option<(DictionarySet, Vec<tern_core::Diagnostic>)> {
    let dir = shared()?.join("peers/petrarch2/dictionaries");
    Some(DictionarySet::load(&DictSources::dir(dir)).expect("the production set loads"))
}

#[test]
fn production_set_counts_agree_with_the_files() {
    let Some((set, _)) = production() else { return };
    let c = set.counts();
    // Seven files: CAMEO verbs, three actor files, agents, discards, issues.
    assert_eq!(c.files, 7, "{:?}", set.files);
    assert!((34_000..37_000).contains(&c.actor_phrases), "{c}");
    // 4,668 `- ` pattern lines, three of them unreadable.
    assert_eq!(c.patterns, 4_665, "{c}");
    assert_eq!(c.verb_blocks, 397);
    assert_eq!(c.synsets, 40);
    assert!((2_200..2_300).contains(&c.agent_entries), "{c}");
    assert_eq!(set.verbs.format, VerbFormat::Petrarch2);
}

#[test]
fn lookups_the_issue_names() {
    let Some((set, _)) = production() else { return };
    let d = |s: &str| Date::parse(s);
    let shoygu = set.lookup("Sergey Shoygu", d("2013-11-14"));
    assert_eq!(shoygu.code.as_deref(), Some("RUSGOVMIL"), "{shoygu}");
    let entry = &shoygu.matches[0].origin;
    for variant in ["Shojgu", "Shoigu", "Schoigu", "Sergei Shoigu"] {
        let l = set.lookup(variant, d("2013-11-14"));
        assert_eq!(l.code.as_deref(), Some("RUSGOVMIL"), "{l}");
        assert_eq!(&l.matches[0].origin, entry, "{variant} is the same person");
    }
    let n2010 = set.lookup("Tomislav Nikolić", d("2010-06-01"));
    assert_eq!(n2010.code.as_deref(), Some("SRBGOVLEG"), "{n2010}");
    let n2013 = set.lookup("Tomislav Nikolić", d("2013-06-01"));
    assert_eq!(n2013.code.as_deref(), Some("SRBGOV"), "{n2013}");
    let srb = set.lookup("Serbian defense minister", d("2013-11-14"));
    assert_eq!(srb.code.as_deref(), Some("SRBGOVMIL"), "{srb}");
    assert_eq!(
        set.lookup("Vučić", d("2013-01-10")).code.as_deref(),
        Some("SRBGOVMIL")
    );
}

#[test]
fn check_reports_the_known_defects() {
    let Some((set, mut diags)) = production() else {
        return;
    };
    diags.extend(set.check());
    let shown: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    let has = |file: &str, line: usize, needle: &str| {
        let at = format!("{file}:{line}: ");
        assert!(
            shown.iter().any(|s| s.contains(&at) && s.contains(needle)),
            "expected {at}… {needle}"
        );
    };
    // `---  DELAY   [120]---  ---`: PETRARCH2 used `120]--` as the code.
    has("CAMEO.2.0.txt", 7611, "120]--");
    // `[KORGOVBUS 2004017-20061201]`: a 7-digit date.
    has("Phoenix.International.actors.txt", 40, "7-digit");
    // `[080!]` is no event code.
    has("CAMEO.2.0.txt", 5787, "080!");
    // `DEFENSE_MINIST`: a TABARI stem PETRARCH2 never matched.
    has("Phoenix.agents.txt", 638, "TABARI stem");
    // Several restriction groups on one line.
    has("Phoenix.International.actors.txt", 60, "several");
    // An issue line holding two entries.
    has("Phoenix.IssueCoding.txt", 1198, "unexpected");
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    assert!(errors > 0);
}

#[test]
fn older_verb_format_is_detected() {
    let Some(root) = shared() else { return };
    let p1 = DictSources {
        verbs: Some(root.join("peers/petrarch2/dictionaries/PETR.Validate.verbs.txt")),
        ..DictSources::default()
    };
    let (set, _) = DictionarySet::load(&p1).unwrap();
    assert_eq!(set.verbs.format, VerbFormat::Petrarch1);
    assert!(set.counts().patterns > 100);
    let p2 = DictSources {
        verbs: Some(root.join("peers/universal-petrarch/PETR.Validate.verbs.2.0.txt")),
        ..DictSources::default()
    };
    let (set, _) = DictionarySet::load(&p2).unwrap();
    assert_eq!(set.verbs.format, VerbFormat::Petrarch2);
}

#[test]
fn production_set_round_trips_through_tern_format() {
    let Some((set, _)) = production() else { return };
    let mut buf = Vec::new();
    set.write_tern(&mut buf).unwrap();
    let text = String::from_utf8(buf).unwrap();
    let (again, diags) = DictionarySet::from_texts(&[(Part::Tern, "set.tern", &text)]);
    let errors: Vec<_> = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{:?}", &errors[..errors.len().min(5)]);
    let (mut a, b) = (set.counts(), again.counts());
    a.files = b.files;
    assert_eq!(a, b);
    let l = again.lookup("Tomislav Nikolic", Date::parse("2010-06-01"));
    assert_eq!(l.code.as_deref(), Some("SRBGOVLEG"));
    assert!(
        l.to_string().contains("Phoenix.Countries.actors.txt:41438"),
        "{l}"
    );
}
