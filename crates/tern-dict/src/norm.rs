//! Normalization shared by dictionary keys and sentence tokens: case folding, diacritic
//! folding, and the transliteration key used for person-name variants.

/// Appends the folded form of `word` to `out`: lower case, diacritics removed (`Vučić` →
/// `vucic`), letters that do not decompose mapped (`ß` → `ss`, `đ` → `d`, `ł` → `l` …),
/// typographic apostrophes straightened: [`tern_text::fold`], shared with the gazetteer.
pub fn fold_into(word: &str, out: &mut String) {
    tern_text::fold::fold_chars(word, |c| out.push(c));
}

/// The folded form of one word (see [`fold_into`]).
pub fn fold(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    fold_into(word, &mut s);
    s
}

/// Splits a dictionary phrase into folded words: `_` and whitespace separate words, empty
/// pieces are dropped (`SERGEY_SHOYGU_` → `["sergey", "shoygu"]`).
pub fn phrase_words(phrase: &str) -> Vec<String> {
    phrase
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect()
}

/// The transliteration key of a folded word: spelling differences that romanizations of
/// the same name make are collapsed, so that `shoigu`, `shoygu`, `shojgu` and `schoigu`
/// share the key `shoigu`, and `tchaikovsky`/`chaikovskiy` share one too.
///
/// Rules, applied left to right: `shch`/`sch`/`sh`/`ch`/`tch` → `sh`/`ch`; `kh` → `h`;
/// `zh` → `j`; `ts`/`tz` → `c`; `ph` → `f`; `w` → `v`; `ck`/`q` → `k`; `dj`/`dzh` → `j`;
/// `ou` → `u`; `ee` → `i`; `y` and `j` → `i` (`ij`, `iy`, `ii` collapse to `i`); final
/// `iy`/`ii` → `i`; doubled letters collapse; non-letters dropped.
pub fn translit_key(folded: &str) -> String {
    let b: Vec<u8> = folded.bytes().filter(|c| c.is_ascii_alphabetic()).collect();
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    let at = |i: usize, s: &[u8]| b.len() >= i + s.len() && &b[i..i + s.len()] == s;
    while i < b.len() {
        let (emit, adv): (&[u8], usize) = if at(i, b"shch") {
            (b"sh", 4)
        } else if at(i, b"tch") {
            (b"ch", 3)
        } else if at(i, b"sch") || at(i, b"sh") {
            (b"sh", if at(i, b"sch") { 3 } else { 2 })
        } else if at(i, b"dzh") {
            (b"j", 3)
        } else if at(i, b"dj") || at(i, b"zh") {
            (b"j", 2)
        } else if at(i, b"kh") {
            (b"h", 2)
        } else if at(i, b"ts") || at(i, b"tz") {
            (b"c", 2)
        } else if at(i, b"ph") {
            (b"f", 2)
        } else if at(i, b"ck") {
            (b"k", 2)
        } else if at(i, b"ou") {
            (b"u", 2)
        } else if at(i, b"ee") {
            (b"i", 2)
        } else {
            match b[i] {
                b'w' => (b"v", 1),
                b'q' => (b"k", 1),
                b'y' => (b"i", 1),
                // `j` after a vowel is a glide (Shojgu); at the start it keeps its sound
                // class as `j` so Jovanovic and Yovanovich still differ only by vowel.
                b'j' if i > 0 && b"aeiou".contains(&b[i - 1]) => (b"i", 1),
                _ => (&b[i..i + 1], 1),
            }
        };
        for &c in emit {
            if out.last() != Some(&c) {
                out.push(c);
            }
        }
        i += adv;
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Regular English plural of an upper-case dictionary word, as PETRARCH forms it
/// (`Y` → `IES`, `S` → `SES`, else `+S`).
pub fn plural(word: &str) -> String {
    if let Some(stem) = word.strip_suffix('Y') {
        format!("{stem}IES")
    } else if word.ends_with('S') {
        format!("{word}ES")
    } else {
        format!("{word}S")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_diacritics() {
        assert_eq!(fold("Vučić"), "vucic");
        assert_eq!(fold("NIKOLIĆ"), "nikolic");
        assert_eq!(fold("Đinđić"), "dindic");
        assert_eq!(fold("Wałęsa"), "walesa");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Søren"), "soren");
        assert_eq!(phrase_words("SERGEY_SHOYGU_ "), vec!["sergey", "shoygu"]);
    }

    #[test]
    fn transliterations_share_a_key() {
        let k = translit_key("shoigu");
        for v in ["shoygu", "shojgu", "schoigu", "shoigu"] {
            assert_eq!(translit_key(v), k, "{v}");
        }
        assert_eq!(translit_key("khodorkovsky"), translit_key("hodorkovskij"));
        assert_eq!(translit_key("zelensky"), translit_key("zelenskyy"));
        assert_ne!(translit_key("putin"), translit_key("lavrov"));
    }

    #[test]
    fn plurals_follow_petrarch() {
        assert_eq!(plural("MINISTRY"), "MINISTRIES");
        assert_eq!(plural("BOSS"), "BOSSES");
        assert_eq!(plural("TROOP"), "TROOPS");
    }
}
