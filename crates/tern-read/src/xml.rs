//! PETRARCH XML: `<Sentence id date …><Text>…</Text><Parse>…</Parse></Sentence>` records and
//! the `<Config option value>` elements between them.
//!
//! The file is scanned (in bounded memory) for sentence chunks, comments and `Config` tags;
//! each sentence chunk is parsed on its own with quick-xml, so one malformed sentence costs
//! only itself. Known quirks of published files are read anyway and reported once per file
//! as warnings: a `<Sentence …/>` that is self-closed and then closed again with its `Text`
//! beside it, and text outside any element (`#` banner lines).

use crate::lines::{LineReader, Mode};
use crate::text::TEXT_SPLIT_BYTES;
use crate::{FormatReader, ReadError, Record};
use memchr::memmem;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::VecDeque;
use std::io::BufRead;
use tern_core::{Article, Date, Diagnostic, Origin, Segment, Span};

/// A single `<Sentence>` (or other construct) longer than this is skipped.
pub const XML_MAX_RECORD: usize = 32 << 20;
const PIECE_BYTES: usize = 1 << 20;

#[derive(Default)]
struct Quirk {
    count: usize,
    first_line: usize,
}

impl Quirk {
    fn note(&mut self, line: usize) {
        if self.count == 0 {
            self.first_line = line;
        }
        self.count += 1;
    }
}

struct Group {
    story: String,
    date: Option<Date>,
    config_version: u64,
    article: Article,
}

/// One parsed `<Sentence>`.
struct Parsed {
    id: Option<String>,
    date: Option<String>,
    attrs: Vec<(String, String)>,
    text: Option<String>,
    parse: Option<String>,
}

enum Step {
    Progress,
    NeedMore,
}

pub(crate) struct XmlReader<R> {
    lines: LineReader<R>,
    path: String,
    pending: String,
    /// Start of the unread part of `pending` (consumed text is dropped in bulk).
    head: usize,
    /// Line number of `pending[head]`.
    pending_line: usize,
    /// How far the search for the end of the current construct got.
    resume: usize,
    eof: bool,
    done: bool,
    config: Vec<(String, String)>,
    config_version: u64,
    stack: Vec<String>,
    group: Option<Group>,
    stray: Quirk,
    self_closed: Quirk,
    max_record: usize,
    /// After an over-long sentence: drop input up to its end.
    skipping: bool,
}

impl<R: BufRead + Send> XmlReader<R> {
    pub(crate) fn new(inner: R, path: &str) -> Self {
        Self::with_max_record(inner, path, XML_MAX_RECORD)
    }

    pub(crate) fn with_max_record(inner: R, path: &str, max_record: usize) -> Self {
        XmlReader {
            lines: LineReader::new(inner, PIECE_BYTES.min(max_record), Mode::Pieces),
            path: path.to_string(),
            pending: String::new(),
            head: 0,
            pending_line: 1,
            resume: 0,
            eof: false,
            done: false,
            config: Vec::new(),
            config_version: 0,
            stack: Vec::new(),
            group: None,
            stray: Quirk::default(),
            self_closed: Quirk::default(),
            max_record,
            skipping: false,
        }
    }

    fn error(&self, line: usize, msg: impl Into<String>) -> Record {
        Record::Diagnostic(Diagnostic::error(&self.path, Some(line), msg))
    }

    /// Reads one more piece into `pending`; false at the end of the input.
    fn more(&mut self, out: &mut VecDeque<Record>) -> bool {
        if self.eof {
            return false;
        }
        match self.lines.next_line(&mut self.pending) {
            Ok(Some(_)) => true,
            Ok(None) => {
                self.eof = true;
                false
            }
            Err(e) => {
                let line = self.lines.line();
                out.push_back(self.error(line, ReadError::Io(e).to_string()));
                self.eof = true;
                false
            }
        }
    }

    /// The unread part of `pending`.
    fn view(&self) -> &str {
        &self.pending[self.head..]
    }

    /// Drops the first `n` unread bytes, keeping the line count.
    fn advance(&mut self, n: usize) {
        let n = n.min(self.view().len());
        let consumed = &self.pending.as_bytes()[self.head..self.head + n];
        self.pending_line += memchr::memchr_iter(b'\n', consumed).count();
        self.head += n;
        if self.head == self.pending.len() {
            self.pending.clear();
            self.head = 0;
        } else if self.head > (64 << 10) && self.head > self.pending.len() / 2 {
            self.pending.drain(..self.head);
            self.head = 0;
        }
        self.resume = 0;
    }

