//! Place-name mentions in a tokenized sentence.
use crate::fold::fold_into;
use crate::{Gazetteer, Place, Precision};
use std::ops::Range;
use tern_core::{Sentence, Span, Upos};

/// Longest name tried, in tokens.
const MAX_TOKENS: usize = 6;
/// A place known only by an alternate name is a candidate only from this size (or a capital).
const MIN_ALT_POPULATION: u64 = 50_000;
/// Mentions below this confidence are not reported.
const THRESHOLD: f32 = 0.5;

/// A place name found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceMention<'g> {
    /// Token range (0-based, end exclusive) in the sentence; for `Paris, Texas` it covers
    /// the qualifier too.
    pub tokens: Range<usize>,
    /// Byte range in the article text.
    pub span: Span,
    /// Places the name may denote, most likely first by prior alone (own name before
    /// alternate name; countries, regions, then places; larger population first).
    /// Never empty. Narrowed by an in-text qualifier (`Paris, Texas`).
    pub candidates: Vec<&'g Place>,
    /// Parallel to `candidates`: true when the name is the place's own name rather than one
    /// of its alternate names.
    pub own_name: Vec<bool>,
    /// True when a locative word introduces the name (`in`, `at`, `near`, `from`, `to`,
    /// possibly through `the`, a direction or `the city of`).
    pub locative: bool,
    /// True when the locative word says where something is (`in`, `at`, `near`, `outside`,
    /// …) rather than a direction (`from`, `to`, `into`, `via`, …).
    pub site: bool,
    /// How sure the recognizer is that this is a place, in `[0, 1]`.
    pub confidence: f32,
}

/// Locative words that say where something is (the rest of [`LOCATIVE`] give a direction).
#[rustfmt::skip]
const SITE: &[&str] = &[
    "in", "at", "near", "outside", "inside", "around", "across", "throughout", "within", "over",
    "on", "off", "outskirts",
];

/// Words that introduce a location.
#[rustfmt::skip]
const LOCATIVE: &[&str] = &[
    "in", "at", "near", "from", "to", "into", "outside", "inside", "around", "across",
    "throughout", "toward", "towards", "via", "within", "over", "on", "onto", "off", "beyond",
    "through", "outskirts", "visited", "visit", "visiting", "reached", "entered", "left",
    "arrived",
];

/// Words that may stand between a locative word and the name (`in the northern city of X`).
#[rustfmt::skip]
const BRIDGE: &[&str] = &[
    "the", "of", "and", "northern", "southern", "eastern", "western", "central", "north",
    "south", "east", "west", "northeastern", "northwestern", "southeastern", "southwestern",
    "downtown", "neighbouring", "neighboring", "nearby", "besieged", "occupied", "capital",
    "city", "town", "village", "province", "region", "port", "district", "state", "republic",
    "greater", "coastal", "border", "rebel", "held", "embattled", "southeast", "northeast",
    "southwest", "northwest",
];

/// Capitalised words before a name that do not make it part of a longer name.
#[rustfmt::skip]
const PREFIX: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "greater", "downtown", "upper", "lower",
];

/// Capitalised function words (sentence starts, headlines): not parts of a name.
#[rustfmt::skip]
const FUNCTION: &[&str] = &[
    "the", "a", "an", "and", "but", "or", "for", "of", "by", "with", "after", "before",
    "during", "since", "as", "when", "while", "if", "meanwhile", "yesterday", "today", "also",
    "both", "then", "in", "at", "from", "to", "on", "near", "into", "outside", "inside",
    "around", "across", "throughout", "via", "within", "over", "like", "unlike", "despite",
    "although", "though", "because", "where", "there", "here", "however",
];

