//! # tern-read: input readers
//!
//! Turns input files into [`tern_core::Article`]s, streaming, in bounded memory, and never
//! giving up on a whole file because of one bad record.
//!
//! * [`read_inputs`] walks the inputs the user named (files, directories recursively in
//!   sorted order, `-` for standard input) and returns [`Records`], a lazy iterator of
//!   [`Record`]s: articles interleaved with [`tern_core::Diagnostic`]s (warnings: something
//!   was repaired; errors: a record was skipped, or a path could not be read).
//! * [`read_bytes`] does the same over an in-memory buffer.
//! * [`InputFormat`] picks the reader (`auto` chooses by extension, or sniffs the content of
//!   files named explicitly and of standard input):
//!   - **text** (`.txt`, `.text`): the first non-empty line is the title (a second line
//!     repeating it is dropped); a byline `By … – Place` right after it fills
//!     [`Article::byline`](tern_core::Article::byline) and the dateline; the rest is the
//!     body. Files over [`TEXT_SPLIT_BYTES`] are split at paragraphs into `stem`, `stem#2`, …
//!   - **jsonl** (`.jsonl`, `.ndjson`): one object a line, `id` (string or number) and
//!     `text` required (`doc_id`/`doc_text` accepted as aliases), `date`, `title`, `url`,
//!     `source` optional. Lines over [`JSONL_MAX_LINE`] are skipped without being buffered.
//!   - **xml** (`.xml`): PETRARCH `<Sentence>` records; consecutive sentences of one story
//!     (id up to its last `-`) under the same `<Config>` options become one article with a
//!     [`Segment`](tern_core::Segment) each.
//!   - **conllu** (`.conllu`, `.conll`): pre-tokenized sentences, grouped by `# newdoc id`,
//!     at most [`CONLLU_MAX_SENTENCES`] to an article.
//!
//! Invalid UTF-8 is decoded lossily with one warning per file naming the first bad byte.
//! Diagnostics display as `path:line: error: message`; a caller's exit status should say
//! whether any [`Severity::Error`](tern_core::Severity) diagnostic was seen.
#![deny(missing_docs)]

mod conllu;
mod jsonl;
mod lines;
pub mod ptb;
mod text;
mod xml;

pub use conllu::CONLLU_MAX_SENTENCES;
pub use jsonl::JSONL_MAX_LINE;
pub use text::TEXT_SPLIT_BYTES;
pub use xml::XML_MAX_RECORD;

use std::collections::VecDeque;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};
use tern_core::{Article, Diagnostic};

/// Which reader to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    /// By extension; content sniffing for standard input and unknown extensions.
    Auto,
    /// Plain text, one article a file.
    Text,
    /// JSON Lines, one article a line.
    Jsonl,
    /// PETRARCH XML.
    Xml,
    /// CoNLL-U.
    Conllu,
}

impl InputFormat {
    /// The format an extension (without the dot, any case) stands for.
    pub fn from_extension(ext: &str) -> Option<InputFormat> {
        match ext.to_ascii_lowercase().as_str() {
            "txt" | "text" => Some(InputFormat::Text),
            "jsonl" | "ndjson" => Some(InputFormat::Jsonl),
            "xml" => Some(InputFormat::Xml),
            "conllu" | "conll" => Some(InputFormat::Conllu),
            _ => None,
        }
    }

    /// Guesses the format from the first bytes of an input: `{` → JSON Lines, `<` → XML,
    /// lines like `1\tword\t…` → CoNLL-U, anything else → text.
    pub fn sniff(head: &[u8]) -> InputFormat {
        let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
        let start = head.iter().position(|b| !b.is_ascii_whitespace());
        match start.map(|i| head[i]) {
            Some(b'{') => return InputFormat::Jsonl,
            Some(b'<') => return InputFormat::Xml,
            None => return InputFormat::Text,
            _ => {}
        }
        let mut saw_word = false;
        for line in head.split(|&b| b == b'\n') {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            if line.is_empty() || line.starts_with(b"#") {
                continue;
            }
            let first = line.split(|&b| b == b'\t').next().unwrap_or(b"");
            let tabs = line.iter().filter(|&&b| b == b'\t').count();
            let id_like = !first.is_empty()
                && first[0].is_ascii_digit()
                && first
                    .iter()
                    .all(|b| b.is_ascii_digit() || *b == b'-' || *b == b'.');
            if id_like && tabs == 9 {
                saw_word = true;
            } else if id_like && tabs > 0 {
                // Probably a line cut by the end of the sniffed buffer.
                continue;
            } else {
                return InputFormat::Text;
            }
            break;
        }
        if saw_word {
            InputFormat::Conllu
        } else {
            InputFormat::Text
        }
    }

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            InputFormat::Auto => "auto",
            InputFormat::Text => "text",
            InputFormat::Jsonl => "jsonl",
            InputFormat::Xml => "xml",
            InputFormat::Conllu => "conllu",
        }
    }
}

