//! Opening a database and adding coded articles to it.
use crate::error::{Result, StoreError};
use crate::minhash::{Signature, THRESHOLD};
use crate::schema::{SCHEMA, VERSION};
use rusqlite::functions::FunctionFlags;
use rusqlite::{params, Connection, ErrorCode, OpenFlags, OptionalExtension};
use std::path::{Path, PathBuf};
use std::time::Duration;
use tern_core::{Article, Doc, Event};
use xxhash_rust::xxh3::Xxh3;

/// How long a writer waits for another process's lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The 128-bit content hash that makes ingestion idempotent (XXH3 of title and text).
pub type ContentHash = [u8; 16];

/// The content hash of an article: its title and text, byte for byte. Ids, dates and
/// sources do not enter it, so the same story read from two files is stored once.
pub fn content_hash(article: &Article) -> ContentHash {
    let mut h = Xxh3::new();
    if let Some(t) = &article.title {
        h.update(t.as_bytes());
    }
    h.update(&[0xFF]);
    h.update(article.text.as_bytes());
    h.digest128().to_le_bytes()
}

/// A coded article ready to be stored: the document (tokens dropped), its events, its
/// content hash and its MinHash signature. Built in worker threads; stored by one writer.
#[derive(Clone, Debug)]
pub struct NewArticle {
    /// The document; only the article and the sentence spans and ids are stored.
    pub doc: Doc,
    /// Its events.
    pub events: Vec<Event>,
    /// Content hash.
    pub hash: ContentHash,
    /// MinHash signature, `None` for stories too short to compare.
    pub signature: Option<Signature>,
}

impl NewArticle {
    /// Prepares a coded document for storage (computes hash and signature, drops tokens).
    pub fn new(mut doc: Doc, events: Vec<Event>) -> NewArticle {
        for s in &mut doc.sentences {
            s.tokens = Vec::new();
        }
        let hash = content_hash(&doc.article);
        // The body only: republished copies often get a new headline.
        let signature = Signature::of(None, &doc.article.text);
        NewArticle {
            doc,
            events,
            hash,
            signature,
        }
    }
}

/// What one [`Store::ingest`] call did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct IngestReport {
    /// Articles added.
    pub new: usize,
    /// Articles whose content hash was already stored (nothing added).
    pub already: usize,
    /// Of the new articles, those linked as near-duplicates of a stored story.
    pub duplicates: usize,
    /// Sentences added.
    pub sentences: usize,
    /// Events added.
    pub events: usize,
}

impl std::ops::AddAssign for IngestReport {
    fn add_assign(&mut self, o: IngestReport) {
        self.new += o.new;
        self.already += o.already;
        self.duplicates += o.duplicates;
        self.sentences += o.sentences;
        self.events += o.events;
    }
}

/// An event database: one SQLite file (WAL journal) with articles, sentences, events,
/// full-text index and near-duplicate signatures.
pub struct Store {
    pub(crate) conn: Connection,
    pub(crate) path: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

/// Great-circle distance in kilometres (the SQL function `haversine(lat1, lon1, lat2, lon2)`).
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().clamp(0.0, 1.0).asin()
}

