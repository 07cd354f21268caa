//! Feature extraction shared by training and tagging. Every feature is a 64-bit hash of a
//! template number and a value; word-dependent features are computed once per sentence, tag
//! features per decision.
use crate::hash::{feat, fmix, hash_bytes, pair, U64Map};
use crate::lexicon::Lexicon;

/// Word-dependent ("static") features per token.
pub(crate) const NSTATIC: usize = 29;
/// Tag features in the first (left-to-right) pass.
pub(crate) const NDYN1: usize = 6;
/// Tag features in the second pass (left tags of this pass, right tags of the first).
pub(crate) const NDYN2: usize = 13;

/// Second-pass features (indices into `dynamic`'s output) that depend only on the first
/// pass's tags: the tagger adds them for the whole sentence before the second pass.
pub(crate) const RIGHT_ONLY: [usize; 5] = [6, 7, 8, 10, 12];
/// Second-pass features that depend on this pass's left tags.
pub(crate) const LEFT_DEPENDENT: [usize; 8] = [0, 1, 2, 3, 4, 5, 9, 11];

/// Tag value for positions before the sentence.
pub(crate) const START: u8 = 254;
/// Tag value for positions after the sentence.
pub(crate) const END: u8 = 253;

const PAD: usize = 2;

/// Which classes are verbs or auxiliaries.
pub(crate) fn verbal_classes(classes: &[(tern_core::Upos, tern_core::Xpos)]) -> [bool; 256] {
    let mut v = [false; 256];
    for (i, (u, _)) in classes.iter().enumerate().take(256) {
        v[i] = *u == tern_core::Upos::VERB || *u == tern_core::Upos::AUX;
    }
    v
}

/// Per-sentence working memory, reused across sentences.
#[derive(Default)]
pub(crate) struct Scratch {
    buf: String,
    ranges: Vec<(usize, usize, usize, usize)>,
    /// Hash of the normalized (case-kept) form, per token: the tag dictionary key.
    pub form_hash: Vec<u64>,
    /// Hash of the lower-cased form, padded by two on each side.
    lw: Vec<u64>,
    s3: Vec<u64>,
    cap: Vec<u8>,
    lex: Vec<u32>,
    flags: Vec<u8>,
    /// Auxiliary family of each token (see `aux_class`).
    aux: Vec<u8>,
    cached: Vec<u32>,
    /// Word identity hidden (training on rare words teaches the unknown-word features).
    dropped: Vec<bool>,
    /// `NSTATIC` feature keys per token.
    pub statics: Vec<u64>,
    /// Chosen classes of the current pass.
    pub tags: Vec<u8>,
    /// Classes of the first pass.
    pub first: Vec<u8>,
    /// Per-token static scores (runtime tagger, `n_classes` per token).
    pub static_scores: Vec<i32>,
    /// Which tokens the tag dictionary decided.
    pub fixed: Vec<bool>,
    /// Sentence capitalization class of the last prepared sentence (0 normal, 1 and 2
    /// headline-like, 3 all lower case).
    pub sentcap: u8,
    /// Bundle of each position, two padding positions on each side (runtime tagger).
    pub pos_bundle: Vec<u32>,
}

/// Normalizes quote variants so curly and doubled quotes look like straight ones.
#[inline]
fn norm_char(c: char) -> char {
    match c {
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' => '\'',
        _ => c,
    }
}

/// Writes the normalized form (and its lower-case version) of `form` into `out`; returns
/// `(case-kept range, lower range)`.
fn normalize(form: &str, out: &mut String) -> (std::ops::Range<usize>, std::ops::Range<usize>) {
    let form = if form == "``" || form == "''" {
        "\""
    } else {
        form
    };
    let a = out.len();
    if form.is_ascii() {
        out.push_str(form);
        let b = out.len();
        for i in a..b {
            let c = out.as_bytes()[i].to_ascii_lowercase() as char;
            out.push(c);
        }
        let c = out.len();
        (a..b, b..c)
    } else {
        out.extend(form.chars().map(norm_char));
        let b = out.len();
        for ch in form.chars().map(norm_char) {
            out.extend(ch.to_lowercase());
        }
        let c = out.len();
        (a..b, b..c)
    }
}

