use crate::{Article, DepRel, Upos, Xpos};
use serde::{Deserialize, Serialize};

/// A half-open range of **byte** offsets `[start, end)` into [`Article::text`].
///
/// Output formats that promise character offsets convert with [`Span::to_chars`].
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from byte offsets.
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    /// The byte range, for slicing.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
    /// Length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }
    /// True for an empty span.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
    /// The text this span covers (empty if it does not fall on character boundaries).
    pub fn slice(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }
    /// The same range in Unicode scalar values (characters) instead of bytes.
    pub fn to_chars(self, text: &str) -> (usize, usize) {
        let start = text
            .get(..self.start as usize)
            .map_or(0, |s| s.chars().count());
        let inner = text.get(self.range()).map_or(0, |s| s.chars().count());
        (start, start + inner)
    }
    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// One token with every layer of analysis tern gives it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Token {
    /// The normalized form (NFC, straight quotes, mojibake repaired, PTB conventions such as
    /// `n't`). What the tagger, parser and dictionaries see.
    pub form: String,
    /// Where the token is in the original text.
    pub span: Span,
    /// Universal part of speech.
    pub upos: Upos,
    /// Penn Treebank part of speech.
    pub xpos: Xpos,
    /// Dictionary form (`signed` → `sign`, `ministers` → `minister`), lower case except for
    /// proper nouns.
    pub lemma: String,
    /// 1-based index of the head token in the sentence; 0 for the root.
    pub head: u32,
    /// Universal Dependencies relation to the head.
    pub rel: DepRel,
}

impl Token {
    /// A token with only its form and span filled in.
    pub fn new(form: impl Into<String>, span: Span) -> Token {
        Token {
            form: form.into(),
            span,
            ..Token::default()
        }
    }
}

/// A sentence: a span of the article and its tokens.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// The id the input gave (PETRARCH, CoNLL-U), else `None`; see [`Doc::sentence_id`].
    pub id: Option<String>,
    /// Where the sentence is in [`Article::text`].
    pub span: Span,
    /// Tokens in order. Token `i` is addressed as `i + 1` by [`Token::head`].
    pub tokens: Vec<Token>,
    /// Penn Treebank parse given with the input, if any.
    pub parse: Option<String>,
}

impl Sentence {
    /// The head token of token `i` (0-based), or `None` for the root.
    pub fn head_of(&self, i: usize) -> Option<usize> {
        match self.tokens.get(i)?.head {
            0 => None,
            h => Some(h as usize - 1),
        }
    }
    /// Indices (0-based) of the dependents of token `i`, left to right.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let h = i as u32 + 1;
        self.tokens
            .iter()
            .enumerate()
            .filter(move |(_, t)| t.head == h)
            .map(|(j, _)| j)
    }
}

/// An article with its analysis: the unit every stage after reading works on.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Doc {
    /// The article, original text untouched.
    pub article: Article,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
}

impl Doc {
    /// A document with no analysis yet.
    pub fn new(article: Article) -> Doc {
        Doc {
            article,
            sentences: Vec::new(),
        }
    }
    /// The id of sentence `i`: the given one, else `<story id>-<i+1>` as PETRARCH numbers them.
    pub fn sentence_id(&self, i: usize) -> String {
        match self.sentences.get(i).and_then(|s| s.id.clone()) {
            Some(id) => id,
            None => format!("{}-{}", self.article.id, i + 1),
        }
    }
    /// The original text of a span.
    pub fn text_of(&self, span: Span) -> &str {
        span.slice(&self.article.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_characters_not_bytes() {
        let text = "Vučić met Shoygu.";
        let span = Span::new(text.find("met").unwrap(), text.find("met").unwrap() + 3);
        assert_eq!(span.slice(text), "met");
        assert_eq!(span.to_chars(text), (6, 9));
    }
}
