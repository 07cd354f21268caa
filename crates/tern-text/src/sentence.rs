//! Sentence splitting.
//!
//! One forward pass over the effective characters (see [`crate::chars`]). Boundaries:
//!
//! * a blank line (paragraph break) always ends a sentence; so does a single line break when
//!   the next line is indented or starts with a bullet, or when the line before is short
//!   (a heading, under [`HEADING_MAX`] bytes) and the next line starts like a sentence;
//! * a dateline at the head of a paragraph (`BELGRADE (AP) —`) is a sentence of its own;
//! * `.`, `!`, `?`, `…` (and runs such as `?!`, `...`) followed by closing quotes or
//!   brackets, which stay with the sentence (`… as well”.` and `… said.”`), then white
//!   space (or an opening quote directly), then a word that may start a sentence.
//!
//! Whether the next word may start a sentence depends on the word before the period:
//!
//! | before `.` | split when the next word … |
//! |---|---|
//! | title (`Mr`, `Gen`, `Sen`, `vs`, `St`), single letter (`W`) | never |
//! | month (`Jan`) or `No`/`Art` | … is not a number |
//! | dotted abbreviation (`U.S`, `U.N`) | is a closed-class sentence opener (`The`, `He`, `But`, …) |
//! | `a.m`, `p.m` | is an opener, or an opening quote (`3 a.m. Tuesday` stays whole) |
//! | a number that opens its sentence (`1.` list item) | never |
//! | anything else | does not start with a lower-case letter |
//!
//! So `in the U.S. Army` and `the U.S. is` stay whole, `in the U.S. The next day` splits, but
//! `in the U.S. Officials said` does not (the rule prefers an over-long sentence to a cut
//! inside a name).
//!
//! Lower-cased (or all-capital) text, detected from its letter case ratio, has no case
//! signal: there any word after `.`, `!`, `?` starts a sentence unless the word before is an
//! abbreviation (titles, initials, `inc`, `etc`), and dotted abbreviations use the opener
//! list as above. After `?` or `!` and a closing quote, a reporting word (`he said`,
//! `asked`) continues the sentence in either kind of text.

use crate::chars::{
    decode, floor_boundary, is_closing, is_lower, is_opening, is_space, is_terminator, is_upper,
    is_word,
};
use crate::dateline::find_dateline;
use crate::lexicon::{
    in_list_ci, AFTER_QUOTE, BEFORE_NUMBER, CAPITALIZED, COMPANY, MONTHS, STARTERS, TITLES,
};
use tern_core::Span;

/// Lines shorter than this (in bytes) that end without punctuation are headings.
pub const HEADING_MAX: usize = 60;

/// Sentences longer than this (in bytes) are cut at the next white space, so a text without
/// punctuation cannot make one huge sentence for the tagger and parser.
pub const MAX_SENTENCE: usize = 10_000;

/// Byte spans of the sentences of `text`, in order, trimmed of surrounding white space. Each
/// span is non-empty, falls on character boundaries and contains at least one token.
///
/// ```
/// use tern_text::split_sentences;
/// let text = "Mr. Vučić met Gen. Shoygu in the U.S. Army base. “Russia is supporting Serbia as well”. Russia is one of the strongest opponents.";
/// let s: Vec<&str> = split_sentences(text).iter().map(|s| s.slice(text)).collect();
/// assert_eq!(s, [
///     "Mr. Vučić met Gen. Shoygu in the U.S. Army base.",
///     "“Russia is supporting Serbia as well”.",
///     "Russia is one of the strongest opponents.",
/// ]);
/// ```
pub fn split_sentences(text: &str) -> Vec<Span> {
    let mut s = Splitter {
        text,
        caseless: is_caseless(text),
        out: Vec::with_capacity(text.len() / 100 + 1),
        start: None,
        last: 0,
    };
    s.run();
    s.out
}

/// Texts with almost no capitals (or almost no lower-case letters) carry no case signal.
fn is_caseless(text: &str) -> bool {
    let (mut upper, mut lower) = (0usize, 0usize);
    for &b in text.as_bytes() {
        upper += b.is_ascii_uppercase() as usize;
        lower += b.is_ascii_lowercase() as usize;
    }
    let letters = upper + lower;
    letters >= 40 && (upper * 100 < letters || lower * 100 < letters)
}

struct Splitter<'a> {
    text: &'a str,
    caseless: bool,
    out: Vec<Span>,
    /// Start of the current sentence (its first non-space character).
    start: Option<usize>,
    /// End of the last non-space character of the current sentence.
    last: usize,
}

