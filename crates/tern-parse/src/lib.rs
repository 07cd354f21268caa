//! Transition-based dependency parser (Universal Dependencies)
#![deny(missing_docs)]
