//! The model file format: the weight tables stored as they are used, so loading is a
//! validation and one copy, with no decoding:
//!
//! ```text
//! "TERNPARS" version:u32 bits:[u8; 4] nlab:u8 beam:u8 0:[u8; 2] labels:[u8; nlab] (DepRel indices)
//! zero padding to a multiple of 8 bytes
//! 4 tables of 2^bits[k] rows, in this order:
//!   transitions, templates without words: rows of 4 × i16 (SHIFT, LEFT, RIGHT, unused)
//!   transitions, templates with words:    rows of 4 × i16
//!   labels, templates without words:      rows of 64 × i8 (one cache line; nlab used)
//!   labels, templates with words:         rows of 64 × i8
//! zero padding to a multiple of 8 bytes
//! checksum:u64 (over everything before it)
//! ```
//!
//! All integers are little-endian. Every length is checked against the header and the
//! checksum catches flipped bytes, so corrupt input gives an [`Error`], never a panic.
use crate::Error;
use tern_core::{DepRel, DEPRELS};

pub(crate) const MAGIC: &[u8; 8] = b"TERNPARS";
pub(crate) const VERSION: u32 = 6;
/// Weights per label-table row: one 64-byte cache line of i8, whatever the number of labels.
pub(crate) const LABEL_STRIDE: usize = 64;

/// A fast 64-bit checksum over 8-byte words (the tail zero-padded).
pub(crate) fn checksum(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0x243f_6a88_85a3_08d3 ^ bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h ^ u64::from_le_bytes(w))
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            .rotate_left(23);
    }
    let mut w = [0u8; 8];
    w[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    h = (h ^ u64::from_le_bytes(w)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    h ^ (h >> 29)
}

/// One weight table inside the model bytes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Table {
    /// log2 of the number of rows.
    pub bits: u32,
    /// Weights per row.
    pub stride: usize,
    /// Bytes per weight in the file: 2 (i16, transitions) or 1 (i8, labels).
    pub elem: usize,
    /// Offset of row 0: in bytes in the file, in weights in a loaded [`crate::Parser`].
    pub off: usize,
}

impl Table {
    /// Offset (in weights) of the row a feature hash falls in.
    #[inline(always)]
    pub fn row_offset(&self, h: u64) -> usize {
        self.off + self.stride * crate::state::row(h, self.bits)
    }
    /// Number of weights.
    pub fn len(&self) -> usize {
        self.stride << self.bits
    }
    fn bytes(&self) -> usize {
        (self.elem * self.len()).div_ceil(8) * 8
    }
}

/// Where things are inside valid model bytes.
pub(crate) struct Layout {
    pub labels: Vec<DepRel>,
    /// The decoder's beam width.
    pub beam: usize,
    /// Transitions without words, with words; labels without words, with words.
    pub tables: [Table; 4],
}

fn header_len(nlab: usize) -> usize {
    (20 + nlab).div_ceil(8) * 8
}

/// Serializes the four tables (`tables[k].0` = bits, `.1` = weights; transition tables have
/// 4 weights per row, label tables [`LABEL_STRIDE`], written as i8, clamped to ±127), with
/// the decoder's beam width.
pub(crate) fn encode(labels: &[DepRel], beam: usize, tables: [(u32, &[i16]); 4]) -> Vec<u8> {
    let h = header_len(labels.len());
    let total: usize = tables.iter().map(|t| t.1.len()).sum();
    let mut out = Vec::with_capacity(h + 2 * total + 8);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend(tables.iter().map(|t| t.0 as u8));
    let beam = beam.clamp(1, crate::parser::MAX_BEAM) as u8;
    out.extend_from_slice(&[labels.len() as u8, beam, 0, 0]);
    out.extend(labels.iter().map(|l| l.0));
    out.resize(h, 0);
    for (k, (_, t)) in tables.iter().enumerate() {
        for &w in t.iter() {
            if k < 2 {
                out.extend_from_slice(&w.to_le_bytes());
            } else {
                out.push(w.clamp(-127, 127) as i8 as u8);
            }
        }
        out.resize(out.len().div_ceil(8) * 8, 0);
    }
    let sum = checksum(&out);
    out.extend_from_slice(&sum.to_le_bytes());
    out
}

/// Checks model bytes and finds the tables.
pub(crate) fn validate(bytes: &[u8]) -> Result<Layout, Error> {
    if bytes.len() < 12 || &bytes[..8] != MAGIC {
        return Err(Error::BadHeader { version: 0 });
    }
    let version = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]);
    if version != VERSION {
        return Err(Error::BadHeader { version });
    }
    let corrupt = |offset: usize, message: &str| Error::Corrupt {
        offset,
        message: message.to_string(),
    };
    if bytes.len() < 32 {
        return Err(corrupt(bytes.len(), "truncated header"));
    }
    let nlab = bytes[16] as usize;
    if nlab == 0 || nlab > 64 {
        return Err(corrupt(16, "label count out of range"));
    }
    let beam = bytes[17] as usize;
    if beam == 0 || beam > crate::parser::MAX_BEAM {
        return Err(corrupt(17, "beam width out of range"));
    }
    let mut off = header_len(nlab);
    let mut tables = [Table {
        bits: 0,
        stride: 0,
        elem: 0,
        off: 0,
    }; 4];
    for (k, t) in tables.iter_mut().enumerate() {
        let bits = bytes[12 + k] as u32;
        if !(4..=24).contains(&bits) {
            return Err(corrupt(12 + k, "table size out of range"));
        }
        let (stride, elem) = if k < 2 { (4, 2) } else { (LABEL_STRIDE, 1) };
        *t = Table {
            bits,
            stride,
            elem,
            off,
        };
        off += t.bytes();
    }
    let end = off;
    if bytes.len() != end + 8 {
        return Err(corrupt(
            bytes.len().min(end),
            &format!("expected {} bytes, found {}", end + 8, bytes.len()),
        ));
    }
    let (body, sum) = bytes.split_at(end);
    let mut s = [0u8; 8];
    s.copy_from_slice(sum);
    if checksum(body) != u64::from_le_bytes(s) {
        return Err(corrupt(end, "checksum mismatch"));
    }
    let mut labels = Vec::with_capacity(nlab);
    for (i, &l) in bytes[20..20 + nlab].iter().enumerate() {
        if l as usize >= DEPRELS.len() {
            return Err(corrupt(20 + i, "unknown relation"));
        }
        labels.push(DepRel(l));
    }
    Ok(Layout {
        labels,
        beam,
        tables,
    })
}
