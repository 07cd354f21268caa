//! `Pipeline::analyze_using_parses`: sentences coded from a supplied Penn Treebank parse.
use tern::{Article, Pipeline, Segment, Span};

fn article(text: &str, parse: &str) -> Article {
    let mut a = Article::new("story", text);
    a.segments = vec![Segment {
        id: Some("story-1".into()),
        span: Span::new(0, text.len()),
        parse: Some(parse.into()),
        ..Segment::default()
    }];
    a
}

#[test]
fn a_supplied_parse_gives_tokens_spans_tags_and_tree() {
    let text = "Northland's “defence” minister signed an accord with Southland.";
    let parse = "(ROOT (S (NP (NP (NNP Northland) (POS 's)) (`` ``) (NN defence) ('' '') (NN minister)) (VP (VBD signed) (NP (DT an) (NN accord)) (PP (IN with) (NP (NNP Southland)))) (. .)))";
    let (doc, fallbacks) = Pipeline::new().analyze_using_parses(article(text, parse));
    assert!(fallbacks.is_empty(), "{fallbacks:?}");
    let toks = &doc.sentences[0].tokens;
    let shown: Vec<(&str, &str, u32, &str)> = toks
        .iter()
        .map(|t| (t.span.slice(text), t.xpos.as_str(), t.head, t.rel.as_str()))
        .collect();
    assert_eq!(shown[0], ("Northland", "NNP", 6, "nmod:poss"));
    assert_eq!(shown[2], ("“", "``", 6, "punct"));
    assert_eq!(shown[5], ("minister", "NN", 7, "nsubj"));
    assert_eq!(shown[6], ("signed", "VBD", 0, "root"));
    assert_eq!(shown[8], ("accord", "NN", 7, "obj"));
    assert_eq!(shown[10], ("Southland", "NNP", 7, "obl"));
    assert_eq!(toks[6].lemma, "sign");
    assert_eq!(toks[6].upos.as_str(), "VERB");
}

#[test]
fn a_parse_of_another_text_or_a_broken_one_falls_back_to_our_own() {
    let text = "Southland praised Northland.";
    for parse in [
        "(ROOT (S (NP (NNP Westland)) (VP (VBD condemned) (NP (NNP Eastland))) (. .)))",
        "(ROOT (S (NP (NNP Southland)) (VP (VBD praised)",
    ] {
        let (doc, fallbacks) = Pipeline::new().analyze_using_parses(article(text, parse));
        assert_eq!(fallbacks.len(), 1, "{fallbacks:?}");
        assert!(fallbacks[0].starts_with("story-1: "), "{fallbacks:?}");
        let toks = &doc.sentences[0].tokens;
        assert_eq!(toks[1].form, "praised");
        assert_eq!(toks[1].head, 0, "tern's own parse is used");
    }
    // A period the text lacks is an empty span, not a fallback.
    let (doc, fallbacks) = Pipeline::new().analyze_using_parses(article(
        "Southland praised Northland",
        "(ROOT (S (NP (NNP Southland)) (VP (VBD praised) (NP (NNP Northland))) (. .)))",
    ));
    assert!(fallbacks.is_empty());
    let last = doc.sentences[0].tokens.last().unwrap();
    assert_eq!(
        (last.form.as_str(), last.span.start, last.span.end),
        (".", 27, 27)
    );
}
