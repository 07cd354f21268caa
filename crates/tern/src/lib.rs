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

    /// Tags and parses one tokenized sentence in place.
    pub fn analyze_sentence(&self, sentence: &mut Sentence) {
        self.tagger.tag(sentence);
        self.parser.parse(sentence);
    }
}
