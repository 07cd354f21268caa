//! The arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the end of the
//! buffer, its feature templates, and the dynamic oracle's move costs (Goldberg & Nivre 2013).
//!
//! Positions `0..n` are the words, `n` is the artificial root (the last buffer item, never
//! shifted) and `n + 1` is "none", the filler for absent positions, so that every template
//! reads the same arrays without branches.

/// `SHIFT`: move the first buffer item onto the stack.
pub(crate) const SHIFT: usize = 0;
/// `LEFT`: the stack top becomes a dependent of the first buffer item and is popped.
pub(crate) const LEFT: usize = 1;
/// `RIGHT`: the stack top becomes a dependent of the item below it and is popped.
pub(crate) const RIGHT: usize = 2;

/// Number of transition feature templates.
pub(crate) const NT: usize = 98;
/// The first `NTA` transition templates use no words.
pub(crate) const NTA: usize = 59;
/// Number of label feature templates.
pub(crate) const NL: usize = 33;
/// The first `NLA` label templates use no words.
pub(crate) const NLA: usize = 15;

/// "No label yet" as a label atom.
pub(crate) const NOLAB: u8 = 255;

const K: u64 = 0x517c_c1b7_2722_0a95;

#[inline(always)]
fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(K)
}

/// The seed of template `t`.
#[inline(always)]
const fn seed(t: u64) -> u64 {
    t.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0x2545_f491_4f6c_dd1d
}

// Feature hashes: one multiply each on the critical path; the table row is taken from the
// top bits of the product (multiplicative hashing).
#[inline(always)]
fn f1(t: u64, a: u64) -> u64 {
    (a ^ seed(t)).wrapping_mul(K)
}
#[inline(always)]
fn f2(t: u64, a: u64, b: u64) -> u64 {
    (a.wrapping_mul(0xff51_afd7_ed55_8ccd) ^ b ^ seed(t)).wrapping_mul(K)
}
#[inline(always)]
fn f3(t: u64, a: u64, b: u64, c: u64) -> u64 {
    (a.wrapping_mul(0xff51_afd7_ed55_8ccd) ^ b.wrapping_mul(0xc4ce_b9fe_1a85_ec53) ^ c ^ seed(t))
        .wrapping_mul(K)
}

/// The row of a table with `2^bits` rows that a feature hash falls in.
#[inline(always)]
pub(crate) fn row(h: u64, bits: u32) -> usize {
    (h >> (64 - bits)) as usize
}

/// Hash of a word form for features: lower-cased, every digit read as `0`.
pub(crate) fn word_hash(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for c in s.chars() {
        let c = if c.is_ascii() {
            if c.is_ascii_digit() {
                '0'
            } else {
                c.to_ascii_lowercase()
            }
        } else {
            c.to_lowercase().next().unwrap_or(c)
        };
        h = (h ^ c as u64).wrapping_mul(0x0000_0100_0000_01b3);
    }
    mix(h, 0x77)
}

/// Hash of the last three characters of a word form (lower-cased, digits as `0`): a cue for
/// words the tables have not seen and for tags the tagger got wrong.
pub(crate) fn suffix_hash(s: &str) -> u64 {
    let mut h: u64 = 0x8422_2325_cbf2_9ce4;
    let start = s.char_indices().rev().nth(2).map(|(i, _)| i).unwrap_or(0);
    for c in s[start..].chars() {
        let c = if c.is_ascii_digit() {
            '0'
        } else {
            c.to_lowercase().next().unwrap_or(c)
        };
        h = (h ^ c as u64).wrapping_mul(0x0000_0100_0000_01b3);
    }
    mix(h, 0x5f)
}

/// The atoms of one token: word hash, tag atom, suffix hash.
pub(crate) type Atoms = (u64, u64, u64);

/// The atoms of a token from its form and tags.
#[inline]
pub(crate) fn atoms_of(form: &str, upos: tern_core::Upos, xpos: tern_core::Xpos) -> Atoms {
    (word_hash(form), tag_atom(upos, xpos), suffix_hash(form))
}

/// The UPOS part of a tag atom (the special root and none atoms stay as they are).
#[inline(always)]
fn coarse(t: u64) -> u64 {
    if t >= ROOT_TAG {
        t
    } else {
        7000 + (t - 1) % 32
    }
}

/// The tag atom of a token: its XPOS and UPOS together.
#[inline]
pub(crate) fn tag_atom(upos: tern_core::Upos, xpos: tern_core::Xpos) -> u64 {
    1 + (xpos.0 as u64) * 32 + upos.0 as u64
}

