//! Line reading with bounded memory and lossy UTF-8 decoding that remembers where the file
//! was not UTF-8.

use std::io::{self, BufRead};
use tern_core::Diagnostic;

/// What [`LineReader::next_line`] found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct LineInfo {
    /// 1-based line number of the line (of the piece, in [`Mode::Pieces`]).
    pub number: usize,
    /// `Some(total bytes)` when the line was longer than the cap and skipped ([`Mode::Skip`]).
    pub too_long: Option<u64>,
}

/// How over-long lines are handled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// A line longer than the cap is read through to its newline without being kept, and
    /// reported with [`LineInfo::too_long`].
    Skip,
    /// A line longer than the cap is returned in pieces of at most the cap, cut at character
    /// boundaries (for formats where a line break carries no meaning, like plain text).
    Pieces,
}

/// Reads lines from a [`BufRead`], decoding them lossily and tracking line numbers and the
/// first invalid UTF-8 byte.
pub(crate) struct LineReader<R> {
    inner: R,
    cap: usize,
    mode: Mode,
    /// Line number of the last line returned (0 before the first).
    line: usize,
    /// True when the last piece returned did not end its line.
    mid_line: bool,
    /// Byte offset in the input of the next unread byte.
    offset: u64,
    raw: Vec<u8>,
    /// Bytes of the current line already consumed into `raw` earlier (pieces mode carry).
    bad_first: Option<u64>,
    bad_count: u64,
    at_start: bool,
    eof: bool,
}

impl<R: BufRead> LineReader<R> {
    pub(crate) fn new(inner: R, cap: usize, mode: Mode) -> Self {
        LineReader {
            inner,
            cap: cap.max(8),
            mode,
            line: 0,
            mid_line: false,
            offset: 0,
            raw: Vec::new(),
            bad_first: None,
            bad_count: 0,
            at_start: true,
            eof: false,
        }
    }

    /// Line number of the last line returned.
    pub(crate) fn line(&self) -> usize {
        self.line
    }

    /// Appends the next line (with its `\n`, if any) to `out`. Returns `None` at the end of
    /// the input.
    pub(crate) fn next_line(&mut self, out: &mut String) -> io::Result<Option<LineInfo>> {
        if self.eof && self.raw.is_empty() {
            return Ok(None);
        }
        if !self.mid_line {
            self.line += 1;
        }
        // Start offset of the bytes in `raw` (carry from a previous piece).
        let mut start = self.offset - self.raw.len() as u64;
        let mut skipped: u64 = 0;
        let mut skipping = false;
        loop {
            let buf = match self.inner.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                self.eof = true;
                break;
            }
            let nl = memchr::memchr(b'\n', buf);
            let take = nl.map_or(buf.len(), |i| i + 1);
            if skipping {
                skipped += take as u64;
                self.inner.consume(take);
                self.offset += take as u64;
                if nl.is_some() {
                    break;
                }
                continue;
            }
            if self.raw.is_empty() && nl.is_some() && take <= self.cap {
                // Fast path: the whole line is in the buffer.
                let line = &buf[..take];
                decode_into(
                    line,
                    start,
                    out,
                    &mut self.bad_first,
                    &mut self.bad_count,
                    &mut self.at_start,
                );
                self.inner.consume(take);
                self.offset += take as u64;
                self.mid_line = false;
                return Ok(Some(LineInfo {
                    number: self.line,
                    too_long: None,
                }));
            }
            if self.raw.len() + take > self.cap {
                match self.mode {
                    Mode::Skip => {
                        skipping = true;
                        skipped = self.raw.len() as u64 + take as u64;
                        self.raw.clear();
                        self.inner.consume(take);
                        self.offset += take as u64;
                        if nl.is_some() {
                            break;
                        }
                        continue;
                    }
                    Mode::Pieces => {
                        let room = self.cap - self.raw.len();
                        self.raw.extend_from_slice(&buf[..room]);
                        self.inner.consume(room);
                        self.offset += room as u64;
                        // Cut at a character boundary; carry the rest.
                        let cut = char_cut(&self.raw);
                        let rest = self.raw.split_off(cut);
                        decode_into(
                            &self.raw,
                            start,
                            out,
                            &mut self.bad_first,
                            &mut self.bad_count,
                            &mut self.at_start,
                        );
                        self.raw = rest;
                        self.mid_line = true;
                        return Ok(Some(LineInfo {
                            number: self.line,
                            too_long: None,
                        }));
                    }
                }
            }
            self.raw.extend_from_slice(&buf[..take]);
            self.inner.consume(take);
            self.offset += take as u64;
            if nl.is_some() {
                break;
            }
        }
        if skipping {
            self.mid_line = false;
            return Ok(Some(LineInfo {
                number: self.line,
                too_long: Some(skipped),
            }));
        }
        if self.raw.is_empty() {
            // End of input right at a line start: no line.
            if !self.mid_line {
                self.line -= 1;
            }
            self.mid_line = false;
            return Ok(None);
        }
        decode_into(
            &self.raw,
            start,
            out,
            &mut self.bad_first,
            &mut self.bad_count,
            &mut self.at_start,
        );
        start += self.raw.len() as u64;
        let _ = start;
        self.raw.clear();
        self.mid_line = false;
        Ok(Some(LineInfo {
            number: self.line,
            too_long: None,
        }))
    }

    /// The warning about invalid UTF-8 seen so far, if any (call at the end of the input).
    pub(crate) fn utf8_warning(&self, path: &str) -> Option<Diagnostic> {
        let first = self.bad_first?;
        let times = if self.bad_count == 1 {
            String::new()
        } else {
            format!(" ({} places)", self.bad_count)
        };
        Some(
            Diagnostic::warning(
                path,
                None,
                format!("invalid UTF-8 replaced with U+FFFD{times}"),
            )
            .at_byte(first),
        )
    }
}

