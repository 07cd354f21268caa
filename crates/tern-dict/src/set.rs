//! A whole dictionary set: where its files are ([`DictSources`]), loading, counts, checks
//! and phrase lookup.
use crate::error::Error;
use crate::matcher::{ActorMatcher, EntryRef, Mention, Variant};
use crate::model::*;
use crate::petrarch::{self, Sink, Src};
use rustc_hash::FxHashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use tern_core::{Date, Diagnostic};

/// Participles that, after a name and a hyphen, make the name the backer of what follows
/// rather than its identity: `Iranian-backed Houthis` are not Iran, `military-ruled Myanmar`
/// is not its military. (`-led`, `-run` and `-owned` are left alone: a `Saudi-led
/// coalition` is coded as its leader; so are `-held` and `-controlled`: the rebels of a
/// `rebel-held area` are who is there.)
const SPONSOR_PARTICIPLES: &[&str] = &[
    "backed",
    "sponsored",
    "funded",
    "financed",
    "supported",
    "armed",
    "trained",
    "allied",
    "aligned",
    "linked",
    "affiliated",
    "inspired",
    "ruled",
    "leaning",
];

/// Capitalized words that may follow a surname without being more of the name.
const AFTER_SURNAME: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "administration",
    "government",
    "cabinet",
    "regime",
    "camp",
];

/// Head nouns of place and building names: a person's name before one names the place.
const PLACE_HEADS: &[&str] = &[
    "valley",
    "river",
    "mountains",
    "mountain",
    "province",
    "district",
    "region",
    "street",
    "square",
    "airport",
    "university",
    "stadium",
    "bridge",
    "lake",
    "sea",
    "island",
    "islands",
    "desert",
    "gulf",
    "bay",
    "camp",
    "prison",
    "hospital",
    "mosque",
    "church",
    "hotel",
    "road",
    "avenue",
    "highway",
    "dam",
    "port",
    "station",
    "county",
    "park",
    "canal",
    "strait",
    "pass",
];

/// The name of the manifest file tern looks for in a dictionary directory.
pub const MANIFEST: &str = "tern-dictionaries.txt";

/// A part of a dictionary set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// Verb patterns (`CAMEO.2.0.txt`).
    Verbs,
    /// Actors (`Phoenix.*.actors.txt`).
    Actors,
    /// Agents (`Phoenix.agents.txt`).
    Agents,
    /// Discards (`Phoenix.discards.txt`).
    Discards,
    /// Issues (`Phoenix.IssueCoding.txt`).
    Issues,
    /// A file in tern's own format, which may hold any parts.
    Tern,
}

impl Part {
    /// The manifest key (`verbs`, `actors`, …, `tern`).
    pub fn key(self) -> &'static str {
        match self {
            Part::Verbs => "verbs",
            Part::Actors => "actors",
            Part::Agents => "agents",
            Part::Discards => "discards",
            Part::Issues => "issues",
            Part::Tern => "tern",
        }
    }
    /// The part named by a manifest key.
    pub fn from_key(k: &str) -> Option<Part> {
        [
            Part::Verbs,
            Part::Actors,
            Part::Agents,
            Part::Discards,
            Part::Issues,
            Part::Tern,
        ]
        .into_iter()
        .find(|p| p.key() == k)
    }
    /// Guesses the part from a file name as PETRARCH2 names its files: `*.tern` → tern,
    /// `CAMEO*` or `*verbs*` → verbs, `*actors*`, `*agents*`, `*discards*`, `*issue*`.
    pub fn guess(path: &Path) -> Option<Part> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        if name.ends_with(".tern") {
            Some(Part::Tern)
        } else if name.starts_with("cameo") || name.contains("verbs") {
            Some(Part::Verbs)
        } else if name.contains("actors") {
            Some(Part::Actors)
        } else if name.contains("agents") {
            Some(Part::Agents)
        } else if name.contains("discards") {
            Some(Part::Discards)
        } else if name.contains("issue") {
            Some(Part::Issues)
        } else {
            None
        }
    }
}

/// Where a set's files are: a directory and/or files per part, as the command line gives
/// them (`--dictionaries DIR`, `--verbs F`, `--actors F[,F…]`, `--agents F`, `--discards F`,
/// `--issues F`). A part flag replaces that part of the directory's set.
#[derive(Clone, Debug, Default)]
pub struct DictSources {
    /// A set directory (with a manifest, or PETRARCH2's file names).
    pub dir: Option<PathBuf>,
    /// Verb file.
    pub verbs: Option<PathBuf>,
    /// Actor files (several allowed).
    pub actors: Vec<PathBuf>,
    /// Agent file.
    pub agents: Option<PathBuf>,
    /// Discard file.
    pub discards: Option<PathBuf>,
    /// Issues file.
    pub issues: Option<PathBuf>,
}

impl DictSources {
    /// Sources for just a directory.
    pub fn dir(dir: impl Into<PathBuf>) -> DictSources {
        DictSources {
            dir: Some(dir.into()),
            ..DictSources::default()
        }
    }

    /// The parts a flag replaces (in the order verbs, actors, agents, discards, issues).
    pub fn replaced(&self) -> Vec<Part> {
        let mut out = Vec::new();
        if self.verbs.is_some() {
            out.push(Part::Verbs);
        }
        if !self.actors.is_empty() {
            out.push(Part::Actors);
        }
        if self.agents.is_some() {
            out.push(Part::Agents);
        }
        if self.discards.is_some() {
            out.push(Part::Discards);
        }
        if self.issues.is_some() {
            out.push(Part::Issues);
        }
        out
    }

