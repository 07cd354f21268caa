//! # tern-text: from article text to sentences of tokens
//!
//! The first analysis stage. It never modifies [`Article::text`]: every sentence and token
//! carries a [`Span`] of byte offsets into it, and normalization changes only token *forms*.
//!
//! * [`analyze`]: an article's sentences with their tokens (form and span filled, tags left
//!   at their defaults for the tagger). Honours the segments a reader gave.
//! * [`split_sentences`]: sentence spans — robust to abbreviations (`U.S.`, `Gen.`, `Jan.`,
//!   `Mr.`), initials, quotations (`… as well”.`), paragraph breaks and headings, datelines
//!   (`BELGRADE (AP) —`) and lower-cased text. The rules are listed in the
//!   [`sentence` module](crate::split_sentences) docs.
//! * [`tokenize`]: Penn-Treebank tokens as UD English EWT has them (`do` `n't`, `Shoygu`
//!   `'s`, `can` `not`, `15` `-` `year` but `anti-war`, `U.S.` inside and `U.S` `.` at the end
//!   of a sentence).
//! * [`normalize_form`]: the token form: NFC, ASCII quotes and apostrophes (including
//!   backtick apostrophes), mojibake repaired (`â€™` → `'`, `Ã©` → `é`).
//! * [`find_dateline`]: a story's leading dateline: the place and where the body starts.
//! * [`fold`](fold::fold): the folded form names and words are matched by (case, diacritics,
//!   letters such as `ß` and `đ`), shared by the dictionaries and the gazetteer.
//!
//! All scanners read the original text through one decoder that sees a mojibake sequence
//! (`â€™`, 8 bytes) as the single character it stands for, so no token or sentence boundary
//! ever falls inside one, and spans always slice the original text. Nothing here panics or
//! fails on any input: empty or white-space-only text gives no sentences, and text without
//! punctuation or spaces is cut into sentences of bounded length
//! ([`MAX_SENTENCE`](sentence::MAX_SENTENCE)).
//!
//! ```
//! use tern_core::Article;
//! let article = Article::new("s1", "BELGRADE (AP) — Shoygu`s visit didn't end. Mr. Vučić left.");
//! let sentences = tern_text::analyze(&article);
//! let forms: Vec<Vec<&str>> = sentences
//!     .iter()
//!     .map(|s| s.tokens.iter().map(|t| t.form.as_str()).collect())
//!     .collect();
//! assert_eq!(forms, [
//!     vec!["BELGRADE", "(", "AP", ")", "—"],
//!     vec!["Shoygu", "'s", "visit", "did", "n't", "end", "."],
//!     vec!["Mr.", "Vučić", "left", "."],
//! ]);
//! ```
#![deny(missing_docs)]

mod chars;
mod dateline;
pub mod fold;
mod lexicon;
mod normalize;
pub mod sentence;
mod tokenize;

pub use dateline::find_dateline;
pub use normalize::normalize_form;
pub use sentence::split_sentences;
pub use tokenize::tokenize;

use tern_core::{Article, Sentence, Span, Token};

/// The sentences of an article, each with its tokens (form and span filled; tags, lemma and
/// head left at their defaults).
///
/// Honours [`Article::segments`]: a segment with `tokens: Some(..)` is taken as given (one
/// token per given span, form = [`normalize_form`] of the span's text, or `_` if the span
/// does not slice the text); a segment without tokens is tokenized but never re-split; each
/// segment keeps its id and parse. Without segments the text is split with
/// [`split_sentences`]. Sentences without any token are left out, except given segments,
/// which are always kept so that pre-segmented input round-trips.
pub fn analyze(article: &Article) -> Vec<Sentence> {
    let text = article.text.as_str();
    if article.segments.is_empty() {
        let spans = split_sentences(text);
        let mut out = Vec::with_capacity(spans.len());
        for span in spans {
            let tokens = tokenize(text, span);
            if !tokens.is_empty() {
                out.push(Sentence {
                    id: None,
                    span,
                    tokens,
                    parse: None,
                });
            }
        }
        return out;
    }
    article
        .segments
        .iter()
        .map(|seg| {
            let tokens = match &seg.tokens {
                Some(given) => given
                    .iter()
                    .map(|&span| {
                        let form = normalize_form(span.slice(text));
                        let form = if form.is_empty() { "_".into() } else { form };
                        Token::new(form.into_owned(), span)
                    })
                    .collect(),
                None => tokenize(text, seg.span),
            };
            Sentence {
                id: seg.id.clone(),
                span: clamp(text, seg.span),
                tokens,
                parse: seg.parse.clone(),
            }
        })
        .collect()
}

/// A span moved inside `text` and onto character boundaries.
fn clamp(text: &str, span: Span) -> Span {
    let end = chars::floor_boundary(text, span.end as usize);
    let start = chars::ceil_boundary(text, span.start as usize).min(end);
    Span::new(start, end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tern_core::Segment;

    #[test]
    fn segments_are_never_resplit() {
        let text = "He left. She stayed. Then rain.";
        let mut a = Article::new("a", text);
        a.segments = vec![
            Segment {
                id: Some("a-1".into()),
                span: Span::new(0, 20),
                ..Segment::default()
            },
            Segment {
                id: Some("a-2".into()),
                span: Span::new(21, text.len()),
                tokens: Some(vec![
                    Span::new(21, 25),
                    Span::new(26, 30),
                    Span::new(30, 31),
                ]),
                ..Segment::default()
            },
        ];
        let s = analyze(&a);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].id.as_deref(), Some("a-1"));
        let f0: Vec<&str> = s[0].tokens.iter().map(|t| t.form.as_str()).collect();
        assert_eq!(f0, ["He", "left", ".", "She", "stayed", "."]);
        let f1: Vec<&str> = s[1].tokens.iter().map(|t| t.form.as_str()).collect();
        assert_eq!(f1, ["Then", "rain", "."]);
    }

    #[test]
    fn given_tokens_are_normalized_and_bad_spans_survive() {
        let text = "Vučić`s “plan”";
        let mut a = Article::new("b", text);
        a.segments = vec![Segment {
            span: Span::new(0, 999),
            tokens: Some(vec![
                Span::new(0, 7),
                Span::new(7, 9),
                Span::new(10, 13),
                Span::new(3, 4),
            ]),
            ..Segment::default()
        }];
        let s = analyze(&a);
        let f: Vec<&str> = s[0].tokens.iter().map(|t| t.form.as_str()).collect();
        assert_eq!(f, ["Vučić", "'s", "\"", "_"]);
        assert_eq!(s[0].span, Span::new(0, text.len()));
    }

    #[test]
    fn empty_and_blank_articles_have_no_sentences() {
        assert!(analyze(&Article::new("e", "")).is_empty());
        assert!(analyze(&Article::new("e", "  \n\n \t")).is_empty());
    }
}
