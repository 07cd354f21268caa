//! The in-memory model of a dictionary set: every entry typed, every entry with the file and
//! line it came from.
use std::fmt;
use tern_core::Date;

/// Where an entry came from: an index into [`crate::DictionarySet::files`] and a 1-based line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Origin {
    /// Index of the file in the set's file list.
    pub file: u16,
    /// 1-based line of the entry's first line.
    pub line: u32,
}

/// When a dated actor code applies. Both limits are inclusive, as in PETRARCH.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateRule {
    /// No restriction (`[ELI]` on a restriction line).
    Always,
    /// On or before the date (`<20030101`).
    Until(Date),
    /// On or after the date (`>20030101`).
    From(Date),
    /// Between the dates, inclusive (`19910101-20120610`).
    Between(Date, Date),
}

impl DateRule {
    /// True when the rule applies on `d`.
    pub fn contains(self, d: Date) -> bool {
        match self {
            DateRule::Always => true,
            DateRule::Until(e) => d <= e,
            DateRule::From(s) => d >= s,
            DateRule::Between(s, e) => d >= s && d <= e,
        }
    }
    /// Length of the range in days (`i64::MAX` when open-ended), to prefer the narrowest.
    pub fn width(self) -> i64 {
        match self {
            DateRule::Between(s, e) => e.to_days() - s.to_days(),
            _ => i64::MAX,
        }
    }
    /// The start and end as day numbers, open ends at ±infinity.
    pub fn bounds(self) -> (i64, i64) {
        match self {
            DateRule::Always => (i64::MIN, i64::MAX),
            DateRule::Until(e) => (i64::MIN, e.to_days()),
            DateRule::From(s) => (s.to_days(), i64::MAX),
            DateRule::Between(s, e) => (s.to_days(), e.to_days()),
        }
    }
}

impl fmt::Display for DateRule {
    /// tern's notation: `2012-06-11..`, `..2003-01-01`, `1991-01-01..2012-06-10`, `always`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateRule::Always => f.write_str("always"),
            DateRule::Until(e) => write!(f, "..{e}"),
            DateRule::From(s) => write!(f, "{s}.."),
            DateRule::Between(s, e) => write!(f, "{s}..{e}"),
        }
    }
}

/// One `[CODE date]` restriction of an actor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatedCode {
    /// The CAMEO actor code (`SRBGOVLEG`).
    pub code: String,
    /// When it applies.
    pub rule: DateRule,
    /// The line it was written on.
    pub line: u32,
}

/// One phrase of an actor or agent, folded (`tomislav nikolic`), with its line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    /// Folded words joined by single spaces.
    pub text: String,
    /// The line it was written on.
    pub line: u32,
    /// For a name that matches only as written (tern's `acronym: US`, so that the pronoun
    /// `us` is not the United States): the exact token form. One word.
    pub case: Option<String>,
}

impl Name {
    /// The words of the phrase.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.text.split(' ')
    }
}

/// An actor entry: a primary phrase, its synonyms, an optional default code and dated codes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// Primary phrase first, then the `+` synonyms.
    pub names: Vec<Name>,
    /// The code on the primary line (`SERBIA [SRB]`), used when no dated code applies.
    pub default: Option<String>,
    /// The indented `[CODE dates]` restrictions, in file order.
    pub codes: Vec<DatedCode>,
    /// True when the entry looks like a person (a dated entry of 2–4 words without a
    /// default code); persons get surname-alone and transliteration variants.
    pub person: bool,
    /// Where the entry starts.
    pub origin: Origin,
}

/// Why [`Actor::resolve`] chose the code it did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The dated code `codes[i]` contains the date (the narrowest one if several do).
    InRange(usize),
    /// No dated code contains the date; the entry's default (primary-line or undated
    /// restriction) applies.
    Default,
    /// The story is undated and the entry has a default code.
    UndatedDefault,
    /// The story is undated and the entry has no default: its most recent role `codes[i]`.
    UndatedLatest(usize),
    /// Nothing applies.
    None,
}

