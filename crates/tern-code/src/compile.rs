//! Precompiled lookup tables built once from a [`DictionarySet`]: verb forms → verbs,
//! patterns flattened and sorted most specific first, synsets expanded, discards and issues
//! as Aho-Corasick automata.
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rustc_hash::FxHashMap;
use tern_dict::{DictionarySet, Elem, EventCode, Origin};

/// One element of a flattened pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Item {
    /// A word (upper case), as its id in [`Tables::vocab`].
    Word(u32),
    /// An expanded synset: index into [`Tables::synsets`].
    Syn(u32),
    /// `$`
    Source,
    /// `+`
    Target,
    /// `%`
    Compound,
    /// `_`: the neighbours are adjacent.
    Next,
}

impl Item {
    /// An actor slot (`$`, `+`, `%`).
    pub(crate) fn is_slot(&self) -> bool {
        matches!(self, Item::Source | Item::Target | Item::Compound)
    }
}

/// A compiled pattern.
#[derive(Clone, Debug)]
pub(crate) struct CPattern {
    /// Elements before the verb, in sentence order.
    pub before: Vec<Item>,
    /// `before` reversed, as the backward matcher walks it (built once here, not per try).
    pub before_rev: Vec<Item>,
    /// Elements after the verb, in sentence order.
    pub after: Vec<Item>,
    /// The code.
    pub code: EventCode,
    /// Where it is written.
    pub origin: Origin,
    /// The pattern as written (`- * WITH + [057]`).
    pub text: String,
    /// Number of words and synsets: more is more specific.
    pub weight: usize,
    /// Every plain word the pattern needs: a sentence without one of them cannot match.
    pub anchors: Vec<u32>,
    /// Every synset the pattern needs: a sentence without a member's first word cannot match.
    pub syn_anchors: Vec<u32>,
    /// Read from a PETRARCH2 verb file (`CAMEO.2.0.txt`): the words after `*` are looked for
    /// in the verb's own noun and prepositional phrases, as PETRARCH2 does, not in the
    /// clauses below it. Patterns of tern's own files (`.tern`) and of the older linear
    /// format match anywhere in the verb's subtree.
    pub phrase: bool,
}

/// A verb of a block, compiled.
#[derive(Clone, Debug)]
pub(crate) struct CVerb {
    /// Index of the block.
    pub block: u32,
    /// Words before the head word (upper case), in order.
    pub pre: Vec<Box<str>>,
    /// Words after the head word (upper case), in order.
    pub post: Vec<Box<str>>,
    /// The code of this verb (its own, else the block's).
    pub code: Option<EventCode>,
    /// Where it is written.
    pub origin: Origin,
    /// The verb as written (`ASK_FOR`).
    pub text: String,
    /// Read from a PETRARCH verb file (`CAMEO.2.0.txt`, `PETR.Validate.verbs.txt`), not
    /// tern's format: PETRARCH2's verb interaction and its negation arithmetic apply
    /// (`interact.rs`). tern's own dictionaries spell out complements and refusals in
    /// patterns instead.
    pub petrarch: bool,
}

/// A compiled block: its patterns, most specific first.
#[derive(Clone, Debug)]
pub(crate) struct CBlock {
    pub name: String,
    pub patterns: Vec<CPattern>,
}

/// One side of a transformation's inner event: a variable (`a`, `b`), `_` (anyone) or `.`
/// (anyone or no one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum TVar {
    /// `_` or `.`: not bound.
    Any,
    /// A named variable.
    Var(Box<str>),
}

