//! # tern-core: the data model every stage shares
//!
//! tern turns news into event data in one direction:
//!
//! ```text
//! Article ──▶ Doc { sentences ▶ tokens ▶ tags ▶ tree } ──▶ mentions ──▶ events ──▶ sinks
//! ```
//!
//! This crate holds only the types that flow between the stages, so that every other crate can
//! depend on it and nothing else:
//!
//! * [`Article`]: one story as a reader found it: the original text (never modified), its
//!   metadata, and for pre-segmented inputs (PETRARCH XML, CoNLL-U) the given [`Segment`]s.
//! * [`Doc`]: an article plus the analysis layers: [`Sentence`]s of [`Token`]s, each token with
//!   its normalized form, a [`Span`] of **byte offsets into the original text**, UPOS ([`Upos`]),
//!   Penn XPOS ([`Xpos`]), lemma, and its dependency head and relation ([`DepRel`]).
//! * [`Date`]: a calendar date as event data uses it (story dates, dictionary date ranges).
//! * [`Event`]: a coded event (source, target, CAMEO code and what follows from it, PLOVER
//!   fields, and the [`ExplainItem`]s saying why it was coded), the unit every sink writes.
//! * [`conllu`]: the strict gold CoNLL-U reader the tagger's and parser's training and
//!   evaluation share.
//! * [`Diagnostic`]: a problem found in some input, named by file and line, so that readers can
//!   report and skip a bad record while keeping the good ones.
//!
//! The rule every stage keeps: a span always slices the original text. Normalization (NFC,
//! quotes, mojibake repair) changes token *forms*, never offsets.
#![deny(missing_docs)]

mod article;
pub mod conllu;
mod date;
mod diag;
mod doc;
mod event;
mod tags;

pub use article::{Article, Origin, Segment};
pub use date::Date;
pub use diag::{Diagnostic, Diagnostics, Severity};
pub use doc::{Doc, Sentence, Span, Token};
pub use event::{Event, EventActor, ExplainItem, Location, PloverFields, Precision};
pub use tags::{DepRel, Upos, Xpos, DEPRELS, XPOS_TAGS};
