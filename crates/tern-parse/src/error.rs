use std::path::PathBuf;

/// Everything that can go wrong loading, saving or training a parser.
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
    /// A CoNLL-U line could not be understood.
    #[error("{path}:{line}: {message}")]
    Conllu {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// Model bytes are not a parser model of a version this build reads.
    #[error("not a tern parser model (bad magic or unsupported version {version})")]
    BadHeader {
        /// The version found (0 if the magic was wrong).
        version: u32,
    },
    /// Model bytes are truncated or inconsistent.
    #[error("corrupt parser model at byte {offset}: {message}")]
    Corrupt {
        /// Where decoding stopped.
        offset: usize,
        /// What is wrong.
        message: String,
    },
    /// Training was asked for something impossible (e.g. an empty training file).
    #[error("training: {0}")]
    Training(String),
    /// Writing the training log failed.
    #[error("writing the training log: {0}")]
    Log(std::io::Error),
}
