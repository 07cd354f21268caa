//! The trained parser: hashed, quantized perceptron weights; greedy and beam decoding.
use crate::format::{Table, LABEL_STRIDE};
use crate::state::{atoms_of, State, NL, NLA, NT, NTA, SHIFT};
use crate::Error;
use std::cell::RefCell;
use std::path::Path;
use std::sync::OnceLock;
use tern_core::{DepRel, Sentence};

/// A trained dependency parser (arc-hybrid, beam search, averaged perceptron).
///
/// Two linear models share one feature hashing scheme: a transition model scores SHIFT, LEFT
/// and RIGHT from 98 templates over the configuration, and a label model picks the relation
/// of each arc when it is made, from 33 templates over the head, the dependent and the
/// dependent's (complete) children. The decoder keeps the [`Parser::beam_width`] best move
/// sequences at each step (1 = greedy). Weights are 16-bit (transitions) and 8-bit (labels)
/// integers in hashed tables.
#[derive(Clone, PartialEq)]
pub struct Parser {
    /// The relations the label model predicts, by compact index.
    labels: Vec<DepRel>,
    /// The two transition tables, one after the other.
    weights: Weights<i16>,
    /// The two label tables, one after the other.
    lweights: Weights<i8>,
    /// Transitions without/with words (offsets into `weights`), labels without/with words
    /// (offsets into `lweights`).
    tables: [Table; 4],
    /// Beam width of the decoder (1 = greedy).
    beam: usize,
}

/// The decoder's beam width in models trained with a beam (the model file records the width;
/// [`Parser::set_beam_width`] changes it): measured the best accuracy for its speed.
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
    rows: Vec<[u32; NT]>,
}

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
        let tw = bytes[t0.off..t0.off + 2 * t0.len()]
            .chunks_exact(2)
            .chain(bytes[t1.off..t1.off + 2 * t1.len()].chunks_exact(2))
            .map(|c| i16::from_le_bytes([c[0], c[1]]));
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
            if k < 2 {
                self.weights[tb.off..tb.off + tb.len()].to_vec()
            } else {
                self.lweights[tb.off..tb.off + tb.len()]
                    .iter()
                    .map(|&w| w as i16)
                    .collect()
            }
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
        let st: &State = if self.beam <= 1 {
            self.run(st);
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
        crate::repair::fronted_subject(sentence);
        crate::repair::clause_after_conjunction(sentence);
    }

    /// Runs the greedy decoder to the end on a reset state.
    pub(crate) fn run(&self, st: &mut State) {
        let mut feats = [0u64; NT];
        let mut lfeats = [0u64; NL];
        let root = self.root_label();
        while !st.terminal() {
            let valid = st.valid();
            let mv = if let Some(m) = State::forced(valid) {
                m
            } else {
                st.trans_features(&mut feats);
                let sc = self.score_trans(&feats);
                best_valid(&sc, valid)
            };
            let lab = if mv == SHIFT {
                0
            } else {
                let (d, h) = st.arc_of(mv);
                if h == st.n {
                    root
                } else {
                    st.label_features(d, h, &mut lfeats);
                    self.best_label(&lfeats, root)
                }
            };
            st.apply(mv, lab);
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
        } = scratch;
        let k = self.beam;
        while beam.len() < k {
            beam.push(State::default());
            next.push(State::default());
            rows.push([0; NT]);
        }
        beam[0].copy_from(greedy);
        let mut m = 1; // live items in `beam`
        scores.clear();
        scores.push(0);
        let mut feats = [0u64; NT];
        let mut lfeats = [0u64; NL];
        let root = self.root_label();
        while !beam[0].terminal() {
            cands.clear();
            // locate (and prefetch) the rows of every item first, then add them up, so that
            // the cache misses of all items overlap
            for (i, st) in beam[..m].iter().enumerate() {
                let valid = st.valid();
                if valid.iter().filter(|&&v| v).count() > 1 {
                    st.trans_features(&mut feats);
                    self.locate_trans(&feats, &mut rows[i]);
                }
            }
            for (i, st) in beam[..m].iter().enumerate() {
                let valid = st.valid();
                if let Some(mv) = State::forced(valid) {
                    cands.push((scores[i], (i as u32) << 2 | mv as u32));
                } else {
                    let sc = self.sum_trans(&rows[i]);
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

    #[inline]
    fn score_trans(&self, feats: &[u64; NT]) -> [i32; 3] {
        // Rows are scattered over megabytes: find them all and prefetch first, so that the
        // cache misses overlap, then add.
        let mut rows = [0u32; NT];
        self.locate_trans(feats, &mut rows);
        self.sum_trans(&rows)
    }

    /// The weight offsets of transition features, prefetched.
    #[inline]
    fn locate_trans(&self, feats: &[u64; NT], rows: &mut [u32; NT]) {
        let weights: &[i16] = &self.weights;
        for (k, (r, &h)) in rows.iter_mut().zip(feats).enumerate() {
            let o = self.tables[(k >= NTA) as usize].row_offset(h);
            prefetch(&weights[o]);
            *r = o as u32;
        }
    }

    /// The move scores from located rows.
    #[inline]
    fn sum_trans(&self, rows: &[u32; NT]) -> [i32; 3] {
        let weights: &[i16] = &self.weights;
        let mut acc = [0i32; 4];
        for &o in rows {
            let o = o as usize;
            let w = &weights[o..o + 4];
            for k in 0..4 {
                acc[k] += w[k] as i32;
            }
        }
        [acc[0], acc[1], acc[2]]
    }

    #[inline]
    fn best_label(&self, feats: &[u64; NL], root: u8) -> u8 {
        let weights: &[i8] = &self.lweights;
        let mut rows = [0u32; NL];
        for (k, (r, &h)) in rows.iter_mut().zip(feats).enumerate() {
            let o = self.tables[2 + (k >= NLA) as usize].row_offset(h);
            prefetch(&weights[o]);
            *r = o as u32;
        }
        // rows are one cache line of i8; sums are at most 27 × 127: no overflow in i16
        let mut acc = [0i16; LABEL_STRIDE];
        for &r in &rows {
            let r = r as usize;
            let w = &weights[r..r + LABEL_STRIDE];
            for k in 0..LABEL_STRIDE {
                acc[k] = acc[k].wrapping_add(w[k] as i16);
            }
        }
        argmax_except(&acc[..self.labels.len()], root as usize) as u8
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
