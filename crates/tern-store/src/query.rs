//! Filters, pages of events, period statistics and story-grouped iteration for export.
use crate::error::{Result, StoreError};
use crate::store::{classify, Store};
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Row};
use tern_core::{
    Article, Date, Doc, Event, EventActor, ExplainItem, Location, PloverFields, Precision,
    Sentence, Span,
};

/// A point and a radius: events located within `km` of (`lat`, `lon`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Near {
    /// Latitude, degrees.
    pub lat: f64,
    /// Longitude, degrees.
    pub lon: f64,
    /// Radius, kilometres.
    pub km: f64,
}

/// Which events a query, statistic or export covers. Every field left `None` (or `false`)
/// does not filter. Actor codes match by prefix: `RUS` matches `RUS`, `RUSGOV` and
/// `RUSGOVMIL`; `RUSGOV` matches `RUSGOVMIL` but not `RUSMIL`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// Source or target code prefix.
    pub actor: Option<String>,
    /// Source code prefix.
    pub source: Option<String>,
    /// Target code prefix.
    pub target: Option<String>,
    /// Directed dyad: source prefix, target prefix.
    pub dyad: Option<(String, String)>,
    /// CAMEO code prefix (`05`, `057`).
    pub cameo: Option<String>,
    /// GDELT quad class, 1–4.
    pub quad: Option<u8>,
    /// PLOVER event type (`AGREE`), exact, case-insensitive.
    pub plover: Option<String>,
    /// First date (inclusive).
    pub from: Option<Date>,
    /// Last date (inclusive).
    pub to: Option<Date>,
    /// Located within a radius of a point.
    pub near: Option<Near>,
    /// Words that must all occur in the article's title or text (full-text search; each word
    /// is matched as a token, so `talks` does not match `talked`; `talk*` is a prefix).
    pub text: Option<String>,
    /// Include the events of stories linked as near-duplicates (default: counted once, from
    /// the earliest story of each cluster).
    pub all: bool,
    /// Phoenix's one-a-day filter: of the events with the same date, source, target and
    /// CAMEO code, keep only the first.
    pub one_a_day: bool,
}

/// A SQL condition and its parameters.
struct Where {
    sql: String,
    params: Vec<Value>,
    /// Prefix for actor root columns: `+` keeps SQLite from using their indexes.
    actor_plus: &'static str,
    /// Same for the CAMEO root column.
    cameo_plus: &'static str,
    /// Same for the latitude column (`--near` over a dense area reads in date order).
    lat_plus: &'static str,
}

impl Where {
    fn and(&mut self, cond: &str) {
        if !self.sql.is_empty() {
            self.sql.push_str(" AND ");
        }
        self.sql.push_str(cond);
    }
    fn param(&mut self, v: impl Into<Value>) -> usize {
        self.params.push(v.into());
        self.params.len()
    }
    /// `col` starts with `prefix`, as an index-friendly range.
    fn prefix(&mut self, col: &str, prefix: &str) {
        let (lo, hi) = prefix_range(prefix);
        let a = self.param(lo);
        let b = self.param(hi);
        self.and(&format!("{col} >= ?{a} AND {col} < ?{b}"));
    }
    /// The condition that actor column `side` (`src`, `tgt`) starts with `code`: an equality
    /// on the three-letter root column when the prefix is that long (indexed), plus a
    /// range on the whole code for longer prefixes.
    fn actor_sql(&mut self, side: &str, code: &str) -> String {
        if code.len() < 3 {
            let (lo, hi) = prefix_range(code);
            let (a, b) = (self.param(lo), self.param(hi));
            let p = self.actor_plus;
            return format!("({p}e.{side}_root >= ?{a} AND {p}e.{side}_root < ?{b})");
        }
        let r = self.param(code[..3].to_string());
        let p = self.actor_plus;
        if code.len() == 3 {
            return format!("{p}e.{side}_root = ?{r}");
        }
        let (lo, hi) = prefix_range(code);
        let (a, b) = (self.param(lo), self.param(hi));
        format!("({p}e.{side}_root = ?{r} AND e.{side} >= ?{a} AND e.{side} < ?{b})")
    }
    fn actor(&mut self, side: &str, code: &str) {
        let c = self.actor_sql(side, code);
        self.and(&c);
    }
}

