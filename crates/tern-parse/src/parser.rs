//! The trained parser: hashed, quantized perceptron weights; greedy and beam decoding.
use crate::format::{Table, LABEL_STRIDE};
use crate::state::{atoms_of, State, DA, DB, DL, NL, NLA, SHIFT};
use crate::Error;
use std::cell::RefCell;
use std::path::Path;
use std::sync::OnceLock;
use tern_core::{DepRel, Sentence};

/// A trained dependency parser (arc-hybrid, greedy or beam search, averaged perceptron).
///
/// Two linear models share one feature hashing scheme: a transition model scores SHIFT, LEFT
/// and RIGHT from 72 templates over the configuration (21 of them summed once per sentence
/// for each token), and a label model picks the relation of each arc when it is made, from
/// 33 templates over the head, the dependent and the dependent's (complete) children. The
/// decoder keeps the [`Parser::beam_width`] best move sequences at each step (1 = greedy, the
/// shipped model's width). Weights are 8-bit integers in hashed tables.
#[derive(Clone, PartialEq)]
pub struct Parser {
    /// The relations the label model predicts, by compact index.
    labels: Vec<DepRel>,
    /// The two transition tables, one after the other.
    weights: Weights<i8>,
    /// The two label tables, one after the other.
    lweights: Weights<i8>,
    /// Transitions without/with words (offsets into `weights`), labels without/with words
    /// (offsets into `lweights`).
    tables: [Table; 4],
    /// Beam width of the decoder (1 = greedy).
    beam: usize,
}

/// The decoder's beam width in models trained with a beam (`TrainOptions::beam` ≥ 2); greedily
/// trained models, such as the shipped one, decode with width 1. The model file records the
/// width; [`Parser::set_beam_width`] changes it.
pub const DEFAULT_BEAM: usize = 2;
/// The widest beam allowed.
pub const MAX_BEAM: usize = 32;

/// Per-thread decoding buffers: a greedy state and the beam's states.
#[derive(Default)]
struct Scratch {
    greedy: State,
    beam: Vec<State>,
    next: Vec<State>,
    scores: Vec<i64>,
    cands: Vec<(i64, u32)>,
    /// Located weight rows of each beam item.
    rows: Vec<[u32; ND]>,
    /// Summed static transition features of each position, by role (see [`Parser::precompute`]).
    pre: Vec<[i32; 4]>,
    /// Row offsets while precomputing.
    pre_rows: Vec<u32>,
}

/// Transition features scored per configuration (the static ones are summed per sentence).
const ND: usize = DA + DB;

impl std::fmt::Debug for Parser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Parser")
            .field("tables", &self.tables)
            .field("labels", &self.labels.len())
            .field("beam", &self.beam)
            .finish_non_exhaustive()
    }
}

