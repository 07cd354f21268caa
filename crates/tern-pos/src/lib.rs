//! # tern-pos: part-of-speech tagging and lemmatization
//!
//! * [`Tagger`]: an averaged-perceptron tagger predicting joint (UPOS, Penn XPOS) classes,
//!   decoded greedily left to right and then once more with the first pass's right-hand tags
//!   as features. [`Tagger::embedded`] is the built-in English model (trained on UD English
//!   EWT, shipped inside the binary); [`Tagger::tag`] fills `upos`, `xpos` and `lemma` of the
//!   tokens of a [`tern_core::Sentence`].
//! * [`lemmatize`]: the dictionary form of a word given its tags — closed-class tables, WordNet's
//!   exception lists and suffix rules checked against WordNet's lemma lists.
//! * [`train`] with [`TrainOptions`] builds a model from CoNLL-U; [`evaluate`] scores one
//!   against gold CoNLL-U ([`Evaluation`]).
//!
//! Features are 64-bit hashes (word, affixes, shape, WordNet part-of-speech class, neighbour
//! words, previous and — in the second pass — next tags, nearest auxiliary to the left); the
//! model is the sum of the averaged weights of a few independent training runs
//! ([`TrainOptions::runs`]), keeps only the non-zero ones, quantized to `i16`, in one
//! open-addressing table whose slots are prefetched ahead of use while decoding. Frequent
//! words carry precomputed *word bundles* (their word-only scores and what they contribute to
//! their neighbours), so most of a token's static score is read from two or three cache lines.
//!
//! ```
//! use tern_core::{Sentence, Span, Token};
//! let mut s = Sentence::default();
//! for w in ["The", "minister", "signed", "the", "agreement", "."] {
//!     s.tokens.push(Token::new(w, Span::default()));
//! }
//! tern_pos::Tagger::embedded().tag(&mut s);
//! assert_eq!(s.tokens[2].xpos.as_str(), "VBD");
//! assert_eq!(s.tokens[2].lemma, "sign");
//! ```
#![deny(missing_docs)]

mod conllu;
mod error;
mod features;
mod hash;
mod lemma;
mod lexicon;
mod model;
mod train;

pub use error::Error;
pub use lemma::lemmatize;
pub use model::Tagger;
pub use train::{evaluate, train, Evaluation, TrainOptions};
