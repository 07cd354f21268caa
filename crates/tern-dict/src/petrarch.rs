//! Readers for the PETRARCH2 dictionary formats (actors, agents, discards, issues, verbs) and
//! the older PETRARCH-1/TABARI verb format. Every reader keeps going past a bad line: it
//! records a [`Diagnostic`] with `file:line` and skips the entry.
use crate::model::*;
use crate::norm::{fold, phrase_words, plural};
use std::borrow::Cow;
use tern_core::{Date, Diagnostic};

/// What the readers write into: the parts of a set, plus its diagnostics.
#[derive(Debug, Default)]
pub(crate) struct Sink {
    pub actors: Vec<Actor>,
    pub agents: Vec<Agent>,
    pub verbs: VerbDict,
    pub discards: Vec<Discard>,
    pub issues: Vec<Issue>,
    pub issue_exclusions: Vec<IssueExclusion>,
    pub diags: Vec<Diagnostic>,
    /// Agent substitution markers (`!MINIST!`), kept across agent files.
    pub markers: Vec<(String, Vec<String>)>,
    /// `from:` provenance read from tern-format files, per entry origin.
    pub provenance: Vec<(Origin, String)>,
}

/// The file being read: its display path and index.
#[derive(Clone, Copy)]
pub(crate) struct Src<'a> {
    pub path: &'a str,
    pub file: u16,
}

impl Src<'_> {
    pub fn origin(self, line: usize) -> Origin {
        Origin {
            file: self.file,
            line: line as u32,
        }
    }
    pub fn error(self, line: usize, msg: impl Into<String>) -> Diagnostic {
        Diagnostic::error(self.path, Some(line), msg)
    }
    pub fn warning(self, line: usize, msg: impl Into<String>) -> Diagnostic {
        Diagnostic::warning(self.path, Some(line), msg)
    }
}

/// Lines with comments removed as PETRARCH2's `read_FIN_line` does: lines starting with `#`
/// or `<!` are skipped whole; anything from `#` on is dropped; `<!-- … -->` within a line is
/// removed; a `<!--` without `-->` on its line starts a comment that runs to the line after
/// the one holding `-->`. Blank results are skipped. Yields `(1-based line, content)`.
pub(crate) fn content_lines(text: &str) -> impl Iterator<Item = (usize, Cow<'_, str>)> + '_ {
    let mut lines = text.lines().enumerate();
    std::iter::from_fn(move || loop {
        let (i, raw) = lines.next()?;
        if raw.starts_with('#') || raw.starts_with("<!") || raw.trim().is_empty() {
            continue;
        }
        let mut line: Cow<'_, str> = match raw.find('#') {
            Some(p) => Cow::Borrowed(&raw[..p]),
            None => Cow::Borrowed(raw),
        };
        if let Some(p) = line.find("<!--") {
            match line[p..].find("-->") {
                Some(q) => {
                    let mut owned = line.into_owned();
                    owned.replace_range(p..p + q + 3, "");
                    line = Cow::Owned(owned);
                }
                None => {
                    // Skip to the closing line, then (as PETRARCH does) past it.
                    for (_, l) in lines.by_ref() {
                        if l.contains("-->") {
                            break;
                        }
                    }
                    continue;
                }
            }
        }
        if line.trim().is_empty() {
            continue;
        }
        return Some((i + 1, line));
    })
}

/// Parses a PETRARCH date: `YYYYMMDD`, or `YYMMDD` with years up to 30 read as 20YY.
pub(crate) fn parse_pdate(s: &str) -> Result<Date, String> {
    let s = s.trim();
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("`{s}` is not a date (YYYYMMDD or YYMMDD)"));
    }
    let n = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
    let (y, m, d) = match s.len() {
        8 => (n(0..4) as i32, n(4..6), n(6..8)),
        6 => {
            let yy = n(0..2) as i32;
            (
                if yy <= 30 { 2000 + yy } else { 1900 + yy },
                n(2..4),
                n(4..6),
            )
        }
        7 => {
            let yy = n(0..2) as i32;
            let reads = Date::new(
                if yy <= 30 { 2000 + yy } else { 1900 + yy },
                n(2..4) as u8,
                n(4..6) as u8,
            )
            .map_or("an invalid date".to_string(), |d| d.to_string());
            return Err(format!(
                "7-digit date `{s}`: PETRARCH reads it as YYMMDD ({reads}); a digit is \
                 missing or extra"
            ));
        }
        n if n > 8 => {
            let reads =
                parse_pdate(&s[..8]).map_or("an invalid date".to_string(), |d| d.to_string());
            return Err(format!(
                "`{s}` has {n} digits: PETRARCH reads its first 8 ({reads}); a typo"
            ));
        }
        _ => return Err(format!("`{s}` is not a date (YYYYMMDD or YYMMDD)")),
    };
    Date::new(y, m as u8, d as u8).ok_or_else(|| format!("`{s}` is not a valid calendar date"))
}

/// Parses the inside of an actor restriction `CODE [<date|>date|date-date]`. Returns the
/// code, the rule and a note when tern read something PETRARCH2 misreads.
fn parse_restriction(inner: &str) -> Result<(String, DateRule, Option<String>), String> {
    let toks: Vec<&str> = inner.split_whitespace().collect();
    let code = *toks.first().ok_or("empty code `[]`")?;
    // `[FRO/BIL/SAM]`: a compound actor, one code for each member (the coder splits it).
    if code != "---"
        && (!code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'/')
            || code.starts_with('/')
            || code.ends_with('/')
            || code.contains("//"))
    {
        return Err(format!(
            "code `{code}` has characters other than letters and digits"
        ));
    }
    let mut note = None;
    let date: Option<String> = match toks.get(1..).unwrap_or(&[]) {
        [] => None,
        [d] => Some(d.to_string()),
        [op @ ("<" | ">"), d] => {
            note = Some(format!(
                "blank between `{op}` and the date: PETRARCH2 reads an empty date here; tern joins them"
            ));
            Some(format!("{op}{d}"))
        }
        [a, "-", b] => {
            note = Some(
                "blanks around the `-` of a date range: PETRARCH2 reads an empty date here; \
                 tern joins them"
                    .to_string(),
            );
            Some(format!("{a}-{b}"))
        }
        [_, extra, ..] => return Err(format!("unexpected `{extra}` after the date")),
    };
    let rule = match date.as_deref() {
        None => DateRule::Always,
        Some(d) => {
            if let Some(rest) = d.strip_prefix('<') {
                DateRule::Until(parse_pdate(rest)?)
            } else if let Some(rest) = d.strip_prefix('>') {
                DateRule::From(parse_pdate(rest)?)
            } else if let Some((a, b)) = d.split_once('-') {
                DateRule::Between(parse_pdate(a)?, parse_pdate(b)?)
            } else {
                return Err(format!(
                    "date `{d}` needs `<`, `>` or a `-` range (PETRARCH2 treats a bare date \
                     as `>`)"
                ));
            }
        }
    };
    Ok((code.to_ascii_uppercase(), rule, note))
}

/// The contents of one or more `[…]` groups (`[A 1-2] [B]`), separated by blanks.
fn bracket_groups(s: &str) -> Result<Vec<&str>, String> {
    let mut out = Vec::new();
    let mut rest = s.trim();
    while !rest.is_empty() {
        let Some(r) = rest.strip_prefix('[') else {
            return Err(format!("unexpected `{rest}` after `]`"));
        };
        let Some(q) = r.find(']') else {
            return Err(format!(
                "`[` without `]`: PETRARCH2 read the code as `{}`",
                r.trim()
            ));
        };
        out.push(&r[..q]);
        rest = r[q + 1..].trim_start();
    }
    Ok(out)
}