impl Splitter<'_> {
    fn close(&mut self) {
        if let Some(s) = self.start.take() {
            if self.last > s {
                self.out.push(Span::new(s, self.last));
            }
        }
    }

    /// Notes a visible character at `i`: opens a sentence (or a dateline) if none is open,
    /// and cuts a sentence that has grown past all limits. Returns where a dateline's body
    /// starts, if one was found.
    #[inline]
    fn visible(&mut self, i: usize, para_start: &mut bool) -> Option<usize> {
        match self.start {
            None => {
                if std::mem::take(para_start) {
                    if let Some(j) = self.dateline(i) {
                        return Some(j);
                    }
                }
                self.start = Some(i);
            }
            Some(s) if i - s > 8 * MAX_SENTENCE => {
                self.close();
                self.start = Some(i);
            }
            Some(_) => {}
        }
        None
    }

    fn run(&mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        let n = text.len();
        let mut i = 0;
        let mut para_start = true;
        let mut line_start = 0;
        while i < n {
            let b = bytes[i];
            // Fast path: runs of ordinary ASCII characters and spaces that cannot end anything.
            let class = CLASS[b as usize];
            let open_len = self.start.map(|s| i - s);
            if class == PLAIN || (class == SPACE && open_len.is_some_and(|l| l <= MAX_SENTENCE)) {
                if class == PLAIN {
                    if let Some(j) = self.visible(i, &mut para_start) {
                        i = j;
                        continue;
                    }
                    self.last = i + 1;
                }
                let limit = n.min(self.start.unwrap_or(i) + MAX_SENTENCE).max(i + 1);
                let mut last = self.last;
                i += 1;
                while i < limit {
                    match CLASS[bytes[i] as usize] {
                        PLAIN => {
                            i += 1;
                            last = i;
                        }
                        SPACE => i += 1,
                        _ => break,
                    }
                }
                self.last = last;
                continue;
            }
            let (c, len) = decode(text, i);
            if c == '\n' {
                let (blank, next) = self.after_newline(i);
                if blank {
                    self.close();
                    para_start = true;
                } else if self.start.is_some() && self.heading_break(line_start, i, next) {
                    self.close();
                }
                i += 1;
                line_start = i;
                continue;
            }
            if is_space(c) {
                if matches!(self.start, Some(s) if i - s > MAX_SENTENCE) {
                    self.close();
                }
                i += len;
                continue;
            }
            if let Some(j) = self.visible(i, &mut para_start) {
                i = j;
                continue;
            }
            self.last = i + len;
            if is_terminator(c) {
                i = self.terminator(i, c, len);
                continue;
            }
            i += len;
        }
        self.close();
    }

    /// A dateline opening the paragraph at `i`: closes it as a sentence, returns where the
    /// body starts.
    fn dateline(&mut self, i: usize) -> Option<usize> {
        let window = self.text.get(i..floor_boundary(self.text, i + 160))?;
        let (_, body) = find_dateline(window)?;
        let sep = window[..body].trim_end();
        self.out.push(Span::new(i, i + sep.len()));
        Some(i + body)
    }

    /// After the `\n` at `i`: whether a blank line follows, and where the next line's text
    /// starts.
    fn after_newline(&self, i: usize) -> (bool, usize) {
        let mut j = i + 1;
        let mut indented = false;
        while j < self.text.len() {
            let (c, l) = decode(self.text, j);
            if c == '\n' {
                return (true, j);
            }
            if !is_space(c) {
                return (false, if indented { usize::MAX } else { j });
            }
            indented = true;
            j += l;
        }
        (true, j)
    }

    /// A single line break that still ends the sentence: the next line is indented
    /// (`next == usize::MAX`) or bulleted, or this line is a short heading.
    fn heading_break(&self, line_start: usize, nl: usize, next: usize) -> bool {
        if next == usize::MAX {
            return true;
        }
        let (c, l) = decode(self.text, next);
        if matches!(c, '•' | '*' | '·' | '▪' | '–' | '—' | '-')
            && self.text.as_bytes().get(next + l) == Some(&b' ')
        {
            return true;
        }
        let line = self.text[line_start..nl].trim();
        if line.is_empty() || line.len() >= HEADING_MAX {
            return false;
        }
        if line.ends_with([',', ';', ':', '-', '(', '&']) {
            return false;
        }
        if self.caseless {
            is_word(c) || is_opening(c)
        } else {
            is_upper(c) || c.is_ascii_digit() || is_opening(c)
        }
    }

    /// Handles the terminator `c` at `i`; returns where to continue.
    fn terminator(&mut self, i: usize, c: char, len: usize) -> usize {
        let text = self.text;
        let n = text.len();
        let mut j = i + len;
        let mut dots = usize::from(c == '.');
        let mut bang = c != '.' && c != '…';
        while j < n {
            let (d, l) = decode(text, j);
            if !is_terminator(d) {
                break;
            }
            dots += usize::from(d == '.');
            bang |= d != '.' && d != '…';
            j += l;
        }
        let mut closed = false;
        while j < n {
            let (d, l) = decode(text, j);
            if !is_closing(d) {
                break;
            }
            closed = true;
            j += l;
        }
        self.last = j;
        // What follows must be a space, the end, or an opening quote glued to a word.
        let mut k = j;
        if j < n {
            let (d, l) = decode(text, j);
            if is_space(d) {
                while k < n {
                    let (e, l) = decode(text, k);
                    if !is_space(e) {
                        break;
                    }
                    k += l;
                }
            } else if !(matches!(d, '“' | '‘') && is_word(decode(text, j + l).0)) {
                return j;
            }
        }
        if k >= n {
            return j;
        }
        let (next, _) = decode(text, k);
        let next_word = ascii_word(text, k);
        let split = if matches!(
            next,
            ',' | ';' | ':' | ')' | ']' | '}' | '.' | '!' | '?' | '%'
        ) {
            // Cannot open a sentence (an emoticon `:)`, a spaced ellipsis `. . .`).
            false
        } else if closed && in_list_ci(AFTER_QUOTE, next_word) && (bang || self.caseless) {
            false
        } else if closed && !self.caseless && is_lower(next) {
            // `“We will win.” he said`
            false
        } else if bang {
            // `“Why?” the minister asked` continues; `Really? the talks …` does not.
            self.caseless || !is_lower(next) || !closed
        } else if dots >= 2 || c == '…' {
            if self.caseless {
                is_word(next) || is_opening(next)
            } else {
                is_upper(next) || is_opening(next)
            }
        } else {
            self.after_period(i, next, next_word)
        };
        if split {
            self.close();
        }
        j
    }

    /// Whether a single `.` at `i` ends the sentence, given the next character and word.
    fn after_period(&self, i: usize, next: char, next_word: &str) -> bool {
        let text = self.text;
        let bytes = text.as_bytes();
        let sent_start = self.start.unwrap_or(0);
        let mut p = i;
        while p > sent_start && (bytes[p - 1].is_ascii_alphanumeric() || bytes[p - 1] == b'.') {
            p -= 1;
        }
        let glued_to_non_ascii = p > 0 && bytes[p - 1] >= 0x80 && {
            let prev = text[..p].chars().next_back().unwrap_or(' ');
            is_word(prev)
        };
        let w = &text[p..i];
        let starter = || {
            (self.caseless || next_word.starts_with(|c: char| c.is_ascii_uppercase()))
                && in_list_ci(STARTERS, next_word)
        };
        let plain = if self.caseless {
            is_word(next) || is_opening(next) || !is_space(next)
        } else {
            !is_lower(next)
        };
        if !self.caseless && is_lower(next) {
            // Lower case after a period usually continues (`Inc. said`, `approx. the`), but
            // not after an ordinary word when a sentence opener follows (`… interested. i
            // think`, informal text).
            let ordinary = w.len() >= 3
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !in_list_ci(TITLES, w)
                && !in_list_ci(COMPANY, w)
                && !in_list_ci(BEFORE_NUMBER, w);
            return (ordinary || w.is_empty() || glued_to_non_ascii)
                && next_word.len() < 20
                && in_list_ci(STARTERS, next_word);
        }
        if w.is_empty() || glued_to_non_ascii {
            return plain;
        }
        let titled = self.caseless
            || w.starts_with(|c: char| c.is_ascii_uppercase())
            || w == "vs"
            || w == "cf"
            || w == "al";
        if w.contains('.') {
            if w.eq_ignore_ascii_case("a.m") || w.eq_ignore_ascii_case("p.m") {
                // `3 a.m. Tuesday`, `5 p.m. (1700 GMT)` continue.
                return starter() || matches!(next, '“' | '"');
            }
            let acronym = w.split('.').all(|s| {
                !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_alphabetic())
            });
            return if acronym {
                starter() || (is_opening(next) && !self.caseless)
            } else {
                plain
            };
        }
        if w.len() == 1 && w.as_bytes()[0].is_ascii_alphabetic() {
            // An initial (`George W. Bush`).
            return self.caseless && starter();
        }
        if w.bytes().all(|b| b.is_ascii_digit()) {
            return p != sent_start && plain;
        }
        if titled && in_list_ci(TITLES, w) {
            return false;
        }
        if next.is_ascii_digit() && (in_list_ci(MONTHS, w) || in_list_ci(BEFORE_NUMBER, w)) {
            return false;
        }
        if in_list_ci(COMPANY, w) || (!self.caseless && CAPITALIZED.contains(&w)) {
            // `Apple Inc. said` / `Apple Inc. (AAPL)` continue.
            return if self.caseless {
                starter()
            } else {
                is_upper(next)
            };
        }
        plain
    }
}

