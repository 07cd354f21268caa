//! Property tests: every reader takes random bytes and mutated dictionary lines without a
//! panic, and what loads can be checked, looked up, matched and written.
use proptest::prelude::*;
use tern_dict::{DictionarySet, Part};

const SAMPLES: &[(Part, &str)] = &[
    (
        Part::Actors,
        "NORTHLAND [NRT]\n+NORTHLANDER_\n\t[XNRT <19900101]\nJANE_QUILL_ # made up\n+QUILL_\n\t[NRTGOV 20010101-20091231]\n\t[NRTELI >20100101]\n\t[NRT]\n",
    ),
    (
        Part::Agents,
        "!PERSON! = MAN, MEN, WOMAN, WOMEN\nHARBOR_MASTER [~GOVPRT]\nFERRY!PERSON! [~BUS]\nTOWN_COUNCIL {} [~LEG]\nAID_GROUP [NGO~]\n",
    ),
    (
        Part::Verbs,
        "&BOAT\n+FERRY\n+BARGE_\n\n####### VERB PATTERNS #######\n---  SAIL   [036]  ---\nSAIL\n+SET_OFF {+SETS_OFF +SETTING_OFF} [042:043]\n- * &BOAT (TO {NORTH HARBOR}) [043] # SAIL\n- $ * (WITH +) [:036]\n~ a (a b SAIL) SAIL = a b 036\n",
    ),
    (
        Part::Verbs,
        "--- ROW [---] ---\nROW\n- NEAR_* SHORE [040]\n- % * BACK_TO $ [041]\n",
    ),
    (Part::Discards, "+REGATTA CUP # sport\nSAILING_\n"),
    (
        Part::Issues,
        "<ISSUE CATEGORY=\"SEA\">\nn:harbor [PORTS]\nv:dredge [PORTS]\nsea+level [CLIMATE]\n~~old harbor\n</ISSUE>\n",
    ),
    (
        Part::Tern,
        "# tern-dict 1\nactor: JANE QUILL\n  code: NRTGOV 2001-01-01..2009-12-31\n  from: x:1\nagent: HARBOR MASTER\n  code: ~GOVPRT\nverbs: SAIL\n  code: 036\n  verb: SAIL\n  pattern: * (TO HARBOR) [043]\n",
    ),
];

fn exercise(texts: &[(Part, &str, &str)]) {
    let (set, _) = DictionarySet::from_texts(texts);
    let _ = set.check();
    let _ = set.counts().to_string();
    let _ = set
        .lookup(
            "Jane Quill of Northland",
            tern_core::Date::parse("2005-05-05"),
        )
        .to_string();
    let _ = set
        .matcher()
        .find_words(&["The", "Northlander", "harbor", "master", "Quil"]);
    let mut out = Vec::new();
    set.write_tern(&mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let _ = DictionarySet::from_texts(&[(Part::Tern, "again.tern", &text)]);
}

fn mutate(line: &str, op: u8, at: usize, byte: char) -> String {
    let mut chars: Vec<char> = line.chars().collect();
    let i = if chars.is_empty() {
        0
    } else {
        at % chars.len()
    };
    match op % 4 {
        0 => chars.insert(i, byte),
        1 if !chars.is_empty() => {
            chars.remove(i);
        }
        2 if !chars.is_empty() => chars[i] = byte,
        _ => chars.truncate(i),
    }
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400), part in 0usize..6) {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let parts = [Part::Actors, Part::Agents, Part::Verbs, Part::Discards, Part::Issues, Part::Tern];
        let text = if parts[part] == Part::Tern { format!("# tern-dict 1\n{text}") } else { text };
        exercise(&[(parts[part], "random.txt", &text)]);
    }

    #[test]
    fn mutated_lines_never_panic(
        sample in 0usize..SAMPLES.len(),
        edits in proptest::collection::vec((any::<usize>(), any::<u8>(), any::<usize>(),
            prop_oneof![Just('['), Just(']'), Just('{'), Just('}'), Just('('), Just(')'), Just('*'),
                Just('_'), Just('+'), Just('~'), Just('!'), Just('&'), Just('-'), Just('<'), Just('>'),
                Just('#'), Just(':'), Just(' '), Just('\t'), Just('ž'), Just('9'), Just('\n')]), 1..6),
    ) {
        let (part, text) = SAMPLES[sample];
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        for (line, op, at, ch) in edits {
            let n = line % lines.len();
            lines[n] = mutate(&lines[n], op, at, ch);
        }
        let text = lines.join("\n");
        exercise(&[(part, "mutated.txt", &text)]);
    }
}