    fn line_at(&self, pos: usize) -> usize {
        let pos = pos.min(self.view().len());
        self.pending_line + memchr::memchr_iter(b'\n', &self.view().as_bytes()[..pos]).count()
    }

    /// Text outside sentences: ignored, but noted when it is not inside any leaf element.
    fn note_text(&mut self, end: usize) {
        let text = &self.view()[..end];
        if let Some(i) = text.find(|c: char| !c.is_whitespace()) {
            let outside = match self.stack.last().map(String::as_str) {
                None | Some("Validation" | "Sentences" | "Environment") => true,
                Some(_) => false,
            };
            if outside {
                let line = self.line_at(i);
                self.stray.note(line);
            }
        }
    }

    /// The construct at the start of `pending` is incomplete.
    fn incomplete(&mut self, what: &str, out: &mut VecDeque<Record>) -> Step {
        if self.view().len() > self.max_record {
            let line = self.pending_line;
            let msg = format!("{what} longer than {} bytes skipped", self.max_record);
            out.push_back(self.error(line, msg));
            self.skipping = what.starts_with("`<Sentence>`");
            let n = self.view().len();
            self.advance(n);
            return Step::Progress;
        }
        if self.eof {
            let line = self.pending_line;
            out.push_back(self.error(line, format!("{what} not closed at the end of the file")));
            let n = self.view().len();
            self.advance(n);
            return Step::Progress;
        }
        Step::NeedMore
    }

    fn step(&mut self, out: &mut VecDeque<Record>) -> Step {
        if self.skipping {
            let b = self.view().as_bytes();
            if let Some((_, end)) = find_close(b, 0) {
                self.skipping = false;
                self.advance(end);
                return Step::Progress;
            }
            if let Some(next) = tag_at_or_after(b, 0, b"<Sentence") {
                self.skipping = false;
                self.advance(next);
                return Step::Progress;
            }
            let mut keep = b.len().saturating_sub(12);
            while !self.view().is_char_boundary(keep) {
                keep -= 1;
            }
            self.advance(keep);
            if self.eof {
                self.skipping = false;
                let n = self.view().len();
                self.advance(n);
            }
            return Step::NeedMore;
        }
        let Some(lt) = memchr::memchr(b'<', self.view().as_bytes()) else {
            self.note_text(self.view().len());
            let n = self.view().len();
            self.advance(n);
            return Step::NeedMore;
        };
        if lt > 0 {
            self.note_text(lt);
            self.advance(lt);
        }
        let b = self.view().as_bytes();
        if b.len() < 12 && !self.eof && !b.contains(&b'>') {
            return Step::NeedMore;
        }
        if b.starts_with(b"<!--") {
            let from = self.resume.max(4);
            return match memmem::find(&b[from..], b"-->") {
                Some(i) => {
                    self.advance(from + i + 3);
                    Step::Progress
                }
                None => {
                    self.resume = b.len().saturating_sub(2);
                    self.incomplete("comment", out)
                }
            };
        }
        if b.starts_with(b"<![CDATA[") {
            return match memmem::find(&b[9..], b"]]>") {
                Some(i) => {
                    self.advance(9 + i + 3);
                    Step::Progress
                }
                None => self.incomplete("CDATA section", out),
            };
        }
        if tag_at(b, 0, b"<Sentence").is_some() {
            return self.sentence(out);
        }
        let Some(gt) = memchr::memchr(b'>', b) else {
            return self.incomplete("tag", out);
        };
        let inner = &self.pending[self.head + 1..self.head + gt];
        if let Some(end) = inner.strip_prefix('/') {
            let name = end.trim();
            if self.stack.last().is_some_and(|top| top == name) {
                self.stack.pop();
            }
        } else if !inner.starts_with(['?', '!']) {
            let empty = inner.ends_with('/');
            let body = inner.strip_suffix('/').unwrap_or(inner);
            let name_len = body.find(|c: char| c.is_whitespace()).unwrap_or(body.len());
            let name = &body[..name_len];
            if name == "Config" {
                let line = self.pending_line;
                let start = BytesStart::from_content(body, name_len);
                match config_pair(&start) {
                    Ok((option, value)) => {
                        if let Some(slot) = self.config.iter_mut().find(|(k, _)| *k == option) {
                            slot.1 = value;
                        } else {
                            self.config.push((option, value));
                        }
                        self.config_version += 1;
                    }
                    Err(msg) => {
                        out.push_back(self.error(line, format!("`<Config>`: {msg}; ignored")))
                    }
                }
            }
            if !empty && !name.is_empty() {
                let name = name.to_string();
                self.stack.push(name);
            }
        }
        self.advance(gt + 1);
        Step::Progress
    }