    /// The files to load, each with its part, after applying the manifest (or file-name
    /// rules) and the part overrides.
    ///
    /// # Errors
    /// [`Error::Read`] when the directory cannot be listed, [`Error::Manifest`] for a bad
    /// manifest line, [`Error::EmptySet`] when nothing is found, [`Error::NothingGiven`].
    pub fn resolve(&self) -> Result<Vec<(Part, PathBuf)>, Error> {
        let mut files: Vec<(Part, PathBuf)> = match &self.dir {
            Some(d) => dir_files(d)?,
            None => Vec::new(),
        };
        let mut replace = |part: Part, new: Vec<PathBuf>| {
            if !new.is_empty() {
                files.retain(|(p, _)| *p != part);
                files.extend(new.into_iter().map(|f| (part, f)));
            }
        };
        replace(Part::Verbs, self.verbs.iter().cloned().collect());
        replace(Part::Actors, self.actors.clone());
        replace(Part::Agents, self.agents.iter().cloned().collect());
        replace(Part::Discards, self.discards.iter().cloned().collect());
        replace(Part::Issues, self.issues.iter().cloned().collect());
        if files.is_empty() {
            return Err(match &self.dir {
                Some(d) => Error::EmptySet { dir: d.clone() },
                None => Error::NothingGiven,
            });
        }
        Ok(files)
    }
}

/// Files read into memory: (part, display name, text).
type Texts = Vec<(Part, String, String)>;

/// Reads the files, decoding invalid UTF-8 lossily with a warning.
fn read_files(files: Vec<(Part, PathBuf)>) -> Result<(Texts, Vec<Diagnostic>), Error> {
    let mut pre = Vec::new();
    let mut out = Vec::with_capacity(files.len());
    for (part, path) in files {
        let bytes = std::fs::read(&path).map_err(|source| Error::Read {
            path: path.clone(),
            source,
        })?;
        let name = path.display().to_string();
        let text = match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                pre.push(
                    Diagnostic::warning(name.clone(), None, "invalid UTF-8 replaced with U+FFFD")
                        .at_byte(at as u64),
                );
                String::from_utf8_lossy(e.as_bytes()).into_owned()
            }
        };
        out.push((part, name, text));
    }
    Ok((out, pre))
}

fn dir_files(dir: &Path) -> Result<Vec<(Part, PathBuf)>, Error> {
    let manifest = dir.join(MANIFEST);
    if manifest.is_file() {
        let text = std::fs::read_to_string(&manifest).map_err(|source| Error::Read {
            path: manifest.clone(),
            source,
        })?;
        let mut out = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let err = |message: String| Error::Manifest {
                path: manifest.clone(),
                line: i + 1,
                message,
            };
            let (k, v) = line
                .split_once('=')
                .ok_or_else(|| err(format!("expected `part = file`, found `{line}`")))?;
            let part = Part::from_key(k.trim()).ok_or_else(|| {
                err(format!(
                    "unknown part `{}` (verbs, actors, agents, discards, issues, tern)",
                    k.trim()
                ))
            })?;
            for f in v.split(',').map(str::trim).filter(|f| !f.is_empty()) {
                out.push((part, dir.join(f)));
            }
        }
        return Ok(out);
    }
    let rd = std::fs::read_dir(dir).map_err(|source| Error::Read {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut names: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    names.sort();
    let mut out: Vec<(Part, PathBuf)> = names
        .into_iter()
        .filter_map(|p| Part::guess(&p).map(|k| (k, p)))
        .collect();
    // PETRARCH2 ships its validation suite beside the production set: prefer the
    // production files when both exist, and one verb file (CAMEO* first).
    let is_validate = |p: &Path| {
        p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.to_ascii_lowercase().contains("validate"))
    };
    for part in [
        Part::Verbs,
        Part::Actors,
        Part::Agents,
        Part::Discards,
        Part::Issues,
    ] {
        let has_prod = out.iter().any(|(k, p)| *k == part && !is_validate(p));
        if has_prod {
            out.retain(|(k, p)| *k != part || !is_validate(p));
        }
    }
    let verbs: Vec<usize> = (0..out.len())
        .filter(|&i| out[i].0 == Part::Verbs)
        .collect();
    if verbs.len() > 1 {
        let keep = verbs
            .iter()
            .copied()
            .find(|&i| {
                out[i]
                    .1
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.to_ascii_lowercase().starts_with("cameo"))
            })
            .unwrap_or(verbs[0]);
        let keep_path = out[keep].1.clone();
        out.retain(|(k, p)| *k != Part::Verbs || *p == keep_path);
    }
    Ok(out)
}

/// Entry counts of a set; displays as a short table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Files read.
    pub files: usize,
    /// Actor entries.
    pub actor_entries: usize,
    /// Actor phrases (primary phrases and `+` synonyms).
    pub actor_phrases: usize,
    /// Actor entries treated as persons.
    pub persons: usize,
    /// Dated code restrictions.
    pub dated_codes: usize,
    /// Agent entries (lines).
    pub agent_entries: usize,
    /// Agent phrases after plurals and substitutions.
    pub agent_phrases: usize,
    /// Verb blocks.
    pub verb_blocks: usize,
    /// Verbs (lines in blocks).
    pub verbs: usize,
    /// Verb patterns.
    pub patterns: usize,
    /// Synonym sets.
    pub synsets: usize,
    /// Transformations.
    pub transformations: usize,
    /// Discard phrases.
    pub discards: usize,
    /// Issue phrases.
    pub issues: usize,
    /// Issue exclusion phrases.
    pub issue_exclusions: usize,
}

impl fmt::Display for Counts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "files        {}", self.files)?;
        writeln!(
            f,
            "actors       {} entries, {} phrases, {} persons, {} dated codes",
            self.actor_entries, self.actor_phrases, self.persons, self.dated_codes
        )?;
        writeln!(
            f,
            "agents       {} entries, {} phrases",
            self.agent_entries, self.agent_phrases
        )?;
        writeln!(
            f,
            "verbs        {} blocks, {} verbs, {} patterns, {} synsets, {} transformations",
            self.verb_blocks, self.verbs, self.patterns, self.synsets, self.transformations
        )?;
        writeln!(f, "discards     {}", self.discards)?;
        write!(
            f,
            "issues       {} phrases, {} exclusions",
            self.issues, self.issue_exclusions
        )
    }
}

