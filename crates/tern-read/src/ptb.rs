//! Penn Treebank trees (PETRARCH's `<Parse>`, CoreNLP output) converted to Universal
//! Dependencies.
//!
//! [`dependencies`] reads a bracketed tree and returns its words with Penn tags, a UPOS, a
//! head and a UD relation, so that a sentence can be coded from a parse the input supplied
//! instead of tern's own (`tern code --use-parses`). The conversion is the usual
//! constituency-to-dependency one: head rules find each phrase's head word (content words
//! head, as UD wants: the main verb over its auxiliaries, the noun over its preposition, a
//! copula's predicate over `be`), and each other child is labelled from the phrase it sits
//! in, its category and its position (subject before the verb phrase, objects after the
//! verb, determiners and modifiers inside noun phrases, conjuncts of a coordination, …).
//! Empty elements (`-NONE-`), function tags (`NP-SBJ-1`) and PTB bracket escapes
//! (`-LRB-`) are handled.
//!
//! It covers what event coding looks at (subjects, objects, obliques, passives, clausal
//! complements, coordination, apposition, possessives, negation); rarer relations fall back
//! to `dep`. It is not a replacement for a trained converter on treebank-scale evaluation.
use thiserror::Error;

/// A word of a converted tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PtbWord {
    /// The word, with PTB escapes undone (`-LRB-` → `(`, `` `` `` → `"`).
    pub form: String,
    /// The Penn tag as the tree gives it (`VBD`; CoreNLP's `AUXD`-style tags become `VBD`).
    pub xpos: String,
    /// Universal POS derived from the Penn tag and the word's relation (`AUX` for auxiliaries
    /// and copulas).
    pub upos: &'static str,
    /// 1-based head, 0 for the root.
    pub head: u32,
    /// Universal Dependencies relation.
    pub rel: &'static str,
}

/// Why a tree could not be read.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum PtbError {
    /// A `)` without its `(`, or a tree left open.
    #[error("unbalanced brackets at byte {at} of the parse")]
    Unbalanced {
        /// Byte offset in the parse text.
        at: usize,
    },
    /// No word in the tree.
    #[error("the parse has no words")]
    Empty,
    /// Text outside any bracket, or a phrase without a label.
    #[error("malformed parse at byte {at}: {what}")]
    Malformed {
        /// Byte offset in the parse text.
        at: usize,
        /// What was found.
        what: String,
    },
}

#[derive(Debug)]
struct Node {
    /// Category without function tags (`NP` of `NP-SBJ-1`), or the tag of a preterminal.
    label: String,
    /// The first function tag (`SBJ`, `TMP`), if any.
    func: Option<String>,
    children: Vec<usize>,
    /// For a preterminal: its word's index.
    word: Option<usize>,
}

struct Tree {
    nodes: Vec<Node>,
    words: Vec<(String, String)>, // (form, tag)
    root: usize,
}

/// Converts a bracketed Penn Treebank tree into UD dependencies, one [`PtbWord`] per word
/// in order.
///
/// # Errors
/// [`PtbError`] when the brackets do not balance, the tree is malformed or has no word.
pub fn dependencies(parse: &str) -> Result<Vec<PtbWord>, PtbError> {
    let tree = read_tree(parse)?;
    if tree.words.is_empty() {
        return Err(PtbError::Empty);
    }
    Ok(convert(&tree))
}

