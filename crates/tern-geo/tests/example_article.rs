//! The shared example article: its signing is located in Belgrade (from the next
//! sentence's "in Belgrade" and the byline), within 30 km, at city precision.
use std::path::Path;
use tern_core::{Article, Doc, Sentence, Span, Token};
use tern_geo::{dateline_place, find_places, locate, Precision};

const BELGRADE: (f64, f64) = (44.8125, 20.4612);

/// Sentences split at `. ` / `.\n` and blank lines, tokens split at whitespace with
/// trailing punctuation peeled off: enough for this test, independent of tern-text.
fn simple_doc(article: Article) -> Doc {
    let text = article.text.clone();
    let mut sentences = Vec::new();
    let mut tokens = Vec::new();
    let mut start = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    let flush = |tokens: &mut Vec<Token>, sentences: &mut Vec<Sentence>| {
        if let (Some(f), Some(l)) = (tokens.first(), tokens.last()) {
            let span = f.span.cover(l.span);
            sentences.push(Sentence {
                span,
                tokens: std::mem::take(tokens),
                ..Sentence::default()
            });
        }
    };
    while i <= bytes.len() {
        let at_space = i == bytes.len() || bytes[i].is_ascii_whitespace();
        match (start, at_space) {
            (None, false) => start = Some(i),
            (Some(s), true) => {
                let word = &text[s..i];
                let core = word.trim_end_matches(|c: char| ",.;:!?\"”“`'".contains(c));
                let core_start = s;
                let core = core.trim_start_matches(|c: char| "\"“(".contains(c));
                let lead = word.len() - word.trim_start_matches(|c: char| "\"“(".contains(c)).len();
                if lead > 0 {
                    tokens.push(Token::new(&word[..lead], Span::new(s, s + lead)));
                }
                if !core.is_empty() {
                    let cs = core_start + lead;
                    tokens.push(Token::new(core, Span::new(cs, cs + core.len())));
                }
                let tail_start = s + lead + core.len();
                for (k, c) in text[tail_start..i].char_indices() {
                    let p = tail_start + k;
                    tokens.push(Token::new(c.to_string(), Span::new(p, p + c.len_utf8())));
                }
                let ends = word.ends_with('.') || word.ends_with('?') || word.ends_with('!');
                let blank = text[i..].starts_with("\n\n") || text[i..].starts_with("\r\n\r\n");
                if ends || blank || i == bytes.len() {
                    flush(&mut tokens, &mut sentences);
                }
                start = None;
            }
            _ => {}
        }
        i += 1;
    }
    flush(&mut tokens, &mut sentences);
    let mut doc = Doc::new(article);
    doc.sentences = sentences;
    doc
}

#[test]
fn example_article_is_located_in_belgrade() {
    let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");
    let path = Path::new(shared).join("examples/articles/russia-serbia-defense-cooperation.txt");
    if !Path::new(shared).exists() {
        eprintln!("skipped: ../shared not found");
        return;
    }
    let text = std::fs::read_to_string(&path).expect("example article is readable");
    let doc = simple_doc(Article::new("russia-serbia-defense-cooperation", text));

    // The byline in the text gives the dateline.
    let dateline = dateline_place(&doc.article).expect("a dateline from the byline");
    assert_eq!(dateline.name, "Belgrade");
    assert_eq!(dateline.precision, Precision::City);

    // The sentence that says where the meeting was names Belgrade.
    let meeting = doc
        .sentences
        .iter()
        .position(|s| doc.text_of(s.span).contains("meeting in Belgrade"))
        .expect("a sentence about the meeting");
    let mentions = find_places(&doc.sentences[meeting], &doc.article.text);
    let belgrade = mentions
        .iter()
        .find(|m| doc.text_of(m.span) == "Belgrade")
        .expect("Belgrade is found");
    assert!(belgrade.locative);

    // The signing sentence (no place of its own) and the meeting sentence both land in
    // Belgrade, city precision, within 30 km.
    let signing = doc
        .sentences
        .iter()
        .position(|s| doc.text_of(s.span).contains("have signed"))
        .expect("the signing sentence");
    for i in [signing, meeting] {
        let loc = locate(&doc, i, &["SRB", "RUS"], Some(&dateline)).expect("located");
        assert_eq!(loc.name, "Belgrade", "sentence {i}");
        assert_eq!(loc.country, "SRB");
        assert_eq!(loc.precision, Precision::City);
        assert!(loc.distance_km(BELGRADE.0, BELGRADE.1) < 30.0, "{loc:?}");
        // Without the dateline, the meeting sentence still finds Belgrade itself.
        if i == meeting {
            assert_eq!(
                locate(&doc, i, &["SRB", "RUS"], None).unwrap().name,
                "Belgrade"
            );
        }
    }

    // Every sentence gets a location (its own place or the dateline) and none of the
    // people's names is taken for a place.
    for (i, s) in doc.sentences.iter().enumerate() {
        for m in find_places(s, &doc.article.text) {
            let name = doc.text_of(m.span);
            assert!(
                !["Rodić", "Shoygu", "Shojgu", "Nikolić", "Vučić", "Putin", "Vladimir"]
                    .contains(&name),
                "sentence {i}: {name} taken for a place"
            );
        }
        assert!(locate(&doc, i, &["SRB", "RUS"], Some(&dateline)).is_some());
    }
}