    /// `pending` starts with a `<Sentence` tag.
    fn sentence(&mut self, out: &mut VecDeque<Record>) -> Step {
        let b = self.view().as_bytes();
        let Some(gt) = memchr::memchr(b'>', b) else {
            return self.incomplete("`<Sentence>` tag", out);
        };
        let self_closed = b[gt - 1] == b'/';
        let from = self.resume.max(gt + 1);
        let start_line = self.pending_line;
        let (chunk_end, closed) = match sentence_end(b, from) {
            End::Close(end) => (end, true),
            End::Boundary(at) => (at, false),
            End::Incomplete(_) if self.eof => (b.len(), false),
            End::Incomplete(at) => {
                self.resume = at.max(gt + 1);
                return self.incomplete("`<Sentence>`", out);
            }
        };
        let advance_to = chunk_end;
        if !closed && !self_closed {
            let next_line = self.line_at(chunk_end);
            let msg = if chunk_end < b.len() {
                format!("`<Sentence>` not closed before line {next_line}; skipped")
            } else {
                "`<Sentence>` not closed at the end of the file; skipped".to_string()
            };
            out.push_back(self.error(start_line, msg));
            self.advance(advance_to);
            return Step::Progress;
        }
        let result = if self_closed {
            self.self_closed.note(start_line);
            let mut fixed = String::with_capacity(chunk_end + 12);
            fixed.push_str(&self.view()[..gt - 1]);
            fixed.push_str(&self.view()[gt..chunk_end]);
            if !closed {
                fixed.push_str("</Sentence>");
            }
            parse_sentence(&fixed)
        } else {
            parse_sentence(&self.view()[..chunk_end])
        };
        let chunk = &self.view()[..chunk_end];
        let line_of = |pos: usize| {
            start_line
                + memchr::memchr_iter(b'\n', &chunk.as_bytes()[..pos.min(chunk.len())]).count()
        };
        match result {
            Ok((parsed, warnings)) => {
                for (pos, msg) in warnings {
                    let w = Diagnostic::warning(&self.path, Some(line_of(pos)), msg);
                    out.push_back(Record::Diagnostic(w));
                }
                self.add_sentence(parsed, start_line, out);
            }
            Err((pos, msg)) => {
                let line = line_of(pos);
                out.push_back(self.error(line, format!("{msg}; sentence skipped")));
            }
        }
        self.advance(advance_to);
        Step::Progress
    }

    fn add_sentence(&mut self, p: Parsed, line: usize, out: &mut VecDeque<Record>) {
        let Some(id) = p.id else {
            out.push_back(self.error(line, "`<Sentence>` has no `id` attribute; sentence skipped"));
            return;
        };
        let Some(text) = p.text else {
            out.push_back(self.error(line, format!("sentence `{id}` has no `<Text>`; skipped")));
            return;
        };
        let date = match p.date {
            None => None,
            Some(d) => match Date::parse(&d) {
                Some(d) => Some(d),
                None => {
                    // A quirk, not a reason to lose the sentence: read it undated.
                    let e = ReadError::BadDate {
                        field: "date",
                        value: d,
                        expected: "YYYYMMDD",
                    };
                    out.push_back(Record::Diagnostic(Diagnostic::warning(
                        &self.path,
                        Some(line),
                        format!("sentence `{id}`: {e}; read without a date"),
                    )));
                    None
                }
            },
        };
        let story = match id.rfind('-') {
            Some(i) if i > 0 => &id[..i],
            _ => id.as_str(),
        };
        let same = self.group.as_ref().is_some_and(|g| {
            g.story == story
                && g.date == date
                && g.config_version == self.config_version
                && g.article.text.len() < TEXT_SPLIT_BYTES
        });
        if !same {
            if let Some(g) = self.group.take() {
                out.push_back(Record::Article(g.article));
            }
            let mut article = Article::new(story, String::new());
            article.date = date;
            article.source = p
                .attrs
                .iter()
                .find(|(k, _)| k == "source")
                .map(|(_, v)| v.clone());
            article.config = self.config.clone();
            article.origin = Origin {
                path: self.path.clone(),
                line: Some(line),
            };
            self.group = Some(Group {
                story: story.to_string(),
                date,
                config_version: self.config_version,
                article,
            });
        }
        let Some(g) = self.group.as_mut() else {
            return;
        };
        let a = &mut g.article;
        if !a.segments.is_empty() {
            a.text.push('\n');
        }
        let start = a.text.len();
        a.text.push_str(&text);
        a.segments.push(Segment {
            id: Some(id),
            span: Span::new(start, a.text.len()),
            parse: p.parse,
            attrs: p.attrs,
            ..Segment::default()
        });
    }