impl Store {
    /// Opens the database at `path`, creating it (and its tables) when missing.
    ///
    /// # Errors
    /// [`StoreError::NotADatabase`] for a file that is not an SQLite database or has another
    /// schema version; [`StoreError::Locked`]; other SQLite errors.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open(path).map_err(|e| classify(path, "opening", e))?;
        Store::setup(conn, path.to_path_buf(), true)
    }

    /// Opens an existing database for reading and querying (the file is never created).
    ///
    /// # Errors
    /// [`StoreError::Missing`] when there is no such file; as [`Store::open`] otherwise.
    pub fn open_existing(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn =
            Connection::open_with_flags(path, flags).map_err(|e| classify(path, "opening", e))?;
        Store::setup(conn, path.to_path_buf(), false)
    }

    /// A store in memory (tests, experiments).
    ///
    /// # Errors
    /// SQLite errors.
    pub fn open_in_memory() -> Result<Store> {
        let path = PathBuf::from(":memory:");
        let conn = Connection::open_in_memory().map_err(|e| classify(&path, "opening", e))?;
        Store::setup(conn, path, true)
    }

    fn setup(conn: Connection, path: PathBuf, create: bool) -> Result<Store> {
        let err = |doing| {
            let path = path.clone();
            move |e| classify(&path, doing, e)
        };
        conn.busy_timeout(BUSY_TIMEOUT)
            .map_err(err("setting the busy timeout"))?;
        // Reading the schema first tells a foreign file from a database.
        let has_meta: bool = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map_err(err("reading the schema"))?
            > 0;
        if has_meta {
            let version: Option<String> = conn
                .query_row("SELECT value FROM meta WHERE key='schema'", [], |r| {
                    r.get(0)
                })
                .optional()
                .map_err(err("reading the schema version"))?;
            if version.as_deref() != Some(VERSION) {
                return Err(StoreError::NotADatabase {
                    path,
                    reason: format!(
                        "schema version {}, this tern reads {VERSION}",
                        version.as_deref().unwrap_or("none")
                    ),
                });
            }
        } else {
            let tables: i64 = conn
                .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
                .map_err(err("reading the schema"))?;
            if tables > 0 || !create {
                return Err(StoreError::NotADatabase {
                    path,
                    reason: "an SQLite file without tern's tables".into(),
                });
            }
        }
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(err("switching to WAL"))?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(err("setting synchronous"))?;
        conn.pragma_update(None, "cache_size", -65536)
            .map_err(err("setting the cache size"))?;
        conn.pragma_update(None, "temp_store", "MEMORY")
            .map_err(err("setting temp_store"))?;
        if !has_meta {
            conn.execute_batch(SCHEMA)
                .map_err(err("creating the tables"))?;
            conn.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES('schema', ?1)",
                [VERSION],
            )
            .map_err(err("writing the schema version"))?;
        }
        conn.create_scalar_function(
            "haversine",
            4,
            FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
            |ctx| {
                let lat1: Option<f64> = ctx.get(0)?;
                let lon1: Option<f64> = ctx.get(1)?;
                let lat2: f64 = ctx.get(2)?;
                let lon2: f64 = ctx.get(3)?;
                Ok(match (lat1, lon1) {
                    (Some(a), Some(b)) => Some(haversine_km(a, b, lat2, lon2)),
                    _ => None,
                })
            },
        )
        .map_err(err("registering haversine"))?;
        Ok(Store { conn, path })
    }

    /// The database file (`:memory:` for an in-memory store).
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn err(&self, doing: &'static str) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        move |e| classify(&self.path, doing, e)
    }

    /// Refreshes the query planner's statistics (a sampled `ANALYZE`); worth calling after a
    /// large ingest so that filters pick the right index.
    ///
    /// # Errors
    /// SQLite errors.
    pub fn analyze(&self) -> Result<()> {
        self.conn
            .execute_batch("PRAGMA analysis_limit = 2000; ANALYZE;")
            .map_err(self.err("analysing"))
    }

    /// True when an article with this content hash is stored.
    ///
    /// # Errors
    /// SQLite errors.
    pub fn contains(&self, hash: &ContentHash) -> Result<bool> {
        let mut st = self
            .conn
            .prepare_cached("SELECT 1 FROM articles WHERE hash = ?1")
            .map_err(self.err("looking up a content hash"))?;
        st.exists([&hash[..]])
            .map_err(self.err("looking up a content hash"))
    }

    /// Row counts: (articles, linked duplicates, events).
    ///
    /// # Errors
    /// SQLite errors.
    pub fn counts(&self) -> Result<(u64, u64, u64)> {
        self.conn
            .query_row(
                "SELECT (SELECT count(*) FROM articles),
                        (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL),
                        (SELECT count(*) FROM events)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .map_err(self.err("counting rows"))
    }

    /// Stores a batch of coded articles in one transaction: each article's row, sentences,
    /// events, full-text entry and signature commit together with its content hash, so an
    /// interrupted ingest leaves whole articles only, and a rerun adds exactly the rest.
    /// Articles whose hash is stored already are skipped. New articles are compared with
    /// stored stories (MinHash LSH) and linked to the earliest near-duplicate.
    ///
    /// # Errors
    /// SQLite errors (the whole batch is rolled back).
    pub fn ingest(&mut self, batch: &[NewArticle]) -> Result<IngestReport> {
        let path = self.path.clone();
        let err = |doing| {
            let path = path.clone();
            move |e| classify(&path, doing, e)
        };
        let tx = self
            .conn
            .transaction()
            .map_err(err("starting a transaction"))?;
        let mut report = IngestReport::default();
        {
            let mut ins_article = tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO articles(story_id, source, url, date, day, title, text, hash)
                     VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )
                .map_err(err("preparing the article insert"))?;
            let mut ins_fts = tx
                .prepare_cached("INSERT INTO articles_fts(rowid, title, text) VALUES(?1, ?2, ?3)")
                .map_err(err("preparing the full-text insert"))?;
            let mut ins_sentence = tx
                .prepare_cached(
                    "INSERT INTO sentences(article, idx, sid, start, end) VALUES(?1, ?2, ?3, ?4, ?5)",
                )
                .map_err(err("preparing the sentence insert"))?;
            let mut ins_event = tx
                .prepare_cached(INSERT_EVENT)
                .map_err(err("preparing the event insert"))?;
            let mut dedup = Dedup::new(&tx).map_err(err("preparing near-duplicate lookups"))?;
            for item in batch {
                let a = &item.doc.article;
                let day = a.date.map(|d| d.to_days());
                let changed = ins_article
                    .execute(params![
                        a.id,
                        a.source,
                        a.url,
                        a.date.map(|d| d.to_string()),
                        day,
                        a.title,
                        a.text,
                        &item.hash[..],
                    ])
                    .map_err(err("inserting an article"))?;
                if changed == 0 {
                    report.already += 1;
                    continue;
                }
                let id = tx.last_insert_rowid();
                report.new += 1;
                ins_fts
                    .execute(params![id, a.title.as_deref().unwrap_or(""), a.text])
                    .map_err(err("indexing an article's text"))?;
                for (i, s) in item.doc.sentences.iter().enumerate() {
                    ins_sentence
                        .execute(params![
                            id,
                            i as i64,
                            item.doc.sentence_id(i),
                            s.span.start,
                            s.span.end
                        ])
                        .map_err(err("inserting a sentence"))?;
                }
                report.sentences += item.doc.sentences.len();
                let dup = match &item.signature {
                    Some(sig) => dedup
                        .link(id, day, sig)
                        .map_err(err("linking near-duplicates"))?,
                    None => false,
                };
                if dup {
                    report.duplicates += 1;
                }
                for e in &item.events {
                    insert_event(&mut ins_event, id, dup, e).map_err(err("inserting an event"))?;
                }
                report.events += item.events.len();
            }
        }
        tx.commit().map_err(err("committing"))?;
        Ok(report)
    }
}