/// Single words that are place names but far more often something else: never a place.
#[rustfmt::skip]
const NEVER: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "of", "the", "a", "an", "as", "at", "by", "to", "in", "on", "is",
    "it", "be", "he", "she", "we", "me", "no", "so", "do", "go", "or", "if", "up", "said",
    "says", "will", "can", "god", "man", "mr", "mrs", "dr", "gen", "president", "minister",
    "police", "army", "university", "government", "parliament", "state", "union", "republic",
    "city", "north", "south", "east", "west", "central", "best", "born", "batman", "obama",
    "trump", "bush", "clinton", "biden", "kennedy", "lincoln", "jackson", "wilson", "hamilton",
    "nelson", "douglas", "taylor", "washington post", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "nato", "europe", "asia", "africa", "oceania",
    "antarctica", "arctic", "caribbean", "balkans", "scandinavia", "middle east", "the west",
    "latin america", "south america", "north america", "central america", "east asia",
    "south asia", "southeast asia", "central asia", "east africa", "west africa",
    "north africa", "southern africa", "central europe", "eastern europe", "western europe",
    "white house", "central park", "west coast", "east coast", "west side", "east side",
    "old city", "wall street", "capitol hill", "downing street", "pentagon", "kremlin", "gulf",
    "persian gulf",
];

/// Single words that are places when a locative word introduces them (`in Split`,
/// `near Nice`), and ordinary words otherwise.
#[rustfmt::skip]
const WEAK: &[&str] = &[
    "split", "nice", "mobile", "reading", "bath", "sale", "deal", "hope", "independence",
    "liberty", "unity", "victory", "progress", "commerce", "industry", "enterprise", "justice",
    "opportunity", "paradise", "eagle", "orange", "temple", "wells", "mission", "friendship",
    "concord", "harmony", "marina", "energy", "normal", "chance", "freedom", "peace", "welcome",
    "phoenix", "buffalo", "jordan", "chad", "victoria", "florence", "aurora", "mercedes",
    "santa", "san", "salt", "sandy", "columbia", "kent", "jersey", "male", "bar", "ore",
    "university", "hull", "troy", "sparta", "save", "price", "legacy", "martin", "mary", "leo",
    "stanley", "jones", "barnes", "tyler", "wagner", "lewis", "king", "kings", "marion",
    "warren", "franklin", "eugene", "moro", "commonwealth", "pacific",
    "tours", "surprise", "valley", "metro", "delta", "springs", "soul", "man", "downtown", "sale",
];

fn in_list(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Has letters or digits.
    Word,
    /// `-`, `'`, `.`: may sit inside a name (`St. Louis`, `Saint - Denis`).
    Joiner,
    /// Anything else (commas, quotes, dashes, brackets): ends a name.
    Breaker,
}

struct Tok<'s> {
    form: &'s str,
    key: Range<usize>,
    class: Class,
    cap: bool,
    caps: bool,
}

impl Tok<'_> {
    fn lower_is(&self, list: &[&str]) -> bool {
        in_list(list, self.form)
    }
    /// Capitalised and not a function word, locative or direction: part of some name.
    fn name_like(&self) -> bool {
        self.class == Class::Word
            && self.cap
            && !self.lower_is(FUNCTION)
            && !self.lower_is(LOCATIVE)
            && !self.lower_is(PREFIX)
    }
}

fn analyse<'s>(sentence: &'s Sentence, text: &'s str, buf: &mut String) -> Vec<Tok<'s>> {
    buf.clear();
    let mut toks = Vec::with_capacity(sentence.tokens.len());
    let mut tmp = String::new();
    for t in &sentence.tokens {
        let form = if t.form.is_empty() {
            t.span.slice(text)
        } else {
            t.form.as_str()
        };
        let start = buf.len();
        // Fold on its own (no separator from the previous token), then append.
        tmp.clear();
        let words = fold_into(form, &mut tmp);
        buf.push_str(&tmp);
        let class = if words > 0 {
            Class::Word
        } else if matches!(form, "-" | "'" | "’" | ".") {
            Class::Joiner
        } else {
            Class::Breaker
        };
        let mut letters = form.chars().filter(|c| c.is_alphabetic());
        let cap = form
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        let caps = letters.clone().count() >= 2 && letters.all(|c| c.is_uppercase());
        toks.push(Tok {
            form,
            key: start..buf.len(),
            class,
            cap,
            caps,
        });
    }
    toks
}

