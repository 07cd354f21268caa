//! tern facade: the pipeline from articles to analysed documents, re-exporting the stage crates
#![deny(missing_docs)]