fn read_tree(s: &str) -> Result<Tree, PtbError> {
    let b = s.as_bytes();
    let mut nodes: Vec<Node> = Vec::new();
    let mut words = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    let mut tops: Vec<usize> = Vec::new();
    let mut i = 0;
    let atom = |i: &mut usize| -> (usize, usize) {
        let start = *i;
        while *i < b.len() && !b[*i].is_ascii_whitespace() && b[*i] != b'(' && b[*i] != b')' {
            *i += 1;
        }
        (start, *i)
    };
    while i < b.len() {
        match b[i] {
            c if c.is_ascii_whitespace() => i += 1,
            b'(' => {
                i += 1;
                while i < b.len() && b[i].is_ascii_whitespace() {
                    i += 1;
                }
                let (ls, le) = atom(&mut i);
                let raw = &s[ls..le];
                let (label, func) = split_label(raw);
                let label = normal_tag(&label);
                let id = nodes.len();
                nodes.push(Node {
                    label,
                    func,
                    children: Vec::new(),
                    word: None,
                });
                match stack.last() {
                    Some(&p) => nodes[p].children.push(id),
                    None => tops.push(id),
                }
                stack.push(id);
            }
            b')' => {
                if stack.pop().is_none() {
                    return Err(PtbError::Unbalanced { at: i });
                }
                i += 1;
            }
            _ => {
                let (ws, we) = atom(&mut i);
                let Some(&p) = stack.last() else {
                    return Err(PtbError::Malformed {
                        at: ws,
                        what: format!("`{}` outside any bracket", &s[ws..we]),
                    });
                };
                if nodes[p].word.is_some() || !nodes[p].children.is_empty() {
                    return Err(PtbError::Malformed {
                        at: ws,
                        what: format!("word `{}` beside phrases", &s[ws..we]),
                    });
                }
                // The empty-label case `( word)` is not valid PTB.
                if nodes[p].label.is_empty() {
                    return Err(PtbError::Malformed {
                        at: ws,
                        what: "a word without a tag".into(),
                    });
                }
                nodes[p].word = Some(usize::MAX); // filled after pruning
                words.push((s[ws..we].to_string(), p));
            }
        }
    }
    if !stack.is_empty() {
        return Err(PtbError::Unbalanced { at: b.len() });
    }
    // Drop empty elements and phrases left without words; number the real words.
    let mut kept: Vec<(String, String)> = Vec::new();
    for (form, p) in &words {
        if nodes[*p].label == "-NONE-" {
            nodes[*p].word = None;
            continue;
        }
        nodes[*p].word = Some(kept.len());
        kept.push((unescape(form), nodes[*p].label.clone()));
    }
    fn prune(nodes: &mut Vec<Node>, id: usize) -> bool {
        if nodes[id].word.is_some() {
            return true;
        }
        let children = std::mem::take(&mut nodes[id].children);
        let kept: Vec<usize> = children.into_iter().filter(|&c| prune(nodes, c)).collect();
        let any = !kept.is_empty();
        nodes[id].children = kept;
        any
    }
    let tops: Vec<usize> = tops.into_iter().filter(|&t| prune(&mut nodes, t)).collect();
    let root = match tops.as_slice() {
        [] => return Err(PtbError::Empty),
        [one] => *one,
        many => {
            let id = nodes.len();
            nodes.push(Node {
                label: "ROOT".into(),
                func: None,
                children: many.to_vec(),
                word: None,
            });
            id
        }
    };
    Ok(Tree {
        nodes,
        words: kept,
        root,
    })
}

fn split_label(raw: &str) -> (String, Option<String>) {
    if raw.starts_with('-') && raw.ends_with('-') && raw.len() > 2 {
        return (raw.to_string(), None); // -NONE-, -LRB-
    }
    let mut parts = raw.split(['-', '=']);
    let label = parts.next().unwrap_or("").to_string();
    let func = parts
        .find(|p| !p.is_empty() && !p.bytes().all(|c| c.is_ascii_digit()))
        .map(str::to_string);
    (label, func)
}

fn unescape(w: &str) -> String {
    match w {
        "-LRB-" | "-LCB-" | "-LSB-" => "(".into(),
        "-RRB-" | "-RCB-" | "-RSB-" => ")".into(),
        "``" | "''" => "\"".into(),
        _ => w.replace("\\/", "/").replace("\\*", "*"),
    }
}

/// CoreNLP's old `AUX*` tags and bracket tags as Penn tags.
fn normal_tag(t: &str) -> String {
    match t {
        "AUX" | "AUXB" => "VB".into(),
        "AUXD" => "VBD".into(),
        "AUXG" => "VBG".into(),
        "AUXN" => "VBN".into(),
        "AUXP" => "VBP".into(),
        "AUXZ" => "VBZ".into(),
        "-LCB-" | "-LSB-" => "-LRB-".into(),
        "-RCB-" | "-RSB-" => "-RRB-".into(),
        _ => t.to_string(),
    }
}

fn is_punct_tag(t: &str) -> bool {
    matches!(
        t,
        "." | "," | ":" | "``" | "''" | "-LRB-" | "-RRB-" | "HYPH" | "NFP"
    )
}

fn is_verb_tag(t: &str) -> bool {
    matches!(t, "VB" | "VBD" | "VBG" | "VBN" | "VBP" | "VBZ" | "MD")
}

fn is_noun_tag(t: &str) -> bool {
    matches!(
        t,
        "NN" | "NNS" | "NNP" | "NNPS" | "PRP" | "CD" | "EX" | "WP" | "NX" | "$" | "FW"
    )
}

