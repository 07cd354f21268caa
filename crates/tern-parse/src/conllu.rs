//! A small CoNLL-U reader for training and evaluation: ID, FORM, LEMMA, UPOS, XPOS, HEAD and
//! DEPREL; multiword ranges (`3-4`) and empty nodes (`8.1`) are skipped, as are comments.
use crate::Error;
use std::path::Path;
use tern_core::{DepRel, Sentence, Token, Upos, Xpos};

/// Reads every sentence of a CoNLL-U file, with gold tags, heads and relations.
///
/// # Errors
/// [`Error::Io`] if the file cannot be read, [`Error::Conllu`] (with the line) for a line with
/// too few columns, a non-numeric id or head, or a head outside the sentence.
pub fn read_conllu(path: &Path) -> Result<Vec<Sentence>, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_conllu(&text, path)
}

/// Parses CoNLL-U text; `path` only names the source in errors.
pub(crate) fn parse_conllu(text: &str, path: &Path) -> Result<Vec<Sentence>, Error> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    let mut start_line = 1;
    let err = |line: usize, message: String| Error::Conllu {
        path: path.to_path_buf(),
        line,
        message,
    };
    for (i, line) in text.lines().enumerate() {
        let lineno = i + 1;
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.tokens.is_empty() {
                check_heads(&cur).map_err(|m| err(start_line, m))?;
                out.push(std::mem::take(&mut cur));
            }
            start_line = lineno + 1;
            continue;
        }
        if let Some(rest) = line.strip_prefix('#') {
            if let Some(id) = rest.trim().strip_prefix("sent_id = ") {
                cur.id = Some(id.trim().to_string());
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 8 {
            return Err(err(lineno, format!("{} columns, expected 10", cols.len())));
        }
        let id = cols[0];
        if id.contains('-') || id.contains('.') {
            continue;
        }
        let id: usize = id
            .parse()
            .map_err(|_| err(lineno, format!("bad token id {id:?}")))?;
        if id != cur.tokens.len() + 1 {
            return Err(err(lineno, format!("token id {id} out of sequence")));
        }
        let head: u32 = if cols[6] == "_" {
            0
        } else {
            cols[6]
                .parse()
                .map_err(|_| err(lineno, format!("bad head {:?}", cols[6])))?
        };
        let mut tok = Token::new(cols[1], Default::default());
        tok.lemma = cols[2].to_string();
        tok.upos = Upos::from_name_or_unknown(cols[3]);
        tok.xpos = Xpos::from_name_or_unknown(cols[4]);
        tok.head = head;
        tok.rel = DepRel::from_name_or_unknown(cols[7]);
        cur.tokens.push(tok);
    }
    if !cur.tokens.is_empty() {
        check_heads(&cur).map_err(|m| err(start_line, m))?;
        out.push(cur);
    }
    Ok(out)
}

fn check_heads(s: &Sentence) -> Result<(), String> {
    let n = s.tokens.len() as u32;
    for (i, t) in s.tokens.iter().enumerate() {
        if t.head > n {
            return Err(format!(
                "token {} has head {} beyond the sentence",
                i + 1,
                t.head
            ));
        }
    }
    Ok(())
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

    #[test]
    fn reads_words_and_skips_ranges_empty_nodes_and_comments() {
        let text = "# sent_id = a-1\n# text = We don't wait.\n\
            1\tWe\twe\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n\
            2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
            2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n\
            3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n\
            3.1\tx\tx\tX\tXX\t_\t_\t_\t_\t_\n\
            4\twait\twait\tVERB\tVB\t_\t0\troot\t_\t_\n\
            5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n\
            1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n";
        let s = parse_conllu(text, Path::new("x.conllu")).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].id.as_deref(), Some("a-1"));
        let forms: Vec<&str> = s[0].tokens.iter().map(|t| t.form.as_str()).collect();
        assert_eq!(forms, ["We", "do", "n't", "wait", "."]);
        assert_eq!(s[0].tokens[2].rel.as_str(), "advmod");
        assert_eq!(s[0].tokens[3].head, 0);
        assert_eq!(s[0].tokens[1].xpos.as_str(), "VBP");
        assert_eq!(s[1].tokens[0].lemma, "go");
    }

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
