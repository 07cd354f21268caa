//! Actor, agent and verb-pattern dictionaries: read PETRARCH/TABARI and tern formats, check, compile, match
#![deny(missing_docs)]