/// A loaded dictionary set: every part in memory, the actor/agent phrases compiled.
#[derive(Debug)]
pub struct DictionarySet {
    /// The files read, as displayed in diagnostics; [`Origin::file`] indexes this.
    pub files: Vec<String>,
    /// Actors from all actor files, in load order.
    pub actors: Vec<Actor>,
    /// Agents.
    pub agents: Vec<Agent>,
    /// Verbs, patterns, synsets and transformations.
    pub verbs: VerbDict,
    /// Discards.
    pub discards: Vec<Discard>,
    /// Issues.
    pub issues: Vec<Issue>,
    /// Issue exclusions.
    pub issue_exclusions: Vec<IssueExclusion>,
    matcher: std::sync::OnceLock<ActorMatcher>,
    provenance: FxHashMap<Origin, String>,
}

impl DictionarySet {
    /// Loads the files `sources` names. Each malformed entry becomes a diagnostic and is
    /// skipped; the rest loads.
    ///
    /// # Errors
    /// Only when nothing usable is named or a named file cannot be read.
    pub fn load(sources: &DictSources) -> Result<(DictionarySet, Vec<Diagnostic>), Error> {
        let files = sources.resolve()?;
        let (texts, mut pre) = read_files(files)?;
        let borrowed: Vec<(Part, &str, &str)> = texts
            .iter()
            .map(|(p, n, t)| (*p, n.as_str(), t.as_str()))
            .collect();
        let (mut set, mut diags) = DictionarySet::from_texts(&borrowed);
        let parts: Vec<Part> = texts.iter().map(|(p, _, _)| *p).collect();
        set.keep_replacements(&parts, &sources.replaced());
        pre.append(&mut diags);
        Ok((set, pre))
    }

    /// tern's default set, embedded in the binary at build time from the workspace's
    /// `dictionaries/` directory (its manifest lists the files). Diagnostics name the files
    /// as `dictionaries/<file>:<line>`.
    pub fn defaults() -> (DictionarySet, Vec<Diagnostic>) {
        DictionarySet::from_texts(crate::defaults::FILES)
    }

    /// Loads `sources` on top of the embedded default set ([`DictionarySet::defaults`]): a
    /// directory in `sources` replaces the defaults entirely; without one, each part flag
    /// (`verbs`, `actors`, …) replaces that part of the defaults and the other parts stay.
    /// With nothing given this is the default set.
    ///
    /// # Errors
    /// As [`DictionarySet::load`].
    pub fn load_over_defaults(
        sources: &DictSources,
    ) -> Result<(DictionarySet, Vec<Diagnostic>), Error> {
        if sources.dir.is_some() {
            return DictionarySet::load(sources);
        }
        let replaced = sources.replaced();
        if replaced.is_empty() {
            return Ok(DictionarySet::defaults());
        }
        let (texts, mut pre) = read_files(sources.resolve()?)?;
        let mut all: Vec<(Part, &str, &str)> = crate::defaults::FILES.to_vec();
        all.extend(texts.iter().map(|(p, n, t)| (*p, n.as_str(), t.as_str())));
        let parts: Vec<Part> = all.iter().map(|(p, _, _)| *p).collect();
        let (mut set, mut diags) = DictionarySet::from_texts(&all);
        set.keep_replacements(&parts, &replaced);
        pre.append(&mut diags);
        Ok((set, pre))
    }

    /// For each part a flag replaced, drops that part's entries read from files not given
    /// for it (a directory's tern-format files, or the defaults, hold every part).
    /// `parts[i]` is the part file `i` was given as.
    fn keep_replacements(&mut self, parts: &[Part], replaced: &[Part]) {
        let given = |o: Origin, p: Part| parts.get(o.file as usize) == Some(&p);
        for &p in replaced {
            match p {
                Part::Verbs => {
                    self.verbs.blocks.retain(|b| given(b.origin, p));
                    self.verbs.synsets.retain(|s| given(s.origin, p));
                    self.verbs.transformations.retain(|t| given(t.origin, p));
                }
                Part::Actors => self.actors.retain(|a| given(a.origin, p)),
                Part::Agents => self.agents.retain(|a| given(a.origin, p)),
                Part::Discards => self.discards.retain(|d| given(d.origin, p)),
                Part::Issues => {
                    self.issues.retain(|i| given(i.origin, p));
                    self.issue_exclusions.retain(|i| given(i.origin, p));
                }
                Part::Tern => {}
            }
        }
    }

    /// Builds a set from in-memory texts: `(part, display name, text)`. Never fails; bad
    /// entries become diagnostics.
    pub fn from_texts(texts: &[(Part, &str, &str)]) -> (DictionarySet, Vec<Diagnostic>) {
        let mut sink = Sink::default();
        let mut files = Vec::with_capacity(texts.len());
        let mut verb_files = 0;
        for (i, (part, name, text)) in texts.iter().enumerate() {
            files.push(name.to_string());
            let src = Src {
                path: name,
                file: i as u16,
            };
            let part = if crate::tern::is_tern(text) {
                Part::Tern
            } else {
                *part
            };
            match part {
                Part::Verbs => {
                    verb_files += 1;
                    if verb_files > 1 {
                        sink.diags.push(Diagnostic::warning(
                            *name,
                            None,
                            "a second verb file: its blocks are added to the first's",
                        ));
                    }
                    petrarch::read_verbs(text, src, &mut sink)
                }
                Part::Actors => petrarch::read_actors(text, src, &mut sink),
                Part::Agents => petrarch::read_agents(text, src, &mut sink),
                Part::Discards => petrarch::read_discards(text, src, &mut sink),
                Part::Issues => petrarch::read_issues(text, src, &mut sink),
                Part::Tern => crate::tern::read(text, src, &mut sink),
            }
        }
        let set = DictionarySet {
            files,
            actors: sink.actors,
            agents: sink.agents,
            verbs: sink.verbs,
            discards: sink.discards,
            issues: sink.issues,
            issue_exclusions: sink.issue_exclusions,
            matcher: std::sync::OnceLock::new(),
            provenance: sink.provenance.into_iter().collect(),
        };
        (set, sink.diags)
    }

