//! Acronyms matched as written, and shared surnames picked by spelling and by date.
use tern_core::{Date, Span, Token};
use tern_dict::{DictionarySet, EntryRef, Part};

const SET: &str = "# tern-dict 1
actor: NORTHLAND
  acronym: NL
  default: NRT
actor: JANE QUILL
  code: NRTGOV 2001-01-01..2009-12-31
  code: NRTELI 2010-01-01..
  person: yes
actor: JOHN QUILL
  code: SRTGOV 2010-01-01..
  person: yes
actor: ANN MARSH
  code: WRTGOV 1990-01-01..1995-12-31
  code: WRTELI 1996-01-01..
  person: yes
actor: TOM MARSH
  name: THOMAS J. MARSH
  code: ERTGOV 2012-01-01..2020-12-31
  code: ERTELI 2021-01-01..
  person: yes
actor: PAUL FENWICK
  code: ERTELI ..2009-12-31
  code: ERTGOV 2010-01-01..
  person: yes
actor: ANNA MODI
  code: ERTGOV 2014-05-26..
  person: yes
actor: RAJ MODY
  code: WRTGOV 2014-01-01..
  person: yes
agent: RIOT POLICE
  acronym: RP
  code: ~COP
";

fn set() -> DictionarySet {
    let (set, problems) = DictionarySet::from_texts(&[(Part::Tern, "names.tern", SET)]);
    assert!(problems.is_empty(), "{problems:?}");
    set
}

fn tokens(s: &str) -> Vec<Token> {
    s.split(' ')
        .map(|w| {
            let mut t = Token::new(w, Span::new(0, 0));
            t.lemma = w.to_lowercase();
            t
        })
        .collect()
}

fn who(set: &DictionarySet, s: &str, date: &str) -> Vec<String> {
    set.find_actors_on(&tokens(s), Date::parse(date))
        .iter()
        .map(|m| match m.entry {
            EntryRef::Actor(i) => set.actors[i as usize].names[0].text.clone(),
            EntryRef::Agent(i) => format!("agent {}", set.agents[i as usize].names[0].text),
        })
        .collect()
}

#[test]
fn an_acronym_matches_only_as_written() {
    let set = set();
    assert_eq!(who(&set, "NL troops crossed", "2020-01-01"), ["northland"]);
    assert!(who(&set, "they told nl nothing", "2020-01-01").is_empty());
    assert!(who(&set, "they told Nl nothing", "2020-01-01").is_empty());
    assert_eq!(
        who(&set, "the RP arrived", "2020-01-01"),
        ["agent riot police"]
    );
    // Written back as an acronym, and read again the same.
    let mut out = Vec::new();
    set.write_tern(&mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("  acronym: NL\n"), "{text}");
    let (again, problems) = DictionarySet::from_texts(&[(Part::Tern, "again.tern", &text)]);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        who(&again, "NL troops crossed", "2020-01-01"),
        ["northland"]
    );
}

#[test]
fn a_shared_surname_goes_to_who_held_office_on_the_date() {
    let set = set();
    assert_eq!(who(&set, "Quill said", "2005-06-01"), ["jane quill"]);
    assert_eq!(who(&set, "Quill said", "2012-06-01"), ["john quill"]);
    // Before either took office: both out of office, nobody.
    assert!(who(&set, "Quill said", "1995-06-01").is_empty());
    // Without a date: the one whose latest role is an office.
    assert_eq!(
        set.find_actors_on(&tokens("Quill said"), None).len(),
        1,
        "John Quill's latest role is SRTGOV, Jane's NRTELI"
    );
    // Without a date and both out of office now: the one whose office ended last (Tom
    // Marsh, who matches by both his names).
    let found = set.find_actors_on(&tokens("Marsh said"), None);
    assert_eq!(found.len(), 1);
    assert_eq!(set.resolve(found[0].entry, None).as_deref(), Some("ERTELI"));
    // A surname before a place's head noun names the place (`the Quill Valley`).
    assert!(set
        .find_actors_on(&tokens("troops in the Quill Valley"), None)
        .is_empty());
    // The full name still wins over the surname rule.
    assert_eq!(who(&set, "Jane Quill said", "2012-06-01"), ["jane quill"]);
}

#[test]
fn a_shared_surname_spelled_exactly_goes_to_that_person() {
    let set = set();
    assert_eq!(who(&set, "Modi spoke", "2020-01-01"), ["anna modi"]);
    assert_eq!(who(&set, "Mody spoke", "2020-01-01"), ["raj mody"]);
    // The plain matcher (no date, no resolver) keeps its old rule: shared means nobody.
    assert!(set.find_actors(&tokens("Modi spoke")).is_empty());
}

#[test]
fn lookup_splits_hyphens_as_the_tokenizer_does() {
    let (set, problems) = DictionarySet::from_texts(&[(
        Part::Tern,
        "hyphen.tern",
        "# tern-dict 1\nactor: WEST - MARCH\n  default: WMR\n",
    )]);
    assert!(problems.is_empty(), "{problems:?}");
    for phrase in ["West-March", "West-March's", "West - March"] {
        let found = set.lookup(phrase, None);
        assert_eq!(found.code.as_deref(), Some("WMR"), "{phrase}");
    }
    assert_eq!(set.lookup("-", None).code, None);
}

#[test]
fn a_backer_or_holder_before_a_hyphen_is_not_the_actor() {
    let set = set();
    // Tokens as tern's tokenizer splits them: `Northland - backed`.
    assert_eq!(
        who(&set, "NL - backed RP fired", "2020-01-01"),
        ["agent riot police"]
    );
    assert!(who(&set, "in RP - ruled areas", "2020-01-01").is_empty());
    // The holder of a place is who is there.
    assert_eq!(
        who(&set, "in RP - held areas", "2020-01-01"),
        ["agent riot police"]
    );
    // `-led` keeps its leader, and a plain hyphen keeps the name.
    assert_eq!(who(&set, "an NL - led force", "2020-01-01"), ["northland"]);
    assert_eq!(
        who(&set, "NL - RP talks", "2020-01-01"),
        ["northland", "agent riot police"]
    );
}

#[test]
fn a_surname_before_another_capitalized_name_is_a_given_name() {
    let set = set();
    assert_eq!(who(&set, "Modi spoke", "2020-01-01"), ["anna modi"]);
    let mut toks = tokens("Modi Kumar spoke");
    toks[1].upos = tern_core::Upos::PROPN;
    assert!(set
        .find_actors_on(&toks, Date::parse("2020-01-01"))
        .is_empty());
    // A weekday after the surname is not more of the name.
    let mut toks = tokens("Modi Friday spoke");
    toks[1].upos = tern_core::Upos::PROPN;
    assert_eq!(
        set.find_actors_on(&toks, Date::parse("2020-01-01")).len(),
        1
    );
}

#[test]
fn before_a_persons_first_role_only_their_full_name_names_them() {
    let set = set();
    // In office: the surname alone will do.
    assert_eq!(who(&set, "Fenwick said", "2012-01-01"), ["paul fenwick"]);
    // Years before it, `Fenwick` alone is someone else; the full name is still him, an elite.
    assert!(who(&set, "Fenwick said", "2005-01-01").is_empty());
    let found = set.find_actors_on(&tokens("Paul Fenwick said"), Date::parse("2005-01-01"));
    assert_eq!(found.len(), 1);
    assert_eq!(
        set.resolve(found[0].entry, Date::parse("2005-01-01"))
            .as_deref(),
        Some("ERTELI")
    );
}