/// A compiled transformation `~ a (a b ATTACK) SAY = a b 015`: an outer verb `SAY` whose
/// complement holds an event of the `ATTACK` family becomes one event.
#[derive(Clone, Debug)]
pub(crate) struct CTransform {
    /// The outer verb (`SAY`): matches a token that can be this dictionary verb.
    pub outer_verb: Box<str>,
    /// The outer verb's code (`SAY` → 010): PETRARCH2 keys transformations by the outer
    /// event's code, so any verb coded so is an outer verb (`announced`, `stated`).
    pub outer_code: Option<String>,
    /// The outer verb's source variable (`a`).
    pub outer_src: Box<str>,
    /// The inner event's source and target.
    pub inner_src: TVar,
    pub inner_tgt: TVar,
    /// Code prefix the inner event must have (the named verb's code without trailing zeros:
    /// `ATTACK [190]` → `19`); `None` for a code variable (`Q`).
    pub inner_prefix: Option<String>,
    /// The result: source and target variables, and the code (`None`: the inner code).
    pub rhs_src: Box<str>,
    pub rhs_tgt: Box<str>,
    pub rhs_code: Option<String>,
    /// Where it is written, and as written.
    pub origin: Origin,
    pub text: String,
    /// Precedence among the transformations of one outer verb, highest first, as
    /// PETRARCH2's transformation tree tries them: a named inner verb before a code variable
    /// (`Q`); an inner source that is the outer source (`a`), then another variable, then
    /// `_`, then `.`; the inner target likewise (a variable, `_`, `.`).
    pub rank: (u8, u8, u8),
}

fn tvar(s: &str) -> TVar {
    match s {
        "_" | "." => TVar::Any,
        v => TVar::Var(v.into()),
    }
}

/// Compiles `a (b c NAME) OUTER` = `x y CODE`; other shapes are left out (`None`).
fn compile_transform(t: &tern_dict::Transformation, verbs: &[CVerb]) -> Option<CTransform> {
    let lhs = t.lhs.replace('(', " ( ").replace(')', " ) ");
    let l: Vec<&str> = lhs.split_whitespace().collect();
    let r: Vec<&str> = t.rhs.split_whitespace().collect();
    let ([a, "(", s, g, name, ")", outer], [x, y, code]) = (l.as_slice(), r.as_slice()) else {
        return None;
    };
    let is_var = |w: &str| w.len() == 1 && w.bytes().all(|b| b.is_ascii_alphabetic());
    let inner_prefix = if is_var(name) {
        None
    } else {
        let named = verbs.iter().find(|v| v.text == *name)?;
        let c = named.code.as_ref()?.active.clone()?;
        let mut p = c.trim_end_matches('0').to_string();
        while p.len() < 2 {
            p.push('0');
        }
        Some(p)
    };
    let outer_code = verbs
        .iter()
        .find(|v| v.text == *outer)
        .and_then(|v| v.code.as_ref())
        .and_then(|c| c.active.clone());
    let side_rank = |w: &str| match w {
        "." => 0,
        "_" => 1,
        w if w == *a => 3,
        _ => 2,
    };
    let rank = (
        u8::from(inner_prefix.is_some()),
        side_rank(s),
        side_rank(g).min(2),
    );
    Some(CTransform {
        rank,
        outer_verb: (*outer).into(),
        outer_code,
        outer_src: (*a).into(),
        inner_src: tvar(s),
        inner_tgt: tvar(g),
        inner_prefix,
        rhs_src: (*x).into(),
        rhs_tgt: (*y).into(),
        rhs_code: (!is_var(code)).then(|| code.to_string()),
        origin: t.origin,
        text: format!("~ {} = {}", t.lhs, t.rhs),
    })
}

