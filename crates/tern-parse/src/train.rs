//! Training: averaged perceptron with a dynamic oracle and error exploration
//! (Goldberg & Nivre 2012, 2013) over the arc-hybrid system.
use crate::conllu::{read_conllu, AttachmentScores};
use crate::format::LABEL_STRIDE;
use crate::parser::{argmax_except, best_valid, Parser};
use crate::state::{atoms_of, row, State, LEFT, NL, NLA, NT, NTA, RIGHT, SHIFT};
use crate::Error;
use std::io::Write;
use std::path::Path;
use std::time::Instant;
use tern_core::{DepRel, Sentence};

/// Training settings. The defaults reproduce the shipped model.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed for shuffling and exploration: the same seed and data give the same bytes.
    pub seed: u64,
    /// First epoch (0-based) in which the parser follows its own mistakes.
    pub explore_from: usize,
    /// Probability of following a wrong prediction once exploring.
    pub explore_prob: f64,
    /// log2 of the number of rows of the four weight tables: transition templates without
    /// and with words, label templates without and with words.
    pub table_bits: [u32; 4],
    /// With a dev set, return the epoch with the best dev LAS instead of the last one.
    pub keep_best: bool,
    /// Beam width in training: 1 trains greedily with the dynamic oracle; wider beams train
    /// the transition model globally (structured perceptron, max-violation update). Dev
    /// scores are taken at this width; the returned parser decodes with
    /// `min(beam, DEFAULT_BEAM)` ([`crate::Parser::set_beam_width`] changes it).
    pub beam: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 12,
            seed: 1,
            explore_from: 2,
            explore_prob: 1.0,
            table_bits: [16, 20, 13, 16],
            keep_best: true,
            beam: 4,
        }
    }
}

/// Trains a parser on a CoNLL-U file with the tags it contains, reporting each epoch's
/// progress (and dev scores, if `dev` is given) to `log`.
///
/// The model learns from whatever UPOS/XPOS the file has: to train on predicted tags, tag the
/// sentences first and call [`train_sentences`].
///
/// # Errors
/// [`Error::Io`]/[`Error::Conllu`] for unreadable input, [`Error::Training`] for an empty
/// training set or bad options, [`Error::Log`] if `log` fails.
pub fn train(
    train: &Path,
    dev: Option<&Path>,
    opts: &TrainOptions,
    log: &mut dyn Write,
) -> Result<Parser, Error> {
    let train = read_conllu(train)?;
    let dev = dev.map(read_conllu).transpose()?;
    train_sentences(&train, dev.as_deref(), opts, log)
}

/// Evaluates a parser on sentences whose heads and relations are gold: the parser reads the
/// tags the sentences carry.
pub fn evaluate(parser: &Parser, gold: &[Sentence]) -> AttachmentScores {
    let mut scores = AttachmentScores::default();
    let mut s = Sentence::default();
    for g in gold {
        s.tokens.clone_from(&g.tokens);
        parser.parse(&mut s);
        scores.add(g, &s);
    }
    scores
}

struct TSent {
    atoms: Vec<crate::state::Atoms>,
    gold: Vec<u32>,
    glab: Vec<u8>,
}

/// Perceptron weights with lazy averaging.
struct AvgTable {
    stride: usize,
    bits: u32,
    w: Vec<f32>,
    tot: Vec<f64>,
    ts: Vec<u32>,
}

impl AvgTable {
    fn new(bits: u32, stride: usize) -> AvgTable {
        let n = (1usize << bits) * stride;
        AvgTable {
            stride,
            bits,
            w: vec![0.0; n],
            tot: vec![0.0; n],
            ts: vec![0; n],
        }
    }
    /// Adds the rows of `feats` to `acc`.
    fn score(&self, feats: &[u64], acc: &mut [f32]) {
        for &h in feats {
            let r = row(h, self.bits) * self.stride;
            for (a, w) in acc.iter_mut().zip(&self.w[r..r + self.stride]) {
                *a += w;
            }
        }
    }
    fn update(&mut self, feats: &[u64], class: usize, delta: f32, now: u32) {
        for &h in feats {
            let i = row(h, self.bits) * self.stride + class;
            self.tot[i] += (now - self.ts[i]) as f64 * self.w[i] as f64;
            self.ts[i] = now;
            self.w[i] += delta;
        }
    }
    /// Averaged weights.
    fn averaged(&self, now: u32) -> Vec<f32> {
        let now = now.max(1);
        (0..self.w.len())
            .map(|i| {
                ((self.tot[i] + (now - self.ts[i]) as f64 * self.w[i] as f64) / now as f64) as f32
            })
            .collect()
    }
}

