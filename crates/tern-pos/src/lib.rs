//! Averaged-perceptron part-of-speech tagger (UPOS and Penn XPOS) and lemmatizer
#![deny(missing_docs)]