/// Place mentions in a sentence, left to right, looked up in the embedded gazetteer.
///
/// Reads the token forms (the span's text when a form is empty); does not need tags, but
/// uses them when present (a single word tagged as a verb, determiner, adposition, …
/// is not a place). Never panics, whatever the tokens and spans.
pub fn find_places(sentence: &Sentence, text: &str) -> Vec<PlaceMention<'static>> {
    find_places_in(Gazetteer::embedded(), sentence, text)
}

/// [`find_places`] with a given gazetteer.
pub fn find_places_in<'g>(
    gaz: &'g Gazetteer,
    sentence: &Sentence,
    text: &str,
) -> Vec<PlaceMention<'g>> {
    let mut buf = String::new();
    let toks = analyse(sentence, text, &mut buf);
    let mut key = String::new();
    let mut out = Vec::new();
    // A sentence of lower-case words (a lower-cased corpus) gives no capitals to go by.
    let words = toks.iter().filter(|t| t.class == Class::Word).count();
    let lower = words >= 4
        && toks
            .iter()
            .all(|t| !t.form.chars().next().is_some_and(char::is_uppercase));
    let mut i = 0;
    while i < toks.len() {
        if toks[i].class != Class::Word || !(toks[i].cap || lower) {
            i += 1;
            continue;
        }
        // The longest stretch of words and joiners from i that some name still starts with.
        build_key(&toks[i..i + 1], &buf, &mut key);
        let mut limit = i + 1;
        let mut words = 1;
        let mut j = i + 1;
        while j < toks.len() && toks[j].class != Class::Breaker && words < MAX_TOKENS {
            if toks[j].class == Class::Word {
                key.push(' ');
                key.push_str(&buf[toks[j].key.clone()]);
                if !gaz.has_prefix(&key) {
                    break;
                }
                words += 1;
                limit = j + 1;
            }
            j += 1;
        }
        let mut found = None;
        for end in (i + 1..=limit).rev() {
            let last = &toks[end - 1];
            if last.class != Class::Word || !(last.cap || lower) {
                continue;
            }
            build_key(&toks[i..end], &buf, &mut key);
            let postings: Vec<u32> = gaz.lookup_key(&key).collect();
            if postings.is_empty() {
                continue;
            }
            let cx = Scan {
                gaz,
                sentence,
                toks: &toks,
                buf: &buf,
                lower,
            };
            if let Some(m) = judge(&cx, i..end, &key, &postings) {
                found = Some(m);
                break;
            }
        }
        match found {
            Some(m) => {
                i = m.tokens.end;
                out.push(m);
            }
            None => i += 1,
        }
    }
    out
}

fn build_key(toks: &[Tok], buf: &str, key: &mut String) {
    key.clear();
    for t in toks {
        if t.class == Class::Word {
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(&buf[t.key.clone()]);
        }
    }
}

/// What [`judge`] reads about the sentence being scanned.
#[derive(Clone, Copy)]
struct Scan<'a, 's, 'g> {
    gaz: &'g Gazetteer,
    sentence: &'a Sentence,
    toks: &'a [Tok<'s>],
    buf: &'a str,
    lower: bool,
}

