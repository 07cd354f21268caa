//! Reading the original text one *effective* character at a time.
//!
//! Every scanner in this crate (sentence splitter, tokenizer, form normalizer) walks the
//! original bytes through [`decode`], which returns the character the writer meant and how
//! many original bytes it occupies. Mojibake (`â€™`, 8 bytes, three characters) is read as
//! one `’` spanning all 8 bytes, so token boundaries never fall inside a repaired sequence
//! and spans always slice the original text.

/// The character at byte `i` of `text` as the writer meant it, and the number of original
/// bytes it covers (at least 1). `i` must be on a character boundary; if it is not (or is out
/// of range) a space of length 1 is returned so callers always make progress.
#[inline]
pub(crate) fn decode(text: &str, i: usize) -> (char, usize) {
    let bytes = text.as_bytes();
    match bytes.get(i) {
        Some(&b) if b < 0x80 => (b as char, 1),
        Some(_) => decode_slow(text, i),
        None => (' ', 1),
    }
}

#[cold]
fn decode_slow(text: &str, i: usize) -> (char, usize) {
    let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
        return (' ', 1);
    };
    if ('\u{C2}'..='\u{F4}').contains(&c) {
        if let Some(r) = mojibake(text, i, c) {
            return r;
        }
    }
    (c, c.len_utf8())
}

/// The Windows-1252 (or Latin-1) byte that decodes to `c`, if `c` can be a UTF-8
/// continuation byte (0x80..=0xBF) misread as a character.
#[inline]
fn continuation_byte(c: char) -> Option<u8> {
    let b = match c {
        '\u{80}'..='\u{BF}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(b)
}

/// Repairs one UTF-8 character that was decoded as Windows-1252/Latin-1 (`Ã©` → `é`,
/// `â€™` → `’`, `â€�` → `”` where the undefined byte 0x9D became U+FFFD). A stray `Â`
/// (the lead byte of a no-break space whose second byte was lost) before whitespace, the end
/// of the text or U+FFFD reads as a space.
fn mojibake(text: &str, i: usize, lead: char) -> Option<(char, usize)> {
    let lead_byte = lead as u32 as u8;
    let need = match lead_byte {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        _ => 3,
    };
    let mut buf = [lead_byte, 0, 0, 0];
    let mut pos = i + lead.len_utf8();
    let rest = text.get(pos..)?;
    let mut chars = rest.chars();
    for k in 1..=need {
        let c = match chars.next() {
            Some(c) => c,
            None if lead == 'Â' => return Some((' ', pos - i)),
            None => return None,
        };
        let b = match continuation_byte(c) {
            Some(b) => b,
            // `â€` + U+FFFD: the closing double quote whose 0x9D byte Windows-1252 lacks.
            None if c == '\u{FFFD}' && k == 2 && buf[0] == 0xE2 && buf[1] == 0x80 => 0x9D,
            None if lead == 'Â' && k == 1 && (c == '\u{FFFD}' || c.is_whitespace()) => {
                let len = if c == '\u{FFFD}' { c.len_utf8() } else { 0 };
                return Some((' ', pos + len - i));
            }
            None => return None,
        };
        buf[k] = b;
        pos += c.len_utf8();
    }
    let s = std::str::from_utf8(&buf[..=need]).ok()?;
    let c = s.chars().next()?;
    Some((c, pos - i))
}

/// Combining marks that continue the preceding letter (decomposed accents), and the soft
/// hyphen.
#[inline]
pub(crate) fn is_combining(c: char) -> bool {
    matches!(c,
        '\u{00AD}'
        | '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{200C}'..='\u{200D}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// Characters that separate tokens: Unicode white space, control characters, format
/// characters such as zero-width spaces and bidi marks, byte-order marks, and U+FFFD.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_whitespace() || c.is_ascii_control();
    }
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
                | '\u{FEFF}' | '\u{FFFD}' | '\u{FFFE}' | '\u{FFFF}'
        )
}

/// Letters, digits and the marks that continue them.
#[inline]
pub(crate) fn is_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_combining(c)
}

/// Characters used as an apostrophe inside words (`don’t`, ``Shoygu`s``, `O'Brien`).
#[inline]
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '`' | 'ʼ' | '´' | '′')
}

/// Hyphens that may join the parts of a word (`e-mail`, `713-853-3989`).
#[inline]
pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Characters that close a quotation or a bracket and stay with a sentence that ends just
/// before them (`… well.”`).
#[inline]
pub(crate) fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | ')' | ']' | '}' | '»' | '›' | '″'
    )
}

/// Characters that open a quotation or a bracket.
#[inline]
pub(crate) fn is_opening(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '(' | '[' | '{' | '«' | '‹' | '`' | '„'
    )
}

/// Sentence-final punctuation.
#[inline]
pub(crate) fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

/// True when `c` is an uppercase letter (or titlecase).
#[inline]
pub(crate) fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        c.is_uppercase()
    }
}

/// True when `c` is a lowercase letter.
#[inline]
pub(crate) fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        c.is_lowercase()
    }
}

/// The smallest character boundary `>= i` (clamped to the text).
pub(crate) fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The largest character boundary `<= i` (clamped to the text).
pub(crate) fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_read_as_is() {
        assert_eq!(decode("ab", 1), ('b', 1));
        assert_eq!(decode("ab", 2), (' ', 1));
    }

    #[test]
    fn mojibake_sequences_read_as_one_character() {
        let t = "donâ€™t";
        assert_eq!(decode(t, 3), ('’', 8));
        assert_eq!(decode("Ã©t", 0), ('é', 4));
        assert_eq!(decode("VuÄ‡iÄ‡", 2), ('ć', 5));
        assert_eq!(decode("â€œwe", 0), ('“', 7));
        assert_eq!(decode("â€\u{FFFD} he", 0), ('”', 8));
        assert_eq!(decode("â€”", 0), ('—', 8));
    }

    #[test]
    fn real_accented_letters_are_left_alone() {
        assert_eq!(decode("é", 0), ('é', 2));
        assert_eq!(decode("Âge", 0), ('Â', 2));
        assert_eq!(decode("Ãx", 0), ('Ã', 2));
    }

    #[test]
    fn stray_nbsp_lead_is_a_space() {
        assert_eq!(decode("gujaratÂ gujarat", 7), (' ', 2));
        assert_eq!(decode("xÂ", 1), (' ', 2));
        assert_eq!(decode("Â\u{FFFD}", 0), (' ', 5));
        assert!(is_space(' '));
    }
}