/// `[prefix, next)`: the strings starting with `prefix` (ASCII, non-empty, last byte < 0x7F).
fn prefix_range(prefix: &str) -> (String, String) {
    let mut hi = prefix.as_bytes().to_vec();
    if let Some(last) = hi.last_mut() {
        *last += 1;
    }
    (
        prefix.to_string(),
        String::from_utf8(hi).unwrap_or_default(),
    )
}

fn check_code(filter: &'static str, code: &str) -> Result<String> {
    let code = code.trim().to_ascii_uppercase();
    if code.is_empty() || !code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return Err(StoreError::BadFilter {
            filter,
            reason: format!(
                "{code:?} is not an actor code (letters, digits and `-`, like RUS or RUSGOV)"
            ),
        });
    }
    Ok(code)
}

impl Filter {
    /// Checks the values and builds the SQL condition over `events` (aliased `e`) for
    /// aggregates: every index may serve.
    fn to_where(&self) -> Result<Where> {
        self.build(false)
    }

    /// The condition for a page in date order. SQLite cannot tell a frequent actor (a
    /// quarter of all events) from a rare one, and sorting every event of a frequent actor
    /// to show the first hundred is slow; so, unless a dyad narrows the choice, actor
    /// conditions are kept off their indexes and the page is read in date (or CAMEO root and
    /// date) order, stopping at the page's end. With a dyad, the CAMEO root index is kept
    /// out instead.
    fn to_page_where(&self) -> Result<Where> {
        self.build(true)
    }

    /// [`Filter::to_page_where`] for a `--near` over a dense area: the box's index is kept
    /// out, so the page is read in date order and stops at its end instead of sorting every
    /// event in the box.
    fn to_dense_page_where(&self) -> Result<Where> {
        self.build_with(true, "+")
    }

    fn build(&self, page: bool) -> Result<Where> {
        self.build_with(page, "")
    }