impl Actor {
    /// The code for a story dated `date` and why (see `docs/dictionaries.md`):
    ///
    /// * dated: the restrictions whose range contains the date; if several, the narrowest
    ///   range, then the one listed last; else the default (the primary-line code, else an
    ///   undated `[CODE]` restriction); else none.
    /// * undated: the default code if there is one, else the most recent role (the
    ///   restriction with the latest end, open ends counting as latest, then latest start).
    pub fn resolve(&self, date: Option<Date>) -> (Option<&str>, Reason) {
        let default = self.default.as_deref().or_else(|| {
            self.codes
                .iter()
                .rev()
                .find(|c| c.rule == DateRule::Always)
                .map(|c| c.code.as_str())
        });
        match date {
            Some(d) => {
                let mut best: Option<usize> = None;
                for (i, c) in self.codes.iter().enumerate() {
                    if c.rule == DateRule::Always || !c.rule.contains(d) {
                        continue;
                    }
                    best = match best {
                        Some(b) if self.codes[b].rule.width() < c.rule.width() => Some(b),
                        _ => Some(i),
                    };
                }
                match (best, default) {
                    (Some(i), _) => (Some(self.codes[i].code.as_str()), Reason::InRange(i)),
                    (None, Some(c)) => (Some(c), Reason::Default),
                    (None, None) => (None, Reason::None),
                }
            }
            None => {
                if let Some(c) = default {
                    return (Some(c), Reason::UndatedDefault);
                }
                let latest = self
                    .codes
                    .iter()
                    .enumerate()
                    .max_by_key(|(i, c)| {
                        let (s, e) = c.rule.bounds();
                        (e, s, *i)
                    })
                    .map(|(i, _)| i);
                match latest {
                    Some(i) => (Some(self.codes[i].code.as_str()), Reason::UndatedLatest(i)),
                    None => (None, Reason::None),
                }
            }
        }
    }
}

/// Whether an agent code goes after the country (`~GOV`) or before it (`NGO~`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgentPosition {
    /// `[~GOVMIL]`: `SRB` + `GOVMIL` → `SRBGOVMIL`.
    Suffix,
    /// `[NGO~]`: `NGO` + `SRB` → `NGOSRB`.
    Prefix,
}

/// An agent: role words (`defense minister`) and the role code they add to a country.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agent {
    /// Singular, plural and substitution-marker expansions of the phrase.
    pub names: Vec<Name>,
    /// The role code without `~` (`GOVMIL`).
    pub code: String,
    /// Where the code goes relative to the country code.
    pub position: AgentPosition,
    /// Where the entry is.
    pub origin: Origin,
}

impl Agent {
    /// The code of this agent attached to `country` (or alone when there is none).
    ///
    /// Role blocks the code already carries are not added again: `IRQMIL` + `~MIL` stays
    /// `IRQMIL` (`army reservists`), `IRQGOV` + `~GOVMIL` is `IRQGOVMIL`.
    pub fn compose(&self, country: Option<&str>) -> String {
        let c = country.unwrap_or("");
        let has = |block: &str| {
            (3..c.len())
                .step_by(3)
                .any(|i| c.get(i..i + 3) == Some(block))
        };
        let blocks: String = (0..self.code.len())
            .step_by(3)
            .filter_map(|i| self.code.get(i..(i + 3).min(self.code.len())))
            .filter(|b| b.len() < 3 || !has(b))
            .collect();
        match self.position {
            AgentPosition::Suffix => format!("{c}{blocks}"),
            AgentPosition::Prefix => format!("{blocks}{c}"),
        }
    }
}

/// A CAMEO event code as verb dictionaries write it: `[042]`, `[042:043]` (active:passive),
/// `[:173]` (passive only), `[---]` (no event).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventCode {
    /// Code for the active voice; `None` for `---` or an empty part.
    pub active: Option<String>,
    /// Code for the passive voice when given after `:`.
    pub passive: Option<String>,
}

impl EventCode {
    /// Parses the inside of `[...]`. Returns `None` when a part is neither `---`, empty
    /// (passive-only form) nor an alphanumeric code.
    pub fn parse(s: &str) -> Option<EventCode> {
        let s = s.trim();
        let part = |p: &str| -> Option<Option<String>> {
            let p = p.trim();
            if p.is_empty() || p == "---" {
                Some(None)
            } else if p.bytes().all(|b| b.is_ascii_alphanumeric()) {
                Some(Some(p.to_string()))
            } else {
                None
            }
        };
        match s.split_once(':') {
            Some((a, p)) => Some(EventCode {
                active: part(a)?,
                passive: part(p)?,
            }),
            None if s.is_empty() => None,
            None => Some(EventCode {
                active: part(s)?,
                passive: None,
            }),
        }
    }
    /// True for `[---]`: the pattern or verb produces no event.
    pub fn is_null(&self) -> bool {
        self.active.is_none() && self.passive.is_none()
    }
}