    /// The compiled actor/agent matcher, built on first use (loading and checking do not
    /// need it).
    pub fn matcher(&self) -> &ActorMatcher {
        self.matcher
            .get_or_init(|| ActorMatcher::new(&self.actors, &self.agents))
    }

    /// All longest non-overlapping actor and agent mentions in a sentence.
    pub fn find_actors(&self, tokens: &[tern_core::Token]) -> Vec<Mention> {
        self.matcher().find(tokens)
    }

    /// [`DictionarySet::find_actors`] for a story of this date: a surname several persons
    /// share goes to the one spelled exactly so, else to the one who held an office (a code
    /// other than `…ELI`) on `date` (undated: in their latest role), when exactly one fits;
    /// otherwise it matches nobody.
    pub fn find_actors_on(&self, tokens: &[tern_core::Token], date: Option<Date>) -> Vec<Mention> {
        let mut found = self
            .matcher()
            .find_resolving(tokens, &|w, c| self.pick_surname(w, c, date));
        // A surname or a respelled name before a place's head noun is the place's name
        // (`the Galwan Valley` is not Mr Galván; `Hamid Karzai Airport`).
        found.retain(|m| {
            m.variant == Variant::Exact
                || !tokens
                    .get(m.end)
                    .is_some_and(|t| PLACE_HEADS.contains(&t.form.to_ascii_lowercase().as_str()))
        });
        // A backer (`Iranian-backed`) is not the actor it modifies. (A holder is: the
        // rebels of a `rebel-held area` are who is there.)
        found.retain(|m| {
            !(tokens.get(m.end).is_some_and(|t| t.form == "-")
                && tokens.get(m.end + 1).is_some_and(|t| {
                    SPONSOR_PARTICIPLES.contains(&t.form.to_ascii_lowercase().as_str())
                }))
        });
        // A person known only from later roles is not who a surname alone names in an earlier
        // story (`Moro` in 1998 is not Sergio Moro, a minister from 2019); a full name still
        // names them (the elite of their country before their first role).
        if let Some(d) = date {
            let day = d.to_days();
            found.retain(|m| {
                let EntryRef::Actor(i) = m.entry else {
                    return true;
                };
                if m.variant == Variant::Exact || m.end - m.start != 1 {
                    return true;
                }
                let first = self.actors.get(i as usize).and_then(|a| {
                    a.codes
                        .iter()
                        .map(|c| c.rule.bounds().0)
                        .filter(|&s| s != i64::MIN)
                        .min()
                });
                first.is_none_or(|s| s <= day)
            });
        }
        // A surname (or a respelling) followed by another capitalized name is a given name:
        // `Salih Muslim` is not a Saleh.
        found.retain(|m| {
            !matches!(m.variant, Variant::Surname | Variant::Transliteration)
                || m.end - m.start != 1
                || !tokens.get(m.end).is_some_and(|t| {
                    t.upos == tern_core::Upos::PROPN
                        && t.form.chars().next().is_some_and(char::is_uppercase)
                        && !AFTER_SURNAME.contains(&t.form.to_lowercase().as_str())
                })
        });
        found
    }

    /// Of several persons sharing a surname, the one spelled `word` exactly, else the one
    /// in office on `date`, when exactly one fits.
    fn pick_surname(
        &self,
        word: &str,
        cands: &[(EntryRef, usize)],
        date: Option<Date>,
    ) -> Option<(EntryRef, usize)> {
        let actor = |e: EntryRef| match e {
            EntryRef::Actor(i) => self.actors.get(i as usize),
            EntryRef::Agent(_) => None,
        };
        let spelled: Vec<(EntryRef, usize)> = cands
            .iter()
            .copied()
            .filter(|&(e, n)| {
                actor(e)
                    .and_then(|a| a.names.get(n))
                    .is_some_and(|name| name.words().last() == Some(word))
            })
            .collect();
        let pool = if spelled.is_empty() {
            cands
        } else {
            &spelled[..]
        };
        let one = |v: &[(EntryRef, usize)]| {
            let first = v.first()?;
            v.iter().all(|c| c.0 == first.0).then_some(*first)
        };
        if let Some(c) = one(pool) {
            return Some(c);
        }
        let serving: Vec<(EntryRef, usize)> = pool
            .iter()
            .copied()
            .filter(|&(e, _)| {
                actor(e).is_some_and(|a| a.resolve(date).0.is_some_and(|c| !c.ends_with("ELI")))
            })
            .collect();
        if !serving.is_empty() || date.is_some() {
            return one(&serving);
        }
        // An undated story and no one in office now (`Maduro`: Nicolás, out of office since
        // 2026 in the dictionary, and Ricardo, Honduras 2002–06): the one whose office ended
        // last, the person the news most likely means.
        let last_office = |e: EntryRef| {
            actor(e).and_then(|a| {
                a.codes
                    .iter()
                    .filter(|c| !c.code.ends_with("ELI"))
                    .map(|c| c.rule.bounds().1)
                    .max()
            })
        };
        let mut ranked: Vec<(i64, (EntryRef, usize))> = pool
            .iter()
            .filter_map(|&c| last_office(c.0).map(|d| (d, c)))
            .collect();
        ranked.sort_by_key(|r| std::cmp::Reverse(r.0));
        // One person may match by several of their names (`BARACK H. OBAMA`, `BARACK OBAMA`).
        let first = ranked.first()?;
        ranked
            .iter()
            .take_while(|r| r.0 == first.0)
            .all(|r| r.1 .0 == first.1 .0)
            .then_some(first.1)
    }

