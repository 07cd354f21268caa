//! The coder proper: mentions, verbs and patterns, events.
use crate::compile::{CPattern, CTransform, CVerb, Item, TVar, Tables};
use crate::interact;
use crate::options::CoderOptions;
use crate::tree::{np_internal, Tree, NONE};
use rustc_hash::{FxHashMap, FxHashSet};
use tern_core::{Doc, Event, EventActor, ExplainItem, PloverFields, Sentence, Span};
use tern_dict::{AgentPosition, DictionarySet, EntryRef, EventCode, Origin};

/// The event coder: built once from a dictionary set, immutable and `Sync`.
///
/// ```
/// use tern_code::{Coder, CoderOptions};
/// use tern_dict::{DictionarySet, Part};
/// let (set, _) = DictionarySet::from_texts(&[
///     (Part::Actors, "a.txt", "SERBIA [SRB]\nRUSSIA [RUS]\n"),
///     (Part::Verbs, "v.txt", "--- SIGN [057] ---\nSIGN\n"),
/// ]);
/// let coder = Coder::new(set, CoderOptions::default());
/// assert_eq!(coder.verb_count(), 1);
/// ```
pub struct Coder {
    set: DictionarySet,
    tables: Tables,
    options: CoderOptions,
}

/// An actor found in a noun phrase.
#[derive(Clone, Debug)]
pub(crate) struct Act {
    code: String,
    /// Token range for the text.
    start: usize,
    end: usize,
    /// The dictionary entries that made it, with token ranges.
    entries: Vec<(EntryRef, usize, usize)>,
    /// Resolved from a pronoun or an earlier sentence: the span is in another sentence.
    carried: Option<(Span, String)>,
}

/// What the coder carries from one sentence of a story to the next.
#[derive(Default)]
struct Story {
    /// The last subject actor, for pronouns.
    last_actor: Option<Act>,
    /// Roles the text gave its persons (see `Ctx::roles`).
    roles: FxHashMap<u32, String>,
}

/// A group of adjacent mentions: an actor with its agents, or agents alone.
#[derive(Clone, Debug)]
struct Group {
    start: usize,
    end: usize,
    /// The actor's code, with adjacent agents composed.
    code: Option<String>,
    /// Agents alone (no actor in the group).
    agents: Vec<u32>,
    entries: Vec<(EntryRef, usize, usize)>,
}

struct Ctx<'a, 't> {
    tree: &'t Tree<'a>,
    /// Roles the story's text gave its persons (a title, a counterpart), by actor entry:
    /// later mentions of the same person keep them (`Shoygu` after `his Russian counterpart
    /// Sergey Shoygu`).
    roles: FxHashMap<u32, String>,
    groups: Vec<Group>,
    /// Group of each token, or `usize::MAX`.
    tok_group: Vec<usize>,
    last_actor: Option<Act>,
    steps: usize,
    /// Upper-case forms and lemmas of the sentence, for the pattern prefilter.
    words: FxHashSet<u32>,
    /// Vocabulary ids of each token's form and lemma (`u32::MAX`: not a pattern word).
    ids: Vec<[u32; 3]>,
    /// Set by [`Coder::object`]: the targets came from the subject of this clausal
    /// complement.
    comp_target: Option<usize>,
    /// For each event written for this sentence: its verb token and, when its target is a
    /// clausal complement's subject, that complement.
    ev_info: Vec<(usize, Option<usize>)>,
    /// Events without a target kept aside for transformations (`(b . ATTACK)`): verb token
    /// and event.
    monads: Vec<(usize, Event)>,
    /// Per synset: 0 not looked at yet, 1 a member's first word is in the sentence, 2 none.
    syn_ok: Vec<u8>,
    /// Per token: may a pattern word after `*` of the verb being coded match it
    /// ([`Coder::own_phrase`]).
    fwd_ok: Vec<bool>,
    /// The pattern being matched uses `fwd_ok` (it comes from a PETRARCH2 file, whose
    /// words match only the forms and lemmas written, not a singular for a plural).
    use_fwd_ok: bool,
    /// Per token: the code its verb was given (after verb interaction), for transformations.
    verb_code: Vec<Option<String>>,
    /// Tokens the fired pattern's words matched, for the verb being coded
    /// ([`Binds::words`]): an actor made only of them is not a target.
    used: Vec<usize>,
}

/// What codes a verb token: the chosen entry of its candidates, the pattern that fired,
/// and how it interacts with the verb of its complement.
struct Selected<'d> {
    chosen: usize,
    fired: Option<(&'d CPattern, Binds)>,
    /// This verb's code combines with its complement's (`interact.rs`).
    interaction: Option<Interaction>,
    /// This verb's code went into its governor's event: no event of its own.
    absorbed: bool,
}

/// A verb token of a sentence, the dictionary verbs it can be (with their token spans) and
/// what codes it.
type VerbAt<'d> = (usize, Vec<(&'d CVerb, usize, usize)>, Selected<'d>);

/// A governing verb's code combined with its `xcomp` verb's (PETRARCH2's verb interaction).
struct Interaction {
    /// The combined CAMEO code.
    code: &'static str,
    /// The complement's verb token.
    lower: usize,
    /// The event's target is the complement's (`wants to attack Iran`), not the governor's
    /// object (`asked Gondor to help`).
    lower_targets: bool,
    /// The complement's `+` slot, if its pattern had one.
    lower_slot: Option<usize>,
}

#[derive(Default, Clone)]
struct Binds {
    source: Option<usize>,
    target: Option<usize>,
    compound: Option<usize>,
    /// Tokens the pattern's words after `*` matched (PETRARCH2 patterns only): a phrase the
    /// pattern names is the event's content, not its target (`conducting military exercises
    /// in Alaska`: the target is Alaska, not `military`).
    words: Vec<usize>,
}

const PRONOUNS: &[&str] = &[
    "HE", "SHE", "THEY", "IT", "HIS", "HER", "ITS", "THEIR", "THEM", "HIM",
];
const NEGATORS: &[&str] = &["NOT", "N'T", "NEVER"];

impl Coder {
    /// Compiles the verb, synset, discard and issue tables of `set`.
    pub fn new(set: DictionarySet, options: CoderOptions) -> Coder {
        let tables = Tables::new(&set);
        // Compile the actor automata now rather than on the first sentence.
        let _ = set.matcher();
        Coder {
            set,
            tables,
            options,
        }
    }

    /// The dictionary set.
    pub fn dictionaries(&self) -> &DictionarySet {
        &self.set
    }

    /// The default options.
    pub fn options(&self) -> &CoderOptions {
        &self.options
    }

    /// Number of verbs compiled.
    pub fn verb_count(&self) -> usize {
        self.tables.verbs.len()
    }

    /// Codes a document with the coder's options and the article's `<Config>` overrides.
    pub fn code(&self, doc: &Doc) -> Vec<Event> {
        if doc.article.config.is_empty() {
            self.code_with(doc, &self.options)
        } else {
            let o = self.options.with_config(&doc.article.config);
            self.code_with(doc, &o)
        }
    }

    /// Codes a document with explicit options.
    pub fn code_with(&self, doc: &Doc, options: &CoderOptions) -> Vec<Event> {
        let mut out = Vec::new();
        let mut hays: Vec<(String, String)> = Vec::with_capacity(doc.sentences.len());
        for s in &doc.sentences {
            let hay = self.haystack(s);
            let raw = Self::raw_words(doc, s);
            if self.story_discarded(&hay, &raw) {
                return out;
            }
            hays.push((hay, raw));
        }
        let mut story = Story::default();
        for (i, s) in doc.sentences.iter().enumerate() {
            let (hay, raw) = &hays[i];
            if self.sentence_discarded(hay, raw) {
                continue;
            }
            let issues = self.issues(hay);
            let start = out.len();
            self.code_sentence(doc, i, s, options, &mut story, &mut out);
            if !issues.is_empty() {
                for e in &mut out[start..] {
                    e.issues.clone_from(&issues);
                }
            }
        }
        self.locate(doc, &mut out);
        out
    }

    /// Places each event: a place named in its sentence (disambiguated by the countries of
    /// its actors and the dateline), else the story's dateline (tern-geo).
    fn locate(&self, doc: &Doc, events: &mut [Event]) {
        if events.is_empty() {
            return;
        }
        let dateline = tern_geo::dateline_place(&doc.article);
        let mut cache: Option<(usize, Vec<String>, Option<tern_core::Location>)> = None;
        for e in events.iter_mut() {
            let mut countries: Vec<String> = vec![e.source.root.clone()];
            if let Some(t) = &e.target {
                countries.push(t.root.clone());
            }
            countries.retain(|c| c.len() == 3 && c != "---");
            let hit =
                matches!(&cache, Some((i, c, _)) if *i == e.sentence_index && *c == countries);
            if !hit {
                let refs: Vec<&str> = countries.iter().map(String::as_str).collect();
                let loc = tern_geo::locate(doc, e.sentence_index, &refs, dateline.as_ref());
                cache = Some((e.sentence_index, countries, loc));
            }
            e.location = cache.as_ref().and_then(|(_, _, l)| l.clone());
        }
    }

    fn haystack(&self, s: &Sentence) -> String {
        let mut hay =
            String::with_capacity(s.tokens.iter().map(|t| t.form.len() + 1).sum::<usize>() + 1);
        hay.push(' ');
        for t in &s.tokens {
            tern_dict::norm::fold_into(&t.form, &mut hay);
            hay.push(' ');
        }
        hay
    }

    /// The sentence's text as PETRARCH2 reads it for discards: its blank-separated words
    /// (punctuation attached), folded, between blanks.
    fn raw_words(doc: &Doc, s: &Sentence) -> String {
        let text = doc.text_of(s.span);
        let mut raw = String::with_capacity(text.len() + 2);
        raw.push(' ');
        for w in text.split_whitespace() {
            tern_dict::norm::fold_into(w, &mut raw);
            raw.push(' ');
        }
        raw
    }

