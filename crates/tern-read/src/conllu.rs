//! CoNLL-U: pre-tokenized sentences, grouped into articles by `# newdoc`.

use crate::lines::{LineReader, Mode};
use crate::{FormatReader, ReadError, Record};
use std::borrow::Cow;
use std::collections::VecDeque;
use std::io::BufRead;
use tern_core::{Article, Diagnostic, Origin, Segment, Span};

/// At most this many sentences go into one article (a longer document continues in
/// `id#2`, `id#3`, …).
pub const CONLLU_MAX_SENTENCES: usize = 200;
const MAX_LINE: usize = 32 << 20;

#[derive(Default)]
struct Sentence {
    start_line: usize,
    comments: Vec<String>,
    sent_id: Option<String>,
    /// `Some(id)` when the sentence starts a new document (`None` inside: no id given).
    newdoc: Option<Option<String>>,
    text: String,
    tokens: Vec<Span>,
    multiword: Vec<(usize, String)>,
    /// Last word id of the open multiword token and whether a space follows it.
    mwt: Option<(usize, Cow<'static, str>)>,
    /// What goes between the last word and the next one.
    sep: Cow<'static, str>,
    error: Option<(usize, String)>,
    started: bool,
}

pub(crate) struct ConlluReader<R> {
    lines: LineReader<R>,
    path: String,
    stem: String,
    line: String,
    sent: Sentence,
    article: Option<Article>,
    doc_id: String,
    doc_part: usize,
    unnamed_docs: usize,
    done: bool,
}

impl<R: BufRead + Send> ConlluReader<R> {
    pub(crate) fn new(inner: R, path: &str) -> Self {
        let stem = crate::stem(path);
        ConlluReader {
            lines: LineReader::new(inner, MAX_LINE, Mode::Skip),
            path: path.to_string(),
            doc_id: stem.clone(),
            stem,
            line: String::new(),
            sent: Sentence::default(),
            article: None,
            doc_part: 0,
            unnamed_docs: 0,
            done: false,
        }
    }

    fn fail(&mut self, line: usize, msg: String) {
        if self.sent.error.is_none() {
            self.sent.error = Some((line, msg));
        }
    }

    /// Handles one line (without its newline).
    fn line(&mut self, number: usize, out: &mut VecDeque<Record>) {
        let line = self.line.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() {
            self.end_sentence(out);
            return;
        }
        let s = &mut self.sent;
        if !s.started {
            s.started = true;
            s.start_line = number;
        }
        if line.starts_with('#') {
            let comment = line.to_string();
            if let Some((key, value)) = comment_pair(&comment) {
                match key {
                    "sent_id" => s.sent_id = Some(value.to_string()),
                    "newdoc id" => s.newdoc = Some(Some(value.to_string())),
                    _ => {}
                }
            } else if comment.trim_end() == "# newdoc" {
                s.newdoc = Some(None);
            }
            s.comments.push(comment);
            return;
        }
        if s.error.is_some() {
            return;
        }
        let cols = match tern_core::conllu::columns(line) {
            Ok(cols) => cols,
            Err(n) => {
                let msg = format!("expected 10 tab-separated columns, found {n}");
                self.fail(number, ReadError::Conllu(msg).to_string());
                return;
            }
        };
        let id = cols[0];
        let space_after = spaces_after(cols[9]);
        if let Some((a, b)) = id.split_once('-') {
            match (a.parse::<usize>(), b.parse::<usize>()) {
                (Ok(a), Ok(b)) if a == s.tokens.len() + 1 && b > a => {
                    s.multiword.push((s.tokens.len(), line.to_string()));
                    s.mwt = Some((b, space_after));
                }
                _ => {
                    let msg = format!(
                        "bad multiword token range `{id}` (expected {}-N)",
                        s.tokens.len() + 1
                    );
                    self.fail(number, ReadError::Conllu(msg).to_string());
                }
            }
            return;
        }
        if let Some((a, b)) = id.split_once('.') {
            // An empty node: legal, not a token of the text.
            if a.parse::<usize>().is_err() || b.parse::<usize>().is_err() {
                let msg = format!("bad empty node id `{id}`");
                self.fail(number, ReadError::Conllu(msg).to_string());
            }
            return;
        }
        let expected = s.tokens.len() + 1;
        match id.parse::<usize>() {
            Ok(i) if i == expected => {}
            _ => {
                let msg = format!("word id `{id}` out of sequence (expected {expected})");
                self.fail(number, ReadError::Conllu(msg).to_string());
                return;
            }
        }
        let form = cols[1];
        if form.is_empty() {
            self.fail(number, ReadError::Conllu("empty FORM".into()).to_string());
            return;
        }
        let after = match s.mwt.take() {
            Some((end, sep)) if expected >= end => sep,
            Some(open) => {
                s.mwt = Some(open);
                Cow::Borrowed("")
            }
            None => space_after,
        };
        s.text.push_str(&s.sep);
        let start = s.text.len();
        s.text.push_str(form);
        s.tokens.push(Span::new(start, s.text.len()));
        s.sep = after;
    }