    fn build_with(&self, page: bool, lat_plus: &'static str) -> Result<Where> {
        let dyadic = self.dyad.is_some() || (self.source.is_some() && self.target.is_some());
        let narrow = self.near.is_some() || self.text.is_some();
        let mut w = Where {
            sql: String::new(),
            params: Vec::new(),
            actor_plus: if page && !dyadic && !narrow { "+" } else { "" },
            cameo_plus: if page && dyadic { "+" } else { "" },
            lat_plus,
        };
        if !self.all {
            w.and("e.dup = 0");
        }
        if let Some((a, b)) = &self.dyad {
            w.actor("src", &check_code("--dyad", a)?);
            w.actor("tgt", &check_code("--dyad", b)?);
        }
        if let Some(s) = &self.source {
            w.actor("src", &check_code("--source", s)?);
        }
        if let Some(t) = &self.target {
            w.actor("tgt", &check_code("--target", t)?);
        }
        if let Some(a) = &self.actor {
            let a = check_code("--actor", a)?;
            let s = w.actor_sql("src", &a);
            let t = w.actor_sql("tgt", &a);
            w.and(&format!("({s} OR {t})"));
        }
        if let Some(c) = &self.cameo {
            let c = c.trim();
            if c.is_empty() || c.len() > 4 || !c.bytes().all(|b| b.is_ascii_digit()) {
                return Err(StoreError::BadFilter {
                    filter: "--cameo",
                    reason: format!(
                        "{c:?} is not a CAMEO code prefix (1 to 4 digits, like 05 or 057)"
                    ),
                });
            }
            if c.len() == 1 {
                w.prefix("e.root_code", c);
            } else {
                let r = w.param(c[..2].to_string());
                let p = w.cameo_plus;
                w.and(&format!("{p}e.root_code = ?{r}"));
                if c.len() > 2 {
                    w.prefix("e.cameo", c);
                }
            }
        }
        if let Some(q) = self.quad {
            if !(1..=4).contains(&q) {
                return Err(StoreError::BadFilter {
                    filter: "--quad",
                    reason: format!("{q}: quad classes are 1 to 4"),
                });
            }
            let i = w.param(q as i64);
            w.and(&format!("e.quad = ?{i}"));
        }
        if let Some(p) = &self.plover {
            let p = p.trim().to_ascii_uppercase();
            if p.is_empty() {
                return Err(StoreError::BadFilter {
                    filter: "--plover",
                    reason: "empty PLOVER type".into(),
                });
            }
            let i = w.param(p);
            w.and(&format!("e.plover = ?{i}"));
        }
        if let (Some(f), Some(t)) = (self.from, self.to) {
            if f > t {
                return Err(StoreError::BadFilter {
                    filter: "--from/--to",
                    reason: format!("{f} is after {t}"),
                });
            }
        }
        if let Some(f) = self.from {
            let i = w.param(f.to_days());
            w.and(&format!("e.day >= ?{i}"));
        }
        if let Some(t) = self.to {
            let i = w.param(t.to_days());
            w.and(&format!("e.day <= ?{i}"));
        }
        if let Some(n) = self.near {
            let valid = (-90.0..=90.0).contains(&n.lat)
                && (-180.0..=180.0).contains(&n.lon)
                && n.km > 0.0
                && n.km.is_finite();
            if !valid {
                return Err(StoreError::BadFilter {
                    filter: "--near",
                    reason: format!(
                        "{},{},{}: want LAT (-90..90), LON (-180..180), KM (> 0)",
                        n.lat, n.lon, n.km
                    ),
                });
            }
            // Bounding box first (index on lat, lon), then the exact distance.
            let dlat = n.km / 111.195;
            let (lat0, lat1) = (n.lat - dlat, n.lat + dlat);
            let (a, b) = (w.param(lat0), w.param(lat1));
            w.and(&format!("{}e.lat BETWEEN ?{a} AND ?{b}", w.lat_plus));
            let coslat = lat0.abs().max(lat1.abs()).min(90.0).to_radians().cos();
            if lat0 > -90.0 && lat1 < 90.0 && coslat > 1e-6 {
                let dlon = n.km / (111.195 * coslat);
                if dlon < 180.0 {
                    let (lo0, lo1) = (n.lon - dlon, n.lon + dlon);
                    if lo0 < -180.0 || lo1 > 180.0 {
                        // Crosses the antimeridian: two ranges.
                        let lo0 = if lo0 < -180.0 { lo0 + 360.0 } else { lo0 };
                        let lo1 = if lo1 > 180.0 { lo1 - 360.0 } else { lo1 };
                        let (a, b) = (w.param(lo0), w.param(lo1));
                        w.and(&format!("(e.lon >= ?{a} OR e.lon <= ?{b})"));
                    } else {
                        let (a, b) = (w.param(lo0), w.param(lo1));
                        w.and(&format!("e.lon BETWEEN ?{a} AND ?{b}"));
                    }
                }
            }
            let (a, b, c) = (w.param(n.lat), w.param(n.lon), w.param(n.km));
            w.and(&format!("haversine(e.lat, e.lon, ?{a}, ?{b}) <= ?{c}"));
        }
        if let Some(t) = &self.text {
            let q = fts_query(t);
            if q.is_empty() {
                return Err(StoreError::BadFilter {
                    filter: "--text",
                    reason: "no words to search for".into(),
                });
            }
            let i = w.param(q);
            w.and(&format!(
                "e.article IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?{i})"
            ));
        }
        if self.one_a_day {
            // The inner selection may use every index; its parameters follow the outer ones.
            let Where {
                sql: inner,
                params: inner_params,
                ..
            } = Filter {
                one_a_day: false,
                ..self.clone()
            }
            .build(false)?;
            let inner = renumber(if inner.is_empty() { "1" } else { &inner }, w.params.len());
            w.params.extend(inner_params);
            w.and(&format!(
                "e.id IN (SELECT min(e.id) FROM events e WHERE {inner} GROUP BY e.day, e.src, e.tgt, e.cameo)"
            ));
        }
        if w.sql.is_empty() {
            w.sql.push('1');
        }
        Ok(w)
    }
}

