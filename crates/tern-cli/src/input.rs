//! Reading inputs for the commands that take articles: streams records from tern-read,
//! reports diagnostics on standard error as they come, counts what was skipped, and hands
//! articles out in batches for parallel processing.
use std::process::ExitCode;
use tern::read::{InputFormat, Record, Records};
use tern::{Article, Severity};

/// Streams articles in batches, printing diagnostics to standard error.
pub struct Batches {
    records: Records,
    /// Records skipped so far (errors).
    pub skipped: usize,
    /// Warnings so far.
    pub warnings: usize,
    batch_bytes: usize,
}

impl Batches {
    pub fn new(inputs: &[String], format: InputFormat) -> Batches {
        let inputs = if inputs.is_empty() {
            vec!["-".to_string()]
        } else {
            inputs.to_vec()
        };
        Batches {
            records: tern::read::read_inputs(&inputs, format),
            skipped: 0,
            warnings: 0,
            batch_bytes: 1 << 20,
        }
    }

    /// The next batch of articles (about a megabyte of text), or `None` at the end.
    pub fn next_batch(&mut self) -> Option<Vec<Article>> {
        let mut batch = Vec::new();
        let mut bytes = 0;
        for record in self.records.by_ref() {
            match record {
                Record::Article(a) => {
                    bytes += a.text.len();
                    batch.push(a);
                    if bytes >= self.batch_bytes || batch.len() >= 4096 {
                        break;
                    }
                }
                Record::Diagnostic(d) => {
                    match d.severity {
                        Severity::Error => self.skipped += 1,
                        Severity::Warning => self.warnings += 1,
                    }
                    eprintln!("{d}");
                }
            }
        }
        (!batch.is_empty()).then_some(batch)
    }

    /// The exit status for a run over these inputs.
    pub fn exit_code(&self) -> ExitCode {
        if self.skipped > 0 {
            eprintln!(
                "tern: {} input record(s) skipped; see the messages above",
                self.skipped
            );
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }
}

/// A rayon pool with `threads` workers (0 = all cores).
pub fn thread_pool(threads: usize) -> anyhow::Result<rayon::ThreadPool> {
    Ok(rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()?)
}
