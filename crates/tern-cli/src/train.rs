//! `tern train tagger|parser`: regenerate the built-in models from CoNLL-U treebanks.
use anyhow::Context;
use clap::{Args, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum TrainCommand {
    /// Train the part-of-speech tagger.
    Tagger(TrainArgs),
    /// Train the dependency parser.
    Parser(TrainArgs),
}

#[derive(Args)]
pub struct TrainArgs {
    /// Training treebank (CoNLL-U), e.g. ../shared/corpora/ud-english-ewt/en_ewt-ud-train.conllu.
    #[arg(long)]
    train: PathBuf,
    /// Development treebank (CoNLL-U) for reporting accuracy after each epoch.
    #[arg(long)]
    dev: Option<PathBuf>,
    /// Where to write the model.
    #[arg(long)]
    out: PathBuf,
    /// Training epochs (default: the one the built-in model was trained with).
    #[arg(long)]
    epochs: Option<usize>,
    /// Random seed for shuffling.
    #[arg(long)]
    seed: Option<u64>,
}

pub fn run(cmd: TrainCommand) -> anyhow::Result<ExitCode> {
    let mut log = std::io::stderr();
    match cmd {
        TrainCommand::Tagger(a) => {
            let mut opts = tern::pos::TrainOptions::default();
            if let Some(e) = a.epochs {
                opts.epochs = e;
            }
            if let Some(s) = a.seed {
                opts.seed = s;
            }
            let model = tern::pos::train(&a.train, a.dev.as_deref(), &opts, &mut log)
                .with_context(|| format!("training the tagger on {}", a.train.display()))?;
            model
                .save(&a.out)
                .with_context(|| format!("writing {}", a.out.display()))?;
            eprintln!("tagger written to {}", a.out.display());
        }
        TrainCommand::Parser(a) => {
            let mut opts = tern::parse::TrainOptions::default();
            if let Some(e) = a.epochs {
                opts.epochs = e;
            }
            if let Some(s) = a.seed {
                opts.seed = s;
            }
            let model = tern::parse::train(&a.train, a.dev.as_deref(), &opts, &mut log)
                .with_context(|| format!("training the parser on {}", a.train.display()))?;
            model
                .save(&a.out)
                .with_context(|| format!("writing {}", a.out.display()))?;
            eprintln!("parser written to {}", a.out.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}