    /// The discards that match: tern's own anywhere in the token haystack; PETRARCH's as
    /// PETRARCH2's `check_discards` walks its trie: whole blank-separated words of `raw`,
    /// punctuation attached.
    fn discard_hits<'h>(&'h self, hay: &'h str, raw: &'h str) -> impl Iterator<Item = usize> + 'h {
        let own = self.tables.discards.iter().flat_map(move |ac| {
            ac.find_overlapping_iter(hay)
                .filter_map(|m| self.tables.discard_ids.get(m.pattern().as_usize()).copied())
        });
        let petrarch = self.tables.pdiscards.iter().flat_map(move |ac| {
            ac.find_overlapping_iter(raw).filter_map(|m| {
                self.tables
                    .pdiscard_ids
                    .get(m.pattern().as_usize())
                    .copied()
            })
        });
        own.chain(petrarch)
    }

    fn story_discarded(&self, hay: &str, raw: &str) -> bool {
        self.discard_hits(hay, raw)
            .any(|i| self.set.discards.get(i).is_some_and(|d| d.story))
    }

    fn sentence_discarded(&self, hay: &str, raw: &str) -> bool {
        self.discard_hits(hay, raw).next().is_some()
    }

    fn issues(&self, hay: &str) -> Vec<String> {
        let mut v: Vec<String> = Vec::new();
        if let Some(ac) = &self.tables.issues {
            for m in ac.find_overlapping_iter(hay) {
                if let Some(is) = self
                    .tables
                    .issue_ids
                    .get(m.pattern().as_usize())
                    .and_then(|&i| self.set.issues.get(i))
                {
                    if !v.contains(&is.code) {
                        v.push(is.code.clone());
                    }
                }
            }
        }
        v
    }

    fn groups(
        &self,
        tree: &Tree<'_>,
        date: Option<tern_core::Date>,
        roles: &mut FxHashMap<u32, String>,
    ) -> Vec<Group> {
        let mentions = self.set.find_actors_on(tree.toks, date);
        let mut out: Vec<Group> = Vec::new();
        let mut i = 0;
        while i < mentions.len() {
            let m = mentions[i];
            match m.entry {
                EntryRef::Actor(x) => {
                    // A person keeps the role the story's text gave them earlier.
                    let mut code = match roles.get(&x) {
                        Some(r) => r.clone(),
                        None => self.set.resolve(m.entry, date).unwrap_or_default(),
                    };
                    let mut end = m.end;
                    let mut entries = vec![(m.entry, m.start, m.end)];
                    let mut j = i + 1;
                    while j < mentions.len() {
                        let n = mentions[j];
                        // A country's possessive before an actor that also names an agent
                        // (`Rwanda's Senate`; plain agents after a possessive are composed
                        // with the noun phrase, in `actors_of`).
                        let possessive = code.len() == 3
                            && n.also_agent.is_some()
                            && n.start == end + 1
                            && tree.toks.get(end).is_some_and(|t| t.xpos.as_str() == "POS");
                        if n.start != end && !possessive {
                            break;
                        }
                        // An actor whose phrase also names an agent, after a bare country
                        // (`Rwanda's Senate`, `the Kenyan Senate`), is that agent.
                        let g = match (n.entry, n.also_agent) {
                            (EntryRef::Agent(g), _) => g,
                            (EntryRef::Actor(_), Some(g)) if code.len() == 3 => g,
                            _ => break,
                        };
                        if let Some(a) = self.set.agents.get(g as usize) {
                            // A country, or an international body (`UN troops` is
                            // IGOUNOMIL), takes the agent's role.
                            let body = code.len() == 6
                                && (code.starts_with("IGO") || code.starts_with("NGO"));
                            if code.len() <= 3 || body || a.position == AgentPosition::Prefix {
                                code = a.compose(Some(&code));
                            }
                        }
                        entries.push((EntryRef::Agent(g), n.start, n.end));
                        end = n.end;
                        j += 1;
                    }
                    // A title in the text (`Serbian defense minister`) right before a person
                    // of that country names the role the story speaks of, where the
                    // dictionaries hold the person out of office (`…ELI`) or list the title
                    // among their roles: `Serbian defense minister Nebojša Rodić` is
                    // SRBGOVMIL whatever the story's date, unless the text says `former`.
                    if entries.len() > 1 && code.len() > 3 {
                        if let Some(&p) = mentions.get(j).filter(|p| p.start == end) {
                            if self.title_names_role(tree, &m, &p, &code, date) {
                                if let EntryRef::Actor(x) = p.entry {
                                    roles.insert(x, code.clone());
                                }
                                entries.push((p.entry, p.start, p.end));
                                end = p.end;
                                j += 1;
                            }
                        }
                    }
                    out.push(Group {
                        start: m.start,
                        end,
                        code: (!code.is_empty()).then_some(code),
                        agents: Vec::new(),
                        entries,
                    });
                    i = j;
                }
                EntryRef::Agent(_) => {
                    // Agents, then possibly an actor: a titled person keeps the person's code.
                    let mut j = i;
                    let mut end = m.end;
                    let mut agents = Vec::new();
                    let mut entries = Vec::new();
                    while j < mentions.len() && (j == i || mentions[j].start == end) {
                        let EntryRef::Agent(g) = mentions[j].entry else {
                            break;
                        };
                        agents.push(g);
                        entries.push((mentions[j].entry, mentions[j].start, mentions[j].end));
                        end = mentions[j].end;
                        j += 1;
                    }
                    if j < mentions.len() && mentions[j].start == end {
                        let a = mentions[j];
                        entries.push((a.entry, a.start, a.end));
                        let mut code = self.set.resolve(a.entry, date).unwrap_or_default();
                        // A person the dictionaries hold out of office (`…ELI`) under a title
                        // in the text (`Opposition leader Raila Odinga`): the text says what
                        // they are now (`KENOPP`), unless it says `former`.
                        let former = says_former(tree, m.start.saturating_sub(1)..a.start);
                        if code.len() > 3 && code.ends_with("ELI") && !former {
                            code.truncate(3);
                        }
                        if code.len() == 3 {
                            for &g in &agents {
                                if let Some(ag) = self.set.agents.get(g as usize) {
                                    code = ag.compose(Some(&code));
                                }
                            }
                            if let EntryRef::Actor(x) = a.entry {
                                roles.insert(x, code.clone());
                            }
                        }
                        out.push(Group {
                            start: m.start,
                            end: a.end,
                            code: (!code.is_empty()).then_some(code),
                            agents: Vec::new(),
                            entries,
                        });
                        i = j + 1;
                    } else {
                        out.push(Group {
                            start: m.start,
                            end,
                            code: None,
                            agents,
                            entries,
                        });
                        i = j;
                    }
                }
            }
        }
        out
    }

    /// Whether the title composed as `title` (country and agents, the mentions from `first`)
    /// names the role of the person `p` that follows it: `p` is a dated actor of the same
    /// country whose resolved code is out of office (`…ELI`) or one of whose dated roles is
    /// the title's code, and no `former` precedes the title.
    fn title_names_role(
        &self,
        tree: &Tree<'_>,
        first: &tern_dict::Mention,
        p: &tern_dict::Mention,
        title: &str,
        date: Option<tern_core::Date>,
    ) -> bool {
        let EntryRef::Actor(a) = p.entry else {
            return false;
        };
        let Some(actor) = self.set.actors.get(a as usize) else {
            return false;
        };
        if actor.codes.is_empty() {
            return false;
        }
        let Some(code) = actor.resolve(date).0 else {
            return false;
        };
        if code.len() < 3 || title.get(..3) != code.get(..3) {
            return false;
        }
        let former = says_former(tree, first.start.saturating_sub(2)..first.start);
        !former && (code.ends_with("ELI") || actor.codes.iter().any(|c| c.code == title))
    }

    /// `a` with `other`'s role when `a` is a person named as a counterpart (`his Russian
    /// counterpart Sergey Shoygu`) who held that role in their own country: an undated story's
    /// Shoygu is RUSGOV (his latest role), but as the Serbian defence minister's counterpart he
    /// is RUSGOVMIL, a role the dictionary gives him. `None` when nothing changes.
    fn counterpart_person(&self, tree: &Tree<'_>, a: &Act, other: &Act) -> Option<Act> {
        let before = tree.toks.get(a.start.checked_sub(1)?)?;
        if a.carried.is_some() || !before.lemma.eq_ignore_ascii_case("counterpart") {
            return None;
        }
        let role = other.code.get(3..).filter(|r| !r.is_empty())?;
        let country = a.code.get(..3)?;
        if other.code.starts_with(country) || country.starts_with('-') {
            return None;
        }
        let wanted = format!("{country}{role}");
        if wanted == a.code {
            return None;
        }
        let held = a.entries.iter().any(|&(e, _, _)| match e {
            EntryRef::Actor(i) => self
                .set
                .actors
                .get(i as usize)
                .is_some_and(|x| x.codes.iter().any(|c| c.code == wanted)),
            EntryRef::Agent(_) => false,
        });
        held.then(|| {
            let mut b = a.clone();
            b.code = wanted;
            b
        })
    }

    fn agent_code(&self, country: &str, agents: &[u32]) -> String {
        let mut code = country.to_string();
        for &g in agents {
            if let Some(a) = self.set.agents.get(g as usize) {
                code = a.compose(Some(&code));
            }
        }
        code
    }

    /// The tokens of the noun phrase headed by `h` (not entering conjuncts or clauses).
    fn np_tokens(&self, cx: &Ctx<'_, '_>, h: usize, with_nmod: bool, out: &mut Vec<usize>) {
        out.clear();
        out.push(h);
        let mut k = 0;
        while k < out.len() && out.len() < 64 {
            let x = out[k];
            k += 1;
            for &c in cx.tree.kids(x) {
                let c = c as usize;
                let r = cx.tree.rel(c);
                if np_internal(r)
                    || (with_nmod && (r == "nmod" || r == "obl") && !vicinity(cx.tree, c))
                {
                    out.push(c);
                }
            }
        }
        out.sort_unstable();
    }

    /// The actor of the noun phrase headed by `h`.
    fn np_actor(&self, cx: &mut Ctx<'_, '_>, h: usize, options: &CoderOptions) -> Option<Act> {
        if h >= cx.tree.len() {
            return None;
        }
        let mut toks = Vec::new();
        self.np_tokens(cx, h, false, &mut toks);
        let core = self.actor_in(cx, &toks, h, options);
        if core.as_ref().is_some_and(|a| !a.code.starts_with("---")) {
            return core;
        }
        // Agents alone (`ministers`) or nothing: look into the phrase's modifiers
        // (`ministers from the Georgian government`, `the president of Serbia`).
        self.np_tokens(cx, h, true, &mut toks);
        match self.actor_in(cx, &toks, h, options) {
            Some(a) if !a.code.starts_with("---") || core.is_none() => Some(a),
            None if core.is_none() => self.new_actor(cx, &toks, options),
            _ => core,
        }
    }

    /// PETRARCH's `new_actor_length`: a noun phrase without any dictionary actor or agent, of
    /// at most that many words (possessive `'s` and punctuation not counted), becomes an actor
    /// whose code is its upper-cased text in double quotes (`"THE MINISTRY OF MAGIC"`), so
    /// that users see who their dictionaries miss. Off (0) by default.
    fn new_actor(&self, cx: &Ctx<'_, '_>, toks: &[usize], options: &CoderOptions) -> Option<Act> {
        let n = options.new_actor_length;
        let (&first, &last) = (toks.first()?, toks.last()?);
        if n == 0 || toks.windows(2).any(|w| w[1] != w[0] + 1) {
            return None;
        }
        let words: Vec<&str> = toks
            .iter()
            .map(|&t| &cx.tree.toks[t])
            .filter(|t| t.upos != tern_core::Upos::PUNCT && t.xpos.as_str() != "POS")
            .map(|t| t.form.as_str())
            .collect();
        let head_is_noun = toks.iter().any(|&t| {
            matches!(
                cx.tree.toks[t].upos,
                tern_core::Upos::NOUN | tern_core::Upos::PROPN
            )
        });
        // Dates and times are not actors (`on Wednesday`, `last month`).
        let temporal = words.iter().any(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
                    | "today"
                    | "yesterday"
                    | "tomorrow"
                    | "tonight"
                    | "week"
                    | "weekend"
                    | "month"
                    | "year"
                    | "day"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "night"
                    | "january"
                    | "february"
                    | "march"
                    | "april"
                    | "june"
                    | "july"
                    | "august"
                    | "september"
                    | "october"
                    | "november"
                    | "december"
            )
        });
        if words.is_empty() || words.len() > n || !head_is_noun || temporal {
            return None;
        }
        Some(Act {
            code: format!("\"{}\"", words.join(" ").to_uppercase()),
            start: first,
            end: last + 1,
            entries: Vec::new(),
            carried: None,
        })
    }

    fn actor_in(
        &self,
        cx: &mut Ctx<'_, '_>,
        toks: &[usize],
        h: usize,
        options: &CoderOptions,
    ) -> Option<Act> {
        let mut seen: Vec<usize> = Vec::new();
        for &t in toks {
            let g = cx.tok_group.get(t).copied().unwrap_or(NONE);
            if g != NONE && !seen.contains(&g) {
                seen.push(g);
            }
        }
        // The actor: the group with a code, preferring the one at the head.
        let head_g = cx.tok_group.get(h).copied().unwrap_or(NONE);
        let mut actor_g = seen
            .iter()
            .copied()
            .filter(|&g| cx.groups[g].code.is_some())
            .min_by_key(|&g| (g != head_g, cx.groups[g].start));
        // A titled phrase whose head is a bare country or person code takes its first
        // country, as PETRARCH reads a noun phrase (`Ithilen's minister Calimehtar`, with
        // `Calimehtar` coded for another country → the first country with the title).
        if let Some(g) = actor_g {
            let bare = |g: usize| cx.groups[g].code.as_deref().is_some_and(|c| c.len() == 3);
            let titled = seen
                .iter()
                .any(|&o| cx.groups[o].code.is_none() && !cx.groups[o].agents.is_empty());
            if titled && bare(g) {
                if let Some(first) = seen
                    .iter()
                    .copied()
                    .filter(|&o| bare(o) && cx.groups[o].start < cx.groups[g].start)
                    .min_by_key(|&o| cx.groups[o].start)
                {
                    actor_g = Some(first);
                }
            }
        }
        let agents: Vec<usize> = seen
            .iter()
            .copied()
            .filter(|&g| cx.groups[g].code.is_none() && !cx.groups[g].agents.is_empty())
            .collect();
        if let Some(g) = actor_g {
            let gr = &cx.groups[g];
            let mut code = gr.code.clone().unwrap_or_default();
            let mut entries = gr.entries.clone();
            let (mut start, mut end) = (gr.start, gr.end);
            // A bare country next to a titled mention of the same country in the phrase
            // (`Bree Prime Minister Romendacil`, with `Romendacil` a `BRE` person) takes the
            // composed code.
            if code.len() == 3 {
                if let Some(o) = seen.iter().map(|&o| &cx.groups[o]).find(|o| {
                    o.code
                        .as_deref()
                        .is_some_and(|c| c.len() > 3 && c.starts_with(code.as_str()))
                }) {
                    code = o.code.clone().unwrap_or_default();
                    entries.extend(o.entries.iter().copied());
                    start = start.min(o.start);
                    end = end.max(o.end);
                }
            }
            if code.len() == 3 {
                for &a in &agents {
                    let ag = &cx.groups[a];
                    code = self.agent_code(&code, &ag.agents);
                    entries.extend(ag.entries.iter().copied());
                    start = start.min(ag.start);
                    end = end.max(ag.end);
                }
            }
            return Some(Act {
                code,
                start,
                end,
                entries,
                carried: None,
            });
        }
        // A pronoun or possessive pronoun in the phrase: the last actor of the story.
        // Only a pronoun standing for the whole phrase (`he`, `they`), not a possessive
        // (`its embassy`), which PETRARCH leaves uncoded.
        let pron = Some(h).filter(|&t| {
            cx.tree
                .up_form
                .get(t)
                .is_some_and(|f| PRONOUNS.contains(&f.as_str()))
                && cx.tree.toks[t].upos == tern_core::Upos::PRON
                && !cx.tree.rel(t).ends_with("poss")
        });
        if let (Some(p), true) = (pron, options.pronouns) {
            // The nearest actor before the pronoun in this sentence that is a subject
            // (`Ethiopia indicated it would act`), else the story's last actor. An object
            // pronoun is not its own clause's subject (`Nikolić met Shoygu and delivered him
            // the order`: `him` is Shoygu): the nearest actor before it that is not a subject
            // comes first.
            let is_subject =
                |g: &Group| (g.start..g.end).any(|t| cx.tree.rel(t).starts_with("nsubj"));
            let object = matches!(cx.tree.rel(p), "obj" | "iobj" | "obl" | "obl:unmarked");
            let here = cx
                .groups
                .iter()
                .rev()
                .find(|g| object && g.end <= p && g.code.is_some() && !is_subject(g))
                .or_else(|| {
                    cx.groups
                        .iter()
                        .rev()
                        .find(|g| g.end <= p && g.code.is_some() && is_subject(g))
                })
                .map(|g| Act {
                    code: g.code.clone().unwrap_or_default(),
                    start: g.start,
                    end: g.end,
                    entries: g.entries.clone(),
                    carried: None,
                });
            if let Some(prev) = here.or_else(|| cx.last_actor.clone()) {
                let mut a = prev;
                if !agents.is_empty() && a.code.len() == 3 {
                    for &g in &agents {
                        a.code = self.agent_code(&a.code, &cx.groups[g].agents);
                        a.entries.extend(cx.groups[g].entries.iter().copied());
                    }
                }
                let _ = p;
                return Some(a);
            }
        }
        if !agents.is_empty() {
            let mut code = "---".to_string();
            let mut entries = Vec::new();
            let (mut start, mut end) = (usize::MAX, 0);
            for &g in &agents {
                code = self.agent_code(&code, &cx.groups[g].agents);
                entries.extend(cx.groups[g].entries.iter().copied());
                start = start.min(cx.groups[g].start);
                end = end.max(cx.groups[g].end);
            }
            return Some(Act {
                code,
                start,
                end,
                entries,
                carried: None,
            });
        }
        None
    }

    /// The actors of the phrase headed by `h` and of its conjuncts.
    fn actors_of(&self, cx: &mut Ctx<'_, '_>, h: usize, options: &CoderOptions) -> Vec<Act> {
        let mut out = Vec::new();
        let mut stack = vec![h];
        let mut seen = 0;
        let mut mod_agents: Vec<u32> = Vec::new();
        while let Some(x) = stack.pop() {
            seen += 1;
            if seen > 16 {
                break;
            }
            let mut x = x;
            let phrase = x;
            if let Some(mut a) = self.np_actor(cx, x, options) {
                if a.carried.is_none() && a.start < cx.tree.len() {
                    // Conjuncts hang off the actor's own phrase (`ties with A, B and C`).
                    let anchor = a
                        .entries
                        .iter()
                        .find(|e| matches!(e.0, EntryRef::Actor(_)))
                        .map_or(a.start, |e| e.1);
                    let ah = self.np_head(cx, anchor);
                    if ah != x && cx.tree.lo[ah] >= cx.tree.lo[x] && cx.tree.hi[ah] <= cx.tree.hi[x]
                    {
                        // The head's agents apply to each conjunct of a country found in
                        // its modifier (`lawmakers in Fornost and Gondor` → both `…LEG`).
                        if mod_agents.is_empty() {
                            let mut toks = Vec::new();
                            self.np_tokens(cx, x, false, &mut toks);
                            for &t in &toks {
                                let g = cx.tok_group.get(t).copied().unwrap_or(NONE);
                                if g != NONE
                                    && cx.groups[g].code.is_none()
                                    && !(ah..=cx.tree.hi[ah] as usize).contains(&t)
                                {
                                    for &ag in &cx.groups[g].agents {
                                        if !mod_agents.contains(&ag) {
                                            mod_agents.push(ag);
                                        }
                                    }
                                }
                            }
                        }
                        x = ah;
                    }
                }
                if seen > 1 && a.code.len() == 3 && !mod_agents.is_empty() {
                    a.code = self.agent_code(&a.code, &mod_agents);
                }
                // Coordinated countries sharing the head (`Indian and Chinese troops`,
                // `US and British forces`): one actor each, with the head's role.
                let role = a.code.get(3..).unwrap_or("").to_string();
                let mut shared: Vec<Act> = Vec::new();
                if a.carried.is_none() && !a.code.starts_with('-') && !a.code.starts_with('"') {
                    for &m in cx.tree.kids(phrase) {
                        let m = m as usize;
                        if !matches!(cx.tree.rel(m), "amod" | "compound" | "nmod:poss") {
                            continue;
                        }
                        let conjuncts: Vec<usize> = cx
                            .tree
                            .kids(m)
                            .iter()
                            .map(|&d| d as usize)
                            .filter(|&d| cx.tree.rel(d) == "conj")
                            .collect();
                        if conjuncts.is_empty() {
                            continue;
                        }
                        for d in std::iter::once(m).chain(conjuncts) {
                            let g = cx.tok_group.get(d).copied().unwrap_or(NONE);
                            let Some(gr) = cx.groups.get(g) else { continue };
                            let Some(c) = gr
                                .code
                                .as_deref()
                                .filter(|c| !c.starts_with('-') && !c.starts_with('"'))
                                .and_then(|c| c.get(..3))
                            else {
                                continue;
                            };
                            shared.push(Act {
                                code: format!("{c}{role}"),
                                start: gr.start,
                                end: gr.end,
                                entries: gr.entries.clone(),
                                carried: None,
                            });
                        }
                    }
                }
                for a in std::iter::once(a).chain(shared) {
                    if !out.iter().any(|b: &Act| b.code == a.code) {
                        out.push(a);
                    }
                }
            }
            for &c in cx.tree.kids(x).iter().rev() {
                if cx.tree.rel(c as usize) == "conj" && !is_verb(cx.tree, c as usize) {
                    stack.push(c as usize);
                }
            }
        }
        // A compound actor of the dictionary (`[FRO/BIL/SAM]`): one actor for each member.
        if out.iter().any(|a: &Act| a.code.contains('/')) {
            let mut split = Vec::with_capacity(out.len() + 2);
            for a in out {
                if a.code.contains('/') {
                    for c in a.code.split('/').filter(|c| !c.is_empty()) {
                        let mut b = a.clone();
                        b.code = c.to_string();
                        split.push(b);
                    }
                } else {
                    split.push(a);
                }
            }
            return split;
        }
        out
    }

    /// The head of the noun phrase containing token `q`.
    fn np_head(&self, cx: &Ctx<'_, '_>, q: usize) -> usize {
        let mut x = q;
        let mut steps = 0;
        while steps < 32 {
            steps += 1;
            let r = cx.tree.rel(x);
            if !(np_internal(r) && r != "punct") {
                break;
            }
            match cx.tree.head_of(x) {
                Some(h) if !is_verb(cx.tree, h) => x = h,
                _ => break,
            }
        }
        x
    }

    fn subject(
        &self,
        cx: &mut Ctx<'_, '_>,
        v: usize,
        options: &CoderOptions,
        depth: usize,
    ) -> Vec<Act> {
        // Every subject: a parser that splits a compound subject (`Fornost and the evil
        // Gondor`) into two `nsubj`s still gives both actors.
        let mut had_subject = false;
        let mut all: Vec<Act> = Vec::new();
        let active = self.passive_parts(cx, v).is_none();
        let subjects: Vec<usize> = cx
            .tree
            .kids(v)
            .iter()
            .map(|&c| c as usize)
            .filter(|&c| {
                let r = cx.tree.rel(c);
                // The governor's passive subject for an `xcomp`/`conj` (`Obama is
                // scheduled to attend`).
                r == "nsubj" || (r == "nsubj:pass" && (active || depth > 0))
            })
            .collect();
        for c in subjects {
            had_subject = true;
            for a in self.actors_of(cx, c, options) {
                // Two subjects naming one country (a parser splitting `Dagolath's Prime
                // Minister Telemar`): the more specific code stands for both.
                if let Some(b) = all.iter_mut().find(|b| {
                    b.code.len() == 3 && a.code.len() > 3 && a.code.starts_with(b.code.as_str())
                }) {
                    *b = a;
                    continue;
                }
                // Two subjects side by side with the same country (a parser splitting
                // `Turkish Defence Minister Hulusi Akar`): one person; the title in the text
                // outranks a dictionary that holds the person out of office (`…ELI`).
                if let Some(b) = all.iter_mut().find(|b| {
                    b.carried.is_none()
                        && a.carried.is_none()
                        && (b.end == a.start || a.end == b.start)
                        && b.code.get(..3) == a.code.get(..3)
                        && !b.code.starts_with('-')
                }) {
                    if b.code.ends_with("ELI") && !a.code.ends_with("ELI") {
                        *b = a;
                    }
                    continue;
                }
                if !all.iter().any(|b| {
                    b.code == a.code
                        || (a.code.len() == 3
                            && b.code.len() > 3
                            && b.code.starts_with(a.code.as_str()))
                }) {
                    all.push(a);
                }
            }
        }
        if !all.is_empty() {
            return all;
        }
        if depth > 6 || had_subject {
            return Vec::new();
        }
        let Some(h) = cx.tree.head_of(v) else {
            return Vec::new();
        };
        match cx.tree.rel(v) {
            // `accused X of attacking Y`, `praised X for helping Y`: the one accused or
            // praised is who attacked or helped (object control).
            "advcl" | "acl" if marked_of_or_for(cx.tree, v) && has_object(cx.tree, h) => {
                let obj = cx
                    .tree
                    .kids(h)
                    .iter()
                    .map(|&k| k as usize)
                    .find(|&k| matches!(cx.tree.rel(k), "obj" | "iobj"));
                match obj {
                    Some(o) => self.actors_of(cx, o, options),
                    None => Vec::new(),
                }
            }
            // Object control: the governor's object is the subject of its `xcomp`
            // (`asked Gondor to help Arnor`, `wants Rohan to attack`).
            "xcomp" => {
                let objs: Vec<usize> = cx
                    .tree
                    .kids(h)
                    .iter()
                    .map(|&c| c as usize)
                    .filter(|&c| c < v && matches!(cx.tree.rel(c), "obj" | "iobj"))
                    .collect();
                for o in objs {
                    let a = self.actors_of(cx, o, options);
                    if !a.is_empty() {
                        return a;
                    }
                }
                self.subject(cx, h, options, depth + 1)
            }
            // A subjectless adverbial clause under a PETRARCH verb file (`…, offering
            // support to Lebanon`) has no source: PETRARCH2 finds a source only in the noun
            // phrase of the clause's own sentence node, and its records expect none.
            "advcl" if self.is_petrarch_verb(cx.tree, v) => Vec::new(),
            "conj" | "advcl" => self.subject(cx, h, options, depth + 1),
            // An infinitival modifier (`pressure from Congress to help Iran`, `efforts to
            // counter …`) does not make the noun its subject.
            "acl"
                if cx.tree.kids(v).iter().any(|&k| {
                    cx.tree.rel(k as usize) == "mark" && cx.tree.is(k as usize, "TO")
                }) =>
            {
                Vec::new()
            }
            "acl:relcl" | "acl" => self.actors_of(cx, h, options),
            _ => Vec::new(),
        }
    }

    fn passive_parts(&self, cx: &Ctx<'_, '_>, v: usize) -> Option<(Option<usize>, Option<usize>)> {
        let mut subj = None;
        let mut agent = None;
        let mut aux = false;
        for &c in cx.tree.kids(v) {
            let c = c as usize;
            match cx.tree.rel(c) {
                "nsubj:pass" => subj = Some(c),
                "aux:pass" => aux = true,
                "obl:agent" => agent = Some(c),
                "obl" | "nmod"
                    if agent.is_none()
                        && cx.tree.kids(c).iter().any(|&k| {
                            cx.tree.rel(k as usize) == "case" && cx.tree.is(k as usize, "BY")
                        }) =>
                {
                    agent = Some(c);
                }
                _ => {}
            }
        }
        // A `nsubj:pass` without a passive auxiliary on a verb that is not a past
        // participle is a parser slip (`Ethiopia departed from Libya`): active voice.
        let participle = cx
            .tree
            .toks
            .get(v)
            .is_some_and(|t| t.xpos.as_str() == "VBN")
            && !cx.tree.kids(v).iter().any(|&c| {
                cx.tree.rel(c as usize) == "aux" && cx.tree.toks[c as usize].lemma == "have"
            });
        // A past participle modifying a noun (`men sought in the slaying`) is passive for
        // PETRARCH verbs: the noun is what was acted upon (PETRARCH2: a VBN phrase under a
        // noun phrase). Not with an object of its own, nor on a noun that is the root of a
        // verbless tree (`police arrested students` misread as a modifier).
        if participle
            && !aux
            && subj.is_none()
            && cx.tree.rel(v) == "acl"
            && cx.tree.head_of(v).is_some_and(|h| cx.tree.rel(h) != "root")
            && self.is_petrarch_verb(cx.tree, v)
            && !cx
                .tree
                .kids(v)
                .iter()
                .any(|&c| matches!(cx.tree.rel(c as usize), "nsubj" | "obj"))
        {
            return Some((agent, cx.tree.head_of(v)));
        }
        // A past participle with a `by` agent that modifies a noun or its clause's subject
        // (`warplanes supported by Russia pounded …`, `soldiers, backed by militias, …`) is
        // passive under tern's verb files: the agent acts on the noun it describes. (PETRARCH2
        // codes nothing from a fronted `Rebuked by Eriador, Osgiliath …`: its records expect
        // no event.)
        if participle
            && !self.is_petrarch_verb(cx.tree, v)
            && !aux
            && subj.is_none()
            && agent.is_some()
            && !cx
                .tree
                .kids(v)
                .iter()
                .any(|&c| matches!(cx.tree.rel(c as usize), "nsubj" | "obj"))
        {
            let described = match cx.tree.rel(v) {
                "acl" => cx.tree.head_of(v),
                "advcl" => cx.tree.head_of(v).and_then(|h| {
                    cx.tree
                        .kids(h)
                        .iter()
                        .map(|&c| c as usize)
                        .find(|&c| matches!(cx.tree.rel(c), "nsubj" | "nsubj:pass"))
                }),
                _ => None,
            };
            if let Some(d) = described {
                return Some((agent, Some(d)));
            }
        }
        (aux || (subj.is_some() && participle)).then_some((agent, subj))
    }

    fn object(&self, cx: &mut Ctx<'_, '_>, v: usize, options: &CoderOptions) -> Vec<Act> {
        cx.comp_target = None;
        // `want Obama to head back`: under a PETRARCH verb file, the object of a verb that
        // takes a clause (`want`, `expect`, `need`, `like`, `wish`, `prefer`) is the
        // subject of its infinitive, not the verb's target (PETRARCH2's trees put it inside
        // the clause).
        let ecm = self.is_petrarch_verb(cx.tree, v)
            && matches!(
                cx.tree.toks[v].lemma.as_str(),
                "want" | "expect" | "need" | "like" | "wish" | "prefer"
            );
        let ecm_subject = |c: usize| {
            ecm && cx.tree.rel(c) == "obj"
                && cx
                    .tree
                    .kids(v)
                    .iter()
                    .any(|&k| k as usize > c && cx.tree.rel(k as usize) == "xcomp")
        };
        let mut cands: Vec<usize> = cx
            .tree
            .kids(v)
            .iter()
            .map(|&c| c as usize)
            .filter(|&c| {
                let r = cx.tree.rel(c);
                let nominal = matches!(
                    cx.tree.toks[c].upos,
                    tern_core::Upos::NOUN | tern_core::Upos::PROPN | tern_core::Upos::PRON
                );
                !ecm_subject(c)
                    && (matches!(r, "obj" | "iobj" | "obl" | "nmod" | "obl:unmarked")
                        || (nominal && c > v && matches!(r, "ccomp" | "dep")))
                    && !cx
                        .tree
                        .kids(c)
                        .iter()
                        .any(|&k| cx.tree.is(k as usize, "BY"))
            })
            .collect();
        cands.sort_unstable();
        for c in cands {
            // A phrase headed by a word the pattern named is the event's content (`clash
            // with Ithilen rioters in the Bree square`: the target is Bree); only its
            // prepositional modifiers may still name the target (`pressure from Congress`).
            if cx.used.contains(&c) {
                let mods: Vec<usize> = cx
                    .tree
                    .kids(c)
                    .iter()
                    .map(|&k| k as usize)
                    .filter(|&k| cx.tree.rel(k) == "nmod" && !cx.used.contains(&k))
                    .collect();
                for k in mods {
                    let a = self.actors_of(cx, k, options);
                    if !a.is_empty() {
                        return a;
                    }
                }
                continue;
            }
            let mut a = self.actors_of(cx, c, options);
            // Words the pattern named are its content, not an actor (`military exercises`).
            a.retain(|x| x.carried.is_some() || !(x.start..x.end).all(|t| cx.used.contains(&t)));
            if !a.is_empty() {
                return a;
            }
        }
        // A clausal complement's subject (`A believes B can cope`).
        let comps: Vec<usize> = cx
            .tree
            .kids(v)
            .iter()
            .map(|&c| c as usize)
            .filter(|&c| cx.tree.rel(c) == "ccomp")
            .collect();
        for c in comps {
            let subj: Vec<usize> = cx
                .tree
                .kids(c)
                .iter()
                .map(|&k| k as usize)
                .filter(|&k| matches!(cx.tree.rel(k), "nsubj" | "nsubj:pass"))
                .collect();
            for k in subj {
                let a = self.actors_of(cx, k, options);
                if !a.is_empty() {
                    cx.comp_target = Some(c);
                    return a;
                }
            }
        }
        // Last resort, as TABARI reads a clause: the first actor after the verb in its own
        // clause (participial modifiers included: `roads leading into Mordor`).
        let hi = cx.tree.hi.get(v).copied().unwrap_or(0) as usize;
        for t in v + 1..=hi.min(cx.tree.len().saturating_sub(1)) {
            // Not past a comma: what follows is another clause more often than not
            // (`… to counter militants, Reuters reports`).
            if cx.tree.toks[t].form == "," {
                break;
            }
            let g = cx.tok_group.get(t).copied().unwrap_or(NONE);
            if g == NONE || cx.groups[g].code.is_none() {
                continue;
            }
            let mut x = t;
            let mut owner = NONE;
            let mut steps = 0;
            while let Some(h) = cx.tree.head_of(x) {
                steps += 1;
                if steps > 64 {
                    break;
                }
                // Participial modifiers, and infinitival complements whose verb is not in
                // the dictionary and has no subject of its own (`signed an accord to
                // supply Gondor`), are seen through.
                let transparent = h != v
                    && match cx.tree.rel(h) {
                        "acl" => true,
                        "advcl" | "xcomp" => {
                            !cx.tree
                                .kids(h)
                                .iter()
                                .any(|&k| cx.tree.rel(k as usize).starts_with("nsubj"))
                                && !self
                                    .tables
                                    .by_form
                                    .contains_key(cx.tree.up_form[h].as_str())
                                && !self
                                    .tables
                                    .by_form
                                    .contains_key(cx.tree.up_lemma[h].as_str())
                        }
                        _ => false,
                    };
                // Not inside what a reporting verb reports (`said such a step enjoyed support
                // from Moscow`): only its subject may be the target, above.
                if h == v && cx.tree.rel(x) == "ccomp" {
                    break;
                }
                if is_verb(cx.tree, h) && !transparent {
                    owner = h;
                    break;
                }
                x = h;
            }
            if owner == v {
                let h = self.np_head(cx, t);
                if ecm_subject(h) {
                    continue;
                }
                let a = self.actors_of(cx, h, options);
                if !a.is_empty() {
                    return a;
                }
            }
        }
        Vec::new()
    }

    fn code_sentence(
        &self,
        doc: &Doc,
        si: usize,
        s: &Sentence,
        options: &CoderOptions,
        story: &mut Story,
        out: &mut Vec<Event>,
    ) {
        if s.tokens.is_empty() {
            return;
        }
        let tree = Tree::new(s);
        let date = doc.article.date;
        let groups = self.groups(&tree, date, &mut story.roles);
        let mut tok_group = vec![NONE; tree.len()];
        for (gi, g) in groups.iter().enumerate() {
            for slot in tok_group.iter_mut().take(g.end).skip(g.start) {
                *slot = gi;
            }
        }
        let mut cx = Ctx {
            tree: &tree,
            roles: std::mem::take(&mut story.roles),
            groups,
            tok_group,
            last_actor: story.last_actor.take(),
            steps: 0,
            words: FxHashSet::default(),
            ids: Vec::new(),
            comp_target: None,
            ev_info: Vec::new(),
            monads: Vec::new(),
            syn_ok: Vec::new(),
            fwd_ok: Vec::new(),
            use_fwd_ok: false,
            used: Vec::new(),
            verb_code: Vec::new(),
        };
        let vocab = &self.tables.vocab;
        // A singular noun also stands for its plural, so that a pattern written with the
        // plural (`* (JOINT EXERCISES)`) matches `began a joint military exercise`: words
        // match forms and lemmas, and a plural token's lemma is already its singular.
        let mut plural = String::new();
        cx.ids = (0..tree.len())
            .map(|i| {
                let id = |w: &str| vocab.get(w).copied().unwrap_or(u32::MAX);
                let (form, lemma) = (&tree.up_form[i], &tree.up_lemma[i]);
                let noun = tree.toks[i].upos == tern_core::Upos::NOUN;
                let third = if noun && form == lemma && lemma.len() > 2 {
                    plural.clear();
                    plural.push_str(lemma);
                    if lemma.ends_with('Y') && !lemma.ends_with("AY") && !lemma.ends_with("EY") {
                        plural.pop();
                        plural.push_str("IES");
                    } else if ["S", "X", "CH", "SH"].iter().any(|e| lemma.ends_with(e)) {
                        plural.push_str("ES");
                    } else {
                        plural.push('S');
                    }
                    id(&plural)
                } else {
                    u32::MAX
                };
                [id(form), id(lemma), third]
            })
            .collect();
        cx.words = cx
            .ids
            .iter()
            .flatten()
            .copied()
            .filter(|&x| x != u32::MAX)
            .collect();
        let sentence_id = doc.sentence_id(si);
        let mut seen: FxHashSet<(String, String, String)> = FxHashSet::default();
        let first_event = out.len();
        let mut verbs: Vec<VerbAt<'_>> = Vec::new();
        for v in 0..tree.len() {
            if !is_verb(&tree, v) || alleged(&tree, v) || in_hyphenated_word(&tree, v) {
                continue;
            }
            let Some(cands) = self
                .tables
                .by_form
                .get(tree.up_form[v].as_str())
                .or_else(|| self.tables.by_form.get(tree.up_lemma[v].as_str()))
            else {
                continue;
            };
            let found: Vec<(&CVerb, usize, usize)> = cands
                .iter()
                .filter_map(|&vi| {
                    let cv = self.tables.verbs.get(vi as usize)?;
                    self.verb_span(&tree, v, cv).map(|(a, b)| (cv, a, b))
                })
                .collect();
            if found.is_empty() {
                continue;
            }
            // A participle used as an adjective (`the exiled dissidents`) is not an event
            // (PETRARCH2 turns such verb phrases back into noun phrases).
            if tree.rel(v) == "amod" && found.iter().all(|(cv, _, _)| cv.petrarch) {
                continue;
            }
            let selected = self.select(&mut cx, v, &found);
            verbs.push((v, found, selected));
        }
        self.interact(&mut cx, &mut verbs, options);
        cx.verb_code = vec![None; tree.len()];
        for (v, found, sel) in &verbs {
            let code = match &sel.interaction {
                Some(it) => Some(it.code.to_string()),
                None => Self::selected_code(found, sel).and_then(|c| c.active.clone()),
            };
            if let Some(slot) = cx.verb_code.get_mut(*v) {
                *slot = code;
            }
        }
        for (v, found, selected) in &verbs {
            self.code_verb(
                doc,
                si,
                &sentence_id,
                &mut cx,
                *v,
                found,
                selected,
                options,
                &mut seen,
                out,
            );
        }
        // A verb whose target is the subject of its clausal complement (`X said Y would
        // attack Z`) gives way to the complement's own events: PETRARCH2 keeps the nested
        // event and drops the reporting one (transformations aside).
        let mut removed = Vec::new();
        if !self.tables.transforms.is_empty() {
            removed = self.transform(doc, si, &mut cx, options, first_event, out);
        }
        if cx.ev_info.iter().any(|&(_, c)| c.is_some()) || removed.iter().any(|&r| r) {
            let info = std::mem::take(&mut cx.ev_info);
            // Under tern's verb files a demand, an appeal or a threat is the event, not what
            // is demanded (`Washington demanded that Hamas renounce its armed struggle`: a
            // demand of Hamas, no concession by it): the complement's events go instead.
            let commands = |k: usize, v: usize| {
                out.get(first_event + k)
                    .is_some_and(|e| matches!(e.cameo.get(..2), Some("02" | "10" | "13")))
                    && !self.is_petrarch_verb(&tree, v)
            };
            let mut demanded = vec![false; info.len()];
            for (k, &(v, c)) in info.iter().enumerate() {
                if let Some(c) = c.filter(|_| commands(k, v)) {
                    let (lo, hi) = (tree.lo[c] as usize, tree.hi[c] as usize);
                    for (j, &(v2, c2)) in info.iter().enumerate() {
                        if j != k && c2.is_none() && (lo..=hi).contains(&v2) {
                            demanded[j] = true;
                        }
                    }
                }
            }
            let drop: Vec<bool> = info
                .iter()
                .enumerate()
                .map(|(k, &(v, c))| {
                    removed.get(k).copied().unwrap_or(false)
                        || demanded[k]
                        || (!commands(k, v)
                            && c.is_some_and(|c| {
                                let (lo, hi) = (tree.lo[c] as usize, tree.hi[c] as usize);
                                info.iter()
                                    .any(|&(v2, c2)| c2.is_none() && (lo..=hi).contains(&v2))
                            }))
                })
                .collect();
            let mut k = 0;
            out.retain(|_| {
                k += 1;
                k <= first_event || !drop.get(k - 1 - first_event).copied().unwrap_or(false)
            });
        }
        // PETRARCH2's placeholder statement code: not written when the sentence has a real
        // event (the reported one), and not at all unless asked for (`statements`).
        let real = out[first_event..].iter().any(|e| e.cameo != "010");
        if real || !options.statements {
            // Without a real event, a statement between two known actors stays (`Serbia
            // said …` about Kosovo: Phoenix's class 0); one with an unknown side (`police
            // said`, `the radio said`) is noise unless statements are asked for.
            let unknown = |a: &EventActor| a.code.starts_with('-') || a.code.starts_with('"');
            let mut k = first_event;
            while k < out.len() {
                let drop = out[k].cameo == "010"
                    && (real
                        || unknown(&out[k].source)
                        || out[k].target.as_ref().is_none_or(unknown));
                if drop {
                    out.remove(k);
                } else {
                    k += 1;
                }
            }
        }
        // Remember the story's last actor for pronouns in later sentences.
        if let Some(e) = out[first_event..].last() {
            let _ = e;
        }
        let mut carry = cx.last_actor.take();
        for v in 0..tree.len() {
            if tree.rel(v) == "nsubj" {
                let h = v;
                let mut tmp = Vec::new();
                self.np_tokens(&cx, h, false, &mut tmp);
                if tmp
                    .iter()
                    .any(|&t| tree.toks[t].upos == tern_core::Upos::PRON)
                {
                    continue;
                }
                if let Some(mut a) = self.np_actor(&mut cx, h, options) {
                    if a.carried.is_none() {
                        let span = tok_span(s, a.start, a.end);
                        a.carried = Some((span, doc.text_of(span).to_string()));
                    }
                    carry = Some(a);
                }
            }
        }
        story.last_actor = carry;
        story.roles = std::mem::take(&mut cx.roles);
    }

    /// Where a compiled verb matches at token `v`: its first and end token.
    fn verb_span(&self, tree: &Tree<'_>, v: usize, cv: &CVerb) -> Option<(usize, usize)> {
        let mut start = v;
        for w in cv.pre.iter().rev() {
            let p = start.checked_sub(1)?;
            if !tree.is(p, w) {
                return None;
            }
            start = p;
        }
        let mut end = v + 1;
        for w in &cv.post {
            if tree.is(end, w) {
                end += 1;
                continue;
            }
            // A particle may stand apart from its verb (`called the talks off`).
            let prt = tree.kids(v).iter().map(|&c| c as usize).find(|&c| {
                c > v
                    && tree.is(c, w)
                    && matches!(
                        tree.rel(c),
                        "compound:prt" | "advmod" | "case" | "mark" | "obl" | "xcomp"
                    )
            });
            match prt {
                Some(c) => end = end.max(c + 1).min(v + 2),
                None => return None,
            }
        }
        Some((start, end))
    }

    /// The code of a selected verb: its pattern's, else its own or its block's.
    fn selected_code<'d>(
        found: &[(&'d CVerb, usize, usize)],
        sel: &Selected<'d>,
    ) -> Option<&'d EventCode> {
        match &sel.fired {
            Some((p, _)) => Some(&p.code),
            None => found
                .get(sel.chosen)
                .and_then(|(cv, _, _)| cv.code.as_ref()),
        }
    }

    /// PETRARCH2's verb interaction: a verb with a code whose `xcomp` is another coded verb
    /// takes the combination of the two codes (`interact.rs`) and the complement gives no
    /// event of its own. When the complement's subject is the governor's own (`Rohan wants
    /// to attack Arnor` → 138, `seeks to deepen a partnership` → 031) the event's target is
    /// the complement's; when it is the governor's object (`asked Gondor to help Arnor`:
    /// PETRARCH2's `a (b . Q) P`), the target stays the object and only a complement below the
    /// speech acts combines (a material action: aid, cooperation, force), and not under a verb
    /// that has transformations (they decide). Combinations without a CAMEO code leave both
    /// verbs as they are.
    fn interact(&self, cx: &mut Ctx<'_, '_>, verbs: &mut [VerbAt<'_>], options: &CoderOptions) {
        let tree = cx.tree;
        for i in 0..verbs.len() {
            let (v, ref found, ref sel) = verbs[i];
            if sel.absorbed || !found[sel.chosen].0.petrarch {
                continue;
            }
            let Some(upper) = Self::selected_code(found, sel)
                .filter(|c| c.passive.is_none())
                .and_then(|c| c.active.clone())
            else {
                continue;
            };
            let Some(j) = verbs
                .iter()
                .position(|(w, _, _)| tree.rel(*w) == "xcomp" && tree.head_of(*w) == Some(v))
            else {
                continue;
            };
            let (w, ref wfound, ref wsel) = verbs[j];
            if !wfound[wsel.chosen].0.petrarch
                || tree
                    .kids(w)
                    .iter()
                    .any(|&c| tree.rel(c as usize).starts_with("nsubj"))
            {
                continue;
            }
            let Some(lower) = Self::selected_code(wfound, wsel)
                .filter(|c| c.passive.is_none())
                .and_then(|c| c.active.clone())
            else {
                continue;
            };
            let (Some(nu), Some(mut nl)) = (interact::number(&upper), interact::number(&lower))
            else {
                continue;
            };
            if negated(tree, w) {
                nl -= 0xFFFF;
            }
            let controlled = tree
                .kids(v)
                .iter()
                .map(|&c| c as usize)
                .filter(|&c| c < w && matches!(tree.rel(c), "obj" | "iobj"))
                .collect::<Vec<_>>()
                .into_iter()
                .any(|o| !self.actors_of(cx, o, options).is_empty());
            if controlled {
                let verb_text = found[sel.chosen].0.text.as_str();
                let has_transform = self
                    .tables
                    .transforms
                    .iter()
                    .any(|t| *t.outer_verb == *verb_text);
                if has_transform || !(0..0x1000).contains(&nl) {
                    continue;
                }
            }
            let Some(code) = interact::code(interact::combine(nu, nl)) else {
                continue;
            };
            let lower_slot = wsel.fired.as_ref().and_then(|(_, b)| b.target);
            verbs[i].2.interaction = Some(Interaction {
                code,
                lower: w,
                lower_targets: !controlled,
                lower_slot,
            });
            verbs[j].2.absorbed = true;
        }
    }

    /// The verb entry and pattern that code verb token `v` (`found`: the entries whose words
    /// are present): multi-word verbs first, then single words, the entry defined last
    /// first; within an entry the most specific pattern that matches.
    fn select<'d>(
        &'d self,
        cx: &mut Ctx<'_, '_>,
        v: usize,
        found: &[(&'d CVerb, usize, usize)],
    ) -> Selected<'d> {
        let tree = cx.tree;
        // Windows: after the verb to the end of its subtree; before it from the start of its
        // clause (the governing verb's for complements and conjuncts).
        let after_end = (tree.hi.get(v).copied().unwrap_or(v as u32) as usize + 1).min(tree.len());
        let clause = match (tree.rel(v), tree.head_of(v)) {
            ("xcomp" | "ccomp" | "conj" | "advcl" | "acl" | "acl:relcl", Some(h)) => h,
            _ => v,
        };
        let before_start = tree.lo.get(clause).copied().unwrap_or(0) as usize;
        cx.fwd_ok = self.own_phrase(tree, v, after_end);
        // A passive verb's subject is what the words after `*` describe and its `by` agent
        // what the words before it describe (PETRARCH2 swaps the two phrases of a passive:
        // `evidence against Russia was presented by the US` is `* EVIDENCE`, `the building
        // was demolished by a protestor` is `PROTESTOR *`).
        let mut swapped = self.passive_parts(cx, v).map(|(agent, subj)| {
            let span = |x: Option<usize>| {
                x.map(|h| {
                    let lo = tree.lo.get(h).copied().unwrap_or(h as u32) as usize;
                    let hi = tree.hi.get(h).copied().unwrap_or(h as u32) as usize;
                    (lo, (hi + 1).min(tree.len()))
                })
            };
            let ok = subj.map(|h| own_phrase_of(tree, h)).unwrap_or_default();
            (span(agent), span(subj), ok)
        });
        let mut fired: Option<(&CPattern, Binds)> = None;
        let mut chosen;
        // Multi-word verbs come first; among single words the entry defined last wins.
        let order: Vec<usize> = if found[0].0.pre.len() + found[0].0.post.len() > 0 {
            (0..found.len()).collect()
        } else {
            (0..found.len()).rev().collect()
        };
        chosen = order[0];
        'outer: for &fi in &order {
            let (cv, vs, ve) = found[fi];
            let Some(b) = self.tables.blocks.get(cv.block as usize) else {
                continue;
            };
            for p in &b.patterns {
                if !p.anchors.iter().all(|w| cx.words.contains(w))
                    || !p.syn_anchors.iter().all(|&s| self.synset_present(cx, s))
                {
                    continue;
                }
                cx.steps = 0;
                cx.use_fwd_ok = p.phrase;
                let mut binds = Binds::default();
                let rev = &p.before_rev;
                let direct = (p.after.is_empty()
                    || self.match_fwd(cx, &p.after, 0, ve, after_end, false, &mut binds))
                    && (p.before.is_empty() || {
                        cx.steps = 0;
                        self.match_bwd(cx, rev, 0, vs, before_start, false, &mut binds)
                    });
                if !direct {
                    binds = Binds::default();
                    let Some((agent, subj, ok)) = swapped.as_mut() else {
                        continue;
                    };
                    if !p.phrase || p.before.iter().chain(&p.after).any(Item::is_slot) {
                        continue;
                    }
                    let after_ok = p.after.is_empty()
                        || subj.is_some_and(|(lo, hi)| {
                            cx.steps = 0;
                            // The subject's own phrase in place of the verb's, and back.
                            std::mem::swap(&mut cx.fwd_ok, ok);
                            let hit = self.match_fwd(cx, &p.after, 0, lo, hi, false, &mut binds);
                            std::mem::swap(&mut cx.fwd_ok, ok);
                            hit
                        });
                    let before_ok = p.before.is_empty()
                        || agent.is_some_and(|(lo, hi)| {
                            cx.steps = 0;
                            self.match_bwd(cx, rev, 0, hi, lo, false, &mut binds)
                        });
                    if !(after_ok && before_ok) {
                        continue;
                    }
                    // The passive subject stays the target even when the pattern names it
                    // (`the civilians … were released` is `* &PEOPLE`).
                    binds.words.clear();
                }
                fired = Some((p, binds));
                chosen = fi;
                break 'outer;
            }
        }
        Selected {
            chosen,
            fired,
            interaction: None,
            absorbed: false,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn code_verb(
        &self,
        doc: &Doc,
        si: usize,
        sentence_id: &str,
        cx: &mut Ctx<'_, '_>,
        v: usize,
        found: &[(&CVerb, usize, usize)],
        selected: &Selected<'_>,
        options: &CoderOptions,
        seen: &mut FxHashSet<(String, String, String)>,
        out: &mut Vec<Event>,
    ) {
        let tree = cx.tree;
        let chosen = selected.chosen;
        let fired = &selected.fired;
        if selected.absorbed {
            return;
        }
        let (cv, vs, ve) = found[chosen];
        let block = self.tables.blocks.get(cv.block as usize);
        let mut rules: Vec<&'static str> = Vec::new();
        let mut code: EventCode = match &fired {
            Some((p, _)) => p.code.clone(),
            None => match &cv.code {
                Some(c) => c.clone(),
                None => return,
            },
        };
        if code.is_null() {
            return;
        }
        if let Some(it) = &selected.interaction {
            code = EventCode {
                active: Some(it.code.to_string()),
                passive: None,
            };
            rules.push("verb interaction: the code combined with its complement verb's");
        }
        // Negation: the rejection PETRARCH2's code arithmetic gives (`would not provide
        // support` → 121), else no event, unless the pattern itself names the negation.
        let negated = negated(tree, v);
        let pattern_negates = fired.as_ref().is_some_and(|(p, _)| {
            p.before.iter().chain(&p.after).any(|i| match i {
                Item::Word(w) => self.tables.negators.contains(w),
                Item::Syn(s) => self.tables.synsets.get(*s as usize).is_some_and(|m| {
                    m.iter()
                        .any(|w| w.iter().any(|x| self.tables.negators.contains(x)))
                }),
                _ => false,
            })
        });
        if negated && !pattern_negates {
            match code
                .active
                .as_deref()
                .filter(|_| cv.petrarch)
                .and_then(interact::negate)
            {
                Some(c) => {
                    code = EventCode {
                        active: Some(c.to_string()),
                        passive: None,
                    };
                    rules.push("negated: the rejection of the verb's code");
                }
                None => return,
            }
        }
        let modality = tree.kids(v).iter().map(|&c| c as usize).find_map(|c| {
            (tree.rel(c) == "aux" && tree.toks[c].xpos.as_str() == "MD")
                .then(|| tree.toks[c].form.to_lowercase())
        });
        let binds = fired.as_ref().map(|(_, b)| b.clone()).unwrap_or_default();
        cx.used.clone_from(&binds.words);
        // Sources and targets.
        let mut sources: Vec<Act>;
        let mut targets: Vec<Act>;
        let passive = self.passive_parts(cx, v);
        match (binds.source, passive) {
            (Some(q), _) => {
                let h = self.np_head(cx, q);
                sources = self.actors_of(cx, h, options);
            }
            (None, Some((agent, _))) => {
                sources = match agent {
                    Some(a) => {
                        rules.push("passive: the `by` agent is the source");
                        let mut s = self.actors_of(cx, a, options);
                        if s.is_empty() {
                            // An instrument with its own agent (`blown up by a missile
                            // believed to be fired by rebels`): who fired it.
                            if let Some(b) = instrument_agent(cx.tree, a) {
                                rules.push("instrument: its own `by` agent is the source");
                                s = self.actors_of(cx, b, options);
                            }
                        }
                        s
                    }
                    // No agent: for violence (roots 18–20), where it came from (`a mortar
                    // bomb was fired at Israel from the Gaza Strip`).
                    None if code
                        .active
                        .as_deref()
                        .is_some_and(|c| matches!(c.get(..2), Some("18" | "19" | "20"))) =>
                    {
                        match from_phrase(cx.tree, v) {
                            Some(f) => {
                                rules.push(
                                    "passive without agent: where it came from is the source",
                                );
                                self.actors_of(cx, f, options)
                            }
                            None => Vec::new(),
                        }
                    }
                    None => Vec::new(),
                };
            }
            (None, None) => sources = self.subject(cx, v, options, 0),
        }
        cx.comp_target = None;
        match (binds.target, passive) {
            (Some(q), _) => {
                let h = self.np_head(cx, q);
                targets = self.actors_of(cx, h, options);
            }
            (None, Some((_, Some(subj)))) => {
                targets = self.actors_of(cx, subj, options);
                if targets.is_empty() {
                    targets = self.object(cx, v, options);
                }
            }
            _ => targets = self.object(cx, v, options),
        }
        if let Some(it) = selected.interaction.as_ref().filter(|it| it.lower_targets) {
            targets = match it.lower_slot {
                Some(q) => {
                    let h = self.np_head(cx, q);
                    self.actors_of(cx, h, options)
                }
                None => self.object(cx, it.lower, options),
            };
        }
        let comp = if binds.target.is_none() {
            cx.comp_target.take()
        } else {
            None
        };
        // A show of force by two countries together (`French and Egyptian warships launched
        // war games`) is their military cooperation (062), with each other as partners.
        if !cv.petrarch && code.active.as_deref() == Some("150") && code.passive.is_none() {
            let mut countries: Vec<&str> = sources
                .iter()
                .filter_map(|a| a.code.get(..3))
                .filter(|c| !c.starts_with('-'))
                .collect();
            countries.sort_unstable();
            countries.dedup();
            if countries.len() >= 2 {
                code.active = Some("062".to_string());
                rules.push("joint show of force: military cooperation between the partners");
            }
        }
        // Partners meeting or agreeing somewhere (`the government and the opposition signed
        // an agreement in Barbados`): the place is where, not with whom; the compound's
        // members are each other's partners below. Not for PETRARCH verb files, whose
        // validation records take the place as the target, as PETRARCH2 does.
        let root = code
            .active
            .as_deref()
            .and_then(|c| c.get(..2))
            .and_then(|r| r.parse::<u32>().ok());
        if sources.len() >= 2
            && !cv.petrarch
            && root.is_some_and(|r| (3..=6).contains(&r))
            && !targets.is_empty()
            && targets
                .iter()
                .all(|t| t.carried.is_none() && in_place_phrase(cx.tree, v, t.start))
        {
            rules.push("compound partners: the place is not a target");
            targets.clear();
        }
        // Violence against a known actor by someone the text does not name (`a roadside
        // bombing near Samarra killed one U.S. soldier`): under tern's verb files the event
        // is kept with source `---`, its text the subject phrase (the weapon, the attack).
        if sources.is_empty()
            && !cv.petrarch
            && options.known_source_monads
            && root.is_some_and(|r| (18..=20).contains(&r))
            && targets
                .iter()
                .any(|t| !t.code.starts_with('-') && !t.code.starts_with('"'))
        {
            // In the passive without an agent (`three civilians were killed in a suicide car
            // bombing`), the phrase that says how, else the verb itself.
            let passive = self.passive_parts(cx, v).is_some();
            let subj = cx.tree.kids(v).iter().map(|&k| k as usize).find(|&k| {
                if passive {
                    cx.tree.rel(k) == "obl"
                        && cx.tree.toks[k].upos == tern_core::Upos::NOUN
                        && cx.tree.kids(k).iter().any(|&c| {
                            cx.tree.rel(c as usize) == "case" && cx.tree.is(c as usize, "IN")
                        })
                } else {
                    cx.tree.rel(k) == "nsubj"
                }
            });
            let subj = subj.or(passive.then_some(v));
            if let Some(h) = subj {
                let (lo, hi) = (cx.tree.lo[h] as usize, cx.tree.hi[h] as usize + 1);
                rules.push("unnamed perpetrator: the source is unknown (---)");
                sources.push(Act {
                    code: "---".to_string(),
                    start: lo,
                    end: hi.min(cx.tree.len()),
                    entries: Vec::new(),
                    carried: None,
                });
            }
        }
        let mut pairs: Vec<(Option<usize>, Option<usize>, bool)> = Vec::new();
        if let Some(q) = binds.compound {
            let mut h = self.np_head(cx, q);
            // From any conjunct up to the first one, which holds the others.
            let mut steps = 0;
            while cx.tree.rel(h) == "conj" && steps < 16 {
                match cx.tree.head_of(h) {
                    Some(x) if !is_verb(cx.tree, x) => h = x,
                    _ => break,
                }
                steps += 1;
            }
            let members = self.actors_of(cx, h, options);
            if members.len() >= 2 {
                rules.push("compound: events between the members");
                sources = members.clone();
                targets = members;
                for i in 0..sources.len() {
                    for j in 0..targets.len() {
                        if i != j {
                            pairs.push((Some(i), Some(j), false));
                        }
                    }
                }
            }
        }
        let cooperative = code
            .active
            .as_deref()
            .and_then(|c| c.get(..2))
            .and_then(|r| r.parse::<u32>().ok())
            .is_some_and(|r| (3..=6).contains(&r));
        // Not for a subject inherited from a governing verb (`A and B will meet in C to
        // discuss …`): the governor has coded these actors already.
        let own_subject = binds.source.is_some()
            || tree
                .kids(v)
                .iter()
                .any(|&c| tree.rel(c as usize).starts_with("nsubj"));
        if pairs.is_empty()
            && targets.is_empty()
            && sources.len() >= 2
            && cooperative
            && own_subject
            && options.compound_both_directions
        {
            rules.push("compound source, cooperative code, no target: both directions");
            targets = sources.clone();
            for i in 0..sources.len() {
                for j in 0..sources.len() {
                    if i != j {
                        pairs.push((Some(i), Some(j), false));
                    }
                }
            }
        }
        if pairs.is_empty() {
            for i in 0..sources.len() {
                if targets.is_empty() {
                    pairs.push((Some(i), None, false));
                }
                for j in 0..targets.len() {
                    pairs.push((Some(i), Some(j), false));
                }
            }
        }
        // Paired codes `[a:b]`: a from source to target, b back from target to source.
        let mut emit: Vec<(Option<&Act>, Option<&Act>, String)> = Vec::new();
        for &(i, j, _) in &pairs {
            let s = i.and_then(|i| sources.get(i));
            let t = j.and_then(|j| targets.get(j));
            if let Some(a) = &code.active {
                emit.push((s, t, a.clone()));
            }
            if let (Some(p), Some(_)) = (&code.passive, t) {
                emit.push((t, s, p.clone()));
            }
        }
        // A complement's event without a target may still feed a transformation.
        let keep_monad = !self.tables.transforms.is_empty()
            && matches!(tree.rel(v), "ccomp" | "xcomp")
            && options.require_dyad;
        // Under tern's own verb files, an event whose source is a known actor (a country,
        // an organization, a person) is kept without a target, as `---` (`Israel has
        // launched cyber warfare`, `the Kenyan government lifted a ban`): the news names
        // who acted more often than whom. PETRARCH files keep PETRARCH2's require_dyad.
        let tern_verb = !cv.petrarch;
        for (s, t, c) in emit {
            let Some(s) = s else { continue };
            let lone_ok = tern_verb
                && options.known_source_monads
                && !s.code.starts_with('-')
                && !s.code.starts_with('"');
            if t.is_none() && options.require_dyad && !keep_monad && !monadic(&c) && !lone_ok {
                continue;
            }
            // `X's foreign minister met his Serbian counterpart`: the counterpart holds the
            // other side's role in its own country (SRB + GOV).
            let (s_own, t_own) = match t {
                Some(t) => (
                    counterpart(tree, s, t).or_else(|| self.counterpart_person(tree, s, t)),
                    counterpart(tree, t, s).or_else(|| self.counterpart_person(tree, t, s)),
                ),
                None => (None, None),
            };
            for own in [&s_own, &t_own].into_iter().flatten() {
                if let Some(x) = own.entries.iter().find_map(|&(e, _, _)| match e {
                    EntryRef::Actor(x) => Some(x),
                    EntryRef::Agent(_) => None,
                }) {
                    if own.entries.len() == 1 {
                        cx.roles.insert(x, own.code.clone());
                    }
                }
            }
            let s = s_own.as_ref().unwrap_or(s);
            let t = t_own.as_ref().or(t);
            // An actor does not act on itself: under tern's verb files a known actor's event
            // whose only target is itself as the subject of what it says has none (`China
            // said it is skeptical`: `it` is China), else it is dropped.
            let t = match t {
                Some(x) if x.code == s.code => {
                    if lone_ok && targets.len() == 1 {
                        None
                    } else {
                        continue;
                    }
                }
                // Nor on its own country beside another target (`Shoygu recalled that the
                // relations between Russia and Serbia …`: Serbia only), under tern's files.
                Some(x)
                    if tern_verb
                        && targets.len() > 1
                        && x.code.len() == 3
                        && s.code.len() > 3
                        && s.code.starts_with(x.code.as_str()) =>
                {
                    continue;
                }
                t => t,
            };
            let key = (
                s.code.clone(),
                t.map_or("---".to_string(), |t| t.code.clone()),
                c.clone(),
            );
            if !seen.insert(key) {
                continue;
            }
            let mut explain = Vec::new();
            let (file, line) = self.where_is(cv.origin);
            let bname = block.map_or("", |b| b.name.as_str());
            explain.push(ExplainItem {
                role: "verb".into(),
                entry: format!("--- {bname} --- {}", cv.text),
                file,
                line,
                tokens: Some((vs, ve)),
            });
            if let Some((p, _)) = &fired {
                let (file, line) = self.where_is(p.origin);
                explain.push(ExplainItem {
                    role: "pattern".into(),
                    entry: p.text.clone(),
                    file,
                    line,
                    tokens: None,
                });
            }
            self.explain_actor(&mut explain, "source", s);
            if let Some(t) = t {
                self.explain_actor(&mut explain, "target", t);
            }
            for r in &rules {
                explain.push(ExplainItem {
                    role: "rule".into(),
                    entry: (*r).to_string(),
                    file: None,
                    line: None,
                    tokens: None,
                });
            }
            let sent = &doc.sentences[si];
            let source = self.event_actor(doc, sent, s);
            let target = match t {
                Some(t) => Some(self.event_actor(doc, sent, t)),
                None => Some(EventActor::from_code("---", "", Span::default())),
            };
            let vspan = tok_span(sent, vs, ve);
            let event = make_event(
                doc,
                si,
                sentence_id,
                source,
                target,
                &c,
                modality.clone(),
                negated,
                vspan,
                explain,
            );
            if t.is_none() && options.require_dyad && !monadic(&c) && !lone_ok {
                cx.monads.push((v, event));
                continue;
            }
            cx.ev_info.push((v, comp));
            out.push(event);
        }
        // The last actor for pronouns: this verb's subject.
        if let Some(s) = sources.first() {
            let mut a = s.clone();
            if a.carried.is_none() {
                let span = tok_span(&doc.sentences[si], a.start, a.end);
                a.carried = Some((span, doc.text_of(span).to_string()));
            }
            cx.last_actor = Some(a);
        }
    }

    /// Applies the dictionary's transformations: for each verb that can be a transformation's
    /// outer verb (`SAY`), the events of its clausal complements are matched against the
    /// inner pattern (`(a b ATTACK)`) and replaced by the result (`a b 015`). Returns, for each
    /// event of the sentence, whether it was replaced.
    fn transform(
        &self,
        doc: &Doc,
        si: usize,
        cx: &mut Ctx<'_, '_>,
        options: &CoderOptions,
        first_event: usize,
        out: &mut Vec<Event>,
    ) -> Vec<bool> {
        let tree = cx.tree;
        let mut removed = vec![false; cx.ev_info.len()];
        // Events this pass writes (indices into `cx.ev_info`).
        let mut generated: Vec<usize> = Vec::new();
        if cx.ev_info.is_empty() && cx.monads.is_empty() {
            return removed;
        }
        for v in 0..tree.len() {
            if !is_verb(tree, v) {
                continue;
            }
            let Some(cands) = self
                .tables
                .by_form
                .get(tree.up_form[v].as_str())
                .or_else(|| self.tables.by_form.get(tree.up_lemma[v].as_str()))
            else {
                continue;
            };
            let rules: Vec<&CTransform> = self
                .tables
                .transforms
                .iter()
                .filter(|t| {
                    cands.iter().any(|&i| {
                        self.tables
                            .verbs
                            .get(i as usize)
                            .is_some_and(|cv| *cv.text == *t.outer_verb)
                    }) || (t.outer_code.is_some()
                        && cx.verb_code.get(v).is_some_and(|c| *c == t.outer_code))
                })
                .collect();
            if rules.is_empty() {
                continue;
            }
            let comps: Vec<usize> = tree
                .kids(v)
                .iter()
                .map(|&c| c as usize)
                // Only a complement after the verb: `X attacked Y, officials said` is not
                // reported speech governed by `said` (PETRARCH2's Penn trees attach such a
                // trailing attribution beside the clause, not above it).
                .filter(|&c| c > v && matches!(tree.rel(c), "ccomp" | "xcomp"))
                .collect();
            for c in comps {
                let (lo, hi) = (tree.lo[c] as usize, tree.hi[c] as usize);
                // Inner events: written ones (index into the sentence's events) and monads.
                let mut inner: Vec<(Option<usize>, Event)> = Vec::new();
                for (k, &(v2, c2)) in cx.ev_info.iter().enumerate() {
                    if c2.is_none()
                        && v2 != v
                        && (lo..=hi).contains(&v2)
                        && clausal_path(tree, v2, c)
                        && !removed[k]
                    {
                        if let Some(e) = out.get(first_event + k) {
                            inner.push((Some(k), e.clone()));
                        }
                    }
                }
                for (v2, e) in &cx.monads {
                    if (lo..=hi).contains(v2) && clausal_path(tree, *v2, c) {
                        inner.push((None, e.clone()));
                    }
                }
                if inner.is_empty() {
                    continue;
                }
                let sources = self.subject(cx, v, options, 0);
                if sources.is_empty() {
                    continue;
                }
                let sent = &doc.sentences[si];
                for (k, e) in inner {
                    let in_tgt = e.target.as_ref().filter(|t| t.code != "---");
                    let Some(rule) = rules.iter().find(|t| {
                        t.inner_prefix
                            .as_deref()
                            .is_none_or(|p| e.cameo.starts_with(p))
                            && match &t.inner_src {
                                TVar::Var(x) if *x == t.outer_src => {
                                    sources.iter().any(|a| a.code == e.source.code)
                                }
                                _ => true,
                            }
                            && (in_tgt.is_some() || !matches!(t.inner_tgt, TVar::Var(_)))
                    }) else {
                        continue;
                    };
                    let bind = |name: &str| -> Option<EventActor> {
                        if matches!(&rule.inner_src, TVar::Var(x) if **x == *name)
                            && *rule.outer_src != *name
                        {
                            return Some(e.source.clone());
                        }
                        if matches!(&rule.inner_tgt, TVar::Var(x) if **x == *name) {
                            return in_tgt.cloned();
                        }
                        None
                    };
                    // A reported future act is an intent (`Israel announced it would free
                    // prisoners`: intend 030 over release 0841 is 0352, by PETRARCH2's code
                    // arithmetic).
                    let future = e.modality.as_deref().is_some_and(|m| {
                        matches!(
                            m.to_ascii_lowercase().as_str(),
                            "will" | "would" | "'ll" | "shall"
                        )
                    });
                    let code = match &rule.rhs_code {
                        Some(c) => c.clone(),
                        None if future => crate::interact::number("030")
                            .zip(crate::interact::number(&e.cameo))
                            .and_then(|(i, n)| {
                                crate::interact::code(crate::interact::combine(i, n))
                            })
                            .map_or_else(|| e.cameo.clone(), str::to_string),
                        None => e.cameo.clone(),
                    };
                    let mut made = false;
                    for a in &sources {
                        let outer = self.event_actor(doc, sent, a);
                        let side = |name: &str| {
                            if *name == *rule.outer_src {
                                Some(outer.clone())
                            } else {
                                bind(name)
                            }
                        };
                        let (Some(src), Some(tgt)) = (side(&rule.rhs_src), side(&rule.rhs_tgt))
                        else {
                            continue;
                        };
                        if src.code == tgt.code {
                            continue;
                        }
                        let mut explain = e.explain.clone();
                        let (file, line) = self.where_is(rule.origin);
                        explain.push(ExplainItem {
                            role: "transformation".into(),
                            entry: rule.text.clone(),
                            file,
                            line,
                            tokens: Some((v, v + 1)),
                        });
                        let ev = make_event(
                            doc,
                            si,
                            &e.sentence_id,
                            src,
                            Some(tgt),
                            &code,
                            e.modality.clone(),
                            e.negated,
                            e.verb_span,
                            explain,
                        );
                        // Already written (the replaced inner event itself aside).
                        if out[first_event..].iter().enumerate().any(|(j, o)| {
                            Some(j) != k
                                && !removed.get(j).copied().unwrap_or(false)
                                && o.cameo == ev.cameo
                                && o.source.code == ev.source.code
                                && o.target.as_ref().map(|t| &t.code)
                                    == ev.target.as_ref().map(|t| &t.code)
                        }) {
                            made = true;
                            continue;
                        }
                        out.push(ev);
                        generated.push(cx.ev_info.len());
                        cx.ev_info.push((v, None));
                        removed.push(false);
                        made = true;
                    }
                    if made {
                        if let Some(k) = k {
                            removed[k] = true;
                        }
                        // The outer verb's own events are replaced too: PETRARCH2 makes one
                        // event of the outer verb and its complement (`wants Rohan to attack`
                        // is not also a `want` aimed at Rohan).
                        for (j, &(v2, _)) in cx.ev_info.iter().enumerate() {
                            if v2 == v && !generated.contains(&j) {
                                if let Some(r) = removed.get_mut(j) {
                                    *r = true;
                                }
                            }
                        }
                    }
                }
            }
        }
        // What no transformation took up: a PETRARCH verb's event in a complement with a
        // subject of its own under a governing verb with a subject (`Arnor said Rohan met
        // Gondor`). PETRARCH2 nests it as the governor's target, `a (b c Q) P`, and writes
        // no event whose target is an event; so neither is written.
        for k in 0..cx.ev_info.len() {
            let (v2, _) = cx.ev_info[k];
            if removed.get(k).copied().unwrap_or(true) || generated.contains(&k) {
                continue;
            }
            if self.nested_under_subject(tree, v2, &cx.verb_code) {
                removed[k] = true;
            }
        }
        removed
    }

    /// Token `v` is a verb of a PETRARCH verb file.
    fn is_petrarch_verb(&self, tree: &Tree<'_>, v: usize) -> bool {
        [tree.up_form.get(v), tree.up_lemma.get(v)]
            .into_iter()
            .flatten()
            .any(|f| {
                self.tables.by_form.get(f.as_str()).is_some_and(|c| {
                    c.iter().any(|&i| {
                        self.tables
                            .verbs
                            .get(i as usize)
                            .is_some_and(|cv| cv.petrarch)
                    })
                })
            })
    }

    /// Verb `v` (from a PETRARCH verb file) heads, or is reached through clauses from, a
    /// complement with its own subject that follows a governing verb which has a subject or
    /// a code.
    fn nested_under_subject(&self, tree: &Tree<'_>, v: usize, codes: &[Option<String>]) -> bool {
        if !self.is_petrarch_verb(tree, v) {
            return false;
        }
        let has_subj = |x: usize| {
            tree.kids(x)
                .iter()
                .any(|&k| tree.rel(k as usize).starts_with("nsubj"))
        };
        let mut x = v;
        for _ in 0..32 {
            let rel = tree.rel(x);
            let Some(h) = tree.head_of(x) else {
                return false;
            };
            match rel {
                "ccomp" | "xcomp" => {
                    let own = has_subj(x)
                        || (rel == "xcomp"
                            && tree.kids(h).iter().any(|&k| {
                                (k as usize) < x && matches!(tree.rel(k as usize), "obj" | "iobj")
                            }));
                    let coded = codes.get(h).is_some_and(Option::is_some);
                    if own && h < x && is_verb(tree, h) && (has_subj(h) || coded) {
                        return true;
                    }
                    x = h;
                }
                "conj" | "advcl" => x = h,
                _ => return false,
            }
        }
        false
    }

    /// Whether some member of synset `s` can match in the sentence (its first word is there);
    /// computed once per sentence and synset.
    /// Which tokens the words after a verb's `*` may match. With PETRARCH2's phrase syntax
    /// the pattern continues in the verb's own noun and prepositional phrases (PETRARCH2
    /// matches the heads of the verb phrase's NP and PP children and the words inside
    /// them): not another verb, nor anything in a clause below the verb (`said the step
    /// enjoyed support`: `SAY * SUPPORT` does not match). Used for patterns read from
    /// PETRARCH2's files ([`CPattern::phrase`]); the others match anywhere in the verb's
    /// subtree.
    fn own_phrase(&self, tree: &Tree<'_>, v: usize, end: usize) -> Vec<bool> {
        let mut ok = vec![true; tree.len()];
        for (p, slot) in ok.iter_mut().enumerate().take(end).skip(v + 1) {
            let mut x = p;
            let mut steps = 0;
            let mut nmod = false;
            while x != v && steps < 64 {
                if is_verb(tree, x) {
                    *slot = false;
                    break;
                }
                // A prepositional phrase inside a prepositional phrase of the verb (`at the
                // start of a regional trip`) is not one of its own phrases.
                if tree.rel(x) == "nmod"
                    && tree.kids(x).iter().any(|&k| tree.rel(k as usize) == "case")
                {
                    nmod = true;
                }
                if nmod && tree.rel(x) == "obl" && tree.head_of(x) == Some(v) {
                    *slot = false;
                    break;
                }
                match tree.head_of(x) {
                    Some(h) => x = h,
                    None => break,
                }
                steps += 1;
            }
        }
        ok
    }

    fn synset_present(&self, cx: &mut Ctx<'_, '_>, s: u32) -> bool {
        let i = s as usize;
        if cx.syn_ok.len() <= i {
            cx.syn_ok.resize(self.tables.synsets.len().max(i + 1), 0);
        }
        if cx.syn_ok[i] == 0 {
            let ok = self.tables.synsets.get(i).is_some_and(|m| {
                m.iter()
                    .any(|w| w.first().is_some_and(|f| cx.words.contains(f)))
            });
            cx.syn_ok[i] = if ok { 1 } else { 2 };
        }
        cx.syn_ok[i] == 1
    }

    fn where_is(&self, o: Origin) -> (Option<String>, Option<usize>) {
        (
            self.set.files.get(o.file as usize).cloned(),
            Some(o.line as usize),
        )
    }

    fn explain_actor(&self, explain: &mut Vec<ExplainItem>, role: &str, a: &Act) {
        for &(e, s, t) in &a.entries {
            let (kind, name, origin, code) = match e {
                EntryRef::Actor(i) => match self.set.actors.get(i as usize) {
                    Some(x) => (
                        "actor",
                        x.names
                            .first()
                            .map(|n| n.text.to_uppercase())
                            .unwrap_or_default(),
                        x.origin,
                        a.code.clone(),
                    ),
                    None => continue,
                },
                EntryRef::Agent(i) => match self.set.agents.get(i as usize) {
                    Some(x) => (
                        "agent",
                        x.names
                            .first()
                            .map(|n| n.text.to_uppercase())
                            .unwrap_or_default(),
                        x.origin,
                        x.compose(None),
                    ),
                    None => continue,
                },
            };
            let (file, line) = self.where_is(origin);
            explain.push(ExplainItem {
                role: format!("{role} {kind}"),
                entry: format!("{} [{code}]", name.replace(' ', "_")),
                file,
                line,
                tokens: if a.carried.is_some() {
                    None
                } else {
                    Some((s, t))
                },
            });
        }
    }

    fn event_actor(&self, doc: &Doc, s: &Sentence, a: &Act) -> EventActor {
        match &a.carried {
            Some((span, text)) => EventActor::from_code(&a.code, text.clone(), *span),
            None => {
                let span = tok_span(s, a.start, a.end);
                EventActor::from_code(&a.code, doc.text_of(span), span)
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn match_fwd(
        &self,
        cx: &mut Ctx<'_, '_>,
        items: &[Item],
        k: usize,
        pos: usize,
        end: usize,
        adjacent: bool,
        binds: &mut Binds,
    ) -> bool {
        cx.steps += 1;
        if cx.steps > 4000 {
            return false;
        }
        let Some(item) = items.get(k) else {
            return true;
        };
        let last = if adjacent { (pos + 1).min(end) } else { end };
        match item {
            Item::Next => self.match_fwd(cx, items, k + 1, pos, end, true, binds),
            Item::Word(w) => {
                for p in pos..last {
                    if tok_id(&cx.ids, p, *w, !cx.use_fwd_ok)
                        && (!cx.use_fwd_ok || cx.fwd_ok.get(p).copied().unwrap_or(true))
                    {
                        let n = binds.words.len();
                        if cx.use_fwd_ok {
                            binds.words.push(p);
                        }
                        if self.match_fwd(cx, items, k + 1, p + 1, end, false, binds) {
                            return true;
                        }
                        binds.words.truncate(n);
                    }
                }
                false
            }
            Item::Syn(s) => {
                let members = match self.tables.synsets.get(*s as usize) {
                    Some(m) => m,
                    None => return false,
                };
                for p in pos..last {
                    for m in members {
                        let len = m.len();
                        if p + len <= end
                            && m.iter().enumerate().all(|(k, w)| {
                                tok_id(&cx.ids, p + k, *w, !cx.use_fwd_ok)
                                    && (!cx.use_fwd_ok
                                        || cx.fwd_ok.get(p + k).copied().unwrap_or(true))
                            })
                        {
                            let n = binds.words.len();
                            if cx.use_fwd_ok {
                                binds.words.extend(p..p + len);
                            }
                            if self.match_fwd(cx, items, k + 1, p + len, end, false, binds) {
                                return true;
                            }
                            binds.words.truncate(n);
                        }
                    }
                }
                false
            }
            Item::Source | Item::Target | Item::Compound => {
                for p in pos..last {
                    let g = cx.tok_group.get(p).copied().unwrap_or(NONE);
                    if g == NONE {
                        continue;
                    }
                    let gend = cx.groups[g].end;
                    let saved = binds.clone();
                    match item {
                        Item::Source => binds.source = Some(p),
                        Item::Target => binds.target = Some(p),
                        _ => binds.compound = Some(p),
                    }
                    // The actor's phrase extends over its conjuncts for `%`.
                    let next = if matches!(item, Item::Compound) {
                        let h = self.np_head(cx, p);
                        (cx.tree.hi.get(h).copied().unwrap_or(p as u32) as usize + 1).max(gend)
                    } else {
                        gend
                    };
                    if self.match_fwd(cx, items, k + 1, next, end, false, binds) {
                        return true;
                    }
                    *binds = saved;
                    break;
                }
                false
            }
        }
    }

    /// Matches reversed `items` backwards from `pos` (exclusive) down to `start`.
    #[allow(clippy::too_many_arguments)]
    fn match_bwd(
        &self,
        cx: &mut Ctx<'_, '_>,
        items: &[Item],
        k: usize,
        pos: usize,
        start: usize,
        adjacent: bool,
        binds: &mut Binds,
    ) -> bool {
        cx.steps += 1;
        if cx.steps > 4000 {
            return false;
        }
        let Some(item) = items.get(k) else {
            return true;
        };
        let lowest = if adjacent {
            pos.saturating_sub(1).max(start)
        } else {
            start
        };
        match item {
            Item::Next => self.match_bwd(cx, items, k + 1, pos, start, true, binds),
            Item::Word(w) => {
                for p in (lowest..pos).rev() {
                    if tok_id(&cx.ids, p, *w, !cx.use_fwd_ok)
                        && self.match_bwd(cx, items, k + 1, p, start, false, binds)
                    {
                        return true;
                    }
                }
                false
            }
            Item::Syn(s) => {
                let members = match self.tables.synsets.get(*s as usize) {
                    Some(m) => m,
                    None => return false,
                };
                for p in (lowest..pos).rev() {
                    // Members ending at p.
                    for m in members {
                        let len = m.len();
                        if len > p + 1 || p + 1 - len < start {
                            continue;
                        }
                        let b = p + 1 - len;
                        if m.iter()
                            .enumerate()
                            .all(|(i, w)| tok_id(&cx.ids, b + i, *w, !cx.use_fwd_ok))
                            && self.match_bwd(cx, items, k + 1, b, start, false, binds)
                        {
                            return true;
                        }
                    }
                }
                false
            }
            Item::Source | Item::Target | Item::Compound => {
                for p in (lowest..pos).rev() {
                    let g = cx.tok_group.get(p).copied().unwrap_or(NONE);
                    if g == NONE {
                        continue;
                    }
                    let saved = binds.clone();
                    match item {
                        Item::Source => binds.source = Some(p),
                        Item::Target => binds.target = Some(p),
                        _ => binds.compound = Some(p),
                    }
                    let next = if matches!(item, Item::Compound) {
                        let h = self.np_head(cx, p);
                        (cx.tree.lo.get(h).copied().unwrap_or(p as u32) as usize)
                            .min(cx.groups[g].start)
                    } else {
                        cx.groups[g].start
                    };
                    if self.match_bwd(cx, items, k + 1, next.max(start), start, false, binds) {
                        return true;
                    }
                    *binds = saved;
                    break;
                }
                false
            }
        }
    }
}

/// Per token: is it in the phrase headed by `h` without a verb of its own between them
/// (the words a passive subject's pattern may match: not those of a relative clause).
fn own_phrase_of(tree: &Tree<'_>, h: usize) -> Vec<bool> {
    let mut ok = vec![false; tree.len()];
    let lo = tree.lo.get(h).copied().unwrap_or(h as u32) as usize;
    let hi =
        (tree.hi.get(h).copied().unwrap_or(h as u32) as usize).min(tree.len().saturating_sub(1));
    for (p, slot) in ok.iter_mut().enumerate().take(hi + 1).skip(lo) {
        let mut x = p;
        let mut steps = 0;
        *slot = loop {
            if x == h {
                break true;
            }
            if is_verb(tree, x) || steps >= 64 {
                break false;
            }
            match tree.head_of(x) {
                Some(y) => x = y,
                None => break false,
            }
            steps += 1;
        };
    }
    ok
}

/// The `from` phrase of verb `v` (`fired … from the Gaza Strip`).
fn from_phrase(tree: &Tree<'_>, v: usize) -> Option<usize> {
    tree.kids(v).iter().map(|&k| k as usize).find(|&k| {
        tree.rel(k) == "obl"
            && tree
                .kids(k)
                .iter()
                .any(|&c| tree.rel(c as usize) == "case" && tree.is(c as usize, "FROM"))
    })
}

/// The `by` agent of a participle modifying the agent noun `a`, through its infinitival
/// complements (`a missile [believed [to be fired [by rebels]]]`, `a bomb planted by …`).
fn instrument_agent(tree: &Tree<'_>, a: usize) -> Option<usize> {
    let mut stack: Vec<(usize, u8)> = tree
        .kids(a)
        .iter()
        .map(|&k| k as usize)
        .filter(|&k| matches!(tree.rel(k), "acl" | "acl:relcl") && is_verb(tree, k))
        .map(|k| (k, 0))
        .collect();
    while let Some((c, depth)) = stack.pop() {
        for &k in tree.kids(c) {
            let k = k as usize;
            match tree.rel(k) {
                "obl:agent" => return Some(k),
                "xcomp" if depth < 3 => stack.push((k, depth + 1)),
                _ => {}
            }
        }
    }
    None
}

/// Verb `v` is the complement `c` or reached from it through clauses only (`xcomp`,
/// `ccomp`, `conj`, `advcl`): an event inside a noun phrase (`victims killed by the crash`)
/// is not what a reporting verb reports.
fn clausal_path(tree: &Tree<'_>, v: usize, c: usize) -> bool {
    let mut x = v;
    for _ in 0..64 {
        if x == c {
            return true;
        }
        if !matches!(tree.rel(x), "xcomp" | "ccomp" | "conj" | "advcl") {
            return false;
        }
        match tree.head_of(x) {
            Some(h) => x = h,
            None => return false,
        }
    }
    false
}

/// Verb `v` has a negating dependent (`not`, `n't`, `never`).
fn negated(tree: &Tree<'_>, v: usize) -> bool {
    tree.kids(v).iter().any(|&c| {
        let c = c as usize;
        matches!(tree.rel(c), "advmod" | "aux" | "neg" | "dep")
            && NEGATORS.iter().any(|n| tree.is(c, n))
    })
}

/// Token `p`'s form or lemma is the vocabulary word `w`.
/// `a` with `other`'s role when `a` is a bare country named as a counterpart (`his Serbian
/// counterpart` right after `Serbian`) and `other` is the same kind of official elsewhere
/// (`HUNGOV` → `SRBGOV`); `None` when nothing changes.
fn counterpart(tree: &Tree<'_>, a: &Act, other: &Act) -> Option<Act> {
    let next = tree.toks.get(a.end)?;
    let is_counterpart = a.carried.is_none()
        && (next.lemma.eq_ignore_ascii_case("counterpart")
            || next.form.eq_ignore_ascii_case("counterparts"));
    if other.code.starts_with('"') {
        return None;
    }
    let role = other.code.get(3..).filter(|r| !r.is_empty())?;
    if !is_counterpart
        || a.code.len() != 3
        || a.code.starts_with('-')
        || other.code.starts_with(&a.code)
    {
        return None;
    }
    let mut b = a.clone();
    b.code.push_str(role);
    b.end += 1;
    Some(b)
}

/// Whether modifier `c` says only where something is (`a bomb near Samarra`, `troops along
/// the border`): the place is not who the phrase is.
fn vicinity(tree: &Tree<'_>, c: usize) -> bool {
    tree.kids(c).iter().any(|&k| {
        let k = k as usize;
        tree.rel(k) == "case"
            && [
                "NEAR", "OUTSIDE", "AROUND", "BEHIND", "BEYOND", "ALONG", "ACROSS", "TOWARD",
                "TOWARDS",
            ]
            .iter()
            .any(|w| tree.is(k, w))
    })
}

/// Whether token `p` lies in a phrase of place (`in Barbados`, `at the border`) under verb
/// `v`, attached to the verb or to its object (`signed an agreement in Barbados`).
fn in_place_phrase(tree: &Tree<'_>, v: usize, p: usize) -> bool {
    let place = |x: usize| {
        (tree.rel(x).starts_with("obl") || tree.rel(x) == "nmod")
            && tree.kids(x).iter().any(|&k| {
                let k = k as usize;
                tree.rel(k) == "case" && (tree.is(k, "IN") || tree.is(k, "AT"))
            })
    };
    let mut x = p;
    let mut found = false;
    for _ in 0..16 {
        found |= place(x);
        match tree.head_of(x) {
            Some(h) if h == v => return found,
            Some(h) => x = h,
            None => return false,
        }
    }
    false
}

/// Whether clause `v` is introduced by `of` or `for` (`of attacking`, `for helping`).
fn marked_of_or_for(tree: &Tree<'_>, v: usize) -> bool {
    tree.kids(v).iter().any(|&k| {
        tree.rel(k as usize) == "mark" && (tree.is(k as usize, "OF") || tree.is(k as usize, "FOR"))
    })
}

/// Whether token `h` has an object.
fn has_object(tree: &Tree<'_>, h: usize) -> bool {
    tree.kids(h)
        .iter()
        .any(|&k| matches!(tree.rel(k as usize), "obj" | "iobj"))
}

/// Whether a token of `range` says `former` (`former`, `ex`, `ex-…`).
fn says_former(tree: &Tree<'_>, range: std::ops::Range<usize>) -> bool {
    range.into_iter().any(|t| {
        tree.toks.get(t).is_some_and(|t| {
            let f = t.form.to_ascii_lowercase();
            f == "former" || f == "ex" || f.starts_with("ex-")
        })
    })
}

/// Whether token `v` is the second half of a hyphenated word (`Iranian-backed`, `rebel-held`,
/// `US-led`): a modifier, not a verb of the clause.
fn in_hyphenated_word(tree: &Tree<'_>, v: usize) -> bool {
    let (Some(h), Some(w)) = (
        v.checked_sub(1).and_then(|i| tree.toks.get(i)),
        v.checked_sub(2).and_then(|i| tree.toks.get(i)),
    ) else {
        return false;
    };
    h.form == "-"
        && h.span.start < h.span.end
        && w.span.end == h.span.start
        && h.span.end == tree.toks[v].span.start
}

/// Whether verb `v` is what another verb alleges or denies (`accused X of attacking Y`,
/// `denied attacking Y`, `blamed X for shelling Y`): an allegation, not an event.
fn alleged(tree: &Tree<'_>, v: usize) -> bool {
    if !matches!(tree.rel(v), "advcl" | "xcomp" | "ccomp" | "acl") {
        return false;
    }
    let Some(h) = tree.head_of(v) else {
        return false;
    };
    let lemma = tree.toks[h].lemma.as_str();
    ["accuse", "blame", "allege", "suspect", "deny", "charge"]
        .iter()
        .any(|w| lemma.eq_ignore_ascii_case(w))
}

/// Token `p` has the word id `w` as its form or lemma, or, when `plurals`, as the plural of
/// a singular noun.
fn tok_id(ids: &[[u32; 3]], p: usize, w: u32, plurals: bool) -> bool {
    ids.get(p)
        .is_some_and(|x| x[0] == w || x[1] == w || (plurals && x[2] == w))
}

/// Codes whose events have no one acted upon, kept without a target even when dyads are
/// required: protests, strikes and boycotts (14), imposing or lifting a curfew or a state of
/// emergency (1723, 1724, 0813, 0814).
fn monadic(code: &str) -> bool {
    code.starts_with("14") || matches!(code, "1723" | "1724" | "0813" | "0814")
}

fn is_verb(tree: &Tree<'_>, i: usize) -> bool {
    tree.toks.get(i).is_some_and(|t| {
        t.upos == tern_core::Upos::VERB
            || (t.xpos.as_str().starts_with("VB") && t.upos != tern_core::Upos::AUX)
    })
}

fn tok_span(s: &Sentence, a: usize, b: usize) -> Span {
    let first = s.tokens.get(a).map(|t| t.span);
    let last = s.tokens.get(b.saturating_sub(1).max(a)).map(|t| t.span);
    match (first, last) {
        (Some(x), Some(y)) => x.cover(y),
        (Some(x), None) => x,
        _ => Span::default(),
    }
}

#[allow(clippy::too_many_arguments)]
fn make_event(
    doc: &Doc,
    si: usize,
    sentence_id: &str,
    source: EventActor,
    target: Option<EventActor>,
    code: &str,
    modality: Option<String>,
    negated: bool,
    verb_span: Span,
    explain: Vec<ExplainItem>,
) -> Event {
    let c = tern_cameo::resolve(code);
    Event {
        story_id: doc.article.id.clone(),
        sentence_id: sentence_id.to_string(),
        sentence_index: si,
        date: doc.article.date,
        source,
        target,
        cameo: code.to_string(),
        root_code: c.map_or_else(
            || code.get(..2).unwrap_or(code).to_string(),
            |c| c.root.to_string(),
        ),
        quad_class: c.map_or(0, |c| c.quad_class),
        penta_class: c.map_or(0, |c| c.penta_class),
        goldstein: c.map_or(0.0, |c| c.goldstein),
        plover: c.and_then(|c| c.plover.as_ref()).map(|p| PloverFields {
            event: p.event.to_string(),
            mode: p.mode.map(str::to_string),
            context: p.contexts.iter().map(|s| s.to_string()).collect(),
        }),
        modality,
        negated,
        issues: Vec::new(),
        verb_span,
        location: None,
        explain,
    }
}