const ROOT_TAG: u64 = 5000;
const NONE_TAG: u64 = 5001;
const ROOT_WORD: u64 = 0x1234_5678_9abc_def1;
const NONE_WORD: u64 = 0x0fed_cba9_8765_4321;

#[inline]
fn dist_bucket(d: usize) -> u64 {
    match d {
        0..=4 => d as u64,
        5..=6 => 5,
        7..=9 => 6,
        _ => 7,
    }
}

/// What a configuration knows about one position's dependents so far.
#[derive(Clone, Copy)]
struct Node {
    /// Leftmost and second-leftmost left children, rightmost
    /// and second-rightmost right children ("none" if absent).
    lc1: u32,
    lc2: u32,
    rc1: u32,
    rc2: u32,
    /// Number of left and right children.
    nl: u8,
    nr: u8,
    /// Sets of the labels of left and right children (bit per compact label, mod 64).
    lset: u64,
    rset: u64,
}

/// A parser configuration plus per-sentence token atoms; reused across sentences so that
/// parsing allocates nothing once the buffers have grown.
#[derive(Default, Clone)]
pub(crate) struct State {
    /// Number of words.
    pub n: usize,
    /// First buffer position (`n` = only the root is left).
    pub b: usize,
    pub stack: Vec<u32>,
    /// Word atoms, `n + 2` long.
    pub w: Vec<u64>,
    /// Tag atoms, `n + 2` long.
    pub t: Vec<u64>,
    /// Suffix atoms, `n + 2` long.
    pub x: Vec<u64>,
    /// Which [`State::reset`] call the atoms come from (unique per process), so that
    /// [`State::copy_from`] copies them only when they differ.
    gen: u64,
    /// Head of each position (`n` = root); meaningful once attached.
    pub head: Vec<u32>,
    /// Compact label of each position, [`NOLAB`] while unattached.
    pub label: Vec<u8>,
    /// Children, valencies and label sets of each position.
    nd: Vec<Node>,
}

impl State {
    /// Copies `src` into `self`, reusing `self`'s buffers (beam search copies states at every
    /// step).
    pub fn copy_from(&mut self, src: &State) {
        self.n = src.n;
        self.b = src.b;
        self.stack.clone_from(&src.stack);
        if self.gen != src.gen {
            self.gen = src.gen;
            self.w.clone_from(&src.w);
            self.t.clone_from(&src.t);
            self.x.clone_from(&src.x);
        }
        self.head.clone_from(&src.head);
        self.label.clone_from(&src.label);
        self.nd.clone_from(&src.nd);
    }

    /// Starts a sentence: `atoms` yields (word atom, tag atom) per word.
    pub fn reset(&mut self, atoms: impl ExactSizeIterator<Item = Atoms>) {
        static GEN: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let n = atoms.len();
        self.gen = GEN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.n = n;
        self.b = 0;
        self.stack.clear();
        self.w.clear();
        self.t.clear();
        self.x.clear();
        for (w, t, x) in atoms {
            self.w.push(w);
            self.t.push(t);
            self.x.push(x);
        }
        self.w.push(ROOT_WORD);
        self.t.push(ROOT_TAG);
        self.x.push(ROOT_WORD);
        self.w.push(NONE_WORD);
        self.t.push(NONE_TAG);
        self.x.push(NONE_WORD);
        let none = (n + 1) as u32;
        let m = n + 2;
        self.head.clear();
        self.head.resize(m, none);
        self.label.clear();
        self.label.resize(m, NOLAB);
        self.nd.clear();
        self.nd.resize(
            m,
            Node {
                lc1: none,
                lc2: none,
                rc1: none,
                rc2: none,
                nl: 0,
                nr: 0,
                lset: 0,
                rset: 0,
            },
        );
    }

    #[inline]
    pub fn none(&self) -> usize {
        self.n + 1
    }

    #[inline]
    pub fn terminal(&self) -> bool {
        self.stack.is_empty() && self.b >= self.n
    }

    /// The move to make without scoring: the only allowed one, if exactly one is allowed.
    #[inline]
    pub fn forced(valid: [bool; 3]) -> Option<usize> {
        let mut it = valid.iter().enumerate().filter(|(_, &v)| v).map(|(m, _)| m);
        match (it.next(), it.next()) {
            (Some(m), None) => Some(m),
            _ => None,
        }
    }

