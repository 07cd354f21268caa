//! # tern: news in, political event data out
//!
//! This crate is the facade over tern's stage crates, the way `grep` re-exports ripgrep's
//! libraries. It adds the [`Pipeline`], which runs the reading half on an article:
//!
//! 1. [`text`] (tern-text): normalization, sentence splitting, tokenization — every token keeps
//!    a span into the original text;
//! 2. [`pos`] (tern-pos): part-of-speech tags (UPOS, Penn XPOS) and lemmas;
//! 3. [`parse`] (tern-parse): Universal Dependencies trees.
//!
//! Inputs come from [`read`] (tern-read); dictionaries from [`dict`] (tern-dict); the CAMEO and
//! PLOVER tables from [`cameo`] (tern-cameo); documents are written by [`write`].
//!
//! ```no_run
//! use tern::{Article, Pipeline};
//! let pipeline = Pipeline::new();
//! let doc = pipeline.analyze(Article::new("demo", "Serbia and Russia signed an agreement."));
//! for token in &doc.sentences[0].tokens {
//!     println!("{}\t{}\t{}\t{}", token.form, token.upos, token.head, token.rel);
//! }
//! ```
//!
//! The library does no network or database I/O and starts no threads of its own; callers
//! parallelize over articles (the CLI uses rayon).
#![deny(missing_docs)]

pub mod write;

pub use tern_cameo as cameo;
pub use tern_core::*;
pub use tern_dict as dict;
pub use tern_parse as parse;
pub use tern_pos as pos;
pub use tern_read as read;
pub use tern_text as text;

use std::ops::Deref;
use std::sync::Arc;

/// A model that is either built in (`'static`) or loaded at run time.
#[derive(Clone)]
pub enum Model<T: 'static> {
    /// The model compiled into the binary.
    Embedded(&'static T),
    /// A model loaded from a file.
    Loaded(Arc<T>),
}

impl<T> Deref for Model<T> {
    type Target = T;
    fn deref(&self) -> &T {
        match self {
            Model::Embedded(t) => t,
            Model::Loaded(t) => t,
        }
    }
}

/// The reading half of tern: text → sentences → tokens → tags → trees.
///
/// Immutable and `Sync`: share one pipeline across threads.
#[derive(Clone)]
pub struct Pipeline {
    tagger: Model<pos::Tagger>,
    parser: Model<parse::Parser>,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline::new()
    }
}

impl Pipeline {
    /// A pipeline with the built-in tagger and parser.
    pub fn new() -> Pipeline {
        Pipeline {
            tagger: Model::Embedded(pos::Tagger::embedded()),
            parser: Model::Embedded(parse::Parser::embedded()),
        }
    }

    /// A pipeline with the given models.
    pub fn with_models(tagger: Model<pos::Tagger>, parser: Model<parse::Parser>) -> Pipeline {
        Pipeline { tagger, parser }
    }

    /// The tagger in use.
    pub fn tagger(&self) -> &pos::Tagger {
        &self.tagger
    }

    /// The parser in use.
    pub fn parser(&self) -> &parse::Parser {
        &self.parser
    }

    /// Analyses an article: sentences, tokens, tags, lemmas and dependency trees.
    pub fn analyze(&self, article: Article) -> Doc {
        let mut doc = Doc::new(article);
        doc.sentences = text::analyze(&doc.article);
        for sentence in &mut doc.sentences {
            self.analyze_sentence(sentence);
        }
        doc
    }