/// Maps SQLite's error codes to the store's errors.
pub(crate) fn classify(path: &Path, doing: &'static str, e: rusqlite::Error) -> StoreError {
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Locked {
            path: path.to_path_buf(),
        },
        Some(ErrorCode::NotADatabase) => StoreError::NotADatabase {
            path: path.to_path_buf(),
            reason: "the file is not an SQLite database".into(),
        },
        Some(ErrorCode::DatabaseCorrupt) => StoreError::NotADatabase {
            path: path.to_path_buf(),
            reason: "the database file is corrupt".into(),
        },
        _ => StoreError::Sqlite {
            path: path.to_path_buf(),
            doing,
            source: e,
        },
    }
}

const INSERT_EVENT: &str = "INSERT INTO events(article, dup, sentence_idx, sentence_id, day, month,
  src, src_text, src_start, src_end, tgt, tgt_text, tgt_start, tgt_end,
  cameo, root_code, quad, penta, goldstein, plover, plover_mode, plover_context, modality, negated,
  issues, verb_start, verb_end, loc_name, loc_geonameid, loc_country, loc_admin1, lat, lon,
  loc_precision, explain, src_root, tgt_root)
  VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
  ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37)";

/// The first three characters of a code: its country or international root.
pub(crate) fn root_of(code: &str) -> &str {
    code.get(..3).unwrap_or(code)
}

/// `year * 12 + month - 1`: the month number stored with each event.
pub fn month_number(d: tern_core::Date) -> i64 {
    d.year as i64 * 12 + d.month as i64 - 1
}

fn insert_event(
    st: &mut rusqlite::CachedStatement<'_>,
    article: i64,
    dup: bool,
    e: &Event,
) -> rusqlite::Result<usize> {
    let t = e.target.as_ref();
    let p = e.plover.as_ref();
    let l = e.location.as_ref();
    let context = p
        .filter(|p| !p.context.is_empty())
        .map(|p| p.context.join(";"));
    let explain = serde_json::to_string(&e.explain).unwrap_or_else(|_| "[]".into());
    st.execute(params![
        article,
        dup,
        e.sentence_index as i64,
        e.sentence_id,
        e.date.map(|d| d.to_days()),
        e.date.map(month_number),
        e.source.code,
        e.source.text,
        e.source.span.start,
        e.source.span.end,
        t.map(|t| &t.code),
        t.map(|t| &t.text),
        t.map(|t| t.span.start),
        t.map(|t| t.span.end),
        e.cameo,
        e.root_code,
        e.quad_class,
        e.penta_class,
        e.goldstein as f64,
        p.map(|p| &p.event),
        p.and_then(|p| p.mode.as_ref()),
        context,
        e.modality,
        e.negated,
        e.issues.join(";"),
        e.verb_span.start,
        e.verb_span.end,
        l.map(|l| &l.name),
        l.map(|l| l.geonameid),
        l.map(|l| &l.country),
        l.and_then(|l| l.admin1.as_ref()),
        l.map(|l| l.lat),
        l.map(|l| l.lon),
        l.map(|l| precision_name(l.precision)),
        explain,
        root_of(&e.source.code),
        t.map(|t| root_of(&t.code)),
    ])
}