static EMBEDDED_BYTES: &[u8] = include_bytes!("../models/en_ewt.parser");
static EMBEDDED: OnceLock<Parser> = OnceLock::new();

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl Parser {
    /// The built-in English model (trained on UD English EWT), decoded on first use.
    ///
    /// # Panics
    /// Only if the model compiled into the binary is corrupt, which the test suite rules out.
    pub fn embedded() -> &'static Parser {
        EMBEDDED.get_or_init(|| match Parser::from_bytes(EMBEDDED_BYTES) {
            Ok(p) => p,
            Err(e) => panic!("the embedded parser model is corrupt: {e}"),
        })
    }

    /// Decodes a model saved by [`Parser::save`].
    ///
    /// # Errors
    /// [`Error::BadHeader`] for bytes that are not a model of this version,
    /// [`Error::Corrupt`] for truncated or inconsistent ones.
    pub fn from_bytes(bytes: &[u8]) -> Result<Parser, Error> {
        let l = crate::format::validate(bytes)?;
        let mut tables = l.tables;
        let (t0, t1, t2, t3) = (tables[0], tables[1], tables[2], tables[3]);
        let tw = bytes[t0.off..t0.off + t0.len()]
            .iter()
            .chain(&bytes[t1.off..t1.off + t1.len()])
            .map(|&b| b as i8);
        let weights = Weights::new(t0.len() + t1.len(), tw);
        let lw = bytes[t2.off..t2.off + t2.len()]
            .iter()
            .chain(&bytes[t3.off..t3.off + t3.len()])
            .map(|&b| b as i8);
        let lweights = Weights::new(t2.len() + t3.len(), lw);
        tables[0].off = 0;
        tables[1].off = t0.len();
        tables[2].off = 0;
        tables[3].off = t2.len();
        Ok(Parser {
            labels: l.labels,
            weights,
            lweights,
            tables,
            beam: l.beam,
        })
    }

    /// The decoder's beam width (1 = greedy).
    pub fn beam_width(&self) -> usize {
        self.beam
    }

    /// Sets the decoder's beam width, clamped to `1..=`[`MAX_BEAM`]: 1 is greedy decoding
    /// (fastest), wider beams search more analyses (slower, usually more accurate).
    pub fn set_beam_width(&mut self, width: usize) {
        self.beam = width.clamp(1, MAX_BEAM);
    }

    /// Builds a parser from weight tables (training): see [`crate::format::encode`].
    pub(crate) fn from_tables(
        labels: &[DepRel],
        beam: usize,
        tables: [(u32, &[i16]); 4],
    ) -> Result<Parser, Error> {
        Parser::from_bytes(&crate::format::encode(labels, beam, tables))
    }

    /// Reads a model file.
    ///
    /// # Errors
    /// [`Error::Io`] if it cannot be read, else as [`Parser::from_bytes`].
    pub fn load(path: &Path) -> Result<Parser, Error> {
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Parser::from_bytes(&bytes)
    }

    /// Writes the model in its compact binary form.
    ///
    /// # Errors
    /// [`Error::Io`] if the file cannot be written.
    pub fn save(&self, path: &Path) -> Result<(), Error> {
        std::fs::write(path, self.to_bytes()).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })
    }

    /// The model in its compact binary form (what [`Parser::save`] writes), including the
    /// current beam width.
    pub fn to_bytes(&self) -> Vec<u8> {
        let t = |k: usize| -> Vec<i16> {
            let tb = &self.tables[k];
            let w: &[i8] = if k < 2 { &self.weights } else { &self.lweights };
            w[tb.off..tb.off + tb.len()]
                .iter()
                .map(|&w| w as i16)
                .collect()
        };
        let v = [t(0), t(1), t(2), t(3)];
        let b = |k: usize| self.tables[k].bits;
        crate::format::encode(
            &self.labels,
            self.beam,
            [(b(0), &v[0]), (b(1), &v[1]), (b(2), &v[2]), (b(3), &v[3])],
        )
    }

    /// Parses a sentence: reads form, upos and xpos of each token and fills `head` (1-based,
    /// 0 = root) and `rel`. The result is always a single-rooted tree: every token gets a
    /// head and exactly one token has head 0 with relation `root`. An empty sentence is left
    /// as it is.
    pub fn parse(&self, sentence: &mut Sentence) {
        if sentence.tokens.is_empty() {
            return;
        }
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut sc) => self.parse_with(&mut sc, sentence),
            Err(_) => self.parse_with(&mut Scratch::default(), sentence),
        });
    }

    fn parse_with(&self, scratch: &mut Scratch, sentence: &mut Sentence) {
        let st = &mut scratch.greedy;
        st.reset(
            sentence
                .tokens
                .iter()
                .map(|t| atoms_of(&t.form, t.upos, t.xpos)),
        );
        self.precompute(st, &mut scratch.pre, &mut scratch.pre_rows);
        let pre = &scratch.pre;
        let st: &State = if self.beam <= 1 {
            self.run(st, pre);
            st
        } else {
            self.run_beam(scratch)
        };
        let n = st.n;
        for (i, tok) in sentence.tokens.iter_mut().enumerate() {
            let h = st.head[i] as usize;
            tok.head = if h >= n { 0 } else { h as u32 + 1 };
            tok.rel = if h >= n {
                DepRel::ROOT
            } else {
                self.labels
                    .get(st.label[i] as usize)
                    .copied()
                    .unwrap_or_default()
            };
        }
    }

    /// Sums, for every position of the sentence in `st` (reset), the static transition
    /// features (tag and word tables) of its three roles: first buffer item, stack top,
    /// second stack item. `pre[role * (n + 2) + position]`.
    pub(crate) fn precompute(&self, st: &State, pre: &mut Vec<[i32; 4]>, rows: &mut Vec<u32>) {
        let m = st.n + 2;
        let weights: &[i8] = &self.weights;
        rows.clear();
        for (role, &(na, nb)) in State::STATIC_COUNTS.iter().enumerate() {
            for p in 0..m {
                let (a, b) = st.static_features(role, p);
                debug_assert_eq!((a.len(), b.len()), (na, nb));
                for &h in a.as_slice() {
                    let o = self.tables[0].row_offset(h);
                    prefetch(&weights[o]);
                    rows.push(o as u32);
                }
                for &h in b.as_slice() {
                    let o = self.tables[1].row_offset(h);
                    prefetch(&weights[o]);
                    rows.push(o as u32);
                }
            }
        }
        pre.clear();
        let mut at = 0;
        for &(na, nb) in &State::STATIC_COUNTS {
            let k = na + nb;
            for _ in 0..m {
                pre.push(self.sum_rows(&rows[at..at + k]));
                at += k;
            }
        }
    }

    /// The transition scores of a configuration: its own rows plus its static sums.
    #[inline]
    fn scores_of(&self, st: &State, rows: &[u32; ND], pre: &[[i32; 4]]) -> [i32; 3] {
        let m = st.n + 2;
        let [b, s0, s1] = st.static_positions();
        let d = self.sum_rows(rows);
        let (pb, p0, p1) = (pre[b], pre[m + s0], pre[2 * m + s1]);
        [
            d[0] + pb[0] + p0[0] + p1[0],
            d[1] + pb[1] + p0[1] + p1[1],
            d[2] + pb[2] + p0[2] + p1[2],
        ]
    }

    /// Locates (and prefetches) the rows of the configuration's own transition features.
    #[inline]
    fn locate_dyn(&self, st: &State, rows: &mut [u32; ND]) {
        let mut a = [0u64; DA];
        let mut b = [0u64; DB];
        st.dyn_features(&mut a, &mut b);
        let weights: &[i8] = &self.weights;
        let (ta, tb) = (self.tables[0], self.tables[1]);
        for (r, &h) in rows[..DA].iter_mut().zip(&a) {
            let o = ta.row_offset(h);
            prefetch(&weights[o]);
            *r = o as u32;
        }
        for (r, &h) in rows[DA..].iter_mut().zip(&b) {
            let o = tb.row_offset(h);
            prefetch(&weights[o]);
            *r = o as u32;
        }
    }

    /// Runs the greedy decoder to the end on a reset state (`pre` from
    /// [`Parser::precompute`]).
    ///
    /// Two memory round trips per arc overlap: the label rows of an arc are located
    /// (prefetched) when it is made, and summed only after the next configuration's
    /// label-independent transition rows have been located too.
    pub(crate) fn run(&self, st: &mut State, pre: &[[i32; 4]]) {
        let mut rows = [0u32; ND];
        let mut lrows = [0u32; NL];
        let mut lfeats = [0u64; NL];
        let root = self.root_label();
        // the arc (dependent, head) whose label rows are in `lrows`
        let mut pending: Option<(usize, usize)> = None;
        loop {
            let done = st.terminal();
            let valid = st.valid();
            let forced = if done {
                Some(SHIFT)
            } else {
                State::forced(valid)
            };
            if forced.is_none() {
                self.locate_main(st, &mut rows);
            }
            if let Some((d, h)) = pending.take() {
                let lab = self.sum_label(&lrows, root);
                st.set_label(d, h, lab);
            }
            if done {
                break;
            }
            let mv = match forced {
                Some(m) => m,
                None => {
                    self.locate_lab(st, &mut rows);
                    best_valid(&self.scores_of(st, &rows, pre), valid)
                }
            };
            if mv == SHIFT {
                st.apply(mv, 0);
                continue;
            }
            let (d, h) = st.arc_of(mv);
            if h == st.n {
                st.apply(mv, root);
            } else {
                st.label_features(d, h, &mut lfeats);
                self.locate_label(&lfeats, &mut lrows);
                st.apply_unlabeled(mv);
                pending = Some((d, h));
            }
        }
    }

    /// Locates (and prefetches) the rows of the transition features that do not read labels.
    #[inline]
    fn locate_main(&self, st: &State, rows: &mut [u32; ND]) {
        let mut a = [0u64; DA];
        let mut b = [0u64; DB];
        st.dyn_features(&mut a, &mut b);
        let weights: &[i8] = &self.weights;
        let (ta, tb) = (self.tables[0], self.tables[1]);
        for (r, &h) in rows[..DA - DL].iter_mut().zip(&a) {
            let o = ta.row_offset(h);
            prefetch(&weights[o]);
            *r = o as u32;
        }
        for (r, &h) in rows[DA..].iter_mut().zip(&b) {
            let o = tb.row_offset(h);
            prefetch(&weights[o]);
            *r = o as u32;
        }
    }

    /// Locates the rows of the transition features that read labels.
    #[inline]
    fn locate_lab(&self, st: &State, rows: &mut [u32; ND]) {
        let mut a = [0u64; DL];
        st.dyn_lab_features(&mut a);
        let weights: &[i8] = &self.weights;
        let ta = self.tables[0];
        for (r, &h) in rows[DA - DL..DA].iter_mut().zip(&a) {
            let o = ta.row_offset(h);
            prefetch(&weights[o]);
            *r = o as u32;
        }
    }

    /// Beam search from `scratch.greedy` (reset): returns the best final state.
    fn run_beam<'a>(&self, scratch: &'a mut Scratch) -> &'a State {
        let Scratch {
            greedy,
            beam,
            next,
            scores,
            cands,
            rows,
            pre,
            ..
        } = scratch;
        let k = self.beam;
        while beam.len() < k {
            beam.push(State::default());
            next.push(State::default());
            rows.push([0; ND]);
        }
        beam[0].copy_from(greedy);
        let mut m = 1; // live items in `beam`
        scores.clear();
        scores.push(0);
        let mut lfeats = [0u64; NL];
        let root = self.root_label();
        while !beam[0].terminal() {
            cands.clear();
            // locate (and prefetch) the rows of every item first, then add them up, so that
            // the cache misses of all items overlap
            for (i, st) in beam[..m].iter().enumerate() {
                let valid = st.valid();
                if valid.iter().filter(|&&v| v).count() > 1 {
                    self.locate_dyn(st, &mut rows[i]);
                }
            }
            for (i, st) in beam[..m].iter().enumerate() {
                let valid = st.valid();
                if let Some(mv) = State::forced(valid) {
                    cands.push((scores[i], (i as u32) << 2 | mv as u32));
                } else {
                    let sc = self.scores_of(st, &rows[i], pre);
                    for mv in 0..3 {
                        if valid[mv] {
                            cands.push((scores[i] + sc[mv] as i64, (i as u32) << 2 | mv as u32));
                        }
                    }
                }
            }
            // best first; ties by parent and move, so decoding is deterministic
            cands.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            let keep = cands.len().min(k);
            scores.clear();
            // how many survivors each item has: the last one takes the item's state over
            // instead of copying it
            let mut uses = [0u8; MAX_BEAM];
            for &(_, code) in &cands[..keep] {
                uses[(code >> 2) as usize] += 1;
            }
            for (j, &(score, code)) in cands[..keep].iter().enumerate() {
                let (parent, mv) = ((code >> 2) as usize, (code & 3) as usize);
                let src = &beam[parent];
                let lab = if mv == SHIFT {
                    0
                } else {
                    let (d, h) = src.arc_of(mv);
                    if h == src.n {
                        root
                    } else {
                        src.label_features(d, h, &mut lfeats);
                        self.best_label(&lfeats, root)
                    }
                };
                uses[parent] -= 1;
                if uses[parent] == 0 {
                    std::mem::swap(&mut beam[parent], &mut next[j]);
                } else {
                    next[j].copy_from(src);
                }
                next[j].apply(mv, lab);
                scores.push(score);
            }
            std::mem::swap(beam, next);
            m = keep;
        }
        &beam[0]
    }

    #[inline]
    pub(crate) fn root_label(&self) -> u8 {
        self.labels
            .iter()
            .position(|&l| l == DepRel::ROOT)
            .unwrap_or(usize::MAX)
            .min(255) as u8
    }

    /// The sums of located transition rows (SHIFT, LEFT, RIGHT, unused).
    #[inline]
    fn sum_rows(&self, rows: &[u32]) -> [i32; 4] {
        let weights: &[i8] = &self.weights;
        #[cfg(target_arch = "x86_64")]
        {
            use core::arch::x86_64::*;
            // every offset comes from `Table::row_offset`, so `o + 4 <= weights.len()`;
            // checked once here for all rows (a cheap max) to keep the unsafe loads sound
            let max = rows.iter().copied().max().unwrap_or(0) as usize;
            if max + 4 <= weights.len() && rows.len() <= 256 {
                // SAFETY: all offsets are at most `max` and `max + 4 <= len`, so every
                // 4-byte load reads inside `weights`; SSE2 is part of the x86_64 baseline.
                // At most 256 rows of |w| <= 127 sum to at most 32,512: no i16 overflow.
                unsafe {
                    let base = weights.as_ptr();
                    let mut acc = _mm_setzero_si128();
                    for &o in rows {
                        let v = _mm_cvtsi32_si128(
                            (base.add(o as usize) as *const i32).read_unaligned(),
                        );
                        acc = _mm_add_epi16(acc, _mm_srai_epi16(_mm_unpacklo_epi8(v, v), 8));
                    }
                    let acc = _mm_srai_epi32(_mm_unpacklo_epi16(acc, acc), 16);
                    let mut out = [0i32; 4];
                    _mm_storeu_si128(out.as_mut_ptr() as *mut __m128i, acc);
                    return out;
                }
            }
        }
        let mut acc = [0i32; 4];
        for &o in rows {
            let o = o as usize;
            let w = &weights[o..o + 4];
            for k in 0..4 {
                acc[k] += w[k] as i32;
            }
        }
        acc
    }

    #[inline]
    fn best_label(&self, feats: &[u64; NL], root: u8) -> u8 {
        let mut rows = [0u32; NL];
        self.locate_label(feats, &mut rows);
        self.sum_label(&rows, root)
    }

    /// Locates (and prefetches) the label rows of label features.
    #[inline]
    fn locate_label(&self, feats: &[u64; NL], rows: &mut [u32; NL]) {
        let weights: &[i8] = &self.lweights;
        for (k, (r, &h)) in rows.iter_mut().zip(feats).enumerate() {
            let o = self.tables[2 + (k >= NLA) as usize].row_offset(h);
            prefetch(&weights[o]);
            *r = o as u32;
        }
    }

    /// The best label (never the root's) from located label rows.
    #[inline]
    fn sum_label(&self, rows: &[u32; NL], root: u8) -> u8 {
        let weights: &[i8] = &self.lweights;
        // rows are one cache line of i8; sums are at most 33 × 127: no overflow in i16
        let mut acc = [0i16; LABEL_STRIDE];
        for &r in rows {
            let r = r as usize;
            let w = &weights[r..r + LABEL_STRIDE];
            for k in 0..LABEL_STRIDE {
                acc[k] = acc[k].wrapping_add(w[k] as i16);
            }
        }
        acc[root as usize & (LABEL_STRIDE - 1)] = i16::MIN;
        let at = argmax_i16(&acc[..self.labels.len()]);
        // only when every score is i16::MIN: any label but the root
        (if at == root as usize {
            (at + 1) % self.labels.len()
        } else {
            at
        }) as u8
    }
}

