//! A defensive view of one sentence's dependency tree: children lists, subtree extents and
//! the words in upper case, computed once per sentence. Malformed heads (out of range,
//! self-loops, cycles) are treated as roots or cut, never followed forever.
use tern_core::{Sentence, Token};

/// Relations that keep a token inside its head's noun phrase.
pub(crate) fn np_internal(rel: &str) -> bool {
    matches!(
        rel,
        "compound"
            | "flat"
            | "flat:name"
            | "flat:foreign"
            | "amod"
            | "nmod:poss"
            | "det"
            | "det:poss"
            | "nummod"
            | "case"
            | "appos"
            | "compound:prt"
            | "fixed"
            | "goeswith"
            | "nmod:desc"
            | "det:predet"
            | "punct"
    )
}

pub(crate) struct Tree<'a> {
    pub toks: &'a [Token],
    /// Head of each token (0-based), `usize::MAX` for a root or a bad head.
    pub head: Vec<usize>,
    /// Children, CSR: children of `i` are `kids[first[i]..first[i+1]]`, in token order.
    first: Vec<u32>,
    kids: Vec<u32>,
    /// Upper-case forms and lemmas.
    pub up_form: Vec<String>,
    pub up_lemma: Vec<String>,
    /// Smallest and largest token index in each token's subtree.
    pub lo: Vec<u32>,
    pub hi: Vec<u32>,
}

pub(crate) const NONE: usize = usize::MAX;

impl<'a> Tree<'a> {
    pub fn new(s: &'a Sentence) -> Tree<'a> {
        let toks = &s.tokens[..];
        let n = toks.len();
        let mut head: Vec<usize> = toks
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let h = t.head as usize;
                if h == 0 || h > n || h - 1 == i {
                    NONE
                } else {
                    h - 1
                }
            })
            .collect();
        // Cut cycles: walk up from each token; a walk longer than n is a cycle.
        for i in 0..n {
            let mut x = i;
            let mut steps = 0;
            while head[x] != NONE {
                x = head[x];
                steps += 1;
                if steps > n {
                    head[i] = NONE;
                    break;
                }
            }
        }
        let mut count = vec![0u32; n + 1];
        for &h in &head {
            if h != NONE {
                count[h + 1] += 1;
            }
        }
        for i in 0..n {
            count[i + 1] += count[i];
        }
        let first = count.clone();
        let mut fill = count;
        let mut kids = vec![0u32; first[n] as usize];
        for (i, &h) in head.iter().enumerate() {
            if h != NONE {
                kids[fill[h] as usize] = i as u32;
                fill[h] += 1;
            }
        }
        let mut lo: Vec<u32> = (0..n as u32).collect();
        let mut hi: Vec<u32> = (0..n as u32).collect();
        // Propagate extents upwards; each token's chain is acyclic now.
        for i in 0..n {
            let mut x = i;
            let mut steps = 0;
            while head[x] != NONE && steps <= n {
                let h = head[x];
                lo[h] = lo[h].min(i as u32);
                hi[h] = hi[h].max(i as u32);
                x = h;
                steps += 1;
            }
        }
        let up_form = toks.iter().map(|t| t.form.to_uppercase()).collect();
        let up_lemma = toks.iter().map(|t| t.lemma.to_uppercase()).collect();
        Tree {
            toks,
            head,
            first,
            kids,
            up_form,
            up_lemma,
            lo,
            hi,
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn kids(&self, i: usize) -> &[u32] {
        match (self.first.get(i), self.first.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.kids[a as usize..b as usize],
            _ => &[],
        }
    }

    pub fn rel(&self, i: usize) -> &'static str {
        self.toks.get(i).map_or("dep", |t| t.rel.as_str())
    }

    pub fn head_of(&self, i: usize) -> Option<usize> {
        self.head.get(i).copied().filter(|&h| h != NONE)
    }

    /// The word at `i` matches an upper-case dictionary word.
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.up_form.get(i).is_some_and(|f| f == w) || self.up_lemma.get(i).is_some_and(|l| l == w)
    }
}