/// Decides whether tokens `r` (whose folded name is `key`, with these postings) are a
/// place mention here.
fn judge<'g>(
    cx: &Scan<'_, '_, 'g>,
    r: Range<usize>,
    key: &str,
    postings: &[u32],
) -> Option<PlaceMention<'g>> {
    let Scan {
        gaz,
        sentence,
        toks,
        buf,
        lower,
    } = *cx;
    let single = !key.contains(' ');
    if in_list(NEVER, key) {
        return None;
    }
    // In lower-cased text only a locative word marks a name, and words that are also
    // common English words are never taken.
    if lower && single && in_list(WEAK, key) {
        return None;
    }
    let first = &toks[r.start];
    // `South America`, `Eastern Europe`: a direction and a name that is no place.
    let prev = previous_word(toks, r.start);
    if let Some(p) = prev.filter(|p| p.lower_is(PREFIX)) {
        let mut with = buf[p.key.clone()].to_string();
        with.push(' ');
        with.push_str(key);
        if in_list(NEVER, &with) {
            return None;
        }
    }
    let mut candidates: Vec<(&'g Place, bool)> = postings.iter().map(|&p| gaz.posting(p)).collect();
    // Alternate names of smaller places are mostly noise (`Holy City`, `The Hub`); in
    // lower-cased text only own names count, and `the …` is an ordinary phrase.
    candidates
        .retain(|(p, own)| *own || !lower && (p.capital || p.population >= MIN_ALT_POPULATION));
    if candidates.is_empty() || lower && key.starts_with("the ") {
        return None;
    }
    // Words of up to three letters are places only in capitals, and then only as country
    // codes (`US`, `U.S.`, `UK`; not `IT`, `Us`, `Ho`).
    let letters = first.form.chars().filter(|c| c.is_alphabetic()).count();
    if single && letters <= 3 {
        if !first.caps {
            return None;
        }
        candidates.retain(|(p, _)| p.kind == Precision::Country);
        if candidates.is_empty() {
            return None;
        }
    }
    let (locative, site) = match locative_before(toks, r.start) {
        Some(word) => (true, in_list(SITE, word)),
        None => (false, false),
    };
    // A qualifier right after a comma (`Paris, Texas`, `Belgrade, Serbia`) narrows the
    // candidates and settles that this is a place.
    let mut end = r.end;
    let mut qualified = false;
    if toks.get(r.end).is_some_and(|t| t.form == ",") {
        if let Some((qend, narrowed)) = qualifier(gaz, toks, r.end + 1, &candidates, buf) {
            candidates = narrowed;
            end = qend;
            qualified = true;
        }
    }
    if !qualified {
        // Part of a longer capitalised name: `Vladimir Putin`, `Washington Post`,
        // `Nebojša Rodić`.
        if prev.is_some_and(|p| p.name_like()) {
            return None;
        }
        if toks.get(r.end).is_some_and(|t| t.name_like()) {
            return None;
        }
        if single && !locative && in_list(WEAK, key) {
            return None;
        }
        if single {
            let upos = sentence.tokens.get(r.start).map_or(Upos::X, |t| t.upos);
            let bad = matches!(
                upos,
                Upos::VERB
                    | Upos::AUX
                    | Upos::ADP
                    | Upos::DET
                    | Upos::PRON
                    | Upos::ADV
                    | Upos::CCONJ
                    | Upos::SCONJ
                    | Upos::PART
                    | Upos::INTJ
                    | Upos::NUM
                    | Upos::SYM
                    | Upos::PUNCT
            ) || (upos == Upos::ADJ && !locative);
            if bad {
                return None;
            }
        }
    }
    let prominence = candidates
        .iter()
        .map(|(p, own)| {
            if p.kind != Precision::City || p.capital || (p.population >= 100_000 && *own) {
                0.2
            } else if p.population >= 15_000 {
                0.1
            } else {
                0.0
            }
        })
        .fold(0.0f32, f32::max);
    let mut confidence = 0.3 + prominence;
    if locative {
        confidence += 0.4;
    }
    if !single {
        confidence += 0.15;
    }
    if qualified {
        confidence = confidence.max(0.8);
    }
    let confidence = confidence.min(1.0);
    if confidence < THRESHOLD || lower && !(locative && prominence >= 0.2) {
        return None;
    }
    let span = match (sentence.tokens.get(r.start), sentence.tokens.get(end - 1)) {
        (Some(a), Some(b)) => a.span.cover(b.span),
        _ => Span::default(),
    };
    let (candidates, own_name) = candidates.into_iter().unzip();
    Some(PlaceMention {
        tokens: r.start..end,
        span,
        candidates,
        own_name,
        locative,
        site,
        confidence,
    })
}