    /// Which of SHIFT, LEFT, RIGHT are allowed. LEFT onto the root only from a one-item stack,
    /// so the tree always has exactly one root.
    #[inline]
    pub fn valid(&self) -> [bool; 3] {
        let k = self.stack.len();
        [
            self.b < self.n,
            k >= 1 && (self.b < self.n || k == 1),
            k >= 2,
        ]
    }

    #[inline]
    fn s(&self, i: usize) -> usize {
        let k = self.stack.len();
        if i < k {
            self.stack[k - 1 - i] as usize
        } else {
            self.n + 1
        }
    }

    #[inline]
    fn bi(&self, i: usize) -> usize {
        let p = self.b + i;
        if p <= self.n {
            p
        } else {
            self.n + 1
        }
    }

    /// The dependent and head the arc move `mv` would create.
    #[inline]
    pub fn arc_of(&self, mv: usize) -> (usize, usize) {
        let d = self.s(0);
        let h = if mv == LEFT { self.b } else { self.s(1) };
        (d, h)
    }

    /// Applies a move; `lab` is the compact label for arc moves.
    pub fn apply(&mut self, mv: usize, lab: u8) {
        match mv {
            SHIFT => {
                self.stack.push(self.b as u32);
                self.b += 1;
            }
            _ => {
                let (d, h) = self.arc_of(mv);
                self.stack.pop();
                self.head[d] = h as u32;
                self.label[d] = lab;
                let bit = 1u64 << (lab & 63);
                if mv == LEFT {
                    self.nd[h].lc2 = self.nd[h].lc1;
                    self.nd[h].lc1 = d as u32;
                    self.nd[h].nl = self.nd[h].nl.saturating_add(1);
                    self.nd[h].lset |= bit;
                } else {
                    self.nd[h].rc2 = self.nd[h].rc1;
                    self.nd[h].rc1 = d as u32;
                    self.nd[h].nr = self.nd[h].nr.saturating_add(1);
                    self.nd[h].rset |= bit;
                }
            }
        }
    }