/// Shifts the `?N` parameter numbers of `sql` by `by`.
fn renumber(sql: &str, by: usize) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut chars = sql.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        out.push(c);
        if c == '?' {
            let mut n = String::new();
            while let Some((_, d)) = chars.peek().filter(|(_, d)| d.is_ascii_digit()) {
                n.push(*d);
                chars.next();
            }
            match n.parse::<usize>() {
                Ok(k) => out.push_str(&(k + by).to_string()),
                Err(_) => out.push_str(&n),
            }
        }
    }
    out
}

/// Turns free words into an FTS5 query: each word quoted (so punctuation and FTS syntax in
/// the input cannot break it), all required; a trailing `*` keeps prefix matching.
fn fts_query(words: &str) -> String {
    let mut q = String::new();
    for w in words.split_whitespace() {
        let (w, star) = match w.strip_suffix('*') {
            Some(s) => (s, true),
            None => (w, false),
        };
        if w.is_empty() {
            continue;
        }
        if !q.is_empty() {
            q.push(' ');
        }
        q.push('"');
        q.push_str(&w.replace('"', "\"\""));
        q.push('"');
        if star {
            q.push('*');
        }
    }
    q
}

/// A `--near` box with at least this many events is paged in date order.
const DENSE_NEAR: u64 = 2_000;

/// A story linked as a near-duplicate of an earlier one.
#[derive(Clone, Debug, PartialEq)]
pub struct DuplicateLink {
    /// Article row id of the duplicate.
    pub article: i64,
    /// Its story id.
    pub story_id: String,
    /// Row id of the story it is linked to (the earliest of its cluster).
    pub of: i64,
    /// That story's id.
    pub of_story_id: String,
    /// Estimated Jaccard similarity of their shingles when linked.
    pub similarity: f64,
}

/// An event read back from the store.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredEvent {
    /// Event row id.
    pub id: i64,
    /// Article row id.
    pub article: i64,
    /// True when the article is linked as a near-duplicate of another.
    pub duplicate: bool,
    /// The event, as coded.
    pub event: Event,
}

/// A page: `limit` events from `offset`, in date order (undated first), then storage order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// Events to return at most.
    pub limit: u64,
    /// Events to skip.
    pub offset: u64,
}

impl Default for Page {
    fn default() -> Page {
        Page {
            limit: 100,
            offset: 0,
        }
    }
}

/// How statistics are grouped in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    /// Calendar days.
    Day,
    /// Weeks from Monday.
    Week,
    /// Calendar months.
    Month,
}

/// Event counts of one period.
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodStats {
    /// First day of the period.
    pub start: Date,
    /// Label: `YYYY-MM-DD` (day, or the Monday of a week) or `YYYY-MM`.
    pub label: String,
    /// Events by quad class: verbal cooperation, material cooperation, verbal conflict,
    /// material conflict.
    pub quad: [u64; 4],
    /// All events.
    pub total: u64,
    /// Sum of Goldstein values.
    pub goldstein_sum: f64,
}

impl PeriodStats {
    /// Mean Goldstein value (0 when there are no events).
    pub fn goldstein_mean(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.goldstein_sum / self.total as f64
        }
    }
}

impl Period {
    /// SQL for the period number of an event row.
    fn sql(self) -> &'static str {
        match self {
            Period::Day => "e.day",
            Period::Month => "e.month",
            // 1970-01-01 was a Thursday; day -3 is a Monday. Offset keeps division flooring.
            Period::Week => "((e.day + 3 + 7000000) / 7 - 1000000)",
        }
    }
    fn start(self, n: i64) -> Date {
        match self {
            Period::Day => Date::from_days(n),
            Period::Week => Date::from_days(n * 7 - 3),
            Period::Month => Date {
                year: n.div_euclid(12) as i32,
                month: (n.rem_euclid(12) + 1) as u8,
                day: 1,
            },
        }
    }
    fn label(self, d: Date) -> String {
        match self {
            Period::Month => format!("{:04}-{:02}", d.year, d.month),
            _ => d.to_string(),
        }
    }
}

const EVENT_COLUMNS: &str = "e.id, e.article, e.dup, e.sentence_idx, e.sentence_id, e.day,
  e.src, e.src_text, e.src_start, e.src_end, e.tgt, e.tgt_text, e.tgt_start, e.tgt_end,
  e.cameo, e.root_code, e.quad, e.penta, e.goldstein, e.plover, e.plover_mode, e.plover_context,
  e.modality, e.negated, e.issues, e.verb_start, e.verb_end, e.loc_name, e.loc_geonameid,
  e.loc_country, e.loc_admin1, e.lat, e.lon, e.loc_precision, e.explain, a.story_id";