impl fmt::Display for InputFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for InputFormat {
    type Err = ReadError;
    fn from_str(s: &str) -> Result<InputFormat, ReadError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "auto" => Ok(InputFormat::Auto),
            "text" | "txt" => Ok(InputFormat::Text),
            "jsonl" | "ndjson" => Ok(InputFormat::Jsonl),
            "xml" => Ok(InputFormat::Xml),
            "conllu" | "conll" => Ok(InputFormat::Conllu),
            _ => Err(ReadError::UnknownFormat {
                given: s.to_string(),
            }),
        }
    }
}

/// What the readers produce: an article, or a problem found on the way.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    /// An article read from the input.
    Article(Article),
    /// A warning (something was repaired) or an error (something was skipped).
    Diagnostic(Diagnostic),
}

/// The problems readers find. They reach callers as the message of a
/// [`Diagnostic`](tern_core::Diagnostic), which adds the path and line.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// `--input-format` named no known format.
    #[error(
        "unknown input format {given:?} (expected one of: auto, text, txt, jsonl, xml, conllu)"
    )]
    UnknownFormat {
        /// What was given.
        given: String,
    },
    /// The path does not exist.
    #[error("no such file or directory")]
    NotFound,
    /// A file named explicitly holds binary data.
    #[error("not a text file (found a NUL byte near byte {at}); skipped")]
    Binary {
        /// Offset of the NUL byte.
        at: usize,
    },
    /// Reading failed.
    #[error("{0}")]
    Io(#[from] io::Error),
    /// A line over the limit was skipped.
    #[error("line longer than {limit} bytes skipped ({len} bytes)")]
    LineTooLong {
        /// Length of the line in bytes (with its newline).
        len: u64,
        /// The limit.
        limit: usize,
    },
    /// A JSON line did not parse.
    #[error("malformed JSON at column {column}: {message}")]
    Json {
        /// 1-based column of the problem.
        column: usize,
        /// serde_json's description.
        message: String,
    },
    /// A JSON line held something other than an object.
    #[error("expected a JSON object, found {found}")]
    NotObject {
        /// What was found (`an array`, …).
        found: &'static str,
    },
    /// A required field is absent (or null).
    #[error("`{field}` is missing (expected {expected})")]
    MissingField {
        /// Field name.
        field: &'static str,
        /// What was expected.
        expected: &'static str,
    },
    /// A required field is an empty string.
    #[error("`{field}` is empty")]
    EmptyField {
        /// Field name.
        field: &'static str,
    },
    /// A field has the wrong JSON type.
    #[error("`{field}` must be {expected}, found {found}")]
    WrongType {
        /// Field name.
        field: &'static str,
        /// What was expected.
        expected: &'static str,
        /// What was found.
        found: &'static str,
    },
    /// A date did not parse.
    #[error("`{field}`: {value:?} is not a date (expected {expected})")]
    BadDate {
        /// Field or attribute name.
        field: &'static str,
        /// The value given.
        value: String,
        /// The forms accepted.
        expected: &'static str,
    },
    /// A CoNLL-U line is malformed.
    #[error("malformed CoNLL-U line: {0}")]
    Conllu(String),
}

/// A reader of one input in one format.
trait FormatReader: Send {
    /// Pushes the next record(s) to `out`; returns false when the input is exhausted and
    /// nothing was pushed.
    fn fill(&mut self, out: &mut VecDeque<Record>) -> bool;
}

type Input<'a> = Box<dyn BufRead + Send + 'a>;

/// The file name without directories and extension (`-` → `stdin`).
fn stem(path: &str) -> String {
    if path == "-" {
        return "stdin".to_string();
    }
    let p = Path::new(path);
    p.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| path.to_string())
}

