//! The actor/agent matcher: every phrase of a set compiled into Aho-Corasick automata over
//! folded words, so that finding all actors in a sentence is one scan of it.
use crate::model::{Actor, Agent};
use crate::norm::{fold_into, translit_key};
use rustc_hash::FxHashMap;
use std::fmt;
use tern_core::Token;

/// Which entry a match refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntryRef {
    /// Index into [`crate::DictionarySet::actors`].
    Actor(u32),
    /// Index into [`crate::DictionarySet::agents`].
    Agent(u32),
}

/// How a phrase matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Variant {
    /// The folded words equal a dictionary phrase.
    Exact,
    /// A person's full name, spelled another way (`Sergei Shoigu` for `SERGEY SHOYGU`).
    Transliteration,
    /// A person's surname alone, possibly spelled another way (`Shojgu`).
    Surname,
    /// A capitalized word one edit away from a person's surname (opt-in fallback).
    Fuzzy,
}

impl Variant {
    /// The confidence tern gives a match of this kind.
    pub fn confidence(self) -> f32 {
        match self {
            Variant::Exact => 1.0,
            Variant::Transliteration => 0.9,
            Variant::Surname => 0.8,
            Variant::Fuzzy => 0.5,
        }
    }
}

impl fmt::Display for Variant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Variant::Exact => "exact",
            Variant::Transliteration => "transliteration",
            Variant::Surname => "surname",
            Variant::Fuzzy => "fuzzy",
        })
    }
}

/// One actor or agent found in a sentence.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mention {
    /// First token (0-based).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The entry.
    pub entry: EntryRef,
    /// Which of the entry's names matched.
    pub name: usize,
    /// How it matched.
    pub variant: Variant,
    /// [`Variant::confidence`].
    pub confidence: f32,
    /// For an actor: an agent the same phrase also names (`SENATE` is the US Senate and the
    /// agent `~LEG`), so that `Rwanda's Senate` can read it as the agent.
    pub also_agent: Option<u32>,
}

#[derive(Clone, Copy, Debug)]
struct Target {
    entry: EntryRef,
    name: u16,
    variant: Variant,
}

/// A trie over word ids: a deterministic automaton whose transitions are whole folded
/// words. Walking it from each token gives every phrase starting there; the longest wins.
#[derive(Default)]
struct WordTrie {
    vocab: FxHashMap<Box<str>, u32>,
    edges: FxHashMap<(u32, u32), u32>,
    /// Per node: index into `targets`, or `u32::MAX`.
    terminal: Vec<u32>,
    targets: Vec<Vec<Target>>,
}

impl WordTrie {
    fn with_capacity(phrases: usize) -> WordTrie {
        let mut terminal = Vec::with_capacity(phrases * 2 + 1);
        terminal.push(u32::MAX);
        let mut t = WordTrie {
            terminal,
            ..WordTrie::default()
        };
        t.vocab.reserve(phrases);
        t.edges.reserve(phrases * 2);
        t.targets.reserve(phrases);
        t
    }
    fn word_id(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.vocab.get(w) {
            return id;
        }
        let id = self.vocab.len() as u32;
        self.vocab.insert(w.into(), id);
        id
    }
    fn add<'a>(&mut self, words: impl Iterator<Item = &'a str>, t: Target) {
        let mut node = 0u32;
        let mut any = false;
        for w in words {
            any = true;
            let id = self.word_id(w);
            let next = self.terminal.len() as u32;
            node = *self.edges.entry((node, id)).or_insert(next);
            if node == next {
                self.terminal.push(u32::MAX);
            }
        }
        if !any {
            return;
        }
        let slot = &mut self.terminal[node as usize];
        if *slot == u32::MAX {
            *slot = self.targets.len() as u32;
            self.targets.push(Vec::new());
        }
        self.targets[*slot as usize].push(t);
    }
    /// Word ids of words after `key` turns each into its lookup form (`u32::MAX` for words
    /// the dictionary never uses, or that `keep` rejects).
    fn ids(
        &self,
        words: &[&str],
        keep: impl Fn(usize) -> bool,
        mut key: impl FnMut(&str, &mut String),
    ) -> Vec<u32> {
        let mut buf = String::new();
        words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                if !keep(i) {
                    return u32::MAX;
                }
                buf.clear();
                key(w, &mut buf);
                self.vocab.get(buf.as_str()).copied().unwrap_or(u32::MAX)
            })
            .collect()
    }
    /// For each start, the longest phrase found, pushed as a mention.
    fn scan(
        &self,
        ids: &[u32],
        need_capital: Option<&[bool]>,
        pick: &dyn Fn(usize, &[Target]) -> Option<Target>,
        out: &mut Vec<Mention>,
    ) {
        for start in 0..ids.len() {
            let mut node = 0u32;
            let mut best: Option<(usize, u32)> = None;
            for (k, &id) in ids[start..].iter().enumerate() {
                if id == u32::MAX {
                    break;
                }
                if let Some(cap) = need_capital {
                    if !cap[start + k] {
                        break;
                    }
                }
                match self.edges.get(&(node, id)) {
                    Some(&n) => node = n,
                    None => break,
                }
                let t = self.terminal[node as usize];
                if t != u32::MAX {
                    best = Some((start + k + 1, t));
                }
            }
            if let Some((end, t)) = best {
                let ts = &self.targets[t as usize];
                if let Some(t) = pick(start, ts) {
                    let also_agent = match t.entry {
                        EntryRef::Actor(_) => ts.iter().find_map(|x| match x.entry {
                            EntryRef::Agent(g) if x.variant == Variant::Exact => Some(g),
                            _ => None,
                        }),
                        EntryRef::Agent(_) => None,
                    };
                    out.push(Mention {
                        start,
                        end,
                        entry: t.entry,
                        name: t.name as usize,
                        variant: t.variant,
                        confidence: t.variant.confidence(),
                        also_agent,
                    });
                }
            }
        }
    }
}

