//! Normalization with offsets, sentence splitting and Penn-Treebank tokenization
#![deny(missing_docs)]
