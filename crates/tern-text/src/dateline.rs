//! Datelines at the head of a story: `BELGRADE (AP) — …`, `NAIROBI, Kenya (AP) _ …`,
//! `WASHINGTON, Jan 3 (Reuters) - …`, `NEW DELHI: …` (and the lower-cased `lucknow: …`).

use crate::chars::{decode, is_lower, is_upper};
use crate::lexicon::{in_list_ci, MONTH_NAMES};
use tern_core::Span;

/// How far into a paragraph a dateline may reach.
const MAX_DATELINE: usize = 120;

/// A leading dateline of a story body: returns the span of the place name(s) (`NAIROBI,
/// Kenya`) and the byte offset where the body text proper starts (after the separator and
/// the spaces that follow it). `None` when `text` does not open with a dateline.
///
/// The place is one or more all-capital words (`NEW YORK`, `PORT-AU-PRINCE`), optionally
/// followed by a comma and a capitalized region (`, Kenya`, `, Calif.`); then optionally a
/// date (`, Jan 3`), optionally an agency in parentheses (`(AP)`), and a separator (`—`,
/// `–`, `-`, `--`, `_` or `:`); an agency alone may stand for the separator. A lower-case
/// place is accepted only before `:` (`lucknow: the …`, as in lower-cased corpora).
///
/// ```
/// use tern_text::find_dateline;
/// let text = "NAIROBI, Kenya (AP) _ Thousands of laborers protested.";
/// let (place, body) = find_dateline(text).unwrap();
/// assert_eq!(place.slice(text), "NAIROBI, Kenya");
/// assert_eq!(&text[body..], "Thousands of laborers protested.");
/// ```
pub fn find_dateline(text: &str) -> Option<(Span, usize)> {
    let mut p = Parser { text, i: 0 };
    p.skip_blanks();
    let place_start = p.i;
    let first = p.word()?;
    let lower_place = first.chars().all(|c| !c.is_alphabetic() || is_lower(c));
    if !lower_place && !is_caps_word(first) {
        return None;
    }
    let mut place_end = p.i;
    // More words of the place: `NEW YORK`, `SAN JOSE`.
    for _ in 0..3 {
        let save = p.i;
        if !p.eat(' ') {
            break;
        }
        match p.word() {
            Some(w)
                if (lower_place && w.chars().all(|c| !c.is_alphabetic() || is_lower(c)))
                    || (!lower_place && is_caps_word(w)) =>
            {
                place_end = p.i;
            }
            _ => {
                p.i = save;
                break;
            }
        }
    }
    if lower_place {
        // `lucknow: the …`
        if !p.eat(':') || !p.eat(' ') {
            return None;
        }
        p.skip_spaces();
        return p.body(Span::new(place_start, place_end));
    }
    // `, Kenya` / `, Jan 3` / `, Jan. 3, 2002`
    let mut dated = false;
    for _ in 0..3 {
        let save = p.i;
        if !(p.eat(',') && p.eat(' ')) {
            p.i = save;
            break;
        }
        if p.date() {
            dated = true;
            continue;
        }
        if !dated && p.region() {
            place_end = p.i;
            continue;
        }
        p.i = save;
        break;
    }
    let save = p.i;
    p.skip_spaces();
    let agency = p.agency();
    if !agency {
        p.i = save;
    }
    let after_agency = p.i;
    p.skip_spaces();
    let sep = p.separator();
    if !sep {
        if !agency {
            return None;
        }
        p.i = after_agency;
        p.skip_spaces();
        if p.i == after_agency {
            return None;
        }
    }
    p.skip_spaces();
    if p.i > MAX_DATELINE {
        return None;
    }
    p.body(Span::new(place_start, place_end))
}