    fn finish(&mut self, out: &mut VecDeque<Record>) {
        if let Some(g) = self.group.take() {
            out.push_back(Record::Article(g.article));
        }
        if self.self_closed.count > 0 {
            let q = &self.self_closed;
            out.push_back(Record::Diagnostic(Diagnostic::warning(
                &self.path,
                Some(q.first_line),
                format!(
                    "`<Sentence …/>` self-closed and then closed again with its content beside it (read as one sentence; {} times in this file)",
                    q.count
                ),
            )));
        }
        if self.stray.count > 0 {
            let q = &self.stray;
            out.push_back(Record::Diagnostic(Diagnostic::warning(
                &self.path,
                Some(q.first_line),
                format!(
                    "text outside any element (such as `#` banner lines) ignored ({} places in this file)",
                    q.count
                ),
            )));
        }
        if let Some(w) = self.lines.utf8_warning(&self.path) {
            out.push_back(Record::Diagnostic(w));
        }
        self.done = true;
    }
}

impl<R: BufRead + Send> FormatReader for XmlReader<R> {
    fn fill(&mut self, out: &mut VecDeque<Record>) -> bool {
        if self.done {
            return false;
        }
        let before = out.len();
        loop {
            if out.len() > before {
                return true;
            }
            if self.view().is_empty() && !self.more(out) {
                self.finish(out);
                return true;
            }
            if let Step::NeedMore = self.step(out) {
                if !self.more(out) {
                    if self.view().is_empty() {
                        self.finish(out);
                        return true;
                    }
                    // Let `step` see the end of the input.
                    if let Step::NeedMore = self.step(out) {
                        let n = self.view().len();
                        self.advance(n);
                    }
                }
            }
        }
    }
}

/// `Some(pos)` when `b[pos..]` starts with the tag `name` (followed by space, `>` or `/`).
fn tag_at(b: &[u8], pos: usize, name: &[u8]) -> Option<usize> {
    let rest = b.get(pos..)?;
    if !rest.starts_with(name) {
        return None;
    }
    match rest.get(name.len()) {
        Some(c) if c.is_ascii_whitespace() || *c == b'>' || *c == b'/' => Some(pos),
        _ => None,
    }
}

fn tag_at_or_after(b: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut from = from;
    while let Some(i) = memmem::find(b.get(from..)?, name) {
        let pos = from + i;
        if tag_at(b, pos, name).is_some() {
            return Some(pos);
        }
        from = pos + 1;
    }
    None
}

/// How a sentence chunk ends.
enum End {
    /// At its `</Sentence>`; one past the `>`.
    Close(usize),
    /// Unclosed: the next `<Sentence` or `</Sentences` starts here.
    Boundary(usize),
    /// Not in the buffer yet; resume the scan here.
    Incomplete(usize),
}

/// Scans a sentence chunk from `from` for its end, skipping comments (which may mention
/// `<Sentence>` tags).
fn sentence_end(b: &[u8], from: usize) -> End {
    let mut pos = from;
    while let Some(i) = b.get(pos..).and_then(|rest| memchr::memchr(b'<', rest)) {
        let at = pos + i;
        let rest = &b[at..];
        if rest.len() < 12 && !rest.contains(&b'>') {
            return End::Incomplete(at);
        }
        if rest.starts_with(b"<!--") {
            match memmem::find(&rest[4..], b"-->") {
                Some(j) => {
                    pos = at + 4 + j + 3;
                    continue;
                }
                None => return End::Incomplete(at),
            }
        }
        if rest.starts_with(b"</Sentences") {
            return End::Boundary(at);
        }
        if rest.starts_with(b"</Sentence") {
            let mut j = at + 10;
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            if j == b.len() {
                return End::Incomplete(at);
            }
            if b[j] == b'>' {
                return End::Close(j + 1);
            }
        } else if tag_at(b, at, b"<Sentence").is_some() {
            return End::Boundary(at);
        }
        pos = at + 1;
    }
    End::Incomplete(b.len())
}

