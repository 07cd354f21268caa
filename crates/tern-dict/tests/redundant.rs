//! `check` reports patterns that differ from another only by a regular plural.
use tern_dict::{DictionarySet, Part};

#[test]
fn a_plural_twin_pattern_is_reported_once_and_a_different_code_is_not() {
    let verbs = "--- STATION [042] ---\nSTATION\n- * (AT BASE) [042]\n- * (AT BASES) [042]\n- * ALLY [043]\n- * ALLIES [043]\n- * ARM [070]\n- * ARMS [0312]\n";
    let (set, problems) = DictionarySet::from_texts(&[(Part::Verbs, "mini.verbs.txt", verbs)]);
    assert!(problems.is_empty(), "{problems:?}");
    let found: Vec<String> = set
        .check()
        .iter()
        .filter(|d| d.to_string().contains("only by a plural"))
        .map(|d| d.to_string())
        .collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found[0].contains("mini.verbs.txt:4"), "{found:#?}");
    assert!(
        found[1].contains("(AT BASE)") || found[1].contains("ALLIES"),
        "{found:#?}"
    );
}