/// All tables.
pub(crate) struct Tables {
    pub verbs: Vec<CVerb>,
    /// Upper-case form → indices into `verbs`.
    pub by_form: FxHashMap<Box<str>, Vec<u32>>,
    pub blocks: Vec<CBlock>,
    /// Expanded synsets: each member a list of upper-case words.
    pub synsets: Vec<Vec<Vec<u32>>>,
    /// Every word patterns and synsets use (upper case) → its id.
    pub vocab: FxHashMap<Box<str>, u32>,
    /// Ids of the negating words (`NOT`, `N'T`, `NEVER`) that patterns use.
    pub negators: Vec<u32>,
    /// Discards: automaton over ` folded words ` and, per pattern, (discard index).
    pub discards: Option<AhoCorasick>,
    /// Discards read from PETRARCH files, matched as PETRARCH2 does (`Coder::raw_words`):
    /// whole blank-separated words of the text, punctuation attached; and per pattern the
    /// discard index.
    pub pdiscards: Option<AhoCorasick>,
    pub pdiscard_ids: Vec<usize>,
    pub discard_ids: Vec<usize>,
    /// Issues: automaton and per pattern the issue index.
    pub issues: Option<AhoCorasick>,
    pub issue_ids: Vec<usize>,
    /// Transformations, in file order (the first that matches applies).
    pub transforms: Vec<CTransform>,
}

fn plural(w: &str) -> Vec<String> {
    let mut v = vec![w.to_string()];
    if w.ends_with('S') || w.ends_with('X') || w.ends_with("CH") || w.ends_with("SH") {
        v.push(format!("{w}ES"));
    } else if let Some(stem) = w.strip_suffix('Y') {
        if !stem.ends_with(['A', 'E', 'I', 'O', 'U']) {
            v.push(format!("{stem}IES"));
        } else {
            v.push(format!("{w}S"));
        }
    } else {
        v.push(format!("{w}S"));
    }
    v
}

struct SynBuilder<'a> {
    set: &'a DictionarySet,
    index: FxHashMap<String, u32>,
    out: Vec<Vec<Vec<u32>>>,
    vocab: FxHashMap<Box<str>, u32>,
}

impl SynBuilder<'_> {
    fn id(&mut self, w: &str) -> u32 {
        if let Some(&i) = self.vocab.get(w) {
            return i;
        }
        let i = self.vocab.len() as u32;
        self.vocab.insert(w.into(), i);
        i
    }

    fn get(&mut self, name: &str, depth: usize) -> u32 {
        let name = name.trim_end_matches('_').to_ascii_uppercase();
        if let Some(&i) = self.index.get(&name) {
            return i;
        }
        let i = self.out.len() as u32;
        self.index.insert(name.clone(), i);
        self.out.push(Vec::new());
        let mut members: Vec<Vec<u32>> = Vec::new();
        if let Some(s) = self.set.verbs.synset(&name) {
            let s = s.clone();
            for m in &s.members {
                let words: Vec<String> = m
                    .words
                    .iter()
                    .flat_map(|w| w.split('_'))
                    .filter(|w| !w.is_empty())
                    .map(|w| w.to_ascii_uppercase())
                    .collect();
                if words.len() == 1 && words[0].starts_with('&') && depth < 4 {
                    let inner = self.get(&words[0][1..], depth + 1);
                    let inner = self.out[inner as usize].clone();
                    members.extend(inner);
                    continue;
                }
                let Some((last, init)) = words.split_last() else {
                    continue;
                };
                let lasts = if s.plurals && m.plural {
                    plural(last)
                } else {
                    vec![last.clone()]
                };
                for l in lasts {
                    let mut w: Vec<u32> = init.iter().map(|x| self.id(x)).collect();
                    w.push(self.id(&l));
                    members.push(w);
                }
            }
        }
        // Longest members first, so that the longest alternative is tried first.
        members.sort_by_key(|m| std::cmp::Reverse(m.len()));
        self.out[i as usize] = members;
        i
    }
}