/// A wire-service dateline at the start of a lead: `NAIROBI, Kenya (AP) _ …` →
/// `NAIROBI, Kenya`; `BELGRADE — …` → `BELGRADE`. The place must start in capitals.
fn lead_dateline(text: &str) -> Option<String> {
    let text = text.trim_start();
    // Cheap rejection first: the lead must open with a word in capitals.
    let word = text.split([' ', ',']).next().unwrap_or("");
    if word.len() < 3
        || !word
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '-'))
    {
        return None;
    }
    let mut n = text.len().min(80);
    while !text.is_char_boundary(n) {
        n -= 1;
    }
    let window = &text[..n];
    let mut end = None;
    for sep in [" (", " _ ", " — ", " – ", " -- ", " - "] {
        if let Some(i) = window.find(sep) {
            if end.is_none_or(|(e, _)| i < e) {
                end = Some((i, sep));
            }
        }
    }
    let (i, sep) = end?;
    let place = &window[..i];
    if sep == " (" {
        // An agency in parentheses must be followed by a dash or underscore.
        let rest = &window[i + 2..];
        let close = rest.find(')')?;
        let after = &rest[close + 1..];
        if !(after.starts_with(" _ ")
            || after.starts_with(" — ")
            || after.starts_with(" – ")
            || after.starts_with(" -- ")
            || after.starts_with(" - "))
        {
            return None;
        }
    }
    let first = place.split(',').next()?.trim();
    let letters = first.chars().filter(|c| c.is_alphabetic()).count();
    let caps_ok = first
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '-'));
    if letters < 3
        || !caps_ok
        || place.len() > 50
        || place.contains(['.', ';', ':']) && !first.contains('.')
    {
        return None;
    }
    Some(place.trim().to_string())
}

fn reader_for<'a>(format: InputFormat, input: Input<'a>, path: &str) -> Box<dyn FormatReader + 'a> {
    match format {
        InputFormat::Jsonl => Box::new(jsonl::JsonlReader::new(input, path)),
        InputFormat::Xml => Box::new(xml::XmlReader::new(input, path)),
        InputFormat::Conllu => Box::new(conllu::ConlluReader::new(input, path)),
        InputFormat::Text | InputFormat::Auto => Box::new(text::TextReader::new(input, path)),
    }
}

const SNIFF_BYTES: usize = 8 << 10;

/// Reads the first bytes of `input` for sniffing, and gives back an input that still
/// starts at the beginning.
fn sniffed<'a>(mut input: Input<'a>) -> io::Result<(InputFormat, Option<usize>, Input<'a>)> {
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    (&mut input)
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut head)?;
    let format = InputFormat::sniff(&head);
    let nul = memchr::memchr(0, &head);
    let rest: Input<'a> = Box::new(BufReader::with_capacity(
        64 << 10,
        Cursor::new(head).chain(input),
    ));
    Ok((format, nul, rest))
}

/// Reads the records of one input into `out`, through a boxed reader.
fn open<'a>(
    name: &str,
    input: Input<'a>,
    format: InputFormat,
    sniff: bool,
) -> Result<Box<dyn FormatReader + 'a>, ReadError> {
    let mut format = format;
    let mut input = input;
    if format == InputFormat::Auto {
        let by_ext = if name == "-" {
            None
        } else {
            Path::new(name)
                .extension()
                .and_then(|e| e.to_str())
                .and_then(InputFormat::from_extension)
        };
        match by_ext {
            Some(f) => format = f,
            None => {
                let (f, nul, rest) = sniffed(input)?;
                if sniff {
                    if let Some(at) = nul {
                        return Err(ReadError::Binary { at });
                    }
                }
                format = f;
                input = rest;
            }
        }
    }
    Ok(reader_for(format, input, name))
}

/// Reads an in-memory buffer: `name` is used in diagnostics and ids, and (in `Auto` mode)
/// its extension picks the format (else the content is sniffed).
pub fn read_bytes(name: &str, bytes: &[u8], format: InputFormat) -> Vec<Record> {
    let mut out = VecDeque::new();
    match open(name, Box::new(bytes), format, true) {
        Ok(mut reader) => while reader.fill(&mut out) {},
        Err(e) => out.push_back(Record::Diagnostic(Diagnostic::error(
            name,
            None,
            e.to_string(),
        ))),
    }
    out.into()
}