pub(crate) fn precision_name(p: tern_core::Precision) -> &'static str {
    match p {
        tern_core::Precision::Country => "country",
        tern_core::Precision::Region => "region",
        tern_core::Precision::City => "city",
    }
}

/// The near-duplicate lookups of one transaction.
struct Dedup<'t> {
    tx: &'t rusqlite::Transaction<'t>,
}

impl<'t> Dedup<'t> {
    fn new(tx: &'t rusqlite::Transaction<'t>) -> rusqlite::Result<Dedup<'t>> {
        Ok(Dedup { tx })
    }

    /// Stores the signature of article `id`, finds stored stories similar to it, and links
    /// the cluster to its earliest story. Returns whether `id` is a duplicate.
    fn link(&mut self, id: i64, day: Option<i64>, sig: &Signature) -> rusqlite::Result<bool> {
        let tx = self.tx;
        let bands = sig.bands();
        let mut candidates: Vec<i64> = Vec::new();
        {
            let mut find =
                tx.prepare_cached("SELECT article FROM lsh WHERE band = ?1 AND bucket = ?2")?;
            for (b, bucket) in bands.iter().enumerate() {
                let rows = find.query_map(params![b as i64, bucket], |r| r.get::<_, i64>(0))?;
                for r in rows {
                    candidates.push(r?);
                }
            }
        }
        {
            let mut put = tx.prepare_cached(
                "INSERT OR IGNORE INTO lsh(band, bucket, article) VALUES(?1, ?2, ?3)",
            )?;
            for (b, bucket) in bands.iter().enumerate() {
                put.execute(params![b as i64, bucket, id])?;
            }
            tx.prepare_cached("INSERT OR REPLACE INTO minhash(article, sig) VALUES(?1, ?2)")?
                .execute(params![id, sig.to_bytes()])?;
        }
        candidates.sort_unstable();
        candidates.dedup();
        // The best confirmed match, as (its cluster's root, root's day, similarity).
        let mut best: Option<(i64, Option<i64>, f64)> = None;
        {
            let mut get = tx.prepare_cached(
                "SELECT m.sig, coalesce(a.duplicate_of, a.id) FROM minhash m JOIN articles a ON a.id = m.article
                 WHERE m.article = ?1",
            )?;
            let mut root_day = tx.prepare_cached("SELECT day FROM articles WHERE id = ?1")?;
            for c in candidates {
                if c == id {
                    continue;
                }
                let Some((bytes, root)) = get
                    .query_row([c], |r| Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, i64>(1)?)))
                    .optional()?
                else {
                    continue;
                };
                let Some(other) = Signature::from_bytes(&bytes) else {
                    continue;
                };
                let sim = sig.similarity(&other);
                if sim < THRESHOLD {
                    continue;
                }
                let rday: Option<i64> = root_day.query_row([root], |r| r.get(0))?;
                let earlier = match &best {
                    None => true,
                    Some((broot, bday, _)) => {
                        (rday.unwrap_or(i64::MAX), root) < (bday.unwrap_or(i64::MAX), *broot)
                    }
                };
                if earlier {
                    best = Some((root, rday, sim));
                }
            }
        }
        let Some((root, rday, sim)) = best else {
            return Ok(false);
        };
        if let (Some(d), Some(rd)) = (day, rday) {
            if d < rd {
                // The new story is older than the cluster's root: it becomes the root.
                tx.prepare_cached(
                    "UPDATE articles SET duplicate_of = ?1, similarity = coalesce(similarity, ?3)
                     WHERE id = ?2 OR duplicate_of = ?2",
                )?
                .execute(params![id, root, sim])?;
                tx.prepare_cached(
                    "UPDATE events SET dup = 1 WHERE article IN
                     (SELECT id FROM articles WHERE duplicate_of = ?1)",
                )?
                .execute([id])?;
                return Ok(false);
            }
        }
        tx.prepare_cached("UPDATE articles SET duplicate_of = ?1, similarity = ?2 WHERE id = ?3")?
            .execute(params![root, sim, id])?;
        Ok(true)
    }
}