    /// The file and line of an origin, `file:line`.
    pub fn locate(&self, o: Origin) -> String {
        format!("{}:{}", self.path_of(o), o.line)
    }

    /// Where an entry was first written: the `from:` line it carried in a tern-format file,
    /// else its own `file:line`.
    pub fn provenance(&self, o: Origin) -> String {
        match self.provenance.get(&o) {
            Some(p) => p.clone(),
            None => self.locate(o),
        }
    }

    /// `file:line`, plus `, from file:line` when the entry carried a provenance line.
    pub fn describe(&self, o: Origin) -> String {
        match self.provenance.get(&o) {
            Some(p) => format!("{}, from {p}", self.locate(o)),
            None => self.locate(o),
        }
    }

    /// Writes the whole set in tern's format (see [`crate::write_tern`]).
    ///
    /// # Errors
    /// I/O errors of `w`.
    pub fn write_tern(&self, w: &mut dyn std::io::Write) -> std::io::Result<()> {
        crate::tern::write(self, w)
    }

    fn path_of(&self, o: Origin) -> String {
        self.files
            .get(o.file as usize)
            .cloned()
            .unwrap_or_else(|| "?".into())
    }

    /// The code an actor mention resolves to on `date` ([`Actor::resolve`]); for an agent
    /// mention, its code alone.
    pub fn resolve(&self, entry: EntryRef, date: Option<Date>) -> Option<String> {
        match entry {
            EntryRef::Actor(i) => self
                .actors
                .get(i as usize)
                .and_then(|a| a.resolve(date).0.map(str::to_string)),
            EntryRef::Agent(i) => self.agents.get(i as usize).map(|a| a.compose(None)),
        }
    }