/// `BELGRADE`, `PORT-AU-PRINCE`, `ST. LOUIS`: at least two letters, all of them capitals.
fn is_caps_word(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars() {
        if c.is_alphabetic() {
            if !is_upper(c) {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 2
}

struct Parser<'a> {
    text: &'a str,
    i: usize,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<char> {
        if self.i < self.text.len() {
            Some(decode(self.text, self.i).0)
        } else {
            None
        }
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.i += decode(self.text, self.i).1;
            true
        } else {
            false
        }
    }

    fn skip_blanks(&mut self) {
        while matches!(self.peek(), Some(c) if c.is_whitespace()) {
            self.i += decode(self.text, self.i).1;
        }
    }

    fn skip_spaces(&mut self) {
        while matches!(self.peek(), Some(c) if c != '\n' && c.is_whitespace()) {
            self.i += decode(self.text, self.i).1;
        }
    }

    /// A word of letters (with inner `-`, `.`, `'`); returns it.
    fn word(&mut self) -> Option<&'a str> {
        let start = self.i;
        while let Some(c) = self.peek() {
            let inner = matches!(c, '-' | '.' | '\'' | '’') && self.i > start;
            if !(c.is_alphabetic() || inner) || self.i - start > 40 {
                break;
            }
            self.i += decode(self.text, self.i).1;
        }
        (self.i > start).then(|| &self.text[start..self.i])
    }

    /// `Jan 3`, `Jan. 3`, `March 10, 2002`.
    fn date(&mut self) -> bool {
        let save = self.i;
        let ok = (|| {
            let m = self.word()?;
            if !in_list_ci(MONTH_NAMES, m.trim_end_matches('.')) {
                return None;
            }
            if !self.eat(' ') {
                return None;
            }
            self.digits(1, 2)?;
            let after_day = self.i;
            if !(self.eat(',') && self.eat(' ') && self.digits(4, 4).is_some()) {
                self.i = after_day;
            }
            Some(())
        })();
        if ok.is_none() {
            self.i = save;
        }
        ok.is_some()
    }

    fn digits(&mut self, min: usize, max: usize) -> Option<()> {
        let start = self.i;
        while matches!(self.peek(), Some(c) if c.is_ascii_digit()) {
            self.i += 1;
        }
        let n = self.i - start;
        (min..=max).contains(&n).then_some(())
    }

    /// `Kenya`, `Calif.`, `N.Y.`, `South Africa`, `Bosnia-Herzegovina`: up to three
    /// capitalized words.
    fn region(&mut self) -> bool {
        let mut end = None;
        for k in 0..3 {
            let save = self.i;
            if k > 0 && !self.eat(' ') {
                break;
            }
            match self.word() {
                Some(w)
                    if w.chars().next().is_some_and(is_upper)
                        && !in_list_ci(MONTH_NAMES, w.trim_end_matches('.')) =>
                {
                    end = Some(self.i)
                }
                _ => {
                    self.i = save;
                    break;
                }
            }
        }
        match end {
            Some(e) => {
                self.i = e;
                true
            }
            None => false,
        }
    }

    /// `(AP)`, `(Reuters)`, `(AFP)`, `(Dow Jones)`.
    fn agency(&mut self) -> bool {
        let save = self.i;
        if !self.eat('(') {
            return false;
        }
        let start = self.i;
        while matches!(self.peek(), Some(c) if c.is_alphabetic() || c == ' ' || c == '&' || c == '-')
        {
            self.i += decode(self.text, self.i).1;
            if self.i - start > 30 {
                break;
            }
        }
        let inner = &self.text[start..self.i];
        if inner.chars().next().is_some_and(is_upper) && self.eat(')') {
            true
        } else {
            self.i = save;
            false
        }
    }

    /// `—`, `–`, `-`, `--`, `_`, `:` followed by a space.
    fn separator(&mut self) -> bool {
        let save = self.i;
        let ok = match self.peek() {
            Some('—' | '–' | '_' | ':') => {
                self.i += decode(self.text, self.i).1;
                true
            }
            Some('-') => {
                self.i += 1;
                self.eat('-');
                true
            }
            _ => false,
        };
        if ok && matches!(self.peek(), Some(c) if c.is_whitespace()) {
            true
        } else {
            self.i = save;
            false
        }
    }

    fn body(&self, place: Span) -> Option<(Span, usize)> {
        match self.peek() {
            Some(c) if !c.is_whitespace() => Some((place, self.i)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place_and_body(text: &str) -> Option<(&str, &str)> {
        find_dateline(text).map(|(s, b)| (s.slice(text), &text[b..]))
    }

    #[test]
    fn agency_datelines() {
        assert_eq!(
            place_and_body("BELGRADE (AP) — Serbia signed a deal."),
            Some(("BELGRADE", "Serbia signed a deal."))
        );
        assert_eq!(
            place_and_body("WASHINGTON, Jan 3 (Reuters) - The talks ended."),
            Some(("WASHINGTON", "The talks ended."))
        );
        assert_eq!(
            place_and_body("SAN JOSE, Calif. (AP) -- Police said."),
            Some(("SAN JOSE, Calif.", "Police said."))
        );
        assert_eq!(
            place_and_body("MOSCOW, March 10, 2002 (AFP) Russia warned."),
            Some(("MOSCOW", "Russia warned."))
        );
    }

    #[test]
    fn dash_and_colon_datelines() {
        assert_eq!(
            place_and_body("NEW DELHI: The police arrested two men."),
            Some(("NEW DELHI", "The police arrested two men."))
        );
        assert_eq!(
            place_and_body("KYIV — Ukraine said."),
            Some(("KYIV", "Ukraine said."))
        );
        assert_eq!(
            place_and_body("lucknow: the committee met."),
            Some(("lucknow", "the committee met."))
        );
        assert_eq!(
            place_and_body("BELGRADE â€” Serbia said."),
            Some(("BELGRADE", "Serbia said."))
        );
    }

    #[test]
    fn ordinary_openings_are_not_datelines() {
        assert_eq!(
            find_dateline("Serbian defense minister Nebojša Rodić said."),
            None
        );
        assert_eq!(find_dateline("NATO and Russia agreed."), None);
        assert_eq!(find_dateline("The U.S. (and Canada) — agreed."), None);
        assert_eq!(find_dateline("BELGRADE"), None);
        assert_eq!(find_dateline(""), None);
        assert_eq!(find_dateline("the committee met in lucknow."), None);
    }
}
