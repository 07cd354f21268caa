//! # tern-code: the event coder
//!
//! Turns analysed documents ([`tern_core::Doc`]: sentences of tagged tokens with Universal
//! Dependencies trees) into coded events ([`tern_core::Event`]), driven by a dictionary set
//! ([`tern_dict::DictionarySet`]).
//!
//! * [`Coder`] is built once from a dictionary set: it compiles the verb lookup table (every
//!   inflected form → the verbs it can be), flattens each verb pattern into a sequence of
//!   words, synsets and actor slots sorted most specific first, expands synonym sets
//!   (nested ones too, with regular plurals), and turns discards and issues into
//!   Aho-Corasick automata. It is immutable and `Sync`: share one across threads and call
//!   [`Coder::code`] per document.
//! * [`CoderOptions`] holds PETRARCH's switches (`require_dyad`, `new_actor_length`, …);
//!   [`CoderOptions::with_config`] applies an article's `<Config>` options.
//! * Coding a sentence goes: actor and agent mentions (tern-dict's matcher) → groups
//!   (an actor with the agents next to it) → for each verb token whose form is a dictionary
//!   verb: the first pattern that matches around it (words before the verb in its clause,
//!   after it in its subtree) or else the verb's code → source (subject; the `by` agent in
//!   the passive; `$` in the pattern) and target (object or oblique; the passive subject;
//!   `+` in the pattern) as noun-phrase actors with their conjuncts → one event per
//!   source × target, both directions for compounds of cooperative verbs and for paired
//!   codes `[a:b]`. `docs/coding.md` gives every rule.
//! * [`write`] renders events as tern's JSON Lines, Phoenix columns, PETRARCH2's event file
//!   or PLOVER JSON.
//!
//! The coder never panics on any tree: heads out of range, self-loops and cycles are cut,
//! every index is checked.
#![deny(missing_docs)]

mod coder;
mod compile;
mod interact;
mod options;
mod tree;
pub mod validate;
pub mod write;

pub use coder::Coder;
pub use options::CoderOptions;