/// Streams every article of every input in order (files, directories recursively in sorted
/// path order, `-` = standard input), interleaved with diagnostics. Lazy: memory is bounded
/// by the largest single record, not the file size.
///
/// In `Auto` mode, files inside directories are read only when their extension is known;
/// hidden files and directories (`.name`) are skipped.
pub fn read_inputs(inputs: &[String], format: InputFormat) -> Records {
    Records {
        queue: inputs.iter().map(|p| Pending::Given(p.clone())).collect(),
        format,
        current: None,
        out: VecDeque::new(),
    }
}

enum Pending {
    /// A path as the user gave it.
    Given(String),
    /// A file found inside a directory.
    Found(PathBuf),
}

/// The iterator [`read_inputs`] returns.
pub struct Records {
    queue: VecDeque<Pending>,
    format: InputFormat,
    current: Option<Box<dyn FormatReader + 'static>>,
    out: VecDeque<Record>,
}

impl fmt::Debug for Records {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Records")
            .field("inputs_left", &self.queue.len())
            .field("format", &self.format)
            .finish_non_exhaustive()
    }
}

impl Records {
    fn error(&mut self, path: &str, e: ReadError) {
        self.out.push_back(Record::Diagnostic(Diagnostic::error(
            path,
            None,
            e.to_string(),
        )));
    }

    /// Starts the next input; false when there are none left.
    fn start_next(&mut self) -> bool {
        let Some(next) = self.queue.pop_front() else {
            return false;
        };
        let (path, given) = match next {
            Pending::Given(p) => (p, true),
            Pending::Found(p) => (p.to_string_lossy().into_owned(), false),
        };
        if given && path == "-" {
            let input: Input<'static> = Box::new(BufReader::with_capacity(64 << 10, io::stdin()));
            match open("-", input, self.format, false) {
                Ok(r) => self.current = Some(r),
                Err(e) => self.error("-", e),
            }
            return true;
        }
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                self.error(&path, ReadError::NotFound);
                return true;
            }
            Err(e) => {
                self.error(&path, ReadError::Io(e));
                return true;
            }
        };
        if meta.is_dir() {
            let mut found = Vec::new();
            self.walk(Path::new(&path), &mut found);
            found.sort();
            for f in found.into_iter().rev() {
                self.queue.push_front(Pending::Found(f));
            }
            return true;
        }
        if !given && self.format == InputFormat::Auto {
            let known = Path::new(&path)
                .extension()
                .and_then(|e| e.to_str())
                .and_then(InputFormat::from_extension);
            if known.is_none() {
                return true;
            }
        }
        match File::open(&path) {
            Ok(f) => {
                let input: Input<'static> = Box::new(BufReader::with_capacity(64 << 10, f));
                match open(&path, input, self.format, true) {
                    Ok(r) => self.current = Some(r),
                    Err(e) => self.error(&path, e),
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => self.error(&path, ReadError::NotFound),
            Err(e) => self.error(&path, ReadError::Io(e)),
        }
        true
    }

    /// Collects the non-hidden files under `dir` (not following directory symlinks).
    fn walk(&mut self, dir: &Path, found: &mut Vec<PathBuf>) {
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => {
                self.error(&dir.to_string_lossy(), ReadError::Io(e));
                return;
            }
        };
        for entry in entries {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    self.error(&dir.to_string_lossy(), ReadError::Io(e));
                    continue;
                }
            };
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            match entry.file_type() {
                Ok(t) if t.is_dir() => self.walk(&path, found),
                Ok(t) if t.is_file() => found.push(path),
                Ok(_) => {
                    // A symlink: follow it only to a file.
                    if path.is_file() {
                        found.push(path);
                    }
                }
                Err(e) => self.error(&path.to_string_lossy(), ReadError::Io(e)),
            }
        }
    }
}