impl fmt::Display for EventCode {
    /// Writes the bracket contents: `042`, `042:043`, `:173`, `---`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.active, &self.passive) {
            (None, None) => f.write_str("---"),
            (Some(a), None) => f.write_str(a),
            (a, Some(p)) => write!(f, "{}:{p}", a.as_deref().unwrap_or("")),
        }
    }
}

/// One element of a verb pattern, before or after the verb.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Elem {
    /// A word (upper case as written), matched against a token's form or lemma.
    Word(String),
    /// A synonym set reference, `&CURRENCY` (stored without `&`).
    Synset(String),
    /// `{SHARP JAB}`: a noun phrase; the last element is the head, the others modifiers.
    NounPhrase(Vec<Elem>),
    /// `(TO BORDER)`: a prepositional phrase: the preposition and the elements it governs.
    Prep {
        /// The preposition (`TO`), upper case.
        prep: String,
        /// The governed noun(s), possibly empty (`(TO)`).
        objects: Vec<Elem>,
    },
    /// `$`: the event's source goes here.
    Source,
    /// `+`: the event's target goes here.
    Target,
    /// `^`: skip to the end of the noun phrase.
    Skip,
    /// `%`: compound actor (source and target both) here.
    Compound,
    /// `_` in the older linear format (and inside words): the neighbours are consecutive.
    Next,
}

impl fmt::Display for Elem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |f: &mut fmt::Formatter<'_>, v: &[Elem]| -> fmt::Result {
            let mut first = true;
            for (i, e) in v.iter().enumerate() {
                if *e == Elem::Next {
                    f.write_str("_")?;
                    first = true;
                    continue;
                }
                if !first && i > 0 {
                    f.write_str(" ")?;
                }
                write!(f, "{e}")?;
                first = false;
            }
            Ok(())
        };
        match self {
            Elem::Word(w) => f.write_str(w),
            Elem::Synset(s) => write!(f, "&{s}"),
            Elem::NounPhrase(v) => {
                f.write_str("{")?;
                list(f, v)?;
                f.write_str("}")
            }
            Elem::Prep { prep, objects } => {
                write!(f, "({prep}")?;
                if !objects.is_empty() {
                    f.write_str(" ")?;
                    list(f, objects)?;
                }
                f.write_str(")")
            }
            Elem::Source => f.write_str("$"),
            Elem::Target => f.write_str("+"),
            Elem::Skip => f.write_str("^"),
            Elem::Compound => f.write_str("%"),
            Elem::Next => f.write_str("_"),
        }
    }
}

/// A verb pattern: `- BEFORE * AFTER [code] # comment`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    /// Elements before the verb, in sentence order.
    pub before: Vec<Elem>,
    /// Elements after the verb, in sentence order.
    pub after: Vec<Elem>,
    /// The code the pattern assigns.
    pub code: EventCode,
    /// The comment after `#` (often the verb the pattern was written for), trimmed.
    pub comment: Option<String>,
    /// Where the pattern is.
    pub origin: Origin,
}

/// A verb of a synonym block: a single word or a multi-word verb (`+ASK_FOR`, `RE_+ARREST`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verb {
    /// The words of the verb phrase, upper case (`["ASK", "FOR"]`).
    pub words: Vec<String>,
    /// Index in `words` of the word the parser marks as the verb (the `+` word).
    pub head: usize,
    /// Inflected forms of the head word, the base form first (`SPEED SPEEDING SPEEDS SPED`);
    /// generated by PETRARCH's regular rules unless given in `{...}`.
    pub forms: Vec<String>,
    /// True when the forms were given in `{...}` (irregular verb).
    pub irregular: bool,
    /// The verb's own code when it has one (`ASK [020]`); else the block's applies.
    pub code: Option<EventCode>,
    /// Where the verb is.
    pub origin: Origin,
}

/// A verb synonym block (`--- ARRANGE [---] ---`): verbs that share patterns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerbBlock {
    /// The block's name (`ARRANGE`).
    pub name: String,
    /// The block's default code; `None` when the header has none.
    pub code: Option<EventCode>,
    /// The verbs.
    pub verbs: Vec<Verb>,
    /// The patterns, in file order.
    pub patterns: Vec<Pattern>,
    /// Where the header is.
    pub origin: Origin,
}

