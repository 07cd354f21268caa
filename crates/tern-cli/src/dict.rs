//! `tern dict check|lookup|convert`: inspect and convert dictionary sets.
use crate::dictflags::DictFlags;
use anyhow::Context;
use clap::{Args, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use tern::{Date, Severity};

#[derive(Subcommand)]
pub enum DictCommand {
    /// Load a set; print its entry counts and every problem (`file:line: message`).
    /// Exits 1 when there are errors.
    Check(CheckArgs),
    /// Show what a phrase resolves to on a date, and why.
    Lookup(LookupArgs),
    /// Convert a PETRARCH or TABARI dictionary file into tern's format.
    Convert(ConvertArgs),
}

#[derive(Args)]
pub struct CheckArgs {
    #[command(flatten)]
    dict: DictFlags,
}

#[derive(Args)]
pub struct LookupArgs {
    /// The phrase, e.g. "Sergey Shoygu" or "Serbian defense minister".
    phrase: String,
    /// Story date (YYYY-MM-DD); without it, the documented undated default applies.
    #[arg(long)]
    date: Option<Date>,
    #[command(flatten)]
    dict: DictFlags,
}

#[derive(Args)]
pub struct ConvertArgs {
    /// The dictionary file to convert.
    input: PathBuf,
    /// Where to write tern's format (standard output when absent).
    #[arg(long, short)]
    out: Option<PathBuf>,
}

pub fn run(cmd: DictCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        DictCommand::Check(a) => {
            let start = Instant::now();
            let (set, mut problems) = a.dict.load_with_problems()?;
            problems.extend(set.check());
            let elapsed = start.elapsed();
            let mut out = std::io::stdout().lock();
            writeln!(out, "{}", set.counts())?;
            for p in &problems {
                writeln!(out, "{p}")?;
            }
            let errors = problems
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            writeln!(
                out,
                "{} problems ({} errors, {} warnings) in {:.3} s",
                problems.len(),
                errors,
                problems.len() - errors,
                elapsed.as_secs_f64()
            )?;
            Ok(if errors > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        DictCommand::Lookup(a) => {
            let set = a.dict.load()?;
            let found = set.lookup(&a.phrase, a.date);
            write!(std::io::stdout().lock(), "{found}")?;
            Ok(if found.code.is_some() || !found.matches.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        DictCommand::Convert(a) => {
            let problems = match &a.out {
                Some(path) => {
                    let file = std::fs::File::create(path)
                        .with_context(|| format!("creating {}", path.display()))?;
                    let mut w = std::io::BufWriter::new(file);
                    let p = tern::dict::convert(&a.input, None, &mut w)?;
                    w.flush()
                        .with_context(|| format!("writing {}", path.display()))?;
                    p
                }
                None => {
                    let mut w = std::io::BufWriter::new(std::io::stdout().lock());
                    let p = tern::dict::convert(&a.input, None, &mut w)?;
                    w.flush()?;
                    p
                }
            };
            for p in &problems {
                eprintln!("{p}");
            }
            let errors = problems
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            Ok(if errors > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}
