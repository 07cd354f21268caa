//! JSON Lines: one article a line.

use crate::lines::{LineReader, Mode};
use crate::{FormatReader, ReadError, Record};
use serde::Deserialize;
use serde_json::Value;
use std::collections::VecDeque;
use std::io::BufRead;
use tern_core::{Article, Date, Diagnostic, Origin};

/// A JSON line longer than this is skipped (read through without being kept).
pub const JSONL_MAX_LINE: usize = 32 << 20;

/// The fields tern reads; others are ignored without being built.
#[derive(Deserialize)]
struct RawRecord {
    #[serde(default, alias = "doc_id")]
    id: Option<Value>,
    #[serde(default, alias = "doc_text")]
    text: Option<Value>,
    #[serde(default)]
    date: Option<Value>,
    #[serde(default)]
    title: Option<Value>,
    #[serde(default)]
    url: Option<Value>,
    #[serde(default)]
    source: Option<Value>,
}

pub(crate) struct JsonlReader<R> {
    lines: LineReader<R>,
    path: String,
    line: String,
    max_line: usize,
    done: bool,
}

impl<R: BufRead + Send> JsonlReader<R> {
    pub(crate) fn new(inner: R, path: &str) -> Self {
        Self::with_max_line(inner, path, JSONL_MAX_LINE)
    }

    pub(crate) fn with_max_line(inner: R, path: &str, max_line: usize) -> Self {
        JsonlReader {
            lines: LineReader::new(inner, max_line, Mode::Skip),
            path: path.to_string(),
            line: String::new(),
            max_line,
            done: false,
        }
    }
}

impl<R: BufRead + Send> FormatReader for JsonlReader<R> {
    fn fill(&mut self, out: &mut VecDeque<Record>) -> bool {
        if self.done {
            return false;
        }
        loop {
            self.line.clear();
            match self.lines.next_line(&mut self.line) {
                Ok(Some(info)) => {
                    let at = Some(info.number);
                    if let Some(len) = info.too_long {
                        let e = ReadError::LineTooLong {
                            len,
                            limit: self.max_line,
                        };
                        out.push_back(Record::Diagnostic(Diagnostic::error(
                            &self.path,
                            at,
                            e.to_string(),
                        )));
                        return true;
                    }
                    let line = self.line.trim();
                    if line.is_empty() {
                        continue;
                    }
                    let record = match parse_record(line) {
                        Ok(mut a) => {
                            a.origin = Origin {
                                path: self.path.clone(),
                                line: at,
                            };
                            Record::Article(a)
                        }
                        Err(e) => {
                            Record::Diagnostic(Diagnostic::error(&self.path, at, e.to_string()))
                        }
                    };
                    out.push_back(record);
                    return true;
                }
                Ok(None) => break,
                Err(e) => {
                    out.push_back(Record::Diagnostic(Diagnostic::error(
                        &self.path,
                        Some(self.lines.line()),
                        ReadError::Io(e).to_string(),
                    )));
                    break;
                }
            }
        }
        self.done = true;
        if let Some(w) = self.lines.utf8_warning(&self.path) {
            out.push_back(Record::Diagnostic(w));
        }
        true
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn optional_string(field: &'static str, v: Option<Value>) -> Result<Option<String>, ReadError> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(ReadError::WrongType {
            field,
            expected: "a string",
            found: kind(&other),
        }),
    }
}

