use std::path::PathBuf;

/// Everything that can go wrong loading, saving or training a tagger.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A model file is not a tagger model, is of another version, or is damaged.
    #[error("corrupt tagger model: {0}")]
    Corrupt(String),
    /// A CoNLL-U training or evaluation file has a malformed line.
    #[error("{path}:{line}: {message}")]
    Conllu {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// Training was asked for with no usable sentences.
    #[error("{0}: no sentences to train on")]
    Empty(PathBuf),
    /// Writing to the progress log failed.
    #[error("writing training log: {0}")]
    Log(std::io::Error),
}
