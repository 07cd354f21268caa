//! tern's own dictionary format: one fact per line, records introduced by an unindented
//! `kind: value` line and continued by indented `key: value` lines, `#` comments, and a
//! `from: FILE:LINE` provenance line on every converted entry. See `docs/dictionaries.md`.
use crate::model::*;
use crate::norm::phrase_words;
use crate::petrarch::{self, Sink, Src};
use crate::set::DictionarySet;
use std::io::{self, Write};

/// The first line of every tern dictionary file.
pub const HEADER: &str = "# tern-dict 1";

/// True when `text` is in tern's format (starts with [`HEADER`]).
pub fn is_tern(text: &str) -> bool {
    text.trim_start_matches('\u{feff}').starts_with(HEADER)
}

enum Cur {
    None,
    Actor(Actor),
    Agent(Agent),
    Discard(Discard),
    Issue(Issue),
    Exclusion(IssueExclusion),
    Synset,
    Block,
    Transformation,
}

fn finish(cur: Cur, sink: &mut Sink, src: Src<'_>) {
    match cur {
        Cur::Actor(a) => {
            if a.default.is_none() && a.codes.is_empty() {
                sink.diags.push(src.error(
                    a.origin.line as usize,
                    "actor without a `code:` line; skipped",
                ));
            } else {
                sink.actors.push(a);
            }
        }
        Cur::Agent(a) => {
            if a.code.is_empty() {
                sink.diags.push(src.error(
                    a.origin.line as usize,
                    "agent without a `code:` line; skipped",
                ));
            } else {
                sink.agents.push(a);
            }
        }
        Cur::Discard(d) => sink.discards.push(d),
        Cur::Issue(i) => {
            if i.forms.is_empty() {
                sink.diags.push(src.error(
                    i.origin.line as usize,
                    "issue without a `phrase:` line; skipped",
                ));
            } else {
                sink.issues.push(i);
            }
        }
        Cur::Exclusion(e) => sink.issue_exclusions.push(e),
        Cur::None | Cur::Synset | Cur::Block | Cur::Transformation => {}
    }
}

fn name(v: &str, no: usize) -> Option<Name> {
    let w = phrase_words(v);
    (!w.is_empty()).then(|| Name {
        case: None,
        text: w.join(" "),
        line: no as u32,
    })
}

/// `acronym: US`: one word, matched only as written.
fn acronym(v: &str, no: usize) -> Result<Name, String> {
    let v = v.trim();
    if v.is_empty() || v.contains(char::is_whitespace) {
        return Err(format!(
            "acronym `{v}` must be one word (it matches a token exactly as written); skipped"
        ));
    }
    let mut text = String::new();
    crate::norm::fold_into(v, &mut text);
    Ok(Name {
        case: Some(v.to_string()),
        text,
        line: no as u32,
    })
}

fn parse_rule(s: &str) -> Result<DateRule, String> {
    let s = s.trim();
    if s.is_empty() || s == "always" {
        return Ok(DateRule::Always);
    }
    let (a, b) = s
        .split_once("..")
        .ok_or_else(|| format!("date range `{s}` is not `A..B`, `A..`, `..B` or `always`"))?;
    let d = |x: &str| {
        tern_core::Date::parse(x).ok_or_else(|| format!("`{x}` is not a date (YYYY-MM-DD)"))
    };
    Ok(match (a.trim().is_empty(), b.trim().is_empty()) {
        (true, true) => DateRule::Always,
        (true, false) => DateRule::Until(d(b)?),
        (false, true) => DateRule::From(d(a)?),
        (false, false) => DateRule::Between(d(a)?, d(b)?),
    })
}

fn yes(v: &str) -> bool {
    matches!(v.trim(), "yes" | "true" | "story")
}