/// Picks one of several persons sharing a surname: gets the token's folded form and the
/// candidates (entry, name index).
pub type Resolver<'a> = dyn Fn(&str, &[(EntryRef, usize)]) -> Option<(EntryRef, usize)> + 'a;

/// All actor and agent phrases of a set, compiled into word-level automata. Built by
/// [`crate::DictionarySet`]; call [`ActorMatcher::find`] per sentence.
pub struct ActorMatcher {
    exact: WordTrie,
    /// Names that match only as written (`acronym: US`): the exact token form → target.
    cased: FxHashMap<String, Target>,
    translit: WordTrie,
    /// (translit key of surname, actor) sorted, for the fuzzy fallback.
    surnames: Vec<(String, u32)>,
}

impl fmt::Debug for ActorMatcher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ActorMatcher")
            .field("exact_phrases", &self.exact.targets.len())
            .field("translit_phrases", &self.translit.targets.len())
            .finish()
    }
}

const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

impl ActorMatcher {
    /// Compiles the phrases of `actors` and `agents`.
    pub fn new(actors: &[Actor], agents: &[Agent]) -> ActorMatcher {
        let names: usize = actors.iter().map(|a| a.names.len()).sum::<usize>()
            + agents.iter().map(|a| a.names.len()).sum::<usize>();
        let persons: usize = actors
            .iter()
            .filter(|a| a.person)
            .map(|a| a.names.len())
            .sum();
        let mut exact = WordTrie::with_capacity(names);
        let mut tr = WordTrie::with_capacity(persons * 2);
        let mut surnames = Vec::new();
        let mut keys: Vec<String> = Vec::new();
        let mut cased = FxHashMap::default();
        for (i, a) in actors.iter().enumerate() {
            let entry = EntryRef::Actor(i as u32);
            for (n, name) in a.names.iter().enumerate() {
                let t = |variant| Target {
                    entry,
                    name: n as u16,
                    variant,
                };
                if let Some(form) = &name.case {
                    cased.insert(form.clone(), t(Variant::Exact));
                    continue;
                }
                exact.add(name.words(), t(Variant::Exact));
                if !a.person {
                    continue;
                }
                keys.clear();
                keys.extend(
                    name.words()
                        .filter(|w| !SUFFIXES.contains(&w.trim_end_matches('.')))
                        .map(translit_key),
                );
                if keys.is_empty() || keys.iter().any(|k| k.is_empty()) {
                    continue;
                }
                tr.add(keys.iter().map(|k| k.as_str()), t(Variant::Transliteration));
                if keys.len() >= 2 {
                    let last = &keys[keys.len() - 1];
                    if last.len() >= 3 {
                        tr.add(std::iter::once(last.as_str()), t(Variant::Surname));
                        surnames.push((last.clone(), i as u32));
                    }
                }
            }
        }
        for (i, a) in agents.iter().enumerate() {
            for (n, name) in a.names.iter().enumerate() {
                let t = Target {
                    entry: EntryRef::Agent(i as u32),
                    name: n as u16,
                    variant: Variant::Exact,
                };
                match &name.case {
                    Some(form) => {
                        cased.insert(form.clone(), t);
                    }
                    None => exact.add(name.words(), t),
                }
            }
        }
        surnames.sort();
        surnames.dedup();
        ActorMatcher {
            exact,
            cased,
            translit: tr,
            surnames,
        }
    }

