//! PETRARCH2's unit-test records, coded from raw text through tern's own pipeline with the
//! `PETR.Validate.*` dictionaries. Asserts that the exact-match count does not regress.
use std::path::PathBuf;
use tern_code::{validate, Coder, CoderOptions};
use tern_dict::{DictSources, DictionarySet};

/// The floor: the count reached when this test was written was 181 of 284 through the library (197 through `tern code` and the scorer) (the figure
/// moves a little with the tagger and parser models).
const FLOOR: usize = 165;

#[test]
fn unit_suite_from_raw_text() {
    let shared = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    if !shared.is_dir() {
        eprintln!("skipped: ../shared not found");
        return;
    }
    let d = shared.join("peers/petrarch2/dictionaries");
    let sources = DictSources {
        verbs: Some(d.join("PETR.Validate.verbs.txt")),
        actors: vec![d.join("PETR.Validate.actors.txt")],
        agents: Some(d.join("PETR.Validate.agents.txt")),
        discards: Some(d.join("PETR.Validate.discards.txt")),
        ..DictSources::default()
    };
    let (set, _) = DictionarySet::load(&sources).expect("the validation dictionaries load");
    let coder = Coder::new(set, CoderOptions::default());
    let xml =
        std::fs::read_to_string(shared.join("peers/petrarch2/text/PETR.UnitTest.records.xml"))
            .expect("the records are readable");
    let records = validate::read_records(&xml);
    assert_eq!(records.len(), 284);
    let pipeline = tern::Pipeline::new();
    let mut exact = 0;
    for r in &records {
        let doc = pipeline.analyze(validate::article_of(r));
        if validate::triples(&coder.code(&doc)) == r.expected {
            exact += 1;
        }
    }
    println!(
        "PETRARCH2 unit suite through the library: {exact}/{} exactly right",
        records.len()
    );
    assert!(
        exact >= FLOOR,
        "{exact} records exactly right, below the floor of {FLOOR}"
    );
}