/// The first `</Sentence>` at or after `from`: (start, one past its `>`).
fn find_close(b: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut from = from;
    while let Some(i) = memmem::find(b.get(from..)?, b"</Sentence") {
        let pos = from + i;
        let mut j = pos + 10;
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        if j < b.len() && b[j] == b'>' {
            return Some((pos, j + 1));
        }
        from = pos + 1;
    }
    None
}

fn config_pair(start: &BytesStart) -> Result<(String, String), String> {
    let mut option = None;
    let mut value = None;
    for attr in start.attributes() {
        let attr = attr.map_err(|e| e.to_string())?;
        let v = attr.unescape_value().map_err(|e| e.to_string())?;
        match attr.key.as_ref() {
            b"option" => option = Some(v.into_owned()),
            b"value" => value = Some(v.into_owned()),
            _ => {}
        }
    }
    match (option, value) {
        (Some(o), Some(v)) => Ok((o, v)),
        (None, _) => Err("no `option` attribute".into()),
        (_, None) => Err("no `value` attribute".into()),
    }
}

type Warnings = Vec<(usize, String)>;

/// Parses one `<Sentence>…</Sentence>` chunk. Errors carry the byte offset in the chunk.
fn parse_sentence(chunk: &str) -> Result<(Parsed, Warnings), (usize, String)> {
    let mut reader = Reader::from_str(chunk);
    let mut p = Parsed {
        id: None,
        date: None,
        attrs: Vec::new(),
        text: None,
        parse: None,
    };
    let mut warnings = Vec::new();
    let mut seen_sentence = false;
    // 1 = inside <Text>, 2 = inside <Parse>.
    let mut inside = 0u8;
    let mut text = String::new();
    let mut parse = String::new();
    loop {
        let pos = reader.buffer_position() as usize;
        let event = reader
            .read_event()
            .map_err(|e| (pos, format!("XML: {e}")))?;
        match event {
            Event::Start(e) | Event::Empty(e) if !seen_sentence => {
                if e.name().as_ref() != b"Sentence" {
                    return Err((pos, "expected `<Sentence>`".into()));
                }
                seen_sentence = true;
                for attr in e.attributes() {
                    let attr = attr.map_err(|e| (pos, format!("XML: {e}")))?;
                    let key = String::from_utf8_lossy(attr.key.as_ref()).into_owned();
                    let value = match attr.unescape_value() {
                        Ok(v) => v.into_owned(),
                        Err(_) => String::from_utf8_lossy(&attr.value).into_owned(),
                    };
                    match key.as_str() {
                        "id" => p.id = Some(value),
                        "date" => p.date = Some(value),
                        _ => p.attrs.push((key, value)),
                    }
                }
            }
            Event::Start(e) => match e.name().as_ref() {
                b"Text" => {
                    inside = 1;
                    p.text.get_or_insert_with(String::new);
                }
                b"Parse" => {
                    inside = 2;
                    p.parse.get_or_insert_with(String::new);
                }
                _ => {}
            },
            Event::Empty(e) if e.name().as_ref() == b"Text" => {
                p.text.get_or_insert_with(String::new);
            }
            Event::End(e) => match e.name().as_ref() {
                b"Text" | b"Parse" => inside = 0,
                b"Sentence" => break,
                _ => {}
            },
            Event::Text(t) => {
                let target = match inside {
                    1 => &mut text,
                    2 => &mut parse,
                    _ => continue,
                };
                match t.unescape() {
                    Ok(s) => target.push_str(&s),
                    Err(e) => {
                        warnings.push((pos, format!("XML: {e}; text kept as written")));
                        target.push_str(&String::from_utf8_lossy(&t));
                    }
                }
            }
            Event::CData(c) => {
                let target = match inside {
                    1 => &mut text,
                    2 => &mut parse,
                    _ => continue,
                };
                target.push_str(&String::from_utf8_lossy(&c));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if p.text.is_some() {
        p.text = Some(text.trim().to_string());
    }
    if p.parse.is_some() {
        let parse = parse.trim();
        p.parse = (!parse.is_empty()).then(|| parse.to_string());
    }
    Ok((p, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{read_bytes, InputFormat};

    fn read(input: &str) -> Vec<Record> {
        read_bytes("stories.xml", input.as_bytes(), InputFormat::Auto)
    }

    fn shown(records: &[Record]) -> Vec<String> {
        records
            .iter()
            .map(|r| match r {
                Record::Article(a) => {
                    let ids: Vec<_> = a.segments.iter().filter_map(|s| s.id.as_deref()).collect();
                    format!("article {} [{}]", a.id, ids.join(" "))
                }
                Record::Diagnostic(d) => d.to_string(),
            })
            .collect()
    }

    const SAMPLE: &str = r#"<Validation>
<!-- a comment with <Sentence id="fake-1"> inside -->
<Environment>
    <Verbfile>verbs.txt</Verbfile>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Sentence date="20140302" id="XIN20140302.0011-1" category="TEST" sentence="true">
<!-- an old copy: <Sentence id="old-1"> ... </Sentence> -->
<EventCoding sourcecode="KEN" targetcode="UGA" eventcode="036"></EventCoding>
<Text>
Kenya offered to mediate between
the two parties &amp; their allies.
</Text>
<Parse>
(ROOT (S (NP (NNP Kenya)) (VP (VBD offered))))
</Parse>
</Sentence>
<Sentence date = "20140302" id ="XIN20140302.0011-2">
<Text>Talks begin on Monday.</Text>
</Sentence>
<Config option="require_dyad" value="false"/>
<Sentence date="20140302" id="XIN20140302.0011-3"><Text>A third one.</Text></Sentence>
</Sentences>
</Validation>
"#;

    #[test]
    fn groups_sentences_of_a_story_under_one_config() {
        let recs = read(SAMPLE);
        assert_eq!(
            shown(&recs),
            [
                "article XIN20140302.0011 [XIN20140302.0011-1 XIN20140302.0011-2]",
                "article XIN20140302.0011 [XIN20140302.0011-3]",
            ]
        );
        let Record::Article(a) = &recs[0] else {
            panic!()
        };
        assert_eq!(a.date, Date::new(2014, 3, 2));
        assert_eq!(
            a.text,
            "Kenya offered to mediate between\nthe two parties & their allies.\nTalks begin on Monday."
        );
        let s = &a.segments[0];
        assert_eq!(
            &a.text[s.span.range()],
            "Kenya offered to mediate between\nthe two parties & their allies."
        );
        assert_eq!(
            s.parse.as_deref(),
            Some("(ROOT (S (NP (NNP Kenya)) (VP (VBD offered))))")
        );
        assert_eq!(
            s.attrs,
            [
                ("category".to_string(), "TEST".to_string()),
                ("sentence".to_string(), "true".to_string())
            ]
        );
        assert_eq!(
            &a.text[a.segments[1].span.range()],
            "Talks begin on Monday."
        );
        assert_eq!(a.segments[1].parse, None);
        assert_eq!(a.config("stop_on_error"), Some("True"));
        assert_eq!(a.origin.line, Some(8));
        assert_eq!(recs.len(), 2);
        let Record::Article(b) = &recs[1] else {
            panic!()
        };
        assert_eq!(b.config("require_dyad"), Some("false"));
        assert_eq!(b.config("stop_on_error"), Some("True"));
    }

    #[test]
    fn a_bad_sentence_costs_only_itself() {
        let input = r#"<Sentences>
<Sentence date="20140302" id="A-1"><Text>First.</Text></Sentence>
<Sentence date="20140302" id="B-1"><Text>Broken <b></Text>
</Sentence>
<Sentence date="2014-13-45" id="C-1"><Text>Bad date.</Text></Sentence>
<Sentence date="20140302"><Text>No id.</Text></Sentence>
<Sentence date="20140302" id="D-1"><Parse>(S)</Parse></Sentence>
<Sentence date="20140302" id="E-1"><Text>Never closed.</Text>
<Sentence date="20140303" id="F-1">
<Text>Last.</Text>
</Sentence>
</Sentences>
"#;
        assert_eq!(
            shown(&read(input)),
            [
                "stories.xml:3: error: XML: ill-formed document: expected `</b>`, but `</Text>` was found; sentence skipped",
                "stories.xml:5: warning: sentence `C-1`: `date`: \"2014-13-45\" is not a date (expected YYYYMMDD); read without a date",
                "article A [A-1]",
                "stories.xml:6: error: `<Sentence>` has no `id` attribute; sentence skipped",
                "stories.xml:7: error: sentence `D-1` has no `<Text>`; skipped",
                "stories.xml:8: error: `<Sentence>` not closed before line 9; skipped",
                "article C [C-1]",
                "article F [F-1]",
            ]
        );
    }

    #[test]
    fn quirks_are_read_with_warnings() {
        let input = "<?xml version='1.0' encoding='utf-8'?>\n<Validation>\n\n#####\n# banner\n#####\n<Sentences>\n<Sentence id=\"AFP1_1\" date=\"20080804\" category=\"AFP\"/>\n<EventCoding eventcode=\"042\" sourcecode=\"USA\" targetcode=\"CHN\" />\n<Text>\nThe envoy arrived in Beijing.\n</Text>\n<Parse>\n1\tThe\tthe\n</Parse></Sentence>\n<Sentence id=\"AFP2_1\" date=\"20080804\"/>\n<Text>Second.</Text>\n</Sentence>\n</Sentences>\n</Validation>\n";
        let recs = read(input);
        assert_eq!(
            shown(&recs),
            [
                "article AFP1_1 [AFP1_1]",
                "article AFP2_1 [AFP2_1]",
                "stories.xml:8: warning: `<Sentence …/>` self-closed and then closed again with its content beside it (read as one sentence; 2 times in this file)",
                "stories.xml:4: warning: text outside any element (such as `#` banner lines) ignored (3 places in this file)",
            ]
        );
        let Record::Article(a) = &recs[0] else {
            panic!()
        };
        assert_eq!(a.text, "The envoy arrived in Beijing.");
        assert_eq!(a.segments[0].parse.as_deref(), Some("1\tThe\tthe"));
        assert_eq!(
            a.segments[0].attrs,
            [("category".to_string(), "AFP".to_string())]
        );
    }

    #[test]
    fn oversized_sentence_is_skipped() {
        let mut input = String::from("<Sentences>\n<Sentence id=\"big-1\"><Text>\n");
        for _ in 0..100 {
            input.push_str("filler words in a very long sentence\n");
        }
        input.push_str("</Text></Sentence>\n<Sentence id=\"ok-1\"><Text>Fine.</Text></Sentence>\n");
        let mut r = XmlReader::with_max_record(input.as_bytes(), "big.xml", 1000);
        let mut out = VecDeque::new();
        while r.fill(&mut out) {}
        let shown = shown(out.make_contiguous());
        assert_eq!(
            shown[0],
            "big.xml:2: error: `<Sentence>` longer than 1000 bytes skipped"
        );
        assert_eq!(shown.last().unwrap(), "article ok [ok-1]");
    }

    #[test]
    fn one_line_files_read_across_piece_boundaries() {
        let mut input =
            String::from("<Sentences><!-- one line --><Config option=\"a\" value=\"1\"/>");
        for i in 0..200 {
            input.push_str(&format!(
                "<Sentence id=\"S{i}-1\" date=\"20140101\"><Text>Talks in Nairobi, round {i}.</Text></Sentence>"
            ));
        }
        input.push_str("</Sentences>");
        // Pieces of 97 bytes cut tags, attributes and words at every possible place.
        let mut r = XmlReader::with_max_record(input.as_bytes(), "one.xml", 97);
        let mut out = VecDeque::new();
        while r.fill(&mut out) {}
        let articles: Vec<_> = out
            .iter()
            .map(|r| match r {
                Record::Article(a) => a,
                Record::Diagnostic(d) => panic!("{d}"),
            })
            .collect();
        assert_eq!(articles.len(), 200);
        for (i, a) in articles.iter().enumerate() {
            assert_eq!(a.id, format!("S{i}"));
            assert_eq!(a.text, format!("Talks in Nairobi, round {i}."));
            assert_eq!(a.config("a"), Some("1"));
            assert_eq!(a.origin.line, Some(1));
        }
    }
}