/// Quantizes tables whose scores are added together with one shared scale, so that the
/// largest weight becomes `limit`.
fn quantize<const N: usize>(tables: [&[f32]; N], limit: f32) -> [Vec<i16>; N] {
    let max = tables
        .iter()
        .flat_map(|t| t.iter())
        .fold(0f32, |m, &w| m.max(w.abs()));
    let scale = if max > 0.0 { limit / max } else { 1.0 };
    tables.map(|t| {
        t.iter()
            .map(|&w| (w * scale).round().clamp(-limit, limit) as i16)
            .collect()
    })
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Trains on sentences already in memory (gold heads and relations, tags as they are): the
/// way to train on predicted tags.
///
/// # Errors
/// As [`train`].
pub fn train_sentences(
    train: &[Sentence],
    dev: Option<&[Sentence]>,
    opts: &TrainOptions,
    log: &mut dyn Write,
) -> Result<Parser, Error> {
    if opts.table_bits.iter().any(|b| !(4..=24).contains(b)) {
        return Err(Error::Training("table bits out of range".into()));
    }
    // label inventory: every relation in the training data, plus root
    let mut seen = [false; 64];
    seen[DepRel::ROOT.index()] = true;
    for s in train {
        for t in &s.tokens {
            seen[t.rel.index() & 63] = true;
        }
    }
    let labels: Vec<DepRel> = (0..64)
        .filter(|&i| seen[i] && i < tern_core::DEPRELS.len())
        .map(|i| DepRel(i as u8))
        .collect();
    let mut compact = [0u8; 64];
    for (i, l) in labels.iter().enumerate() {
        compact[l.index()] = i as u8;
    }
    let root = compact[DepRel::ROOT.index()];
    let data: Vec<TSent> = train
        .iter()
        .filter(|s| !s.tokens.is_empty())
        .map(|s| {
            let n = s.tokens.len() as u32;
            TSent {
                atoms: s
                    .tokens
                    .iter()
                    .map(|t| atoms_of(&t.form, t.upos, t.xpos))
                    .collect(),
                gold: s
                    .tokens
                    .iter()
                    .map(|t| {
                        if t.head == 0 || t.head > n {
                            n
                        } else {
                            t.head - 1
                        }
                    })
                    .collect(),
                glab: s
                    .tokens
                    .iter()
                    .map(|t| compact[t.rel.index() & 63])
                    .collect(),
            }
        })
        .collect();
    if data.is_empty() {
        return Err(Error::Training("no training sentences".into()));
    }
    let nlab = labels.len();
    let [b0, b1, b2, b3] = opts.table_bits;
    let (mut ta, mut tb) = (AvgTable::new(b0, 4), AvgTable::new(b1, 4));
    let (mut la, mut lb) = (
        AvgTable::new(b2, LABEL_STRIDE),
        AvgTable::new(b3, LABEL_STRIDE),
    );
    let mut rng = Rng(opts.seed);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut st = State::default();
    let mut feats = [0u64; NT];
    let mut lfeats = [0u64; NL];
    let mut now: u32 = 0;
    let mut best: Option<(f64, Parser)> = None;
    let snapshot = |t: [&AvgTable; 4], now: u32| {
        let a = t.map(|t| t.averaged(now));
        let [q0, q1] = quantize([&a[0], &a[1]], 32000.0);
        // label weights are stored as i8 (measured: no loss against i16)
        let [q2, q3] = quantize([&a[2], &a[3]], 127.0);
        let q = [q0, q1, q2, q3];
        let p = Parser::from_tables(
            &labels,
            opts.beam,
            [
                (t[0].bits, &q[0]),
                (t[1].bits, &q[1]),
                (t[2].bits, &q[2]),
                (t[3].bits, &q[3]),
            ],
        )?;
        Ok::<Parser, Error>(p)
    };
    // models trained with a beam decode with DEFAULT_BEAM (dev selection uses the training
    // width); greedily trained ones greedily
    let finish = |mut p: Parser| {
        p.set_beam_width(opts.beam.min(crate::parser::DEFAULT_BEAM));
        p
    };
    let mut bt = BeamTrainer::default();
    for epoch in 0..opts.epochs {
        let t0 = Instant::now();
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let (mut decisions, mut errors, mut lerrors, mut arcs) = (0usize, 0usize, 0usize, 0usize);
        let explore = epoch >= opts.explore_from;
        for &si in &order {
            let s = &data[si];
            if opts.beam > 1 {
                let stats = bt.sentence(
                    s,
                    opts.beam.min(crate::parser::MAX_BEAM),
                    [&mut ta, &mut tb, &mut la, &mut lb],
                    root,
                    nlab,
                    &mut now,
                );
                decisions += 1;
                errors += stats[1];
                arcs += stats[2];
                lerrors += stats[3];
                continue;
            }
            st.reset(s.atoms.iter().copied());
            while !st.terminal() {
                let valid = st.valid();
                now += 1;
                let mv = if let Some(m) = State::forced(valid) {
                    m
                } else {
                    decisions += 1;
                    st.trans_features(&mut feats);
                    let mut sc = [0f32; 4];
                    ta.score(&feats[..NTA], &mut sc);
                    tb.score(&feats[NTA..], &mut sc);
                    let sc3 = [sc[0], sc[1], sc[2]];
                    let pred = best_valid(&sc3, valid);
                    let costs = st.costs(&s.gold, valid);
                    let minc = *costs.iter().min().unwrap_or(&0);
                    if costs[pred] > minc {
                        errors += 1;
                        let ok = [
                            valid[0] && costs[0] == minc,
                            valid[1] && costs[1] == minc,
                            valid[2] && costs[2] == minc,
                        ];
                        let gbest = best_valid(&sc3, ok);
                        ta.update(&feats[..NTA], gbest, 1.0, now);
                        tb.update(&feats[NTA..], gbest, 1.0, now);
                        ta.update(&feats[..NTA], pred, -1.0, now);
                        tb.update(&feats[NTA..], pred, -1.0, now);
                        if explore && rng.unit() < opts.explore_prob {
                            pred
                        } else {
                            gbest
                        }
                    } else {
                        pred
                    }
                };
                let lab = if mv == SHIFT {
                    0
                } else {
                    let (d, h) = st.arc_of(mv);
                    if h == st.n {
                        root
                    } else {
                        arcs += 1;
                        st.label_features(d, h, &mut lfeats);
                        let mut acc = [0f32; LABEL_STRIDE];
                        la.score(&lfeats[..NLA], &mut acc);
                        lb.score(&lfeats[NLA..], &mut acc);
                        let lp = argmax_except(&acc[..nlab], root as usize);
                        let gl = s.glab[d] as usize;
                        if gl != root as usize && gl != lp {
                            lerrors += 1;
                            la.update(&lfeats[..NLA], gl, 1.0, now);
                            lb.update(&lfeats[NLA..], gl, 1.0, now);
                            la.update(&lfeats[..NLA], lp, -1.0, now);
                            lb.update(&lfeats[NLA..], lp, -1.0, now);
                        }
                        lp as u8
                    }
                };
                st.apply(mv, lab);
            }
        }
        let unit = if opts.beam > 1 {
            "sentences with a violation"
        } else {
            "transition errors"
        };
        let mut line = format!(
            "epoch {:2}: {:.1}s, {unit} {:.2}% of {}, label errors {:.2}% of {}",
            epoch + 1,
            t0.elapsed().as_secs_f64(),
            100.0 * errors as f64 / decisions.max(1) as f64,
            decisions,
            100.0 * lerrors as f64 / arcs.max(1) as f64,
            arcs
        );
        if let Some(dev) = dev {
            let p = snapshot([&ta, &tb, &la, &lb], now)?;
            let sc = evaluate(&p, dev);
            line.push_str(&format!(", dev UAS {:.2} LAS {:.2}", sc.uas(), sc.las()));
            if opts.keep_best && best.as_ref().is_none_or(|(b, _)| sc.las() > *b) {
                best = Some((sc.las(), p));
            }
        }
        writeln!(log, "{line}").map_err(Error::Log)?;
    }
    match best {
        Some((las, p)) if opts.keep_best => {
            writeln!(log, "keeping the epoch with dev LAS {las:.2}").map_err(Error::Log)?;
            Ok(finish(p))
        }
        _ => snapshot([&ta, &tb, &la, &lb], now).map(finish),
    }
}

/// One beam item in training: a state, its score, and the moves that led to it.
#[derive(Default, Clone)]
struct BeamItem {
    st: State,
    score: f64,
    /// Moves as `move | label << 2`.
    hist: Vec<u16>,
    /// Whether `hist` is the gold (oracle) sequence so far.
    gold: bool,
}

/// Buffers for global (beam) training, reused across sentences.
#[derive(Default)]
struct BeamTrainer {
    items: Vec<BeamItem>,
    next: Vec<BeamItem>,
    cands: Vec<(f64, u32)>,
    gst: State,
    ghist: Vec<u16>,
    viol: Vec<u16>,
    labs: Vec<([u64; NL], u8, u8)>,
}

/// The oracle's move: a zero-cost move, preferring arcs (LEFT, then RIGHT) to SHIFT.
fn oracle_move(st: &State, gold: &[u32], valid: [bool; 3]) -> usize {
    let costs = st.costs(gold, valid);
    let minc = [LEFT, RIGHT, SHIFT]
        .iter()
        .filter(|&&m| valid[m])
        .map(|&m| costs[m])
        .min()
        .unwrap_or(0);
    [LEFT, RIGHT, SHIFT]
        .into_iter()
        .find(|&m| valid[m] && costs[m] == minc)
        .unwrap_or(SHIFT)
}

/// The only valid move, if there is just one.
fn forced(valid: [bool; 3]) -> Option<usize> {
    let mut it = (0..3).filter(|&m| valid[m]);
    match (it.next(), it.next()) {
        (Some(m), None) => Some(m),
        _ => None,
    }
}

fn trans_scores(ta: &AvgTable, tb: &AvgTable, feats: &[u64; NT]) -> [f32; 4] {
    let mut sc = [0f32; 4];
    ta.score(&feats[..NTA], &mut sc);
    tb.score(&feats[NTA..], &mut sc);
    sc
}

/// The label the current label model gives the arc `mv` would make.
fn predict_label(
    st: &State,
    mv: usize,
    la: &AvgTable,
    lb: &AvgTable,
    root: u8,
    nlab: usize,
    lfeats: &mut [u64; NL],
) -> u8 {
    if mv == SHIFT {
        return 0;
    }
    let (d, h) = st.arc_of(mv);
    if h == st.n {
        return root;
    }
    st.label_features(d, h, lfeats);
    let mut acc = [0f32; LABEL_STRIDE];
    la.score(&lfeats[..NLA], &mut acc);
    lb.score(&lfeats[NLA..], &mut acc);
    argmax_except(&acc[..nlab], root as usize) as u8
}

impl BeamTrainer {
    /// Beam search over one sentence with the current weights and a max-violation update
    /// of the transition model (Huang et al. 2012); the label model is trained locally on
    /// the oracle path. Returns [steps, violated sentences, arcs, label errors].
    fn sentence(
        &mut self,
        s: &TSent,
        k: usize,
        tables: [&mut AvgTable; 4],
        root: u8,
        nlab: usize,
        now: &mut u32,
    ) -> [usize; 4] {
        let [ta, tb, la, lb] = tables;
        let mut feats = [0u64; NT];
        let mut lfeats = [0u64; NL];
        let mut stats = [0usize; 4];
        while self.items.len() < k {
            self.items.push(BeamItem::default());
            self.next.push(BeamItem::default());
        }
        self.gst.reset(s.atoms.iter().copied());
        self.ghist.clear();
        self.labs.clear();
        let mut gscore = 0f64;
        {
            let it = &mut self.items[0];
            it.st.copy_from(&self.gst);
            it.score = 0.0;
            it.hist.clear();
            it.gold = true;
        }
        let mut m = 1;
        let mut best_v = f64::NEG_INFINITY;
        let mut viol_len = 0;
        while !self.gst.terminal() {
            // the oracle path
            let valid = self.gst.valid();
            let gmv = oracle_move(&self.gst, &s.gold, valid);
            if forced(valid).is_none() {
                self.gst.trans_features(&mut feats);
                gscore += trans_scores(ta, tb, &feats)[gmv] as f64;
            }
            let glab = predict_label(&self.gst, gmv, la, lb, root, nlab, &mut lfeats);
            if gmv != SHIFT {
                let (d, h) = self.gst.arc_of(gmv);
                if h != self.gst.n {
                    stats[2] += 1;
                    let gl = s.glab[d];
                    if gl != root && gl != glab {
                        stats[3] += 1;
                        self.labs.push((lfeats, gl, glab));
                    }
                }
            }
            self.gst.apply(gmv, glab);
            self.ghist.push(gmv as u16 | (glab as u16) << 2);
            // the beam
            self.cands.clear();
            for (i, it) in self.items[..m].iter().enumerate() {
                let valid = it.st.valid();
                if let Some(mv) = forced(valid) {
                    self.cands.push((it.score, (i as u32) << 2 | mv as u32));
                } else {
                    stats[0] += 1;
                    it.st.trans_features(&mut feats);
                    let sc = trans_scores(ta, tb, &feats);
                    for mv in 0..3 {
                        if valid[mv] {
                            self.cands
                                .push((it.score + sc[mv] as f64, (i as u32) << 2 | mv as u32));
                        }
                    }
                }
            }
            self.cands
                .sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            let keep = self.cands.len().min(k);
            for j in 0..keep {
                let (score, code) = self.cands[j];
                let (parent, mv) = ((code >> 2) as usize, (code & 3) as usize);
                let src = &self.items[parent];
                let lab = predict_label(&src.st, mv, la, lb, root, nlab, &mut lfeats);
                if j == 0 && !(src.gold && mv == gmv) && mv != SHIFT {
                    // the best item's arcs off the oracle path whose head is right also
                    // teach the label model (contexts with earlier mistakes)
                    let (d, h) = src.st.arc_of(mv);
                    let gl = s.glab[d];
                    if h != src.st.n && s.gold[d] as usize == h && gl != root && gl != lab {
                        self.labs.push((lfeats, gl, lab));
                    }
                }
                let dst = &mut self.next[j];
                dst.st.copy_from(&src.st);
                dst.st.apply(mv, lab);
                dst.score = score;
                dst.hist.clone_from(&src.hist);
                dst.hist.push(mv as u16 | (lab as u16) << 2);
                dst.gold = src.gold && mv == gmv;
            }
            std::mem::swap(&mut self.items, &mut self.next);
            m = keep;
            let top = &self.items[0];
            if !top.gold {
                let v = top.score - gscore;
                if v > best_v {
                    best_v = v;
                    self.viol.clone_from(&top.hist);
                    viol_len = self.ghist.len();
                }
            }
        }
        *now += 1;
        if best_v > f64::NEG_INFINITY {
            stats[1] += 1;
            let from = self.ghist[..viol_len]
                .iter()
                .zip(&self.viol)
                .take_while(|(a, b)| (*a & 3) == (*b & 3))
                .count();
            let st = &mut self.gst;
            for (hist, delta) in [(&self.ghist[..viol_len], 1f32), (&self.viol[..], -1f32)] {
                st.reset(s.atoms.iter().copied());
                for (i, &c) in hist.iter().enumerate() {
                    let mv = (c & 3) as usize;
                    if i >= from && forced(st.valid()).is_none() {
                        st.trans_features(&mut feats);
                        ta.update(&feats[..NTA], mv, delta, *now);
                        tb.update(&feats[NTA..], mv, delta, *now);
                    }
                    st.apply(mv, (c >> 2) as u8);
                }
            }
        }
        for (lf, gl, lp) in &self.labs {
            la.update(&lf[..NLA], *gl as usize, 1.0, *now);
            lb.update(&lf[NLA..], *gl as usize, 1.0, *now);
            la.update(&lf[..NLA], *lp as usize, -1.0, *now);
            lb.update(&lf[NLA..], *lp as usize, -1.0, *now);
        }
        stats
    }
}
