//! # tern-parse: a fast transition-based dependency parser for Universal Dependencies
//!
//! [`Parser`] turns a tagged [`tern_core::Sentence`] into a dependency tree: it fills every
//! token's `head` and `rel`. It runs in linear time, with a small beam
//! ([`DEFAULT_BEAM`] analyses kept at each step; [`Parser::set_beam_width`] trades speed
//! for accuracy, width 1 is greedy):
//!
//! * **Transition system**: arc-hybrid (SHIFT, LEFT, RIGHT) with the root at the end of the
//!   buffer and LEFT onto the root allowed only from a one-item stack, so every output is a
//!   single-rooted projective tree.
//! * **Models**: two averaged perceptrons over hashed features. The transition model scores
//!   three moves from 98 Zhang & Nivre (2011) style templates (words, tags, word suffixes,
//!   distance, valency, children and their labels, label sets); the label model picks the
//!   relation when an arc is made (33 templates over the head, the dependent and the
//!   dependent's finished subtree).
//!   Weights are 16-bit (transitions) and 8-bit (labels) integers in four hashed tables
//!   (without/with words, so that the frequent word-free rows stay in cache); the file is the
//!   tables as they are used, with a checksum ([`Parser::save`]).
//! * **Training** ([`train`], [`train_sentences`]): the transition model is trained globally
//!   with beam search and max-violation updates (Zhang & Nivre 2011, Huang et al. 2012), or
//!   with `beam: 1` greedily with the dynamic oracle and error exploration (Goldberg & Nivre
//!   2012, 2013); shuffled with a fixed seed, so a command gives the same model bytes every
//!   time.
//! * **Evaluation**: [`read_conllu`] reads gold trees, [`evaluate`] gives
//!   [`AttachmentScores`] (UAS/LAS without punctuation, relation subtypes ignored).
//!
//! ```
//! use tern_core::{Sentence, Span, Token, Upos, Xpos};
//! let mut s = Sentence::default();
//! for (form, u, x) in [("Rodić", "PROPN", "NNP"), ("signed", "VERB", "VBD"),
//!                      ("the", "DET", "DT"), ("agreement", "NOUN", "NN")] {
//!     let mut t = Token::new(form, Span::default());
//!     t.upos = Upos::from_name(u).unwrap();
//!     t.xpos = Xpos::from_name(x).unwrap();
//!     s.tokens.push(t);
//! }
//! tern_parse::Parser::embedded().parse(&mut s);
//! assert_eq!(s.tokens[1].head, 0);
//! assert_eq!(s.tokens[0].rel.as_str(), "nsubj");
//! assert_eq!((s.tokens[3].head, s.tokens[3].rel.as_str()), (2, "obj"));
//! ```
#![deny(missing_docs)]

mod conllu;
mod error;
mod format;
mod parser;
mod repair;
mod state;
mod train;

pub use conllu::{read_conllu, AttachmentScores};
pub use error::Error;
pub use parser::{Parser, DEFAULT_BEAM, MAX_BEAM};
pub use train::{evaluate, train, train_sentences, TrainOptions};
