//! Training (averaged perceptron, Collins 2002) and evaluation against CoNLL-U gold.
use crate::conllu::{self, GoldSentence};
use crate::features::{Scratch, NDYN2, NSTATIC};
use crate::hash::fmix;
use crate::lemma::lemmatize;
use crate::lexicon::lexicon;
use crate::model::Tagger;
use crate::Error;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::Write;
use std::path::Path;
use std::time::Instant;
use tern_core::{Upos, Xpos};

/// Settings for [`train`].
#[derive(Clone, Debug)]
pub struct TrainOptions {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the sentence shuffle (and of the lower-casing choice): same seed, same model.
    pub seed: u64,
    /// Decode twice, the second time with the first pass's right-hand tags as features.
    pub two_pass: bool,
    /// Share of training sentences lower-cased each epoch, so that all-lower-case input
    /// (some news feeds) still gets proper nouns and sentence starts right.
    pub lowercase_fraction: f64,
    /// A form seen at least this often with one class in `dict_min_ratio` of its uses is tagged
    /// by lookup, without scoring.
    pub dict_min_count: usize,
    /// See `dict_min_count`.
    pub dict_min_ratio: f64,
    /// How many of the most frequent training words get precomputed word bundles (speed only;
    /// more words cost load time and gain little: the rest are rare).
    pub cache_words: usize,
    /// Words seen at most this often in training are the "rare" words of `rare_drop`.
    pub rare_count: usize,
    /// Probability of hiding a rare word's identity from its features during training, so
    /// that the affix, shape and lexicon features learn to tag unknown words.
    pub rare_drop: f64,
    /// Quantized weights with a smaller magnitude are dropped (1 keeps every non-zero one).
    pub prune: i32,
    /// Independent training runs (seeds `seed`, `seed + 1`, …) whose averaged weights are
    /// summed into the final model: a small ensemble that generalizes better than one run.
    pub runs: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 8,
            seed: 1,
            two_pass: true,
            lowercase_fraction: 0.05,
            dict_min_count: 20,
            dict_min_ratio: 0.995,
            prune: 1000,
            rare_count: 1,
            cache_words: 8000,
            rare_drop: 0.5,
            runs: 4,
        }
    }
}

#[derive(Default)]
struct Ident(u64);
impl Hasher for Ident {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

#[derive(Clone, Copy)]
struct Param {
    class: u8,
    w: i32,
    total: i64,
    ts: u32,
}

struct Weights {
    map: HashMap<u64, u32, BuildHasherDefault<Ident>>,
    rows: Vec<Vec<Param>>,
    time: u32,
}

impl Weights {
    fn score(&self, feats: &[u64], scores: &mut [i32; 256]) {
        for f in feats.iter().filter(|&&f| f != 0) {
            if let Some(&r) = self.map.get(f) {
                for p in &self.rows[r as usize] {
                    scores[p.class as usize] += p.w;
                }
            }
        }
    }

    fn bump(&mut self, f: u64, class: u8, delta: i32) {
        let next = self.rows.len() as u32;
        let r = *self.map.entry(f).or_insert(next);
        if r == next {
            self.rows.push(Vec::new());
        }
        let t = self.time;
        let row = &mut self.rows[r as usize];
        match row.iter_mut().find(|p| p.class == class) {
            Some(p) => {
                p.total += (t - p.ts) as i64 * p.w as i64;
                p.ts = t;
                p.w += delta;
            }
            None => row.push(Param {
                class,
                w: delta,
                total: 0,
                ts: t,
            }),
        }
    }

    fn update(&mut self, feats: &[u64], gold: u8, guess: u8) {
        for &f in feats.iter().filter(|&&f| f != 0) {
            self.bump(f, gold, 1);
            self.bump(f, guess, -1);
        }
    }

