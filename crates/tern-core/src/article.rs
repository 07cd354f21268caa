use crate::{Date, Span};
use serde::{Deserialize, Serialize};

/// Where a record came from: the file (or `-` for standard input) and its 1-based line.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// The path as the user gave it, or `-` for standard input.
    pub path: String,
    /// The 1-based line where the record starts, when the format has lines.
    pub line: Option<usize>,
}

/// A piece of an article that its input already delimited: a PETRARCH `<Sentence>` or a
/// CoNLL-U sentence. Pre-segmented text is never re-split; pre-tokenized text is never
/// re-tokenized.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    /// The sentence id the input gave (`AFP19950322.0023-3`, CoNLL-U `# sent_id`).
    pub id: Option<String>,
    /// Byte range of the segment in [`Article::text`].
    pub span: Span,
    /// Given tokens (CoNLL-U), as byte ranges in [`Article::text`].
    pub tokens: Option<Vec<Span>>,
    /// A Penn Treebank parse supplied with the input (PETRARCH `<Parse>`).
    pub parse: Option<String>,
    /// Comment lines (CoNLL-U `# …`) to pass through on output, without the newline.
    pub comments: Vec<String>,
    /// CoNLL-U multiword-token lines (`3-4\tdon't\t_…`) to pass through, keyed by the index
    /// of the first word they cover.
    pub multiword: Vec<(usize, String)>,
    /// Extra attributes the input carried (PETRARCH `category`, `sentence`), in order.
    pub attrs: Vec<(String, String)>,
}

/// One story as read from the input. [`Article::text`] is the original body text, decoded
/// (lossily if it was not UTF-8) but otherwise untouched: every offset tern reports points
/// into it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Story identifier: the JSON `id`, the file stem for text files, the story part of a
    /// PETRARCH sentence id.
    pub id: String,
    /// Publication date, when known.
    pub date: Option<Date>,
    /// Headline.
    pub title: Option<String>,
    /// Byline (`By Miloš Mitrović – Belgrade`), kept out of the coded body.
    pub byline: Option<String>,
    /// Dateline place (`Belgrade`, `NAIROBI, Kenya`), from the byline or the lead.
    pub dateline: Option<String>,
    /// Source URL.
    pub url: Option<String>,
    /// Publisher or feed.
    pub source: Option<String>,
    /// The body text to analyse.
    pub text: String,
    /// Sentences (or tokens) the input already delimited; empty means "split it yourself".
    pub segments: Vec<Segment>,
    /// Options the input set for the coder (PETRARCH `<Config option= value=>`), in order.
    pub config: Vec<(String, String)>,
    /// Where the article was read from.
    pub origin: Origin,
}

impl Article {
    /// An article with just an id and body text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Article {
        Article {
            id: id.into(),
            text: text.into(),
            ..Article::default()
        }
    }

    /// The value of a coder option given by the input, if any (last one wins).
    pub fn config(&self, option: &str) -> Option<&str> {
        self.config
            .iter()
            .rev()
            .find(|(k, _)| k == option)
            .map(|(_, v)| v.as_str())
    }
}