/// Where to cut `raw` so that no UTF-8 character is split: before a trailing incomplete
/// sequence, or at the end.
fn char_cut(raw: &[u8]) -> usize {
    let len = raw.len();
    let mut i = len;
    while i > 0 && len - i < 3 && raw[i - 1] & 0xC0 == 0x80 {
        i -= 1;
    }
    if i == 0 {
        return len;
    }
    let lead = raw[i - 1];
    let need = match lead {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    };
    if (i - 1) + need > len && i - 1 > 0 {
        i - 1
    } else {
        len
    }
}

/// Decodes `bytes` (which start at input offset `start`) into `out`, replacing invalid
/// sequences with U+FFFD and recording the first offset and the count. Drops a UTF-8 byte
/// order mark at the very start of the input.
fn decode_into(
    mut bytes: &[u8],
    mut start: u64,
    out: &mut String,
    bad_first: &mut Option<u64>,
    bad_count: &mut u64,
    at_start: &mut bool,
) {
    if *at_start {
        *at_start = false;
        if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
            bytes = rest;
            start += 3;
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => out.push_str(s),
        Err(_) => {
            let mut pos = start;
            for chunk in bytes.utf8_chunks() {
                out.push_str(chunk.valid());
                pos += chunk.valid().len() as u64;
                if !chunk.invalid().is_empty() {
                    if bad_first.is_none() {
                        *bad_first = Some(pos);
                    }
                    *bad_count += 1;
                    out.push('\u{FFFD}');
                    pos += chunk.invalid().len() as u64;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], cap: usize, mode: Mode) -> (Vec<(String, LineInfo)>, Option<String>) {
        let mut r = LineReader::new(input, cap, mode);
        let mut v = Vec::new();
        loop {
            let mut s = String::new();
            match r.next_line(&mut s).unwrap() {
                Some(info) => v.push((s, info)),
                None => break,
            }
        }
        (v, r.utf8_warning("f.txt").map(|d| d.to_string()))
    }

    #[test]
    fn numbers_lines_and_keeps_newlines() {
        let (v, w) = lines(b"one\ntwo\r\n\nlast", 64, Mode::Skip);
        let got: Vec<_> = v.iter().map(|(s, i)| (s.as_str(), i.number)).collect();
        assert_eq!(got, [("one\n", 1), ("two\r\n", 2), ("\n", 3), ("last", 4)]);
        assert!(w.is_none());
    }

    #[test]
    fn skips_long_lines_without_keeping_them() {
        let mut input = b"short\n".to_vec();
        input.extend(std::iter::repeat_n(b'x', 1000));
        input.extend_from_slice(b"\nafter\n");
        let (v, _) = lines(&input, 100, Mode::Skip);
        assert_eq!(v[0].0, "short\n");
        assert_eq!(v[1].1.too_long, Some(1001));
        assert_eq!(v[1].1.number, 2);
        assert_eq!(v[2].0, "after\n");
        assert_eq!(v[2].1.number, 3);
    }

    #[test]
    fn cuts_pieces_at_character_boundaries() {
        let text = "žžžžžžžžžž\nend\n"; // 2-byte characters
        let (v, w) = lines(text.as_bytes(), 7, Mode::Pieces);
        let joined: String = v.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(joined, text);
        assert!(w.is_none(), "no false U+FFFD from cutting: {w:?}");
        assert!(v.iter().all(|(s, _)| s.len() <= 8));
        assert_eq!(v.last().unwrap().1.number, 2);
    }

    #[test]
    fn reports_first_invalid_byte_and_count() {
        let (v, w) = lines(b"\xEF\xBB\xBFok\nbad \xFF here \xC3\n", 64, Mode::Skip);
        assert_eq!(v[0].0, "ok\n");
        assert_eq!(v[1].0, "bad \u{FFFD} here \u{FFFD}\n");
        assert_eq!(
            w.unwrap(),
            "f.txt: byte 10: warning: invalid UTF-8 replaced with U+FFFD (2 places)"
        );
    }
}
