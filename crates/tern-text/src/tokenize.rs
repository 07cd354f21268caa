//! Penn-Treebank tokenization as UD English EWT has it, with byte offsets.
//!
//! The conventions follow EWT (what the tagger and parser are trained on):
//!
//! * clitics split off: `do` `n't`, `ca` `n't`, `wo` `n't`, `Shoygu` `'s`, `I` `'m`; fused
//!   words too: `can` `not`, `gon` `na`, `dont` → `do` `nt`;
//! * hyphens split (`15` `-` `year`, `military` `-` `technical`) except after a short list of
//!   prefixes (`anti-war`, `e-mail`, `co-workers`, see `HYPHEN_PREFIXES`) and inside phone
//!   numbers and codes (`713-853-3989`);
//! * numbers stay whole (`5,000`, `3.5`, `10:30`, `9/11`), as do URLs, e-mail addresses,
//!   `AT&T`, `b/c`, years (`'60s`) and emoticons (`:-)`);
//! * punctuation splits off, runs stay together (`...`, `--`, `?!`), doubled quotes
//!   (` `` `, `''`) are one token;
//! * abbreviations keep their period inside a sentence (`U.S.`, `Gen.`, `Jan.` before a
//!   number) but give it up at the very end of one, where EWT has `p.m` `.`.

use crate::chars::{
    ceil_boundary, decode, floor_boundary, is_apostrophe, is_closing, is_combining, is_hyphen,
    is_space, is_word,
};
use crate::lexicon::{
    fused_split, in_list_ci, BEFORE_NUMBER, CAPITALIZED, COMPANY, HYPHEN_PREFIXES, MONTHS, TITLES,
};
use crate::normalize_form;
use tern_core::{Span, Token};

/// Tokens of `text[span]`, with spans relative to the whole `text` (so they slice the
/// original article text directly). Each token's `form` is [`normalize_form`] of its text.
///
/// A span that falls outside `text` or off character boundaries is clamped to the nearest
/// boundaries inside it; an empty or all-space span gives no tokens.
///
/// ```
/// use tern_core::Span;
/// use tern_text::tokenize;
/// let text = "Shoygu`s visit didn't start.";
/// let forms: Vec<String> = tokenize(text, Span::new(0, text.len()))
///     .into_iter()
///     .map(|t| t.form)
///     .collect();
/// assert_eq!(forms, ["Shoygu", "'s", "visit", "did", "n't", "start", "."]);
/// ```
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, span, &mut out);
    out
}

/// [`tokenize`] appending to a caller's vector (reused across sentences).
pub(crate) fn tokenize_into(text: &str, span: Span, out: &mut Vec<Token>) {
    let end = floor_boundary(text, span.end as usize);
    let start = ceil_boundary(text, span.start as usize);
    out.reserve((end.saturating_sub(start)) / 5);
    let mut t = Tokenizer { text, end, out };
    let mut i = start;
    while i < end {
        let (c, len) = t.dec(i);
        if is_space(c) {
            i += len;
        } else if is_word(c) {
            i = t.word(i);
        } else {
            i = t.punct(i, c, len);
        }
    }
}

struct Tokenizer<'a, 'o> {
    text: &'a str,
    end: usize,
    out: &'o mut Vec<Token>,
}

/// Lower-case ASCII comparison of a clitic after an apostrophe.
fn is_clitic(s: &str) -> bool {
    matches!(s.len(), 1 | 2) && in_list_ci(&["s", "m", "d", "ll", "re", "ve"], s)
}

impl Tokenizer<'_, '_> {
    /// The effective character at `i`, never reading past the span end.
    #[inline]
    fn dec(&self, i: usize) -> (char, usize) {
        let (c, len) = decode(self.text, i);
        if i + len <= self.end {
            (c, len)
        } else {
            match self.text.get(i..).and_then(|s| s.chars().next()) {
                Some(c) => (c, c.len_utf8()),
                None => (' ', 1),
            }
        }
    }

    #[inline]
    fn peek(&self, i: usize) -> char {
        if i < self.end {
            self.dec(i).0
        } else {
            ' '
        }
    }