    fn end_sentence(&mut self, out: &mut VecDeque<Record>) {
        let s = std::mem::take(&mut self.sent);
        if !s.started {
            return;
        }
        if let Some(newdoc) = s.newdoc {
            if let Some(a) = self.article.take() {
                out.push_back(Record::Article(a));
            }
            self.doc_id = match newdoc {
                Some(id) if !id.is_empty() => id,
                _ => {
                    self.unnamed_docs += 1;
                    format!("{}#doc{}", self.stem, self.unnamed_docs)
                }
            };
            self.doc_part = 0;
        }
        if let Some((line, msg)) = s.error {
            let what = s
                .sent_id
                .map(|id| format!(" (sentence `{id}` skipped)"))
                .unwrap_or_else(|| " (sentence skipped)".into());
            out.push_back(Record::Diagnostic(Diagnostic::error(
                &self.path,
                Some(line),
                format!("{msg}{what}"),
            )));
            return;
        }
        if s.tokens.is_empty() {
            // Comments only (e.g. at the end of a file): nothing to read.
            return;
        }
        if self
            .article
            .as_ref()
            .is_some_and(|a| a.segments.len() >= CONLLU_MAX_SENTENCES)
        {
            if let Some(a) = self.article.take() {
                out.push_back(Record::Article(a));
            }
        }
        let article = self.article.get_or_insert_with(|| {
            self.doc_part += 1;
            let id = if self.doc_part == 1 {
                self.doc_id.clone()
            } else {
                format!("{}#{}", self.doc_id, self.doc_part)
            };
            let mut a = Article::new(id, String::new());
            a.origin = Origin {
                path: self.path.clone(),
                line: Some(s.start_line),
            };
            a
        });
        if !article.segments.is_empty() {
            article.text.push('\n');
        }
        let base = article.text.len();
        article.text.push_str(&s.text);
        let shift = |sp: Span| Span::new(sp.start as usize + base, sp.end as usize + base);
        article.segments.push(Segment {
            id: s.sent_id,
            span: Span::new(base, article.text.len()),
            tokens: Some(s.tokens.into_iter().map(shift).collect()),
            comments: s.comments,
            multiword: s.multiword,
            ..Segment::default()
        });
    }
}

/// The text after a word from its MISC column: one space by default, nothing for
/// `SpaceAfter=No`, or the decoded `SpacesAfter=` value (`\s`, `\t`, `\n`, `\p`, `\\`,
/// `\uXXXX` escapes).
fn spaces_after(misc: &str) -> Cow<'static, str> {
    if misc == "_" || !misc.contains("pace") {
        return Cow::Borrowed(" ");
    }
    let mut result = Cow::Borrowed(" ");
    for f in misc.split('|') {
        if f == "SpaceAfter=No" {
            result = Cow::Borrowed("");
        } else if let Some(v) = f.strip_prefix("SpacesAfter=") {
            let mut out = String::new();
            let mut chars = v.chars();
            while let Some(c) = chars.next() {
                if c != '\\' {
                    out.push(c);
                    continue;
                }
                match chars.next() {
                    Some('s') => out.push(' '),
                    Some('t') => out.push('\t'),
                    Some('n') => out.push('\n'),
                    Some('r') => out.push('\r'),
                    Some('p') => out.push('|'),
                    Some('u') => {
                        let hex: String = chars.by_ref().take(4).collect();
                        match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                            Some(ch) => out.push(ch),
                            None => out.push_str(&hex),
                        }
                    }
                    Some(other) => out.push(other),
                    None => out.push('\\'),
                }
            }
            result = Cow::Owned(out);
        }
    }
    result
}

/// `# key = value` → (key, value).
fn comment_pair(line: &str) -> Option<(&str, &str)> {
    let body = line.strip_prefix('#')?.trim_start();
    let (k, v) = body.split_once(" = ").or_else(|| body.split_once('='))?;
    Some((k.trim(), v.trim()))
}

impl<R: BufRead + Send> FormatReader for ConlluReader<R> {
    fn fill(&mut self, out: &mut VecDeque<Record>) -> bool {
        if self.done {
            return false;
        }
        let before = out.len();
        loop {
            self.line.clear();
            match self.lines.next_line(&mut self.line) {
                Ok(Some(info)) => {
                    if let Some(len) = info.too_long {
                        let msg = ReadError::LineTooLong {
                            len,
                            limit: MAX_LINE,
                        }
                        .to_string();
                        if !self.sent.started {
                            self.sent.started = true;
                            self.sent.start_line = info.number;
                        }
                        self.fail(info.number, msg);
                    } else {
                        self.line(info.number, out);
                    }
                    if out.len() > before {
                        return true;
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    let line = self.lines.line();
                    out.push_back(Record::Diagnostic(Diagnostic::error(
                        &self.path,
                        Some(line),
                        ReadError::Io(e).to_string(),
                    )));
                    break;
                }
            }
        }
        self.end_sentence(out);
        if let Some(a) = self.article.take() {
            out.push_back(Record::Article(a));
        }
        if let Some(w) = self.lines.utf8_warning(&self.path) {
            out.push_back(Record::Diagnostic(w));
        }
        self.done = true;
        true
    }
}

#[cfg(test)]
mod tests {
    use crate::{read_bytes, InputFormat, Record};