const BE: &[&str] = &[
    "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m", "s",
];
const GET: &[&str] = &["get", "gets", "got", "gotten", "getting"];
const AUX_VERBS: &[&str] = &[
    "have", "has", "had", "having", "'ve", "'d", "do", "does", "did", "will", "would", "shall",
    "should", "may", "might", "must", "can", "could", "'ll", "wo", "ca",
];

struct Conv<'a> {
    t: &'a Tree,
    head_of: Vec<usize>, // node → head word
    out_head: Vec<u32>,
    out_rel: Vec<&'static str>,
}

fn convert(t: &Tree) -> Vec<PtbWord> {
    let n = t.words.len();
    let mut c = Conv {
        t,
        head_of: vec![usize::MAX; t.nodes.len()],
        out_head: vec![0; n],
        out_rel: vec!["dep"; n],
    };
    c.heads(t.root);
    c.attach(t.root);
    let root = c.head_of[t.root];
    c.out_head[root] = 0;
    c.out_rel[root] = "root";
    c.passives();
    (0..n)
        .map(|i| {
            let (form, xpos) = &t.words[i];
            PtbWord {
                form: form.clone(),
                xpos: xpos.clone(),
                upos: upos(xpos, form, c.out_rel[i]),
                head: c.out_head[i],
                rel: c.out_rel[i],
            }
        })
        .collect()
}

