//! Plain text: a title line (maybe repeated), an optional byline, then the body.

use crate::lines::{LineReader, Mode};
use crate::{FormatReader, ReadError, Record};
use std::collections::VecDeque;
use std::io::BufRead;
use tern_core::{Article, Diagnostic, Origin};

/// A text file larger than this is split into several articles at paragraph boundaries.
pub const TEXT_SPLIT_BYTES: usize = 8 << 20;
/// Without a paragraph break, a text is cut at a line (or piece) boundary past this size.
const TEXT_HARD_BYTES: usize = 2 * TEXT_SPLIT_BYTES;
/// Pieces of an over-long line are at most this long.
const PIECE_BYTES: usize = 1 << 20;
/// The longest line taken as a title or byline.
const MAX_TITLE: usize = 300;
const MAX_BYLINE: usize = 200;

pub(crate) struct TextReader<R> {
    lines: LineReader<R>,
    path: String,
    stem: String,
    part: usize,
    done: bool,
    buf: String,
}

impl<R: BufRead + Send> TextReader<R> {
    pub(crate) fn new(inner: R, path: &str) -> Self {
        TextReader {
            lines: LineReader::new(inner, PIECE_BYTES, Mode::Pieces),
            path: path.to_string(),
            stem: crate::stem(path),
            part: 0,
            done: false,
            buf: String::new(),
        }
    }
}

impl<R: BufRead + Send> FormatReader for TextReader<R> {
    fn fill(&mut self, out: &mut VecDeque<Record>) -> bool {
        if self.done {
            return false;
        }
        let mut first_line = None;
        let mut eof = false;
        loop {
            let before = self.buf.len();
            match self.lines.next_line(&mut self.buf) {
                Ok(Some(info)) => {
                    first_line.get_or_insert(info.number);
                    let len = self.buf.len();
                    let blank = self.buf[before..].trim().is_empty();
                    if (len >= TEXT_SPLIT_BYTES && blank) || len >= TEXT_HARD_BYTES {
                        break;
                    }
                }
                Ok(None) => {
                    eof = true;
                    break;
                }
                Err(e) => {
                    out.push_back(Record::Diagnostic(Diagnostic::error(
                        &self.path,
                        Some(self.lines.line()),
                        ReadError::Io(e).to_string(),
                    )));
                    eof = true;
                    break;
                }
            }
        }
        self.part += 1;
        let mut text = std::mem::take(&mut self.buf);
        if self.part == 1 || !text.trim().is_empty() {
            let id = if self.part == 1 {
                self.stem.clone()
            } else {
                format!("{}#{}", self.stem, self.part)
            };
            let mut article = Article::new(id, String::new());
            let body_start = if self.part == 1 {
                read_header(&text, &mut article)
            } else {
                first_content(&text, 0)
            };
            text.drain(..body_start);
            if article.dateline.is_none() {
                article.dateline = crate::lead_dateline(&text);
            }
            article.text = text;
            article.origin = Origin {
                path: self.path.clone(),
                line: first_line,
            };
            out.push_back(Record::Article(article));
        }
        if eof {
            self.done = true;
            if let Some(w) = self.lines.utf8_warning(&self.path) {
                out.push_back(Record::Diagnostic(w));
            }
        }
        true
    }
}

/// Byte offset of the first non-blank line at or after `from`.
fn first_content(text: &str, from: usize) -> usize {
    let mut pos = from;
    for line in text[from..].split_inclusive('\n') {
        if !line.trim().is_empty() {
            return pos;
        }
        pos += line.len();
    }
    text.len()
}

/// The next non-blank line at or after `from`: (start, end without newline, trimmed text).
fn next_content(text: &str, from: usize) -> Option<(usize, usize, &str)> {
    let start = first_content(text, from);
    if start >= text.len() {
        return None;
    }
    let end =
        memchr::memchr(b'\n', &text.as_bytes()[start..]).map_or(text.len(), |i| start + i + 1);
    Some((start, end, text[start..end].trim()))
}

/// Fills title, byline and dateline from the top of `text`; returns where the body starts.
fn read_header(text: &str, article: &mut Article) -> usize {
    let Some((t_start, t_end, title)) = next_content(text, 0) else {
        return text.len();
    };
    // A title needs a body after it and must be short.
    if title.len() > MAX_TITLE || next_content(text, t_end).is_none() {
        return t_start;
    }
    article.title = Some(title.to_string());
    let mut pos = t_end;
    if let Some((_, end, again)) = next_content(text, pos) {
        if again == title && next_content(text, end).is_some() {
            pos = end;
        }
    }
    if let Some((_, end, line)) = next_content(text, pos) {
        if is_byline(line) && next_content(text, end).is_some() {
            article.byline = Some(line.to_string());
            article.dateline = byline_place(line);
            pos = end;
        }
    }
    first_content(text, pos)
}

fn is_byline(line: &str) -> bool {
    line.len() <= MAX_BYLINE
        && (line.starts_with("By ") || line.starts_with("BY ") || line.starts_with("by "))
        && line.len() > 3
}

