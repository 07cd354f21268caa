//! `tern code`: analyse articles and code their events.
use crate::dictflags::DictFlags;
use crate::input::{thread_pool, Batches};
use anyhow::Context;
use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::{BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::time::Instant;
use tern::read::InputFormat;
use tern::{Date, Pipeline};
use tern_code::{write, Coder, CoderOptions};

#[derive(Args)]
pub struct CodeArgs {
    /// Files or directories to read (`-` or nothing: standard input).
    pub paths: Vec<String>,
    /// Input format: auto (by extension, or by content for standard input), text, jsonl, xml, conllu.
    #[arg(long, default_value = "auto", value_parser = crate::parse::parse_input_format)]
    pub input_format: InputFormat,
    /// Story date for articles that carry none (YYYY-MM-DD or YYYYMMDD); picks dated actor codes.
    #[arg(long)]
    pub date: Option<Date>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CodeFormat::Jsonl)]
    pub format: CodeFormat,
    /// Worker threads (0: all cores).
    #[arg(long, default_value_t = 0)]
    pub threads: usize,
    #[command(flatten)]
    pub coding: CodingFlags,
    /// Code sentences that carry a Penn Treebank parse (PETRARCH XML `<Parse>`) from that
    /// parse, converted to dependencies, instead of tern's own analysis.
    #[arg(long)]
    pub use_parses: bool,
    #[command(flatten)]
    pub dict: DictFlags,
}

/// Output formats of `tern code`.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum CodeFormat {
    /// tern's JSON Lines, one event a line, with explanations.
    Jsonl,
    /// The Phoenix dataset's tab-separated columns.
    Phoenix,
    /// PETRARCH2's event file.
    Petrarch,
    /// PLOVER JSON Lines.
    Plover,
}

/// Coding switches shared by `tern code` and `tern ingest` (PETRARCH XML `<Config>` options
/// still override them story by story).
#[derive(Args, Clone, Copy, Debug, Default)]
pub struct CodingFlags {
    /// Keep every event without a target (written with target `---`), as PETRARCH's
    /// require_dyad = false. By default tern's own verb files keep them only when the source
    /// is a known actor (a country, organization or person), PETRARCH verb files never.
    #[arg(long, conflicts_with = "require_dyad")]
    pub allow_monads: bool,
    /// Drop every event without a target, whoever its source (PETRARCH2's require_dyad =
    /// true for tern's own verb files too).
    #[arg(long)]
    pub require_dyad: bool,
    /// Code a noun phrase that no dictionary knows, of at most N words, as an actor named by
    /// its text (`"THE GUILD OF WEAVERS"`), as PETRARCH's new_actor_length; 0: off.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub new_actors: usize,
    /// Keep PETRARCH2's placeholder statements (010) with an unknown side too (`police said …`,
    /// `the radio said …`); by default only those between two known actors are written.
    #[arg(long)]
    pub statements: bool,
}

/// Builds the coder from the dictionary flags.
pub fn build_coder(dict: &DictFlags, coding: CodingFlags) -> anyhow::Result<Coder> {
    let set = dict.load()?;
    let options = CoderOptions {
        require_dyad: !coding.allow_monads,
        new_actor_length: coding.new_actors,
        statements: coding.statements,
        known_source_monads: !coding.require_dyad,
        ..CoderOptions::default()
    };
    Ok(Coder::new(set, options))
}

/// Builds the coder and the reading pipeline at once, on two threads: loading the dictionaries
/// and compiling them, and decoding the tagger and parser models, are each a good part of a
/// second at start-up.
pub fn coder_and_pipeline(
    dict: &DictFlags,
    coding: CodingFlags,
) -> anyhow::Result<(Coder, Pipeline)> {
    std::thread::scope(|s| {
        let pipeline = s.spawn(Pipeline::new);
        let coder = build_coder(dict, coding)?;
        let pipeline = pipeline
            .join()
            .map_err(|_| anyhow::anyhow!("loading the tagger and parser models failed"))?;
        Ok((coder, pipeline))
    })
}

pub fn run(args: CodeArgs) -> anyhow::Result<ExitCode> {
    let (coder, pipeline) = coder_and_pipeline(&args.dict, args.coding)?;
    let pool = thread_pool(args.threads)?;
    let mut batches = Batches::new(&args.paths, args.input_format);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let started = Instant::now();
    let coded_date = today();
    let bar = if std::io::stderr().is_terminal() {
        let b = ProgressBar::new_spinner();
        b.set_style(
            ProgressStyle::with_template("{spinner} {elapsed} {pos} articles {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        Some(b)
    } else {
        None
    };
    let (mut articles, mut sentences, mut events) = (0usize, 0usize, 0usize);
    while let Some(batch) = batches.next_batch() {
        let date = args.date;
        let use_parses = args.use_parses;
        let rendered: Vec<(usize, usize, Vec<u8>, Vec<String>)> = pool.install(|| {
            batch
                .into_par_iter()
                .map(|mut article| {
                    if article.date.is_none() {
                        article.date = date;
                    }
                    let (doc, fallbacks) = if use_parses {
                        pipeline.analyze_using_parses(article)
                    } else {
                        (pipeline.analyze(article), Vec::new())
                    };
                    let evs = coder.code(&doc);
                    let mut buf = Vec::new();
                    let res = match args.format {
                        CodeFormat::Jsonl => write::jsonl(&mut buf, &doc, &evs),
                        CodeFormat::Phoenix => write::phoenix(&mut buf, &doc, &evs),
                        CodeFormat::Petrarch => write::petrarch(&mut buf, &doc, &evs),
                        CodeFormat::Plover => write::plover(&mut buf, &doc, &evs, &coded_date),
                    };
                    res.map(|_| (doc.sentences.len(), evs.len(), buf, fallbacks))
                })
                .collect::<std::io::Result<_>>()
        })?;
        for (n_sent, n_ev, buf, fallbacks) in rendered {
            for f in fallbacks {
                eprintln!("tern: warning: {f}");
            }
            articles += 1;
            sentences += n_sent;
            events += n_ev;
            if let Err(e) = out.write_all(&buf) {
                if e.kind() == std::io::ErrorKind::BrokenPipe {
                    return Ok(ExitCode::SUCCESS);
                }
                return Err(e).context("writing the output");
            }
        }
        if let Some(b) = &bar {
            b.set_position(articles as u64);
            b.set_message(format!("{sentences} sentences, {events} events"));
        }
    }
    out.flush().context("writing the output")?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "{articles} articles, {sentences} sentences, {events} events in {secs:.2} s ({:.0} sentences/s)",
        sentences as f64 / secs.max(1e-9)
    );
    Ok(batches.exit_code())
}

/// Today's date (UTC) as `YYYY-MM-DD`.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days((secs / 86_400) as i64).to_string()
}
