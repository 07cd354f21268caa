//! # tern-parse: a fast transition-based dependency parser for Universal Dependencies
//!
//! [`Parser`] turns a tagged [`tern_core::Sentence`] into a dependency tree: it fills every
//! token's `head` and `rel`. It runs in linear time; the shipped model decodes greedily
//! ([`Parser::set_beam_width`] can widen the search, [`DEFAULT_BEAM`] is the width of
//! beam-trained models):
//!
//! * **Transition system**: arc-hybrid (SHIFT, LEFT, RIGHT) with the root at the end of the
//!   buffer and LEFT onto the root allowed only from a one-item stack, so every output is a
//!   single-rooted projective tree.
//! * **Models**: two averaged perceptrons over hashed features. The transition model scores
//!   three moves from 72 Zhang & Nivre (2011) style templates (words, tags, word suffixes,
//!   distance, valency, children and their labels, label sets); 21 of them read one token in
//!   one role (first buffer item with its two successors, the two stack tops) and are summed
//!   once per sentence for every token, so a decision looks up 51 rows. The label model picks
//!   the relation when an arc is made (33 templates over the head, the dependent and the
//!   dependent's finished subtree); the greedy decoder fetches an arc's label rows while it
//!   locates the next decision's rows, so the two memory round trips overlap.
//!   Weights are 8-bit integers in four hashed tables (without/with words, so that the
//!   frequent word-free rows stay in cache); the file is the tables as they are used, with a
//!   checksum ([`Parser::save`]).
//! * **Training** ([`train`], [`train_sentences`]): greedily with the dynamic oracle and error
//!   exploration (Goldberg & Nivre 2012, 2013), several runs with different seeds summed
//!   into one model (an ensemble at the cost of one model, [`TrainOptions::runs`]), or
//!   globally with beam search and max-violation updates (Zhang & Nivre 2011, Huang et al.
//!   2012, `beam` ≥ 2); shuffled with fixed seeds, so a command gives the same model bytes
//!   every time.
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
mod state;
mod train;

pub use conllu::{read_conllu, AttachmentScores};
pub use error::Error;
pub use parser::{Parser, DEFAULT_BEAM, MAX_BEAM};
pub use train::{evaluate, train, train_sentences, TrainOptions};
