//! A synthetic event dataset for benchmarks: actors drawn from a skewed distribution of
//! countries (a few very frequent, a long tail) with government, military, rebel and other
//! agents, CAMEO codes by a realistic mix of roots (statements, consultations and
//! cooperation common, force rare) with their Goldstein values, quad and penta classes and
//! PLOVER types from tern-cameo, dates growing denser from 2000 to 2024, and most events
//! placed near a capital. Deterministic for a seed.
use crate::error::Result;
use crate::store::{IngestReport, NewArticle, Store};
use tern_core::{
    Article, Date, Doc, Event, EventActor, ExplainItem, Location, PloverFields, Precision,
    Sentence, Span,
};

/// Countries (ISO3 / CAMEO root), capital, latitude, longitude, most frequent first.
const COUNTRIES: &[(&str, &str, f64, f64)] = &[
    ("USA", "Washington", 38.90, -77.04),
    ("RUS", "Moscow", 55.75, 37.62),
    ("CHN", "Beijing", 39.90, 116.40),
    ("ISR", "Jerusalem", 31.77, 35.21),
    ("GBR", "London", 51.51, -0.13),
    ("IRN", "Tehran", 35.69, 51.39),
    ("UKR", "Kyiv", 50.45, 30.52),
    ("SYR", "Damascus", 33.51, 36.29),
    ("IRQ", "Baghdad", 33.31, 44.36),
    ("FRA", "Paris", 48.86, 2.35),
    ("IND", "New Delhi", 28.61, 77.21),
    ("PAK", "Islamabad", 33.69, 73.05),
    ("DEU", "Berlin", 52.52, 13.40),
    ("AFG", "Kabul", 34.53, 69.17),
    ("TUR", "Ankara", 39.93, 32.86),
    ("PSE", "Ramallah", 31.90, 35.20),
    ("EGY", "Cairo", 30.04, 31.24),
    ("SAU", "Riyadh", 24.69, 46.72),
    ("JPN", "Tokyo", 35.68, 139.69),
    ("PRK", "Pyongyang", 39.02, 125.75),
    ("KOR", "Seoul", 37.57, 126.98),
    ("SRB", "Belgrade", 44.79, 20.45),
    ("NGA", "Abuja", 9.08, 7.40),
    ("LBY", "Tripoli", 32.89, 13.19),
    ("YEM", "Sanaa", 15.37, 44.19),
    ("LBN", "Beirut", 33.89, 35.50),
    ("SDN", "Khartoum", 15.50, 32.56),
    ("KEN", "Nairobi", -1.29, 36.82),
    ("ETH", "Addis Ababa", 9.03, 38.74),
    ("BRA", "Brasilia", -15.79, -47.88),
    ("MEX", "Mexico City", 19.43, -99.13),
    ("COL", "Bogota", 4.71, -74.07),
    ("VEN", "Caracas", 10.49, -66.88),
    ("POL", "Warsaw", 52.23, 21.01),
    ("BLR", "Minsk", 53.90, 27.57),
    ("GEO", "Tbilisi", 41.72, 44.79),
    ("ARM", "Yerevan", 40.18, 44.51),
    ("AZE", "Baku", 40.41, 49.87),
    ("BIH", "Sarajevo", 43.86, 18.41),
    ("HRV", "Zagreb", 45.81, 15.98),
    ("ITA", "Rome", 41.90, 12.50),
    ("ESP", "Madrid", 40.42, -3.70),
    ("JOR", "Amman", 31.95, 35.93),
    ("IDN", "Jakarta", -6.20, 106.85),
    ("PHL", "Manila", 14.60, 120.98),
    ("MMR", "Naypyidaw", 19.76, 96.08),
    ("THA", "Bangkok", 13.76, 100.50),
    ("ZAF", "Pretoria", -25.75, 28.19),
    ("SOM", "Mogadishu", 2.05, 45.32),
    ("MLI", "Bamako", 12.64, -8.00),
];

/// International actors (no place of their own).
const IGOS: &[&str] = &["IGOUNO", "IGOEU", "IGONAT", "IGOAFR", "IGOARL"];

/// Agents with their weights (empty: the bare country).
const AGENTS: &[(&str, u32)] = &[
    ("", 34),
    ("GOV", 30),
    ("MIL", 9),
    ("GOVMIL", 4),
    ("REB", 4),
    ("OPP", 4),
    ("COP", 4),
    ("BUS", 3),
    ("MED", 2),
    ("JUD", 2),
    ("LEG", 2),
    ("CVL", 2),
];

/// CAMEO roots with their weights (per mille), roughly as in news-coded datasets.
const ROOTS: &[(&str, u32)] = &[
    ("01", 170),
    ("02", 60),
    ("03", 80),
    ("04", 160),
    ("05", 70),
    ("06", 30),
    ("07", 20),
    ("08", 30),
    ("09", 20),
    ("10", 20),
    ("11", 80),
    ("12", 30),
    ("13", 30),
    ("14", 30),
    ("15", 10),
    ("16", 20),
    ("17", 45),
    ("18", 40),
    ("19", 40),
    ("20", 5),
];

/// A small deterministic generator (splitmix64).
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator for a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A uniform number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// A uniform index below `n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }
    fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut x = (self.below(total.max(1) as usize)) as u32;
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        weights.len().saturating_sub(1)
    }
}

/// Generator state: the code tables and the random stream.
struct Gen {
    rng: Rng,
    country_w: Vec<u32>,
    agent_w: Vec<u32>,
    root_w: Vec<u32>,
    codes_by_root: Vec<Vec<&'static tern_cameo::EventCode>>,
    year_w: Vec<u32>,
}

