//! tern's event dataset: coded articles kept in one SQLite file, near-duplicate stories
//! linked, and events queried, counted and exported.
//!
//! - [`Store`] opens (or creates) a database: WAL journal, tables `articles` (with a unique
//!   content hash and a `duplicate_of` link), `sentences`, `events` (every field of
//!   [`tern_core::Event`], the location in columns, the explanation as JSON), an FTS5 index
//!   over article titles and texts, and the MinHash signatures and LSH buckets of
//!   [`minhash`]. Schema and semantics: `docs/store.md`.
//! - [`NewArticle`] is a coded document ready to store (built in worker threads);
//!   [`Store::ingest`] writes a batch of them in one transaction, skipping stored content
//!   hashes and linking near-duplicates, and returns an [`IngestReport`].
//! - [`Filter`] selects events (actor code prefixes, dyad, CAMEO prefix, quad class, PLOVER
//!   type, dates, a radius around a point, full-text words, duplicates, Phoenix's one-a-day
//!   rule); [`Store::query`] returns a [`Page`] of [`StoredEvent`]s, [`Store::stats`]
//!   [`PeriodStats`] per [`Period`], and [`Store::for_each_story`] rebuilds stories as
//!   [`tern_core::Doc`]s with their events for the writers of `tern-code`.
//! - [`synth`] generates a synthetic dataset for benchmarks.
//!
//! The store never panics on bad input: every failure is a [`StoreError`] naming the file.
#![deny(missing_docs)]

mod error;
pub mod minhash;
mod query;
mod schema;
mod store;
pub mod synth;

pub use error::{Result, StoreError};
pub use minhash::Signature;
pub use query::{DuplicateLink, Filter, Near, Page, Period, PeriodStats, StoredEvent};
pub use schema::VERSION as SCHEMA_VERSION;
pub use store::{
    content_hash, haversine_km, month_number, ContentHash, IngestReport, NewArticle, Store,
};
