//! The dictionary flags shared by `tern code`, `tern eval` and `tern dict`.
use anyhow::Context;
use clap::Args;
use std::path::PathBuf;
use tern::dict::{DictSources, DictionarySet};
use tern::{Diagnostic, Severity};

#[derive(Args, Clone, Debug, Default)]
pub struct DictFlags {
    /// A dictionary set: a directory with a `tern-dictionaries.txt` manifest, or PETRARCH2's
    /// file names (CAMEO.2.0.txt, *actors*, *agents*, *discards*, *Issue*).
    #[arg(long, value_name = "DIR")]
    pub dictionaries: Option<PathBuf>,
    /// Verb dictionary (replaces the set's).
    #[arg(long, value_name = "FILE")]
    pub verbs: Option<PathBuf>,
    /// Actor dictionaries, comma-separated (replace the set's).
    #[arg(long, value_name = "FILE[,FILE…]", value_delimiter = ',')]
    pub actors: Vec<PathBuf>,
    /// Agent dictionary (replaces the set's).
    #[arg(long, value_name = "FILE")]
    pub agents: Option<PathBuf>,
    /// Discard dictionary (replaces the set's).
    #[arg(long, value_name = "FILE")]
    pub discards: Option<PathBuf>,
    /// Issue dictionary (replaces the set's).
    #[arg(long, value_name = "FILE")]
    pub issues: Option<PathBuf>,
}

impl DictFlags {
    /// Where the set's files are.
    pub fn sources(&self) -> DictSources {
        DictSources {
            dir: self.dictionaries.clone(),
            verbs: self.verbs.clone(),
            actors: self.actors.clone(),
            agents: self.agents.clone(),
            discards: self.discards.clone(),
            issues: self.issues.clone(),
        }
    }

    /// True when no flag was given.
    pub fn is_empty(&self) -> bool {
        self.dictionaries.is_none()
            && self.verbs.is_none()
            && self.actors.is_empty()
            && self.agents.is_none()
            && self.discards.is_none()
            && self.issues.is_none()
    }

    /// Loads the set and returns it with the problems found while reading.
    pub fn load_with_problems(&self) -> anyhow::Result<(DictionarySet, Vec<Diagnostic>)> {
        if self.is_empty() {
            anyhow::bail!(
                "no dictionaries given: pass --dictionaries DIR or the part flags (--verbs, --actors, --agents, --discards, --issues)"
            );
        }
        DictionarySet::load(&self.sources()).context("loading the dictionaries")
    }

    /// Loads the set, printing reading problems as warnings on standard error (a bad entry is
    /// skipped; the rest loads).
    pub fn load(&self) -> anyhow::Result<DictionarySet> {
        let (set, problems) = self.load_with_problems()?;
        let errors = problems
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        if errors > 0 {
            eprintln!("tern: {errors} dictionary entries skipped; `tern dict check` lists them");
        }
        Ok(set)
    }
}
