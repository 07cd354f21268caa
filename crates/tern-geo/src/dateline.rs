//! Datelines: where a story was filed.
use crate::fold::fold;
use crate::locate::{score, Context};
use crate::mention::contains;
use crate::{Gazetteer, Location, Place, Precision};
use tern_core::Article;

/// AP-style abbreviations of US states (folded) and their admin1 codes.
const AP_STATES: &[(&str, &str)] = &[
    ("ala", "AL"),
    ("ariz", "AZ"),
    ("ark", "AR"),
    ("calif", "CA"),
    ("colo", "CO"),
    ("conn", "CT"),
    ("del", "DE"),
    ("fla", "FL"),
    ("ga", "GA"),
    ("ill", "IL"),
    ("ind", "IN"),
    ("kan", "KS"),
    ("kans", "KS"),
    ("ky", "KY"),
    ("la", "LA"),
    ("md", "MD"),
    ("mass", "MA"),
    ("mich", "MI"),
    ("minn", "MN"),
    ("miss", "MS"),
    ("mo", "MO"),
    ("mont", "MT"),
    ("neb", "NE"),
    ("nev", "NV"),
    ("n h", "NH"),
    ("n j", "NJ"),
    ("n m", "NM"),
    ("n y", "NY"),
    ("n c", "NC"),
    ("n d", "ND"),
    ("okla", "OK"),
    ("ore", "OR"),
    ("pa", "PA"),
    ("r i", "RI"),
    ("s c", "SC"),
    ("s d", "SD"),
    ("tenn", "TN"),
    ("tex", "TX"),
    ("vt", "VT"),
    ("va", "VA"),
    ("wash", "WA"),
    ("w va", "WV"),
    ("wis", "WI"),
    ("wyo", "WY"),
    ("d c", "DC"),
];

/// Dashes that end a dateline or separate a byline's name from its place.
const DASHES: &[&str] = &["\u{2014}", "\u{2013}", " -- ", " - ", " _ ", " | "];

/// The dateline place of an article: from [`Article::dateline`] (`Belgrade`,
/// `NAIROBI, Kenya`), else from the byline after its dash (`By Miloš Mitrović – Belgrade`),
/// else from the first lines of the text: a byline line, or a lead dateline
/// (`BELGRADE —`, `NAIROBI, Kenya (AP) _`, `SPRINGFIELD, Ill. (Reuters) -`).
pub fn dateline_place(article: &Article) -> Option<Location> {
    if let Some(loc) = article.dateline.as_deref().and_then(parse_dateline) {
        return Some(loc);
    }
    if let Some(loc) = article.byline.as_deref().and_then(byline_place) {
        return Some(loc);
    }
    let text = &article.text;
    let mut cut = text.len().min(4000);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text[..cut]
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(8)
        .find_map(|line| {
            if starts_with_by(line) {
                byline_place(line)
            } else {
                lead_dateline(line)
            }
        })
}

fn starts_with_by(line: &str) -> bool {
    line.get(..3).is_some_and(|b| b.eq_ignore_ascii_case("by "))
}

/// The place after a byline's last dash (`By Ana Petrović – Novi Sad`). A long line or a
/// long tail is prose that happens to start with "By", not a byline.
fn byline_place(byline: &str) -> Option<Location> {
    if byline.len() > 120 {
        return None;
    }
    let at = DASHES
        .iter()
        .filter_map(|d| byline.rfind(d).map(|i| i + d.len()))
        .max()?;
    let place = &byline[at..];
    if place.len() > 60 || place.contains(['.', ';', ':', '!', '?']) && !place.contains(", ") {
        return None;
    }
    parse_dateline(place)
}

/// A lead dateline: capitals up to a dash or colon (`BELGRADE —`, `NAIROBI, Kenya (AP) _`,
/// `NEW DELHI:`), or in lower-cased text a well-known place up to a colon (`lucknow:`).
fn lead_dateline(line: &str) -> Option<Location> {
    let dash = DASHES.iter().filter_map(|d| line.find(d)).min();
    let colon = line
        .find(':')
        .filter(|&c| c <= 40 && dash.is_none_or(|d| c < d));
    let at = colon.or(dash)?;
    if at == 0 || at > 80 {
        return None;
    }
    let head = &line[..at];
    let first = head.split([',', ' ', '(']).next().unwrap_or("");
    let letters = first.chars().filter(|c| c.is_alphabetic()).count();
    if letters >= 2 && !first.chars().any(|c| c.is_lowercase()) {
        return parse_dateline(head);
    }
    let plain = head.chars().all(|c| c.is_lowercase() || c == ' ');
    if colon.is_some() && plain && head.split(' ').count() <= 3 {
        let place = dateline_in(Gazetteer::embedded(), head)?;
        let known = place.kind != Precision::City || place.capital || place.population >= 100_000;
        return known.then(|| place.location());
    }
    None
}

/// Resolves a dateline string (`Belgrade`, `NAIROBI, Kenya`, `SPRINGFIELD, Ill. (AP)`,
/// `PARIS, Texas`) to a place: its first comma-separated part is the place, a following
/// country, US state or AP state abbreviation narrows it; without one the most likely
/// place (capitals and larger places first) wins. `None` when it names no known place.
pub fn parse_dateline(s: &str) -> Option<Location> {
    dateline_in(Gazetteer::embedded(), s).map(Place::location)
}

