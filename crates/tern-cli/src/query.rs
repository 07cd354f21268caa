//! `tern query`, `tern export`, `tern stats` and `tern plot`: reading an event database.
use crate::code::today;
use anyhow::Context;
use clap::{Args, ValueEnum};
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use tern::{Date, Doc, Event};
use tern_code::write;
use tern_store::{Filter, Near, Page, Period, Store, StoreError, StoredEvent};

/// The filters shared by query, stats, plot and export.
#[derive(Args, Clone, Debug)]
pub struct FilterArgs {
    /// The event database.
    #[arg(long, default_value = "tern.db")]
    pub db: PathBuf,
    /// Source or target actor code prefix (RUS matches RUS, RUSGOV, RUSGOVMIL).
    #[arg(long, value_name = "CODE")]
    pub actor: Option<String>,
    /// Source actor code prefix.
    #[arg(long, value_name = "CODE")]
    pub source: Option<String>,
    /// Target actor code prefix.
    #[arg(long, value_name = "CODE")]
    pub target: Option<String>,
    /// Directed dyad: source prefix, target prefix (RUS,SRB: Russia acting on Serbia).
    #[arg(long, value_name = "A,B", value_parser = parse_dyad)]
    pub dyad: Option<(String, String)>,
    /// CAMEO code prefix (05, 057).
    #[arg(long, value_name = "PREFIX")]
    pub cameo: Option<String>,
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    #[arg(long, value_name = "N")]
    pub quad: Option<u8>,
    /// PLOVER event type (AGREE, ASSAULT, …).
    #[arg(long, value_name = "TYPE")]
    pub plover: Option<String>,
    /// First date, inclusive (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_name = "D")]
    pub from: Option<Date>,
    /// Last date, inclusive (YYYY-MM-DD; YYYY-MM and YYYY mean their first day).
    #[arg(long, value_name = "D")]
    pub to: Option<Date>,
    /// Located within KM kilometres of LAT,LON.
    #[arg(long, value_name = "LAT,LON,KM", value_parser = parse_near)]
    pub near: Option<Near>,
    /// Words that must all occur in the article (full-text search; `word*` for a prefix).
    #[arg(long, value_name = "WORDS")]
    pub text: Option<String>,
    /// Include the events of stories linked as near-duplicates (default: counted once).
    #[arg(long)]
    pub all: bool,
    /// Phoenix's one-a-day filter: one event per date, source, target and CAMEO code.
    #[arg(long)]
    pub one_a_day: bool,
}

fn parse_dyad(s: &str) -> Result<(String, String), String> {
    match s.split_once(',') {
        Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => {
            Ok((a.trim().to_string(), b.trim().to_string()))
        }
        _ => Err(format!(
            "{s:?}: want two actor code prefixes, A,B (like RUS,SRB)"
        )),
    }
}

fn parse_near(s: &str) -> Result<Near, String> {
    let parts: Vec<&str> = s.split(',').map(str::trim).collect();
    let nums: Option<Vec<f64>> = parts.iter().map(|p| p.parse().ok()).collect();
    match nums.as_deref() {
        Some([lat, lon, km]) => Ok(Near {
            lat: *lat,
            lon: *lon,
            km: *km,
        }),
        _ => Err(format!(
            "{s:?}: want LAT,LON,KM in degrees and kilometres (like 44.8,20.46,50)"
        )),
    }
}

impl FilterArgs {
    pub fn filter(&self) -> Filter {
        Filter {
            actor: self.actor.clone(),
            source: self.source.clone(),
            target: self.target.clone(),
            dyad: self.dyad.clone(),
            cameo: self.cameo.clone(),
            quad: self.quad,
            plover: self.plover.clone(),
            from: self.from,
            to: self.to,
            near: self.near,
            text: self.text.clone(),
            all: self.all,
            one_a_day: self.one_a_day,
        }
    }

    pub fn open(&self) -> Result<Store, StoreError> {
        Store::open_existing(&self.db)
    }
}

#[derive(Args)]
pub struct QueryArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Events to show at most.
    #[arg(long, default_value_t = 100)]
    pub limit: u64,
    /// Events to skip (paging).
    #[arg(long, default_value_t = 0)]
    pub offset: u64,
    /// Output format.
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    pub format: QueryFormat,
}

/// Output formats of `tern query`.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum QueryFormat {
    /// Aligned columns for reading.
    Table,
    /// tern's JSON Lines, with explanations.
    Jsonl,
    /// Comma-separated values with a header.
    Csv,
    /// The Phoenix dataset's tab-separated columns.
    Phoenix,
    /// PLOVER JSON Lines.
    Plover,
}

