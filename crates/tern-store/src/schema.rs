//! The database schema (see docs/store.md for what each column means).

/// Schema version written to `meta`; a database with another version is refused.
pub const VERSION: &str = "1";

/// Tables and indexes, created when missing.
pub const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles(
  id INTEGER PRIMARY KEY,
  story_id TEXT NOT NULL,
  source TEXT,
  url TEXT,
  date TEXT,
  day INTEGER,
  title TEXT,
  text TEXT NOT NULL,
  hash BLOB NOT NULL UNIQUE,
  duplicate_of INTEGER,
  similarity REAL
);
CREATE INDEX IF NOT EXISTS articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE TABLE IF NOT EXISTS sentences(
  article INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  sid TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  PRIMARY KEY(article, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS events(
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL,
  dup INTEGER NOT NULL DEFAULT 0,
  sentence_idx INTEGER NOT NULL,
  sentence_id TEXT NOT NULL,
  day INTEGER,
  month INTEGER,
  src TEXT NOT NULL,
  src_root TEXT NOT NULL,
  src_text TEXT NOT NULL,
  src_start INTEGER NOT NULL,
  src_end INTEGER NOT NULL,
  tgt TEXT,
  tgt_root TEXT,
  tgt_text TEXT,
  tgt_start INTEGER,
  tgt_end INTEGER,
  cameo TEXT NOT NULL,
  root_code TEXT NOT NULL,
  quad INTEGER NOT NULL,
  penta INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  plover TEXT,
  plover_mode TEXT,
  plover_context TEXT,
  modality TEXT,
  negated INTEGER NOT NULL,
  issues TEXT NOT NULL,
  verb_start INTEGER NOT NULL,
  verb_end INTEGER NOT NULL,
  loc_name TEXT,
  loc_geonameid INTEGER,
  loc_country TEXT,
  loc_admin1 TEXT,
  lat REAL,
  lon REAL,
  loc_precision TEXT,
  explain TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_dyad ON events(src_root, tgt_root, month, quad, goldstein, dup, src, tgt);
CREATE INDEX IF NOT EXISTS events_target ON events(tgt_root, src_root, month, quad, goldstein, dup, src, tgt);
CREATE INDEX IF NOT EXISTS events_day ON events(day);
CREATE INDEX IF NOT EXISTS events_root ON events(root_code, day);
CREATE INDEX IF NOT EXISTS events_article ON events(article);
CREATE INDEX IF NOT EXISTS events_place ON events(lat, lon) WHERE lat IS NOT NULL;
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='articles', content_rowid='id');
CREATE TABLE IF NOT EXISTS minhash(
  article INTEGER PRIMARY KEY,
  sig BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS lsh(
  band INTEGER NOT NULL,
  bucket INTEGER NOT NULL,
  article INTEGER NOT NULL,
  PRIMARY KEY(band, bucket, article)
) WITHOUT ROWID;
"#;
