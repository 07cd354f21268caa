//! `tern parse`: print the analysis of each article.
use crate::input::{thread_pool, Batches};
use anyhow::Context;
use clap::{Args, ValueEnum};
use rayon::prelude::*;
use std::io::{BufWriter, Write};
use std::process::ExitCode;
use tern::read::InputFormat;
use tern::{write, Pipeline};

#[derive(Args)]
pub struct ParseArgs {
    /// Files or directories to read (`-` or nothing: standard input).
    paths: Vec<String>,
    /// Input format: auto (by extension, or by content for standard input), text, jsonl, xml, conllu.
    #[arg(long, default_value = "auto", value_parser = parse_input_format)]
    input_format: InputFormat,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Conllu)]
    format: OutputFormat,
    /// Worker threads (0: all cores).
    #[arg(long, default_value_t = 0)]
    threads: usize,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    /// CoNLL-U, one token a line.
    Conllu,
    /// JSON Lines, one document a line.
    Jsonl,
}

pub fn parse_input_format(s: &str) -> Result<InputFormat, String> {
    s.parse::<InputFormat>().map_err(|e| e.to_string())
}

pub fn run(args: ParseArgs) -> anyhow::Result<ExitCode> {
    let pipeline = Pipeline::new();
    let pool = thread_pool(args.threads)?;
    let mut batches = Batches::new(&args.paths, args.input_format);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    while let Some(batch) = batches.next_batch() {
        let rendered: Vec<Vec<u8>> = pool.install(|| {
            batch
                .into_par_iter()
                .map(|article| {
                    let doc = pipeline.analyze(article);
                    let mut buf = Vec::new();
                    let res = match args.format {
                        OutputFormat::Conllu => write::conllu(&mut buf, &doc),
                        OutputFormat::Jsonl => write::jsonl(&mut buf, &doc),
                    };
                    res.map(|_| buf)
                })
                .collect::<std::io::Result<_>>()
        })?;
        for buf in rendered {
            if let Err(e) = out.write_all(&buf) {
                if e.kind() == std::io::ErrorKind::BrokenPipe {
                    return Ok(ExitCode::SUCCESS);
                }
                return Err(e).context("writing the output");
            }
        }
    }
    out.flush().context("writing the output")?;
    Ok(batches.exit_code())
}