/// The weights in memory of their own: on Linux aligned to 2 MiB and marked for transparent
/// huge pages, because every parser decision reads ~100 rows scattered over megabytes, and
/// with 4 KiB pages most of those reads would also miss the TLB.
#[derive(Clone)]
struct Weights<T> {
    buf: Vec<T>,
    start: usize,
}

impl<T: Copy + Default> Weights<T> {
    /// `len` weights from an iterator.
    fn new(len: usize, values: impl Iterator<Item = T>) -> Weights<T> {
        const HUGE: usize = 2 << 20;
        let size = std::mem::size_of::<T>().max(1);
        let mut buf: Vec<T> = Vec::with_capacity(len + HUGE / size);
        let addr = buf.as_ptr() as usize;
        let start = ((HUGE - addr % HUGE) % HUGE) / size;
        #[cfg(target_os = "linux")]
        if len > 0 {
            // SAFETY: the range lies inside `buf`'s allocation (capacity ≥ start + len) and
            // starts on a page boundary; MADV_HUGEPAGE is advice that changes no contents.
            unsafe {
                libc::madvise(
                    (addr + size * start) as *mut libc::c_void,
                    size * len,
                    libc::MADV_HUGEPAGE,
                );
            }
        }
        buf.resize(start, T::default());
        buf.extend(values.take(len));
        Weights { buf, start }
    }
}