const CSV_HEADER: &str = "event_id,story_id,sentence_id,date,source,target,cameo,root_code,quad_class,penta_class,goldstein,plover,location,country,lat,lon,duplicate";

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn csv_row(id: i64, e: &Event, duplicate: bool) -> String {
    let l = e.location.as_ref();
    [
        id.to_string(),
        csv_field(&e.story_id),
        csv_field(&e.sentence_id),
        e.date.map(|d| d.to_string()).unwrap_or_default(),
        csv_field(&e.source.code),
        csv_field(e.target.as_ref().map_or("", |t| t.code.as_str())),
        e.cameo.clone(),
        e.root_code.clone(),
        e.quad_class.to_string(),
        e.penta_class.to_string(),
        format!("{:.1}", e.goldstein),
        e.plover
            .as_ref()
            .map(|p| p.event.clone())
            .unwrap_or_default(),
        csv_field(l.map_or("", |l| l.name.as_str())),
        l.map(|l| l.country.clone()).unwrap_or_default(),
        l.map(|l| format!("{:.4}", l.lat)).unwrap_or_default(),
        l.map(|l| format!("{:.4}", l.lon)).unwrap_or_default(),
        (duplicate as u8).to_string(),
    ]
    .join(",")
}

fn write_table(out: &mut dyn Write, events: &[StoredEvent]) -> std::io::Result<()> {
    writeln!(
        out,
        "{:<10} {:<12} {:<14} {:<14} {:<5} {:>2} {:>6}  {:<18} story",
        "id", "date", "source", "target", "cameo", "q", "gold", "place"
    )?;
    for s in events {
        let e = &s.event;
        writeln!(
            out,
            "{:<10} {:<12} {:<14} {:<14} {:<5} {:>2} {:>6.1}  {:<18} {}{}",
            s.id,
            e.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
            e.source.code,
            e.target.as_ref().map_or("---", |t| t.code.as_str()),
            e.cameo,
            e.quad_class,
            e.goldstein,
            e.location.as_ref().map_or("-", |l| l.name.as_str()),
            e.sentence_id,
            if s.duplicate { " (duplicate)" } else { "" },
        )?;
    }
    Ok(())
}

/// Writes the events of one story in a writer format of tern-code.
fn write_story(
    out: &mut dyn Write,
    format: QueryFormat,
    doc: &Doc,
    events: &[Event],
    coded_date: &str,
) -> std::io::Result<()> {
    match format {
        QueryFormat::Jsonl => write::jsonl(out, doc, events),
        QueryFormat::Phoenix => write::phoenix(out, doc, events),
        QueryFormat::Plover => write::plover(out, doc, events, coded_date),
        QueryFormat::Table | QueryFormat::Csv => Ok(()),
    }
}

fn finish(r: anyhow::Result<()>) -> anyhow::Result<ExitCode> {
    match r {
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => Err(e),
        Ok(()) => Ok(ExitCode::SUCCESS),
    }
}

pub fn run_query(args: QueryArgs) -> anyhow::Result<ExitCode> {
    let store = args.filter.open()?;
    let filter = args.filter.filter();
    let page = Page {
        limit: args.limit,
        offset: args.offset,
    };
    let events = store.query(&filter, page)?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let r = (|| -> anyhow::Result<()> {
        match args.format {
            QueryFormat::Table => write_table(&mut out, &events)?,
            QueryFormat::Csv => {
                writeln!(out, "{CSV_HEADER}")?;
                for s in &events {
                    writeln!(out, "{}", csv_row(s.id, &s.event, s.duplicate))?;
                }
            }
            format => {
                let coded = today();
                // Consecutive events of one story share its document.
                let mut i = 0;
                while i < events.len() {
                    let article = events[i].article;
                    let j = events[i..]
                        .iter()
                        .position(|e| e.article != article)
                        .map_or(events.len(), |k| i + k);
                    let doc = store.doc(article)?;
                    let evs: Vec<Event> = events[i..j].iter().map(|s| s.event.clone()).collect();
                    write_story(&mut out, format, &doc, &evs, &coded)?;
                    i = j;
                }
            }
        }
        out.flush()?;
        Ok(())
    })();
    finish(r)
}

#[derive(Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
    pub format: ExportFormat,
    /// Output file (default: standard output).
    #[arg(long, short = 'o')]
    pub out: Option<PathBuf>,
}

/// Output formats of `tern export`.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum ExportFormat {
    /// tern's JSON Lines, with explanations.
    Jsonl,
    /// The Phoenix dataset's tab-separated columns.
    Phoenix,
    /// PLOVER JSON Lines.
    Plover,
    /// Comma-separated values with a header.
    Csv,
}