/// A capitalised nationality adjective (`Serbian`, `Syrian`, `Chinese`, `Kurdish`,
/// `Iraqi`), which may stand between a locative word and a place (`in the Serbian capital
/// Belgrade`).
fn demonym(form: &str) -> bool {
    form.chars().next().is_some_and(char::is_uppercase)
        && form.len() > 4
        && ["ian", "an", "ese", "ish", "i"]
            .iter()
            .any(|suffix| form.ends_with(suffix))
}

/// The word before token `i`, looking through joiners (`Ms . Lewis`); `None` at the start
/// or after other punctuation.
fn previous_word<'a, 's>(toks: &'a [Tok<'s>], i: usize) -> Option<&'a Tok<'s>> {
    toks[..i]
        .iter()
        .rev()
        .find(|t| t.class != Class::Joiner)
        .filter(|t| t.class == Class::Word)
}

/// The locative word that introduces the name at token `start`, if any.
fn locative_before<'s>(toks: &[Tok<'s>], start: usize) -> Option<&'s str> {
    let mut j = start;
    let mut bridged = 0;
    while j > 0 && bridged <= 6 {
        j -= 1;
        let t = &toks[j];
        if t.class != Class::Word {
            if t.class == Class::Joiner {
                continue;
            }
            return None;
        }
        if t.lower_is(LOCATIVE) {
            return Some(t.form);
        }
        if t.lower_is(BRIDGE) || t.lower_is(PREFIX) || demonym(t.form) {
            bridged += 1;
            continue;
        }
        return None;
    }
    None
}