    /// Number of distinct exact phrases compiled.
    pub fn phrase_count(&self) -> usize {
        self.exact.targets.len()
    }

    /// All longest non-overlapping actor and agent matches in a sentence, left to right.
    ///
    /// Tokens are matched on their folded `form`, and on their folded `lemma` where it
    /// differs. Transliteration and surname variants of person names only match tokens that
    /// start with a capital letter. A phrase shared by several entries resolves to the one
    /// defined last (PETRARCH2 keeps the last); a surname shared by several persons does not
    /// match at all.
    pub fn find(&self, tokens: &[Token]) -> Vec<Mention> {
        let forms: Vec<&str> = tokens.iter().map(|t| t.form.as_str()).collect();
        let lemmas: Vec<&str> = tokens.iter().map(|t| t.lemma.as_str()).collect();
        self.find_impl(&forms, Some(&lemmas), false, None)
    }

    /// [`ActorMatcher::find`], but a surname that several persons share is not dropped:
    /// `resolve` gets the token's folded form and the candidates (entry, name index) and
    /// may pick one (see [`crate::DictionarySet::find_actors_on`], which picks by spelling
    /// and by who held an office on the story's date).
    pub fn find_resolving(&self, tokens: &[Token], resolve: &Resolver<'_>) -> Vec<Mention> {
        let forms: Vec<&str> = tokens.iter().map(|t| t.form.as_str()).collect();
        let lemmas: Vec<&str> = tokens.iter().map(|t| t.lemma.as_str()).collect();
        self.find_impl(&forms, Some(&lemmas), false, Some(resolve))
    }

    /// [`ActorMatcher::find`] over plain words (no lemmas).
    pub fn find_words<S: AsRef<str>>(&self, words: &[S]) -> Vec<Mention> {
        let forms: Vec<&str> = words.iter().map(|w| w.as_ref()).collect();
        self.find_impl(&forms, None, false, None)
    }

    /// [`ActorMatcher::find_words`] plus the fuzzy fallback: a capitalized word of 5+
    /// letters that nothing matched and that is one edit away from exactly one person's
    /// surname matches that person with [`Variant::Fuzzy`].
    pub fn find_words_fuzzy<S: AsRef<str>>(&self, words: &[S]) -> Vec<Mention> {
        let forms: Vec<&str> = words.iter().map(|w| w.as_ref()).collect();
        self.find_impl(&forms, None, true, None)
    }

    /// [`ActorMatcher::find_words_fuzzy`] with shared surnames given to `resolve` (see
    /// [`ActorMatcher::find_resolving`]).
    pub fn find_words_fuzzy_resolving<S: AsRef<str>>(
        &self,
        words: &[S],
        resolve: &Resolver<'_>,
    ) -> Vec<Mention> {
        let forms: Vec<&str> = words.iter().map(|w| w.as_ref()).collect();
        self.find_impl(&forms, None, true, Some(resolve))
    }

