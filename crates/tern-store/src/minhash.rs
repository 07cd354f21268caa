//! Near-duplicate detection: MinHash signatures over word shingles, with LSH banding.
//!
//! A story's words (letters and digits, lowercased) are grouped into overlapping shingles of
//! [`SHINGLE`] words; each shingle is hashed to 64 bits, and the signature keeps, for each of
//! [`HASHES`] hash functions, the smallest value over all shingles. The fraction of equal
//! positions in two signatures estimates the Jaccard similarity of their shingle sets.
//! Banding splits a signature into [`BANDS`] bands of [`ROWS`] values; two stories that agree
//! on a whole band become candidates (likely when the similarity is above about
//! `(1/BANDS)^(1/ROWS)` ≈ 0.61), and candidates are confirmed when the estimate reaches
//! [`THRESHOLD`].
use xxhash_rust::xxh3::{xxh3_64, xxh3_64_with_seed};

/// Words per shingle.
pub const SHINGLE: usize = 3;
/// Hash functions in a signature.
pub const HASHES: usize = BANDS * ROWS;
/// LSH bands.
pub const BANDS: usize = 20;
/// Signature values per band.
pub const ROWS: usize = 6;
/// Estimated Jaccard similarity from which two stories are near-duplicates.
pub const THRESHOLD: f64 = 0.6;
/// Stories with fewer shingles than this get no signature (too short to judge).
pub const MIN_SHINGLES: usize = 8;

/// A MinHash signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature(pub [u32; HASHES]);

/// The multipliers and offsets of the hash family (odd multipliers, splitmix64 sequence).
const fn family() -> [(u64, u64); HASHES] {
    let mut out = [(0u64, 0u64); HASHES];
    let mut state: u64 = 0x243F_6A88_85A3_08D3;
    let mut i = 0;
    while i < HASHES {
        let mut pair = [0u64; 2];
        let mut j = 0;
        while j < 2 {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            pair[j] = z ^ (z >> 31);
            j += 1;
        }
        out[i] = (pair[0] | 1, pair[1]);
        i += 1;
    }
    out
}

static FAMILY: [(u64, u64); HASHES] = family();

/// Calls `f` with the 64-bit hash of each lowercased word (runs of letters and digits).
fn word_hashes(text: &str, mut f: impl FnMut(u64)) {
    let mut buf = String::with_capacity(32);
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        buf.clear();
        for c in word.chars() {
            buf.extend(c.to_lowercase());
        }
        f(xxh3_64(buf.as_bytes()));
    }
}

impl Signature {
    /// The signature of a story's title and text, or `None` when it has fewer than
    /// [`MIN_SHINGLES`] shingles.
    pub fn of(title: Option<&str>, text: &str) -> Option<Signature> {
        let mut mins = [u32::MAX; HASHES];
        let mut window = [0u64; SHINGLE];
        let (mut words, mut shingles) = (0usize, 0usize);
        let mut add = |h: u64| {
            window[words % SHINGLE] = h;
            words += 1;
            if words < SHINGLE {
                return;
            }
            let mut sh = 0u64;
            for k in 0..SHINGLE {
                // Order matters: combine from the oldest word in the window.
                sh = xxh3_64_with_seed(&window[(words + k) % SHINGLE].to_le_bytes(), sh);
            }
            shingles += 1;
            for (m, &(a, b)) in mins.iter_mut().zip(FAMILY.iter()) {
                let v = (a.wrapping_mul(sh).wrapping_add(b) >> 32) as u32;
                if v < *m {
                    *m = v;
                }
            }
        };
        if let Some(t) = title {
            word_hashes(t, &mut add);
        }
        word_hashes(text, &mut add);
        (shingles >= MIN_SHINGLES).then_some(Signature(mins))
    }

    /// Estimated Jaccard similarity: the fraction of equal positions.
    pub fn similarity(&self, other: &Signature) -> f64 {
        let same = self.0.iter().zip(&other.0).filter(|(a, b)| a == b).count();
        same as f64 / HASHES as f64
    }

    /// The bucket of each band (a hash of its values and its index).
    pub fn bands(&self) -> [i64; BANDS] {
        let mut out = [0i64; BANDS];
        let mut bytes = [0u8; ROWS * 4];
        for (b, chunk) in self.0.chunks_exact(ROWS).enumerate() {
            for (i, v) in chunk.iter().enumerate() {
                bytes[i * 4..i * 4 + 4].copy_from_slice(&v.to_le_bytes());
            }
            out[b] = xxh3_64_with_seed(&bytes, b as u64) as i64;
        }
        out
    }

    /// Little-endian bytes, as stored.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    /// Reads stored bytes back; `None` when the length is wrong.
    pub fn from_bytes(bytes: &[u8]) -> Option<Signature> {
        if bytes.len() != HASHES * 4 {
            return None;
        }
        let mut out = [0u32; HASHES];
        for (o, c) in out.iter_mut().zip(bytes.chunks_exact(4)) {
            *o = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        }
        Some(Signature(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "Serbia's defence minister met his Russian counterpart in Belgrade on Tuesday \
        and the two signed an agreement on military cooperation, officials said. The deal covers \
        joint exercises, training of officers and the purchase of air defence systems over the next \
        five years, according to a statement from the ministry.";

    #[test]
    fn a_lightly_edited_copy_is_similar_and_another_story_is_not() {
        let a = Signature::of(Some("Serbia and Russia sign defence pact"), STORY).unwrap();
        let edited = STORY
            .replace("on Tuesday", "on Tuesday afternoon")
            .replace("officials said", "officials told reporters");
        let b = Signature::of(Some("Serbia, Russia sign military deal"), &edited).unwrap();
        let other = Signature::of(
            None,
            "Flooding along the Danube forced thousands of people from their homes in \
             northern Serbia on Monday, and the government declared a state of emergency in \
             three districts as the river rose to its highest level in a decade.",
        )
        .unwrap();
        assert!(a.similarity(&b) >= THRESHOLD, "{}", a.similarity(&b));
        assert!(a.similarity(&other) < 0.1, "{}", a.similarity(&other));
        assert!(a.bands().iter().zip(b.bands()).any(|(x, y)| *x == y));
        assert_eq!(Signature::from_bytes(&a.to_bytes()), Some(a));
    }

    #[test]
    fn case_and_punctuation_do_not_matter_and_short_texts_get_none() {
        let a = Signature::of(None, STORY).unwrap();
        let b = Signature::of(None, &STORY.to_uppercase().replace(',', " ")).unwrap();
        assert_eq!(a.similarity(&b), 1.0);
        assert!(Signature::of(Some("Talks"), "Leaders met.").is_none());
    }
}