    /// Merges mentions into actor codes: an actor directly followed by one or more agents
    /// (`Serbian` + `defense minister`), or agents directly followed by an actor
    /// (`defense minister` + `Shoygu`, where the person's own code wins), give one code.
    /// Returns `(first token, end token, code)` per merged group.
    pub fn compose(&self, mentions: &[Mention], date: Option<Date>) -> Vec<(usize, usize, String)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < mentions.len() {
            let m = mentions[i];
            match m.entry {
                EntryRef::Actor(_) => {
                    let base = self.resolve(m.entry, date);
                    let mut end = m.end;
                    let mut code = base.clone().unwrap_or_default();
                    let mut j = i + 1;
                    while j < mentions.len() && mentions[j].start == end {
                        let EntryRef::Agent(g) = mentions[j].entry else {
                            break;
                        };
                        if let Some(a) = self.agents.get(g as usize) {
                            code = a.compose(Some(&code));
                        }
                        end = mentions[j].end;
                        j += 1;
                    }
                    if !code.is_empty() {
                        out.push((m.start, end, code));
                    }
                    i = j;
                }
                EntryRef::Agent(g) => {
                    // agent(s) then an actor: a titled person keeps the person's code.
                    let mut j = i;
                    let mut end = m.end;
                    while j + 1 < mentions.len()
                        && mentions[j + 1].start == end
                        && matches!(mentions[j + 1].entry, EntryRef::Agent(_))
                    {
                        j += 1;
                        end = mentions[j].end;
                    }
                    if j + 1 < mentions.len() && mentions[j + 1].start == end {
                        let a = mentions[j + 1];
                        if let Some(code) = self.resolve(a.entry, date) {
                            out.push((m.start, a.end, code));
                        }
                        i = j + 2;
                    } else {
                        if let Some(a) = self.agents.get(g as usize) {
                            out.push((m.start, end, a.compose(None)));
                        }
                        i = j + 1;
                    }
                }
            }
        }
        out
    }

    /// Entry counts.
    pub fn counts(&self) -> Counts {
        Counts {
            files: self.files.len(),
            actor_entries: self.actors.len(),
            actor_phrases: self.actors.iter().map(|a| a.names.len()).sum(),
            persons: self.actors.iter().filter(|a| a.person).count(),
            dated_codes: self
                .actors
                .iter()
                .map(|a| {
                    a.codes
                        .iter()
                        .filter(|c| c.rule != DateRule::Always)
                        .count()
                })
                .sum(),
            agent_entries: self.agents.len(),
            agent_phrases: self.agents.iter().map(|a| a.names.len()).sum(),
            verb_blocks: self.verbs.blocks.len(),
            verbs: self.verbs.blocks.iter().map(|b| b.verbs.len()).sum(),
            patterns: self.verbs.pattern_count(),
            synsets: self.verbs.synsets.len(),
            transformations: self.verbs.transformations.len(),
            discards: self.discards.len(),
            issues: self.issues.len(),
            issue_exclusions: self.issue_exclusions.len(),
        }
    }

    /// Problems that need the whole set: conflicting or duplicate entries, date ranges that
    /// overlap or never apply, patterns that can never match, undefined synsets and verbs.
    /// (Problems found while reading are returned by [`DictionarySet::load`].)
    pub fn check(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        self.check_actors(&mut out);
        self.check_agents(&mut out);
        petrarch::check_verbs(&self.verbs, &|o| self.path_of(o), &mut out);
        let mut seen: FxHashMap<(&str, bool), Origin> = FxHashMap::default();
        for d in &self.discards {
            if let Some(prev) = seen.insert((&d.text, d.story), d.origin) {
                out.push(Diagnostic::warning(
                    self.path_of(d.origin),
                    Some(d.origin.line as usize),
                    format!(
                        "duplicate discard `{}` (also {})",
                        d.text,
                        self.locate(prev)
                    ),
                ));
            }
        }
        let mut iss: FxHashMap<&str, (&str, Origin)> = FxHashMap::default();
        for i in &self.issues {
            for f in &i.forms {
                if let Some((code, prev)) = iss.insert(f, (&i.code, i.origin)) {
                    if code != i.code {
                        out.push(Diagnostic::warning(
                            self.path_of(i.origin),
                            Some(i.origin.line as usize),
                            format!(
                                "issue phrase `{f}` is {} here and {code} at {}",
                                i.code,
                                self.locate(prev)
                            ),
                        ));
                    }
                }
            }
        }
        out
    }

    fn check_actors(&self, out: &mut Vec<Diagnostic>) {
        for a in &self.actors {
            let path = self.path_of(a.origin);
            for (i, c) in a.codes.iter().enumerate() {
                if let DateRule::Between(s, e) = c.rule {
                    if s > e {
                        out.push(Diagnostic::error(
                            path.clone(),
                            Some(c.line as usize),
                            format!(
                                "[{} {s}..{e}] ends before it starts: it never applies",
                                c.code
                            ),
                        ));
                        continue;
                    }
                }
                for d in &a.codes[..i] {
                    let inverted = matches!(d.rule, DateRule::Between(s, e) if s > e);
                    if inverted || d.rule == DateRule::Always || c.rule == DateRule::Always {
                        continue;
                    }
                    let (s1, e1) = d.rule.bounds();
                    let (s2, e2) = c.rule.bounds();
                    // Ranges that share only their boundary day are a handover, as
                    // CountryInfo writes them (both limits inclusive).
                    if s1.max(s2) >= e1.min(e2) && !(d.code == c.code && d.rule == c.rule) {
                        continue;
                    }
                    let nested = (s1 <= s2 && e2 <= e1) || (s2 <= s1 && e1 <= e2);
                    let career = |x: &str| x.ends_with("ELI");
                    let msg = if d.code == c.code && d.rule == c.rule {
                        format!("[{} {}] repeated (line {})", c.code, c.rule, d.line)
                    } else if d.code != c.code && !nested && !career(&d.code) && !career(&c.code) {
                        let day = |x: i64| Date::from_days(x).to_string();
                        let (from, to) = (s1.max(s2), e1.min(e2));
                        format!(
                            "[{} {}] and [{} {}] (line {}) both apply {}..{}: tern picks the \
                             narrower range there",
                            c.code,
                            c.rule,
                            d.code,
                            d.rule,
                            d.line,
                            if from == i64::MIN {
                                String::new()
                            } else {
                                day(from)
                            },
                            if to == i64::MAX {
                                String::new()
                            } else {
                                day(to)
                            },
                        )
                    } else {
                        // A role inside a career range (GOV within ELI) is the CountryInfo
                        // convention (so is a role outlasting the ELI range); the same code
                        // twice is harmless.
                        continue;
                    };
                    out.push(Diagnostic::warning(
                        path.clone(),
                        Some(c.line as usize),
                        msg,
                    ));
                }
            }
        }
        // The same phrase in two entries. Identical repeats are summarised per pair of
        // files; conflicting ones are reported one by one.
        let mut seen: FxHashMap<&str, usize> = FxHashMap::default();
        let mut repeats: Vec<((u16, u16), usize, Origin, String)> = Vec::new();
        for (i, a) in self.actors.iter().enumerate() {
            for n in &a.names {
                if let Some(&j) = seen.get(n.text.as_str()) {
                    if j == i {
                        continue;
                    }
                    let b = &self.actors[j];
                    let same = a.default == b.default
                        && a.codes.len() == b.codes.len()
                        && a.codes
                            .iter()
                            .zip(&b.codes)
                            .all(|(x, y)| x.code == y.code && x.rule == y.rule);
                    if same {
                        let key = (b.origin.file, a.origin.file);
                        match repeats.iter_mut().find(|r| r.0 == key) {
                            Some(r) => r.1 += 1,
                            None => repeats.push((
                                key,
                                1,
                                Origin {
                                    file: a.origin.file,
                                    line: n.line,
                                },
                                format!(
                                    "`{}` (also {})",
                                    n.text.to_uppercase(),
                                    self.locate(b.origin)
                                ),
                            )),
                        }
                    } else {
                        let codes = |x: &Actor| {
                            let mut v: Vec<String> = x.default.iter().cloned().collect();
                            v.extend(x.codes.iter().map(|c| {
                                if c.rule == DateRule::Always {
                                    c.code.clone()
                                } else {
                                    format!("{} {}", c.code, c.rule)
                                }
                            }));
                            v.join(", ")
                        };
                        out.push(Diagnostic::warning(
                            self.path_of(a.origin),
                            Some(n.line as usize),
                            format!(
                                "conflicting duplicate: actor phrase `{}` is [{}] here and [{}] at {}; the later entry wins (as in PETRARCH2)",
                                n.text.to_uppercase(),
                                codes(a),
                                codes(b),
                                self.locate(b.origin)
                            ),
                        ));
                    }
                }
                seen.insert(&n.text, i);
            }
        }
        for ((from, _), count, at, first) in repeats {
            out.push(Diagnostic::warning(
                self.path_of(at),
                Some(at.line as usize),
                format!(
                    "duplicate actor phrases: {count} phrase(s) of this file repeat entries of {} with the same codes, the first here: {first}",
                    self.files.get(from as usize).map_or("?", |f| f.as_str())
                ),
            ));
        }
    }

    fn check_agents(&self, out: &mut Vec<Diagnostic>) {
        let mut seen: FxHashMap<&str, usize> = FxHashMap::default();
        for (i, a) in self.agents.iter().enumerate() {
            for n in &a.names {
                if let Some(&j) = seen.get(n.text.as_str()) {
                    if j != i {
                        let b = &self.agents[j];
                        let (what, tail) = if b.code == a.code && b.position == a.position {
                            ("duplicate", String::new())
                        } else {
                            (
                                "conflicting duplicate",
                                format!(
                                    " with code {} instead of {}; the later entry wins",
                                    b.compose(None),
                                    a.compose(None)
                                ),
                            )
                        };
                        out.push(Diagnostic::warning(
                            self.path_of(a.origin),
                            Some(n.line as usize),
                            format!(
                                "{what}: agent phrase `{}` also at {}{tail}",
                                n.text.to_uppercase(),
                                self.locate(b.origin)
                            ),
                        ));
                    }
                }
                seen.insert(&n.text, i);
            }
        }
    }

    /// What a phrase resolves to on `date`, and why. Words are matched as a sentence
    /// would be (exact, then transliteration and surname variants of persons, then the
    /// fuzzy fallback).
    pub fn lookup(&self, phrase: &str, date: Option<Date>) -> Lookup {
        let words: Vec<String> = phrase.split_whitespace().flat_map(split_punct).collect();
        let mentions = self
            .matcher()
            .find_words_fuzzy_resolving(&words, &|w, c| self.pick_surname(w, c, date));
        let mut matches = Vec::new();
        for m in &mentions {
            let text = words[m.start..m.end].join(" ");
            let lm = match m.entry {
                EntryRef::Actor(i) => {
                    let a = &self.actors[i as usize];
                    let (code, reason) = a.resolve(date);
                    let mut codes = Vec::new();
                    if let Some(d) = &a.default {
                        codes.push(format!("[{d}] default (primary line)"));
                    }
                    for (k, c) in a.codes.iter().enumerate() {
                        let pick = match reason {
                            Reason::InRange(x) | Reason::UndatedLatest(x) => x == k,
                            _ => false,
                        };
                        codes.push(format!(
                            "[{} {}] line {}{}",
                            c.code,
                            c.rule,
                            c.line,
                            if pick { "  <- picked" } else { "" }
                        ));
                    }
                    let why = match (reason, date) {
                        (Reason::InRange(k), Some(d)) => {
                            format!("{d} is in {}", a.codes[k].rule)
                        }
                        (Reason::Default, Some(d)) => {
                            format!("no dated code covers {d}: the default applies")
                        }
                        (Reason::UndatedDefault, _) => {
                            "undated: the entry's default code applies".to_string()
                        }
                        (Reason::UndatedLatest(_), _) => {
                            "undated and no default: the most recent role applies".to_string()
                        }
                        _ => "no code applies on this date".to_string(),
                    };
                    LookupMatch {
                        text,
                        kind: "actor",
                        entry: a.names[0].text.to_uppercase(),
                        matched_name: a.names[m.name].text.to_uppercase(),
                        origin: self.describe(a.origin),
                        variant: m.variant,
                        confidence: m.confidence,
                        codes,
                        code: code.map(str::to_string),
                        why,
                    }
                }
                EntryRef::Agent(i) => {
                    let a = &self.agents[i as usize];
                    LookupMatch {
                        text,
                        kind: "agent",
                        entry: a.names[0].text.to_uppercase(),
                        matched_name: a.names[m.name].text.to_uppercase(),
                        origin: self.describe(a.origin),
                        variant: m.variant,
                        confidence: m.confidence,
                        codes: vec![match a.position {
                            AgentPosition::Suffix => {
                                format!("[~{}] after the country code", a.code)
                            }
                            AgentPosition::Prefix => {
                                format!("[{}~] before the country code", a.code)
                            }
                        }],
                        code: Some(a.compose(None)),
                        why: "agents add a role to the actor next to them".to_string(),
                    }
                }
            };
            matches.push(lm);
        }
        let composed = self.compose(&mentions, date);
        let code = match composed.as_slice() {
            [(_, _, c)] => Some(c.clone()),
            _ => None,
        };
        Lookup {
            phrase: phrase.to_string(),
            date,
            code,
            composed: composed
                .into_iter()
                .map(|(s, e, c)| (words[s..e].join(" "), c))
                .collect(),
            matches,
        }
    }
}