fn dateline_in<'g>(gaz: &'g Gazetteer, s: &str) -> Option<&'g Place> {
    // Drop a parenthesised agency (`(AP)`) and anything after it.
    let s = s.split('(').next().unwrap_or("").trim();
    let mut parts = s.split(',').map(str::trim).filter(|p| !p.is_empty());
    let mut name = parts.next()?;
    // Wire services date stories from the UN headquarters as `UNITED NATIONS`.
    if fold(name) == "united nations" {
        name = "New York City";
    }
    let postings: Vec<u32> = gaz.lookup_key(&fold(name)).collect();
    let quals: Vec<&Place> = parts.take(2).flat_map(|q| qualifiers(gaz, q)).collect();
    let ctx = Context::default();
    postings
        .iter()
        .map(|&p| gaz.posting(p))
        .map(|(p, own)| {
            let mut s = score(p, own, &ctx);
            if quals.iter().any(|q| contains(q, p)) {
                s += 10.0;
            }
            (p, s)
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(p, _)| p)
}

/// Countries and regions a dateline qualifier (`Kenya`, `Texas`, `Ill.`, `TX`) names.
fn qualifiers<'g>(gaz: &'g Gazetteer, q: &str) -> Vec<&'g Place> {
    let key = fold(q);
    let code = AP_STATES.iter().find(|(k, _)| *k == key).map(|(_, c)| *c);
    let upper = q.trim_end_matches('.');
    let postal =
        (upper.len() == 2 && upper.bytes().all(|b| b.is_ascii_uppercase())).then_some(upper);
    if let Some(code) = code.or(postal) {
        let states: Vec<&Place> = gaz
            .places()
            .iter()
            .take_while(|p| p.kind != Precision::City)
            .filter(|p| p.kind == Precision::Region && p.country == "USA" && p.admin1 == Some(code))
            .collect();
        if !states.is_empty() {
            return states;
        }
    }
    gaz.lookup_key(&key)
        .map(|p| gaz.posting(p).0)
        .filter(|p| p.kind != Precision::City)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(loc: &Location) -> (&str, &str, Precision) {
        (loc.name.as_str(), loc.country.as_str(), loc.precision)
    }

    #[test]
    fn parses_dateline_strings() {
        let b = parse_dateline("BELGRADE").unwrap();
        assert_eq!(at(&b), ("Belgrade", "SRB", Precision::City));
        assert!(b.distance_km(44.8125, 20.4612) < 5.0);
        assert_eq!(
            parse_dateline("NAIROBI, Kenya (AP)").unwrap().country,
            "KEN"
        );
        let p = parse_dateline("PARIS, Texas").unwrap();
        assert_eq!(
            (p.country.as_str(), p.admin1.as_deref()),
            ("USA", Some("TX"))
        );
        let s = parse_dateline("SPRINGFIELD, Ill.").unwrap();
        assert_eq!(s.admin1.as_deref(), Some("IL"));
        assert_eq!(parse_dateline("PARIS").unwrap().country, "FRA");
        assert!(parse_dateline("NOWHERE-IN-PARTICULAR").is_none());
        assert_eq!(
            parse_dateline("UNITED NATIONS (AP)")
                .unwrap()
                .admin1
                .as_deref(),
            Some("NY")
        );
        assert!(parse_dateline("").is_none());
        assert!(parse_dateline(", ,").is_none());
    }

    #[test]
    fn finds_the_dateline_of_an_article() {
        let mut a = Article::new("x", "BEIRUT, Lebanon (AP) _ Fighting resumed on Friday.");
        assert_eq!(dateline_place(&a).unwrap().name, "Beirut");
        a.text = "Talks stall\n\nBy Jane Roe – Kyiv\n\nNegotiators left early.".into();
        assert_eq!(dateline_place(&a).unwrap().country, "UKR");
        a.byline = Some("By Ana Petrović – Novi Sad".into());
        assert_eq!(dateline_place(&a).unwrap().name, "Novi Sad");
        a.dateline = Some("Nairobi, Kenya".into());
        assert_eq!(dateline_place(&a).unwrap().name, "Nairobi");
        let plain = Article::new(
            "y",
            "Russia - the largest country - said nothing. Ministers met.",
        );
        assert!(dateline_place(&plain).is_none());
        let prose = Article::new(
            "p",
            "By a show of hands, delegates backed the plan – Belgrade will host the next round.",
        );
        assert!(dateline_place(&prose).is_none());
        let late = Article::new(
            "l",
            "(A note from the desk.)\n\nFLORENCE, Ala. _ The mill closed.",
        );
        assert_eq!(dateline_place(&late).unwrap().admin1.as_deref(), Some("AL"));
        let colon = Article::new("c", "NEW DELHI: The talks went on.");
        assert_eq!(dateline_place(&colon).unwrap().name, "New Delhi");
        let lower = Article::new(
            "d",
            "from march 10\n\nlucknow: the committee met in the city.",
        );
        assert_eq!(dateline_place(&lower).unwrap().name, "Lucknow");
        let note = Article::new("n", "note: this is not a dateline.\nupdate: nor this.");
        assert!(dateline_place(&note).is_none());
        let none = Article::new("z", "Nothing here names a dateline.");
        assert!(dateline_place(&none).is_none());
    }
}