/// Reads a tern-format file into the sink.
pub(crate) fn read(text: &str, src: Src<'_>, sink: &mut Sink) {
    let mut cur = Cur::None;
    for (i, raw) in text.lines().enumerate() {
        let no = i + 1;
        let line = raw.trim_end();
        let body = line.trim_start();
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let indented = body.len() != line.len();
        let Some((key, value)) = body.split_once(':') else {
            sink.diags.push(src.error(
                no,
                format!("expected `key: value`, found `{body}`; skipped"),
            ));
            continue;
        };
        let (key, value) = (key.trim(), value.trim());
        let bad = |sink: &mut Sink, m: String| sink.diags.push(src.error(no, m));
        if !indented {
            finish(std::mem::replace(&mut cur, Cur::None), sink, src);
            let origin = src.origin(no);
            cur = match key {
                "actor" => match name(value, no) {
                    Some(n) => Cur::Actor(Actor {
                        names: vec![n],
                        default: None,
                        codes: Vec::new(),
                        person: false,
                        origin,
                    }),
                    None => {
                        bad(sink, "empty actor phrase; skipped".into());
                        Cur::None
                    }
                },
                "agent" => match name(value, no) {
                    Some(n) => Cur::Agent(Agent {
                        names: vec![n],
                        code: String::new(),
                        position: AgentPosition::Suffix,
                        origin,
                    }),
                    None => {
                        bad(sink, "empty agent phrase; skipped".into());
                        Cur::None
                    }
                },
                "discard" => match name(value, no) {
                    Some(n) => Cur::Discard(Discard {
                        text: n.text,
                        story: false,
                        whole_word: false,
                        origin,
                    }),
                    None => {
                        bad(sink, "empty discard phrase; skipped".into());
                        Cur::None
                    }
                },
                "issue" if !value.is_empty() => Cur::Issue(Issue {
                    forms: Vec::new(),
                    written: String::new(),
                    code: value.to_string(),
                    category: None,
                    origin,
                }),
                "issue-exclusion" => match name(value, no) {
                    Some(n) => Cur::Exclusion(IssueExclusion {
                        text: n.text,
                        story: false,
                        category: None,
                        origin,
                    }),
                    None => {
                        bad(sink, "empty exclusion phrase; skipped".into());
                        Cur::None
                    }
                },
                "synset" if !value.is_empty() => {
                    sink.verbs.synsets.push(Synset {
                        name: value.trim_start_matches('&').to_uppercase(),
                        plurals: true,
                        members: Vec::new(),
                        origin,
                    });
                    Cur::Synset
                }
                "verbs" if !value.is_empty() => {
                    sink.verbs.blocks.push(VerbBlock {
                        name: value.to_uppercase(),
                        code: None,
                        verbs: Vec::new(),
                        patterns: Vec::new(),
                        origin,
                    });
                    Cur::Block
                }
                "transformation" => match value.split_once('=') {
                    Some((l, r)) => {
                        sink.verbs
                            .transformations
                            .push(Transformation::new(l, r, origin));
                        Cur::Transformation
                    }
                    None => {
                        bad(sink, "transformation without `=`; skipped".into());
                        Cur::None
                    }
                },
                "verb-format" => {
                    sink.verbs.format = if value == "petrarch1" {
                        VerbFormat::Petrarch1
                    } else {
                        VerbFormat::Petrarch2
                    };
                    Cur::None
                }
                _ => {
                    bad(sink, format!("unknown record `{key}: {value}`; skipped"));
                    Cur::None
                }
            };
            continue;
        }
        if key == "from" {
            sink.provenance
                .push((current_origin(&cur, sink), value.to_string()));
            continue;
        }
        match (&mut cur, key) {
            (Cur::Actor(a), "name") => {
                if let Some(n) = name(value, no) {
                    a.names.push(n)
                }
            }
            (Cur::Actor(_) | Cur::Agent(_), "acronym") => match acronym(value, no) {
                Ok(n) => match &mut cur {
                    Cur::Actor(a) => a.names.push(n),
                    Cur::Agent(a) => a.names.push(n),
                    _ => {}
                },
                Err(m) => bad(sink, m),
            },
            (Cur::Actor(a), "default") => a.default = Some(value.to_ascii_uppercase()),
            (Cur::Actor(a), "person") => a.person = yes(value),
            (Cur::Actor(a), "code") => {
                let (code, rule) = value.split_once(' ').unwrap_or((value, ""));
                match parse_rule(rule) {
                    Ok(rule) => a.codes.push(DatedCode {
                        code: code.to_ascii_uppercase(),
                        rule,
                        line: no as u32,
                    }),
                    Err(m) => bad(sink, format!("{m}; code skipped")),
                }
            }
            (Cur::Agent(a), "name") => {
                if let Some(n) = name(value, no) {
                    a.names.push(n)
                }
            }
            (Cur::Agent(a), "code") => {
                if let Some(c) = value.strip_prefix('~') {
                    a.code = c.to_string();
                    a.position = AgentPosition::Suffix;
                } else if let Some(c) = value.strip_suffix('~') {
                    a.code = c.to_string();
                    a.position = AgentPosition::Prefix;
                } else {
                    bad(
                        sink,
                        format!("agent code `{value}` needs `~` before or after"),
                    );
                }
            }
            (Cur::Discard(d), "scope") => d.story = value == "story",
            (Cur::Discard(d), "whole-word") => d.whole_word = yes(value),
            (Cur::Issue(i), "phrase") => {
                if let Some(n) = name(value, no) {
                    i.forms.push(n.text)
                }
            }
            (Cur::Issue(i), "written") => i.written = value.to_string(),
            (Cur::Issue(i), "category") => i.category = Some(value.to_string()),
            (Cur::Exclusion(e), "scope") => e.story = value == "story",
            (Cur::Exclusion(e), "category") => e.category = Some(value.to_string()),
            (Cur::Synset, "plurals") => {
                if let Some(s) = sink.verbs.synsets.last_mut() {
                    s.plurals = yes(value);
                }
            }
            (Cur::Synset, "member") => {
                let words: Vec<String> = value
                    .split(|c: char| c == '_' || c.is_whitespace())
                    .filter(|w| !w.is_empty())
                    .map(str::to_uppercase)
                    .collect();
                if let (Some(s), false) = (sink.verbs.synsets.last_mut(), words.is_empty()) {
                    s.members.push(SynsetMember {
                        words,
                        plural: !value.ends_with('_'),
                        line: no as u32,
                    });
                }
            }
            (Cur::Block, "code") => match EventCode::parse(value) {
                Some(c) => {
                    if let Some(b) = sink.verbs.blocks.last_mut() {
                        b.code = Some(c);
                    }
                }
                None => bad(sink, format!("`{value}` is not an event code")),
            },
            (Cur::Block, "verb") => petrarch::read_verb_line_pub(value, src, no, sink),
            (Cur::Block, "pattern") => {
                match petrarch::parse_pattern(value, VerbFormat::Petrarch2, src.origin(no)) {
                    Ok((p, _)) => {
                        if let Some(b) = sink.verbs.blocks.last_mut() {
                            b.patterns.push(p);
                        }
                    }
                    Err(m) => bad(sink, format!("{m}; pattern skipped")),
                }
            }
            _ => bad(sink, format!("`{key}:` does not belong here; skipped")),
        }
    }
    finish(cur, sink, src);
}