fn split_punct(w: &str) -> Vec<String> {
    let t = w.trim_end_matches([',', ';', ':', '"', '!', '?']);
    let t = t
        .strip_suffix('.')
        .filter(|s| !s.contains('.'))
        .unwrap_or(t);
    let t = t.trim_start_matches('"');
    let (t, poss) = match t.strip_suffix("'s").or_else(|| t.strip_suffix("\u{2019}s")) {
        Some(base) => (base, true),
        None => (t, false),
    };
    // Hyphens are tokens of their own, as the tokenizer makes them (`al-Assad`).
    let mut out = Vec::new();
    for (i, part) in t.split('-').enumerate() {
        if i > 0 {
            out.push("-".to_string());
        }
        if !part.is_empty() {
            out.push(part.to_string());
        }
    }
    if t.is_empty() || !t.contains(|c: char| c != '-') {
        out.clear();
        if !t.is_empty() {
            out.push(t.to_string());
        }
    }
    if poss {
        out.push("'s".to_string());
    }
    out
}

/// The answer of [`DictionarySet::lookup`]; its `Display` explains it.
#[derive(Clone, Debug, PartialEq)]
pub struct Lookup {
    /// The phrase looked up.
    pub phrase: String,
    /// The story date used.
    pub date: Option<Date>,
    /// The code, when the phrase resolves to exactly one actor (after composing agents).
    pub code: Option<String>,
    /// Each composed group: its words and code.
    pub composed: Vec<(String, String)>,
    /// Each entry matched, in order.
    pub matches: Vec<LookupMatch>,
}

