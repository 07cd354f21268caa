//! The runtime tagger: a compact feature table of quantized weights, its binary format and
//! the two-pass greedy decoder.
use crate::features::{
    normalized, self_features, word_info, Scratch, WordCache, LEFT_DEPENDENT, NDYN2, NSELF,
    RIGHT_ONLY,
};
use crate::hash::{hash_bytes, U64Map};
use crate::lemma::lemmatize;
use crate::lexicon::lexicon;
use crate::Error;
use std::cell::RefCell;
use std::path::Path;
use std::sync::OnceLock;
use tern_core::{Sentence, Upos, Xpos};

const MAGIC: &[u8; 8] = b"TERNPOS\0";
const VERSION: u32 = 2;
const EMBEDDED: &[u8] = include_bytes!("../models/en_ewt.tagger");

/// Rows with at most this many weights live inside their slot (one cache miss per lookup).
const INLINE: usize = 3;
/// Class byte of an unused inline entry (weight 0, added to a scratch score).
const EMPTY: u32 = 0xFF;
/// Class byte marking a slot whose row is in `entries` (`e[1]` = start, `e[2]` = count).
const OVERFLOW: u32 = 0xFE;

/// One 16-byte slot of the open-addressing feature table: a 32-bit fingerprint of the
/// feature key (0 = empty) and its weights, inline when there are at most three.
#[derive(Clone, Copy, Default)]
#[repr(C, align(16))]
struct Slot {
    fp: u32,
    e: [u32; INLINE],
}

#[inline]
fn fingerprint(key: u64) -> u32 {
    key as u32 | 1
}

/// A part-of-speech tagger: averaged perceptron over joint (UPOS, XPOS) classes, decoded
/// greedily left to right, then once more with the first pass's right-hand tags as features.
///
/// Immutable once built; share it across threads (`Tagger::embedded()` is `'static`).
#[derive(Clone)]
pub struct Tagger {
    pub(crate) classes: Vec<(Upos, Xpos)>,
    pub(crate) two_pass: bool,
    pub(crate) scale: f32,
    /// Tag dictionary: hash of a frequent unambiguous form → class.
    pub(crate) dict_keys: Vec<u64>,
    pub(crate) dict_classes: Vec<u8>,
    dict: U64Map,
    /// Feature keys in increasing order, with entry counts.
    pub(crate) feat_keys: Vec<u64>,
    pub(crate) feat_counts: Vec<u16>,
    /// Entries: class in the low 8 bits, weight (i16) in the high 16.
    pub(crate) entries: Vec<u32>,
    slots: Vec<Slot>,
    /// Frequent words whose word-only scores are precomputed.
    pub(crate) words: Vec<String>,
    cache: WordCache,
    cache_scores: Vec<i32>,
    verbal: [bool; 256],
}

impl std::fmt::Debug for Tagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tagger")
            .field("classes", &self.classes.len())
            .field("features", &self.feat_keys.len())
            .field("weights", &self.entries.len())
            .field("tag_dictionary", &self.dict_keys.len())
            .finish()
    }
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

struct Cursor<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8], Error> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.b.len());
        match end {
            Some(e) => {
                let s = &self.b[self.at..e];
                self.at = e;
                Ok(s)
            }
            None => Err(Error::Corrupt(format!(
                "truncated at byte {} reading {what}",
                self.at
            ))),
        }
    }
    fn u32(&mut self, what: &str) -> Result<u32, Error> {
        let s = self.take(4, what)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn count(&mut self, what: &str, elem: usize) -> Result<usize, Error> {
        let n = self.u32(what)? as usize;
        if n.saturating_mul(elem) > self.b.len() - self.at {
            return Err(Error::Corrupt(format!("{what} count {n} exceeds the file")));
        }
        Ok(n)
    }
    fn u64s(&mut self, n: usize, what: &str) -> Result<Vec<u64>, Error> {
        let s = self.take(n * 8, what)?;
        Ok(s.chunks_exact(8)
            .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
            .collect())
    }
}