    const SAMPLE: &str = "# newdoc id = doc-a\n# sent_id = doc-a-1\n# text = We don't agree.\n1\tWe\twe\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n4\tagree\tagree\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n4.1\tsaid\tsay\tVERB\tVBD\t_\t_\t_\t4:conj\t_\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n# sent_id = doc-a-2\n1\tFine\tfine\tADJ\tJJ\t_\t0\troot\t_\tSpaceAfter=No\n2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n# newdoc id = doc-b\n# sent_id = doc-b-1\n1\tBad\tbad\tADJ\tJJ\t_\t0\troot\t_\n\n# sent_id = doc-b-2\n1\tGood\tgood\tADJ\tJJ\t_\t0\troot\t_\t_\n";

    #[test]
    fn builds_text_tokens_and_keeps_comments() {
        let recs = read_bytes("gold.conllu", SAMPLE.as_bytes(), InputFormat::Auto);
        let Record::Article(a) = &recs[0] else {
            panic!("{recs:?}")
        };
        assert_eq!(a.id, "doc-a");
        assert_eq!(a.text, "We don't agree.\nFine!");
        let s = &a.segments[0];
        assert_eq!(s.id.as_deref(), Some("doc-a-1"));
        let words: Vec<_> = s
            .tokens
            .as_ref()
            .unwrap()
            .iter()
            .map(|t| &a.text[t.range()])
            .collect();
        assert_eq!(words, ["We", "do", "n't", "agree", "."]);
        assert_eq!(&a.text[s.span.range()], "We don't agree.");
        assert_eq!(s.comments[0], "# newdoc id = doc-a");
        assert_eq!(s.comments.len(), 3);
        assert_eq!(
            s.multiword,
            [(1, "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_".to_string())]
        );
        assert_eq!(&a.text[a.segments[1].span.range()], "Fine!");
        assert_eq!(a.origin.line, Some(1));

        let Record::Diagnostic(d) = &recs[1] else {
            panic!("{recs:?}")
        };
        assert_eq!(
            d.to_string(),
            "gold.conllu:18: error: malformed CoNLL-U line: expected 10 tab-separated columns, found 9 (sentence `doc-b-1` skipped)"
        );
        let Record::Article(b) = &recs[2] else {
            panic!("{recs:?}")
        };
        assert_eq!(b.id, "doc-b");
        assert_eq!(b.text, "Good");
        assert_eq!(recs.len(), 3);
    }

    #[test]
    fn spaces_after_escapes() {
        assert_eq!(super::spaces_after("_"), " ");
        assert_eq!(super::spaces_after("SpaceAfter=No"), "");
        assert_eq!(super::spaces_after("Foo=1|SpacesAfter=\\s\\s"), "  ");
        assert_eq!(super::spaces_after("SpacesAfter=\\u00A0"), "\u{a0}");
        assert_eq!(super::spaces_after("SpacesAfter=\\n"), "\n");
    }

    #[test]
    fn long_documents_are_split() {
        let mut input = String::new();
        for i in 0..450 {
            input.push_str(&format!(
                "# sent_id = s{i}\n1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n\n"
            ));
        }
        let recs = read_bytes("many.conllu", input.as_bytes(), InputFormat::Conllu);
        let ids: Vec<_> = recs
            .iter()
            .map(|r| match r {
                Record::Article(a) => (a.id.clone(), a.segments.len()),
                Record::Diagnostic(d) => panic!("{d}"),
            })
            .collect();
        assert_eq!(
            ids,
            [
                ("many".into(), 200),
                ("many#2".into(), 200),
                ("many#3".into(), 50)
            ]
        );
    }

    #[test]
    fn out_of_sequence_ids_skip_the_sentence() {
        let input = "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n3\tdog\tdog\tNOUN\tNN\t_\t0\troot\t_\t_\n\n1\tOk\tok\tINTJ\tUH\t_\t0\troot\t_\t_\n";
        let recs = read_bytes("seq.conllu", input.as_bytes(), InputFormat::Conllu);
        assert_eq!(recs.len(), 2);
        let Record::Diagnostic(d) = &recs[0] else {
            panic!()
        };
        assert_eq!(
            d.to_string(),
            "seq.conllu:2: error: malformed CoNLL-U line: word id `3` out of sequence (expected 2) (sentence skipped)"
        );
        let Record::Article(a) = &recs[1] else {
            panic!()
        };
        assert_eq!(a.text, "Ok");
    }
}