pub fn run_export(args: ExportArgs) -> anyhow::Result<ExitCode> {
    let store = args.filter.open()?;
    let filter = args.filter.filter();
    let sink: Box<dyn Write> = match &args.out {
        Some(p) => {
            Box::new(std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?)
        }
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::with_capacity(1 << 16, sink);
    let coded = today();
    let format = match args.format {
        ExportFormat::Jsonl => QueryFormat::Jsonl,
        ExportFormat::Phoenix => QueryFormat::Phoenix,
        ExportFormat::Plover => QueryFormat::Plover,
        ExportFormat::Csv => QueryFormat::Csv,
    };
    let r = (|| -> anyhow::Result<()> {
        if format == QueryFormat::Csv {
            writeln!(out, "{CSV_HEADER}")?;
        }
        let n = store.for_each_story(&filter, |doc, events| -> anyhow::Result<()> {
            if format == QueryFormat::Csv {
                for e in events {
                    // CSV export has no row ids of its own: number by sentence.
                    writeln!(out, "{}", csv_row(0, e, false))?;
                }
                Ok(())
            } else {
                Ok(write_story(&mut out, format, doc, events, &coded)?)
            }
        })?;
        out.flush()?;
        if let Some(p) = &args.out {
            eprintln!("{n} events written to {}", p.display());
        }
        Ok(())
    })();
    finish(r)
}

#[derive(Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Period.
    #[arg(long, value_enum, default_value_t = By::Month)]
    pub by: By,
    /// Output format.
    #[arg(long, value_enum, default_value_t = StatsFormat::Table)]
    pub format: StatsFormat,
}

/// Periods of `tern stats` and `tern plot`.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum By {
    /// Calendar days.
    Day,
    /// Weeks, labelled by their Monday.
    Week,
    /// Calendar months.
    Month,
}

impl By {
    fn period(self) -> Period {
        match self {
            By::Day => Period::Day,
            By::Week => Period::Week,
            By::Month => Period::Month,
        }
    }
}

/// Output formats of `tern stats`.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
pub enum StatsFormat {
    /// Aligned columns.
    Table,
    /// Comma-separated values with a header.
    Csv,
    /// One JSON object a period.
    Jsonl,
}

pub fn run_stats(args: StatsArgs) -> anyhow::Result<ExitCode> {
    let store = args.filter.open()?;
    let rows = store.stats(&args.filter.filter(), args.by.period())?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let r = (|| -> anyhow::Result<()> {
        match args.format {
            StatsFormat::Table => {
                writeln!(
                    out,
                    "{:<10} {:>8} {:>8} {:>8} {:>8} {:>8} {:>10} {:>7}",
                    "period",
                    "verb.co",
                    "mat.co",
                    "verb.cf",
                    "mat.cf",
                    "events",
                    "goldstein",
                    "mean"
                )?;
                for s in &rows {
                    writeln!(
                        out,
                        "{:<10} {:>8} {:>8} {:>8} {:>8} {:>8} {:>10.1} {:>7.2}",
                        s.label,
                        s.quad[0],
                        s.quad[1],
                        s.quad[2],
                        s.quad[3],
                        s.total,
                        s.goldstein_sum,
                        s.goldstein_mean()
                    )?;
                }
            }
            StatsFormat::Csv => {
                writeln!(out, "period,verbal_coop,material_coop,verbal_conflict,material_conflict,events,goldstein_sum,goldstein_mean")?;
                for s in &rows {
                    writeln!(
                        out,
                        "{},{},{},{},{},{},{:.1},{:.3}",
                        s.label,
                        s.quad[0],
                        s.quad[1],
                        s.quad[2],
                        s.quad[3],
                        s.total,
                        s.goldstein_sum,
                        s.goldstein_mean()
                    )?;
                }
            }
            StatsFormat::Jsonl => {
                for s in &rows {
                    serde_json::to_writer(
                        &mut out,
                        &serde_json::json!({
                            "period": s.label,
                            "verbal_coop": s.quad[0],
                            "material_coop": s.quad[1],
                            "verbal_conflict": s.quad[2],
                            "material_conflict": s.quad[3],
                            "events": s.total,
                            "goldstein_sum": s.goldstein_sum,
                            "goldstein_mean": s.goldstein_mean(),
                        }),
                    )?;
                    out.write_all(b"\n")?;
                }
            }
        }
        out.flush()?;
        Ok(())
    })();
    finish(r)
}

#[derive(Args)]
pub struct PlotArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// The SVG file to write.
    #[arg(long, short = 'o')]
    pub out: PathBuf,
    /// Period.
    #[arg(long, value_enum, default_value_t = By::Month)]
    pub by: By,
    /// Title (default: from the filters).
    #[arg(long)]
    pub title: Option<String>,
}

pub fn run_plot(args: PlotArgs) -> anyhow::Result<ExitCode> {
    let store = args.filter.open()?;
    let rows = store.stats(&args.filter.filter(), args.by.period())?;
    let title = args.title.clone().unwrap_or_else(|| {
        let mut t = String::from("Events");
        if let Some((a, b)) = &args.filter.dyad {
            t = format!("{a} → {b}");
        } else if let Some(a) = &args.filter.actor {
            t = format!("Events involving {a}");
        }
        let by = match args.by {
            By::Day => "day",
            By::Week => "week",
            By::Month => "month",
        };
        format!("{t}: cooperation and conflict by {by}")
    });
    let svg = crate::plot::svg(&title, &rows);
    std::fs::write(&args.out, svg).with_context(|| format!("writing {}", args.out.display()))?;
    let total: u64 = rows.iter().map(|r| r.total).sum();
    eprintln!(
        "{} periods, {total} events plotted to {}",
        rows.len(),
        args.out.display()
    );
    Ok(ExitCode::SUCCESS)
}