const SEVERAL_GROUPS: &str = "several `[…]` groups on one line: PETRARCH2 reads only the \
    last and keeps the others as words of the phrase, so this actor never matched there; \
    tern reads each group";

/// Splits `phrase [inner] rest` into (phrase, Some(inner)) when a bracket is present.
fn split_bracket(line: &str) -> Result<(&str, Option<&str>), String> {
    match line.find('[') {
        None => Ok((line, None)),
        Some(p) => match line[p..].find(']') {
            Some(q) => {
                let rest = line[p + q + 1..].trim();
                if !rest.is_empty() {
                    return Err(format!("unexpected `{rest}` after `]`"));
                }
                Ok((&line[..p], Some(&line[p + 1..p + q])))
            }
            None => Err(format!(
                "`[` without `]`: PETRARCH2 read the code as `{}`",
                line[p + 1..].trim()
            )),
        },
    }
}

fn names_ok(src: Src<'_>, line: usize, phrase: &str, sink: &mut Sink) -> Option<Name> {
    let words = phrase_words(phrase.trim_start_matches('+'));
    if words.is_empty() {
        sink.diags.push(src.error(line, "empty phrase; skipped"));
        return None;
    }
    Some(Name {
        case: None,
        text: words.join(" "),
        line: line as u32,
    })
}

/// Reads a PETRARCH2/TABARI actor dictionary (`Phoenix.Countries.actors.txt`).
pub(crate) fn read_actors(text: &str, src: Src<'_>, sink: &mut Sink) {
    let mut cur: Option<Actor> = None;
    let finish = |a: Option<Actor>, sink: &mut Sink| {
        if let Some(a) = a {
            if a.default.is_none() && a.codes.is_empty() {
                let n = &a.names[0];
                sink.diags.push(src.error(
                    a.origin.line as usize,
                    format!(
                        "actor `{}` has no code (PETRARCH2 stores it with an empty code \
                         list); skipped",
                        n.text.to_uppercase()
                    ),
                ));
                return;
            }
            sink.actors.push(classify_person(a));
        }
    };
    for (no, raw) in content_lines(text) {
        // TABARI legacy: `;` starts a comment.
        let line = raw.split(';').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if line.starts_with('[') {
            let Some(a) = cur.as_mut() else {
                sink.diags
                    .push(src.error(no, "date restriction before any actor; skipped"));
                continue;
            };
            let groups = match bracket_groups(line) {
                Ok(g) => g,
                Err(m) => {
                    sink.diags.push(src.error(no, format!("{m}; skipped")));
                    continue;
                }
            };
            if groups.len() > 1 {
                sink.diags.push(src.warning(no, SEVERAL_GROUPS));
            }
            for inner in groups {
                match parse_restriction(inner) {
                    Ok((code, rule, note)) => {
                        if let Some(n) = note {
                            sink.diags.push(src.warning(no, n));
                        }
                        a.codes.push(DatedCode {
                            code,
                            rule,
                            line: no as u32,
                        })
                    }
                    Err(m) => sink
                        .diags
                        .push(src.error(no, format!("{m}; restriction skipped"))),
                }
            }
        } else if line.starts_with('+') {
            let Some(a) = cur.as_mut() else {
                sink.diags
                    .push(src.error(no, "synonym before any actor; skipped"));
                continue;
            };
            match split_bracket(line) {
                Ok((phrase, code)) => {
                    if code.is_some() {
                        sink.diags.push(src.warning(
                            no,
                            "code on a `+` synonym line is ignored (PETRARCH2 reads it as \
                             part of the phrase)",
                        ));
                    }
                    if let Some(n) = names_ok(src, no, phrase, sink) {
                        a.names.push(n);
                    }
                }
                Err(m) => sink.diags.push(src.error(no, format!("{m}; skipped"))),
            }
        } else {
            finish(cur.take(), sink);
            let (phrase, groups) = match line.find('[') {
                None => (line, Vec::new()),
                Some(p) => match bracket_groups(&line[p..]) {
                    Ok(g) => (&line[..p], g),
                    Err(m) => {
                        sink.diags.push(src.error(no, format!("{m}; skipped")));
                        continue;
                    }
                },
            };
            let Some(name) = names_ok(src, no, phrase, sink) else {
                continue;
            };
            let mut a = Actor {
                names: vec![name],
                default: None,
                codes: Vec::new(),
                person: false,
                origin: src.origin(no),
            };
            if groups.len() > 1 {
                sink.diags.push(src.warning(no, SEVERAL_GROUPS));
            }
            let single = groups.len() == 1;
            for inner in groups {
                match parse_restriction(inner) {
                    Ok((code, DateRule::Always, _)) if single => a.default = Some(code),
                    Ok((code, rule, note)) => {
                        if let Some(n) = note {
                            sink.diags.push(src.warning(no, n));
                        }
                        a.codes.push(DatedCode {
                            code,
                            rule,
                            line: no as u32,
                        })
                    }
                    Err(m) => sink.diags.push(src.error(no, format!("{m}; code skipped"))),
                }
            }
            cur = Some(a);
        }
    }
    finish(cur.take(), sink);
}

const NOT_NAMES: &[&str] = &[
    "of",
    "the",
    "and",
    "for",
    "party",
    "ministry",
    "army",
    "front",
    "council",
    "union",
    "movement",
    "forces",
    "government",
    "republic",
    "national",
    "people",
    "group",
];

/// States whose persons' names put the surname first (`Lee Myung-bak`, `Xi Jinping`): the
/// last word is a given name or a syllable of one, never the name used alone (`BAK` in `a
/// BAK surface-to-air missile` is not Lee). The same list as `tools/gen-people.py`'s.
const SURNAME_FIRST: &[&str] = &[
    "CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM", "LAO", "THA", "MMR", "SGP", "MNG",
];

/// A PETRARCH actor is a person (full-name variants and the surname alone match it) when it
/// has dated codes and no default, a name of two to four words none of which is an
/// institution's, and not only codes of surname-first states.
fn classify_person(mut a: Actor) -> Actor {
    let n = a.names[0].words().count();
    let surname_first = a
        .codes
        .iter()
        .all(|c| c.code.get(..3).is_some_and(|k| SURNAME_FIRST.contains(&k)));
    a.person = a.default.is_none()
        && !a.codes.is_empty()
        && !surname_first
        && (2..=4).contains(&n)
        && !a.names[0].words().any(|w| NOT_NAMES.contains(&w));
    a
}

