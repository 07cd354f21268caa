//! A small CoNLL-U reader for training and evaluation: ID, FORM, LEMMA, UPOS and XPOS only.
//! Multiword ranges (`3-4`) and empty nodes (`8.1`) are skipped, comments ignored.
use crate::Error;
use std::path::Path;
use tern_core::{Upos, Xpos};

/// One gold sentence.
#[derive(Clone, Debug, Default)]
pub(crate) struct GoldSentence {
    pub forms: Vec<String>,
    pub lemmas: Vec<String>,
    pub upos: Vec<Upos>,
    pub xpos: Vec<Xpos>,
}

/// Reads every sentence of a CoNLL-U file.
pub(crate) fn read(path: &Path) -> Result<Vec<GoldSentence>, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut out = Vec::new();
    let mut cur = GoldSentence::default();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.forms.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let bad = |message: String| Error::Conllu {
            path: path.to_path_buf(),
            line: n + 1,
            message,
        };
        if cols.len() != 10 {
            return Err(bad(format!(
                "expected 10 tab-separated columns, found {}",
                cols.len()
            )));
        }
        let id = cols[0];
        if id.contains('-') || id.contains('.') {
            continue;
        }
        if id.parse::<u32>().is_err() {
            return Err(bad(format!("bad token id {id:?}")));
        }
        let upos =
            Upos::from_name(cols[3]).ok_or_else(|| bad(format!("unknown UPOS {:?}", cols[3])))?;
        cur.forms.push(cols[1].to_string());
        cur.lemmas.push(cols[2].to_string());
        cur.upos.push(upos);
        cur.xpos.push(Xpos::from_name_or_unknown(cols[4]));
    }
    if !cur.forms.is_empty() {
        out.push(cur);
    }
    Ok(out)
}