impl Iterator for Records {
    type Item = Record;
    fn next(&mut self) -> Option<Record> {
        loop {
            if let Some(r) = self.out.pop_front() {
                return Some(r);
            }
            match self.current.as_mut() {
                Some(reader) => {
                    if !reader.fill(&mut self.out) {
                        self.current = None;
                    }
                }
                None => {
                    if !self.start_next() {
                        return None;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names() {
        assert_eq!("txt".parse::<InputFormat>().unwrap(), InputFormat::Text);
        assert_eq!(
            "CoNLLU".parse::<InputFormat>().unwrap(),
            InputFormat::Conllu
        );
        let e = "csv".parse::<InputFormat>().unwrap_err().to_string();
        assert_eq!(
            e,
            "unknown input format \"csv\" (expected one of: auto, text, txt, jsonl, xml, conllu)"
        );
    }

    #[test]
    fn sniffing() {
        assert_eq!(InputFormat::sniff(b"  {\"id\": 1}"), InputFormat::Jsonl);
        assert_eq!(
            InputFormat::sniff(b"\xEF\xBB\xBF<Sentences>"),
            InputFormat::Xml
        );
        assert_eq!(
            InputFormat::sniff(b"# sent_id = 1\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n"),
            InputFormat::Conllu
        );
        assert_eq!(
            InputFormat::sniff(b"Rebels seized the town.\n"),
            InputFormat::Text
        );
        assert_eq!(InputFormat::sniff(b"1999 was a year.\n"), InputFormat::Text);
    }

    #[test]
    fn unknown_extension_is_sniffed() {
        let recs = read_bytes(
            "feed.dat",
            b"{\"id\": \"x\", \"text\": \"Hello.\"}\n",
            InputFormat::Auto,
        );
        assert!(matches!(&recs[0], Record::Article(a) if a.id == "x"));
        let recs = read_bytes("blob.bin", b"PK\x03\x04\x00\x00", InputFormat::Auto);
        let Record::Diagnostic(d) = &recs[0] else {
            panic!()
        };
        assert_eq!(
            d.to_string(),
            "blob.bin: error: not a text file (found a NUL byte near byte 4); skipped"
        );
    }

    #[test]
    fn lead_datelines() {
        assert_eq!(
            lead_dateline("NAIROBI, Kenya (AP) _ Thousands of laborers").as_deref(),
            Some("NAIROBI, Kenya")
        );
        assert_eq!(
            lead_dateline("BELGRADE — The minister said").as_deref(),
            Some("BELGRADE")
        );
        assert_eq!(lead_dateline("NATO (the alliance) said on Monday"), None);
        assert_eq!(lead_dateline("Police said - on Monday"), None);
        assert_eq!(lead_dateline("US - Talks"), None);
    }

    #[test]
    fn missing_paths_and_directories() {
        let dir = std::env::temp_dir().join(format!("tern-read-test-{}", std::process::id()));
        let sub = dir.join("b");
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::create_dir_all(dir.join(".git")).unwrap();
        std::fs::write(
            dir.join("a.jsonl"),
            "{\"id\": \"one\", \"text\": \"First.\"}\n",
        )
        .unwrap();
        std::fs::write(sub.join("c.txt"), "Title\n\nBody two.\n").unwrap();
        std::fs::write(dir.join("notes.md"), "# not read\n").unwrap();
        std::fs::write(dir.join(".hidden.txt"), "Hidden\n\nNo.\n").unwrap();
        std::fs::write(dir.join(".git").join("x.txt"), "Hidden\n\nNo.\n").unwrap();
        let missing = dir.join("missing.txt").to_string_lossy().into_owned();
        let inputs = [missing.clone(), dir.to_string_lossy().into_owned()];
        let got: Vec<String> = read_inputs(&inputs, InputFormat::Auto)
            .map(|r| match r {
                Record::Article(a) => format!("article {}", a.id),
                Record::Diagnostic(d) => d.to_string(),
            })
            .collect();
        assert_eq!(
            got,
            [
                format!("{missing}: error: no such file or directory"),
                "article one".to_string(),
                "article c".to_string(),
            ]
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn stdin_content_is_sniffed() {
        let recs = read_bytes(
            "-",
            b"\n{\"id\": \"s1\", \"text\": \"Hi.\"}\n",
            InputFormat::Auto,
        );
        assert!(matches!(&recs[..], [Record::Article(a)] if a.id == "s1" && a.origin.path == "-"));
        let recs = read_bytes(
            "-",
            b"<Sentences><Sentence id=\"Q-1\"><Text>Hi.</Text></Sentence></Sentences>",
            InputFormat::Auto,
        );
        assert!(matches!(&recs[..], [Record::Article(a)] if a.id == "Q"));
        let recs = read_bytes(
            "-",
            b"1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n",
            InputFormat::Auto,
        );
        assert!(
            matches!(&recs[..], [Record::Article(a)] if a.id == "stdin" && a.segments.len() == 1)
        );
    }

    #[test]
    fn records_is_send() {
        fn is_send<T: Send>(_: &T) {}
        is_send(&read_inputs(&[], InputFormat::Auto));
    }
}
