//! Gold sentences for training and evaluation, read by [`tern_core::conllu`] (the reader the
//! parser shares): only the forms, lemmas and tags are kept.
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
    let sentences = tern_core::conllu::parse_gold(&text).map_err(|e| Error::Conllu {
        path: path.to_path_buf(),
        line: e.line,
        message: e.message,
    })?;
    Ok(sentences
        .into_iter()
        .map(|s| {
            let mut g = GoldSentence::default();
            for t in s.tokens {
                g.upos.push(t.upos);
                g.xpos.push(t.xpos);
                g.forms.push(t.form);
                g.lemmas.push(t.lemma);
            }
            g
        })
        .collect())
}