fn span(start: Option<u32>, end: Option<u32>) -> Span {
    Span {
        start: start.unwrap_or(0),
        end: end.unwrap_or(0),
    }
}

fn split_list(s: Option<String>) -> Vec<String> {
    s.map(|s| {
        s.split(';')
            .filter(|x| !x.is_empty())
            .map(str::to_string)
            .collect()
    })
    .unwrap_or_default()
}

/// Reads one row of [`EVENT_COLUMNS`]; a malformed explanation becomes an error message.
fn read_event(r: &Row<'_>) -> rusqlite::Result<std::result::Result<StoredEvent, (i64, String)>> {
    let id: i64 = r.get(0)?;
    let day: Option<i64> = r.get(5)?;
    let src: String = r.get(6)?;
    let source = EventActor::from_code(&src, r.get::<_, String>(7)?, span(r.get(8)?, r.get(9)?));
    let target = r
        .get::<_, Option<String>>(10)?
        .map(|code| (code, r.get::<_, Option<String>>(11), r.get(12), r.get(13)));
    let target = match target {
        Some((code, text, s, e)) => Some(EventActor::from_code(
            &code,
            text?.unwrap_or_default(),
            span(s?, e?),
        )),
        None => None,
    };
    let plover = r.get::<_, Option<String>>(19)?.map(|event| PloverFields {
        event,
        mode: None,
        context: Vec::new(),
    });
    let plover = match plover {
        Some(mut p) => {
            p.mode = r.get(20)?;
            p.context = split_list(r.get(21)?);
            Some(p)
        }
        None => None,
    };
    let location = match r.get::<_, Option<String>>(27)? {
        Some(name) => {
            let precision = match r.get::<_, Option<String>>(33)?.as_deref() {
                Some("country") => Precision::Country,
                Some("region") => Precision::Region,
                _ => Precision::City,
            };
            Some(Location {
                name,
                geonameid: r.get::<_, Option<u32>>(28)?.unwrap_or(0),
                country: r.get::<_, Option<String>>(29)?.unwrap_or_default(),
                admin1: r.get(30)?,
                lat: r.get::<_, Option<f64>>(31)?.unwrap_or(0.0),
                lon: r.get::<_, Option<f64>>(32)?.unwrap_or(0.0),
                precision,
            })
        }
        None => None,
    };
    let explain_json: String = r.get(34)?;
    let explain: Vec<ExplainItem> = match serde_json::from_str(&explain_json) {
        Ok(x) => x,
        Err(e) => return Ok(Err((id, format!("malformed explanation: {e}")))),
    };
    let event = Event {
        story_id: r.get(35)?,
        sentence_id: r.get(4)?,
        sentence_index: r.get::<_, i64>(3)?.max(0) as usize,
        date: day.map(Date::from_days),
        source,
        target,
        cameo: r.get(14)?,
        root_code: r.get(15)?,
        quad_class: r.get(16)?,
        penta_class: r.get(17)?,
        goldstein: r.get::<_, f64>(18)? as f32,
        plover,
        modality: r.get(22)?,
        negated: r.get(23)?,
        issues: split_list(r.get(24)?),
        verb_span: span(r.get(25)?, r.get(26)?),
        location,
        explain,
    };
    Ok(Ok(StoredEvent {
        id,
        article: r.get(1)?,
        duplicate: r.get(2)?,
        event,
    }))
}

