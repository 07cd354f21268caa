//! Properties that hold for any input: spans slice the original text, tokens lie inside
//! their sentence, in order, without overlap, with non-empty forms.

use proptest::prelude::*;
use tern_core::{Article, Span};

fn check(text: &str) -> Result<(), TestCaseError> {
    let sentences = tern_text::analyze(&Article::new("p", text));
    let mut prev_end = 0u32;
    for s in &sentences {
        prop_assert!(!s.span.is_empty());
        prop_assert!(
            text.get(s.span.range()).is_some(),
            "sentence span {:?} does not slice",
            s.span
        );
        prop_assert!(s.span.start >= prev_end, "sentences overlap");
        prev_end = s.span.end;
        prop_assert!(!s.tokens.is_empty());
        let mut tok_end = s.span.start;
        for t in &s.tokens {
            prop_assert!(
                text.get(t.span.range()).is_some(),
                "token span {:?} does not slice",
                t.span
            );
            prop_assert!(!t.span.is_empty());
            prop_assert!(
                t.span.start >= tok_end,
                "tokens out of order or overlapping"
            );
            prop_assert!(t.span.end <= s.span.end, "token outside its sentence");
            prop_assert!(!t.form.is_empty());
            prop_assert!(
                !t.form.chars().any(char::is_whitespace),
                "form {:?} has a space",
                t.form
            );
            tok_end = t.span.end;
        }
    }
    // split_sentences and tokenize agree with analyze.
    let spans = tern_text::split_sentences(text);
    prop_assert_eq!(spans.len(), sentences.len());
    Ok(())
}

/// Strings built from pieces that exercise the hard cases.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Mr.".to_string()),
        Just("U.S.".to_string()),
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just(".".to_string()),
        Just("”".to_string()),
        Just("“".to_string()),
        Just("â€™".to_string()),
        Just("â€".to_string()),
        Just("\u{FFFD}".to_string()),
        Just("Â".to_string()),
        Just("`s".to_string()),
        Just("n't".to_string()),
        Just("-".to_string()),
        Just("BELGRADE (AP) — ".to_string()),
        Just("e\u{301}".to_string()),
        Just("http://x.org/a".to_string()),
        Just("a@b.c".to_string()),
        Just(":-)".to_string()),
        Just("'67".to_string()),
        "[a-zA-Z]{1,8}",
        "[0-9]{1,4}",
        "\\PC{1,3}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 2000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_unicode_string(text in "\\PC{0,200}") {
        check(&text)?;
    }

    #[test]
    fn any_string_with_controls(text in ".{0,100}") {
        check(&text)?;
    }

    #[test]
    fn newsy_strings(text in newsy()) {
        check(&text)?;
    }

    #[test]
    fn tokenize_any_span(text in newsy(), a in 0usize..400, b in 0usize..400) {
        let toks = tern_text::tokenize(&text, Span::new(a.min(b), a.max(b)));
        for t in &toks {
            prop_assert!(text.get(t.span.range()).is_some());
            prop_assert!(t.span.end as usize <= a.max(b));
            prop_assert!(t.span.start as usize >= a.min(b).min(text.len()));
            prop_assert!(!t.form.is_empty());
        }
    }

    #[test]
    fn normalize_form_never_panics(s in "\\PC{0,50}") {
        let _ = tern_text::normalize_form(&s);
        let _ = tern_text::find_dateline(&s);
    }
}

#[test]
fn huge_inputs_are_bounded() {
    let no_spaces = "x".repeat(1 << 20);
    let s = tern_text::analyze(&Article::new("h", no_spaces.as_str()));
    assert!(s.len() >= 10);
    let dots = ".".repeat(100_000);
    let s = tern_text::analyze(&Article::new("h", dots.as_str()));
    assert!(!s.is_empty());
    let words = "word ".repeat(100_000);
    let s = tern_text::analyze(&Article::new("h", words.as_str()));
    assert!(s
        .iter()
        .all(|s| s.span.len() <= 2 * tern_text::sentence::MAX_SENTENCE));
    let moji = "â€™Ã©Â\u{FFFD}".repeat(50_000);
    let _ = tern_text::analyze(&Article::new("h", moji.as_str()));
}