/// Parses one JSON line into an article (origin left empty).
pub(crate) fn parse_record(line: &str) -> Result<Article, ReadError> {
    if !line.starts_with('{') {
        if let Ok(v) = serde_json::from_str::<Value>(line) {
            return Err(ReadError::NotObject { found: kind(&v) });
        }
    }
    let raw: RawRecord = match serde_json::from_str(line) {
        Ok(r) => r,
        Err(e) => {
            let msg = e.to_string();
            let msg = msg
                .rfind(" at line ")
                .map_or(msg.as_str(), |i| &msg[..i])
                .to_string();
            return Err(ReadError::Json {
                column: e.column(),
                message: msg,
            });
        }
    };
    let id = match raw.id {
        None | Some(Value::Null) => {
            return Err(ReadError::MissingField {
                field: "id",
                expected: "a string or number",
            })
        }
        Some(Value::String(s)) => s,
        Some(Value::Number(n)) => n.to_string(),
        Some(other) => {
            return Err(ReadError::WrongType {
                field: "id",
                expected: "a string or number",
                found: kind(&other),
            })
        }
    };
    if id.trim().is_empty() {
        return Err(ReadError::EmptyField { field: "id" });
    }
    let text = match raw.text {
        None | Some(Value::Null) => {
            return Err(ReadError::MissingField {
                field: "text",
                expected: "a string",
            })
        }
        Some(Value::String(s)) => s,
        Some(other) => {
            return Err(ReadError::WrongType {
                field: "text",
                expected: "a string",
                found: kind(&other),
            })
        }
    };
    let date = match optional_string("date", raw.date)? {
        None => None,
        Some(s) => match Date::parse(&s) {
            Some(d) => Some(d),
            None => {
                return Err(ReadError::BadDate {
                    field: "date",
                    value: s,
                    expected: "YYYY-MM-DD or RFC 3339",
                })
            }
        },
    };
    let title = optional_string("title", raw.title)?;
    let url = optional_string("url", raw.url)?;
    let source = optional_string("source", raw.source)?;
    let dateline = crate::lead_dateline(&text);
    Ok(Article {
        id,
        date,
        title,
        dateline,
        url,
        source,
        text,
        ..Article::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{read_bytes, InputFormat};

    fn read(input: &str) -> Vec<Record> {
        read_bytes("feed.jsonl", input.as_bytes(), InputFormat::Auto)
    }

    fn shown(records: &[Record]) -> Vec<String> {
        records
            .iter()
            .map(|r| match r {
                Record::Article(a) => format!("article {}", a.id),
                Record::Diagnostic(d) => d.to_string(),
            })
            .collect()
    }

    #[test]
    fn reads_fields_and_origin() {
        let recs = read(concat!(
            r#"{"id": "afp-1", "date": "2014-03-02T10:00:00Z", "title": "Talks resume", "url": "https://example.org/a", "source": "AFP", "text": "Kenya and Uganda resumed talks.", "extra": [1, 2]}"#,
            "\n\n",
            r#"{"id": 77, "text": "Second story.", "date": null, "title": ""}"#,
            "\n"
        ));
        assert_eq!(recs.len(), 2);
        let Record::Article(a) = &recs[0] else {
            panic!()
        };
        assert_eq!(a.id, "afp-1");
        assert_eq!(a.date, Date::new(2014, 3, 2));
        assert_eq!(a.title.as_deref(), Some("Talks resume"));
        assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(a.source.as_deref(), Some("AFP"));
        assert_eq!(a.text, "Kenya and Uganda resumed talks.");
        assert_eq!(a.origin.line, Some(1));
        let Record::Article(b) = &recs[1] else {
            panic!()
        };
        assert_eq!(b.id, "77");
        assert_eq!((b.date, b.title.as_deref()), (None, None));
        assert_eq!(b.origin.line, Some(3));
    }

    #[test]
    fn bad_lines_are_reported_and_skipped() {
        let recs = read(concat!(
            r#"{"id": "a", "text": "fine"}"#,
            "\n",
            r#"{"id": "b", "text": "broken"#,
            "\n",
            r#"{"text": "no id"}"#,
            "\n",
            r#"{"id": "c", "text": 5}"#,
            "\n",
            r#"{"id": "d", "text": "x", "date": "13/11/2013"}"#,
            "\n",
            r#"{"id": "e", "text": "x", "title": ["t"]}"#,
            "\n",
            r#"["not", "an", "object"]"#,
            "\n",
            r#"{"id": "f", "text": "last one"}"#,
        ));
        assert_eq!(
            shown(&recs),
            [
                "article a",
                "feed.jsonl:2: error: malformed JSON at column 27: EOF while parsing a string",
                "feed.jsonl:3: error: `id` is missing (expected a string or number)",
                "feed.jsonl:4: error: `text` must be a string, found a number",
                "feed.jsonl:5: error: `date`: \"13/11/2013\" is not a date (expected YYYY-MM-DD or RFC 3339)",
                "feed.jsonl:6: error: `title` must be a string, found an array",
                "feed.jsonl:7: error: expected a JSON object, found an array",
                "article f",
            ]
        );
    }

    #[test]
    fn long_line_is_skipped_in_bounded_memory() {
        let mut input =
            String::from("{\"id\": \"a\", \"text\": \"short\"}\n{\"id\": \"big\", \"text\": \"");
        input.push_str(&"word ".repeat(400));
        input.push_str("\"}\n{\"id\": \"z\", \"text\": \"after\"}\n");
        let mut r = JsonlReader::with_max_line(input.as_bytes(), "big.jsonl", 256);
        let mut out = VecDeque::new();
        while r.fill(&mut out) {}
        assert_eq!(
            shown(out.make_contiguous()),
            [
                "article a",
                "big.jsonl:2: error: line longer than 256 bytes skipped (2026 bytes)",
                "article z"
            ]
        );
    }

    #[test]
    fn invalid_utf8_is_replaced_with_a_warning() {
        let mut bytes = br#"{"id": "a", "text": "caf"#.to_vec();
        bytes.push(0xE9);
        bytes.extend_from_slice(b"\"}\n");
        let recs = read_bytes("latin1.jsonl", &bytes, InputFormat::Jsonl);
        let Record::Article(a) = &recs[0] else {
            panic!()
        };
        assert_eq!(a.text, "caf\u{FFFD}");
        assert_eq!(
            shown(&recs[1..]),
            ["latin1.jsonl: byte 24: warning: invalid UTF-8 replaced with U+FFFD"]
        );
    }
}
