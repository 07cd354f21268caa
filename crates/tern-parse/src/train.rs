//! Training: averaged perceptron with a dynamic oracle and error exploration
//! (Goldberg & Nivre 2012, 2013) over the arc-hybrid system.
use crate::conllu::{read_conllu, AttachmentScores};
use crate::format::LABEL_STRIDE;
use crate::parser::{argmax_except, best_valid, Parser};
use crate::state::{row, tag_atom, word_hash, State, LEFT, NL, NLA, NT, NTA, RIGHT, SHIFT};
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
    atoms: Vec<(u64, u64)>,
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
                    .map(|t| (word_hash(&t.form), tag_atom(t.upos, t.xpos)))
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
        Parser::from_tables(
            &labels,
            [
                (t[0].bits, &q[0]),
                (t[1].bits, &q[1]),
                (t[2].bits, &q[2]),
                (t[3].bits, &q[3]),
            ],
        )
    };
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
            st.reset(s.atoms.iter().copied());
            while !st.terminal() {
                let valid = st.valid();
                now += 1;
                let nvalid = valid.iter().filter(|&&v| v).count();
                let mv = if nvalid == 1 {
                    if valid[SHIFT] {
                        SHIFT
                    } else if valid[LEFT] {
                        LEFT
                    } else {
                        RIGHT
                    }
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
        let mut line = format!(
            "epoch {:2}: {:.1}s, transition errors {:.2}% of {}, label errors {:.2}% of {}",
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
            Ok(p)
        }
        _ => snapshot([&ta, &tb, &la, &lb], now),
    }
}