fn current_origin(cur: &Cur, sink: &Sink) -> Origin {
    match cur {
        Cur::Actor(a) => a.origin,
        Cur::Agent(a) => a.origin,
        Cur::Discard(d) => d.origin,
        Cur::Issue(i) => i.origin,
        Cur::Exclusion(e) => e.origin,
        Cur::Synset => sink
            .verbs
            .synsets
            .last()
            .map_or_else(Origin::default, |s| s.origin),
        Cur::Block => sink
            .verbs
            .blocks
            .last()
            .and_then(|b| {
                b.patterns
                    .last()
                    .map(|p| p.origin)
                    .or(b.verbs.last().map(|v| v.origin))
                    .or(Some(b.origin))
            })
            .unwrap_or_default(),
        Cur::Transformation => sink
            .verbs
            .transformations
            .last()
            .map_or_else(Origin::default, |t| t.origin),
        Cur::None => Origin::default(),
    }
}

fn upper(text: &str) -> String {
    text.to_uppercase()
}

/// Writes extra names: `name:` lines, `acronym:` for names matched as written.
fn write_names(w: &mut dyn Write, names: &[Name]) -> io::Result<()> {
    for n in names {
        match &n.case {
            Some(form) => writeln!(w, "  acronym: {form}")?,
            None => writeln!(w, "  name: {}", upper(&n.text))?,
        }
    }
    Ok(())
}