fn flatten(elems: &[Elem], syn: &mut SynBuilder<'_>, out: &mut Vec<Item>) {
    for e in elems {
        match e {
            Elem::Word(w) => {
                // `IN_AND` style words joined by `_` are adjacent words.
                let mut first = true;
                for part in w.split('_') {
                    if !first {
                        out.push(Item::Next);
                    }
                    first = false;
                    if part.is_empty() {
                        continue;
                    }
                    if let Some(s) = part.strip_prefix('&') {
                        out.push(Item::Syn(syn.get(s, 0)));
                    } else {
                        out.push(Item::Word(syn.id(&part.to_ascii_uppercase())));
                    }
                }
            }
            Elem::Synset(s) => out.push(Item::Syn(syn.get(s, 0))),
            Elem::NounPhrase(v) => flatten(v, syn, out),
            Elem::Prep { prep, objects } => {
                out.push(Item::Word(syn.id(&prep.to_ascii_uppercase())));
                flatten(objects, syn, out);
            }
            Elem::Source => out.push(Item::Source),
            Elem::Target => out.push(Item::Target),
            Elem::Compound => out.push(Item::Compound),
            Elem::Skip => {}
            Elem::Next => out.push(Item::Next),
        }
    }
    // Collapse repeated or dangling adjacency markers.
    out.dedup_by(|a, b| *a == Item::Next && *b == Item::Next);
}

fn pattern_text(p: &tern_dict::Pattern) -> String {
    let mut s = String::from("-");
    for e in &p.before {
        s.push(' ');
        s.push_str(&e.to_string());
    }
    s.push_str(" *");
    for e in &p.after {
        s.push(' ');
        s.push_str(&e.to_string());
    }
    s.push_str(&format!(" [{}]", p.code));
    s.replace(" _ ", "_").replace(" _", "_").replace("_ ", "_")
}

