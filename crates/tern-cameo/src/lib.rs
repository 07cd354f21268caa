//! CAMEO and PLOVER ontology tables: codes, names, Goldstein values, quad and penta classes, crosswalk
#![deny(missing_docs)]