impl Tagger {
    /// The built-in English model (trained on UD English EWT), decoded on first use.
    ///
    /// # Panics
    /// Never for a released build: the embedded model is checked by the crate's tests; should
    /// it be damaged anyway, an empty tagger that tags everything `X`/`XX` is used instead.
    pub fn embedded() -> &'static Tagger {
        static T: OnceLock<Tagger> = OnceLock::new();
        T.get_or_init(|| Tagger::from_bytes(EMBEDDED).unwrap_or_else(|_| Tagger::empty()))
    }

    /// A tagger with no weights.
    fn empty() -> Tagger {
        Tagger::build(
            vec![(Upos::X, Xpos::default())],
            false,
            1.0,
            vec![],
            vec![],
            vec![],
            vec![],
            vec![],
            vec![],
        )
        .unwrap_or_else(|_| unreachable_empty())
    }

    /// Assembles a tagger from its parts, validating them and building the lookup tables.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn build(
        classes: Vec<(Upos, Xpos)>,
        two_pass: bool,
        scale: f32,
        dict_keys: Vec<u64>,
        dict_classes: Vec<u8>,
        feat_keys: Vec<u64>,
        feat_counts: Vec<u16>,
        entries: Vec<u32>,
        words: Vec<String>,
    ) -> Result<Tagger, Error> {
        let nc = classes.len();
        if nc == 0 || nc > 250 {
            return Err(Error::Corrupt(format!("{nc} classes (1 to 250 allowed)")));
        }
        if dict_keys.len() != dict_classes.len() || feat_keys.len() != feat_counts.len() {
            return Err(Error::Corrupt("table lengths disagree".into()));
        }
        let mut dict = U64Map::with_capacity(dict_keys.len());
        for (&k, &c) in dict_keys.iter().zip(&dict_classes) {
            if c as usize >= nc || !dict.insert(k, c as u32) {
                return Err(Error::Corrupt("bad tag dictionary entry".into()));
            }
        }
        let total: usize = feat_counts.iter().map(|&c| c as usize).sum();
        if total != entries.len() {
            return Err(Error::Corrupt(format!(
                "feature counts sum to {total}, but there are {} weights",
                entries.len()
            )));
        }
        if entries.iter().any(|&e| (e & 0xFF) as usize >= nc) {
            return Err(Error::Corrupt("weight for a class out of range".into()));
        }
        let cap = (feat_keys.len() * 5 / 3).max(16);
        let mut slots = vec![Slot::default(); cap];
        let mut start = 0u32;
        for (&key, &count) in feat_keys.iter().zip(&feat_counts) {
            if key == 0 {
                return Err(Error::Corrupt("zero feature key".into()));
            }
            let row = &entries[start as usize..start as usize + count as usize];
            let mut slot = Slot {
                fp: fingerprint(key),
                e: [EMPTY; INLINE],
            };
            if row.len() <= INLINE {
                slot.e[..row.len()].copy_from_slice(row);
            } else {
                slot.e = [OVERFLOW, start, count as u32];
            }
            let mut i = slot_of(key, cap);
            while slots[i].fp != 0 {
                i += 1;
                if i == cap {
                    i = 0;
                }
            }
            slots[i] = slot;
            start += count as u32;
        }
        let mut t = Tagger {
            classes,
            two_pass,
            scale,
            dict_keys,
            dict_classes,
            dict,
            feat_keys,
            feat_counts,
            entries,
            slots,
            words: Vec::new(),
            cache: WordCache::default(),
            cache_scores: Vec::new(),
            verbal: [false; 256],
        };
        t.verbal = crate::features::verbal_classes(&t.classes);
        t.set_words(words);
        Ok(t)
    }

    /// Precomputes the word-only scores of frequent words.
    fn set_words(&mut self, words: Vec<String>) {
        let lex = lexicon();
        let nc = self.classes.len();
        let mut map = crate::hash::U64Map::with_capacity(words.len());
        let mut infos = Vec::with_capacity(words.len());
        let mut scores_all = Vec::with_capacity(words.len() * nc);
        let mut buf = String::new();
        let mut scores = [0i32; 256];
        for w in &words {
            let (fend, la, lz) = normalized(w, &mut buf);
            let (f, l) = (&buf[..fend], &buf[la..lz]);
            let mut info = word_info(f, l, lex);
            info.idx = infos.len() as u32;
            if !map.insert(hash_bytes(f.as_bytes()), info.idx) {
                continue;
            }
            scores[..nc].fill(0);
            for k in self_features(f, l, &info) {
                self.add(k, &mut scores);
            }
            scores_all.extend_from_slice(&scores[..nc]);
            infos.push(info);
        }
        self.cache = WordCache { map, infos };
        self.cache_scores = scores_all;
        self.words = words;
    }

    /// Decodes a model from the bytes [`Tagger::save`] writes.
    ///
    /// # Errors
    /// [`Error::Corrupt`] if the bytes are not a tagger model of this version or are damaged
    /// (every length, index and the checksum are checked).
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, Error> {
        if bytes.len() < MAGIC.len() + 12 || &bytes[..8] != MAGIC {
            return Err(Error::Corrupt("not a tern tagger model (bad magic)".into()));
        }
        let (body, sum) = bytes.split_at(bytes.len() - 8);
        let want = u64::from_le_bytes([
            sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], sum[7],
        ]);
        if hash_bytes(body) != want {
            return Err(Error::Corrupt("checksum mismatch".into()));
        }
        let mut c = Cursor { b: body, at: 8 };
        let version = c.u32("version")?;
        if version != VERSION {
            return Err(Error::Corrupt(format!(
                "model version {version}, this build reads version {VERSION}"
            )));
        }
        let flags = c.u32("flags")?;
        let nc = c.count("classes", 2)?;
        let mut classes = Vec::with_capacity(nc);
        for _ in 0..nc {
            let p = c.take(2, "class")?;
            if p[0] as usize >= Upos::COUNT || p[1] as usize >= Xpos::COUNT {
                return Err(Error::Corrupt(format!("unknown tag in class {:?}", p)));
            }
            classes.push((Upos(p[0]), Xpos(p[1])));
        }
        let scale = f32::from_bits(c.u32("scale")?);
        if !scale.is_finite() || scale <= 0.0 {
            return Err(Error::Corrupt(format!("bad weight scale {scale}")));
        }
        let nd = c.count("tag dictionary", 9)?;
        let dict_keys = c.u64s(nd, "tag dictionary keys")?;
        let dict_classes = c.take(nd, "tag dictionary classes")?.to_vec();
        let nw = c.count("cached words", 1)?;
        let mut words = Vec::with_capacity(nw);
        for _ in 0..nw {
            let len = c.take(1, "word length")?[0] as usize;
            let w = std::str::from_utf8(c.take(len, "word")?)
                .map_err(|_| Error::Corrupt("cached word is not UTF-8".into()))?;
            words.push(w.to_string());
        }
        let nf = c.count("features", 10)?;
        let feat_keys = c.u64s(nf, "feature keys")?;
        if feat_keys.windows(2).any(|w| w[0] >= w[1]) {
            return Err(Error::Corrupt("feature keys out of order".into()));
        }
        let feat_counts: Vec<u16> = c
            .take(nf * 2, "feature counts")?
            .chunks_exact(2)
            .map(|p| u16::from_le_bytes([p[0], p[1]]))
            .collect();
        let ne = c.count("weights", 3)?;
        let cls = c.take(ne, "weight classes")?;
        let ws = c.take(ne * 2, "weights")?;
        let entries: Vec<u32> = cls
            .iter()
            .zip(ws.chunks_exact(2))
            .map(|(&k, w)| (u16::from_le_bytes([w[0], w[1]]) as u32) << 16 | k as u32)
            .collect();
        if c.at != body.len() {
            return Err(Error::Corrupt(format!(
                "{} stray bytes at the end",
                body.len() - c.at
            )));
        }
        Tagger::build(
            classes,
            flags & 1 != 0,
            scale,
            dict_keys,
            dict_classes,
            feat_keys,
            feat_counts,
            entries,
            words,
        )
    }

    /// The model in its binary form.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(64 + self.feat_keys.len() * 10 + self.entries.len() * 3);
        b.extend_from_slice(MAGIC);
        b.extend_from_slice(&VERSION.to_le_bytes());
        b.extend_from_slice(&(self.two_pass as u32).to_le_bytes());
        b.extend_from_slice(&(self.classes.len() as u32).to_le_bytes());
        for (u, x) in &self.classes {
            b.push(u.0);
            b.push(x.0);
        }
        b.extend_from_slice(&self.scale.to_bits().to_le_bytes());
        b.extend_from_slice(&(self.dict_keys.len() as u32).to_le_bytes());
        for k in &self.dict_keys {
            b.extend_from_slice(&k.to_le_bytes());
        }
        b.extend_from_slice(&self.dict_classes);
        let words: Vec<&String> = self.words.iter().filter(|w| w.len() < 256).collect();
        b.extend_from_slice(&(words.len() as u32).to_le_bytes());
        for w in words {
            b.push(w.len() as u8);
            b.extend_from_slice(w.as_bytes());
        }
        b.extend_from_slice(&(self.feat_keys.len() as u32).to_le_bytes());
        for k in &self.feat_keys {
            b.extend_from_slice(&k.to_le_bytes());
        }
        for c in &self.feat_counts {
            b.extend_from_slice(&c.to_le_bytes());
        }
        b.extend_from_slice(&(self.entries.len() as u32).to_le_bytes());
        b.extend(self.entries.iter().map(|&e| e as u8));
        for &e in &self.entries {
            b.extend_from_slice(&((e >> 16) as u16).to_le_bytes());
        }
        let sum = hash_bytes(&b);
        b.extend_from_slice(&sum.to_le_bytes());
        b
    }

    /// Reads a model file.
    ///
    /// # Errors
    /// [`Error::Io`] if the file cannot be read, [`Error::Corrupt`] if it is not a valid model.
    pub fn load(path: &Path) -> Result<Tagger, Error> {
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Tagger::from_bytes(&bytes)
    }

    /// Writes the model to a file.
    ///
    /// # Errors
    /// [`Error::Io`] if the file cannot be written.
    pub fn save(&self, path: &Path) -> Result<(), Error> {
        std::fs::write(path, self.to_bytes()).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })
    }

    /// A copy without the weights whose magnitude is below `min` (in quantized units, the
    /// largest weight being 32767): a smaller, faster and slightly less accurate model.
    pub fn pruned(&self, min: i32) -> Tagger {
        let mut keys = Vec::new();
        let mut counts = Vec::new();
        let mut entries = Vec::new();
        let mut at = 0usize;
        for (&k, &c) in self.feat_keys.iter().zip(&self.feat_counts) {
            let row = &self.entries[at..at + c as usize];
            at += c as usize;
            let before = entries.len();
            entries.extend(row.iter().filter(|&&e| ((e as i32) >> 16).abs() >= min));
            if entries.len() > before {
                keys.push(k);
                counts.push((entries.len() - before) as u16);
            }
        }
        Tagger::build(
            self.classes.clone(),
            self.two_pass,
            self.scale,
            self.dict_keys.clone(),
            self.dict_classes.clone(),
            keys,
            counts,
            entries,
            self.words.clone(),
        )
        .unwrap_or_else(|_| self.clone())
    }

    /// Number of features and of non-zero weights in the model.
    pub fn size(&self) -> (usize, usize) {
        (self.feat_keys.len(), self.entries.len())
    }

    #[inline]
    fn add(&self, key: u64, scores: &mut [i32; 256]) {
        if key == 0 {
            return;
        }
        let cap = self.slots.len();
        let fp = fingerprint(key);
        let mut i = slot_of(key, cap);
        loop {
            let Some(s) = self.slots.get(i) else {
                return;
            };
            if s.fp == fp {
                if s.e[0] & 0xFF == OVERFLOW {
                    let (start, n) = (s.e[1] as usize, s.e[2] as usize);
                    for &e in self.entries.get(start..start + n).unwrap_or(&[]) {
                        scores[(e & 0xFF) as usize] += (e as i32) >> 16;
                    }
                } else {
                    for e in s.e {
                        scores[(e & 0xFF) as usize] += (e as i32) >> 16;
                    }
                }
                return;
            }
            if s.fp == 0 {
                return;
            }
            i += 1;
            if i == cap {
                i = 0;
            }
        }
    }

    #[inline]
    fn argmax(&self, scores: &[i32; 256]) -> u8 {
        let nc = self.classes.len();
        let mut best = 0;
        let mut best_score = i32::MIN;
        for (c, &s) in scores[..nc].iter().enumerate() {
            if s > best_score {
                best_score = s;
                best = c;
            }
        }
        best as u8
    }

    /// The best class and its lead over the runner-up.
    #[inline]
    fn argmax_margin(&self, scores: &[i32; 256]) -> (u8, i32) {
        let nc = self.classes.len();
        let mut best = 0;
        let mut b1 = i32::MIN;
        let mut b2 = i32::MIN;
        for (c, &s) in scores[..nc].iter().enumerate() {
            if s > b1 {
                b2 = b1;
                b1 = s;
                best = c;
            } else if s > b2 {
                b2 = s;
            }
        }
        (best as u8, b1.saturating_sub(b2))
    }

    /// Hints the CPU to fetch the table slots of token `i`'s static features.
    #[inline]
    fn prefetch_statics(&self, s: &Scratch, i: usize) {
        if s.fixed[i] {
            return;
        }
        let st = s.statics_of(i);
        let from = if s.cached(i).is_some() { NSELF } else { 0 };
        let cap = self.slots.len();
        for &f in &st[from..] {
            if f != 0 {
                prefetch(&self.slots, slot_of(f, cap));
            }
        }
    }

    /// Tags a prepared sentence: leaves the chosen classes in `s.tags`.
    pub(crate) fn decode(&self, s: &mut Scratch) {
        let n = s.len();
        let nc = self.classes.len();
        s.tags.clear();
        s.tags.resize(n, 0);
        s.fixed.clear();
        s.static_scores.clear();
        s.static_scores.resize(n * nc, 0);
        for i in 0..n {
            let d = self.dict.get(s.form_hash[i]);
            s.fixed.push(d.is_some());
            if let Some(c) = d {
                s.tags[i] = c as u8;
            }
        }
        let mut dyn_feats = [0u64; NDYN2];
        let mut scores = [0i32; 256];
        // Static scores of every token first: their lookups do not depend on tags, so the
        // table slots of the next token are prefetched while this one is scored.
        if n > 0 {
            self.prefetch_statics(s, 0);
        }
        for i in 0..n {
            if i + 1 < n {
                self.prefetch_statics(s, i + 1);
            }
            if s.fixed[i] {
                continue;
            }
            let st = s.statics_of(i);
            match s.cached(i) {
                Some(r) => scores[..nc].copy_from_slice(&self.cache_scores[r * nc..(r + 1) * nc]),
                None => {
                    scores[..nc].fill(0);
                    for &f in &st[..NSELF] {
                        self.add(f, &mut scores);
                    }
                }
            }
            for &f in &st[NSELF..] {
                self.add(f, &mut scores);
            }
            s.static_scores[i * nc..(i + 1) * nc].copy_from_slice(&scores[..nc]);
            // A guess from the word alone, so that the next token's tag features can be
            // prefetched before this token's tag is known.
            s.tags[i] = self.argmax(&scores);
        }
        let cap = self.slots.len();
        let mut next = [0u64; NDYN2];
        for i in 0..n {
            if s.fixed[i] {
                continue;
            }
            if i + 1 < n && !s.fixed[i + 1] {
                let k = s.dynamic(i + 1, false, &self.verbal, &mut next);
                for &f in &next[..k] {
                    prefetch(&self.slots, slot_of(f, cap));
                }
            }
            scores[..nc].copy_from_slice(&s.static_scores[i * nc..(i + 1) * nc]);
            let k = s.dynamic(i, false, &self.verbal, &mut dyn_feats);
            for &f in &dyn_feats[..k] {
                self.add(f, &mut scores);
            }
            let (b, m) = self.argmax_margin(&scores);
            s.tags[i] = b;
            // A first-pass decision this clear is kept: the second pass does not change it
            // (measured on EWT dev and test) and skipping it saves a third of the lookups.
            if m >= SURE_MARGIN {
                s.fixed[i] = true;
            }
        }
        if !self.two_pass {
            return;
        }
        std::mem::swap(&mut s.first, &mut s.tags);
        s.tags.clear();
        s.tags.extend_from_slice(&s.first);
        // Features of the first pass's right tags, for the whole sentence (prefetched one
        // token ahead), then the left-tag features token by token. `s.tags` still holds the
        // first pass's tags here.
        let mut next_i = (0..n).find(|&i| !s.fixed[i]);
        if let Some(j) = next_i {
            s.dynamic(j, true, &self.verbal, &mut next);
        }
        while let Some(i) = next_i {
            dyn_feats = next;
            next_i = (i + 1..n).find(|&j| !s.fixed[j]);
            if let Some(j) = next_i {
                s.dynamic(j, true, &self.verbal, &mut next);
                // The left-tag features too, as the first pass's tags predict them (they
                // stay in cache until the second pass needs them).
                for &f in &next {
                    prefetch(&self.slots, slot_of(f, cap));
                }
            }
            scores[..nc].copy_from_slice(&s.static_scores[i * nc..(i + 1) * nc]);
            for &x in &RIGHT_ONLY {
                self.add(dyn_feats[x], &mut scores);
            }
            s.static_scores[i * nc..(i + 1) * nc].copy_from_slice(&scores[..nc]);
        }
        for i in 0..n {
            if s.fixed[i] {
                continue;
            }
            scores[..nc].copy_from_slice(&s.static_scores[i * nc..(i + 1) * nc]);
            s.dynamic(i, true, &self.verbal, &mut dyn_feats);
            for &x in &LEFT_DEPENDENT {
                self.add(dyn_feats[x], &mut scores);
            }
            s.tags[i] = self.argmax(&scores);
        }
    }

    /// Fills `upos`, `xpos` and `lemma` of every token of the sentence from its forms.
    ///
    /// Forms are expected normalized (NFC, straight quotes) but curly quotes, ``` `` ```/`''`
    /// and all-lower-case text are handled too. Never fails: unknown words get the most
    /// likely tags from their shape, affixes and context.
    pub fn tag(&self, sentence: &mut Sentence) {
        SCRATCH.with(|cell| {
            let Ok(mut s) = cell.try_borrow_mut() else {
                let mut fresh = Scratch::default();
                self.tag_with(sentence, &mut fresh);
                return;
            };
            self.tag_with(sentence, &mut s);
        });
    }

    fn tag_with(&self, sentence: &mut Sentence, s: &mut Scratch) {
        s.prepare(
            sentence.tokens.iter().map(|t| t.form.as_str()),
            lexicon(),
            false,
            None,
            Some(&self.cache),
        );
        self.decode(s);
        for (tok, &c) in sentence.tokens.iter_mut().zip(&s.tags) {
            let (u, x) = self.classes.get(c as usize).copied().unwrap_or_default();
            tok.upos = u;
            tok.xpos = x;
            let lemma = lemmatize(&tok.form, u, x);
            tok.lemma.clear();
            tok.lemma.push_str(&lemma);
        }
    }

    /// Tags a list of forms, returning (UPOS, XPOS) per form (no lemmas).
    pub fn tag_forms<S: AsRef<str>>(&self, forms: &[S]) -> Vec<(Upos, Xpos)> {
        let mut s = Scratch::default();
        s.prepare(
            forms.iter().map(|f| f.as_ref()),
            lexicon(),
            false,
            None,
            Some(&self.cache),
        );
        self.decode(&mut s);
        s.tags
            .iter()
            .map(|&c| self.classes.get(c as usize).copied().unwrap_or_default())
            .collect()
    }
}