/// Reads a PETRARCH2 agent dictionary (`Phoenix.agents.txt`).
pub(crate) fn read_agents(text: &str, src: Src<'_>, sink: &mut Sink) {
    for (no, line) in content_lines(text) {
        let line = line.trim();
        if line.starts_with('!') && line.contains('=') {
            let rest = &line[1..];
            let Some(end) = rest.find('!') else {
                sink.diags
                    .push(src.error(no, "substitution marker without closing `!`; skipped"));
                continue;
            };
            let name = rest[..end].to_string();
            let list = rest[end + 1..].trim_start().trim_start_matches('=');
            let items: Vec<String> = list
                .split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
            sink.markers.retain(|(n, _)| *n != name);
            sink.markers.push((name, items));
            continue;
        }
        let (phrase, inner) = match split_bracket(line) {
            Ok((p, Some(i))) => (p, i),
            Ok((_, None)) => {
                sink.diags.push(src.error(
                    no,
                    format!("agent `{line}` has no `[code]` (PETRARCH2 skips it too); skipped"),
                ));
                continue;
            }
            Err(m) => {
                sink.diags.push(src.error(no, format!("{m}; skipped")));
                continue;
            }
        };
        let inner = inner.trim();
        let (code, position) = if let Some(c) = inner.strip_prefix('~') {
            (c, AgentPosition::Suffix)
        } else if let Some(c) = inner.strip_suffix('~') {
            (c, AgentPosition::Prefix)
        } else {
            sink.diags.push(src.error(
                no,
                format!("agent code `{inner}` has no `~` (before: role after country; after: before it); skipped"),
            ));
            continue;
        };
        if code.is_empty() || !code.bytes().all(|b| b.is_ascii_alphanumeric()) {
            sink.diags.push(src.error(
                no,
                format!(
                    "agent code `{inner}` has characters other than letters and digits; skipped"
                ),
            ));
            continue;
        }
        // Singular and plural phrases.
        let (singular, plural_form) = match phrase.find('{') {
            Some(p) => match phrase[p..].find('}') {
                Some(q) => (
                    phrase[..p].trim().to_string(),
                    Some(phrase[p + 1..p + q].trim().to_string()).filter(|s| !s.is_empty()),
                ),
                None => {
                    sink.diags.push(src.error(no, "`{` without `}`; skipped"));
                    continue;
                }
            },
            None => {
                let s = phrase.trim().to_string();
                let p = if s.contains('!') {
                    None
                } else {
                    Some(plural(&s))
                };
                (s, p)
            }
        };
        let mut phrases: Vec<String> = Vec::new();
        if singular.contains('!') {
            match expand_marker(&singular, &sink.markers) {
                Ok(v) => phrases.extend(v),
                Err(m) => {
                    sink.diags.push(src.error(no, format!("{m}; skipped")));
                    continue;
                }
            }
        } else {
            // A word spelled like a marker name without the `!` (TABARI stem `MINIST`).
            let words: Vec<&str> = singular.split('_').collect();
            let hit = sink
                .markers
                .iter()
                .find(|(n, _)| words.iter().any(|w| w.eq_ignore_ascii_case(n)));
            if let Some((name, _)) = hit {
                sink.diags.push(src.warning(
                    no,
                    format!(
                        "`{name}` is a TABARI stem: PETRARCH2 matches whole words, so \
                         `{singular}` never matched; tern reads it as `!{name}!`"
                    ),
                ));
                let marked = words
                    .iter()
                    .map(|w| {
                        if w.eq_ignore_ascii_case(name) {
                            format!("!{name}!")
                        } else {
                            w.to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("_");
                if let Ok(v) = expand_marker(&marked, &sink.markers) {
                    phrases.extend(v);
                }
            } else {
                phrases.push(singular.clone());
                phrases.extend(plural_form);
            }
        }
        let names: Vec<Name> = phrases
            .iter()
            .filter_map(|p| {
                let w = phrase_words(p);
                (!w.is_empty()).then(|| Name {
                    case: None,
                    text: w.join(" "),
                    line: no as u32,
                })
            })
            .collect();
        if names.is_empty() {
            sink.diags
                .push(src.error(no, "empty agent phrase; skipped"));
            continue;
        }
        sink.agents.push(Agent {
            names,
            code: code.to_ascii_uppercase(),
            position,
            origin: src.origin(no),
        });
    }
}

fn expand_marker(phrase: &str, markers: &[(String, Vec<String>)]) -> Result<Vec<String>, String> {
    expand_marker_depth(phrase, markers, 0)
}

fn expand_marker_depth(
    phrase: &str,
    markers: &[(String, Vec<String>)],
    depth: usize,
) -> Result<Vec<String>, String> {
    if depth > 3 {
        return Err(format!("substitution markers nest too deep in `{phrase}`"));
    }
    let Some(a) = phrase.find('!') else {
        return Ok(vec![phrase.to_string()]);
    };
    let Some(b) = phrase[a + 1..].find('!') else {
        return Err(format!(
            "substitution marker in `{phrase}` has no closing `!`"
        ));
    };
    let name = &phrase[a + 1..a + 1 + b];
    let Some((_, items)) = markers.iter().find(|(n, _)| n == name) else {
        return Err(format!("substitution marker `!{name}!` is not defined"));
    };
    let (head, tail) = (&phrase[..a], &phrase[a + b + 2..]);
    let mut out = Vec::new();
    for it in items {
        out.extend(expand_marker_depth(
            &format!("{head}{it}{tail}"),
            markers,
            depth + 1,
        )?);
    }
    Ok(out)
}

/// Reads a discard list (`Phoenix.discards.txt`).
pub(crate) fn read_discards(text: &str, src: Src<'_>, sink: &mut Sink) {
    for (no, line) in content_lines(text) {
        let mut t = line.trim();
        let story = t.starts_with('+');
        t = t.trim_start_matches('+').trim();
        let whole_word = t.ends_with('_');
        let words = phrase_words(t);
        if words.is_empty() {
            sink.diags
                .push(src.error(no, "empty discard phrase; skipped"));
            continue;
        }
        sink.discards.push(Discard {
            text: words.join(" "),
            story,
            whole_word,
            origin: src.origin(no),
        });
    }
}

/// Expands an issue phrase's `n:`, `v:` and `+` markers into folded forms.
fn issue_forms(written: &str) -> Vec<String> {
    let mut forms: Vec<Vec<String>> = vec![Vec::new()];
    for w in written.split_whitespace() {
        let up = w.to_uppercase();
        let mut variants: Vec<String> = Vec::new();
        if let Some(n) = up.strip_prefix("N:") {
            variants.push(n.to_string());
            variants.push(plural(n));
        } else if let Some(v) = up.strip_prefix("V:") {
            variants.push(v.to_string());
            variants.push(format!("{v}S"));
            if let Some(stem) = v.strip_suffix('E') {
                variants.push(format!("{v}D"));
                variants.push(format!("{stem}ING"));
            } else {
                variants.push(format!("{v}ED"));
                variants.push(format!("{v}ING"));
            }
        } else {
            variants.push(up);
        }
        let mut next = Vec::new();
        for v in &variants {
            let alts: Vec<String> = if v.contains('+') {
                vec![v.replace('+', " "), v.replace('+', "-")]
            } else {
                vec![v.clone()]
            };
            for f in &forms {
                for a in &alts {
                    let mut g = f.clone();
                    g.extend(a.split_whitespace().map(fold));
                    next.push(g);
                }
            }
        }
        forms = next;
    }
    let mut out: Vec<String> = forms.into_iter().map(|f| f.join(" ")).collect();
    out.dedup();
    out
}

/// Reads an issues file (`Phoenix.IssueCoding.txt`).
pub(crate) fn read_issues(text: &str, src: Src<'_>, sink: &mut Sink) {
    let mut category: Option<String> = None;
    for (no, line) in content_lines(text) {
        let t = line.trim();
        if let Some(rest) = t.strip_prefix("<ISSUE") {
            category = rest
                .split("CATEGORY=\"")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .map(str::to_string);
            if category.is_none() {
                sink.diags
                    .push(src.warning(no, "<ISSUE> without CATEGORY=\"…\""));
            }
            continue;
        }
        if t.starts_with("</ISSUE") {
            category = None;
            continue;
        }
        if let Some(rest) = t.strip_prefix('~') {
            let story = rest.starts_with('~');
            let words = phrase_words(rest.trim_start_matches('~'));
            if words.is_empty() {
                sink.diags
                    .push(src.error(no, "empty exclusion phrase; skipped"));
                continue;
            }
            sink.issue_exclusions.push(IssueExclusion {
                text: words.join(" "),
                story,
                category: category.clone(),
                origin: src.origin(no),
            });
            continue;
        }
        match split_bracket(t) {
            Ok((phrase, Some(code))) => {
                let code = code.trim();
                if code.is_empty()
                    || !code
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
                {
                    sink.diags
                        .push(src.error(no, format!("issue code `{code}` is not a code; skipped")));
                    continue;
                }
                let forms = issue_forms(phrase.trim());
                if forms.iter().all(|f| f.is_empty()) {
                    sink.diags
                        .push(src.error(no, "empty issue phrase; skipped"));
                    continue;
                }
                sink.issues.push(Issue {
                    forms,
                    written: phrase.trim().to_string(),
                    code: code.to_string(),
                    category: category.clone(),
                    origin: src.origin(no),
                });
            }
            Ok((_, None)) => sink.diags.push(src.error(
                no,
                format!(
                    "issue phrase `{t}` has no `[CODE]` (PETRARCH2 skips it silently); skipped"
                ),
            )),
            Err(m) => sink.diags.push(src.error(no, format!("{m}; skipped"))),
        }
    }
}

// ───────────────────────────── verbs ─────────────────────────────

/// Guesses whether a verb file is PETRARCH2 or the older linear format from its patterns.
pub(crate) fn detect_verb_format(text: &str) -> VerbFormat {
    let (mut p2, mut p1) = (0usize, 0usize);
    for line in text.lines() {
        if line.starts_with("####### VERB PATTERNS") || line.starts_with('~') {
            p2 += 5;
        }
        if let Some(pat) = line.strip_prefix('-') {
            if pat.starts_with("--") {
                continue;
            }
            let pat = pat.split('[').next().unwrap_or("");
            if pat.contains('(') || pat.contains('{') {
                p2 += 1;
            }
            if pat.contains("_*") || pat.contains("*_") || pat.contains("_&") {
                p1 += 1;
            }
        }
    }
    if p1 > p2 {
        VerbFormat::Petrarch1
    } else {
        VerbFormat::Petrarch2
    }
}

/// Regular forms of a verb as PETRARCH2 generates them: base, `-S`/`-ES`/`-IES`,
/// `-ED`/`-D`, `-ING`.
pub(crate) fn regular_forms(stem: &str) -> Vec<String> {
    let mut v = vec![stem.to_string()];
    if stem.is_empty() {
        return v;
    }
    let last = stem.as_bytes()[stem.len() - 1];
    if matches!(last, b'S' | b'X' | b'Z') {
        v.push(format!("{stem}ES"));
    } else if last == b'Y' {
        v.push(format!("{}IES", &stem[..stem.len() - 1]));
    } else {
        v.push(format!("{stem}S"));
    }
    if last == b'E' {
        v.push(format!("{stem}D"));
    } else {
        v.push(format!("{stem}ED"));
    }
    let before = stem.len().checked_sub(2).map(|i| stem.as_bytes()[i]);
    if last == b'E' && !before.is_some_and(|b| b"AEIOU".contains(&b)) {
        v.push(format!("{}ING", &stem[..stem.len() - 1]));
    } else {
        v.push(format!("{stem}ING"));
    }
    v
}

/// Splits a verb phrase `RE_+ARREST` / `+ASK_FOR` into words and the `+` head index.
fn verb_words(phrase: &str) -> Result<(Vec<String>, usize), String> {
    let parts: Vec<&str> = phrase.split('_').filter(|s| !s.is_empty()).collect();
    if parts.is_empty() {
        return Err("empty verb".into());
    }
    if parts.len() == 1 {
        return Ok((vec![parts[0].trim_start_matches('+').to_uppercase()], 0));
    }
    let heads: Vec<usize> = (0..parts.len())
        .filter(|&i| parts[i].starts_with('+'))
        .collect();
    match heads.as_slice() {
        [h] => Ok((
            parts
                .iter()
                .map(|p| p.trim_start_matches('+').to_uppercase())
                .collect(),
            *h,
        )),
        [] => Err(format!(
            "multi-word verb `{phrase}` has no `+` marking the verb word (PETRARCH2 fails on it)"
        )),
        _ => Err(format!("multi-word verb `{phrase}` has more than one `+`")),
    }
}

fn cameo_shape_ok(c: &EventCode) -> Vec<String> {
    let mut bad = Vec::new();
    for code in [&c.active, &c.passive].into_iter().flatten() {
        let ok = code.len() >= 2
            && code.len() <= 4
            && code.bytes().all(|b| b.is_ascii_digit())
            && matches!(code[..2].parse::<u32>(), Ok(1..=20));
        if !ok {
            bad.push(code.clone());
        }
    }
    bad
}

/// Parses the element list of one side of a pattern.
fn parse_elems(
    text: &str,
    format: VerbFormat,
    quirks: &mut Vec<String>,
) -> Result<Vec<Elem>, String> {
    // Tokenize: brackets and parentheses are their own tokens; `_` becomes `Next`.
    let mut toks: Vec<String> = Vec::new();
    let mut cur = String::new();
    for ch in text.chars() {
        match ch {
            '(' | ')' | '{' | '}' => {
                if !cur.is_empty() {
                    toks.push(std::mem::take(&mut cur));
                }
                toks.push(ch.to_string());
            }
            '_' => {
                if !cur.is_empty() {
                    toks.push(std::mem::take(&mut cur));
                }
                toks.push("_".into());
            }
            c if c.is_whitespace() => {
                if !cur.is_empty() {
                    toks.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        toks.push(cur);
    }
    let mut pos = 0;
    let v = parse_seq(&toks, &mut pos, None, format, quirks)?;
    if pos < toks.len() {
        return Err(format!("unbalanced `{}`", toks[pos]));
    }
    // A trailing or leading `_` (TABARI's "whole word" mark, `WORD_ `) joins nothing.
    let mut v = v;
    while v.last() == Some(&Elem::Next) {
        v.pop();
    }
    Ok(v)
}

fn parse_seq(
    toks: &[String],
    pos: &mut usize,
    close: Option<&str>,
    format: VerbFormat,
    quirks: &mut Vec<String>,
) -> Result<Vec<Elem>, String> {
    let mut out = Vec::new();
    while *pos < toks.len() {
        let t = toks[*pos].as_str();
        *pos += 1;
        match t {
            ")" | "}" => {
                if Some(t) == close {
                    return Ok(out);
                }
                return Err(format!("unbalanced `{t}`"));
            }
            "(" => {
                if format == VerbFormat::Petrarch1 {
                    return Err("`(` in a PETRARCH-1 pattern".into());
                }
                let inner = parse_seq(toks, pos, Some(")"), format, quirks)?;
                let mut it = inner.into_iter();
                match it.next() {
                    Some(Elem::Word(prep)) => out.push(Elem::Prep {
                        prep,
                        objects: it.collect(),
                    }),
                    _ => return Err("a prepositional phrase must start with a word".into()),
                }
            }
            "{" => {
                if format == VerbFormat::Petrarch1 {
                    return Err("TABARI disjunction `{…}` (PETRARCH skips these patterns)".into());
                }
                let inner = parse_seq(toks, pos, Some("}"), format, quirks)?;
                if inner.is_empty() {
                    return Err("empty noun phrase `{}`".into());
                }
                out.push(Elem::NounPhrase(inner));
            }
            "_" => {
                if format == VerbFormat::Petrarch2 && !out.is_empty() {
                    quirks.push(
                        "`_` inside a word: PETRARCH2 compares the joined word with single \
                         tokens, so this pattern never matched; tern reads consecutive words"
                            .into(),
                    );
                }
                if !out.is_empty() && out.last() != Some(&Elem::Next) {
                    out.push(Elem::Next);
                }
            }
            "$" => out.push(Elem::Source),
            "+" => out.push(Elem::Target),
            "^" => out.push(Elem::Skip),
            "%" => out.push(Elem::Compound),
            w if w.starts_with('&') => {
                let name = w[1..].trim_end_matches('_');
                if name.is_empty() {
                    return Err("`&` without a synset name".into());
                }
                out.push(Elem::Synset(name.to_uppercase()));
            }
            w => {
                if w.contains('*') {
                    return Err(format!("`*` inside `{w}`"));
                }
                out.push(Elem::Word(w.to_uppercase()))
            }
        }
    }
    if let Some(c) = close {
        return Err(format!("missing `{c}`"));
    }
    Ok(out)
}

/// Parses one pattern line's text after the leading `-` (e.g. ` * (TO BORDER)  [154]  # RUSH`).
pub(crate) fn parse_pattern(
    body: &str,
    format: VerbFormat,
    origin: Origin,
) -> Result<(Pattern, Vec<String>), String> {
    let (body, comment) = match body.find('#') {
        Some(p) => (&body[..p], Some(body[p + 1..].trim().to_string())),
        None => (body, None),
    };
    let open = body.find('[').ok_or("pattern without `[code]`")?;
    let close = body[open..]
        .find(']')
        .map(|q| open + q)
        .ok_or("pattern code without `]`")?;
    let rest = body[close + 1..].trim();
    if !rest.is_empty() {
        return Err(format!("unexpected `{rest}` after the code"));
    }
    let inner = &body[open + 1..close];
    let code =
        EventCode::parse(inner).ok_or_else(|| format!("`[{inner}]` is not an event code"))?;
    let pat = &body[..open];
    let stars = pat.matches('*').count();
    if stars != 1 {
        return Err(if stars == 0 {
            "pattern without `*` (the verb's place); PETRARCH2 fails on it".into()
        } else {
            "pattern with more than one `*`".into()
        });
    }
    let (b, a) = pat.split_once('*').unwrap_or((pat, ""));
    // `**` (TABARI) was handled above as two stars; `IN_*` joins the verb.
    let mut quirks = Vec::new();
    let mut before = parse_elems(b, format, &mut quirks)?;
    let mut after = parse_elems(a, format, &mut quirks)?;
    if b.trim_end().ends_with('_') {
        before.push(Elem::Next);
    }
    if a.trim_start().starts_with('_') {
        after.insert(0, Elem::Next);
    }
    if format == VerbFormat::Petrarch2 {
        let has_marker = |v: &[Elem]| {
            fn any(v: &[Elem]) -> bool {
                v.iter().any(|e| match e {
                    Elem::Source | Elem::Target | Elem::Skip | Elem::Compound => true,
                    Elem::NounPhrase(x) => any(x),
                    Elem::Prep { objects, .. } => any(objects),
                    _ => false,
                })
            }
            any(v)
        };
        if has_marker(&before) || has_marker(&after) {
            quirks.push(
                "`$`/`+`/`^`/`%` marker: PETRARCH2's reader takes it for a word, so this \
                 pattern never matched there; tern reads it as a role marker"
                    .into(),
            );
        }
    }
    quirks.dedup();
    Ok((
        Pattern {
            before,
            after,
            code,
            comment: comment.filter(|c| !c.is_empty()),
            origin,
        },
        quirks,
    ))
}

/// Reads a verb dictionary in either PETRARCH format (detected from the text).
pub(crate) fn read_verbs(text: &str, src: Src<'_>, sink: &mut Sink) {
    let format = detect_verb_format(text);
    sink.verbs.format = format;
    let mut in_synset = false;
    let mut after_bang: Option<usize> = None;
    let mut bang_reported = false;
    let mut in_multiline_comment = false;
    for (i, raw) in text.lines().enumerate() {
        let no = i + 1;
        if in_multiline_comment {
            if raw.contains("-->") {
                in_multiline_comment = false;
            }
            continue;
        }
        if raw.starts_with("<!") {
            if !raw.contains("-->") {
                in_multiline_comment = true;
            }
            if format == VerbFormat::Petrarch2 && after_bang.is_none() {
                after_bang = Some(no);
            }
            continue;
        }
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if trimmed.starts_with("---") {
            in_synset = false;
            read_block_header(trimmed, src, no, sink);
            continue;
        }
        if let Some(body) = trimmed.strip_prefix('-') {
            in_synset = false;
            if let (Some(b), false) = (after_bang, bang_reported) {
                sink.diags.push(src.warning(
                    no,
                    format!(
                        "PETRARCH2 stops reading patterns after the `<!` line {b}: this and \
                         every later pattern were ignored there; tern reads them"
                    ),
                ));
                bang_reported = true;
            }
            let Some(block) = sink.verbs.blocks.last_mut() else {
                sink.diags
                    .push(src.error(no, "pattern before any `---` block; skipped"));
                continue;
            };
            match parse_pattern(body, format, src.origin(no)) {
                Ok((p, quirks)) => {
                    for q in quirks {
                        sink.diags.push(src.warning(no, q));
                    }
                    block.patterns.push(p);
                }
                Err(m) => sink
                    .diags
                    .push(src.error(no, format!("{m}; pattern skipped"))),
            }
            continue;
        }
        let body = trimmed.split('#').next().unwrap_or("").trim();
        if body.is_empty() {
            continue;
        }
        if let Some(label) = body.strip_prefix('&') {
            let label = label.split_whitespace().next().unwrap_or("");
            let plurals = !label.ends_with('_');
            let name = label.trim_end_matches('_').to_uppercase();
            if name.is_empty() {
                sink.diags
                    .push(src.error(no, "`&` without a synset name; skipped"));
                in_synset = false;
                continue;
            }
            sink.verbs.synsets.push(Synset {
                name,
                plurals,
                members: Vec::new(),
                origin: src.origin(no),
            });
            in_synset = true;
            continue;
        }
        if let Some(member) = body.strip_prefix('+').filter(|_| in_synset) {
            let m = member.trim();
            let plural = !m.ends_with('_');
            if m.contains('&') {
                sink.diags.push(src.warning(
                    no,
                    format!("synset member `{m}` refers to a synset: PETRARCH2 does not expand nested synsets (kept as written)"),
                ));
            }
            let words: Vec<String> = m
                .split(|c: char| c == '_' || c.is_whitespace())
                .filter(|w| !w.is_empty())
                .map(str::to_uppercase)
                .collect();
            if words.is_empty() {
                sink.diags
                    .push(src.error(no, "empty synset member; skipped"));
                continue;
            }
            if let Some(s) = sink.verbs.synsets.last_mut() {
                s.members.push(SynsetMember {
                    words,
                    plural,
                    line: no as u32,
                });
            }
            continue;
        }
        in_synset = false;
        if let Some(t) = body.strip_prefix('~') {
            match t.split_once('=') {
                Some((lhs, rhs)) => {
                    sink.verbs
                        .transformations
                        .push(Transformation::new(lhs, rhs, src.origin(no)));
                }
                None => sink
                    .diags
                    .push(src.error(no, "transformation without `=`; skipped")),
            }
            continue;
        }
        if body.starts_with('<') || body.starts_with('[') {
            sink.diags
                .push(src.error(no, format!("unreadable line `{body}`; skipped")));
            continue;
        }
        read_verb_line(body, src, no, sink);
    }
}

fn read_block_header(line: &str, src: Src<'_>, no: usize, sink: &mut Sink) {
    let inner = line.trim_start_matches('-').trim_end_matches('-').trim();
    let (name_part, code) = match inner.find('[') {
        Some(p) => {
            let after = &inner[p + 1..];
            let Some(q) = after.find(']') else {
                sink.diags
                    .push(src.error(no, "block code `[` without `]`; block has no code"));
                return push_block(inner[..p].trim(), None, src, no, sink);
            };
            let junk = after[q + 1..].trim();
            if !junk.is_empty() {
                sink.diags.push(src.warning(
                    no,
                    format!(
                        "`{junk}` right after the block code: PETRARCH2 splits the header on \
                         blanks and used `{}` as this block's code; tern uses `{}`",
                        {
                            let tok = &inner[p..];
                            let tok = tok.split_whitespace().next().unwrap_or("");
                            tok.get(1..tok.len().saturating_sub(1)).unwrap_or("")
                        },
                        &after[..q]
                    ),
                ));
            }
            (&inner[..p], Some(&after[..q]))
        }
        None => (inner, None),
    };
    let code = match code.map(|c| (c, EventCode::parse(c))) {
        Some((_, Some(c))) => Some(c),
        Some((c, None)) => {
            sink.diags.push(src.error(
                no,
                format!("block code `[{c}]` is not an event code; block has no code"),
            ));
            None
        }
        None => None,
    };
    push_block(name_part.trim(), code, src, no, sink)
}

fn push_block(name: &str, code: Option<EventCode>, src: Src<'_>, no: usize, sink: &mut Sink) {
    let name = name.split_whitespace().next().unwrap_or("").to_uppercase();
    if name.is_empty() {
        sink.diags
            .push(src.warning(no, "block header without a name"));
    }
    sink.verbs.blocks.push(VerbBlock {
        name,
        code,
        verbs: Vec::new(),
        patterns: Vec::new(),
        origin: src.origin(no),
    });
}

pub(crate) fn read_verb_line_pub(body: &str, src: Src<'_>, no: usize, sink: &mut Sink) {
    read_verb_line(body, src, no, sink)
}

fn read_verb_line(body: &str, src: Src<'_>, no: usize, sink: &mut Sink) {
    let Some(block) = sink.verbs.blocks.last_mut() else {
        sink.diags.push(src.error(
            no,
            format!("`{body}` outside a `---` block (not a verb, pattern or synset); skipped"),
        ));
        return;
    };
    // Optional trailing [code].
    let (rest, code) = match body.rfind('[') {
        Some(p) if body.trim_end().ends_with(']') => {
            let inner = &body[p + 1..body.trim_end().len() - 1];
            match EventCode::parse(inner) {
                Some(c) => (body[..p].trim(), Some(c)),
                None => {
                    sink.diags.push(src.error(
                        no,
                        format!("verb code `[{inner}]` is not an event code; verb skipped"),
                    ));
                    return;
                }
            }
        }
        Some(_) => {
            sink.diags
                .push(src.error(no, "`[` without a closing `]` at the end; verb skipped"));
            return;
        }
        None => (body, None),
    };
    let (phrase, forms_txt) = match rest.find('{') {
        Some(p) => match rest[p..].find('}') {
            Some(q) => (rest[..p].trim(), Some(&rest[p + 1..p + q])),
            None => {
                sink.diags
                    .push(src.error(no, "`{` without `}`; verb skipped"));
                return;
            }
        },
        None => (rest, None),
    };
    let mut parts = phrase.split_whitespace();
    let Some(first) = parts.next() else {
        sink.diags.push(src.error(no, "empty verb; skipped"));
        return;
    };
    let extra: Vec<&str> = parts.collect();
    if !extra.is_empty() {
        sink.diags.push(src.warning(
            no,
            format!(
                "`{}` after the verb without `{{…}}`: PETRARCH2 takes them as extra forms and \
                 generates no regular forms; tern does the same",
                extra.join(" ")
            ),
        ));
    }
    let (words, head) = match verb_words(first) {
        Ok(x) => x,
        Err(m) => {
            sink.diags.push(src.error(no, format!("{m}; verb skipped")));
            return;
        }
    };
    let base = words[head].clone();
    let (forms, irregular) = match forms_txt {
        Some(ft) => {
            let mut f = vec![base.clone()];
            for form in ft.split_whitespace() {
                match verb_words(form) {
                    Ok((w, h)) => {
                        if w.len() != words.len() {
                            sink.diags.push(src.warning(
                                no,
                                format!(
                                    "form `{form}` has a different number of words than `{first}`"
                                ),
                            ));
                        }
                        f.push(w[h].clone());
                    }
                    Err(m) => sink
                        .diags
                        .push(src.warning(no, format!("form skipped: {m}"))),
                }
            }
            f.dedup();
            (f, true)
        }
        None if !extra.is_empty() => {
            let mut f = vec![base.clone()];
            f.extend(extra.iter().map(|s| s.to_uppercase()));
            (f, true)
        }
        None => (regular_forms(&base), false),
    };
    block.verbs.push(Verb {
        words,
        head,
        forms,
        irregular,
        code,
        origin: src.origin(no),
    });
}

/// Pattern-level problems in a verb dictionary that need the whole file (run by `check`).
/// A pattern side with every word put in a crude singular (`BASES` → `BASE`, `ALLIES` →
/// `ALLY`), to spot patterns that differ only by a regular plural.
fn singular_key(elems: &[Elem]) -> String {
    fn one(e: &Elem, out: &mut String) {
        match e {
            Elem::Word(w) => {
                let w = w.trim_end_matches('_');
                let sing = if let Some(stem) = w.strip_suffix("IES").filter(|s| s.len() > 2) {
                    format!("{stem}Y")
                } else if let Some(stem) = ["SSES", "XES", "CHES", "SHES"]
                    .iter()
                    .find_map(|suf| w.strip_suffix(suf).map(|s| (s, suf)))
                    .map(|(s, suf)| format!("{s}{}", &suf[..suf.len() - 2]))
                {
                    stem
                } else if w.len() > 3
                    && w.ends_with('S')
                    && !w.ends_with("SS")
                    && !w.ends_with("US")
                {
                    w[..w.len() - 1].to_string()
                } else {
                    w.to_string()
                };
                out.push_str(&sing);
            }
            Elem::NounPhrase(v) => {
                out.push('{');
                v.iter().for_each(|x| {
                    one(x, out);
                    out.push(' ');
                });
                out.push('}');
            }
            Elem::Prep { prep, objects } => {
                out.push('(');
                out.push_str(prep);
                objects.iter().for_each(|x| {
                    out.push(' ');
                    one(x, out);
                });
                out.push(')');
            }
            other => out.push_str(&other.to_string()),
        }
    }
    let mut out = String::new();
    for e in elems {
        one(e, &mut out);
        out.push(' ');
    }
    out
}

pub(crate) fn check_verbs(
    v: &VerbDict,
    path_of: &dyn Fn(Origin) -> String,
    out: &mut Vec<Diagnostic>,
) {
    use rustc_hash::FxHashMap;
    let at = |o: Origin| (path_of(o), Some(o.line as usize));
    let known: rustc_hash::FxHashSet<&str> = v.synsets.iter().map(|s| s.name.as_str()).collect();
    let mut seen_syn: FxHashMap<&str, Origin> = FxHashMap::default();
    for s in &v.synsets {
        if let Some(prev) = seen_syn.insert(&s.name, s.origin) {
            let (p, l) = at(s.origin);
            out.push(Diagnostic::warning(
                p,
                l,
                format!(
                    "synset &{} defined again (first at line {})",
                    s.name, prev.line
                ),
            ));
        }
        if s.members.is_empty() {
            let (p, l) = at(s.origin);
            out.push(Diagnostic::warning(
                p,
                l,
                format!("synset &{} has no members", s.name),
            ));
        }
    }
    fn synsets_in<'a>(v: &'a [Elem], acc: &mut Vec<&'a str>) {
        for e in v {
            match e {
                Elem::Synset(s) => acc.push(s),
                Elem::NounPhrase(x) => synsets_in(x, acc),
                Elem::Prep { objects, .. } => synsets_in(objects, acc),
                _ => {}
            }
        }
    }
    // Verb forms defined in more than one place.
    let mut forms: FxHashMap<(&str, Vec<&str>), (usize, Origin)> = FxHashMap::default();
    for (bi, b) in v.blocks.iter().enumerate() {
        if let Some(c) = &b.code {
            for bad in cameo_shape_ok(c) {
                let (p, l) = at(b.origin);
                out.push(Diagnostic::warning(
                    p,
                    l,
                    format!("block code `{bad}` is not a CAMEO event code (01–20 root)"),
                ));
            }
        }
        if b.verbs.is_empty() {
            let (p, l) = at(b.origin);
            out.push(Diagnostic::warning(
                p,
                l,
                format!(
                    "block {} has no verbs: its patterns can never match",
                    b.name
                ),
            ));
        }
        for verb in &b.verbs {
            let others: Vec<&str> = verb
                .words
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != verb.head)
                .map(|(_, w)| w.as_str())
                .collect();
            let mut reported = false;
            for f in &verb.forms {
                let key = (f.as_str(), others.clone());
                match forms.get(&key) {
                    Some(&(pb, po)) if pb != bi && !reported => {
                        reported = true;
                        let code_of = |bb: usize, o: Origin| {
                            v.blocks[bb]
                                .verbs
                                .iter()
                                .find(|x| x.origin == o)
                                .and_then(|x| x.code.clone())
                                .or_else(|| v.blocks[bb].code.clone())
                                .unwrap_or_default()
                        };
                        let (c1, c2) = (
                            code_of(pb, po),
                            verb.code.clone().or(b.code.clone()).unwrap_or_default(),
                        );
                        let (p, l) = at(verb.origin);
                        let msg = format!(
                            "verb form `{}` also in block {} ({}:{}){}; PETRARCH2 keeps the first, tern too",
                            if others.is_empty() { f.clone() } else { format!("{f} {}", others.join(" ")) },
                            v.blocks[pb].name,
                            path_of(po),
                            po.line,
                            if c1 != c2 { format!(" with code {c1} instead of {c2}") } else { String::new() }
                        );
                        out.push(Diagnostic::warning(p, l, msg));
                    }
                    Some(_) => {}
                    None => {
                        forms.insert(key, (bi, verb.origin));
                    }
                }
            }
            if let Some(c) = &verb.code {
                for bad in cameo_shape_ok(c) {
                    let (p, l) = at(verb.origin);
                    out.push(Diagnostic::warning(
                        p,
                        l,
                        format!("verb code `{bad}` is not a CAMEO event code (01–20 root)"),
                    ));
                }
            }
        }
        let mut seen: FxHashMap<(String, String), (Origin, EventCode)> = FxHashMap::default();
        let mut singular: FxHashMap<(String, String), (Origin, EventCode)> = FxHashMap::default();
        for pat in &b.patterns {
            let mut syns = Vec::new();
            synsets_in(&pat.before, &mut syns);
            synsets_in(&pat.after, &mut syns);
            for s in syns {
                if !known.contains(s) {
                    let (p, l) = at(pat.origin);
                    out.push(Diagnostic::error(
                        p,
                        l,
                        format!("synset &{s} is not defined: the pattern can never match"),
                    ));
                }
            }
            if pat.before.is_empty() && pat.after.is_empty() {
                let (p, l) = at(pat.origin);
                out.push(Diagnostic::warning(
                    p,
                    l,
                    "pattern `*` alone adds nothing to the verb: give the verb a code instead",
                ));
            }
            for bad in cameo_shape_ok(&pat.code) {
                let (p, l) = at(pat.origin);
                out.push(Diagnostic::warning(
                    p,
                    l,
                    format!("pattern code `{bad}` is not a CAMEO event code (01–20 root)"),
                ));
            }
            let key = (
                pat.before
                    .iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join(" "),
                pat.after
                    .iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            match seen.get(&key) {
                Some((o, c)) => {
                    let (p, l) = at(pat.origin);
                    let shown = format!("{} * {}", key.0, key.1);
                    let shown = shown.trim();
                    if *c == pat.code {
                        out.push(Diagnostic::warning(
                            p,
                            l,
                            format!("duplicate pattern `{shown}` (also line {})", o.line),
                        ));
                    } else {
                        out.push(Diagnostic::warning(
                            p,
                            l,
                            format!(
                                "conflicting duplicate: pattern `{shown}` is [{}] here and [{c}] at line {}; PETRARCH2 keeps the last, tern too",
                                pat.code, o.line
                            ),
                        ));
                    }
                }
                None => {
                    // Words match a token's lemma as well as its form, so a pattern that
                    // differs from another only by a regular plural adds nothing.
                    let sing = (singular_key(&pat.before), singular_key(&pat.after));
                    match singular.get(&sing) {
                        Some((o, c)) if *c == pat.code => {
                            let (p, l) = at(pat.origin);
                            let shown = format!("{} * {}", key.0, key.1);
                            out.push(Diagnostic::warning(
                                p,
                                l,
                                format!(
                                    "pattern `{}` differs from line {} only by a plural; words match lemmas too, so it adds nothing",
                                    shown.trim(),
                                    o.line
                                ),
                            ));
                        }
                        Some(_) => {}
                        None => {
                            singular.insert(sing, (pat.origin, pat.code.clone()));
                        }
                    }
                    seen.insert(key, (pat.origin, pat.code.clone()));
                }
            }
        }
    }
    let verb_known = |w: &str| {
        v.blocks
            .iter()
            .any(|b| b.name == w || b.verbs.iter().any(|x| x.forms.iter().any(|f| f == w)))
    };
    for t in &v.transformations {
        for w in &t.verbs {
            if !verb_known(w) {
                let (p, l) = at(t.origin);
                out.push(Diagnostic::error(
                    p,
                    l,
                    format!("transformation names verb `{w}`, which no block defines (PETRARCH2 fails with a KeyError)"),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src() -> Src<'static> {
        Src {
            path: "t.txt",
            file: 0,
        }
    }

    #[test]
    fn comments_follow_petrarch() {
        let text =
            "# head\nA # tail\n<!-- skipped line\nB <!-- x --> C\nD <!-- open\nstill\nend -->\nE\n";
        let got: Vec<(usize, Cow<'_, str>)> = content_lines(text).collect();
        assert_eq!(got[0], (2, Cow::from("A ")));
        // A line starting with `<!` is skipped whole (it does not open a block comment).
        assert_eq!(got[1], (4, Cow::from("B  C")));
        assert_eq!(got[2], (8, Cow::from("E")));
        assert_eq!(got.len(), 3);
    }

    #[test]
    fn petrarch_dates() {
        assert_eq!(parse_pdate("20120611").unwrap().to_string(), "2012-06-11");
        assert_eq!(parse_pdate("030101").unwrap().to_string(), "2003-01-01");
        assert_eq!(parse_pdate("730717").unwrap().to_string(), "1973-07-17");
        assert!(parse_pdate("2004017").unwrap_err().contains("7-digit"));
        assert!(parse_pdate("20100931").is_err());
        assert!(parse_pdate("1920030320")
            .unwrap_err()
            .contains("1920-03-03"));
        let (c, r, note) = parse_restriction("EGYGOV > 140608").unwrap();
        assert_eq!(
            (c.as_str(), r.to_string()),
            ("EGYGOV", "2014-06-08..".to_string())
        );
        assert!(note.is_some());
        assert_eq!(parse_restriction("ABC/DEF").unwrap().0, "ABC/DEF");
        assert!(parse_restriction("ABC/").is_err());
        let (c, r, note) = parse_restriction("ABCGOV 19950601 - 19990815").unwrap();
        assert_eq!(c, "ABCGOV");
        assert_eq!(
            r,
            DateRule::Between(
                parse_pdate("19950601").unwrap(),
                parse_pdate("19990815").unwrap()
            )
        );
        assert!(note.is_some());
    }

    #[test]
    fn reads_actors_with_dated_roles() {
        let text = "SERBIA [SRB]\n+SERBIAN\n\t[YUGSRB <920427]\n\
                    TOMISLAV_NIKOLIC_\n+NIKOLIĆ_\n\t[SRBGOVLEG 19910101-20120610]\n\t[SRBGOV >20120611]\n\
                    NOBODY_\nBAD_DATE\n\t[XXX 2004017-20061201]\n\t[XXX]\n";
        let mut s = Sink::default();
        read_actors(text, src(), &mut s);
        assert_eq!(s.actors.len(), 3);
        assert_eq!(s.actors[0].default.as_deref(), Some("SRB"));
        assert_eq!(s.actors[0].names[1].text, "serbian");
        assert!(!s.actors[0].person);
        let n = &s.actors[1];
        assert!(n.person);
        assert_eq!(n.names[1].text, "nikolic");
        assert_eq!(n.codes.len(), 2);
        assert_eq!(n.codes[1].rule.to_string(), "2012-06-11..");
        assert_eq!(s.diags.len(), 2, "{:?}", s.diags);
        assert_eq!(s.diags[0].line, Some(8));
        assert!(s.diags[0].message.contains("no code"));
        assert_eq!(s.diags[1].line, Some(10));
        // Surname first: `BAK` alone must not match Lee Myung-bak.
        let mut s = Sink::default();
        read_actors("LEE_MYUNG_BAK_\n\t[KORGOV >080225]\n", src(), &mut s);
        assert!(!s.actors[0].person);
    }

    #[test]
    fn reads_agents_plurals_markers_and_stems() {
        let text = "!MINIST! = MINISTER, MINISTERS, MINISTRY\n\
                    POLICE {} [~COP]\nBOSS [~BUS]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n\
                    DEFENSE_MINIST [~GOVMIL]\nHUMAN_RIGHTS_GROUP [NGO~]\nNOCODE\nBROKEN [~ENV}\n";
        let mut s = Sink::default();
        read_agents(text, src(), &mut s);
        let names: Vec<Vec<&str>> = s
            .agents
            .iter()
            .map(|a| a.names.iter().map(|n| n.text.as_str()).collect())
            .collect();
        assert_eq!(names[0], vec!["police"]);
        assert_eq!(names[1], vec!["boss", "bosses"]);
        assert_eq!(names[2], vec!["attorney general", "attorneys general"]);
        assert_eq!(
            names[3],
            vec!["defense minister", "defense ministers", "defense ministry"]
        );
        assert_eq!(s.agents[4].position, AgentPosition::Prefix);
        assert_eq!(s.agents[3].compose(Some("SRB")), "SRBGOVMIL");
        assert_eq!(s.agents[4].compose(Some("SRB")), "NGOSRB");
        let lines: Vec<Option<usize>> = s.diags.iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![Some(5), Some(7), Some(8)]);
    }

    #[test]
    fn reads_p2_verbs_and_patterns() {
        let text = "&CASH\n+MONEY\n+HARD_CURRENCY_\n\n####### VERB PATTERNS #######\n\
            ---  GIVE   [070]  ---\nGIVE {GAVE GIVEN GIVING GIVES}\nDONATE\n+HAND_OVER [071]\n\
            - * &CASH (TO $)  [071]  # GIVE\n- &CASH * {SHARP JAB} [:111]\n- * AID [070] \n\
            - * AID [073]\n- * &NOPE [070]\n- * BAD [07x!]\n- (TO [070]\n\
            ---  DELAY   [120]---  ---\nDELAY\n~ a (a b GIVE) DELAY = a b 120\n~ a (a b VANISH) DELAY = x\n";
        let mut s = Sink::default();
        read_verbs(text, src(), &mut s);
        let v = &s.verbs;
        assert_eq!(v.format, VerbFormat::Petrarch2);
        assert_eq!(v.synsets[0].members[1].words, vec!["HARD", "CURRENCY"]);
        assert_eq!(
            v.synsets[0].phrases(),
            vec![vec!["MONEY"], vec!["MONEIES"], vec!["HARD", "CURRENCY"]] // PETRARCH: Y -> IES, always
        );
        assert_eq!(v.form_index()["GAVE"], vec![(0, 0)]);
        assert!(!v.synsets[0].members[1].plural);
        let g = &v.blocks[0];
        assert_eq!(
            g.verbs[0].forms,
            vec!["GIVE", "GAVE", "GIVEN", "GIVING", "GIVES"]
        );
        assert_eq!(
            g.verbs[1].forms,
            vec!["DONATE", "DONATES", "DONATED", "DONATING"]
        );
        assert_eq!(g.verbs[2].words, vec!["HAND", "OVER"]);
        assert_eq!(g.verbs[2].forms[2], "HANDED");
        assert_eq!(g.patterns.len(), 5);
        let p = &g.patterns[0];
        assert_eq!(
            p.after,
            vec![
                Elem::Synset("CASH".into()),
                Elem::Prep {
                    prep: "TO".into(),
                    objects: vec![Elem::Source]
                }
            ]
        );
        assert_eq!(p.comment.as_deref(), Some("GIVE"));
        assert_eq!(g.patterns[1].code.passive.as_deref(), Some("111"));
        assert_eq!(v.blocks[1].code.as_ref().unwrap().to_string(), "120");
        assert_eq!(v.transformations[0].verbs, vec!["GIVE", "DELAY"]);
        let msgs: Vec<String> = s.diags.iter().map(|d| d.to_string()).collect();
        assert!(msgs[0].starts_with("t.txt:10: warning:"), "{msgs:?}");
        assert!(msgs.iter().any(|m| m.contains("t.txt:15: error")));
        assert!(msgs.iter().any(|m| m.contains("t.txt:16: error")));
        assert!(msgs
            .iter()
            .any(|m| m.contains("t.txt:17: warning") && m.contains("120]--")));
        let mut checks = Vec::new();
        check_verbs(v, &|_| "t.txt".into(), &mut checks);
        let c: Vec<String> = checks.iter().map(|d| d.to_string()).collect();
        assert!(
            c.iter()
                .any(|m| m.contains(":13:") && m.contains("conflicting")),
            "{c:?}"
        );
        assert!(c.iter().any(|m| m.contains(":14:") && m.contains("&NOPE")));
        assert!(c.iter().any(|m| m.contains(":20:") && m.contains("VANISH")));
    }

    #[test]
    fn reads_p1_linear_patterns() {
        let text =
            "--- ACCORD [---] ---\nACCORD\n- IN_*  [075]\n- SO IN_AND_*_OUT_AGAIN NOW [074]\n\
                    - * WITH % [031]\n- * {A | B} [031]\n";
        let mut s = Sink::default();
        read_verbs(text, src(), &mut s);
        assert_eq!(s.verbs.format, VerbFormat::Petrarch1);
        let b = &s.verbs.blocks[0];
        assert_eq!(
            b.patterns[0].before,
            vec![Elem::Word("IN".into()), Elem::Next]
        );
        let p = &b.patterns[1];
        assert_eq!(p.after[0], Elem::Next);
        assert_eq!(p.after[1], Elem::Word("OUT".into()));
        assert_eq!(
            b.patterns[2].after,
            vec![Elem::Word("WITH".into()), Elem::Compound]
        );
        assert_eq!(s.diags.len(), 1);
        assert_eq!(s.diags[0].line, Some(6));
    }

    #[test]
    fn issues_expand() {
        let text = "<ISSUE CATEGORY=\"EDU\">\nn:school [SCHOOLS]\npre+k [EARLY]\n~~head start\nno code here\n</ISSUE>\n";
        let mut s = Sink::default();
        read_issues(text, src(), &mut s);
        assert_eq!(s.issues[0].forms, vec!["school", "schools"]);
        assert_eq!(s.issues[1].forms, vec!["pre k", "pre-k"]);
        assert_eq!(s.issues[0].category.as_deref(), Some("EDU"));
        assert!(s.issue_exclusions[0].story);
        assert_eq!(s.diags[0].line, Some(5));
    }

    #[test]
    fn discards() {
        let mut s = Sink::default();
        read_discards("+WORLD CUP # sport\nBATSMAN_\n", src(), &mut s);
        assert!(s.discards[0].story);
        assert_eq!(s.discards[0].text, "world cup");
        assert!(s.discards[1].whole_word);
    }
}
