//! `tern ingest`: code articles and keep them, with their sentences and events, in an
//! event database (tern-store). Coding runs on the rayon pool as in `tern code`; one writer
//! thread stores each batch in one transaction while the next batch is coded.
use crate::code::{coder_and_pipeline, CodingFlags};
use crate::dictflags::DictFlags;
use crate::input::{thread_pool, Batches};
use anyhow::Context;
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::sync_channel;
use std::time::Instant;
use tern::read::InputFormat;
use tern::Date;
use tern_store::{content_hash, IngestReport, NewArticle, Store};

#[derive(Args)]
pub struct IngestArgs {
    /// Files or directories to read (`-` or nothing: standard input).
    pub paths: Vec<String>,
    /// The event database (created when missing).
    #[arg(long, default_value = "tern.db")]
    pub db: PathBuf,
    /// Input format: auto (by extension, or by content for standard input), text, jsonl, xml, conllu.
    #[arg(long, default_value = "auto", value_parser = crate::parse::parse_input_format)]
    pub input_format: InputFormat,
    /// Story date for articles that carry none (YYYY-MM-DD or YYYYMMDD); picks dated actor codes.
    #[arg(long)]
    pub date: Option<Date>,
    /// Worker threads (0: all cores).
    #[arg(long, default_value_t = 0)]
    pub threads: usize,
    #[command(flatten)]
    pub coding: CodingFlags,
    #[command(flatten)]
    pub dict: DictFlags,
}

/// Articles per transaction.
const CHUNK: usize = 256;

pub fn run(args: IngestArgs) -> anyhow::Result<ExitCode> {
    let (coder, pipeline) = coder_and_pipeline(&args.dict, args.coding)?;
    let pool = thread_pool(args.threads)?;
    let mut store = Store::open(&args.db)?;
    // A second connection sees what is committed, so stored stories are not coded again.
    let lookup = Store::open(&args.db)?;
    let started = Instant::now();
    let bar = std::io::stderr().is_terminal().then(|| {
        let b = ProgressBar::new_spinner();
        b.set_style(
            ProgressStyle::with_template("{spinner} {elapsed} {pos} articles {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        b
    });
    let (send, receive) = sync_channel::<(Vec<NewArticle>, usize)>(1);
    let writer_bar = bar.clone();
    let writer = std::thread::spawn(move || -> anyhow::Result<IngestReport> {
        let mut total = IngestReport::default();
        for (batch, skipped) in receive {
            total += store.ingest(&batch)?;
            total.already += skipped;
            if let Some(b) = &writer_bar {
                b.set_position((total.new + total.already) as u64);
                b.set_message(format!(
                    "{} new, {} already stored, {} events",
                    total.new, total.already, total.events
                ));
            }
        }
        if total.new > 0 {
            // Fresh planner statistics, so that filters pick the right index.
            store.analyze()?;
        }
        Ok(total)
    });
    let mut batches = Batches::new(&args.paths, args.input_format);
    'read: while let Some(batch) = batches.next_batch() {
        let before = batch.len();
        let mut fresh = Vec::with_capacity(before);
        for article in batch {
            if !lookup.contains(&content_hash(&article))? {
                fresh.push(article);
            }
        }
        let mut skipped = before - fresh.len();
        let date = args.date;
        // Smaller transactions than the reading batches, so that storing one overlaps coding
        // the next, up to the last.
        let mut rest = fresh;
        while !rest.is_empty() {
            let chunk: Vec<_> = rest.drain(..rest.len().min(CHUNK)).collect();
            let coded: Vec<NewArticle> = pool.install(|| {
                chunk
                    .into_par_iter()
                    .map(|mut article| {
                        if article.date.is_none() {
                            article.date = date;
                        }
                        let doc = pipeline.analyze(article);
                        let events = coder.code(&doc);
                        NewArticle::new(doc, events)
                    })
                    .collect()
            });
            if send.send((coded, std::mem::take(&mut skipped))).is_err() {
                // The writer stopped on an error; it is reported below.
                break 'read;
            }
        }
        if skipped > 0 && send.send((Vec::new(), skipped)).is_err() {
            break 'read;
        }
    }
    drop(send);
    let total = match writer.join() {
        Ok(r) => r?,
        Err(_) => anyhow::bail!("the database writer thread panicked"),
    };
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let secs = started.elapsed().as_secs_f64();
    let (articles, duplicates, events) = lookup.counts().context("counting the database")?;
    eprintln!(
        "{} new, {} already stored ({} linked as near-duplicates); {} sentences, {} events added in {secs:.2} s ({:.0} sentences/s); {} now holds {articles} articles ({duplicates} linked duplicates), {events} events",
        total.new,
        total.already,
        total.duplicates,
        total.sentences,
        total.events,
        total.sentences as f64 / secs.max(1e-9),
        args.db.display(),
    );
    Ok(batches.exit_code())
}
