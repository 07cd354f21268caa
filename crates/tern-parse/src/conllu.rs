//! Gold trees for training and evaluation (read by [`tern_core::conllu`], the reader the
//! tagger shares) and the attachment scores.
use crate::Error;
use std::path::Path;
use tern_core::{Sentence, Upos};

/// Reads every sentence of a CoNLL-U file, with gold tags, heads and relations.
///
/// # Errors
/// [`Error::Io`] if the file cannot be read, [`Error::Conllu`] (with the line) for a line
/// without ten columns, an id out of sequence, an unknown UPOS, a non-numeric head or a head
/// outside the sentence.
pub fn read_conllu(path: &Path) -> Result<Vec<Sentence>, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_conllu(&text, path)
}

/// Parses CoNLL-U text; `path` only names the source in errors.
pub(crate) fn parse_conllu(text: &str, path: &Path) -> Result<Vec<Sentence>, Error> {
    tern_core::conllu::parse_gold(text).map_err(|e| Error::Conllu {
        path: path.to_path_buf(),
        line: e.line,
        message: e.message,
    })
}

/// Attachment scores over non-punctuation tokens.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct AttachmentScores {
    /// Tokens scored (gold UPOS is not `PUNCT`).
    pub tokens: usize,
    /// Tokens with the right head.
    pub heads: usize,
    /// Tokens with the right head and the right main relation (`nsubj:pass` counts as `nsubj`).
    pub labeled: usize,
}

impl AttachmentScores {
    /// Unlabeled attachment score, percent.
    pub fn uas(&self) -> f64 {
        100.0 * self.heads as f64 / self.tokens.max(1) as f64
    }
    /// Labeled attachment score (main relation), percent.
    pub fn las(&self) -> f64 {
        100.0 * self.labeled as f64 / self.tokens.max(1) as f64
    }
    /// Adds the scores of one predicted sentence against its gold version (same tokens).
    pub fn add(&mut self, gold: &Sentence, pred: &Sentence) {
        for (g, p) in gold.tokens.iter().zip(&pred.tokens) {
            if g.upos == Upos::PUNCT {
                continue;
            }
            self.tokens += 1;
            if g.head == p.head {
                self.heads += 1;
                if g.rel.base() == p.rel.base() {
                    self.labeled += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tern_core::DepRel;

    #[test]
    fn bad_lines_name_their_line() {
        let text = "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n2\tdog\tdog\tNOUN\tNN\t_\tx\troot\t_\t_\n";
        match parse_conllu(text, Path::new("bad.conllu")) {
            Err(Error::Conllu { line, .. }) => assert_eq!(line, 2),
            other => panic!("expected a CoNLL-U error, got {other:?}"),
        }
        let far = "1\tA\ta\tDET\tDT\t_\t9\tdet\t_\t_\n";
        assert!(parse_conllu(far, Path::new("far.conllu")).is_err());
    }

    #[test]
    fn scores_skip_punctuation_and_subtypes() {
        let text = "1\tIt\tit\tPRON\tPRP\t_\t3\tnsubj:pass\t_\t_\n\
            2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n\
            3\tsigned\tsign\tVERB\tVBN\t_\t0\troot\t_\t_\n\
            4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n";
        let gold = parse_conllu(text, Path::new("g")).unwrap();
        let mut pred = gold[0].clone();
        pred.tokens[0].rel = DepRel::from_name_or_unknown("nsubj");
        pred.tokens[1].head = 1;
        pred.tokens[3].head = 1;
        let mut sc = AttachmentScores::default();
        sc.add(&gold[0], &pred);
        assert_eq!((sc.tokens, sc.heads, sc.labeled), (3, 2, 2));
    }
}
