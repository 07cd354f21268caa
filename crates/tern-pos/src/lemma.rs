//! Rule-based lemmatizer: closed-class tables, WordNet's exception lists, then suffix rules
//! checked against WordNet's lemma lists.
use crate::lexicon::{lexicon, Lexicon, WnPos, A, N, R, V};
use std::borrow::Cow;
use tern_core::{Upos, Xpos};

/// The dictionary form of a word given its tags.
///
/// `signed`/VBD → `sign`, `ministers`/NNS → `minister`, `went` → `go`, `was` → `be`,
/// `children` → `child`, `better`/JJR → `good`. Proper nouns keep their case (plural proper
/// nouns lose their `s`: `Americans` → `American`); other words are lower-cased. Follows UD
/// English EWT conventions (`me` → `I`, `n't` → `not`, `'s`/POS → `'s`). Allocates only when the
/// lemma differs from the form.
pub fn lemmatize(form: &str, upos: Upos, xpos: Xpos) -> Cow<'_, str> {
    let x = xpos.as_str();
    if upos == Upos::PROPN || x == "NNP" || x == "NNPS" {
        if x == "NNPS" && form.len() > 3 {
            let b = form.as_bytes();
            if form.ends_with("ies") && form.len() > 4 {
                return Cow::Owned(format!("{}y", &form[..form.len() - 3]));
            }
            if b[b.len() - 1] == b's' && b[b.len() - 2] != b's' && b[b.len() - 2] != b'S' {
                return Cow::Borrowed(&form[..form.len() - 1]);
            }
        }
        return Cow::Borrowed(form);
    }
    if upos == Upos::PUNCT || upos == Upos::SYM {
        return Cow::Borrowed(match form {
            "“" | "”" | "``" | "''" => "\"",
            "‘" | "’" => "'",
            _ => form,
        });
    }
    let lower = to_lower(form);
    if let Some(l) = closed_class(&lower, x) {
        return if l == form {
            Cow::Borrowed(form)
        } else {
            Cow::Owned(l.to_string())
        };
    }
    let lx = lexicon();
    let w = lower.as_bytes();
    let derived: Option<String> = match x {
        "VBD" | "VBN" | "VBG" | "VBZ" | "VBP" | "VB" => verb(lx, &lower, x),
        "NNS" => noun_plural(lx, w),
        "JJR" | "JJS" => degree(lx, w, WnPos::Adj, A),
        "RBR" | "RBS" => degree(lx, w, WnPos::Adv, A | R),
        _ => None,
    };
    match derived {
        Some(l) => Cow::Owned(l),
        None => lower,
    }
}

/// Lower-cases, borrowing when the form is already lower case.
fn to_lower(form: &str) -> Cow<'_, str> {
    let quotes = |c: char| matches!(c, '’' | '‘');
    if form.bytes().any(|b| b.is_ascii_uppercase()) || form.contains(quotes) || !form.is_ascii() {
        let s: String = form
            .chars()
            .flat_map(|c| {
                let c = if quotes(c) { '\'' } else { c };
                c.to_lowercase()
            })
            .collect();
        if s == form {
            Cow::Borrowed(form)
        } else {
            Cow::Owned(s)
        }
    } else {
        Cow::Borrowed(form)
    }
}

fn closed_class(w: &str, x: &str) -> Option<&'static str> {
    Some(match (w, x) {
        ("i", _) => "I",
        ("me", "PRP") => "I",
        ("us", "PRP") => "we",
        ("him", "PRP") => "he",
        ("her", "PRP") => "she",
        ("them", "PRP") => "they",
        ("u", "PRP") => "you",
        ("mine", "PRP") => "my",
        ("yours", "PRP") => "your",
        ("ours", "PRP") => "our",
        ("theirs", "PRP") => "their",
        ("hers", "PRP") => "her",
        ("those", _) => "that",
        ("these", _) => "this",
        ("n't" | "not" | "nt", "RB") => "not",
        ("'s" | "'", "POS") => "'s",
        ("'s", "VBZ") => "be",
        ("'s", "PRP") => "we",
        ("'m" | "'re" | "am" | "is" | "are" | "was" | "were" | "been" | "being" | "ai", _)
            if x.starts_with("VB") =>
        {
            "be"
        }
        ("be", _) => "be",
        ("'ve" | "has" | "had" | "having", _) if x.starts_with("VB") => "have",
        ("'d", "VBD") => "have",
        ("'d", "MD") => "would",
        ("'ll" | "wo", "MD") => "will",
        ("ca", "MD") => "can",
        ("sha", "MD") => "shall",
        ("does" | "did" | "done" | "doing", _) if x.starts_with("VB") => "do",
        ("gon", "VBG") => "go",
        ("wan", "VBP" | "VB") => "want",
        ("na", "TO") => "to",
        ("pm", "NN") => "p.m.",
        ("am", "NN") => "a.m.",
        ("etc" | "ect", _) => "etc.",
        _ => return None,
    })
}

