//! Closed word lists the splitter and tokenizer consult: abbreviations, hyphen prefixes
//! that English Web Treebank keeps attached, and words that typically open a sentence.

/// True when `w` equals one of `list` ignoring ASCII case.
#[inline]
pub(crate) fn in_list_ci(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Titles and other abbreviations that are almost never the last word of a sentence
/// (`Mr. Putin`, `Gen. Mladić`, `vs. Russia`).
pub(crate) const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Gen", "Gens", "Lt", "Col", "Maj",
    "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Brig", "Cmdr", "Cdr", "Lieut", "Gov", "Govs",
    "Sen", "Sens", "Rep", "Reps", "Rev", "Hon", "Pres", "Supt", "Insp", "Amb", "Atty", "Fr", "St",
    "Mt", "Ft", "Msgr", "Sec", "vs", "cf", "viz", "al", "Dept", "approx", "Ave", "Blvd", "Rd",
    "Univ", "Assn", "Ald", "Det", "Const", "Cllr", "Hr", "Hrs",
];

/// Abbreviations of month names (a sentence rarely ends on `Jan.` when a number follows).
pub(crate) const MONTHS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// Abbreviations that precede a number (`No. 5`, `Art. 3`).
pub(crate) const BEFORE_NUMBER: &[&str] = &[
    "No", "Nos", "Art", "Arts", "Vol", "Vols", "p", "pp", "Fig", "Figs", "Para", "Ch", "Sec",
    "Sect", "Ex", "Tel", "Ph", "ca", "c", "ext", "Ext", "Rs", "Sr", "Ste", "Apt", "Rm",
];

/// Abbreviations that may end a sentence (`Apple Inc.`, `and so on, etc.`) but are taken to
/// continue it in lower-cased text unless a sentence-opening word follows.
pub(crate) const COMPANY: &[&str] = &[
    "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Plc", "LLC", "etc", "Esq", "est", "Jr", "Sr",
    "ext", "pop",
];

/// Abbreviations that are also ordinary words (`Wash.`, `Mass.`, `Sat.`): recognized only
/// when capitalized in cased text, and otherwise treated like [`COMPANY`].
pub(crate) const CAPITALIZED: &[&str] = &[
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Ont", "Calif", "Mass",
    "Conn", "Penn", "Wash", "Colo", "Ariz", "Fla", "Ill", "Mich", "Minn", "Tenn", "Va", "Ky",
    "Okla", "Ore", "Nev", "Neb", "Wis", "Kan", "Ala", "Ark", "Del", "Md",
];

/// Months written in full or abbreviated, for datelines (`WASHINGTON, Jan 3 (Reuters)`).
pub(crate) const MONTH_NAMES: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
];

/// Prefixes that EWT keeps attached to the word after a hyphen (`e-mail`, `non-human`,
/// `anti-government`, `co-workers`). Other letter–letter hyphens are split.
pub(crate) const HYPHEN_PREFIXES: &[&str] = &[
    "e", "non", "pre", "anti", "re", "mid", "post", "co", "over", "pro", "multi", "ex", "sub",
    "semi", "neo", "cross", "micro", "un", "socio", "intra", "counter", "vice", "inter", "ultra",
    "mega", "bi", "tri", "pan", "trans", "quasi", "pseudo", "macro", "mini", "psycho", "arch",
    "mis",
];

/// Closed-class words that typically open a sentence. After an abbreviation with internal
/// dots (`U.S.`), the sentence is split only when one of these follows (`… in the U.S. The
/// next day …`), never before a noun (`the U.S. Army`).
pub(crate) const STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "In",
    "On",
    "At",
    "But",
    "And",
    "Or",
    "So",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "After",
    "Before",
    "When",
    "While",
    "As",
    "If",
    "For",
    "However",
    "Meanwhile",
    "Also",
    "Some",
    "Many",
    "Most",
    "Not",
    "Earlier",
    "Later",
    "Yesterday",
    "Today",
    "Still",
    "Yet",
    "Then",
    "Now",
    "Since",
    "Although",
    "Though",
    "Because",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "Both",
    "Each",
    "All",
    "Under",
    "According",
    "During",
    "Despite",
    "Such",
    "Other",
    "Another",
    "Nor",
    "Instead",
    "Thus",
    "Besides",
    "Asked",
    "Here",
    "Tomorrow",
];

/// Words that follow a closing quote inside a sentence (`“Why?” he asked`, `“enough!” said
/// the minister`), so a `?` or `!` before the quote does not end the sentence.
pub(crate) const AFTER_QUOTE: &[&str] = &[
    "said",
    "says",
    "say",
    "asked",
    "asks",
    "added",
    "adds",
    "told",
    "tells",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "it",
    "warned",
    "shouted",
    "replied",
    "wrote",
    "writes",
    "explained",
    "insisted",
    "noted",
    "stated",
    "claimed",
    "alleged",
];

/// Words written without an apostrophe that EWT splits into two words, with the byte
/// offset of the split (`cannot` → `can` `not`, `gonna` → `gon` `na`, `dont` → `do` `nt`).
pub(crate) fn fused_split(w: &str) -> Option<usize> {
    const FUSED: &[(&str, usize)] = &[
        ("cannot", 3),
        ("gonna", 3),
        ("wanna", 3),
        ("gotta", 3),
        ("dont", 2),
        ("doesnt", 4),
        ("didnt", 3),
        ("isnt", 2),
        ("wasnt", 3),
        ("arent", 3),
        ("werent", 4),
        ("couldnt", 5),
        ("wouldnt", 5),
        ("shouldnt", 6),
        ("hasnt", 3),
        ("havent", 4),
        ("hadnt", 3),
        ("aint", 2),
        ("cant", 2),
        ("wont", 2),
    ];
    if w.len() < 4 || w.len() > 8 || !matches!(w.as_bytes()[w.len() - 1], b't' | b'T' | b'a' | b'A')
    {
        return None;
    }
    FUSED
        .iter()
        .find(|(f, _)| f.eq_ignore_ascii_case(w))
        .map(|&(_, k)| k)
}