/// A synonym set (`&CURRENCY` with `+` members).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Synset {
    /// The label without `&` and without a trailing `_`.
    pub name: String,
    /// False when the label ended in `_` (no plurals for any member).
    pub plurals: bool,
    /// Members: each a phrase of upper-case words; `plural` is false for members written
    /// with a trailing `_`.
    pub members: Vec<SynsetMember>,
    /// Where the label is.
    pub origin: Origin,
}

/// One member of a synonym set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynsetMember {
    /// Upper-case words (`["NERVE", "GAS"]`).
    pub words: Vec<String>,
    /// Whether a regular plural of the last word is also a member.
    pub plural: bool,
    /// The line.
    pub line: u32,
}

/// A transformation (`~ a (a b ATTACK) SAY = a b 015`): an event nested under a verb
/// becomes another event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transformation {
    /// The left side, as written (`a (a b ATTACK) SAY`).
    pub lhs: String,
    /// The right side, as written (`a b 015`).
    pub rhs: String,
    /// The verb names the left side refers to (`ATTACK`, `SAY`), in order.
    pub verbs: Vec<String>,
    /// Where it is.
    pub origin: Origin,
}

impl Transformation {
    /// A transformation from its two sides as written; the verb names are the upper-case
    /// words of the left side (`a (a b ATTACK) SAY` → `ATTACK`, `SAY`).
    pub fn new(lhs: &str, rhs: &str, origin: Origin) -> Transformation {
        let verbs = lhs
            .replace(['(', ')'], " ")
            .split_whitespace()
            .flat_map(|w| w.split('_'))
            .filter(|w| w.len() > 1 && w.bytes().all(|b| b.is_ascii_uppercase()))
            .map(str::to_string)
            .collect();
        Transformation {
            lhs: lhs.trim().to_string(),
            rhs: rhs.trim().to_string(),
            verbs,
            origin,
        }
    }
}

/// Which verb dictionary syntax a file used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum VerbFormat {
    /// PETRARCH2 (`CAMEO.2.0.txt`): `(…)` prepositional phrases, `{…}` noun phrases.
    #[default]
    Petrarch2,
    /// PETRARCH-1/TABARI linear patterns (`PETR.Validate.verbs.txt`): `_` joins words.
    Petrarch1,
}

/// The verb part of a dictionary set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VerbDict {
    /// The syntax of the file it was read from.
    pub format: VerbFormat,
    /// Synonym sets.
    pub synsets: Vec<Synset>,
    /// Verb synonym blocks with their patterns.
    pub blocks: Vec<VerbBlock>,
    /// Transformations.
    pub transformations: Vec<Transformation>,
}

impl VerbDict {
    /// The synset with this name (without `&`).
    pub fn synset(&self, name: &str) -> Option<&Synset> {
        self.synsets.iter().rev().find(|s| s.name == name)
    }
    /// Number of patterns in all blocks.
    pub fn pattern_count(&self) -> usize {
        self.blocks.iter().map(|b| b.patterns.len()).sum()
    }
    /// Every inflected head form (upper case) → the `(block, verb)` indices that define it,
    /// in file order (PETRARCH2 uses the first).
    pub fn form_index(&self) -> std::collections::HashMap<&str, Vec<(usize, usize)>> {
        let mut m: std::collections::HashMap<&str, Vec<(usize, usize)>> =
            std::collections::HashMap::new();
        for (b, block) in self.blocks.iter().enumerate() {
            for (v, verb) in block.verbs.iter().enumerate() {
                for f in &verb.forms {
                    let e = m.entry(f.as_str()).or_default();
                    if !e.contains(&(b, v)) {
                        e.push((b, v));
                    }
                }
            }
        }
        m
    }
}

impl Synset {
    /// Every phrase the set stands for, upper-case words: each member, plus its regular
    /// plural (last word) unless the label or the member turned plurals off.
    pub fn phrases(&self) -> Vec<Vec<String>> {
        let mut out = Vec::with_capacity(self.members.len() * 2);
        for m in &self.members {
            out.push(m.words.clone());
            if self.plurals && m.plural {
                if let Some((last, head)) = m.words.split_last() {
                    let mut p = head.to_vec();
                    p.push(crate::norm::plural(last));
                    out.push(p);
                }
            }
        }
        out
    }
}

