//! Token-level normalization: the `form` the tagger, parser and dictionaries see.

use crate::chars::decode;
use std::borrow::Cow;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Normalizes a token (or any short string) for use as a form:
///
/// * mojibake is repaired (UTF-8 read as Windows-1252 or Latin-1: `â€™` → `'`, `Ã©` → `é`,
///   `Ä‡` → `ć`, `â€�` → `"`);
/// * curly quotes and apostrophes, backticks, primes and guillemets become ASCII `'` and `"`;
///   a doubled quote token (` `` `, `''`, `‘‘`, `’’`) becomes `"`;
/// * the result is in Unicode NFC.
///
/// Dashes (`–`, `—`) are kept. Strings that need no change (plain ASCII without quotes to
/// rewrite, the common case) are returned borrowed without allocating.
///
/// ```
/// use tern_text::normalize_form;
/// assert_eq!(normalize_form("don’t"), "don't");
/// assert_eq!(normalize_form("`s"), "'s");
/// assert_eq!(normalize_form("VuÄ\u{8d}iÄ‡"), "Vučić");
/// assert_eq!(normalize_form("“"), "\"");
/// assert!(matches!(normalize_form("Serbia"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn normalize_form(s: &str) -> Cow<'_, str> {
    let bytes = s.as_bytes();
    if bytes.iter().all(|&b| b < 0x80 && b != b'`') {
        if s == "''" {
            return Cow::Borrowed("\"");
        }
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let (c, len) = decode(s, i);
        if c == ' ' {
            // A stray `Â` that reads as a space in context: keep the character itself.
            let raw = s[i..].chars().next().unwrap_or(' ');
            out.push(raw);
            i += raw.len_utf8();
            continue;
        }
        if c == '\u{AD}' {
            // Soft hyphen: a line-breaking hint, not part of the word.
            i += len;
            continue;
        }
        let c = match c {
            '’' | '‘' | '`' | 'ʼ' | '´' | '′' | '‚' | '‹' | '›' => '\'',
            '“' | '”' | '„' | '″' | '«' | '»' => '"',
            c => c,
        };
        out.push(c);
        i += len;
    }
    if out == "''" {
        out.clear();
        out.push('"');
    }
    if is_nfc_quick(out.chars()) != IsNormalized::Yes {
        out = out.nfc().collect();
    }
    if out == s || out.is_empty() {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_words_are_borrowed() {
        assert!(matches!(
            normalize_form("Belgrade"),
            Cow::Borrowed("Belgrade")
        ));
        assert!(matches!(normalize_form("n't"), Cow::Borrowed(_)));
    }

    #[test]
    fn quotes_become_ascii() {
        assert_eq!(normalize_form("’s"), "'s");
        assert_eq!(normalize_form("`s"), "'s");
        assert_eq!(normalize_form("``"), "\"");
        assert_eq!(normalize_form("''"), "\"");
        assert_eq!(normalize_form("’’"), "\"");
        assert_eq!(normalize_form("”"), "\"");
        assert_eq!(normalize_form("«"), "\"");
    }

    #[test]
    fn dashes_are_kept() {
        assert_eq!(normalize_form("—"), "—");
        assert_eq!(normalize_form("–"), "–");
    }

    #[test]
    fn mojibake_is_repaired() {
        assert_eq!(normalize_form("nâ€™t"), "n't");
        assert_eq!(normalize_form("â€œ"), "\"");
        assert_eq!(normalize_form("â€\u{FFFD}"), "\"");
        assert_eq!(normalize_form("cafÃ©"), "café");
        assert_eq!(normalize_form("â€”"), "—");
    }

    #[test]
    fn soft_hyphens_are_dropped() {
        assert_eq!(normalize_form("in\u{AD}formation"), "information");
        assert_eq!(normalize_form("\u{AD}"), "\u{AD}");
    }

    #[test]
    fn decomposed_accents_are_composed() {
        assert_eq!(normalize_form("Vuc\u{30C}ic\u{301}"), "Vučić");
        assert!(matches!(normalize_form("Vučić"), Cow::Borrowed(_)));
    }
}
