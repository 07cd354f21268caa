//! Choosing one location for an event.
use crate::mention::{find_places_in, PlaceMention};
use crate::{Gazetteer, Location, Place, Precision};
use tern_core::Doc;

/// CAMEO country codes that differ from ISO 3166-1 alpha-3, and their ISO codes.
const CAMEO_TO_ISO: &[(&str, &str)] = &[
    ("ROM", "ROU"),
    ("ZAR", "COD"),
    ("TMP", "TLS"),
    ("KSV", "XKX"),
    ("KOS", "XKX"),
    ("YUG", "SRB"),
    ("SER", "SRB"),
    ("BRM", "MMR"),
];

/// What disambiguation knows about the story.
#[derive(Default)]
pub(crate) struct Context<'a> {
    /// ISO3 codes of the actors' countries.
    pub actors: Vec<[u8; 3]>,
    /// The story's dateline place.
    pub dateline: Option<&'a Location>,
}

impl<'a> Context<'a> {
    pub(crate) fn new(actor_countries: &[&str], dateline: Option<&'a Location>) -> Context<'a> {
        let mut actors = Vec::with_capacity(actor_countries.len());
        for code in actor_countries {
            let b = code.trim().as_bytes();
            if b.len() < 3 || !b[..3].iter().all(u8::is_ascii_alphabetic) {
                continue;
            }
            let mut c = [b[0], b[1], b[2]];
            c.make_ascii_uppercase();
            if let Some((_, iso)) = CAMEO_TO_ISO.iter().find(|(k, _)| k.as_bytes() == c) {
                c.copy_from_slice(iso.as_bytes());
            }
            actors.push(c);
        }
        Context { actors, dateline }
    }
}

/// How likely `place` is meant, on a log-population scale: population, capital status,
/// own name versus alternate, the actors' countries, the dateline.
pub(crate) fn score(place: &Place, own: bool, ctx: &Context) -> f64 {
    let mut s = ((place.population + 10) as f64).log10();
    if place.kind == Precision::Country {
        s += 1.0;
    }
    if place.capital {
        s += 1.5;
    }
    // A place's own name far outweighs an alternate: `Philadelphia` is the US city, not
    // Amman's ancient name.
    if own {
        s += 3.0;
    }
    if ctx.actors.iter().any(|a| a == place.country.as_bytes()) {
        s += 4.0;
    }
    if let Some(d) = ctx.dateline {
        if d.country == place.country {
            s += 4.0;
            if d.admin1.is_some() && d.admin1.as_deref() == place.admin1 {
                s += 0.5;
            }
        }
        if d.geonameid == place.geonameid {
            s += 2.0;
        }
    }
    s
}

/// The most likely place a mention denotes, given the actors' country codes (ISO3, or
/// CAMEO codes, whose first three letters are the country) and the story's dateline.
pub fn resolve<'g>(
    mention: &PlaceMention<'g>,
    actor_countries: &[&str],
    dateline: Option<&Location>,
) -> Option<&'g Place> {
    let ctx = Context::new(actor_countries, dateline);
    best(mention, &ctx)
}

fn best<'g>(mention: &PlaceMention<'g>, ctx: &Context) -> Option<&'g Place> {
    mention
        .candidates
        .iter()
        .zip(mention.own_name.iter().chain(std::iter::repeat(&true)))
        .map(|(p, own)| (*p, score(p, *own, ctx)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(p, _)| p)
}

/// The location of an event coded from sentence `sentence` of `doc`.
///
/// Takes the best place mentioned in that sentence, disambiguated by `actor_countries`
/// (ISO3 / CAMEO country codes of the event's actors), the `dateline` country and
/// population. Among several mentions a place introduced by *in/at/near/…* beats one
/// introduced by *from/to/…*, which beats a bare name; then a city or region beats a
/// country; then the earlier one wins. A bare country name (`Russia said …`) and a bare
/// capital of an actor's country (`Moscow accused …`) name actors, not places, and are
/// skipped. With no usable mention, the dateline; else `None`.
pub fn locate(
    doc: &Doc,
    sentence: usize,
    actor_countries: &[&str],
    dateline: Option<&Location>,
) -> Option<Location> {
    locate_in(
        Gazetteer::embedded(),
        doc,
        sentence,
        actor_countries,
        dateline,
    )
}

