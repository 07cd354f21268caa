//! The dictionary flags shared by `tern code`, `tern eval` and `tern dict`.
use anyhow::Context;
use clap::Args;
use std::path::PathBuf;
use tern::dict::{DictSources, DictionarySet};
use tern::{Diagnostic, Severity};

/// The environment variable that replaces the embedded default set with a directory.
pub const DEFAULTS_ENV: &str = "TERN_DICTIONARIES";

/// Which dictionaries to use. With no flag, tern's default set (embedded, or the directory in
/// `TERN_DICTIONARIES`).
#[derive(Args, Clone, Debug, Default)]
pub struct DictFlags {
    /// A dictionary set: a directory with a `tern-dictionaries.txt` manifest, or PETRARCH2's
    /// file names (CAMEO.2.0.txt, *actors*, *agents*, *discards*, *Issue*). Default: tern's
    /// own set, built into the binary (or the directory in $TERN_DICTIONARIES).
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

    /// Loads the set and returns it with the problems found while reading. Without
    /// `--dictionaries`, the base is the default set: the directory named by the environment
    /// variable `TERN_DICTIONARIES` when set, else the set embedded in the binary; part flags
    /// replace that part of the base.
    pub fn load_with_problems(&self) -> anyhow::Result<(DictionarySet, Vec<Diagnostic>)> {
        let mut sources = self.sources();
        if sources.dir.is_none() {
            if let Some(dir) = std::env::var_os(DEFAULTS_ENV).filter(|d| !d.is_empty()) {
                sources.dir = Some(PathBuf::from(dir));
                return DictionarySet::load(&sources).with_context(|| {
                    format!(
                        "loading the dictionaries named by {DEFAULTS_ENV}={}",
                        sources
                            .dir
                            .as_ref()
                            .map(|d| d.display().to_string())
                            .unwrap_or_default()
                    )
                });
            }
        }
        DictionarySet::load_over_defaults(&sources).context("loading the dictionaries")
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
