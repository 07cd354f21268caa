//! # tern-dict: event-data dictionaries
//!
//! Reads, checks, converts and compiles the dictionaries an event coder needs: actors
//! (phrases → CAMEO actor codes with date ranges), agents (role words that compose with a
//! country: `Serbian` + `defense minister` → `SRBGOVMIL`), verbs (verb forms, synonym sets,
//! patterns → CAMEO event codes, transformations), discards and issues.
//!
//! * [`DictSources`] says where a set's files are (a directory with a `tern-dictionaries.txt`
//!   manifest or PETRARCH2's file names, plus per-part overrides);
//!   [`DictionarySet::load`] reads them, [`DictionarySet::defaults`] is tern's own set
//!   (the workspace's `dictionaries/`, embedded at build time) and
//!   [`DictionarySet::load_over_defaults`] puts part overrides on top of it; in the PETRARCH2 formats, the older
//!   PETRARCH-1/TABARI verb format (detected), or tern's own format ([`write_tern`] writes
//!   it, [`convert`] turns one file into it). Bad entries become [`tern_core::Diagnostic`]s
//!   (`file:line: message`) and are skipped; loading never panics.
//! * The model ([`Actor`], [`Agent`], [`VerbBlock`], [`Verb`], [`Pattern`] of [`Elem`]s,
//!   [`Synset`], [`Transformation`], [`Discard`], [`Issue`]) keeps every entry's
//!   [`Origin`] (file and line).
//! * [`DictionarySet::check`] finds set-level defects; [`DictionarySet::counts`] counts.
//! * [`ActorMatcher`] compiles all actor and agent phrases into Aho-Corasick automata over
//!   folded words (case, diacritics) plus transliteration keys for person names;
//!   [`ActorMatcher::find`] returns the longest non-overlapping [`Mention`]s in a sentence's
//!   tokens; [`Actor::resolve`] picks the code for a story date; [`DictionarySet::compose`]
//!   merges a country with the agents next to it; [`DictionarySet::lookup`] explains all of
//!   it for one phrase.
//!
//! ```
//! use tern_dict::{DictionarySet, Part};
//! use tern_core::Date;
//! let (set, problems) = DictionarySet::from_texts(&[
//!     (Part::Actors, "mini.actors.txt", "SERBIA [SRB]\n+SERBIAN\n"),
//!     (Part::Agents, "mini.agents.txt", "DEFENSE_MINISTER [~GOVMIL]\n"),
//! ]);
//! assert!(problems.is_empty());
//! let found = set.lookup("Serbian defense minister", Date::parse("2013-11-14"));
//! assert_eq!(found.code.as_deref(), Some("SRBGOVMIL"));
//! ```
#![deny(missing_docs)]

mod defaults {
    include!(concat!(env!("OUT_DIR"), "/defaults.rs"));
}
mod error;
mod matcher;
mod model;
pub mod norm;
mod petrarch;
mod set;
mod tern;

pub use error::Error;
pub use matcher::{ActorMatcher, EntryRef, Mention, Variant};
pub use model::{
    Actor, Agent, AgentPosition, DateRule, DatedCode, Discard, Elem, EventCode, Issue,
    IssueExclusion, Name, Origin, Pattern, Reason, Synset, SynsetMember, Transformation, Verb,
    VerbBlock, VerbDict, VerbFormat,
};
pub use set::{Counts, DictSources, DictionarySet, Lookup, LookupMatch, Part, MANIFEST};
pub use tern::{is_tern, write as write_tern, HEADER};

use std::path::Path;
use tern_core::Diagnostic;

/// Converts one PETRARCH/TABARI dictionary file into tern's format. The part is guessed
/// from the file name when `part` is `None` ([`Part::guess`]), else verbs are assumed.
/// Returns the problems found while reading; the bad entries are left out of the output.
///
/// # Errors
/// [`Error::Read`] when the file cannot be read, [`Error::Write`] when `dst` fails.
pub fn convert(
    src: &Path,
    part: Option<Part>,
    dst: &mut dyn std::io::Write,
) -> Result<Vec<Diagnostic>, Error> {
    let part = part.or_else(|| Part::guess(src)).unwrap_or(Part::Verbs);
    let mut sources = DictSources::default();
    match part {
        Part::Verbs | Part::Tern => sources.verbs = Some(src.to_path_buf()),
        Part::Actors => sources.actors = vec![src.to_path_buf()],
        Part::Agents => sources.agents = Some(src.to_path_buf()),
        Part::Discards => sources.discards = Some(src.to_path_buf()),
        Part::Issues => sources.issues = Some(src.to_path_buf()),
    }
    let (set, diags) = DictionarySet::load(&sources)?;
    set.write_tern(dst)?;
    Ok(diags)
}