impl Conv<'_> {
    fn label(&self, id: usize) -> &str {
        &self.t.nodes[id].label
    }
    fn word(&self, i: usize) -> &str {
        &self.t.words[i].0
    }
    fn tag(&self, i: usize) -> &str {
        &self.t.words[i].1
    }
    fn kids(&self, id: usize) -> &[usize] {
        &self.t.nodes[id].children
    }
    fn is_punct(&self, id: usize) -> bool {
        self.t.nodes[id].word.is_some() && is_punct_tag(self.label(id))
    }

    /// Computes every node's head word; returns the head child index of `id`.
    fn heads(&mut self, id: usize) -> usize {
        if let Some(w) = self.t.nodes[id].word {
            self.head_of[id] = w;
            return w;
        }
        let kids = self.kids(id).to_vec();
        for &k in &kids {
            self.heads(k);
        }
        let h = self.head_child(id);
        self.head_of[id] = self.head_of[kids[h]];
        self.head_of[id]
    }

    /// The conjuncts of a coordinated phrase (children indexes), if it is one.
    fn conjuncts(&self, id: usize) -> Option<Vec<usize>> {
        let kids = self.kids(id);
        let cc = kids
            .iter()
            .enumerate()
            .skip(1)
            .any(|(_, &k)| matches!(self.label(k), "CC" | "CONJP"));
        if !cc {
            return None;
        }
        let conj: Vec<usize> = kids
            .iter()
            .enumerate()
            .filter(|(i, &k)| {
                let pre = *i == 0 && matches!(self.label(k), "DT" | "RB");
                !(self.is_punct(k) || matches!(self.label(k), "CC" | "CONJP") || pre)
            })
            .map(|(i, _)| i)
            .collect();
        (conj.len() >= 2).then_some(conj)
    }

    fn head_child(&self, id: usize) -> usize {
        let kids = self.kids(id);
        let label = self.label(id);
        let find = |cats: &[&str], right: bool| -> Option<usize> {
            let it: Box<dyn Iterator<Item = (usize, &usize)>> = if right {
                Box::new(kids.iter().enumerate().rev())
            } else {
                Box::new(kids.iter().enumerate())
            };
            for (i, &k) in it {
                if cats.contains(&self.label(k)) {
                    return Some(i);
                }
            }
            None
        };
        let first_content = || kids.iter().position(|&k| !self.is_punct(k)).unwrap_or(0);
        if let Some(conj) = self.conjuncts(id) {
            if !matches!(label, "ROOT" | "PP") {
                return conj[0];
            }
        }
        match label {
            "ROOT" | "TOP" | "" => first_content(),
            "S" | "SQ" | "SINV" | "S1" => find(&["VP"], false)
                .or_else(|| find(&["S", "SINV", "SQ"], false))
                .or_else(|| find(&["ADJP", "NP", "PP", "UCP", "FRAG"], false))
                .unwrap_or_else(first_content),
            "SBAR" | "SBARQ" => {
                find(&["S", "SQ", "SINV", "SBAR", "FRAG"], false).unwrap_or_else(first_content)
            }
            "VP" => self.vp_head(id),
            "PP" | "WHPP" => {
                // The object heads (UD); the preposition is its `case`.
                let p = find(&["IN", "TO", "VBG", "VBN", "RP"], false);
                match p {
                    Some(pi) => kids
                        .iter()
                        .enumerate()
                        .skip(pi + 1)
                        .find(|(_, &k)| {
                            matches!(
                                self.label(k),
                                "NP" | "WHNP"
                                    | "S"
                                    | "SBAR"
                                    | "ADJP"
                                    | "ADVP"
                                    | "PP"
                                    | "QP"
                                    | "NN"
                                    | "NNS"
                                    | "NNP"
                                    | "PRP"
                                    | "CD"
                            )
                        })
                        .map(|(i, _)| i)
                        .unwrap_or(pi),
                    None => first_content(),
                }
            }
            "NP" | "NX" | "NML" | "WHNP" => self.np_head(id),
            "ADJP" | "WHADJP" => find(&["JJ", "JJR", "JJS", "VBN", "VBG", "ADJP"], true)
                .or_else(|| find(&["NN", "NNS", "CD", "QP"], true))
                .unwrap_or_else(first_content),
            "ADVP" | "WHADVP" => {
                find(&["RB", "RBR", "RBS", "WRB", "ADVP"], true).unwrap_or_else(first_content)
            }
            "QP" => find(&["CD"], true).unwrap_or_else(first_content),
            "PRT" => find(&["RP"], true).unwrap_or_else(first_content),
            _ => first_content(),
        }
    }

    fn vp_head(&self, id: usize) -> usize {
        let kids = self.kids(id);
        let verb = kids.iter().position(|&k| {
            let l = self.label(k);
            is_verb_tag(l) || l == "TO"
        });
        let vp = kids.iter().position(|&k| self.label(k) == "VP");
        match (verb, vp) {
            // An auxiliary (modal, `to`, be/have/do/get) with a verb phrase after it:
            // the verb phrase heads.
            (Some(v), Some(p)) if p > v => p,
            (Some(v), _) => {
                let w = self.head_of[kids[v]];
                let form = self.word(w).to_ascii_lowercase();
                if BE.contains(&form.as_str()) {
                    // Copula: the predicate heads.
                    if let Some(pred) = kids.iter().enumerate().skip(v + 1).find(|(_, &k)| {
                        matches!(self.label(k), "NP" | "ADJP" | "PP" | "ADVP" | "UCP")
                    }) {
                        return pred.0;
                    }
                }
                v
            }
            (None, Some(p)) => p,
            (None, None) => kids.iter().position(|&k| !self.is_punct(k)).unwrap_or(0),
        }
    }

    fn np_head(&self, id: usize) -> usize {
        let kids = self.kids(id);
        // A noun phrase with a noun phrase first and modifiers after it (PP, SBAR, VP,
        // apposition): the first noun phrase heads.
        if let Some(&first) = kids.first() {
            if matches!(self.label(first), "NP" | "NML") && kids.len() > 1 {
                let rest_is_post = kids[1..].iter().all(|&k| {
                    matches!(
                        self.label(k),
                        "PP" | "SBAR"
                            | "VP"
                            | "NP"
                            | ","
                            | ":"
                            | "ADJP"
                            | "ADVP"
                            | "PRN"
                            | "RRC"
                            | "-LRB-"
                            | "-RRB-"
                            | "."
                            | "S"
                            | "``"
                            | "''"
                            | "QP"
                    )
                });
                // (NP (NP Russia 's) visit): a possessive NP is a modifier, not the head.
                let possessive = self
                    .kids(first)
                    .last()
                    .is_some_and(|&k| self.label(k) == "POS");
                if rest_is_post && !possessive {
                    return 0;
                }
            }
        }
        // Else the rightmost noun-like child, skipping a final possessive marker and
        // punctuation.
        let mut last = None;
        for (i, &k) in kids.iter().enumerate().rev() {
            let l = self.label(k);
            if l == "POS" || self.is_punct(k) {
                continue;
            }
            if last.is_none() {
                last = Some(i);
            }
            if is_noun_tag(l) || matches!(l, "NP" | "NML" | "NX" | "QP") {
                // A possessive NP (ending in POS) is not a head if something follows.
                if matches!(l, "NP" | "NML") && i + 1 < kids.len() {
                    let poss = self.kids(k).last().is_some_and(|&x| self.label(x) == "POS");
                    if poss {
                        continue;
                    }
                }
                return i;
            }
        }
        last.unwrap_or(0)
    }

    /// Attaches every non-head child of `id` (recursively) to the head word of `id`.
    fn attach(&mut self, id: usize) {
        let kids = self.kids(id).to_vec();
        if kids.is_empty() {
            return;
        }
        let h = self.head_of[id];
        let hc = kids.iter().position(|&k| self.head_of[k] == h).unwrap_or(0);
        let conj = self
            .conjuncts(id)
            .filter(|cs| self.label(id) != "ROOT" && cs.contains(&hc));
        for (i, &k) in kids.iter().enumerate() {
            self.attach(k);
            if i == hc {
                continue;
            }
            let d = self.head_of[k];
            let rel = match &conj {
                Some(cs) if cs.contains(&i) => "conj",
                Some(cs) if matches!(self.label(k), "CC" | "CONJP") => {
                    // cc goes to the conjunct after it (UD v2).
                    if let Some(&next) = cs.iter().find(|&&c| c > i) {
                        let nh = self.head_of[kids[next]];
                        self.out_head[d] = nh as u32 + 1;
                        self.out_rel[d] = "cc";
                        continue;
                    }
                    "cc"
                }
                _ => self.relation(id, &kids, hc, i),
            };
            self.out_head[d] = h as u32 + 1;
            self.out_rel[d] = rel;
        }
    }

    /// The relation of child `i` of `id` to the phrase's head (child `hc`).
    fn relation(&self, id: usize, kids: &[usize], hc: usize, i: usize) -> &'static str {
        let k = kids[i];
        let l = self.label(k);
        let p = self.label(id);
        let d = self.head_of[k];
        let dform = self.word(d).to_ascii_lowercase();
        let func = self.t.nodes[k].func.as_deref();
        if self.is_punct(k) {
            return "punct";
        }
        if matches!(l, "CC" | "CONJP") {
            return "cc";
        }
        if func == Some("TMP") && matches!(l, "NP") {
            return "obl:tmod";
        }
        let head_is_verbal = {
            let h = self.head_of[id];
            is_verb_tag(self.tag(h))
        };
        match p {
            "S" | "SQ" | "SINV" | "S1" => match l {
                "NP" if i < hc => {
                    if dform == "there" || self.tag(d) == "EX" {
                        "expl"
                    } else {
                        "nsubj"
                    }
                }
                "NP" => "obj",
                "SBAR" => "advcl",
                "S" if i < hc => "advcl",
                "S" => "parataxis",
                "PP" => "obl",
                "ADVP" | "RB" | "WHADVP" => "advmod",
                "ADJP" => "advcl",
                "VP" => "advcl",
                "PRN" => "parataxis",
                _ => "dep",
            },
            "VP" => {
                if i < hc {
                    match l {
                        "MD" => return "aux",
                        "TO" => return "mark",
                        t if is_verb_tag(t) => {
                            // Is this verb the copula of a predicate?
                            let hk = kids[hc];
                            let pred = !matches!(self.label(hk), "VP");
                            if pred && BE.contains(&dform.as_str()) {
                                return "cop";
                            }
                            if AUX_VERBS.contains(&dform.as_str())
                                || BE.contains(&dform.as_str())
                                || GET.contains(&dform.as_str())
                            {
                                return "aux";
                            }
                            return "aux";
                        }
                        "RB" | "ADVP" => return "advmod",
                        "NP" => return "nsubj",
                        "PP" => return "obl",
                        _ => return "dep",
                    }
                }
                match l {
                    "NP" => {
                        // Two noun phrases after the verb: the first is the indirect object.
                        let nps: Vec<usize> = kids
                            .iter()
                            .enumerate()
                            .skip(hc + 1)
                            .filter(|(_, &x)| {
                                self.label(x) == "NP"
                                    && self.t.nodes[x].func.as_deref() != Some("TMP")
                            })
                            .map(|(j, _)| j)
                            .collect();
                        if nps.len() >= 2 && nps[0] == i {
                            "iobj"
                        } else if head_is_verbal {
                            "obj"
                        } else {
                            "obl"
                        }
                    }
                    "PP" => "obl",
                    "PRT" | "RP" => "compound:prt",
                    "ADVP" | "RB" | "RBR" | "RBS" | "WHADVP" => "advmod",
                    "S" => {
                        if self.has_subject(k) {
                            "ccomp"
                        } else {
                            "xcomp"
                        }
                    }
                    "SBAR" => {
                        if self.adverbial_sbar(k) {
                            "advcl"
                        } else {
                            "ccomp"
                        }
                    }
                    "ADJP" | "JJ" => "xcomp",
                    "VP" => "conj",
                    "PRN" => "parataxis",
                    "TO" => "mark",
                    _ => "dep",
                }
            }
            "NP" | "NX" | "NML" | "WHNP" => {
                if i < hc {
                    match l {
                        "DT" | "WDT" => "det",
                        "PDT" => "det:predet",
                        "PRP$" | "WP$" => "nmod:poss",
                        "NP" | "NML" => {
                            let poss = self.kids(k).last().is_some_and(|&x| self.label(x) == "POS");
                            if poss {
                                "nmod:poss"
                            } else {
                                "compound"
                            }
                        }
                        "NN" | "NNS" | "NNP" | "NNPS" | "FW" | "NX" => "compound",
                        "JJ" | "JJR" | "JJS" | "ADJP" | "VBN" | "VBG" => "amod",
                        "CD" | "QP" => "nummod",
                        "RB" | "ADVP" => "advmod",
                        "$" => "compound",
                        "POS" => "case",
                        _ => "dep",
                    }
                } else {
                    match l {
                        "POS" => "case",
                        "PP" => "nmod",
                        "SBAR" => {
                            if self.is_relative(k) {
                                "acl:relcl"
                            } else {
                                "acl"
                            }
                        }
                        "VP" | "S" | "RRC" => "acl",
                        "NP" => {
                            let after_comma =
                                i > 0 && matches!(self.label(kids[i - 1]), "," | ":" | "-LRB-");
                            if after_comma {
                                "appos"
                            } else {
                                "compound"
                            }
                        }
                        "ADJP" | "JJ" => "amod",
                        "CD" | "QP" => "nummod",
                        "ADVP" | "RB" => "advmod",
                        "PRN" => "appos",
                        _ => "dep",
                    }
                }
            }
            "PP" | "WHPP" => match l {
                "IN" | "TO" | "VBG" | "VBN" | "RP" => {
                    let obj = self.label(kids[hc]);
                    if matches!(obj, "S" | "SBAR") {
                        "mark"
                    } else {
                        "case"
                    }
                }
                "RB" | "ADVP" => "advmod",
                "NP" => "obl",
                "PP" => "nmod",
                _ => "dep",
            },
            "SBAR" | "SBARQ" => match l {
                "IN" | "DT" => "mark",
                "WHADVP" => "advmod",
                "WHNP" => {
                    if self.has_subject(kids[hc]) {
                        "obj"
                    } else {
                        "nsubj"
                    }
                }
                "RB" | "ADVP" => "advmod",
                _ => "dep",
            },
            "ADJP" | "WHADJP" => match l {
                "RB" | "ADVP" | "RBR" | "RBS" => "advmod",
                "PP" => "obl",
                "S" => "xcomp",
                "SBAR" => "ccomp",
                "DT" => "det",
                _ => "dep",
            },
            "ADVP" | "WHADVP" => match l {
                "RB" | "ADVP" => "advmod",
                "PP" => "obl",
                _ => "dep",
            },
            "QP" => match l {
                "CD" => "compound",
                "$" => "dep",
                _ => "advmod",
            },
            "PRT" => "dep",
            _ => "dep",
        }
    }

    fn has_subject(&self, s: usize) -> bool {
        let kids = self.kids(s);
        let vp = kids.iter().position(|&k| self.label(k) == "VP");
        match vp {
            Some(v) => kids[..v].iter().any(|&k| self.label(k) == "NP"),
            None => kids
                .iter()
                .any(|&k| matches!(self.label(k), "S" | "SQ" | "SINV") && self.has_subject(k)),
        }
    }

    fn adverbial_sbar(&self, sbar: usize) -> bool {
        let Some(&first) = self.kids(sbar).first() else {
            return false;
        };
        match self.label(first) {
            "IN" => {
                let w = self.word(self.head_of[first]).to_ascii_lowercase();
                !matches!(w.as_str(), "that" | "whether" | "if")
            }
            "WHADVP" => true,
            _ => false,
        }
    }

    fn is_relative(&self, sbar: usize) -> bool {
        self.kids(sbar)
            .first()
            .is_some_and(|&k| matches!(self.label(k), "WHNP" | "WHPP" | "WHADVP"))
    }

    /// UD's passive subtypes: an auxiliary `be`/`get` over a past participle makes it
    /// `aux:pass`, the participle's subject `nsubj:pass`.
    fn passives(&mut self) {
        let n = self.out_head.len();
        for a in 0..n {
            if self.out_rel[a] != "aux" || self.out_head[a] == 0 {
                continue;
            }
            let v = self.out_head[a] as usize - 1;
            let form = self.word(a).to_ascii_lowercase();
            let passive_aux = BE.contains(&form.as_str()) || GET.contains(&form.as_str());
            // Only the auxiliary right before the participle chain: `has been signed`.
            if passive_aux && self.tag(v) == "VBN" {
                let later_aux = (a + 1..v).any(|b| {
                    self.out_head[b] as usize == v + 1 && self.out_rel[b] == "aux" && {
                        let f = self.word(b).to_ascii_lowercase();
                        BE.contains(&f.as_str()) || GET.contains(&f.as_str())
                    }
                });
                if later_aux {
                    continue;
                }
                self.out_rel[a] = "aux:pass";
                for s in 0..n {
                    if self.out_head[s] as usize == v + 1 && self.out_rel[s] == "nsubj" {
                        self.out_rel[s] = "nsubj:pass";
                    }
                }
            }
        }
    }
}