impl Tables {
    pub fn new(set: &DictionarySet) -> Tables {
        let mut syn = SynBuilder {
            set,
            index: FxHashMap::default(),
            out: Vec::new(),
            vocab: FxHashMap::default(),
        };
        let mut verbs = Vec::new();
        let mut by_form: FxHashMap<Box<str>, Vec<u32>> = FxHashMap::default();
        let mut blocks = Vec::with_capacity(set.verbs.blocks.len());
        // Read from a PETRARCH verb file, not tern's own format.
        let from_petrarch = |o: Origin| {
            !set.files
                .get(o.file as usize)
                .is_some_and(|f| f.ends_with(".tern"))
        };
        for (bi, b) in set.verbs.blocks.iter().enumerate() {
            let mut patterns: Vec<CPattern> = b
                .patterns
                .iter()
                .map(|p| {
                    let mut before = Vec::new();
                    flatten(&p.before, &mut syn, &mut before);
                    let mut after = Vec::new();
                    flatten(&p.after, &mut syn, &mut after);
                    let weight = before
                        .iter()
                        .chain(&after)
                        .filter(|i| matches!(i, Item::Word(_) | Item::Syn(_)))
                        .count();
                    let anchors = before
                        .iter()
                        .chain(&after)
                        .filter_map(|i| match i {
                            Item::Word(w) => Some(*w),
                            _ => None,
                        })
                        .collect();
                    let mut syn_anchors: Vec<u32> = before
                        .iter()
                        .chain(&after)
                        .filter_map(|i| match i {
                            Item::Syn(s) => Some(*s),
                            _ => None,
                        })
                        .collect();
                    syn_anchors.sort_unstable();
                    syn_anchors.dedup();
                    let phrase = set.verbs.format == tern_dict::VerbFormat::Petrarch2
                        && from_petrarch(p.origin);
                    CPattern {
                        anchors,
                        syn_anchors,
                        phrase,
                        before_rev: before.iter().rev().cloned().collect(),
                        before,
                        after,
                        code: p.code.clone(),
                        origin: p.origin,
                        text: pattern_text(p),
                        weight,
                    }
                })
                .collect();
            // The same pattern written twice in a block: the last one wins, as in PETRARCH2
            // (its pattern tree keeps the code stored last).
            let mut keep = vec![true; patterns.len()];
            for i in 0..patterns.len() {
                keep[i] = !patterns[i + 1..]
                    .iter()
                    .any(|q| q.before == patterns[i].before && q.after == patterns[i].after);
            }
            let mut k = 0;
            patterns.retain(|_| {
                k += 1;
                keep[k - 1]
            });
            // Most specific first; among equals in a PETRARCH2 file, literal words before
            // synsets (PETRARCH2's pattern tree tries a word before the synsets at each
            // step: `MISSILE *` before `&WEAPON *`); file order among the rest (stable).
            patterns.sort_by_key(|p| {
                let synsets = if p.phrase {
                    p.before
                        .iter()
                        .chain(&p.after)
                        .filter(|i| matches!(i, Item::Syn(_)))
                        .count()
                } else {
                    0
                };
                (std::cmp::Reverse(p.weight), synsets)
            });
            blocks.push(CBlock {
                name: b.name.clone(),
                patterns,
            });
            for v in &b.verbs {
                let words: Vec<String> = v.words.iter().map(|w| w.to_ascii_uppercase()).collect();
                let head = v.head.min(words.len().saturating_sub(1));
                let idx = verbs.len() as u32;
                verbs.push(CVerb {
                    block: bi as u32,
                    pre: words
                        .get(..head)
                        .unwrap_or(&[])
                        .iter()
                        .map(|w| w.as_str().into())
                        .collect(),
                    post: words
                        .get(head + 1..)
                        .unwrap_or(&[])
                        .iter()
                        .map(|w| w.as_str().into())
                        .collect(),
                    code: v.code.clone().or_else(|| b.code.clone()),
                    origin: v.origin,
                    text: words.join("_"),
                    petrarch: from_petrarch(v.origin),
                });
                let mut forms: Vec<String> =
                    v.forms.iter().map(|f| f.to_ascii_uppercase()).collect();
                if let Some(h) = words.get(head) {
                    forms.push(h.clone());
                }
                forms.sort();
                forms.dedup();
                for f in forms {
                    by_form.entry(f.into()).or_default().push(idx);
                }
            }
        }
        // Multi-word verbs first, so that `ASK_FOR` is tried before `ASK`.
        for list in by_form.values_mut() {
            list.sort_by_key(|&i| {
                let v = &verbs[i as usize];
                std::cmp::Reverse(v.pre.len() + v.post.len())
            });
        }
        let build = |keys: &[String]| -> Option<AhoCorasick> {
            if keys.is_empty() {
                return None;
            }
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .build(keys)
                .ok()
        };
        let mut dkeys = Vec::new();
        let mut discard_ids = Vec::new();
        let mut pkeys = Vec::new();
        let mut pdiscard_ids = Vec::new();
        for (i, d) in set.discards.iter().enumerate() {
            let t = d.text.trim();
            if t.is_empty() {
                continue;
            }
            if from_petrarch(d.origin) {
                pkeys.push(format!(" {t} "));
                pdiscard_ids.push(i);
                continue;
            }
            dkeys.push(if d.whole_word {
                format!(" {t} ")
            } else {
                format!(" {t}")
            });
            discard_ids.push(i);
        }
        let mut ikeys = Vec::new();
        let mut issue_ids = Vec::new();
        for (i, is) in set.issues.iter().enumerate() {
            for f in &is.forms {
                let f = f.trim();
                if !f.is_empty() {
                    ikeys.push(format!(" {f} "));
                    issue_ids.push(i);
                }
            }
        }
        let mut transforms: Vec<CTransform> = set
            .verbs
            .transformations
            .iter()
            .filter_map(|t| compile_transform(t, &verbs))
            .collect();
        // The order PETRARCH2's transformation tree tries them (file order among equals).
        transforms.sort_by_key(|t| std::cmp::Reverse(t.rank));
        Tables {
            transforms,
            verbs,
            by_form,
            blocks,
            negators: ["NOT", "N'T", "NEVER"]
                .iter()
                .filter_map(|w| syn.vocab.get(*w).copied())
                .collect(),
            synsets: syn.out,
            vocab: syn.vocab,
            discards: build(&dkeys),
            discard_ids,
            pdiscards: build(&pkeys),
            pdiscard_ids,
            issues: build(&ikeys),
            issue_ids,
        }
    }
}