    /// Adds this run's averaged weights to `acc` (feature → (class, weight) row).
    fn add_averaged(&self, acc: &mut FeatureRows) {
        let t = self.time.max(1) as f64;
        let avg = |p: &Param| (p.total as f64 + (self.time - p.ts) as f64 * p.w as f64) / t;
        let mut feats: Vec<(u64, u32)> = self.map.iter().map(|(&k, &r)| (k, r)).collect();
        feats.sort_unstable();
        for (k, r) in feats {
            let row = acc.entry(k).or_default();
            for p in &self.rows[r as usize] {
                let a = avg(p);
                match row.iter_mut().find(|e| e.0 == p.class) {
                    Some(e) => e.1 += a,
                    None => row.push((p.class, a)),
                }
            }
        }
    }

    /// The averaged, quantized model of this run alone.
    fn to_tagger(&self, meta: &Meta, opts: &TrainOptions) -> Result<Tagger, Error> {
        let mut acc = FeatureRows::default();
        self.add_averaged(&mut acc);
        quantize(&acc, meta, opts)
    }
}

/// Averaged weights per feature key: (class, weight) pairs.
type FeatureRows = HashMap<u64, Vec<(u8, f64)>, BuildHasherDefault<Ident>>;

/// Quantizes averaged weights to i16 (the largest magnitude becoming 32767) into a tagger.
fn quantize(acc: &FeatureRows, meta: &Meta, opts: &TrainOptions) -> Result<Tagger, Error> {
    let mut max = 0f64;
    for row in acc.values() {
        for &(_, a) in row {
            max = max.max(a.abs());
        }
    }
    let scale = if max > 0.0 { 32767.0 / max } else { 1.0 };
    let mut feats: Vec<u64> = acc.keys().copied().collect();
    feats.sort_unstable();
    let mut keys = Vec::new();
    let mut counts = Vec::new();
    let mut entries = Vec::new();
    let mut row_q: Vec<(u8, i16)> = Vec::new();
    for k in feats {
        row_q.clear();
        for &(class, a) in acc.get(&k).map_or(&[][..], |r| r.as_slice()) {
            let q = (a * scale).round() as i32;
            if q.abs() >= opts.prune.max(1) {
                row_q.push((class, q.clamp(-32767, 32767) as i16));
            }
        }
        if row_q.is_empty() {
            continue;
        }
        row_q.sort_unstable();
        keys.push(k);
        counts.push(row_q.len() as u16);
        entries.extend(
            row_q
                .iter()
                .map(|&(c, w)| (w as u16 as u32) << 16 | c as u32),
        );
    }
    Tagger::build(
        meta.classes.clone(),
        opts.two_pass,
        scale as f32,
        meta.dict_keys.clone(),
        meta.dict_classes.clone(),
        keys,
        counts,
        entries,
        meta.words.clone(),
    )
}

struct Meta {
    classes: Vec<(Upos, Xpos)>,
    dict_keys: Vec<u64>,
    dict_classes: Vec<u8>,
    words: Vec<String>,
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        fmix(self.0)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn argmax(scores: &[i32; 256], nc: usize) -> u8 {
    let mut best = 0;
    let mut bs = i32::MIN;
    for (c, &s) in scores[..nc].iter().enumerate() {
        if s > bs {
            bs = s;
            best = c;
        }
    }
    best as u8
}

fn log_line(log: &mut dyn Write, msg: std::fmt::Arguments<'_>) -> Result<(), Error> {
    log.write_fmt(msg).map_err(Error::Log)?;
    log.write_all(b"\n").map_err(Error::Log)?;
    log.flush().map_err(Error::Log)
}

/// Trains a tagger on a CoNLL-U file (UPOS and XPOS columns), reporting progress and, when
/// `dev` is given, dev accuracy after every epoch to `log`. Returns the averaged model of
/// the last epoch. The same inputs and options always give the same model bytes.
///
/// # Errors
/// [`Error::Io`] / [`Error::Conllu`] for unreadable or malformed files, [`Error::Empty`] if
/// the training file has no sentences, [`Error::Log`] if `log` fails.
pub fn train(
    train: &Path,
    dev: Option<&Path>,
    opts: &TrainOptions,
    log: &mut dyn Write,
) -> Result<Tagger, Error> {
    let started = Instant::now();
    let data = conllu::read(train)?;
    if data.is_empty() {
        return Err(Error::Empty(train.to_path_buf()));
    }
    let dev_data = match dev {
        Some(p) => Some(conllu::read(p)?),
        None => None,
    };
    // Classes: the (UPOS, XPOS) pairs of the training data, most frequent first.
    let mut pair_counts: HashMap<(Upos, Xpos), usize> = HashMap::new();
    for s in &data {
        for (&u, &x) in s.upos.iter().zip(&s.xpos) {
            *pair_counts.entry((u, x)).or_default() += 1;
        }
    }
    let mut classes: Vec<((Upos, Xpos), usize)> = pair_counts.into_iter().collect();
    classes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    classes.truncate(250);
    let class_of: HashMap<(Upos, Xpos), u8> = classes
        .iter()
        .enumerate()
        .map(|(i, (p, _))| (*p, i as u8))
        .collect();
    let classes: Vec<(Upos, Xpos)> = classes.into_iter().map(|(p, _)| p).collect();
    let nc = classes.len();
    let gold: Vec<Vec<u8>> = data
        .iter()
        .map(|s| {
            s.upos
                .iter()
                .zip(&s.xpos)
                .map(|(u, x)| class_of.get(&(*u, *x)).copied().unwrap_or(0))
                .collect()
        })
        .collect();
    // Tag dictionary from exact (quote-normalized) forms.
    let lex = lexicon();
    let mut scratch = Scratch::default();
    let mut form_counts: HashMap<u64, HashMap<u8, usize>> = HashMap::new();
    let mut word_counts: HashMap<u64, usize> = HashMap::new();
    for (s, g) in data.iter().zip(&gold) {
        scratch.prepare(s.forms.iter().map(|f| f.as_str()), lex, false, None, None);
        for &h in &scratch.lw_hashes() {
            *word_counts.entry(h).or_default() += 1;
        }
        for (&h, &c) in scratch.form_hash.iter().zip(g) {
            *form_counts.entry(h).or_default().entry(c).or_default() += 1;
        }
    }
    // The most frequent forms get precomputed word scores in the tagger.
    let mut buf = String::new();
    let mut word_freq: HashMap<String, usize> = HashMap::new();
    for s in &data {
        for f in &s.forms {
            let (fend, _, _) = crate::features::normalized(f, &mut buf);
            if fend < 256 {
                *word_freq.entry(buf[..fend].to_string()).or_default() += 1;
            }
        }
    }
    let mut words: Vec<(String, usize)> = word_freq.into_iter().collect();
    words.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    words.truncate(opts.cache_words);
    let words: Vec<String> = words.into_iter().map(|w| w.0).collect();
    let mut dict: Vec<(u64, u8)> = Vec::new();
    for (h, cs) in &form_counts {
        let total: usize = cs.values().sum();
        let (&c, &n) = cs
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .unwrap_or((&0, &0));
        if total >= opts.dict_min_count && n as f64 >= opts.dict_min_ratio * total as f64 {
            dict.push((*h, c));
        }
    }
    dict.sort_unstable();
    let dict_map: HashMap<u64, u8> = dict.iter().copied().collect();
    let meta = Meta {
        classes,
        dict_keys: dict.iter().map(|d| d.0).collect(),
        dict_classes: dict.iter().map(|d| d.1).collect(),
        words,
    };
    let verbal = crate::features::verbal_classes(&meta.classes);
    let ntok: usize = gold.iter().map(|g| g.len()).sum();
    log_line(
        log,
        format_args!(
            "{}: {} sentences, {ntok} tokens, {nc} classes, {} tag-dictionary forms",
            train.display(),
            data.len(),
            dict.len()
        ),
    )?;

    let mut acc = FeatureRows::default();
    let mut last = None;
    let runs = opts.runs.max(1);
    for run in 0..runs {
        let seed = opts.seed.wrapping_add(run as u64);
        let mut w = Weights {
            map: HashMap::default(),
            rows: Vec::new(),
            time: 0,
        };
        let mut rng = Rng(seed ^ 0x7465_726E);
        let mut drop_rng = Rng(seed ^ 0x6472_6F70);
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut feats: Vec<u64> = Vec::with_capacity(NSTATIC + NDYN2);
        let mut dyn_feats = [0u64; NDYN2];
        let mut scores = [0i32; 256];
        let mut fixed: Vec<Option<u8>> = Vec::new();
        let mut pending: Vec<(u32, u8, u8)> = Vec::new();
        let mut pending_feats: Vec<u64> = Vec::new();
        for epoch in 1..=opts.epochs {
            for i in (1..order.len()).rev() {
                let j = rng.below(i + 1);
                order.swap(i, j);
            }
            let (mut right, mut seen) = (0usize, 0usize);
            for &si in &order {
                let s = &data[si];
                let g = &gold[si];
                let lower = rng.unit() < opts.lowercase_fraction;
                let mut drop = |lw: u64| {
                    word_counts.get(&lw).copied().unwrap_or(0) <= opts.rare_count
                        && drop_rng.unit() < opts.rare_drop
                };
                scratch.prepare(
                    s.forms.iter().map(|f| f.as_str()),
                    lex,
                    lower,
                    Some(&mut drop),
                    None,
                );
                let n = scratch.len();
                fixed.clear();
                fixed.extend(scratch.form_hash.iter().map(|h| dict_map.get(h).copied()));
                scratch.tags.clear();
                scratch.tags.resize(n, 0);
                let passes = if opts.two_pass { 2 } else { 1 };
                for pass in 0..passes {
                    let second = pass == 1;
                    if second {
                        scratch.first.clear();
                        scratch.first.extend_from_slice(&scratch.tags);
                    }
                    for i in 0..n {
                        if let Some(c) = fixed[i] {
                            scratch.tags[i] = c;
                            continue;
                        }
                        feats.clear();
                        feats.extend_from_slice(scratch.statics_of(i));
                        let k = scratch.dynamic(i, second, &verbal, &mut dyn_feats);
                        feats.extend_from_slice(&dyn_feats[..k]);
                        scores[..nc].fill(0);
                        w.score(&feats, &mut scores);
                        let guess = argmax(&scores, nc);
                        w.time += 1;
                        if guess != g[i] {
                            // Updates wait for the end of the sentence, so that the second pass
                            // sees the same weights as the first and its own features learn.
                            pending.push((feats.len() as u32, g[i], guess));
                            pending_feats.extend_from_slice(&feats);
                        }
                        if second || !opts.two_pass {
                            seen += 1;
                            right += (guess == g[i]) as usize;
                        }
                        scratch.tags[i] = guess;
                    }
                }
                let mut at = 0;
                for &(len, gold_c, guess) in &pending {
                    let end = at + len as usize;
                    w.update(&pending_feats[at..end], gold_c, guess);
                    at = end;
                }
                pending.clear();
                pending_feats.clear();
            }
            let model = w.to_tagger(&meta, opts)?;
            let mut msg = format!(
                "run {}, epoch {epoch}: train {:.2}% (untagged-by-dictionary tokens), {} features, {} weights, {:.1}s",
                run + 1,
                100.0 * right as f64 / seen.max(1) as f64,
                model.size().0,
                model.size().1,
                started.elapsed().as_secs_f64()
            );
            if let Some(d) = &dev_data {
                let e = evaluate_sentences(&model, d);
                msg.push_str(&format!(
                    "; dev UPOS {:.2}% XPOS {:.2}% both {:.2}%",
                    100.0 * e.upos_accuracy(),
                    100.0 * e.xpos_accuracy(),
                    100.0 * e.both as f64 / e.tokens.max(1) as f64
                ));
            }
            log_line(log, format_args!("{msg}"))?;
            last = Some(model);
        }
        w.add_averaged(&mut acc);
    }
    if runs == 1 {
        if let Some(m) = last {
            return Ok(m);
        }
    }
    let model = quantize(&acc, &meta, opts)?;
    if let Some(d) = &dev_data {
        let e = evaluate_sentences(&model, d);
        log_line(
            log,
            format_args!(
                "{runs} runs summed: {} features, {} weights; dev UPOS {:.2}% XPOS {:.2}% both {:.2}%",
                model.size().0,
                model.size().1,
                100.0 * e.upos_accuracy(),
                100.0 * e.xpos_accuracy(),
                100.0 * e.both as f64 / e.tokens.max(1) as f64
            ),
        )?;
    }
    Ok(model)
}

/// Accuracy figures of a tagger against gold CoNLL-U.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evaluation {
    /// Tokens scored.
    pub tokens: usize,
    /// Tokens with the right UPOS.
    pub upos: usize,
    /// Tokens with the right XPOS.
    pub xpos: usize,
    /// Tokens with both right.
    pub both: usize,
    /// Tokens with the right lemma (tags predicted).
    pub lemma: usize,
    /// Gold NOUN and VERB tokens.
    pub noun_verb: usize,
    /// Gold NOUN and VERB tokens with the right lemma, tags predicted.
    pub noun_verb_lemma: usize,
    /// Gold NOUN and VERB tokens with the right lemma from gold tags (lemmatizer alone).
    pub noun_verb_lemma_gold_tags: usize,
}

impl Evaluation {
    /// UPOS accuracy (0–1).
    pub fn upos_accuracy(&self) -> f64 {
        self.upos as f64 / self.tokens.max(1) as f64
    }
    /// XPOS accuracy (0–1).
    pub fn xpos_accuracy(&self) -> f64 {
        self.xpos as f64 / self.tokens.max(1) as f64
    }
    /// Lemma accuracy over all tokens (0–1).
    pub fn lemma_accuracy(&self) -> f64 {
        self.lemma as f64 / self.tokens.max(1) as f64
    }
}

fn evaluate_sentences(tagger: &Tagger, data: &[GoldSentence]) -> Evaluation {
    let mut e = Evaluation::default();
    let mut sent = tern_core::Sentence::default();
    for s in data {
        sent.tokens.clear();
        sent.tokens.extend(
            s.forms
                .iter()
                .map(|f| tern_core::Token::new(f.as_str(), tern_core::Span::default())),
        );
        tagger.tag(&mut sent);
        for (i, t) in sent.tokens.iter().enumerate() {
            e.tokens += 1;
            let u = t.upos == s.upos[i];
            let x = t.xpos == s.xpos[i];
            e.upos += u as usize;
            e.xpos += x as usize;
            e.both += (u && x) as usize;
            e.lemma += (t.lemma == s.lemmas[i]) as usize;
            if s.upos[i] == Upos::NOUN || s.upos[i] == Upos::VERB {
                e.noun_verb += 1;
                e.noun_verb_lemma += (t.lemma == s.lemmas[i]) as usize;
                let lg = lemmatize(&s.forms[i], s.upos[i], s.xpos[i]);
                e.noun_verb_lemma_gold_tags += (lg == s.lemmas[i].as_str()) as usize;
            }
        }
    }
    e
}

/// Tags every sentence of a CoNLL-U file with gold tokens and compares with its UPOS, XPOS
/// and LEMMA columns.
///
/// # Errors
/// [`Error::Io`] / [`Error::Conllu`] if the file cannot be read or is malformed.
pub fn evaluate(tagger: &Tagger, gold: &Path) -> Result<Evaluation, Error> {
    let data = conllu::read(gold)?;
    Ok(evaluate_sentences(tagger, &data))
}