pub(crate) fn locate_in(
    gaz: &Gazetteer,
    doc: &Doc,
    sentence: usize,
    actor_countries: &[&str],
    dateline: Option<&Location>,
) -> Option<Location> {
    let ctx = Context::new(actor_countries, dateline);
    let chosen = doc.sentences.get(sentence).and_then(|s| {
        find_places_in(gaz, s, &doc.article.text)
            .iter()
            .filter_map(|m| {
                let place = best(m, &ctx)?;
                if !m.locative {
                    let actor = ctx.actors.iter().any(|a| a == place.country.as_bytes());
                    if place.kind == Precision::Country || (place.capital && actor) {
                        return None;
                    }
                }
                let rank = (
                    m.site,
                    m.locative,
                    place.kind != Precision::Country,
                    std::cmp::Reverse(m.tokens.start),
                );
                Some((rank, place))
            })
            .max_by(|a, b| a.0.cmp(&b.0))
            .map(|(_, p)| p.location())
    });
    chosen.or_else(|| dateline.cloned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use tern_core::{Article, Sentence, Span, Token};

    fn doc(text: &str) -> Doc {
        let mut tokens = Vec::new();
        let mut pos = 0;
        for w in text.split(' ') {
            let word = w.trim_end_matches(['.', ',']);
            if !word.is_empty() {
                tokens.push(Token::new(word, Span::new(pos, pos + word.len())));
            }
            if word.len() < w.len() {
                let p = pos + word.len();
                tokens.push(Token::new(
                    &w[word.len()..word.len() + 1],
                    Span::new(p, p + 1),
                ));
            }
            pos += w.len() + 1;
        }
        let mut d = Doc::new(Article::new("t", text));
        d.sentences.push(Sentence {
            span: Span::new(0, text.len()),
            tokens,
            ..Sentence::default()
        });
        d
    }

    #[test]
    fn locates_in_the_sentence() {
        let d = doc("Ministers met in Belgrade on Tuesday.");
        let loc = locate(&d, 0, &[], None).unwrap();
        assert_eq!(loc.name, "Belgrade");
        assert_eq!(loc.country, "SRB");
        assert_eq!(loc.precision, Precision::City);
        assert!((loc.lat - 44.8).abs() < 0.1);
        let json = serde_json::to_string(&loc).unwrap();
        assert!(json.contains(r#""precision":"city""#), "{json}");
        assert!(json.contains(r#""country":"SRB""#), "{json}");
        let back: Location = serde_json::from_str(&json).unwrap();
        assert_eq!(back, loc);
    }

    #[test]
    fn ambiguity_resolved_by_actors_and_dateline() {
        let d = doc("Protesters gathered in Paris on Monday.");
        assert_eq!(locate(&d, 0, &[], None).unwrap().country, "FRA");
        let tx = locate(&d, 0, &["USA"], None).unwrap();
        assert_eq!(
            (tx.country.as_str(), tx.admin1.as_deref()),
            ("USA", Some("TX"))
        );
        let dallas = crate::parse_dateline("DALLAS").unwrap();
        assert_eq!(
            locate(&d, 0, &[], Some(&dallas)).unwrap().admin1.as_deref(),
            Some("TX")
        );
        // CAMEO actor codes carry the country in their first three letters.
        assert_eq!(locate(&d, 0, &["USAGOV"], None).unwrap().country, "USA");
    }

    #[test]
    fn own_names_beat_alternates_and_cities_beat_same_named_regions() {
        let place = |text: &str| locate(&doc(text), 0, &[], None).unwrap();
        assert_eq!(place("Fans gathered in Philadelphia.").country, "USA");
        assert_eq!(place("Envoys met in New Delhi.").name, "New Delhi");
        assert_eq!(
            place("Markets fell in New York.").precision,
            Precision::City
        );
        assert_eq!(
            place("Snow fell across Wyoming.").precision,
            Precision::Region
        );
        assert_eq!(place("Crowds filled the streets in Kiev.").country, "UKR");
        let georgia = doc("Fighting broke out in Georgia.");
        assert_eq!(locate(&georgia, 0, &[], None).unwrap().country, "GEO");
        let us = locate(&georgia, 0, &["USA"], None).unwrap();
        assert_eq!(
            (us.precision, us.admin1.as_deref()),
            (Precision::Region, Some("GA"))
        );
    }

    #[test]
    fn no_place_falls_back_to_the_dateline_or_none() {
        let d = doc("The minister signed the agreement on Wednesday.");
        assert_eq!(locate(&d, 0, &["SRB"], None), None);
        let kyiv = crate::parse_dateline("KYIV").unwrap();
        assert_eq!(locate(&d, 0, &[], Some(&kyiv)).unwrap().name, kyiv.name);
        assert_eq!(locate(&d, 7, &[], None), None);
    }

    #[test]
    fn actors_named_by_country_or_capital_are_not_places() {
        let d = doc("Moscow accused Russia's neighbours of provocation.");
        let kyiv = crate::parse_dateline("KYIV").unwrap();
        assert_eq!(
            locate(&d, 0, &["RUS"], Some(&kyiv)).unwrap().name,
            kyiv.name
        );
        let d = doc("Delegates from Belgrade met officials in Moscow.");
        assert_eq!(locate(&d, 0, &[], None).unwrap().name, "Moscow");
    }
}