impl<T> std::ops::Deref for Weights<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.buf[self.start..]
    }
}

impl<T: PartialEq> PartialEq for Weights<T> {
    fn eq(&self, other: &Weights<T>) -> bool {
        **self == **other
    }
}

/// Asks the CPU to start loading the cache line holding `x`.
#[inline(always)]
fn prefetch<T>(x: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching is only a hint; it never faults, even for invalid addresses, and
    // SSE is part of the x86_64 baseline.
    unsafe {
        core::arch::x86_64::_mm_prefetch::<{ core::arch::x86_64::_MM_HINT_T0 }>(
            (x as *const T).cast::<i8>(),
        );
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = x;
}

/// The highest-scoring valid move (ties go to the lower move number).
#[inline]
pub(crate) fn best_valid<T: PartialOrd + Copy>(sc: &[T; 3], valid: [bool; 3]) -> usize {
    let mut best = usize::MAX;
    for k in 0..3 {
        if valid[k] && (best == usize::MAX || sc[k] > sc[best]) {
            best = k;
        }
    }
    best.min(2)
}

/// Index of the first largest score (branch-free: the comparison compiles to a select).
#[inline]
fn argmax_i16(sc: &[i16]) -> usize {
    let (mut best, mut at) = (i16::MIN, 0usize);
    for (k, &s) in sc.iter().enumerate() {
        let better = s > best;
        best = if better { s } else { best };
        at = if better { k } else { at };
    }
    at
}

/// Index of the largest score other than `skip`.
#[inline]
pub(crate) fn argmax_except<T: PartialOrd + Copy>(sc: &[T], skip: usize) -> usize {
    let mut best = usize::MAX;
    for (k, &s) in sc.iter().enumerate() {
        if k != skip && (best == usize::MAX || s > sc[best]) {
            best = k;
        }
    }
    if best == usize::MAX {
        0
    } else {
        best
    }
}