    /// Like [`Pipeline::analyze`], but a sentence that came with a Penn Treebank parse (PETRARCH
    /// `<Parse>`) takes its tokens, tags and tree from that parse, converted to Universal
    /// Dependencies ([`read::ptb`]); lemmas come from [`pos::lemmatize`]. A sentence without
    /// a parse, or whose parse cannot be read or lined up with its text, gets tern's own
    /// analysis; the second value says which fell back and why (`sentence id: reason`).
    pub fn analyze_using_parses(&self, article: Article) -> (Doc, Vec<String>) {
        let mut doc = Doc::new(article);
        doc.sentences = text::analyze(&doc.article);
        let mut fallbacks = Vec::new();
        for (i, sentence) in doc.sentences.iter_mut().enumerate() {
            let Some(tree) = sentence.parse.clone() else {
                self.analyze_sentence(sentence);
                continue;
            };
            match from_parse(&doc.article.text, sentence, &tree) {
                Ok(()) => {}
                Err(why) => {
                    let id = sentence
                        .id
                        .clone()
                        .unwrap_or_else(|| format!("{}-{}", doc.article.id, i + 1));
                    fallbacks.push(format!("{id}: {why}; tern's own parse used"));
                    self.analyze_sentence(sentence);
                }
            }
        }
        (doc, fallbacks)
    }

    /// Tags and parses one tokenized sentence in place.
    pub fn analyze_sentence(&self, sentence: &mut Sentence) {
        self.tagger.tag(sentence);
        self.parser.parse(sentence);
    }
}

/// Fills `sentence` from a Penn Treebank parse: the parse's words lined up with the sentence's
/// text (spans), tags, lemmas and the converted tree. On error `sentence` is left as it was.
fn from_parse(text: &str, sentence: &mut Sentence, tree: &str) -> Result<(), String> {
    let words = read::ptb::dependencies(tree).map_err(|e| e.to_string())?;
    let end = (sentence.span.end as usize).min(text.len());
    let mut at = (sentence.span.start as usize).min(end);
    let mut tokens = Vec::with_capacity(words.len());
    // A word the text lacks (a period the parser added, a respelling) becomes an empty span
    // where it would be; too many such words mean the parse is of another text.
    let mut missing = Vec::new();
    for w in &words {
        let (span, form) = match align(text, &mut at, end, &w.form) {
            Some(span) => (span, text::normalize_form(span.slice(text))),
            None => {
                missing.push(w.form.as_str());
                (Span::new(at, at), text::normalize_form(&w.form))
            }
        };
        let upos = Upos::from_name_or_unknown(w.upos);
        let xpos = Xpos::from_name_or_unknown(&w.xpos);
        let lemma = pos::lemmatize(&form, upos, xpos).into_owned();
        tokens.push(Token {
            form: form.into_owned(),
            span,
            upos,
            xpos,
            lemma,
            head: w.head,
            rel: DepRel::from_name_or_unknown(w.rel),
        });
    }
    if missing.len() > (words.len() / 5).max(1) {
        return Err(format!(
            "{} of the parse's {} words are not in the sentence's text (first: `{}`)",
            missing.len(),
            words.len(),
            missing[0]
        ));
    }
    sentence.tokens = tokens;
    Ok(())
}

/// Finds `word` in `text[*at..end]` after blanks, allowing the parser's normalizations (quotes
/// written `"`, brackets, `n't`), and moves `at` past it.
fn align(text: &str, at: &mut usize, end: usize, word: &str) -> Option<Span> {
    let rest = &text[*at..end];
    let skip = rest.len() - rest.trim_start().len();
    let start = *at + skip;
    let here = &text[start..end];
    if here.starts_with(word) {
        *at = start + word.len();
        return Some(Span::new(start, *at));
    }
    // A quote or bracket the parser rewrote: one character of the text.
    if matches!(word, "\"" | "(" | ")" | "'" | "`") {
        if let Some(c) = here.chars().next() {
            if matches!(
                c,
                '"' | '“'
                    | '”'
                    | '„'
                    | '«'
                    | '»'
                    | '\''
                    | '‘'
                    | '’'
                    | '`'
                    | '('
                    | ')'
                    | '['
                    | ']'
                    | '{'
                    | '}'
            ) {
                *at = start + c.len_utf8();
                return Some(Span::new(start, *at));
            }
        }
    }
    // Otherwise look a little further (a word the parser dropped or respelled).
    let mut cut = here.len().min(64 + word.len());
    while !here.is_char_boundary(cut) {
        cut -= 1;
    }
    let window = &here[..cut];
    let off = window.find(word)?;
    let s = start + off;
    *at = s + word.len();
    Some(Span::new(s, *at))
}