/// Byte classes for the splitter's fast path.
const OTHER: u8 = 0;
/// Visible ASCII bytes that cannot end a sentence.
const PLAIN: u8 = 1;
/// The ASCII space.
const SPACE: u8 = 2;

static CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_graphic() && !matches!(c, b'.' | b'!' | b'?') {
            t[b] = PLAIN;
        }
        b += 1;
    }
    t[b' ' as usize] = SPACE;
    t
};

/// The ASCII letters starting at `k` (empty if none).
fn ascii_word(text: &str, k: usize) -> &str {
    let bytes = text.as_bytes();
    let mut e = k;
    while e < bytes.len() && bytes[e].is_ascii_alphabetic() && e - k < 20 {
        e += 1;
    }
    &text[k..e]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text)
            .iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            split("Mr. Putin met Gen. Mladić on Jan. 3 in St. Petersburg. Dr. Smith and George W. Bush came."),
            ["Mr. Putin met Gen. Mladić on Jan. 3 in St. Petersburg.", "Dr. Smith and George W. Bush came."]
        );
    }

    #[test]
    fn times_of_day() {
        assert_eq!(
            split("Rebels shelled the airport at 3 a.m. Tuesday. The army replied at 5 p.m. (1700 GMT). It stopped at 6 p.m. The next day was calm."),
            [
                "Rebels shelled the airport at 3 a.m. Tuesday.",
                "The army replied at 5 p.m. (1700 GMT).",
                "It stopped at 6 p.m.",
                "The next day was calm."
            ]
        );
    }

    #[test]
    fn us_rule() {
        assert_eq!(
            split("He flew to the U.S. Army base."),
            ["He flew to the U.S. Army base."]
        );
        assert_eq!(
            split("Officials in the U.S. said no."),
            ["Officials in the U.S. said no."]
        );
        assert_eq!(
            split("He lives in the U.S. The next day he left."),
            ["He lives in the U.S.", "The next day he left."]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            split("Shoygu emphasized that “Russia is supporting Serbia as well”. Russia is one of them."),
            ["Shoygu emphasized that “Russia is supporting Serbia as well”.", "Russia is one of them."]
        );
        assert_eq!(
            split("He said: “We will win.” Then he left."),
            ["He said: “We will win.”", "Then he left."]
        );
        assert_eq!(
            split("“Why?” he asked. “Go!”"),
            ["“Why?” he asked.", "“Go!”"]
        );
        assert_eq!(
            split("“We will win.” he said."),
            ["“We will win.” he said."]
        );
        assert_eq!(
            split("He left. the end came. I stayed."),
            ["He left.", "the end came.", "I stayed."]
        );
    }

    #[test]
    fn paragraphs_and_headings() {
        assert_eq!(
            split("Russia and Serbia strengthen ties\n\nBy Miloš Mitrović\n\nSerbia signed it. Moscow agreed"),
            ["Russia and Serbia strengthen ties", "By Miloš Mitrović", "Serbia signed it.", "Moscow agreed"]
        );
        assert_eq!(
            split("Kosovo talks\nThe talks resumed on Monday."),
            ["Kosovo talks", "The talks resumed on Monday."]
        );
        assert_eq!(
            split("The minister said on Tuesday that the talks with the delegation would\ncontinue next week."),
            ["The minister said on Tuesday that the talks with the delegation would\ncontinue next week."]
        );
    }

    #[test]
    fn datelines_are_their_own_sentence() {
        assert_eq!(
            split("BELGRADE (AP) — Serbia signed a deal. Russia agreed."),
            ["BELGRADE (AP) —", "Serbia signed a deal.", "Russia agreed."]
        );
        assert_eq!(
            split("WASHINGTON, Jan. 3 (Reuters) - The talks ended."),
            ["WASHINGTON, Jan. 3 (Reuters) -", "The talks ended."]
        );
    }

    #[test]
    fn lower_cased_text() {
        let text = "lucknow: the all-india committee has sought a ban on the march 15 programme. holding a meeting on saturday, the convenor said that the proposed â€˜bhoomi pujanâ€™ was a violation. â€œwe demand a ban,â€\u{FFFD} he said. about 60 members attended.";
        assert_eq!(
            split(text),
            [
                "lucknow:",
                "the all-india committee has sought a ban on the march 15 programme.",
                "holding a meeting on saturday, the convenor said that the proposed â€˜bhoomi pujanâ€™ was a violation.",
                "â€œwe demand a ban,â€\u{FFFD} he said.",
                "about 60 members attended."
            ]
        );
    }

    #[test]
    fn degenerate_inputs() {
        assert!(split("").is_empty());
        assert!(split(" \n\t \u{A0} ").is_empty());
        assert_eq!(split("..."), ["..."]);
        assert_eq!(split("a"), ["a"]);
        let long = "x".repeat(200_000);
        let s = split_sentences(&long);
        assert!(s.len() >= 2);
        assert_eq!(s.iter().map(|s| s.len()).sum::<usize>(), long.len());
    }
}