/// One entry a looked-up phrase matched.
#[derive(Clone, Debug, PartialEq)]
pub struct LookupMatch {
    /// The words of the phrase it covered.
    pub text: String,
    /// `actor` or `agent`.
    pub kind: &'static str,
    /// The entry's primary phrase.
    pub entry: String,
    /// The entry's phrase that matched (primary or synonym).
    pub matched_name: String,
    /// `file:line` of the entry.
    pub origin: String,
    /// How it matched.
    pub variant: Variant,
    /// Confidence of the match.
    pub confidence: f32,
    /// Every code of the entry, explained, the picked one marked.
    pub codes: Vec<String>,
    /// This entry's own code on the date.
    pub code: Option<String>,
    /// Why that code.
    pub why: String,
}

impl fmt::Display for Lookup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let date = self
            .date
            .map_or("undated".to_string(), |d| format!("on {d}"));
        match &self.code {
            Some(c) => writeln!(f, "{:?} {date} -> {c}", self.phrase)?,
            None if self.composed.is_empty() => {
                writeln!(f, "{:?} {date}: no actor or agent found", self.phrase)?
            }
            None => {
                let parts: Vec<String> = self
                    .composed
                    .iter()
                    .map(|(w, c)| format!("{w:?} -> {c}"))
                    .collect();
                writeln!(
                    f,
                    "{:?} {date}: several actors: {}",
                    self.phrase,
                    parts.join(", ")
                )?
            }
        }
        for m in &self.matches {
            writeln!(
                f,
                "  {:?}: {} {} ({}), {} match of {:?}, confidence {:.2}",
                m.text, m.kind, m.entry, m.origin, m.variant, m.matched_name, m.confidence
            )?;
            for c in &m.codes {
                writeln!(f, "    {c}")?;
            }
            writeln!(
                f,
                "    => {} ({})",
                m.code.as_deref().unwrap_or("no code"),
                m.why
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACTORS: &str = "SERBIA [SRB]\n+SERBIAN\nTOMISLAV_NIKOLIC_\n+NIKOLIC_\n\t[SRBGOVLEG 19910101-20120610]\n\t[SRBGOV >20120611]\n\
        SERGEY_SHOYGU_\n\t[RUSGOVMIL >030101]\nODD_RANGE_PERSON\n\t[ABCGOV 20100101-20050101]\nSERBIAN [SRB]\n";
    const AGENTS: &str =
        "!MINIST! = MINISTER, MINISTERS, MINISTRY\nDEFENSE_MINIST [~GOVMIL]\nPRESIDENT [~GOVPRS]\n";

    fn set() -> (DictionarySet, Vec<Diagnostic>) {
        DictionarySet::from_texts(&[
            (Part::Actors, "a.actors.txt", ACTORS),
            (Part::Agents, "b.agents.txt", AGENTS),
        ])
    }

    #[test]
    fn lookup_explains_dated_roles() {
        let (s, _) = set();
        let d = |x: &str| Date::parse(x);
        assert_eq!(
            s.lookup("Tomislav Nikolić", d("2010-03-01"))
                .code
                .as_deref(),
            Some("SRBGOVLEG")
        );
        assert_eq!(
            s.lookup("Tomislav Nikolić", d("2013-03-01"))
                .code
                .as_deref(),
            Some("SRBGOV")
        );
        let l = s.lookup("Sergey Shoygu", d("2013-11-14"));
        assert_eq!(l.code.as_deref(), Some("RUSGOVMIL"));
        let shown = l.to_string();
        assert!(shown.contains("a.actors.txt:7"), "{shown}");
        assert!(shown.contains("<- picked"), "{shown}");
        assert_eq!(
            s.lookup("Shojgu", d("2013-11-14")).code.as_deref(),
            Some("RUSGOVMIL")
        );
        assert_eq!(s.lookup("Schoigu", None).code.as_deref(), Some("RUSGOVMIL"));
        assert_eq!(
            s.lookup("Serbian defense minister", d("2013-01-01"))
                .code
                .as_deref(),
            Some("SRBGOVMIL")
        );
        assert_eq!(s.lookup("the weather", None).code, None);
    }

    #[test]
    fn check_finds_set_level_problems() {
        let (s, diags) = set();
        assert_eq!(diags.len(), 1, "{diags:?}"); // the MINIST stem
        let problems: Vec<String> = s.check().iter().map(|d| d.to_string()).collect();
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("a.actors.txt:10: error") && p.contains("never applies")),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("a.actors.txt:11: warning: duplicate")),
            "{problems:?}"
        );
        let c = s.counts();
        assert_eq!((c.actor_entries, c.actor_phrases, c.persons), (5, 7, 3));
        assert_eq!(c.agent_phrases, 5);
    }

    #[test]
    fn manifest_and_name_rules() {
        let dir = std::env::temp_dir().join(format!("tern-dict-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("My.actors.txt"), ACTORS).unwrap();
        std::fs::write(dir.join("Test.Validate.actors.txt"), "X [Y]\n").unwrap();
        std::fs::write(dir.join("notes.md"), "hello").unwrap();
        let files = DictSources::dir(&dir).resolve().unwrap();
        assert_eq!(files.len(), 1);
        assert!(files[0].1.ends_with("My.actors.txt"));
        std::fs::write(
            dir.join(MANIFEST),
            "# set\nactors = Test.Validate.actors.txt\n",
        )
        .unwrap();
        let files = DictSources::dir(&dir).resolve().unwrap();
        assert!(files[0].1.ends_with("Test.Validate.actors.txt"));
        std::fs::write(dir.join(MANIFEST), "actor = x\n").unwrap();
        let err = DictSources::dir(&dir).resolve().unwrap_err().to_string();
        assert!(
            err.contains("tern-dictionaries.txt:1: unknown part `actor`"),
            "{err}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
        let missing = DictSources {
            agents: Some("/nonexistent/x.agents.txt".into()),
            ..DictSources::default()
        };
        assert!(matches!(
            DictionarySet::load(&missing),
            Err(Error::Read { .. })
        ));
        assert!(matches!(
            DictSources::default().resolve(),
            Err(Error::NothingGiven)
        ));
    }
}