/// Writes a whole set in tern's format. Every entry gets a `from:` line with its
/// provenance (the original `file:line`).
///
/// # Errors
/// Only I/O errors of `w`.
pub fn write(set: &DictionarySet, w: &mut dyn Write) -> io::Result<()> {
    let from = |o: Origin| set.provenance(o);
    writeln!(w, "{HEADER}")?;
    writeln!(
        w,
        "# Written by tern dict convert from: {}",
        set.files.join(", ")
    )?;
    for a in &set.actors {
        writeln!(w, "actor: {}", upper(&a.names[0].text))?;
        write_names(w, &a.names[1..])?;
        if let Some(d) = &a.default {
            writeln!(w, "  default: {d}")?;
        }
        for c in &a.codes {
            if c.rule == DateRule::Always {
                writeln!(w, "  code: {}", c.code)?;
            } else {
                writeln!(w, "  code: {} {}", c.code, c.rule)?;
            }
        }
        if a.person {
            writeln!(w, "  person: yes")?;
        }
        writeln!(w, "  from: {}", from(a.origin))?;
    }
    for a in &set.agents {
        writeln!(w, "agent: {}", upper(&a.names[0].text))?;
        write_names(w, &a.names[1..])?;
        match a.position {
            AgentPosition::Suffix => writeln!(w, "  code: ~{}", a.code)?,
            AgentPosition::Prefix => writeln!(w, "  code: {}~", a.code)?,
        }
        writeln!(w, "  from: {}", from(a.origin))?;
    }
    for d in &set.discards {
        writeln!(w, "discard: {}", upper(&d.text))?;
        if d.story {
            writeln!(w, "  scope: story")?;
        }
        if d.whole_word {
            writeln!(w, "  whole-word: yes")?;
        }
        writeln!(w, "  from: {}", from(d.origin))?;
    }
    for i in &set.issues {
        writeln!(w, "issue: {}", i.code)?;
        if !i.written.is_empty() {
            writeln!(w, "  written: {}", i.written)?;
        }
        for f in &i.forms {
            writeln!(w, "  phrase: {}", upper(f))?;
        }
        if let Some(c) = &i.category {
            writeln!(w, "  category: {c}")?;
        }
        writeln!(w, "  from: {}", from(i.origin))?;
    }
    for e in &set.issue_exclusions {
        writeln!(w, "issue-exclusion: {}", upper(&e.text))?;
        if e.story {
            writeln!(w, "  scope: story")?;
        }
        if let Some(c) = &e.category {
            writeln!(w, "  category: {c}")?;
        }
        writeln!(w, "  from: {}", from(e.origin))?;
    }
    let v = &set.verbs;
    if !v.blocks.is_empty() || !v.synsets.is_empty() {
        writeln!(
            w,
            "verb-format: {}",
            match v.format {
                VerbFormat::Petrarch1 => "petrarch1",
                VerbFormat::Petrarch2 => "petrarch2",
            }
        )?;
    }
    for s in &v.synsets {
        writeln!(w, "synset: {}", s.name)?;
        if !s.plurals {
            writeln!(w, "  plurals: no")?;
        }
        writeln!(w, "  from: {}", from(s.origin))?;
        for m in &s.members {
            writeln!(
                w,
                "  member: {}{}",
                m.words.join(" "),
                if m.plural { "" } else { "_" }
            )?;
        }
    }
    for b in &v.blocks {
        writeln!(w, "verbs: {}", b.name)?;
        if let Some(c) = &b.code {
            writeln!(w, "  code: {c}")?;
        }
        writeln!(w, "  from: {}", from(b.origin))?;
        for verb in &b.verbs {
            let phrase = |head_form: &str| -> String {
                if verb.words.len() == 1 {
                    return head_form.to_string();
                }
                verb.words
                    .iter()
                    .enumerate()
                    .map(|(i, x)| {
                        if i == verb.head {
                            format!("+{head_form}")
                        } else {
                            x.clone()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("_")
            };
            let mut line = phrase(&verb.words[verb.head]);
            if verb.irregular {
                let forms: Vec<String> = verb.forms.iter().skip(1).map(|f| phrase(f)).collect();
                line.push_str(&format!(" {{{}}}", forms.join(" ")));
            }
            if let Some(c) = &verb.code {
                line.push_str(&format!(" [{c}]"));
            }
            writeln!(w, "  verb: {line}")?;
            writeln!(w, "  from: {}", from(verb.origin))?;
        }
        for p in &b.patterns {
            let side = |v: &[Elem]| {
                let mut s = String::new();
                for e in v {
                    if *e != Elem::Next && !s.is_empty() && !s.ends_with('_') {
                        s.push(' ');
                    }
                    s.push_str(&e.to_string());
                }
                s
            };
            let (bs, as_) = (side(&p.before), side(&p.after));
            let mut text = String::new();
            if !bs.is_empty() {
                text.push_str(&bs);
                text.push(' ');
            }
            text.push('*');
            if !as_.is_empty() {
                if !as_.starts_with('_') {
                    text.push(' ');
                }
                text.push_str(&as_);
            }
            write!(w, "  pattern: {text} [{}]", p.code)?;
            match &p.comment {
                Some(c) => writeln!(w, " # {c}")?,
                None => writeln!(w)?,
            }
            writeln!(w, "  from: {}", from(p.origin))?;
        }
    }
    for t in &v.transformations {
        writeln!(w, "transformation: {} = {}", t.lhs, t.rhs)?;
        writeln!(w, "  from: {}", from(t.origin))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::set::{DictionarySet, Part};

    const VERBS: &str = "&CASH\n+MONEY\n+KRONE_\n\n####### VERB PATTERNS #######\n\
        ---  GIVE   [070]  ---\nGIVE {GAVE GIVEN GIVING GIVES}\n+HAND_OVER [071]\nDONATE\n\
        - * &CASH (TO {POOR PEOPLE})  [071]  # GIVE\n- $ * {SHARP JAB} [:111]\n\
        ~ a (a b GIVE) GIVE = a b 070\n";

    #[test]
    fn round_trips_every_part() {
        let (a, d1) = DictionarySet::from_texts(&[
            (Part::Actors, "x.actors.txt", "SERBIA [SRB]\n+SERBIAN\nTOMISLAV_NIKOLIC_\n\t[SRBGOVLEG 19910101-20120610]\n\t[SRBGOV >20120611]\n\t[SRB]\n"),
            (Part::Agents, "x.agents.txt", "DEFENSE_MINISTER [~GOVMIL]\nRIGHTS_GROUP [NGO~]\n"),
            (Part::Discards, "x.discards.txt", "+WORLD CUP\nBATSMAN_\n"),
            (Part::Issues, "x.issues.txt", "<ISSUE CATEGORY=\"EDU\">\nn:school [SCHOOLS]\n~~head start\n</ISSUE>\n"),
            (Part::Verbs, "x.verbs.txt", VERBS),
        ]);
        let mut buf = Vec::new();
        super::write(&a, &mut buf).unwrap();
        let text = String::from_utf8(buf).unwrap();
        assert!(
            text.contains("actor: TOMISLAV NIKOLIC\n  code: SRBGOVLEG 1991-01-01..2012-06-10\n"),
            "{text}"
        );
        assert!(text.contains("  from: x.actors.txt:3\n"));
        assert!(text.contains("  verb: +HAND_OVER [071]\n"));
        assert!(
            text.contains("  pattern: * &CASH (TO {POOR PEOPLE}) [071] # GIVE\n"),
            "{text}"
        );
        let (b, d2) = DictionarySet::from_texts(&[(Part::Tern, "x.tern", &text)]);
        assert!(d2.is_empty(), "{d2:?}");
        assert_eq!(a.counts(), {
            let mut c = b.counts();
            c.files = a.counts().files;
            c
        });
        assert_eq!(a.actors[1].codes, {
            let mut c = b.actors[1].codes.clone();
            for (x, y) in c.iter_mut().zip(&a.actors[1].codes) {
                x.line = y.line;
            }
            c
        });
        assert_eq!(
            a.verbs.blocks[0].patterns[1].before,
            b.verbs.blocks[0].patterns[1].before
        );
        assert_eq!(a.verbs.blocks[0].verbs, {
            let mut v = b.verbs.blocks[0].verbs.clone();
            for (x, y) in v.iter_mut().zip(&a.verbs.blocks[0].verbs) {
                x.origin = y.origin;
            }
            v
        });
        // Provenance survives a second conversion.
        let mut again = Vec::new();
        super::write(&b, &mut again).unwrap();
        let again = String::from_utf8(again).unwrap();
        assert!(again.contains("  from: x.actors.txt:3\n"));
        assert_eq!(d1.len(), 1, "{d1:?}"); // the `$` marker quirk
    }

    #[test]
    fn bad_tern_lines_are_skipped_with_their_line() {
        let text = "# tern-dict 1\nactor: ALPHA\n  code: ALP 2020-01-01..\nnonsense\nactor: BETA\n  code: BET sometime\n  colour: blue\n";
        let (s, d) = DictionarySet::from_texts(&[(Part::Actors, "y.tern", text)]);
        assert_eq!(s.actors.len(), 1);
        let lines: Vec<Option<usize>> = d.iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![Some(4), Some(6), Some(7), Some(5)]);
    }
}