fn unreachable_empty() -> Tagger {
    // `build` cannot fail for the empty model; this keeps `embedded` free of panics anyway.
    Tagger {
        classes: vec![(Upos::X, Xpos::default())],
        two_pass: false,
        scale: 1.0,
        dict_keys: vec![],
        dict_classes: vec![],
        dict: U64Map::with_capacity(0),
        feat_keys: vec![],
        feat_counts: vec![],
        entries: vec![],
        slots: vec![Slot::default(); 16],
        words: vec![],
        cache: WordCache::default(),
        cache_scores: vec![],
        verbal: [false; 256],
    }
}

/// First-pass score lead (quantized units: the largest single weight is 32,767) above which
/// a token skips the second pass. 30,000 leaves EWT dev and test accuracy unchanged; 10,000
/// costs 0.1 point of dev UPOS.
const SURE_MARGIN: i32 = 30_000;

/// The home slot of a key in a table of `cap` slots (multiply-shift, no power of two needed).
#[inline]
fn slot_of(key: u64, cap: usize) -> usize {
    ((key as u128 * cap as u128) >> 64) as usize
}

/// Asks the CPU to bring `slots[i]` into cache (no effect on other targets or out of range).
#[inline(always)]
fn prefetch<T>(slots: &[T], i: usize) {
    #[cfg(target_arch = "x86_64")]
    if let Some(p) = slots.get(i) {
        // SAFETY: SSE is part of the x86_64 baseline, and a prefetch of a valid reference
        // neither reads nor writes memory the program can observe.
        unsafe {
            std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
                (p as *const T).cast::<i8>(),
            );
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (slots, i);
}