    /// Fills `out` with the hashes of the transition features: the first [`NTA`] read only
    /// tags, labels and counts (few distinct values: a small, cache-resident table), the rest
    /// read words.
    pub fn trans_features(&self, out: &mut [u64; NT]) {
        let w = &self.w;
        let t = &self.t;
        let lab = |x: usize| self.label[x] as u64;
        let (s0, s1, s2) = (self.s(0), self.s(1), self.s(2));
        let (b0, b1, b2) = (self.bi(0), self.bi(1), self.bi(2));
        let none = self.none();
        let (s0w, s0t, s1w, s1t, s2t) = (w[s0], t[s0], w[s1], t[s1], t[s2]);
        let (b0w, b0t, b1w, b1t, b2w, b2t) = (w[b0], t[b0], w[b1], t[b1], w[b2], t[b2]);
        let s0wt = mix(s0w, s0t);
        let s1wt = mix(s1w, s1t);
        let b0wt = mix(b0w, b0t);
        let b1wt = mix(b1w, b1t);
        let d01 = if s0 == none { 0 } else { dist_bucket(b0 - s0) };
        let d10 = if s1 == none { 0 } else { dist_bucket(s0 - s1) };
        let [s0l, s0l2, s0r, s0r2] = [
            self.nd[s0].lc1,
            self.nd[s0].lc2,
            self.nd[s0].rc1,
            self.nd[s0].rc2,
        ]
        .map(|x| x as usize);
        let [b0l, b0l2, s1l, s1r, s1r2] = [
            self.nd[b0].lc1,
            self.nd[b0].lc2,
            self.nd[s1].lc1,
            self.nd[s1].rc1,
            self.nd[s1].rc2,
        ]
        .map(|x| x as usize);
        let (s0vl, s0vr) = (self.nd[s0].nl.min(7) as u64, self.nd[s0].nr.min(7) as u64);
        let b0vl = self.nd[b0].nl.min(7) as u64;
        let (s1vl, s1vr) = (self.nd[s1].nl.min(7) as u64, self.nd[s1].nr.min(7) as u64);
        let depth = self.stack.len().min(3) as u64;
        let f = out;
        // tags, labels, counts
        f[0] = f1(1, s0t);
        f[1] = f1(2, s1t);
        f[2] = f1(3, b0t);
        f[3] = f1(4, b1t);
        f[4] = f1(5, b2t);
        f[5] = f1(6, s2t);
        f[6] = f2(7, s0t, b0t);
        f[7] = f2(8, b0t, b1t);
        f[8] = f2(9, s1t, s0t);
        f[9] = f2(10, s1t, b0t);
        f[10] = f3(11, b0t, b1t, b2t);
        f[11] = f3(12, s0t, b0t, b1t);
        f[12] = f3(13, s1t, s0t, b0t);
        f[13] = f3(14, s2t, s1t, s0t);
        f[14] = f3(15, s1t, s0t, b1t);
        f[15] = f2(16, s0t, d01);
        f[16] = f2(17, b0t, d01);
        f[17] = f3(18, s0t, b0t, d01);
        f[18] = f3(19, s1t, s0t, d10);
        f[19] = f2(20, s0t, s0vr);
        f[20] = f2(21, s0t, s0vl);
        f[21] = f2(22, b0t, b0vl);
        f[22] = f2(23, s1t, s1vr);
        f[23] = f1(24, t[s0l]);
        f[24] = f1(25, lab(s0l));
        f[25] = f1(26, t[s0r]);
        f[26] = f1(27, lab(s0r));
        f[27] = f1(28, t[b0l]);
        f[28] = f1(29, lab(b0l));
        f[29] = f1(30, t[s1r]);
        f[30] = f1(31, lab(s1r));
        f[31] = f3(32, s0t, t[s0l], t[s0l2]);
        f[32] = f3(33, s0t, t[s0r], t[s0r2]);
        f[33] = f3(34, b0t, t[b0l], t[b0l2]);
        f[34] = f3(35, s0t, t[s0l], b0t);
        f[35] = f3(36, s0t, t[s0r], b0t);
        f[36] = f3(37, s0t, b0t, t[b0l]);
        f[37] = f3(38, s1t, s0t, t[s0r]);
        f[38] = f3(39, s1t, t[s1r], s0t);
        f[39] = f3(40, s1t, s0t, t[s0l]);
        f[40] = f2(41, s0t, self.nd[s0].rset);
        f[41] = f2(42, s0t, self.nd[s0].lset);
        f[42] = f2(43, b0t, self.nd[b0].lset);
        f[43] = f2(44, s0t, depth);
        f[44] = f2(45, s1t, s1vl);
        f[45] = f1(46, t[s1l]);
        f[46] = f1(47, lab(s1l));
        f[47] = f1(48, t[s0l2]);
        f[48] = f1(49, lab(s0l2));
        f[49] = f1(50, t[s0r2]);
        f[50] = f1(81, lab(s0r2));
        f[51] = f1(82, t[b0l2]);
        f[52] = f1(83, lab(b0l2));
        f[53] = f3(84, s1t, t[s1r], t[s1r2]);
        f[54] = f3(85, s1t, t[s1l], s0t);
        f[55] = f2(86, s1t, self.nd[s1].rset);
        f[56] = f3(87, s1t, s0t, depth);
        f[57] = f3(88, coarse(s0t), coarse(b0t), coarse(b1t));
        f[58] = f3(89, coarse(s1t), coarse(s0t), coarse(b0t));
        // words
        f[59] = f1(51, s0w);
        f[60] = f1(52, s0wt);
        f[61] = f1(53, s1w);
        f[62] = f1(54, s1wt);
        f[63] = f1(55, b0w);
        f[64] = f1(56, b0wt);
        f[65] = f1(57, b1w);
        f[66] = f1(58, b1wt);
        f[67] = f1(59, b2w);
        f[68] = f2(60, s0wt, b0wt);
        f[69] = f2(61, s0wt, b0w);
        f[70] = f2(62, s0w, b0wt);
        f[71] = f2(63, s0wt, b0t);
        f[72] = f2(64, s0t, b0wt);
        f[73] = f2(65, s0w, b0w);
        f[74] = f2(66, s1wt, s0wt);
        f[75] = f2(67, s1w, s0w);
        f[76] = f2(68, s1wt, s0t);
        f[77] = f2(69, s1t, s0wt);
        f[78] = f3(70, s0w, b0t, b1t);
        f[79] = f2(71, s0w, d01);
        f[80] = f2(72, b0w, d01);
        f[81] = f3(73, s0w, b0w, d01);
        f[82] = f2(74, s0w, s0vr);
        f[83] = f2(75, s0w, s0vl);
        f[84] = f2(76, b0w, b0vl);
        f[85] = f1(77, w[s0l]);
        f[86] = f1(78, w[s0r]);
        f[87] = f1(79, w[b0l]);
        // words and suffixes, robust to tagging errors
        let x = &self.x;
        f[88] = f2(90, b0w, b1w);
        f[89] = f2(91, s1w, b0w);
        f[90] = f1(92, x[b0]);
        f[91] = f1(93, x[s0]);
        f[92] = f1(94, x[b1]);
        f[93] = f2(95, x[b0], coarse(b0t));
        f[94] = f2(96, x[s0], coarse(s0t));
        f[95] = f3(97, x[s0], x[b0], d01);
        f[96] = f2(98, s0w, coarse(b0t));
        f[97] = f2(99, coarse(s0t), b0w);
    }

