//! Writers for analysed documents: CoNLL-U (for evaluation and for other UD tools) and JSON
//! Lines (one document a line).
//!
//! CoNLL-U output keeps what a CoNLL-U input carried (comments, multiword-token lines) and
//! fills UPOS, XPOS, lemma, head and relation. For raw text, each sentence gets `# sent_id`
//! and `# text` comments.
//!
//! The JSON Lines format: `{"id", "date", "title", "byline", "dateline", "sentences": [{"id",
//! "start", "end", "text", "tokens": [{"id", "form", "start", "end", "upos", "xpos", "lemma",
//! "head", "deprel"}]}]}`. Offsets count characters (Unicode scalar values) in the article
//! text, end exclusive.
use crate::{Doc, Segment};
use serde::Serialize;
use std::io::{self, Write};

/// Writes a document as CoNLL-U.
pub fn conllu<W: Write>(out: &mut W, doc: &Doc) -> io::Result<()> {
    let text = &doc.article.text;
    for (i, sentence) in doc.sentences.iter().enumerate() {
        let segment: Option<&Segment> = doc
            .article
            .segments
            .iter()
            .find(|s| s.span == sentence.span && s.tokens.is_some());
        match segment {
            Some(seg) => {
                for c in &seg.comments {
                    writeln!(out, "{c}")?;
                }
            }
            None => {
                writeln!(out, "# sent_id = {}", doc.sentence_id(i))?;
                let t = sentence.span.slice(text);
                writeln!(
                    out,
                    "# text = {}",
                    t.split_whitespace().collect::<Vec<_>>().join(" ")
                )?;
            }
        }
        for (j, tok) in sentence.tokens.iter().enumerate() {
            if let Some(seg) = segment {
                for (at, line) in &seg.multiword {
                    if *at == j {
                        writeln!(out, "{line}")?;
                    }
                }
            }
            let form = field(tok.span.slice(text))
                .unwrap_or_else(|| field(&tok.form).unwrap_or_else(|| "_".into()));
            let lemma = field(&tok.lemma).unwrap_or_else(|| "_".into());
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\t_",
                j + 1,
                form,
                lemma,
                tok.upos,
                tok.xpos,
                tok.head,
                tok.rel
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// A CoNLL-U field cannot hold tabs or newlines, nor be empty.
fn field(s: &str) -> Option<String> {
    if s.is_empty() {
        return None;
    }
    if s.contains(['\t', '\n', '\r']) {
        Some(s.replace(['\t', '\n', '\r'], " "))
    } else {
        Some(s.to_string())
    }
}

#[derive(Serialize)]
struct JsonDoc<'a> {
    id: &'a str,
    date: Option<String>,
    title: Option<&'a str>,
    byline: Option<&'a str>,
    dateline: Option<&'a str>,
    sentences: Vec<JsonSentence<'a>>,
}

#[derive(Serialize)]
struct JsonSentence<'a> {
    id: String,
    start: usize,
    end: usize,
    text: &'a str,
    tokens: Vec<JsonToken<'a>>,
}

#[derive(Serialize)]
struct JsonToken<'a> {
    id: usize,
    form: &'a str,
    start: usize,
    end: usize,
    upos: &'static str,
    xpos: &'static str,
    lemma: &'a str,
    head: u32,
    deprel: &'static str,
}

/// Writes a document as one JSON line.
pub fn jsonl<W: Write>(out: &mut W, doc: &Doc) -> io::Result<()> {
    let text = &doc.article.text;
    let offsets = CharOffsets::new(text);
    let sentences = doc
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| JsonSentence {
            id: doc.sentence_id(i),
            start: offsets.char_at(s.span.start as usize),
            end: offsets.char_at(s.span.end as usize),
            text: s.span.slice(text),
            tokens: s
                .tokens
                .iter()
                .enumerate()
                .map(|(j, t)| JsonToken {
                    id: j + 1,
                    form: &t.form,
                    start: offsets.char_at(t.span.start as usize),
                    end: offsets.char_at(t.span.end as usize),
                    upos: t.upos.as_str(),
                    xpos: t.xpos.as_str(),
                    lemma: &t.lemma,
                    head: t.head,
                    deprel: t.rel.as_str(),
                })
                .collect(),
        })
        .collect();
    let a = &doc.article;
    let json = JsonDoc {
        id: &a.id,
        date: a.date.map(|d| d.to_string()),
        title: a.title.as_deref(),
        byline: a.byline.as_deref(),
        dateline: a.dateline.as_deref(),
        sentences,
    };
    serde_json::to_writer(&mut *out, &json)?;
    writeln!(out)
}

/// Converts byte offsets into character offsets for one text, in O(log n) per lookup.
pub struct CharOffsets<'a> {
    text: &'a str,
    /// Byte offset of every 64th character, for a binary search then a short scan; empty for
    /// ASCII text, where bytes are characters.
    marks: Vec<usize>,
}

impl<'a> CharOffsets<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> CharOffsets<'a> {
        let marks = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices().step_by(64).map(|(b, _)| b).collect()
        };
        CharOffsets { text, marks }
    }

    /// The character offset of byte offset `byte` (clamped to the text).
    pub fn char_at(&self, byte: usize) -> usize {
        let bytes = self.text.as_bytes();
        let byte = byte.min(bytes.len());
        if self.marks.is_empty() {
            return byte;
        }
        let k = self.marks.partition_point(|&b| b <= byte).saturating_sub(1);
        let start = self.marks.get(k).copied().unwrap_or(0);
        // Count the bytes that start a character (everything but UTF-8 continuation bytes).
        k * 64
            + bytes[start..byte]
                .iter()
                .filter(|&&b| (b as i8) >= -0x40)
                .count()
    }
}

#[cfg(test)]
mod tests {
    use super::CharOffsets;

    #[test]
    fn char_offsets_match_a_naive_count() {
        let text = "Vučić met Shoygu in Belgrade — “Serbia”. ".repeat(40);
        let offsets = CharOffsets::new(&text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(offsets.char_at(byte), chars);
        }
        assert_eq!(offsets.char_at(text.len()), text.chars().count());
        assert_eq!(CharOffsets::new("plain").char_at(3), 3);
    }
}
