//! Helpers the coder's tests share: a coder from mini dictionaries and one-sentence documents
//! from hand-built trees (so that the tests do not depend on the parser's model).
#![allow(dead_code)] // each test file uses its own subset

use tern_code::{Coder, CoderOptions};
use tern_core::{Article, Date, DepRel, Doc, Sentence, Span, Token, Upos, Xpos};
use tern_dict::{DictionarySet, Part};

/// A coder with default options over mini dictionaries given as text (PETRARCH2 syntax);
/// fails the test if they have errors.
pub fn coder_from(actors: &str, agents: &str, verbs: &str, discards: &str) -> Coder {
    let (set, problems) = DictionarySet::from_texts(&[
        (Part::Actors, "mini.actors.txt", actors),
        (Part::Agents, "mini.agents.txt", agents),
        (Part::Verbs, "mini.verbs.txt", verbs),
        (Part::Discards, "mini.discards.txt", discards),
    ]);
    assert!(
        problems
            .iter()
            .all(|p| p.severity != tern_core::Severity::Error),
        "{problems:?}"
    );
    Coder::new(set, CoderOptions::default())
}

/// A coder over one dictionary file in tern's own format (`# tern-dict 1`), where the rules
/// for tern's verb files apply; fails the test if it has problems.
pub fn tern_coder(text: &str, options: CoderOptions) -> Coder {
    let (set, problems) = DictionarySet::from_texts(&[(Part::Tern, "mini.tern", text)]);
    assert!(problems.is_empty(), "{problems:?}");
    Coder::new(set, options)
}

/// A one-sentence story dated `date` from `(form, lemma, upos, xpos, head, rel)` rows.
pub fn doc_on(date: &str, rows: &[(&str, &str, &str, &str, u32, &str)]) -> Doc {
    let mut text = String::new();
    let mut tokens = Vec::new();
    for (form, lemma, upos, xpos, head, rel) in rows {
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(form);
        let mut t = Token::new(*form, Span::new(start, text.len()));
        t.lemma = lemma.to_string();
        t.upos = Upos::from_name_or_unknown(upos);
        t.xpos = Xpos::from_name_or_unknown(xpos);
        t.head = *head;
        t.rel = DepRel::from_name_or_unknown(rel);
        tokens.push(t);
    }
    let mut article = Article::new("story1", text.clone());
    article.date = Date::parse(date);
    Doc {
        sentences: vec![Sentence {
            id: None,
            span: Span::new(0, text.len()),
            tokens,
            parse: None,
        }],
        article,
    }
}

/// An expected `(source, target, code)` triple.
pub fn t(s: &str, tg: &str, c: &str) -> (String, String, String) {
    (s.into(), tg.into(), c.into())
}