/// UPOS from the Penn tag, the word and its relation (EWT conventions).
fn upos(xpos: &str, form: &str, rel: &str) -> &'static str {
    if matches!(rel, "aux" | "aux:pass" | "cop") && xpos != "TO" {
        return "AUX";
    }
    match xpos {
        "NN" | "NNS" => "NOUN",
        "NNP" | "NNPS" => "PROPN",
        "VB" | "VBD" | "VBG" | "VBN" | "VBP" | "VBZ" => "VERB",
        "MD" => "AUX",
        "JJ" | "JJR" | "JJS" => "ADJ",
        "RB" | "RBR" | "RBS" | "WRB" => {
            if matches!(form.to_ascii_lowercase().as_str(), "not" | "n't") {
                "PART"
            } else {
                "ADV"
            }
        }
        "IN" => {
            if rel == "mark" {
                "SCONJ"
            } else {
                "ADP"
            }
        }
        "DT" | "PDT" | "WDT" => "DET",
        "PRP" | "WP" | "EX" => "PRON",
        "PRP$" | "WP$" => "PRON",
        "CD" => "NUM",
        "CC" => "CCONJ",
        "TO" | "POS" | "RP" => {
            if xpos == "RP" {
                "ADP"
            } else {
                "PART"
            }
        }
        "UH" => "INTJ",
        "FW" => "X",
        "SYM" | "$" | "#" => "SYM",
        "LS" => "X",
        t if is_punct_tag(t) => "PUNCT",
        _ => "X",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deps(s: &str) -> Vec<(String, u32, &'static str)> {
        dependencies(s)
            .unwrap()
            .into_iter()
            .map(|w| (w.form, w.head, w.rel))
            .collect()
    }

    fn rel_of<'a>(d: &'a [(String, u32, &'static str)], w: &str) -> (u32, &'a str) {
        let x = d.iter().find(|x| x.0 == w).unwrap();
        (x.1, x.2)
    }

    #[test]
    fn subject_object_and_oblique() {
        let d = deps("(ROOT (S (NP (NNP Northland)) (VP (VBD signed) (NP (DT an) (NN accord)) (PP (IN with) (NP (NNP Southland)))) (. .)))");
        assert_eq!(rel_of(&d, "signed"), (0, "root"));
        assert_eq!(rel_of(&d, "Northland"), (2, "nsubj"));
        assert_eq!(rel_of(&d, "accord"), (2, "obj"));
        assert_eq!(rel_of(&d, "an"), (4, "det"));
        assert_eq!(rel_of(&d, "Southland"), (2, "obl"));
        assert_eq!(rel_of(&d, "with"), (6, "case"));
        assert_eq!(rel_of(&d, "."), (2, "punct"));
    }

    #[test]
    fn passive_with_agent_and_auxiliaries() {
        let d = deps("(ROOT (S (NP (DT The) (NN treaty)) (VP (VBZ has) (VP (VBN been) (VP (VBN signed) (PP (IN by) (NP (NNP Northland)))))) (. .)))");
        assert_eq!(rel_of(&d, "signed"), (0, "root"));
        assert_eq!(rel_of(&d, "treaty"), (5, "nsubj:pass"));
        assert_eq!(rel_of(&d, "has"), (5, "aux"));
        assert_eq!(rel_of(&d, "been"), (5, "aux:pass"));
        assert_eq!(rel_of(&d, "Northland"), (5, "obl"));
        assert_eq!(rel_of(&d, "by"), (7, "case"));
    }

    #[test]
    fn coordination_apposition_possessive_and_traces() {
        let d = deps("(ROOT (S (NP-SBJ-1 (NP (NP (NP (NNP Northland) (POS 's)) (NN minister)) (, ,) (NP (NNP Jane) (NNP Quill)) (, ,))) (VP (VBD met) (NP (NP (NNP Southland)) (CC and) (NP (NNP Eastland))) (NP (-NONE- *T*-1))) (. .)))");
        let forms: Vec<&str> = d.iter().map(|x| x.0.as_str()).collect();
        assert!(!forms.contains(&"*T*-1"), "{forms:?}");
        assert_eq!(rel_of(&d, "met"), (0, "root"));
        assert_eq!(rel_of(&d, "minister"), (8, "nsubj"));
        assert_eq!(rel_of(&d, "Northland"), (3, "nmod:poss"));
        assert_eq!(rel_of(&d, "'s"), (1, "case"));
        assert_eq!(rel_of(&d, "Quill"), (3, "appos"));
        assert_eq!(rel_of(&d, "Jane"), (6, "compound"));
        assert_eq!(rel_of(&d, "Southland"), (8, "obj"));
        assert_eq!(rel_of(&d, "Eastland"), (9, "conj"));
        assert_eq!(rel_of(&d, "and"), (11, "cc"));
    }

    #[test]
    fn clausal_complements_negation_and_copula() {
        let d = deps("(ROOT (S (NP (PRP They)) (VP (VBD said) (SBAR (IN that) (S (NP (NNP Northland)) (VP (MD would) (RB not) (VP (VB attend) (S (VP (TO to) (VP (VB sign) (NP (NN anything))))))))))))");
        assert_eq!(rel_of(&d, "said"), (0, "root"));
        assert_eq!(rel_of(&d, "attend"), (2, "ccomp"));
        assert_eq!(rel_of(&d, "that"), (7, "mark"));
        assert_eq!(rel_of(&d, "would"), (7, "aux"));
        assert_eq!(rel_of(&d, "not"), (7, "advmod"));
        assert_eq!(rel_of(&d, "sign"), (7, "xcomp"));
        assert_eq!(rel_of(&d, "to"), (9, "mark"));
        let c = dependencies("(ROOT (S (NP (NNP Quill)) (VP (VBZ is) (NP (DT a) (NN minister)))))")
            .unwrap();
        assert_eq!((c[1].rel, c[1].upos, c[1].head), ("cop", "AUX", 4));
        assert_eq!(c[3].rel, "root");
    }

    #[test]
    fn corenlp_aux_tags_and_escapes() {
        let w = dependencies("(ROOT (S (NP (NNP X)) (VP (AUXD had) (VP (VBN left) (PRN (-LRB- -LRB-) (NP (NN note)) (-RRB- -RRB-))))))").unwrap();
        assert_eq!(w[1].xpos, "VBD");
        assert_eq!(w[1].rel, "aux");
        assert_eq!(w[3].form, "(");
        assert_eq!(w[5].form, ")");
    }

    #[test]
    fn malformed_trees_are_errors_not_panics() {
        assert_eq!(
            dependencies("(S (NP (NN x))"),
            Err(PtbError::Unbalanced { at: 14 })
        );
        assert!(matches!(
            dependencies("(S (NP x))) )"),
            Err(PtbError::Unbalanced { .. })
        ));
        assert_eq!(dependencies("(ROOT (S (-NONE- *)))"), Err(PtbError::Empty));
        assert!(matches!(
            dependencies("word (S (NN x))"),
            Err(PtbError::Malformed { .. })
        ));
        assert_eq!(dependencies(""), Err(PtbError::Empty));
        for junk in ["(", ")", "(()", "((x y) z)", "(X (Y a) b)", "( a)"] {
            let _ = dependencies(junk);
        }
    }

    #[test]
    fn every_word_has_one_head_chain_to_the_root() {
        let d = dependencies("(ROOT (S (S (NP (NNP A)) (VP (VBD won))) (, ,) (CC but) (S (NP (NNP B)) (VP (VBD lost))) (. .)))").unwrap();
        let roots = d.iter().filter(|w| w.head == 0).count();
        assert_eq!(roots, 1);
        for (i, _) in d.iter().enumerate() {
            let mut at = i + 1;
            let mut steps = 0;
            while at != 0 {
                at = d[at - 1].head as usize;
                steps += 1;
                assert!(steps <= d.len(), "cycle through word {i}");
            }
        }
    }
}
