//! The store's errors.
use std::path::PathBuf;

/// What can go wrong opening, filling or querying an event database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database file does not exist (and the caller asked not to create it).
    #[error("{path}: no event database here (create one with `tern ingest FILES --db {path}`)")]
    Missing {
        /// The file asked for.
        path: PathBuf,
    },
    /// The file exists but is not an SQLite database, or not one of tern's.
    #[error("{path}: not a tern event database ({reason})")]
    NotADatabase {
        /// The file.
        path: PathBuf,
        /// What was found instead.
        reason: String,
    },
    /// Another process holds the write lock longer than the busy timeout.
    #[error("{path}: the database is locked by another process (another `tern ingest`?); try again when it has finished")]
    Locked {
        /// The file.
        path: PathBuf,
    },
    /// Any other SQLite failure, with what the store was doing.
    #[error("{path}: {doing}: {source}")]
    Sqlite {
        /// The file (`:memory:` for an in-memory store).
        path: PathBuf,
        /// What the store was doing.
        doing: &'static str,
        /// SQLite's error.
        #[source]
        source: rusqlite::Error,
    },
    /// A stored row that cannot be read back (edited by hand, or a newer schema).
    #[error("{path}: event {id}: {reason}")]
    BadRow {
        /// The file.
        path: PathBuf,
        /// Event row id.
        id: i64,
        /// What is wrong with it.
        reason: String,
    },
    /// A filter value that makes no sense (an empty actor code, a latitude of 200).
    #[error("bad filter {filter}: {reason}")]
    BadFilter {
        /// The filter (`--near`, `--quad`, …).
        filter: &'static str,
        /// Why it is rejected.
        reason: String,
    },
}

/// Result alias of this crate.
pub type Result<T> = std::result::Result<T, StoreError>;
