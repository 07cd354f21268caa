//! Stable 64-bit hashing of strings and feature keys (the same on every platform, so models
//! trained on one machine work on all).

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// The splitmix64 finaliser: a cheap, well-mixing permutation of `u64`.
#[inline]
pub(crate) fn fmix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Hash of a byte string.
#[inline]
pub(crate) fn hash_bytes(b: &[u8]) -> u64 {
    let mut h = K ^ (b.len() as u64).wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(23) ^ v).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(23) ^ u64::from_le_bytes(buf)).wrapping_mul(K);
    }
    fmix(h)
}

/// A feature key: template number combined with a value hash; never 0 (0 marks empty slots).
#[inline]
pub(crate) fn feat(template: u32, value: u64) -> u64 {
    let h = fmix(value ^ (u64::from(template) + 1).wrapping_mul(K));
    if h == 0 {
        1
    } else {
        h
    }
}

/// Combines two hashes (order matters).
#[inline]
pub(crate) fn pair(a: u64, b: u64) -> u64 {
    fmix(a.rotate_left(17) ^ b.wrapping_mul(0xC2B2_AE3D_27D4_EB4F))
}

/// A small open-addressing map from non-zero `u64` keys to `u32` values, built once and
/// read many times.
#[derive(Clone, Debug, Default)]
pub(crate) struct U64Map {
    /// Key and value side by side, so a lookup touches one cache line.
    slots: Vec<(u64, u32)>,
    mask: usize,
    len: usize,
}

impl U64Map {
    /// An empty map sized for `n` keys.
    pub(crate) fn with_capacity(n: usize) -> U64Map {
        let cap = (n * 3 / 2).max(16).next_power_of_two();
        U64Map {
            slots: vec![(0, 0); cap],
            mask: cap - 1,
            len: 0,
        }
    }

    /// Inserts `key` (non-zero) with `val`; returns false if the key was already present
    /// (the old value is kept) or the map is full.
    pub(crate) fn insert(&mut self, key: u64, val: u32) -> bool {
        // Keep at least a quarter of the slots empty so that lookups always terminate.
        if key == 0 || (self.len + 1) * 4 > self.slots.len() * 3 {
            return false;
        }
        let mut i = (key as usize) & self.mask;
        for _ in 0..self.slots.len() {
            match self.slots[i].0 {
                0 => {
                    self.slots[i] = (key, val);
                    self.len += 1;
                    return true;
                }
                k if k == key => return false,
                _ => i = (i + 1) & self.mask,
            }
        }
        false
    }

    /// The value for `key`.
    #[inline]
    pub(crate) fn get(&self, key: u64) -> Option<u32> {
        let mut i = (key as usize) & self.mask;
        loop {
            let (k, v) = self.slots[i];
            if k == key {
                return Some(v);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_stable_and_distinct() {
        assert_ne!(hash_bytes(b"signed"), hash_bytes(b"signe"));
        assert_ne!(hash_bytes(b""), hash_bytes(b"a"));
        assert_eq!(hash_bytes(b"minister"), hash_bytes(b"minister"));
        assert_ne!(feat(1, 5), feat(2, 5));
        let mut m = U64Map::with_capacity(3);
        assert!(m.insert(7, 1));
        assert!(!m.insert(7, 2));
        assert!(m.insert(7 + 32, 3));
        assert_eq!(m.get(7), Some(1));
        assert_eq!(m.get(39), Some(3));
        assert_eq!(m.get(8), None);
    }
}