const FIRST_YEAR: i32 = 2000;
const LAST_YEAR: i32 = 2024;

impl Gen {
    fn new(seed: u64) -> Gen {
        let codes_by_root = ROOTS
            .iter()
            .map(|(root, _)| {
                tern_cameo::all_events()
                    .iter()
                    .filter(|c| c.root == *root && c.level <= 3)
                    .collect()
            })
            .collect();
        Gen {
            rng: Rng::new(seed),
            // Zipf-like: weight ∝ 1/rank.
            country_w: (0..COUNTRIES.len())
                .map(|i| (100_000 / (i + 2)) as u32)
                .collect(),
            agent_w: AGENTS.iter().map(|a| a.1).collect(),
            root_w: ROOTS.iter().map(|r| r.1).collect(),
            codes_by_root,
            year_w: (FIRST_YEAR..=LAST_YEAR)
                .map(|y| (10 + (y - FIRST_YEAR) * 3) as u32)
                .collect(),
        }
    }

    fn country(&mut self) -> usize {
        self.rng.weighted(&self.country_w)
    }

    fn actor(&mut self, country: usize) -> String {
        if self.rng.below(100) < 4 {
            return IGOS[self.rng.below(IGOS.len())].to_string();
        }
        let agent = AGENTS[self.rng.weighted(&self.agent_w)].0;
        format!("{}{agent}", COUNTRIES[country].0)
    }

    fn date(&mut self) -> Date {
        let year = FIRST_YEAR + self.rng.weighted(&self.year_w) as i32;
        let first = Date {
            year,
            month: 1,
            day: 1,
        }
        .to_days();
        Date::from_days(first + self.rng.below(365) as i64)
    }

    fn event(&mut self, story: &str, sentence: usize, date: Date, text: &str) -> Event {
        let sc = self.country();
        let source = self.actor(sc);
        // Two in five events are domestic; the rest between two countries.
        let tc = if self.rng.below(5) < 2 {
            sc
        } else {
            self.country()
        };
        let mut target = self.actor(tc);
        if target == source {
            target = format!("{}OPP", COUNTRIES[tc].0);
        }
        let root = self.rng.weighted(&self.root_w);
        let codes = &self.codes_by_root[root];
        let code = codes[self.rng.below(codes.len().max(1)).min(codes.len() - 1)];
        let location = (self.rng.below(10) < 8).then(|| {
            let c = COUNTRIES[if self.rng.below(2) == 0 { sc } else { tc }];
            Location {
                name: c.1.to_string(),
                geonameid: 0,
                country: c.0.to_string(),
                admin1: None,
                lat: c.2 + (self.rng.unit() - 0.5) * 0.5,
                lon: c.3 + (self.rng.unit() - 0.5) * 0.5,
                precision: Precision::City,
            }
        });
        let len = text.len();
        Event {
            story_id: story.to_string(),
            sentence_id: format!("{story}-{}", sentence + 1),
            sentence_index: sentence,
            date: Some(date),
            source: EventActor::from_code(&source, "source", Span::new(0, len.min(6))),
            target: Some(EventActor::from_code(
                &target,
                "target",
                Span::new(0, len.min(6)),
            )),
            cameo: code.code.to_string(),
            root_code: code.root.to_string(),
            quad_class: code.quad_class,
            penta_class: code.penta_class,
            goldstein: code.goldstein,
            plover: code.plover.as_ref().map(|p| PloverFields {
                event: p.event.to_string(),
                mode: p.mode.map(str::to_string),
                context: p.contexts.iter().map(|c| c.to_string()).collect(),
            }),
            modality: None,
            negated: false,
            issues: Vec::new(),
            verb_span: Span::new(0, len.min(6)),
            location,
            explain: vec![ExplainItem {
                role: "verb".into(),
                entry: format!("synthetic [{}]", code.code),
                file: None,
                line: None,
                tokens: Some((1, 2)),
            }],
        }
    }
}

/// Adds about `events` synthetic events (1 to 9 per story, 5 on average) to `store`, in
/// batches of 2,000 stories, and returns what was stored. `progress` is called after each
/// batch with the events stored so far.
///
/// # Errors
/// SQLite errors.
pub fn generate(
    store: &mut Store,
    events: u64,
    seed: u64,
    mut progress: impl FnMut(u64),
) -> Result<IngestReport> {
    let mut gen = Gen::new(seed);
    let mut report = IngestReport::default();
    let mut made = 0u64;
    let mut story = 0u64;
    while made < events {
        let mut batch = Vec::with_capacity(2000);
        while batch.len() < 2000 && made < events {
            story += 1;
            let n = (1 + gen.rng.below(9) as u64).min(events - made);
            let date = gen.date();
            let id = format!("synth-{seed}-{story}");
            let text = format!("Synthetic story {story} of seed {seed}, dated {date}.");
            let mut article = Article::new(id.clone(), text.clone());
            article.date = Some(date);
            article.source = Some("synthetic".into());
            let sentences = vec![Sentence {
                span: Span::new(0, text.len()),
                ..Sentence::default()
            }];
            let evs = (0..n).map(|_| gen.event(&id, 0, date, &text)).collect();
            made += n;
            batch.push(NewArticle::new(Doc { article, sentences }, evs));
        }
        report += store.ingest(&batch)?;
        progress(report.events as u64);
    }
    store.analyze()?;
    Ok(report)
}
