//! Arbitrary input never panics.
use proptest::prelude::*;
use tern_core::{Article, Doc, Sentence, Span, Token};

fn doc_from(text: &str, cuts: &[(u32, u32)]) -> Doc {
    // Tokens with arbitrary (possibly out-of-range or mid-character) spans, and forms
    // taken from whitespace-separated words.
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut tokens = Vec::new();
    for (i, (a, b)) in cuts.iter().enumerate() {
        let form = words.get(i).copied().unwrap_or("");
        tokens.push(Token::new(form, Span { start: *a, end: *b }));
    }
    let mut d = Doc::new(Article::new("p", text));
    d.sentences.push(Sentence {
        span: Span::new(0, text.len()),
        tokens,
        ..Sentence::default()
    });
    d
}

proptest! {
    #[test]
    fn never_panics(text in "\\PC{0,120}", cuts in proptest::collection::vec((0u32..200, 0u32..200), 0..30),
                    actors in proptest::collection::vec("\\PC{0,8}", 0..3)) {
        let d = doc_from(&text, &cuts);
        let _ = tern_geo::find_places(&d.sentences[0], &d.article.text);
        let _ = tern_geo::parse_dateline(&text);
        let _ = tern_geo::Gazetteer::embedded().lookup(&text);
        let _ = tern_geo::Gazetteer::embedded().country(&text);
        let mut a = d.article.clone();
        a.byline = Some(text.clone());
        let dl = tern_geo::dateline_place(&a);
        let refs: Vec<&str> = actors.iter().map(String::as_str).collect();
        let _ = tern_geo::locate(&d, 0, &refs, dl.as_ref());
        let _ = tern_geo::locate(&d, 3, &refs, None);
    }

    #[test]
    fn place_like_words_never_panic(words in proptest::collection::vec(
        prop_oneof![Just("in"), Just("Paris"), Just(","), Just("Texas"), Just("New"),
                    Just("York"), Just("-"), Just("U.S."), Just("St."), Just("the"),
                    Just("Split"), Just("BELGRADE"), Just("—"), Just("(AP)"), Just("Ill.")],
        0..16)) {
        let text = words.join(" ");
        let mut pos = 0;
        let mut tokens = Vec::new();
        for w in &words {
            tokens.push(Token::new(*w, Span::new(pos, pos + w.len())));
            pos += w.len() + 1;
        }
        let mut d = Doc::new(Article::new("w", text.clone()));
        d.sentences.push(Sentence { span: Span::new(0, text.len()), tokens, ..Sentence::default() });
        for m in tern_geo::find_places(&d.sentences[0], &text) {
            prop_assert!(!m.candidates.is_empty());
            prop_assert!(m.tokens.start < m.tokens.end && m.tokens.end <= words.len());
            prop_assert_eq!(m.candidates.len(), m.own_name.len());
        }
        let _ = tern_geo::dateline_place(&d.article);
        let _ = tern_geo::locate(&d, 0, &["USA"], None);
    }
}