/// The place after the last dash of a byline: `By Ana Kovač – Belgrade` → `Belgrade`.
fn byline_place(line: &str) -> Option<String> {
    let mut best: Option<usize> = None;
    for sep in [" – ", " — ", " -- ", " - "] {
        if let Some(i) = line.rfind(sep) {
            let end = i + sep.len();
            if best.is_none_or(|b| end > b) {
                best = Some(end);
            }
        }
    }
    let place = line[best?..].trim();
    (!place.is_empty()).then(|| place.to_string())
}

#[cfg(test)]
mod tests {
    use crate::{read_bytes, InputFormat, Record};
    use tern_core::Article;

    fn articles(name: &str, text: &str) -> Vec<Article> {
        read_bytes(name, text.as_bytes(), InputFormat::Auto)
            .into_iter()
            .map(|r| match r {
                Record::Article(a) => a,
                Record::Diagnostic(d) => panic!("unexpected diagnostic {d}"),
            })
            .collect()
    }

    #[test]
    fn title_repeat_byline_and_body() {
        let input = "Zagreb and Ljubljana sign a border deal\n\nZagreb and Ljubljana sign a border deal\n\n\nBy Ana Kovač – Zagreb\n\nCroatia and Slovenia signed an agreement on Monday.\n\nThe talks lasted “two long days”.\n";
        let a = &articles("news/border-deal.txt", input)[0];
        assert_eq!(a.id, "border-deal");
        assert_eq!(
            a.title.as_deref(),
            Some("Zagreb and Ljubljana sign a border deal")
        );
        assert_eq!(a.byline.as_deref(), Some("By Ana Kovač – Zagreb"));
        assert_eq!(a.dateline.as_deref(), Some("Zagreb"));
        assert_eq!(
            a.text,
            "Croatia and Slovenia signed an agreement on Monday.\n\nThe talks lasted “two long days”.\n"
        );
        assert_eq!(a.origin.path, "news/border-deal.txt");
        assert!(a.segments.is_empty());
    }

    #[test]
    fn no_byline_and_no_repeat() {
        let a = &articles(
            "x.txt",
            "Rebels free hostages\nThe rebels freed ten hostages.\n",
        )[0];
        assert_eq!(a.title.as_deref(), Some("Rebels free hostages"));
        assert_eq!(a.byline, None);
        assert_eq!(a.text, "The rebels freed ten hostages.\n");
    }

    #[test]
    fn single_paragraph_is_body_not_title() {
        let a = &articles("one.txt", "\n\nPolice arrested two protesters in Lagos.")[0];
        assert_eq!(a.title, None);
        assert_eq!(a.text, "Police arrested two protesters in Lagos.");
    }

    #[test]
    fn dateline_from_the_lead() {
        let a = &articles(
            "lead.txt",
            "Strike called\n\nLAGOS, Nigeria (AP) _ Unions called a general strike on Friday.\n",
        )[0];
        assert_eq!(a.dateline.as_deref(), Some("LAGOS, Nigeria"));
        assert!(a.text.starts_with("LAGOS, Nigeria (AP) _ Unions"));
    }

    #[test]
    fn empty_file_is_one_empty_article() {
        let a = articles("empty.txt", "");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].text, "");
    }

    #[test]
    fn big_files_split_at_paragraphs() {
        let para = "The council met again today and the talks went on for hours.\n\n";
        let n = super::TEXT_SPLIT_BYTES / para.len() + 10;
        let mut input = String::from("Long record\n\n");
        for _ in 0..n {
            input.push_str(para);
        }
        let a = articles("minutes.txt", &input);
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].id, "minutes");
        assert_eq!(a[0].title.as_deref(), Some("Long record"));
        assert_eq!(a[1].id, "minutes#2");
        assert_eq!(a[1].title, None);
        assert!(a[1].text.starts_with("The council"));
        assert!(a[0].text.len() >= super::TEXT_SPLIT_BYTES - para.len());
        let total: usize = a.iter().map(|x| x.text.len()).sum();
        assert_eq!(total, n * para.len());
    }

    #[test]
    fn a_huge_single_line_is_cut_in_bounded_pieces() {
        let input = "word ".repeat(super::TEXT_HARD_BYTES / 5 + 1000);
        let a = articles("one-line.txt", &input);
        assert_eq!(a.len(), 2);
        assert!(a
            .iter()
            .all(|x| x.text.len() <= super::TEXT_HARD_BYTES + (1 << 20)));
        let total: usize = a.iter().map(|x| x.text.len()).sum();
        assert_eq!(total, input.len());
    }

    #[test]
    fn stdin_text_is_sniffed() {
        let a = articles("-", "Storm hits coast\n\nA storm hit the coast.\n");
        assert_eq!(a[0].id, "stdin");
        assert_eq!(a[0].title.as_deref(), Some("Storm hits coast"));
    }
}