    #[inline]
    fn emit(&mut self, a: usize, b: usize) {
        if b <= a {
            return;
        }
        let s = &self.text[a..b];
        self.out
            .push(Token::new(normalize_form(s).into_owned(), Span::new(a, b)));
    }

    /// Consumes word characters from `i`; returns the end.
    #[inline]
    fn run(&self, mut i: usize) -> usize {
        let bytes = self.text.as_bytes();
        while i < self.end {
            let b = bytes[i];
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    i += 1;
                    continue;
                }
                break;
            }
            let (c, l) = self.dec(i);
            if is_word(c) {
                i += l;
            } else {
                break;
            }
        }
        i
    }

    /// True when, after byte `i`, only closing quotes/brackets and spaces remain in the span
    /// (so a period at `i - 1` is the sentence's own; in `(R-Ky.).` it is not).
    fn only_closers_after(&self, mut i: usize) -> bool {
        while i < self.end {
            let (c, l) = self.dec(i);
            if !(is_space(c) || is_closing(c)) {
                return false;
            }
            i += l;
        }
        true
    }

    /// The first non-space character after `i`.
    fn next_visible(&self, mut i: usize) -> char {
        while i < self.end {
            let (c, l) = self.dec(i);
            if !is_space(c) {
                return c;
            }
            i += l;
        }
        ' '
    }

    fn word(&mut self, start: usize) -> usize {
        let text = self.text;
        if let Some(e) = self.url(start) {
            return e;
        }
        let mut j = self.run(start);
        let mut seg = start;
        let mut apos: Option<(usize, usize)> = None;
        let mut dotted = false;
        let mut hyphened = false;
        while j < self.end {
            let (c, l) = self.dec(j);
            let n = self.peek(j + l);
            let prev_digit = text.as_bytes()[j - 1].is_ascii_digit();
            match c {
                '.' if is_word(n) => {
                    dotted = true;
                    j = self.run(j + l);
                }
                ',' | ':' | '/' if prev_digit && n.is_ascii_digit() => j = self.run(j + l),
                // `b/c`, `w/o`, `L/C`: single letters around a slash.
                '/' if j == start + 1 && n.is_ascii_alphabetic() && {
                    let e = self.run(j + l);
                    e == j + l + 1
                } =>
                {
                    j = self.run(j + l)
                }
                '&' if n.is_ascii_uppercase() && text.as_bytes()[j - 1].is_ascii_uppercase() => {
                    j = self.run(j + l)
                }
                '_' if is_word(n) => j = self.run(j + l),
                '@' if is_word(n) => return self.email(start, j + l),
                c if is_apostrophe(c) && n.is_alphabetic() => {
                    apos = Some((j, l));
                    j = self.run(j + l);
                }
                c if is_hyphen(c) && is_word(n) => {
                    let right = self.run(j + l);
                    // A prefix keeps its hyphen only at the start of a word: in
                    // `Lashkar-e-Taiba` the `e` follows a split hyphen and is no `e-mail`.
                    let after_split = seg == start
                        && text[..start].chars().next_back().is_some_and(is_hyphen)
                        && text[..start]
                            .trim_end_matches(is_hyphen)
                            .chars()
                            .next_back()
                            .is_some_and(is_word);
                    let left = &text[seg..j];
                    let prefix_ok = !after_split || left.bytes().all(|b| b.is_ascii_digit());
                    if prefix_ok && join_hyphen(left, &text[j + l..right]) {
                        hyphened = true;
                        seg = j + l;
                        j = right;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        let w = &text[start..j];
        // Clitics: `do|n't`, `Shoygu|'s`, `I|'m`.
        let mut cut = None;
        if let Some((a, al)) = apos {
            let after = &text[a + al..j];
            if is_clitic(after) {
                cut = Some(a);
            } else if after.eq_ignore_ascii_case("t")
                && a >= start + 2
                && matches!(text.as_bytes()[a - 1], b'n' | b'N')
            {
                cut = Some(a - 1);
            }
        } else if !dotted && !hyphened {
            cut = fused_split(w).map(|k| start + k);
        }
        // A period after an abbreviation stays with it, except at the end of the sentence.
        let mut end = j;
        if cut.is_none() && j < self.end && text.as_bytes()[j] == b'.' && self.peek(j + 1) != '.' {
            let next = self.next_visible(j + 1);
            if is_abbreviation(w, dotted, next) && !self.only_closers_after(j + 1) {
                end = j + 1;
            }
        }
        match cut {
            Some(k) => {
                self.emit(start, k);
                self.emit(k, end);
            }
            None => self.emit(start, end),
        }
        end
    }

    /// A URL starting at `start` (`http://…`, `https://…`, `www.…`): up to the next space,
    /// minus trailing punctuation.
    fn url(&mut self, start: usize) -> Option<usize> {
        let rest = &self.text.as_bytes()[start..self.end];
        if !matches!(
            rest.first(),
            Some(b'h' | b'H' | b'w' | b'W' | b'm' | b'M' | b'f' | b'F')
        ) {
            return None;
        }
        let is_url = |p: &[u8]| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
        if !(is_url(b"http://")
            || is_url(b"https://")
            || is_url(b"www.")
            || is_url(b"mailto:")
            || is_url(b"ftp://"))
        {
            return None;
        }
        let mut j = start;
        let mut last = start;
        while j < self.end {
            let (c, l) = self.dec(j);
            if is_space(c) {
                break;
            }
            j += l;
            if !(is_closing(c) || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '>')) {
                last = j;
            }
        }
        self.emit(start, last);
        Some(last)
    }

    /// An e-mail address whose `@` ends at `at`.
    fn email(&mut self, start: usize, at: usize) -> usize {
        let mut j = at;
        let mut last = at;
        while j < self.end {
            let (c, l) = self.dec(j);
            if !(is_word(c) || matches!(c, '.' | '-' | '_' | '+')) {
                break;
            }
            j += l;
            if is_word(c) {
                last = j;
            }
        }
        self.emit(start, last);
        last
    }

    fn punct(&mut self, i: usize, c: char, len: usize) -> usize {
        let mut j = i + len;
        let grouped = matches!(
            c,
            '.' | '-' | '*' | '=' | '_' | '~' | '#' | '+' | '—' | '–' | '!' | '?' | '<' | '>' | '$'
        );
        if grouped {
            while j < self.end {
                let (d, l) = self.dec(j);
                let same = d == c || (matches!(c, '!' | '?') && matches!(d, '!' | '?'));
                if !same {
                    break;
                }
                j += l;
            }
        } else if matches!(c, ':' | ';') {
            j = self.emoticon(j);
        } else if matches!(c, '`' | '\'' | '‘' | '’') {
            let (d, l) = self.dec(j);
            let rest = &self.text.as_bytes()[j..self.end];
            let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
            let year_end = j + digits + usize::from(rest.get(digits) == Some(&b's'));
            if digits == 2 && !is_word(self.peek(year_end)) {
                // A year or decade: `'67`, `'90s`.
                j = year_end;
            } else if j < self.end && d == c {
                // Doubled quote: `` '' ‘‘ ’’
                j += l;
            } else if c != '`' && c != '‘' && i > 0 && !is_space(self.prev_char(i)) {
                // A detached clitic: `U.S.'s`.
                let e = self.run(j);
                if e > j && is_clitic(&self.text[j..e]) && !is_word(self.peek(e)) {
                    j = e;
                }
            }
        }
        // Keep combining marks and variation selectors with the symbol they modify.
        while j < self.end {
            let (d, l) = self.dec(j);
            if !is_combining(d) {
                break;
            }
            j += l;
        }
        self.emit(i, j);
        j
    }

    /// After a `:` or `;` ending at `j`: the end of an emoticon (`:-)`, `:)`, `;-(`, `:D`),
    /// or `j` itself.
    fn emoticon(&self, j: usize) -> usize {
        let b = &self.text.as_bytes()[j..self.end];
        let nose = usize::from(b.first() == Some(&b'-'));
        match b.get(nose) {
            Some(b')' | b'(' | b'D' | b'P' | b'p')
                if !b.get(nose + 1).is_some_and(|c| c.is_ascii_alphanumeric()) =>
            {
                j + nose + 1
            }
            _ => j,
        }
    }

    fn prev_char(&self, i: usize) -> char {
        self.text[..i].chars().next_back().unwrap_or(' ')
    }
}

/// Whether a hyphen between `left` and `right` stays inside one token.
fn join_hyphen(left: &str, right: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if digits(left) && digits(right) {
        // Phone numbers, extensions and ZIP+4 codes (`713-853-3989`, `3-5213`) stay whole;
        // ranges, years and scores (`1995-1996`, `2-1`) split.
        let (l, r) = (left.len(), right.len());
        return (r == 4 && l != 4) || (l == 3 && r == 3);
    }
    left.len() <= 7
        && in_list_ci(HYPHEN_PREFIXES, left)
        && right.bytes().any(|b| b.is_ascii_alphabetic() || b >= 0x80)
}

/// Whether `w` followed by `.` is an abbreviation that keeps its period. `next` is the
/// first non-space character after the period.
pub(crate) fn is_abbreviation(w: &str, dotted: bool, next: char) -> bool {
    if dotted {
        // U.S, a.m, Ph.D, e.g: every piece between the dots is one or two letters.
        return w
            .split('.')
            .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_alphabetic()));
    }
    let mut chars = w.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_alphabetic();
    }
    if w.len() > 7 {
        return false;
    }
    in_list_ci(TITLES, w)
        || in_list_ci(COMPANY, w)
        || (w.starts_with(|c: char| c.is_ascii_uppercase()) && CAPITALIZED.contains(&w))
        || (next.is_ascii_digit() && (in_list_ci(MONTHS, w) || in_list_ci(BEFORE_NUMBER, w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(text: &str) -> Vec<String> {
        tokenize(text, Span::new(0, text.len()))
            .into_iter()
            .map(|t| t.form)
            .collect()
    }

    fn spans(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()))
            .into_iter()
            .map(|t| t.span.slice(text))
            .collect()
    }

    #[test]
    fn clitics_split_off() {
        assert_eq!(
            forms("They don't know."),
            ["They", "do", "n't", "know", "."]
        );
        assert_eq!(
            forms("It can't, won't."),
            ["It", "ca", "n't", ",", "wo", "n't", "."]
        );
        assert_eq!(
            forms("I'm sure we'll go"),
            ["I", "'m", "sure", "we", "'ll", "go"]
        );
        assert_eq!(forms("Putin’s plan"), ["Putin", "'s", "plan"]);
        assert_eq!(forms("O'Brien said"), ["O'Brien", "said"]);
        assert_eq!(
            forms("the leaders' talks"),
            ["the", "leaders", "'", "talks"]
        );
    }

    #[test]
    fn backtick_apostrophe_is_a_clitic() {
        let text = "Shoygu`s visit";
        let toks = tokenize(text, Span::new(0, text.len()));
        assert_eq!(toks[0].form, "Shoygu");
        assert_eq!(toks[1].form, "'s");
        assert_eq!(toks[1].span.slice(text), "`s");
    }

    #[test]
    fn fused_words_split() {
        assert_eq!(forms("we cannot stay"), ["we", "can", "not", "stay"]);
        assert_eq!(forms("gonna win"), ["gon", "na", "win"]);
    }

    #[test]
    fn hyphens_follow_ewt() {
        assert_eq!(forms("a 15-year term"), ["a", "15", "-", "year", "term"]);
        assert_eq!(forms("anti-government songs"), ["anti-government", "songs"]);
        assert_eq!(forms("pro-Russian rebels"), ["pro-Russian", "rebels"]);
        assert_eq!(
            forms("military-technical deal"),
            ["military", "-", "technical", "deal"]
        );
        assert_eq!(forms("call 713-853-3989"), ["call", "713-853-3989"]);
        // A prefix only at the start of a word: the izafe `e` of Urdu and Persian names is
        // split like the rest, so that the names match their dictionary entries.
        assert_eq!(
            forms("Lashkar-e-Taiba and Hezb-e-Islami"),
            ["Lashkar", "-", "e", "-", "Taiba", "and", "Hezb", "-", "e", "-", "Islami"]
        );
        assert_eq!(
            forms("a 2-1 win -- really"),
            ["a", "2", "-", "1", "win", "--", "really"]
        );
    }

    #[test]
    fn abbreviations_keep_their_period_inside_a_sentence() {
        assert_eq!(
            forms("Mr. Putin met Gen. Shoygu in the U.S. Army base on Jan. 3."),
            [
                "Mr.", "Putin", "met", "Gen.", "Shoygu", "in", "the", "U.S.", "Army", "base", "on",
                "Jan.", "3", "."
            ]
        );
        assert_eq!(forms("George W. Bush"), ["George", "W.", "Bush"]);
        assert_eq!(
            forms("Sen. Paul (R-Ky.)."),
            ["Sen.", "Paul", "(", "R", "-", "Ky.", ")", "."]
        );
    }

    #[test]
    fn sentence_final_abbreviation_gives_the_period_away() {
        assert_eq!(
            forms("He lives in the U.S."),
            ["He", "lives", "in", "the", "U.S", "."]
        );
        assert_eq!(
            forms("They met at 5 p.m."),
            ["They", "met", "at", "5", "p.m", "."]
        );
        assert_eq!(
            forms("He works for Acme Inc.”"),
            ["He", "works", "for", "Acme", "Inc", ".", "\""]
        );
    }

    #[test]
    fn numbers_stay_whole() {
        assert_eq!(
            forms("5,000 people at 10:30 on 9/11 paid $3.5"),
            ["5,000", "people", "at", "10:30", "on", "9/11", "paid", "$", "3.5"]
        );
        assert_eq!(forms("up 12%."), ["up", "12", "%", "."]);
    }

    #[test]
    fn punctuation_and_quotes() {
        assert_eq!(
            forms("“Russia is supporting Serbia”, he said... (really?!)"),
            [
                "\"",
                "Russia",
                "is",
                "supporting",
                "Serbia",
                "\"",
                ",",
                "he",
                "said",
                "...",
                "(",
                "really",
                "?!",
                ")"
            ]
        );
        assert_eq!(
            forms("``Yes,'' he said"),
            ["\"", "Yes", ",", "\"", "he", "said"]
        );
        assert_eq!(forms("AT&T and e-mail"), ["AT&T", "and", "e-mail"]);
        assert_eq!(
            forms("in the ’60s and '67"),
            ["in", "the", "'60s", "and", "'67"]
        );
        assert_eq!(forms("b/c :-) ok"), ["b/c", ":-)", "ok"]);
    }

    #[test]
    fn urls_and_emails() {
        assert_eq!(
            forms("see http://example.com/a-b?x=1."),
            ["see", "http://example.com/a-b?x=1", "."]
        );
        assert_eq!(
            forms("(mail jo.smith@example.org)"),
            ["(", "mail", "jo.smith@example.org", ")"]
        );
    }

    #[test]
    fn mojibake_tokens_keep_original_spans() {
        let text = "the proposed â€˜bhoomi pujanâ€™, he didnâ€™t";
        assert_eq!(
            forms(text),
            ["the", "proposed", "'", "bhoomi", "pujan", "'", ",", "he", "did", "n't"]
        );
        assert_eq!(spans(text)[2], "â€˜");
        assert_eq!(spans(text)[9], "nâ€™t");
    }

    #[test]
    fn accents_stay_in_words() {
        assert_eq!(
            forms("Vučić and Vuc\u{30C}ic\u{301}"),
            ["Vučić", "and", "Vučić"]
        );
        assert_eq!(forms("Nebojša Rodić."), ["Nebojša", "Rodić", "."]);
    }

    #[test]
    fn spans_are_relative_to_the_whole_text() {
        let text = "First one. Second one.";
        let toks = tokenize(text, Span::new(11, text.len()));
        assert_eq!(toks[0].span, Span::new(11, 17));
        assert_eq!(toks[0].form, "Second");
        assert!(tokenize(text, Span::new(50, 60)).is_empty());
        assert!(tokenize("Vučić", Span::new(3, 5)).len() <= 1);
    }
}