/// A country or region name starting at token `at` that contains some of `candidates`:
/// the token end of the qualifier and the narrowed candidates.
fn qualifier<'g>(
    gaz: &'g Gazetteer,
    toks: &[Tok],
    at: usize,
    candidates: &[(&'g Place, bool)],
    buf: &str,
) -> Option<(usize, Vec<(&'g Place, bool)>)> {
    if !toks
        .get(at)
        .is_some_and(|t| t.class == Class::Word && t.cap)
    {
        return None;
    }
    let mut key = String::new();
    let limit = (at + 4).min(toks.len());
    for end in (at + 1..=limit).rev() {
        if toks[at..end].iter().any(|t| t.class == Class::Breaker) {
            continue;
        }
        if toks[end - 1].class != Class::Word {
            continue;
        }
        build_key(&toks[at..end], buf, &mut key);
        let quals: Vec<&Place> = gaz
            .lookup_key(&key)
            .map(|p| gaz.posting(p).0)
            .filter(|q| q.kind != Precision::City)
            .collect();
        if quals.is_empty() {
            continue;
        }
        let narrowed: Vec<(&Place, bool)> = candidates
            .iter()
            .copied()
            .filter(|(c, _)| c.kind != Precision::Country && quals.iter().any(|q| contains(q, c)))
            .collect();
        if !narrowed.is_empty() {
            return Some((end, narrowed));
        }
    }
    None
}

/// Whether country or region `outer` contains `inner`.
pub(crate) fn contains(outer: &Place, inner: &Place) -> bool {
    match outer.kind {
        Precision::Country => inner.country == outer.country,
        Precision::Region => inner.country == outer.country && inner.admin1 == outer.admin1,
        Precision::City => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tern_core::Token;

    /// Splits on whitespace and peels punctuation off words, as a tokenizer would.
    pub(crate) fn sentence(text: &str) -> Sentence {
        let mut tokens = Vec::new();
        for (start, word) in split_words(text) {
            tokens.push(Token::new(word, Span::new(start, start + word.len())));
        }
        Sentence {
            span: Span::new(0, text.len()),
            tokens,
            ..Sentence::default()
        }
    }

    fn split_words(text: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        let mut pos = 0;
        for w in text.split(' ') {
            let start = pos;
            pos += w.len() + 1;
            if w.is_empty() {
                continue;
            }
            let trimmed = w.trim_end_matches([',', '.', ';', ':', '"']);
            out.push((start, trimmed));
            let mut at = start + trimmed.len();
            for c in w[trimmed.len()..].chars() {
                out.push((at, &text[at..at + c.len_utf8()]));
                at += c.len_utf8();
            }
        }
        out.retain(|(_, w)| !w.is_empty());
        out
    }

    fn names(text: &str) -> Vec<(String, &'static str, bool)> {
        find_places(&sentence(text), text)
            .into_iter()
            .map(|m| {
                (
                    m.span.slice(text).to_string(),
                    m.candidates[0].country,
                    m.locative,
                )
            })
            .collect()
    }

    #[test]
    fn finds_cities_countries_and_multiword_names() {
        assert_eq!(
            names("Ministers met in Belgrade on Tuesday."),
            vec![("Belgrade".to_string(), "SRB", true)]
        );
        let n =
            names("Delegates flew from New Delhi to Rio de Janeiro and Bosnia and Herzegovina.");
        let got: Vec<&str> = n.iter().map(|(s, _, _)| s.as_str()).collect();
        assert_eq!(
            got,
            ["New Delhi", "Rio de Janeiro", "Bosnia and Herzegovina"]
        );
        assert_eq!(names("Talks resumed at TOPCIDER.").len(), 0);
        assert_eq!(names("He arrived in São Paulo.")[0].1, "BRA");
        assert_eq!(names("He arrived in Sao Paulo.")[0].1, "BRA");
    }

    #[test]
    fn avoids_common_false_positives() {
        assert!(names("Of the ten ministers, three resigned.").is_empty());
        assert!(names("Split decisions are rare.").is_empty());
        assert!(names("It was a Nice gesture.").is_empty());
        assert_eq!(names("They sailed to Split.")[0].1, "HRV");
        assert!(names("Vladimir Putin met the press.").is_empty());
        assert!(names("The Washington Post reported it.").is_empty());
        assert!(names("The talks ended in March.").is_empty());
        assert!(names("Ana saw no capital letter in belgrade.").is_empty());
        assert!(names("IT workers went on strike.").is_empty());
        assert!(names("Toys for Us.").is_empty());
        assert!(names("Trade with South America grew.").is_empty());
        assert!(names("Aides at the White House said so.").is_empty());
        assert!(names("She questioned Ms. Lewis again.").is_empty());
        assert!(names("Talks resume on Nov. 3 in earnest.").is_empty());
    }

    #[test]
    fn locative_context_reaches_through_descriptions() {
        assert!(names("Shells fell in the northern Syrian city of Aleppo.")[0].2);
        let n = names("They met in the Serbian capital Belgrade on Monday.");
        assert_eq!(n, vec![("Belgrade".to_string(), "SRB", true)]);
        assert!(!names("Belgrade hosted the talks.")[0].2);
    }

    #[test]
    fn lower_cased_text_needs_a_locative_word() {
        let n = names("police said the protest in lucknow ended peacefully on march 15.");
        assert_eq!(n, vec![("lucknow".to_string(), "IND", true)]);
        let n = names("the minister flew to new delhi and then to mumbai.");
        let got: Vec<&str> = n.iter().map(|(s, _, _)| s.as_str()).collect();
        assert_eq!(got, ["new delhi", "mumbai"]);
        assert!(names("she was interested in reading and in nice things.").is_empty());
        assert!(names("delhi police said nothing about the case.").is_empty());
        assert!(names("they sold mobile phones in male and female sizes.").is_empty());
        assert!(names("people gathered in the village and the holy city.").is_empty());
    }

    #[test]
    fn qualifiers_narrow_the_candidates() {
        let text = "A tornado hit Paris, Texas on Sunday.";
        let m = find_places(&sentence(text), text);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].span.slice(text), "Paris, Texas");
        assert!(m[0]
            .candidates
            .iter()
            .all(|p| p.country == "USA" && p.admin1 == Some("TX")));
    }

    #[test]
    fn country_aliases_and_codes() {
        let n = names("Troops from the U.S. and Britain landed in Burma.");
        let c: Vec<&str> = n.iter().map(|(_, c, _)| *c).collect();
        assert_eq!(c, ["USA", "GBR", "MMR"]);
    }
}