    /// Fills `out` with the hashes of the label features for the arc `h → d`: the first
    /// [`NLA`] without words, the rest with.
    pub fn label_features(&self, d: usize, h: usize, out: &mut [u64; NL]) {
        let w = &self.w;
        let t = &self.t;
        let none = self.none();
        let dir: u64 = if h > d { 1 } else { 2 };
        let dist = dist_bucket(h.abs_diff(d));
        let (dw, dt, hw, ht) = (w[d], t[d], w[h], t[h]);
        let dwt = mix(dw, dt);
        let hwt = mix(hw, ht);
        let dl = self.nd[d].lc1 as usize;
        let dr = self.nd[d].rc1 as usize;
        let lab = |x: usize| self.label[x] as u64;
        let hset = if dir == 1 {
            self.nd[h].lset
        } else {
            self.nd[h].rset
        };
        let dprev = if d == 0 { none } else { d - 1 };
        let dnext = d + 1; // n (root) or a word: both have atoms
        let f = out;
        f[0] = f1(101, dt);
        f[1] = f1(102, ht);
        f[2] = f3(103, dt, ht, dir);
        f[3] = f3(104, dt, ht, dist);
        f[4] = f2(105, dt, dir);
        f[5] = f2(106, dt, t[dl]);
        f[6] = f2(107, dt, lab(dl));
        f[7] = f2(108, dt, lab(dr));
        f[8] = f2(109, dt, self.nd[d].lset);
        f[9] = f2(110, dt, self.nd[d].rset);
        f[10] = f3(111, dt, ht, self.nd[d].lset);
        f[11] = f3(112, dt, ht, mix(hset, dir));
        f[12] = f3(113, dt, t[dprev], t[dnext]);
        f[13] = f3(114, ht, dt, mix(self.nd[d].rset, dir));
        f[14] = f3(115, coarse(dt), coarse(ht), mix(dir, dist));
        f[15] = f1(121, dw);
        f[16] = f1(122, dwt);
        f[17] = f1(123, hw);
        f[18] = f1(124, hwt);
        f[19] = f3(125, dw, ht, dir);
        f[20] = f3(126, dt, hw, dir);
        f[21] = f3(127, dw, hw, dir);
        f[22] = f2(128, dt, w[dl]);
        f[23] = f2(129, dw, w[dl]);
        f[24] = f3(130, ht, dt, w[dl]);
        f[25] = f3(131, dwt, hwt, dir);
        f[26] = f3(132, dt, ht, mix(w[dl], dir));
        f[27] = f2(133, dt, w[dr]);
        let x = &self.x;
        f[28] = f1(134, x[d]);
        f[29] = f3(135, x[d], ht, dir);
        f[30] = f3(136, dw, coarse(ht), mix(dir, dist));
        f[31] = f2(137, dt, w[dnext]);
        f[32] = f3(138, hw, dt, w[dl]);
    }

    /// Dynamic-oracle cost of each valid move (number of gold arcs it makes unreachable).
    /// `gold` holds each word's gold head position (`n` = root).
    pub fn costs(&self, gold: &[u32], valid: [bool; 3]) -> [u32; 3] {
        let mut c = [u32::MAX; 3];
        let n = self.n;
        let b = self.b;
        let k = self.stack.len();
        let deps_in_buffer =
            |x: usize| gold[b..n].iter().filter(|&&h| h as usize == x).count() as u32;
        if valid[SHIFT] {
            let gh = gold[b] as usize;
            let mut cost = 0;
            for (i, &x) in self.stack.iter().enumerate() {
                let x = x as usize;
                if i + 1 < k && x == gh {
                    cost += 1;
                }
                if gold[x] as usize == b {
                    cost += 1;
                }
            }
            c[SHIFT] = cost;
        }
        if k >= 1 {
            let s0 = self.stack[k - 1] as usize;
            let gh = gold[s0] as usize;
            let deps = deps_in_buffer(s0);
            if valid[LEFT] {
                let mut cost = deps;
                if gh > b || (k >= 2 && gh == self.stack[k - 2] as usize) {
                    cost += 1;
                }
                c[LEFT] = cost;
            }
            if valid[RIGHT] {
                c[RIGHT] = deps + (gh >= b) as u32;
            }
        }
        c
    }
}
