//! The WordNet word lists the tagger and the lemmatizer share: which parts of speech a word
//! can have, and WordNet's irregular forms. Built from the generated files in `data/`
//! (see `examples/build_lexicon.rs`), decoded once on first use.
use crate::hash::{hash_bytes, pair, U64Map};
use std::sync::OnceLock;

const LEXICON_TSV: &str = include_str!("../data/wordnet-lexicon.tsv");
const EXCEPTIONS_TSV: &str = include_str!("../data/wordnet-exceptions.tsv");

/// Part-of-speech bits.
pub(crate) const N: u32 = 1;
pub(crate) const V: u32 = 2;
pub(crate) const A: u32 = 4;
pub(crate) const R: u32 = 8;

/// WordNet part-of-speech letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WnPos {
    Noun = 1,
    Verb = 2,
    Adj = 3,
    Adv = 4,
}

pub(crate) struct Lexicon {
    words: U64Map,
    exc: U64Map,
    exc_lemmas: Vec<&'static str>,
}

/// The shared lexicon.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::build)
}

impl Lexicon {
    fn build() -> Lexicon {
        let n = LEXICON_TSV.bytes().filter(|&b| b == b'\n').count() + 1;
        let mut words = U64Map::with_capacity(n);
        for line in LEXICON_TSV.lines() {
            let Some((w, letters)) = line.split_once('\t') else {
                continue;
            };
            let mut bits = 0;
            for b in letters.bytes() {
                bits |= match b {
                    b'n' => N,
                    b'v' => V,
                    b'a' => A,
                    b'r' => R,
                    _ => 0,
                };
            }
            words.insert(hash_bytes(w.as_bytes()), bits);
        }
        let mut exc = U64Map::with_capacity(EXCEPTIONS_TSV.len() / 16 + 1);
        let mut exc_lemmas = Vec::new();
        for line in EXCEPTIONS_TSV.lines() {
            let mut it = line.split('\t');
            let (Some(form), Some(pos), Some(lemma)) = (it.next(), it.next(), it.next()) else {
                continue;
            };
            let pos = match pos {
                "n" => WnPos::Noun,
                "v" => WnPos::Verb,
                "a" => WnPos::Adj,
                "r" => WnPos::Adv,
                _ => continue,
            };
            if exc.insert(exc_key(form.as_bytes(), pos), exc_lemmas.len() as u32) {
                exc_lemmas.push(lemma);
            }
        }
        Lexicon {
            words,
            exc,
            exc_lemmas,
        }
    }

    /// The part-of-speech bits of a lower-case word (0 if WordNet does not list it).
    #[inline]
    pub(crate) fn bits(&self, w: &[u8]) -> u32 {
        self.words.get(hash_bytes(w)).unwrap_or(0)
    }

    /// True if WordNet lists `w` under any of `bits`.
    #[inline]
    pub(crate) fn has(&self, w: &[u8], bits: u32) -> bool {
        self.bits(w) & bits != 0
    }

    /// The irregular lemma WordNet gives for `form` as `pos`.
    #[inline]
    pub(crate) fn exception(&self, form: &[u8], pos: WnPos) -> Option<&'static str> {
        let i = self.exc.get(exc_key(form, pos))?;
        self.exc_lemmas.get(i as usize).copied()
    }

    /// Morphological class of a lower-case word for the tagger: base parts of speech plus
    /// the inflections that could produce it from a WordNet lemma (bit layout in the code).
    pub(crate) fn morph_class(&self, w: &[u8]) -> u32 {
        let mut c = self.bits(w);
        if w.len() > 40 || w.len() < 3 {
            return c;
        }
        let mut buf = [0u8; 48];
        // `stem + tail` is listed under `bits`?
        let mut test = |stem: &[u8], tail: &[u8], bits: u32| -> u32 {
            let n = stem.len() + tail.len();
            if stem.is_empty() || n > buf.len() {
                return 0;
            }
            buf[..stem.len()].copy_from_slice(stem);
            buf[stem.len()..n].copy_from_slice(tail);
            self.bits(&buf[..n]) & bits
        };
        if self.exception(w, WnPos::Noun).is_some() {
            c |= 1 << 4;
        }
        if self.exception(w, WnPos::Verb).is_some() {
            c |= 1 << 8;
        }
        if self.exception(w, WnPos::Adj).is_some() {
            c |= 1 << 9;
        }
        let l = w.len();
        if w.ends_with(b"s") && !w.ends_with(b"ss") {
            let mut b = test(&w[..l - 1], b"", N | V);
            if w.ends_with(b"es") {
                b |= test(&w[..l - 2], b"", N | V);
            }
            if w.ends_with(b"ies") {
                b |= test(&w[..l - 3], b"y", N | V);
            }
            if b & N != 0 {
                c |= 1 << 4;
            }
            if b & V != 0 {
                c |= 1 << 5;
            }
        }
        if w.ends_with(b"ed") && l > 3 {
            let mut b = test(&w[..l - 1], b"", V) | test(&w[..l - 2], b"", V);
            if w.ends_with(b"ied") {
                b |= test(&w[..l - 3], b"y", V);
            }
            if l > 4 && w[l - 3] == w[l - 4] {
                b |= test(&w[..l - 3], b"", V);
            }
            if b != 0 {
                c |= 1 << 6;
            }
        }
        if w.ends_with(b"ing") && l > 4 {
            let mut b = test(&w[..l - 3], b"", V) | test(&w[..l - 3], b"e", V);
            if l > 5 && w[l - 4] == w[l - 5] {
                b |= test(&w[..l - 4], b"", V);
            }
            if b != 0 {
                c |= 1 << 7;
            }
        }
        if w.ends_with(b"er") && l > 3 {
            let mut b = test(&w[..l - 2], b"", A) | test(&w[..l - 1], b"", A);
            if w.ends_with(b"ier") {
                b |= test(&w[..l - 3], b"y", A);
            }
            if l > 4 && w[l - 3] == w[l - 4] {
                b |= test(&w[..l - 3], b"", A);
            }
            if b != 0 {
                c |= 1 << 9;
            }
        }
        if w.ends_with(b"est") && l > 4 {
            let mut b = test(&w[..l - 3], b"", A) | test(&w[..l - 2], b"", A);
            if w.ends_with(b"iest") {
                b |= test(&w[..l - 4], b"y", A);
            }
            if l > 5 && w[l - 4] == w[l - 5] {
                b |= test(&w[..l - 4], b"", A);
            }
            if b != 0 {
                c |= 1 << 10;
            }
        }
        if w.ends_with(b"ly") && l > 3 {
            let mut b = test(&w[..l - 2], b"", A);
            if w.ends_with(b"ily") {
                b |= test(&w[..l - 3], b"y", A);
            }
            if b != 0 {
                c |= 1 << 11;
            }
        }
        c
    }
}

fn exc_key(form: &[u8], pos: WnPos) -> u64 {
    pair(hash_bytes(form), pos as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wordnet_knows_common_words_and_inflections() {
        let lx = lexicon();
        assert!(lx.has(b"sign", V));
        assert!(lx.has(b"minister", N));
        assert!(!lx.has(b"signe", V));
        assert_eq!(lx.exception(b"went", WnPos::Verb), Some("go"));
        assert_eq!(lx.exception(b"children", WnPos::Noun), Some("child"));
        let c = lx.morph_class(b"signed");
        assert_ne!(c & (1 << 6), 0);
        let c = lx.morph_class(b"ministers");
        assert_ne!(c & (1 << 4), 0);
    }
}