/// Byte index where the last `k` characters of `s` begin.
#[inline]
fn suffix_start(s: &str, k: usize) -> usize {
    if s.len() <= k {
        return 0;
    }
    if s.is_ascii() {
        return s.len() - k;
    }
    s.char_indices().rev().nth(k - 1).map_or(0, |(i, _)| i)
}

#[inline]
fn prefix_end(s: &str, k: usize) -> usize {
    if s.is_ascii() {
        return s.len().min(k);
    }
    s.char_indices().nth(k).map_or(s.len(), |(i, _)| i)
}

/// Capitalization class: 0 lower, 1 Title, 2 ALLCAPS, 3 mixed, 4 no letters.
fn cap_class(s: &str) -> u8 {
    let mut upper = 0;
    let mut lower = 0;
    let mut first_upper = false;
    for (i, c) in s.chars().enumerate() {
        if c.is_uppercase() {
            upper += 1;
            if i == 0 {
                first_upper = true;
            }
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    match (upper, lower) {
        (0, 0) => 4,
        (0, _) => 0,
        (_, 0) => 2,
        _ if first_upper && upper == 1 => 1,
        _ => 3,
    }
}

/// Condensed word shape (`Xx`, `d.d`, `x-x`), hashed.
fn shape_hash(s: &str) -> u64 {
    let mut h: u64 = 0x51;
    let mut last = '\0';
    let mut n = 0;
    for c in s.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else if c.is_ascii() {
            c
        } else {
            'o'
        };
        if k != last {
            h = fmix(h ^ k as u64);
            last = k;
            n += 1;
            if n == 6 {
                break;
            }
        }
    }
    h
}

/// Auxiliary family of a lower-cased word: 1 a form of `have`, 2 of `be`, 3 of `get`, 4 a
/// modal or `to`, 0 anything else. Tells past tense from participle (`has signed`).
#[inline]
fn aux_class(l: &str) -> u8 {
    if l.len() > 7 {
        return 0;
    }
    match l {
        "have" | "has" | "had" | "having" | "'ve" | "'d" | "ve" => 1,
        "be" | "is" | "are" | "was" | "were" | "been" | "being" | "am" | "'s" | "'re" | "'m"
        | "s" | "re" => 2,
        "get" | "gets" | "got" | "gotten" | "getting" => 3,
        "will" | "would" | "can" | "could" | "may" | "might" | "must" | "shall" | "should"
        | "to" | "'ll" | "wo" | "ca" => 4,
        _ => 0,
    }
}

/// Word-only features: the first `NSELF` of a token's static features.
pub(crate) const NSELF: usize = 12;

/// Precomputed facts about a frequent word (the tagger's word cache).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct WordInfo {
    pub lw: u64,
    pub s3: u64,
    pub lex: u32,
    /// Capitalization class | has digit << 4 | has hyphen << 5.
    pub flags: u8,
    /// Row of the word in the cache's score table.
    pub idx: u32,
}

/// Frequent words with their precomputed values; filled by the tagger at load time.
#[derive(Clone, Debug, Default)]
pub(crate) struct WordCache {
    pub map: U64Map,
    pub infos: Vec<WordInfo>,
}

/// Facts about one normalized word.
pub(crate) fn word_info(f: &str, l: &str, lex: &Lexicon) -> WordInfo {
    let has_digit = f.bytes().any(|b| b.is_ascii_digit());
    let has_hyphen = f.contains('-');
    WordInfo {
        lw: hash_bytes(l.as_bytes()),
        s3: hash_bytes(&l.as_bytes()[suffix_start(l, 3)..]),
        lex: lex.morph_class(l.as_bytes()),
        flags: cap_class(f) | (has_digit as u8) << 4 | (has_hyphen as u8) << 5,
        idx: u32::MAX,
    }
}