/// A discard phrase: sentences (or whole stories) containing it are not coded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Discard {
    /// Folded words.
    pub text: String,
    /// `+` prefix: the whole story is discarded.
    pub story: bool,
    /// Trailing `_`: the last word must match whole; otherwise it is a stem.
    pub whole_word: bool,
    /// Where it is.
    pub origin: Origin,
}

/// An issue phrase and the issue code it signals.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    /// All expanded forms (`n:`, `v:`, `+` expansions), folded.
    pub forms: Vec<String>,
    /// The phrase as written (`n:bachelor n:degree`).
    pub written: String,
    /// The issue code (`POSTSECONDARY_EDUCATION`).
    pub code: String,
    /// The enclosing `<ISSUE CATEGORY="…">`, if any.
    pub category: Option<String>,
    /// Where it is.
    pub origin: Origin,
}

/// An issue exclusion phrase (`~phrase`: sentence; `~~phrase`: story).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IssueExclusion {
    /// Folded words.
    pub text: String,
    /// `~~`: applies to the whole story.
    pub story: bool,
    /// The enclosing category.
    pub category: Option<String>,
    /// Where it is.
    pub origin: Origin,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn composing_does_not_repeat_a_role() {
        let agent = |code: &str, position| Agent {
            names: Vec::new(),
            code: code.into(),
            position,
            origin: Origin::default(),
        };
        let suffix = AgentPosition::Suffix;
        assert_eq!(agent("MIL", suffix).compose(Some("IRQMIL")), "IRQMIL");
        assert_eq!(agent("GOVMIL", suffix).compose(Some("IRQGOV")), "IRQGOVMIL");
        assert_eq!(agent("GOVMIL", suffix).compose(Some("SRB")), "SRBGOVMIL");
        assert_eq!(agent("RAD", suffix).compose(Some("SYRRAD")), "SYRRAD");
        assert_eq!(agent("COP", suffix).compose(None), "COP");
        // A prefix agent goes before the country.
        assert_eq!(
            agent("NGO", AgentPosition::Prefix).compose(Some("SRB")),
            "NGOSRB"
        );
    }

    fn nikolic_like() -> Actor {
        Actor {
            names: vec![],
            default: None,
            codes: vec![
                DatedCode {
                    code: "SRBGOVLEG".into(),
                    rule: DateRule::Between(d("1991-01-01"), d("2012-06-10")),
                    line: 2,
                },
                DatedCode {
                    code: "SRBGOV".into(),
                    rule: DateRule::From(d("2012-06-11")),
                    line: 3,
                },
            ],
            person: true,
            origin: Origin::default(),
        }
    }

    #[test]
    fn the_story_date_picks_the_role() {
        let a = nikolic_like();
        assert_eq!(a.resolve(Some(d("2010-05-01"))).0, Some("SRBGOVLEG"));
        assert_eq!(a.resolve(Some(d("2013-01-01"))).0, Some("SRBGOV"));
        assert_eq!(a.resolve(Some(d("1980-01-01"))), (None, Reason::None));
        assert_eq!(a.resolve(None), (Some("SRBGOV"), Reason::UndatedLatest(1)));
    }

    #[test]
    fn narrowest_range_wins_and_default_backs_up() {
        let mut a = nikolic_like();
        a.codes.push(DatedCode {
            code: "SRBGOVMIL".into(),
            rule: DateRule::Between(d("2012-07-27"), d("2013-09-02")),
            line: 4,
        });
        a.default = Some("SRB".into());
        assert_eq!(a.resolve(Some(d("2013-01-01"))).0, Some("SRBGOVMIL"));
        assert_eq!(
            a.resolve(Some(d("1980-01-01"))),
            (Some("SRB"), Reason::Default)
        );
        assert_eq!(a.resolve(None), (Some("SRB"), Reason::UndatedDefault));
    }

    #[test]
    fn event_codes_parse_and_print() {
        let c = EventCode::parse("042:043").unwrap();
        assert_eq!(c.active.as_deref(), Some("042"));
        assert_eq!(c.to_string(), "042:043");
        assert!(EventCode::parse("---").unwrap().is_null());
        assert_eq!(EventCode::parse(":173").unwrap().to_string(), ":173");
        assert_eq!(EventCode::parse("120]--"), None);
        assert_eq!(EventCode::parse("080!"), None);
    }
}
