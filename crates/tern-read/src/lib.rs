//! Readers: plain text, JSON Lines, PETRARCH XML, CoNLL-U; directories and standard input
#![deny(missing_docs)]
