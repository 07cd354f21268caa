//! PETRARCH validation files: records with their text, date, `<Config>` options and
//! expected `<EventCoding>`s, as `tern eval petrarch` and the tests read them.
use std::collections::BTreeSet;
use tern_core::{Article, Date, Segment, Span};

/// An expected or coded event: (source code, target code, event code).
pub type Triple = (String, String, String);

/// One validation record.
#[derive(Debug, Default)]
pub struct ValRecord {
    /// Sentence id.
    pub id: String,
    /// Story date.
    pub date: Option<Date>,
    /// The text, whitespace collapsed.
    pub text: String,
    /// The `<Config>` options in force for this record, in order.
    pub config: Vec<(String, String)>,
    /// Expected events (`noevents` and `error` codings left out).
    pub expected: BTreeSet<Triple>,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    loop {
        let at = rest.find(name)?;
        let before_ok = at == 0 || rest.as_bytes()[at - 1].is_ascii_whitespace();
        let after = rest[at + name.len()..].trim_start();
        if before_ok {
            if let Some(v) = after.strip_prefix('=') {
                let v = v.trim_start();
                let q = v.chars().next()?;
                if q == '"' || q == '\'' {
                    let end = v[1..].find(q)?;
                    return Some(unescape(v[1..1 + end].trim()));
                }
            }
        }
        rest = &rest[at + name.len()..];
    }
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn strip_comments(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("<!--") {
        out.push_str(&rest[..i]);
        match rest[i..].find("-->") {
            Some(j) => rest = &rest[i + j + 3..],
            None => {
                rest = "";
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Reads the records of a PETRARCH validation file. Tolerates UniversalPetrarch's
/// self-closed `<Sentence …/>` with its text and codings beside it.
pub fn read_records(xml: &str) -> Vec<ValRecord> {
    let xml = strip_comments(xml);
    let mut config: Vec<(String, String)> = Vec::new();
    let mut out = Vec::new();
    let mut pos = 0;
    let starts: Vec<usize> = xml.match_indices("<Sentence ").map(|(i, _)| i).collect();
    // Config options that come before each record apply to it and to all later ones.
    for (k, &s) in starts.iter().enumerate() {
        for c in xml[pos..s].match_indices("<Config") {
            let tag_end = xml[pos + c.0..]
                .find('>')
                .map_or(xml.len(), |e| pos + c.0 + e);
            let tag = &xml[pos + c.0..tag_end];
            if let (Some(o), Some(v)) = (attr(tag, "option"), attr(tag, "value")) {
                config.push((o, v));
            }
        }
        let end = starts.get(k + 1).copied().unwrap_or(xml.len());
        pos = end;
        let block = &xml[s..end];
        let tag_end = block.find('>').unwrap_or(block.len());
        let tag = &block[..tag_end];
        let id = attr(tag, "id").unwrap_or_default();
        let date = attr(tag, "date").and_then(|d| Date::parse(&d));
        let text = match (block.find("<Text>"), block.find("</Text>")) {
            (Some(a), Some(b)) if b > a => unescape(&block[a + 6..b])
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            _ => String::new(),
        };
        let mut expected = BTreeSet::new();
        for (i, _) in block.match_indices("<EventCoding") {
            let e = block[i..].find('>').map_or(block.len(), |e| i + e);
            let t = &block[i..e];
            if attr(t, "noevents").is_some() || attr(t, "error").is_some() {
                continue;
            }
            expected.insert((
                attr(t, "sourcecode").unwrap_or_default(),
                attr(t, "targetcode").unwrap_or_default(),
                attr(t, "eventcode").unwrap_or_default(),
            ));
        }
        out.push(ValRecord {
            id,
            date,
            text,
            config: config.clone(),
            expected,
        });
    }
    out
}

/// The article a record is coded as: one pre-segmented sentence.
pub fn article_of(r: &ValRecord) -> Article {
    let story = r.id.rsplit_once('-').map_or(r.id.as_str(), |(s, _)| s);
    let mut a = Article::new(story, r.text.clone());
    a.date = r.date;
    a.config = r.config.clone();
    a.segments = vec![Segment {
        id: Some(r.id.clone()),
        span: Span::new(0, r.text.len()),
        ..Segment::default()
    }];
    a
}

/// The (source, target, code) triples of coded events, target `---` when there is none.
pub fn triples(events: &[tern_core::Event]) -> BTreeSet<Triple> {
    events
        .iter()
        .map(|e| {
            let t = e
                .target
                .as_ref()
                .map_or_else(|| "---".to_string(), |t| t.code.clone());
            (e.source.code.clone(), t, e.cameo.clone())
        })
        .collect()
}