impl Store {
    /// Events matching `filter`, one page, in date order.
    ///
    /// # Errors
    /// [`StoreError::BadFilter`] for bad filter values; SQLite errors; [`StoreError::BadRow`].
    pub fn query(&self, filter: &Filter, page: Page) -> Result<Vec<StoredEvent>> {
        // Around a busy place the box holds many thousand events: reading in date order
        // finds a page sooner than sorting them all. The count uses the box's index.
        let dense = filter.near.is_some() && filter.text.is_none() && {
            let wanted = page.offset.saturating_add(page.limit);
            self.count_at_least(filter, DENSE_NEAR.max(wanted.saturating_mul(20)))?
        };
        let mut w = if dense {
            filter.to_dense_page_where()?
        } else {
            filter.to_page_where()?
        };
        let l = w.param(page.limit.min(i64::MAX as u64) as i64);
        let o = w.param(page.offset.min(i64::MAX as u64) as i64);
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article
             WHERE {} ORDER BY e.day, e.id LIMIT ?{l} OFFSET ?{o}",
            w.sql
        );
        let mut out = Vec::new();
        self.each_row(&sql, &w.params, |ev| {
            out.push(ev);
            Ok(())
        })?;
        Ok(out)
    }

    /// True when at least `n` events match `filter` (stops counting there).
    fn count_at_least(&self, filter: &Filter, n: u64) -> Result<bool> {
        let mut w = filter.to_where()?;
        let l = w.param(n.min(i64::MAX as u64) as i64);
        let sql = format!(
            "SELECT count(*) FROM (SELECT 1 FROM events e WHERE {} LIMIT ?{l})",
            w.sql
        );
        let found: u64 = self
            .conn
            .query_row(&sql, params_from_iter(w.params.iter()), |r| r.get(0))
            .map_err(self.err("counting events"))?;
        Ok(found >= n)
    }

    /// Number of events matching `filter`.
    ///
    /// # Errors
    /// As [`Store::query`].
    pub fn count(&self, filter: &Filter) -> Result<u64> {
        let w = filter.to_where()?;
        let sql = format!("SELECT count(*) FROM events e WHERE {}", w.sql);
        self.conn
            .query_row(&sql, params_from_iter(w.params.iter()), |r| r.get(0))
            .map_err(self.err("counting events"))
    }

    fn each_row(
        &self,
        sql: &str,
        params: &[Value],
        mut f: impl FnMut(StoredEvent) -> Result<()>,
    ) -> Result<()> {
        let mut st = self
            .conn
            .prepare(sql)
            .map_err(self.err("preparing the query"))?;
        let mut rows = st
            .query(params_from_iter(params.iter()))
            .map_err(self.err("running the query"))?;
        while let Some(r) = rows.next().map_err(self.err("reading events"))? {
            match read_event(r).map_err(self.err("reading an event"))? {
                Ok(ev) => f(ev)?,
                Err((id, reason)) => {
                    return Err(StoreError::BadRow {
                        path: self.path.clone(),
                        id,
                        reason,
                    })
                }
            }
        }
        Ok(())
    }

    /// Event counts by quad class and Goldstein sums per period, for the events matching
    /// `filter` that have a date. Periods without events between the first and the last are
    /// included with zero counts.
    ///
    /// # Errors
    /// As [`Store::query`].
    pub fn stats(&self, filter: &Filter, period: Period) -> Result<Vec<PeriodStats>> {
        let w = filter.to_where()?;
        let sql = format!(
            "SELECT {p}, e.quad, count(*), total(e.goldstein) FROM events e
             WHERE {} AND e.day IS NOT NULL GROUP BY 1, 2 ORDER BY 1",
            w.sql,
            p = period.sql()
        );
        let mut st = self
            .conn
            .prepare(&sql)
            .map_err(self.err("preparing the statistics query"))?;
        let rows = st
            .query_map(params_from_iter(w.params.iter()), |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, f64>(3)?,
                ))
            })
            .map_err(self.err("running the statistics query"))?;
        let mut out: Vec<(i64, PeriodStats)> = Vec::new();
        for row in rows {
            let (n, quad, count, gold) = row.map_err(self.err("reading statistics"))?;
            if out.last().is_none_or(|(m, _)| *m != n) {
                // Fill the gap since the previous period.
                let from = out.last().map_or(n, |(m, _)| m + 1);
                for k in from..=n {
                    let start = period.start(k);
                    out.push((
                        k,
                        PeriodStats {
                            start,
                            label: period.label(start),
                            quad: [0; 4],
                            total: 0,
                            goldstein_sum: 0.0,
                        },
                    ));
                }
            }
            if let Some((_, s)) = out.last_mut() {
                if (1..=4).contains(&quad) {
                    s.quad[(quad - 1) as usize] += count as u64;
                }
                s.total += count as u64;
                s.goldstein_sum += gold;
            }
        }
        Ok(out.into_iter().map(|(_, s)| s).collect())
    }

    /// Calls `f` for each story with events matching `filter`, with the story rebuilt as a
    /// [`Doc`] (article text, sentence spans and ids; no tokens) and its matching events in
    /// order, so that the event writers of tern-code can write them. Stories come in date
    /// order. Returns the number of events passed.
    ///
    /// # Errors
    /// As [`Store::query`], and whatever `f` returns.
    pub fn for_each_story<E: From<StoreError>>(
        &self,
        filter: &Filter,
        mut f: impl FnMut(&Doc, &[Event]) -> std::result::Result<(), E>,
    ) -> std::result::Result<u64, E> {
        let w = filter.to_where()?;
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article
             WHERE {} ORDER BY e.day, e.article, e.id",
            w.sql
        );
        let mut current: Option<i64> = None;
        let mut events: Vec<Event> = Vec::new();
        let mut total = 0u64;
        let mut failed: Option<E> = None;
        self.each_row(&sql, &w.params, |ev| {
            if failed.is_some() {
                return Ok(());
            }
            if let Some(c) = current.filter(|c| *c != ev.article) {
                let doc = self.doc(c)?;
                if let Err(e) = f(&doc, &events) {
                    failed = Some(e);
                    return Ok(());
                }
                events.clear();
            }
            current = Some(ev.article);
            total += 1;
            events.push(ev.event);
            Ok(())
        })?;
        if let Some(e) = failed {
            return Err(e);
        }
        if let Some(c) = current {
            f(&self.doc(c)?, &events)?;
        }
        Ok(total)
    }

    /// The stored story with row id `article`, as a [`Doc`] with sentence spans and ids.
    ///
    /// # Errors
    /// SQLite errors; [`StoreError::BadRow`] when there is no such article.
    pub fn doc(&self, article: i64) -> Result<Doc> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT story_id, source, url, date, title, text FROM articles WHERE id = ?1",
            )
            .map_err(self.err("reading an article"))?;
        let a = st
            .query_row([article], |r| {
                let mut a = Article::new(r.get::<_, String>(0)?, r.get::<_, String>(5)?);
                a.source = r.get(1)?;
                a.url = r.get(2)?;
                a.date = r.get::<_, Option<String>>(3)?.and_then(|d| Date::parse(&d));
                a.title = r.get(4)?;
                Ok(a)
            })
            .map_err(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => StoreError::BadRow {
                    path: self.path.clone(),
                    id: article,
                    reason: "its article is missing".into(),
                },
                e => classify(&self.path, "reading an article", e),
            })?;
        let mut st = self
            .conn
            .prepare_cached("SELECT sid, start, end FROM sentences WHERE article = ?1 ORDER BY idx")
            .map_err(self.err("reading sentences"))?;
        let sentences = st
            .query_map([article], |r| {
                Ok(Sentence {
                    id: Some(r.get(0)?),
                    span: Span {
                        start: r.get(1)?,
                        end: r.get(2)?,
                    },
                    ..Sentence::default()
                })
            })
            .map_err(self.err("reading sentences"))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(self.err("reading sentences"))?;
        Ok(Doc {
            article: a,
            sentences,
        })
    }

    /// The near-duplicate links, in storage order.
    ///
    /// # Errors
    /// SQLite errors.
    pub fn duplicate_links(&self) -> Result<Vec<DuplicateLink>> {
        let mut st = self
            .conn
            .prepare(
                "SELECT a.id, a.story_id, b.id, b.story_id, coalesce(a.similarity, 0)
                 FROM articles a JOIN articles b ON b.id = a.duplicate_of ORDER BY a.id",
            )
            .map_err(self.err("reading duplicate links"))?;
        let rows = st
            .query_map([], |r| {
                Ok(DuplicateLink {
                    article: r.get(0)?,
                    story_id: r.get(1)?,
                    of: r.get(2)?,
                    of_story_id: r.get(3)?,
                    similarity: r.get(4)?,
                })
            })
            .map_err(self.err("reading duplicate links"))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(self.err("reading duplicate links"))
    }
}