/// Is `stem + tail` a WordNet word with one of `bits`?
fn known(lx: &Lexicon, stem: &[u8], tail: &[u8], bits: u32) -> bool {
    let mut buf = [0u8; 64];
    let n = stem.len() + tail.len();
    if stem.is_empty() || n > buf.len() {
        return false;
    }
    buf[..stem.len()].copy_from_slice(stem);
    buf[stem.len()..n].copy_from_slice(tail);
    lx.has(&buf[..n], bits)
}

fn join(stem: &[u8], tail: &str) -> String {
    let mut s = String::from_utf8_lossy(stem).into_owned();
    s.push_str(tail);
    s
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Consonant-vowel-consonant ending (`hop`, `cop`), where a silent `e` may have been dropped.
fn cvc(s: &[u8]) -> bool {
    let n = s.len();
    n >= 3
        && !is_vowel(s[n - 1])
        && !matches!(s[n - 1], b'w' | b'x' | b'y')
        && is_vowel(s[n - 2])
        && !is_vowel(s[n - 3])
}

/// Fallback when no candidate stem is in WordNet: add back a silent `e` after endings that
/// rarely end an English word (`googl` → `google`, `ariv` → `arive`).
fn fallback_e(stem: &[u8]) -> bool {
    let n = stem.len();
    n >= 2
        && (matches!(stem[n - 1], b'v' | b'u' | b'z' | b'c')
            || (stem[n - 1] == b'l' && !is_vowel(stem[n - 2]) && stem[n - 2] != b'l')
            || (stem[n - 1] == b's' && is_vowel(stem[n - 2]) && stem[n - 2] != b'u'))
}

fn verb(lx: &Lexicon, lower: &str, x: &str) -> Option<String> {
    let w = lower.as_bytes();
    if let Some(l) = lx.exception(w, WnPos::Verb) {
        if x != "VB" && x != "VBP" || l == "be" {
            return Some(l.to_string());
        }
    }
    let l = w.len();
    match x {
        "VBZ" if l > 2 && w.ends_with(b"s") && !w.ends_with(b"ss") => {
            if w.ends_with(b"ies") && l > 4 {
                return Some(join(&w[..l - 3], "y"));
            }
            if known(lx, &w[..l - 1], b"", V) {
                return Some(join(&w[..l - 1], ""));
            }
            if w.ends_with(b"es") && known(lx, &w[..l - 2], b"", V) {
                return Some(join(&w[..l - 2], ""));
            }
            let strip_es = w.ends_with(b"sses")
                || w.ends_with(b"xes")
                || w.ends_with(b"ches")
                || w.ends_with(b"shes")
                || w.ends_with(b"zzes")
                || w.ends_with(b"oes");
            Some(join(&w[..l - if strip_es { 2 } else { 1 }], ""))
        }
        "VBD" | "VBN" if l > 3 && w.ends_with(b"ed") => {
            let stem = &w[..l - 2];
            let n = stem.len();
            if n >= 2 && stem[n - 1] == stem[n - 2] && known(lx, &stem[..n - 1], b"", V) {
                return Some(join(&stem[..n - 1], ""));
            }
            if known(lx, &w[..l - 1], b"", V) {
                return Some(join(&w[..l - 1], ""));
            }
            if known(lx, stem, b"", V) {
                return Some(join(stem, ""));
            }
            if w.ends_with(b"ied") {
                return Some(join(&w[..l - 3], "y"));
            }
            if n >= 2
                && stem[n - 1] == stem[n - 2]
                && !matches!(stem[n - 1], b'l' | b's' | b'z' | b'e')
            {
                return Some(join(&stem[..n - 1], ""));
            }
            if w.ends_with(b"eed") || w.ends_with(b"ied") || w.ends_with(b"ued") {
                return Some(join(&w[..l - 1], ""));
            }
            Some(join(stem, if fallback_e(stem) { "e" } else { "" }))
        }
        "VBG" if l > 4 && w.ends_with(b"ing") => {
            let stem = &w[..l - 3];
            let n = stem.len();
            if n >= 2 && stem[n - 1] == stem[n - 2] && known(lx, &stem[..n - 1], b"", V) {
                return Some(join(&stem[..n - 1], ""));
            }
            let with_e = known(lx, stem, b"e", V);
            if with_e && (cvc(stem) || !known(lx, stem, b"", V)) {
                return Some(join(stem, "e"));
            }
            if known(lx, stem, b"", V) {
                return Some(join(stem, ""));
            }
            if w.ends_with(b"ying") && n >= 2 {
                return Some(join(stem, ""));
            }
            if n >= 2
                && stem[n - 1] == stem[n - 2]
                && !matches!(stem[n - 1], b'l' | b's' | b'z' | b'e')
            {
                return Some(join(&stem[..n - 1], ""));
            }
            Some(join(stem, if fallback_e(stem) { "e" } else { "" }))
        }
        _ => None,
    }
}

fn noun_plural(lx: &Lexicon, w: &[u8]) -> Option<String> {
    if let Some(l) = lx.exception(w, WnPos::Noun) {
        return Some(l.to_string());
    }
    let l = w.len();
    if w.ends_with(b"men") && l > 4 && known(lx, &w[..l - 3], b"man", N) {
        return Some(join(&w[..l - 3], "man"));
    }
    if l < 3 || !w.ends_with(b"s") || w.ends_with(b"ss") {
        return None;
    }
    if w.ends_with(b"ies") && l > 4 {
        if known(lx, &w[..l - 1], b"", N) && !known(lx, &w[..l - 3], b"y", N) {
            return Some(join(&w[..l - 1], ""));
        }
        return Some(join(&w[..l - 3], "y"));
    }
    if known(lx, &w[..l - 1], b"", N) {
        return Some(join(&w[..l - 1], ""));
    }
    if w.ends_with(b"es") && known(lx, &w[..l - 2], b"", N) {
        return Some(join(&w[..l - 2], ""));
    }
    if w.ends_with(b"ves") && known(lx, &w[..l - 3], b"f", N) {
        return Some(join(&w[..l - 3], "f"));
    }
    if w.ends_with(b"us") || w.ends_with(b"is") {
        return None;
    }
    let strip_es = w.ends_with(b"sses")
        || w.ends_with(b"xes")
        || w.ends_with(b"ches")
        || w.ends_with(b"shes")
        || w.ends_with(b"zzes");
    Some(join(&w[..l - if strip_es { 2 } else { 1 }], ""))
}

fn degree(lx: &Lexicon, w: &[u8], pos: WnPos, bits: u32) -> Option<String> {
    if let Some(l) = lx.exception(w, pos) {
        return Some(l.to_string());
    }
    if pos == WnPos::Adv {
        if let Some(l) = lx.exception(w, WnPos::Adj) {
            if lx.has(l.as_bytes(), R) {
                return Some(l.to_string());
            }
        }
    }
    let l = w.len();
    let tail: usize = if w.ends_with(b"er") {
        2
    } else if w.ends_with(b"est") {
        3
    } else {
        return None;
    };
    if l <= tail + 1 {
        return None;
    }
    let stem = &w[..l - tail];
    let n = stem.len();
    if n >= 2 && stem[n - 1] == stem[n - 2] && known(lx, &stem[..n - 1], b"", bits) {
        return Some(join(&stem[..n - 1], ""));
    }
    if stem[n - 1] == b'i' && known(lx, &stem[..n - 1], b"y", bits) {
        return Some(join(&stem[..n - 1], "y"));
    }
    if known(lx, stem, b"e", bits) {
        return Some(join(stem, "e"));
    }
    if known(lx, stem, b"", bits) {
        return Some(join(stem, ""));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lem(form: &str, upos: &str, xpos: &str) -> String {
        lemmatize(
            form,
            Upos::from_name(upos).unwrap(),
            Xpos::from_name(xpos).unwrap(),
        )
        .into_owned()
    }

    #[test]
    fn verbs_nouns_and_adjectives() {
        assert_eq!(lem("signed", "VERB", "VBD"), "sign");
        assert_eq!(lem("stopped", "VERB", "VBD"), "stop");
        assert_eq!(lem("hoped", "VERB", "VBD"), "hope");
        assert_eq!(lem("hoping", "VERB", "VBG"), "hope");
        assert_eq!(lem("making", "VERB", "VBG"), "make");
        assert_eq!(lem("singing", "VERB", "VBG"), "sing");
        assert_eq!(lem("tried", "VERB", "VBD"), "try");
        assert_eq!(lem("went", "VERB", "VBD"), "go");
        assert_eq!(lem("was", "AUX", "VBD"), "be");
        assert_eq!(lem("'s", "AUX", "VBZ"), "be");
        assert_eq!(lem("'ll", "AUX", "MD"), "will");
        assert_eq!(lem("n't", "PART", "RB"), "not");
        assert_eq!(lem("Ministers", "NOUN", "NNS"), "minister");
        assert_eq!(lem("ministers", "NOUN", "NNS"), "minister");
        assert_eq!(lem("children", "NOUN", "NNS"), "child");
        assert_eq!(lem("countries", "NOUN", "NNS"), "country");
        assert_eq!(lem("boxes", "NOUN", "NNS"), "box");
        assert_eq!(lem("women", "NOUN", "NNS"), "woman");
        assert_eq!(lem("chairmen", "NOUN", "NNS"), "chairman");
        assert_eq!(lem("better", "ADJ", "JJR"), "good");
        assert_eq!(lem("bigger", "ADJ", "JJR"), "big");
        assert_eq!(lem("Serbia", "PROPN", "NNP"), "Serbia");
        assert_eq!(lem("Americans", "PROPN", "NNPS"), "American");
        assert_eq!(lem("The", "DET", "DT"), "the");
        assert_eq!(lem("me", "PRON", "PRP"), "I");
    }

    #[test]
    fn unchanged_lower_case_words_borrow() {
        assert!(matches!(
            lemmatize("minister", Upos::NOUN, Xpos::from_name("NN").unwrap()),
            Cow::Borrowed(_)
        ));
    }
}