/// The word-only features of a word.
pub(crate) fn self_features(f: &str, l: &str, w: &WordInfo) -> [u64; NSELF] {
    let lb = l.as_bytes();
    [
        feat(0, 0),
        feat(1, w.lw),
        feat(2, hash_bytes(f.as_bytes())),
        feat(3, hash_bytes(&lb[suffix_start(l, 1)..])),
        feat(4, hash_bytes(&lb[suffix_start(l, 2)..])),
        feat(5, w.s3),
        feat(6, hash_bytes(&lb[suffix_start(l, 4)..])),
        feat(7, hash_bytes(&lb[..prefix_end(l, 1)])),
        feat(8, hash_bytes(&lb[..prefix_end(l, 2)])),
        feat(9, hash_bytes(&lb[..prefix_end(l, 3)])),
        feat(10, shape_hash(f)),
        feat(12, w.lex as u64),
    ]
}

/// Templates 24 and 26 (word and suffix with capitalization) of a token that is not the first
/// of a normally capitalized sentence (the common case, kept in the word's bundle).
pub(crate) fn case_features(lw: u64, s3: u64, cap: u8) -> [u64; 2] {
    let flags = (cap & 7) as u64;
    [feat(24, pair(lw, flags)), feat(26, pair(s3, flags))]
}

/// Normalizes a form into `buf` (cleared first) and returns `(case-kept, lower-case)`.
pub(crate) fn normalized(form: &str, buf: &mut String) -> (usize, usize, usize) {
    buf.clear();
    let (f, l) = normalize(form, buf);
    (f.end, l.start, l.end)
}

