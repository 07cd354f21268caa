//! `tern eval petrarch FILE.xml`: runs a PETRARCH validation file (records with expected
//! `<EventCoding>`s) and prints each record's result and the totals.
use crate::dictflags::DictFlags;
use clap::{Args, ValueEnum};
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::ExitCode;
use tern::Pipeline;
use tern_code::validate::{article_of, read_records, triples, Triple};
use tern_code::{Coder, CoderOptions};

#[derive(Args)]
pub struct EvalArgs {
    /// What kind of validation file.
    #[arg(value_enum)]
    pub kind: EvalKind,
    /// The validation file.
    pub file: PathBuf,
    /// Print only failing records.
    #[arg(long)]
    pub failures: bool,
    #[command(flatten)]
    pub dict: DictFlags,
}

/// Validation file kinds.
#[derive(Clone, Copy, ValueEnum, Debug, PartialEq, Eq)]
pub enum EvalKind {
    /// PETRARCH/TABARI XML validation records (`PETR.UnitTest.records.xml`).
    Petrarch,
}

pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let EvalKind::Petrarch = args.kind;
    let xml = std::fs::read_to_string(&args.file)
        .map_err(|e| anyhow::anyhow!("{}: {e}", args.file.display()))?;
    let records = read_records(&xml);
    let coder = Coder::new(args.dict.load()?, CoderOptions::default());
    let pipeline = Pipeline::new();
    let (mut exact, mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize, 0usize);
    for r in &records {
        let doc = pipeline.analyze(article_of(r));
        let got: BTreeSet<Triple> = triples(&coder.code(&doc));
        let ok = got == r.expected;
        exact += ok as usize;
        tp += got.intersection(&r.expected).count();
        fp += got.difference(&r.expected).count();
        fn_ += r.expected.difference(&got).count();
        if !ok || !args.failures {
            let show = |s: &BTreeSet<Triple>| {
                s.iter()
                    .map(|(a, b, c)| format!("{a} {b} {c}"))
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            println!(
                "{} {}: expected [{}] got [{}]",
                if ok { "ok  " } else { "FAIL" },
                r.id,
                show(&r.expected),
                show(&got)
            );
        }
    }
    let n = records.len().max(1);
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let rc = tp as f64 / (tp + fn_).max(1) as f64;
    println!(
        "{exact}/{} records exactly right ({:.1}%), event precision {p:.3} recall {rc:.3}",
        records.len(),
        100.0 * exact as f64 / n as f64
    );
    Ok(ExitCode::SUCCESS)
}
