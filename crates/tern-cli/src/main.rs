//! The `tern` command line. Argument handling and wiring only: every rule lives in a library
//! crate (see docs/ARCHITECTURE.md). Exit status: 0 when everything was read, 1 when some
//! input was skipped (each skip is reported on standard error as `file:line: …`), 2 on a fatal
//! error (bad arguments, unreadable model, failed output).

/// mimalloc instead of the system allocator: coding a story allocates many small strings
/// and vectors (tokens, mentions, events), and glibc's malloc cost about a tenth of the run.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod code;
mod dict;
mod dictflags;
mod eval;
mod ingest;
mod input;
mod parse;
mod plot;
mod query;
mod train;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "tern",
    version,
    about = "Turns news into political event data: who did what to whom, when and where (CAMEO, PLOVER)",
    propagate_version = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse articles: sentences, tokens, part-of-speech tags, lemmas and dependency trees.
    Parse(parse::ParseArgs),
    /// Train the tagger or the parser from CoNLL-U treebanks (reproduces the built-in models).
    #[command(subcommand)]
    Train(train::TrainCommand),
    /// Code events: who did what to whom (CAMEO, PLOVER), with the dictionary entries that fired.
    Code(code::CodeArgs),
    /// Run a validation file and report each record's result and the totals.
    Eval(eval::EvalArgs),
    /// Check, look up and convert dictionaries (PETRARCH2, TABARI and tern formats).
    #[command(subcommand)]
    Dict(dict::DictCommand),
    /// Code articles and keep them with their events in an event database (SQLite).
    Ingest(ingest::IngestArgs),
    /// List events from an event database, filtered (actor, dyad, code, dates, place, words).
    Query(query::QueryArgs),
    /// Event counts by quad class, Goldstein sum and mean, per day, week or month.
    Stats(query::StatsArgs),
    /// Draw the cooperation/conflict series of a dyad or filter as an SVG chart.
    Plot(query::PlotArgs),
    /// Write the events of an event database as JSON Lines, Phoenix TSV, PLOVER or CSV.
    Export(query::ExportArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Parse(args) => parse::run(args),
        Command::Train(cmd) => train::run(cmd),
        Command::Dict(cmd) => dict::run(cmd),
        Command::Code(args) => code::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Ingest(args) => ingest::run(args),
        Command::Query(args) => query::run_query(args),
        Command::Stats(args) => query::run_stats(args),
        Command::Plot(args) => query::run_plot(args),
        Command::Export(args) => query::run_export(args),
    };
    match result {
        Ok(code) => code,
        // A closed pipe (`tern … | head`) is the reader's choice, not an error.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("tern: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