impl Scratch {
    /// Computes the word-dependent features of a sentence. `drop` (training) hides the
    /// identity of some words; `cache` (tagging) supplies precomputed facts for frequent words.
    pub(crate) fn prepare<'a>(
        &mut self,
        forms: impl Iterator<Item = &'a str>,
        lex: &Lexicon,
        lowercase: bool,
        mut drop: Option<&mut dyn FnMut(u64) -> bool>,
        cache: Option<&WordCache>,
    ) {
        self.buf.clear();
        self.form_hash.clear();
        self.lw.clear();
        self.s3.clear();
        self.cap.clear();
        self.lex.clear();
        self.statics.clear();
        self.dropped.clear();
        self.flags.clear();
        self.aux.clear();
        self.cached.clear();
        let start = hash_bytes(b"<S>");
        let end = hash_bytes(b"</S>");
        for _ in 0..PAD {
            self.lw.push(start);
            self.s3.push(start);
            self.cap.push(5);
            self.lex.push(1 << 20);
            self.dropped.push(false);
        }
        self.ranges.clear();
        // First sweep: per-token values that neighbours need.
        for form in forms {
            let (fr, lr) = normalize(form, &mut self.buf);
            let fr = if lowercase { lr.clone() } else { fr };
            self.ranges.push((fr.start, fr.end, lr.start, lr.end));
            let f = &self.buf[fr];
            let l = &self.buf[lr];
            let fh = hash_bytes(f.as_bytes());
            self.form_hash.push(fh);
            let info = match cache
                .and_then(|c| c.map.get(fh))
                .and_then(|i| cache?.infos.get(i as usize))
            {
                Some(w) => *w,
                None => word_info(f, l, lex),
            };
            self.cached.push(info.idx);
            self.lw.push(info.lw);
            self.s3.push(info.s3);
            self.cap.push(info.flags & 7);
            self.flags.push(info.flags);
            self.aux.push(aux_class(l));
            self.lex.push(info.lex);
            self.dropped.push(drop.as_mut().is_some_and(|d| d(info.lw)));
        }
        for _ in 0..PAD {
            self.lw.push(end);
            self.s3.push(end);
            self.cap.push(6);
            self.lex.push(1 << 21);
            self.dropped.push(false);
        }
        // Sentence-level capitalization: headline-like, normal, or all lower case.
        let n = self.ranges.len();
        let (mut cased, mut upper_initial, mut any_upper) = (0usize, 0usize, false);
        for i in 0..n {
            let c = self.cap[i + PAD];
            any_upper |= matches!(c, 1..=3);
            if i > 0 && c < 4 {
                cased += 1;
                upper_initial += matches!(c, 1..=3) as usize;
            }
        }
        let sentcap: u8 = if !any_upper && n >= 3 {
            3
        } else if cased == 0 || upper_initial * 10 < cased * 4 {
            0
        } else if upper_initial * 4 < cased * 3 {
            1
        } else {
            2
        };
        self.sentcap = sentcap;
        let sentcap = sentcap as u64;
        // Second sweep: the features.
        for i in 0..n {
            let p = i + PAD;
            if self.cached[i] == u32::MAX {
                let (fa, fb, la, lz) = self.ranges[i];
                let w = WordInfo {
                    lw: self.lw[p],
                    s3: self.s3[p],
                    lex: self.lex[p],
                    flags: self.flags[i],
                    idx: u32::MAX,
                };
                let mut sf = self_features(&self.buf[fa..fb], &self.buf[la..lz], &w);
                if self.dropped[p] {
                    sf[1] = 0;
                    sf[2] = 0;
                }
                self.statics.extend_from_slice(&sf);
            } else {
                self.statics.extend_from_slice(&[0; NSELF]);
            }
            let flags = (self.flags[i] & 0x37) as u64 | ((i == 0) as u64) << 3;
            let mut st = [
                feat(11, flags),
                feat(13, self.lw[p - 1]),
                feat(14, self.lw[p + 1]),
                feat(15, self.lw[p - 2]),
                feat(16, self.lw[p + 2]),
                feat(17, self.s3[p - 1]),
                feat(18, self.s3[p + 1]),
                feat(19, pair(self.lw[p - 1], self.lw[p])),
                feat(20, pair(self.lw[p], self.lw[p + 1])),
                feat(
                    21,
                    self.cap[p - 1] as u64
                        | (self.cap[p] as u64) << 8
                        | (self.cap[p + 1] as u64) << 16,
                ),
                feat(22, self.lex[p + 1] as u64 | (self.cap[p] as u64) << 32),
                feat(23, self.lex[p - 1] as u64 | (self.cap[p] as u64) << 32),
                feat(24, pair(self.lw[p], flags & 0xF | sentcap << 8)),
                feat(25, self.lex[p] as u64 | (flags & 0xF) << 32 | sentcap << 40),
                feat(26, pair(self.s3[p], flags & 0xF | sentcap << 8)),
                feat(27, self.aux_left(i) as u64 | (self.lex[p] as u64) << 8),
                feat(
                    28,
                    self.lex[p] as u64
                        | (self.cap[p - 1] as u64) << 32
                        | (self.cap[p] as u64) << 40
                        | (self.cap[p + 1] as u64) << 48
                        | ((i == 0) as u64) << 56,
                ),
            ];
            let d = &self.dropped;
            if d[p - 2] || d[p - 1] || d[p] || d[p + 1] || d[p + 2] {
                // Indices into `st`: 1 = w-1, 2 = w+1, 3 = w-2, 4 = w+2, 7 = w-1 w, 8 = w w+1,
                // 12 = w + case.
                if d[p - 1] {
                    st[1] = 0;
                    st[7] = 0;
                }
                if d[p + 1] {
                    st[2] = 0;
                    st[8] = 0;
                }
                if d[p - 2] {
                    st[3] = 0;
                }
                if d[p + 2] {
                    st[4] = 0;
                }
                if d[p] {
                    st[7] = 0;
                    st[8] = 0;
                    st[12] = 0;
                }
            }
            self.statics.extend_from_slice(&st);
        }
    }

    /// The nearest auxiliary family within three words to the left of token `i` and its
    /// distance (`family | distance << 4`), 0 if none.
    #[inline]
    fn aux_left(&self, i: usize) -> u8 {
        for d in 1..=3usize.min(i) {
            let a = self.aux[i - d];
            if a != 0 {
                return a | (d as u8) << 4;
            }
        }
        0
    }

    /// Token `i`'s lower-cased, normalized form.
    #[inline]
    pub(crate) fn lower(&self, i: usize) -> &str {
        self.ranges
            .get(i)
            .and_then(|&(_, _, la, lz)| self.buf.get(la..lz))
            .unwrap_or("")
    }

    /// Whether token `i`'s lower-cased form ends in `ed` (`wounded`, `armed`).
    #[inline]
    pub(crate) fn ends_in_ed(&self, i: usize) -> bool {
        let l = self.lower(i);
        l.len() > 3 && l.ends_with("ed")
    }

    /// Whether token `i` is a form of `have`, `be` or `get`.
    #[inline]
    pub(crate) fn perfect_or_passive(&self, i: usize) -> bool {
        self.aux.get(i).is_some_and(|a| (1..=3).contains(a))
    }

    /// Row of token `i` in the word cache, if it is a cached word.
    #[inline]
    pub(crate) fn cached(&self, i: usize) -> Option<usize> {
        match self.cached[i] {
            u32::MAX => None,
            r => Some(r as usize),
        }
    }

    /// Hashes of the lower-cased forms, one per token.
    pub(crate) fn lw_hashes(&self) -> Vec<u64> {
        self.lw[PAD..self.lw.len() - PAD].to_vec()
    }

    /// Number of tokens prepared.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.form_hash.len()
    }

    /// Tag features for token `i` given the current left tags (`self.tags`) and, in the
    /// second pass, the first pass's right tags. Returns the number written to `out`.
    #[inline]
    pub(crate) fn dynamic(
        &self,
        i: usize,
        second: bool,
        verbal: &[bool; 256],
        out: &mut [u64; NDYN2],
    ) -> usize {
        let n = self.len();
        let t1 = if i >= 1 { self.tags[i - 1] } else { START } as u64;
        let t2 = if i >= 2 { self.tags[i - 2] } else { START } as u64;
        let w = self.lw[i + PAD];
        out[0] = feat(30, t1);
        out[1] = feat(31, t2);
        out[2] = feat(32, t1 | t2 << 8);
        out[3] = feat(33, pair(t1, w));
        // Is there a verb or auxiliary to the left (and, second pass, to the right)? Tells a
        // past tense from a participle (`the minister signed` vs `has signed`).
        let left = self.tags[..i].iter().any(|&t| verbal[t as usize]) as u64;
        let right = second
            && self
                .first
                .get(i + 1..)
                .is_some_and(|r| r.iter().any(|&t| verbal[t as usize]));
        out[4] = feat(
            40,
            left | (right as u64) << 1 | (second as u64) << 2 | (self.lex[i + PAD] as u64) << 8,
        );
        out[5] = feat(41, pair(t1 | (second as u64) << 8, self.s3[i + PAD]));
        if !second {
            if self.dropped[i + PAD] {
                out[3] = 0;
            }
            return NDYN1;
        }
        let r1 = if i + 1 < n { self.first[i + 1] } else { END } as u64;
        let r2 = if i + 2 < n { self.first[i + 2] } else { END } as u64;
        out[6] = feat(34, r1);
        out[7] = feat(35, r2);
        out[8] = feat(36, r1 | r2 << 8);
        out[9] = feat(37, t1 | r1 << 8);
        out[10] = feat(38, pair(r1, w));
        out[11] = feat(39, pair(t1 | r1 << 8, w));
        out[12] = feat(42, pair(r1, self.s3[i + PAD]));
        if self.dropped[i + PAD] {
            out[3] = 0;
            out[10] = 0;
            out[11] = 0;
        }
        NDYN2
    }

    /// The static features of token `i` (the first `NSELF` are word-only).
    #[inline]
    pub(crate) fn statics_of(&self, i: usize) -> &[u64] {
        &self.statics[i * NSTATIC..(i + 1) * NSTATIC]
    }
}
