use std::path::PathBuf;

/// Why a dictionary set could not be loaded at all. Problems in individual entries are not
/// errors: they are [`tern_core::Diagnostic`]s, and the entry is skipped.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A named file or directory could not be read.
    #[error("{}: cannot read: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// Writing the converted dictionary failed.
    #[error("cannot write: {0}")]
    Write(#[from] std::io::Error),
    /// A manifest line is not `part = file[, file…]` with a known part.
    #[error("{}:{line}: {message}", path.display())]
    Manifest {
        /// The manifest file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The directory has no manifest and no file with a recognisable dictionary name.
    #[error("{}: no dictionaries found (no `tern-dictionaries.txt` manifest and no file named like *verbs*, *actors*, *agents*, *discards*, *issue*, CAMEO*.txt or *.tern)", dir.display())]
    EmptySet {
        /// The directory.
        dir: PathBuf,
    },
    /// Neither a directory nor any part file was given.
    #[error("no dictionaries given: name a directory or at least one part file")]
    NothingGiven,
}