    fn find_impl(
        &self,
        forms: &[&str],
        lemmas: Option<&[&str]>,
        fuzzy: bool,
        resolve: Option<&Resolver<'_>>,
    ) -> Vec<Mention> {
        let mut cands: Vec<Mention> = Vec::new();
        let all = |_: usize| true;
        let plain = |_: usize, ts: &[Target]| choose(ts);
        let ids = self.exact.ids(forms, all, fold_into);
        self.exact.scan(&ids, None, &plain, &mut cands);
        if !self.cased.is_empty() {
            for (i, f) in forms.iter().enumerate() {
                if let Some(t) = self.cased.get(*f) {
                    cands.push(Mention {
                        start: i,
                        end: i + 1,
                        entry: t.entry,
                        name: t.name as usize,
                        variant: t.variant,
                        confidence: t.variant.confidence(),
                        also_agent: None,
                    });
                }
            }
        }
        if let Some(lemmas) = lemmas {
            let differs = |i: usize| !lemmas[i].is_empty() && lemmas[i] != forms[i];
            if (0..forms.len()).any(differs) {
                let lemma_or_form: Vec<&str> = (0..forms.len())
                    .map(|i| if differs(i) { lemmas[i] } else { forms[i] })
                    .collect();
                let lids = self.exact.ids(&lemma_or_form, all, fold_into);
                if lids != ids {
                    self.exact.scan(&lids, None, &plain, &mut cands);
                }
            }
        }
        let capital: Vec<bool> = forms
            .iter()
            .map(|f| f.chars().next().is_some_and(|c| c.is_uppercase()))
            .collect();
        if capital.iter().any(|&c| c) && !self.translit.targets.is_empty() {
            let mut folded = String::new();
            let keys = self.translit.ids(
                forms,
                |i| capital[i],
                |w, out| {
                    folded.clear();
                    fold_into(w, &mut folded);
                    out.push_str(&translit_key(&folded));
                },
            );
            let pick = |start: usize, ts: &[Target]| {
                choose(ts).or_else(|| {
                    let resolve = resolve?;
                    let cands: Vec<(EntryRef, usize)> = ts
                        .iter()
                        .filter(|t| t.variant == Variant::Surname)
                        .map(|t| (t.entry, t.name as usize))
                        .collect();
                    let mut word = String::new();
                    fold_into(forms[start], &mut word);
                    let (entry, name) = resolve(&word, &cands)?;
                    Some(Target {
                        entry,
                        name: name as u16,
                        variant: Variant::Surname,
                    })
                })
            };
            self.translit.scan(&keys, Some(&capital), &pick, &mut cands);
        }
        // Longest first at each start; exact before variants.
        cands.sort_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then((b.end - b.start).cmp(&(a.end - a.start)))
                .then(a.variant.cmp(&b.variant))
        });
        let mut out: Vec<Mention> = Vec::new();
        let mut last_end = 0;
        for c in cands {
            if c.start >= last_end {
                last_end = c.end;
                out.push(c);
            }
        }
        if fuzzy {
            self.fuzzy_fill(forms, &capital, &mut out);
        }
        out
    }

    fn fuzzy_fill(&self, forms: &[&str], capital: &[bool], out: &mut Vec<Mention>) {
        let mut covered = vec![false; forms.len()];
        for m in out.iter() {
            covered[m.start..m.end].iter_mut().for_each(|c| *c = true);
        }
        let mut tmp = String::new();
        for (i, f) in forms.iter().enumerate() {
            if covered[i] || !capital[i] {
                continue;
            }
            tmp.clear();
            fold_into(f, &mut tmp);
            let key = translit_key(&tmp);
            if key.len() < 5 {
                continue;
            }
            let first = &key[..1];
            let lo = self.surnames.partition_point(|(k, _)| k.as_str() < first);
            let mut hit: Option<u32> = None;
            let mut ambiguous = false;
            for (k, a) in self.surnames[lo..]
                .iter()
                .take_while(|(k, _)| k.starts_with(first))
            {
                if within_one_edit(k, &key) {
                    match hit {
                        Some(h) if h != *a => ambiguous = true,
                        _ => hit = Some(*a),
                    }
                }
            }
            if let (Some(a), false) = (hit, ambiguous) {
                out.push(Mention {
                    start: i,
                    end: i + 1,
                    entry: EntryRef::Actor(a),
                    name: 0,
                    variant: Variant::Fuzzy,
                    confidence: Variant::Fuzzy.confidence(),
                    also_agent: None,
                });
            }
        }
        out.sort_by_key(|m| m.start);
    }
}

/// Picks the target of a key: surnames must be unambiguous; otherwise the last actor
/// defined, else the last agent.
fn choose(ts: &[Target]) -> Option<Target> {
    let best = ts.iter().min_by_key(|t| t.variant).map(|t| t.variant)?;
    let mut pick: Option<Target> = None;
    for t in ts.iter().filter(|t| t.variant == best) {
        match (pick, t.entry) {
            (Some(p), EntryRef::Agent(_)) if matches!(p.entry, EntryRef::Actor(_)) => {}
            _ => pick = Some(*t),
        }
    }
    if best == Variant::Surname {
        let first = pick?.entry;
        if ts
            .iter()
            .filter(|t| t.variant == best)
            .any(|t| t.entry != first)
        {
            return None;
        }
    }
    pick
}

fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (mut i, mut j, mut edits) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            i += 1;
            j += 1;
            continue;
        }
        edits += 1;
        if edits > 1 {
            return false;
        }
        match a.len().cmp(&b.len()) {
            std::cmp::Ordering::Greater => i += 1,
            std::cmp::Ordering::Less => j += 1,
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    edits + (a.len() - i) + (b.len() - j) <= 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;
    use tern_core::Date;

    fn name(s: &str) -> Name {
        Name {
            case: None,
            text: s.into(),
            line: 1,
        }
    }

    fn person(names: &[&str], code: &str) -> Actor {
        Actor {
            names: names.iter().map(|n| name(n)).collect(),
            default: None,
            codes: vec![DatedCode {
                code: code.into(),
                rule: DateRule::From(Date::new(2003, 1, 1).unwrap()),
                line: 2,
            }],
            person: true,
            origin: Origin::default(),
        }
    }

    fn matcher() -> ActorMatcher {
        let actors = vec![
            Actor {
                names: vec![name("serbia"), name("serbian")],
                default: Some("SRB".into()),
                codes: vec![],
                person: false,
                origin: Origin::default(),
            },
            person(&["sergey shoygu"], "RUSGOVMIL"),
            person(&["ivan petrov"], "RUSBUS"),
            person(&["olga petrova"], "RUSMED"),
            person(&["pavel petrov"], "RUSGOV"),
        ];
        let agents = vec![Agent {
            names: vec![name("defense minister"), name("defense ministers")],
            code: "GOVMIL".into(),
            position: AgentPosition::Suffix,
            origin: Origin::default(),
        }];
        ActorMatcher::new(&actors, &agents)
    }

    fn spans(m: &[Mention]) -> Vec<(usize, usize, EntryRef, Variant)> {
        m.iter()
            .map(|m| (m.start, m.end, m.entry, m.variant))
            .collect()
    }

    #[test]
    fn finds_country_and_agent_side_by_side() {
        let m = matcher();
        let words = [
            "The", "Serbian", "defense", "minister", "met", "Sergey", "Shoygu", ".",
        ];
        assert_eq!(
            spans(&m.find_words(&words)),
            vec![
                (1, 2, EntryRef::Actor(0), Variant::Exact),
                (2, 4, EntryRef::Agent(0), Variant::Exact),
                (5, 7, EntryRef::Actor(1), Variant::Exact),
            ]
        );
    }

    #[test]
    fn transliterations_and_surnames() {
        let m = matcher();
        for w in ["Shoigu", "Shojgu", "Schoigu", "Shoygu"] {
            let got = m.find_words(&["Minister", w, "said"]);
            assert_eq!(
                spans(&got),
                vec![(1, 2, EntryRef::Actor(1), Variant::Surname)],
                "{w}"
            );
        }
        let got = m.find_words(&["Sergei", "Shoigu"]);
        assert_eq!(got[0].variant, Variant::Transliteration);
        // Lower case is not a name; a shared surname is ambiguous.
        assert!(m.find_words(&["shoigu"]).is_empty());
        assert!(m.find_words(&["Petrov"]).is_empty());
        assert_eq!(
            m.find_words(&["Ivan", "Petrov"])[0].entry,
            EntryRef::Actor(2)
        );
    }

    #[test]
    fn fuzzy_is_opt_in() {
        let m = matcher();
        assert!(m.find_words(&["Shoygo"]).is_empty());
        let got = m.find_words_fuzzy(&["Shoygo"]);
        assert_eq!(got[0].variant, Variant::Fuzzy);
        assert!(within_one_edit("shoigu", "shogu"));
        assert!(!within_one_edit("shoigu", "shagun"));
    }

    #[test]
    fn diacritics_fold_and_tokens_use_lemmas() {
        let m = matcher();
        let mk = |f: &str, l: &str| {
            let mut t = Token::new(f, tern_core::Span::default());
            t.lemma = l.into();
            t
        };
        let toks = vec![
            mk("SERBIAN", "serbian"),
            mk("Defense", "defense"),
            mk("Ministers", "minister"),
        ];
        let got = m.find(&toks);
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].entry, EntryRef::Agent(0));
        assert_eq!(m.find_words(&["Sérbia"])[0].entry, EntryRef::Actor(0));
    }
}
