//! Gold CoNLL-U, as training and evaluation read it: the one strict reader the tagger and the
//! parser share.
//!
//! Keeps ID, FORM, LEMMA, UPOS, XPOS, HEAD and DEPREL of every word and the `# sent_id` of every
//! sentence; skips comments, multiword ranges (`3-4`) and empty nodes (`8.1`). Strict where
//! a mistake would silently corrupt a model: exactly ten columns, ids in sequence, a known
//! UPOS, a numeric head inside the sentence. XPOS and relations outside tern's tables read as
//! unknown, so that treebanks with their own XPOS still load.
//!
//! The streaming input reader for `tern parse --input-format conllu` (which keeps offsets and
//! multiword tokens for output) lives in `tern-read`; this one is text in, sentences out.
use crate::{DepRel, Sentence, Token, Upos, Xpos};

/// A line of gold CoNLL-U that cannot be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct GoldError {
    /// 1-based line number in the text.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

/// Reads every sentence of a gold CoNLL-U text (see the module documentation for what is
/// checked). Tokens get form, lemma, tags, head (1-based, 0 = root) and relation; spans are
/// left empty.
///
/// # Errors
/// [`GoldError`] naming the first bad line.
pub fn parse_gold(text: &str) -> Result<Vec<Sentence>, GoldError> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    let mut start_line = 1;
    for (i, line) in text.lines().enumerate() {
        let lineno = i + 1;
        let err = |message: String| GoldError {
            line: lineno,
            message,
        };
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.tokens.is_empty() {
                finish(&mut cur, start_line, &mut out)?;
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
        let cols = columns(line)
            .map_err(|n| err(format!("expected 10 tab-separated columns, found {n}")))?;
        let id = cols[0];
        if id.contains('-') || id.contains('.') {
            continue;
        }
        let id: usize = id
            .parse()
            .map_err(|_| err(format!("bad token id {id:?}")))?;
        if id != cur.tokens.len() + 1 {
            return Err(err(format!("token id {id} out of sequence")));
        }
        let upos =
            Upos::from_name(cols[3]).ok_or_else(|| err(format!("unknown UPOS {:?}", cols[3])))?;
        let head: u32 = match cols[6] {
            "_" => 0,
            h => h.parse().map_err(|_| err(format!("bad head {h:?}")))?,
        };
        let mut tok = Token::new(cols[1], Default::default());
        tok.lemma = cols[2].to_string();
        tok.upos = upos;
        tok.xpos = Xpos::from_name_or_unknown(cols[4]);
        tok.head = head;
        tok.rel = DepRel::from_name_or_unknown(cols[7]);
        cur.tokens.push(tok);
    }
    if !cur.tokens.is_empty() {
        finish(&mut cur, start_line, &mut out)?;
    }
    Ok(out)
}

/// The ten tab-separated columns of a CoNLL-U word line, or how many columns it has instead.
pub fn columns(line: &str) -> Result<[&str; 10], usize> {
    let mut cols = [""; 10];
    let mut n = 0;
    for col in line.split('\t') {
        if n < 10 {
            cols[n] = col;
        }
        n += 1;
    }
    if n == 10 {
        Ok(cols)
    } else {
        Err(n)
    }
}

/// Checks the heads of a complete sentence and moves it to `out`.
fn finish(cur: &mut Sentence, start_line: usize, out: &mut Vec<Sentence>) -> Result<(), GoldError> {
    let n = cur.tokens.len() as u32;
    if let Some((i, t)) = cur.tokens.iter().enumerate().find(|(_, t)| t.head > n) {
        return Err(GoldError {
            line: start_line,
            message: format!(
                "token {} of the sentence starting here has head {} beyond the sentence",
                i + 1,
                t.head
            ),
        });
    }
    out.push(std::mem::take(cur));
    Ok(())
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
        let s = parse_gold(text).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].id.as_deref(), Some("a-1"));
        let forms: Vec<&str> = s[0].tokens.iter().map(|t| t.form.as_str()).collect();
        assert_eq!(forms, ["We", "do", "n't", "wait", "."]);
        assert_eq!(s[0].tokens[2].rel.as_str(), "advmod");
        assert_eq!(s[0].tokens[3].head, 0);
        assert_eq!(s[0].tokens[1].xpos.as_str(), "VBP");
        assert_eq!(s[0].tokens[0].upos, Upos::PRON);
        assert_eq!(s[1].tokens[0].lemma, "go");
    }

    #[test]
    fn bad_lines_name_their_line() {
        let bad_head =
            "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n2\tdog\tdog\tNOUN\tNN\t_\tx\troot\t_\t_\n";
        assert_eq!(parse_gold(bad_head).unwrap_err().line, 2);
        let short = "# c\n1\tA\ta\tDET\tDT\t_\t2\tdet\n";
        let e = parse_gold(short).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("found 8"), "{e}");
        let upos = "1\tA\ta\tDETERMINER\tDT\t_\t0\troot\t_\t_\n";
        assert!(parse_gold(upos).unwrap_err().message.contains("UPOS"));
        let order = "1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n3\tB\tb\tDET\tDT\t_\t1\tdet\t_\t_\n";
        assert!(parse_gold(order).unwrap_err().message.contains("sequence"));
        let far = "\n1\tA\ta\tDET\tDT\t_\t9\tdet\t_\t_\n";
        assert_eq!(parse_gold(far).unwrap_err().line, 2);
    }
}
