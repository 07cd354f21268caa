#!/usr/bin/env python3
"""Generates dictionaries/people.tern: persons with dated CAMEO codes.

    python3 tools/gen-people.py [--shared ../shared] [--out dictionaries/people.tern]

Inputs (no network, no packages beyond the standard library):
  * ../shared/knowledge/factbook-leaders.tsv: chiefs of state, heads of government, deputies and the Factbook's
    "other" leaders (vice presidents, crown princes, governors-general, de-facto leaders), 1990-2026, from the CIA
    World Factbook (public domain). Its README.md explains every column; the caveats handled here are listed below.
  * dictionaries/src/officials.tsv: hand-kept facts (ministers, army chiefs, intelligence heads) with their CAMEO
    code, dates and source. Columns: iso3, code, office, name, aliases (|-separated), start, end (YYYY-MM-DD,
    YYYY-MM, YYYY or empty = current), source.
  * dictionaries/countries.tern and dictionaries/organizations.tern: their phrases are not reused for persons.

Rules:
  * Code: every Factbook role (head of state or government, deputy, "other") is {ISO3}GOV for the term; officials
    carry their own code from officials.tsv. After a person's last role in a country ends, {ISO3}ELI from the next
    day on, open-ended (CAMEO codes former leaders as elites; tern's date rule picks the narrowest range, so a later
    role inside the ELI range wins). The Soviet Union's former leaders are RUSELI after 1991-12-25. Before the
    first role, {ISO3}ELI of that role's country, open-started (a story dated before the person took office still
    names them; a title in the text, `opposition leader X`, says more and the coder takes it).
  * Start: `since` (YYYY-MM -> the 1st, YYYY -> 1 January); empty `since` ("since NA") -> 1 January of the first
    edition that lists the person.
  * End: a full `end_estimate` date is the successor's start: the role ends the day before. A year-only end is an
    upper bound (the first edition that no longer lists the person): the role ends on 31 December of that year, but
    never after the start of the same person's next role with another code, and never after the end of a dissolved
    state (SUN 1991-12-25, YUG 1992-04-27, SCG 2006-06-04, CSK 1992-12-31, DDR 1990-10-02, YMD 1990-05-21,
    ANT 2010-10-09, PCI 1994-09-30). Empty end: current.
  * Territories list the sovereign as chief of state (Charles III for Bermuda, the US president for Guam, China's
    president for Hong Kong): a person who is head of state of a state and is listed for a dependency is kept
    only for the state. A monarch or president listed as head of state of several states (Commonwealth realms,
    Andorra's French co-prince) is kept for the first of HOME that applies.
  * Same person: the same transliteration key of the full name (brackets removed) in the same country; such rows
    and officials.tsv rows make one entry with all roles. Two persons with the same full name in different
    countries are one entry with both countries' dated codes (a warning in the header lists them).
  * Names: the full name without bracketed or quoted nicknames; the nickname with the surname ("Tony Blair"); the
    first given name with the surname (no middle names); a multi-word surname alone ("Lula da Silva"); officials'
    aliases; spelling variants (VARIANTS below, and -yev/-ev: Aliyev/Aliev). The matcher adds the rest itself
    (docs/dictionaries.md "Matching"): transliteration keys (Shoygu/Shoigu/Shojgu, Zelensky/Zelenskyy) and the
    surname alone when only one person has it, so neither is written here.
  * Persons whose surname is also a common capitalized word (May, Key, English, Sen ...; COMMON_SURNAMES) are not
    marked `person: yes`: their full names match, the surname alone must not ("In May ...").
  * A name variant claimed by two entries is dropped from both (listed in the header).
The output is deterministic (sorted; no dates of "now").
"""
import argparse, csv, datetime as dt, functools, os, re, sys, unicodedata

HOME = ["GBR", "FRA", "USA", "CHN", "NLD", "DNK", "NOR", "NZL", "AUS", "ESP", "ITA"]
DEPENDENCIES = set("ABW AIA ASM ATF BLM BMU CCK COK CUW CXR CYM FLK FRO GGY GIB GLP GRL GUF GUM HKG IMN IOT JEY MAC "
                   "MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS SHN SJM SPM SXM TCA TKL VGB VIR WLF ANT".split())
DISSOLVED = {"SUN": "1991-12-25", "YUG": "1992-04-27", "SCG": "2006-06-04", "CSK": "1992-12-31",
             "DDR": "1990-10-02", "YMD": "1990-05-21", "ANT": "2010-10-09", "PCI": "1994-09-30"}
SUCCESSOR_ELI = {"SUN": ("RUS", "1991-12-26")}
MICRO_STATES = {"SMR", "AND", "LIE", "MCO"}
# Predecessor and successor states: a person's names may be merged across them.
SUCCESSION = {("SDN", "SSD"), ("SCG", "SRB"), ("SCG", "MNE"), ("YUG", "SCG"), ("YUG", "SRB"), ("YUG", "HRV"),
              ("YUG", "SVN"), ("YUG", "BIH"), ("YUG", "MKD"), ("CSK", "CZE"), ("CSK", "SVK"), ("ETH", "ERI"),
              ("IDN", "TLS"), ("YMD", "YEM"), ("DDR", "DEU"), ("ANT", "CUW"), ("ANT", "SXM"), ("SRB", "XKX")} | \
    {("SUN", c) for c in "RUS UKR BLR MDA GEO ARM AZE KAZ KGZ TJK TKM UZB LTU LVA EST".split()}
NON_STATE = {"IGO", "NGO", "IMG", "INT", "MNC", "UIS", "NGM"}

# Known spelling variants of surnames that the matcher's transliteration key does not join (general knowledge of
# English-language press spellings).
VARIANTS = {
    "Qadhafi": ["Gaddafi", "Qaddafi", "Kadhafi", "Gadhafi", "Kadafi"],
    "Lukashenko": ["Lukashenka"],
    "Rohani": ["Rouhani"], "Rouhani": ["Rohani"],
    "Morsi": ["Mursi"], "Mursi": ["Morsi"],
    "Sarkisian": ["Sargsyan"], "Sargsyan": ["Sarkisian", "Sarkisyan"],
    "Berdimuhamedow": ["Berdymukhamedov", "Berdimuhamedov"],
    "Niyazov": ["Niyazow"],
    "Shmyhal": ["Shmygal"],
    "Yeltsin": ["Eltsin"],
    "Netanyahu": ["Netanjahu"],
    "Haniyeh": ["Haniya", "Haniyah"],
    "Ahmadinejad": ["Ahmadinezhad"],
    "Khamenei": ["Khamenehi"],
    "Raisi": ["Raeisi"],
    "Kadhimi": ["Kazimi"],
    "Karimov": ["Karimow"],
    "Tymoshenko": ["Timoshenko"],
    "Yanukovych": ["Yanukovich"],
    "Zelenskyy": ["Zelensky", "Zelenskiy"],
    "Erdogan": ["Erdoğan"],
    "Assad": ["al-Assad"],
    "Sisi": ["el-Sisi", "al-Sisi"],
    "Bashir": ["al-Bashir"],
    "Maliki": ["al-Maliki"],
    "Abadi": ["al-Abadi"],
    "Sudani": ["al-Sudani"],
    "Hariri": ["al-Hariri"],
    "Saleh": ["Salih"],
    "Mubarak": [],
    "Mirziyoyev": ["Mirziyoev"],
    "Soeharto": ["Suharto"], "Soekarnoputri": ["Sukarnoputri"], "Boediono": ["Budiono"],
    "Nazarbayev": ["Nazarbaev"], "Lukashenka": ["Lukashenko"], "Navalny": ["Navalnyy"],
    "Abdullahi": ["Abdillahi"], "Museveni": [], "Kagame": [],
    "Hasina": [], "Ghani": [], "Karzai": [],
}
# Surnames that are common capitalized words, titles or abbreviations: such persons get no surname-alone match.
COMMON_SURNAMES = {"may", "key", "english", "sen", "gen", "rep", "gov", "col", "brown", "rice", "king", "young",
                   "white", "black", "green", "hope", "love", "little", "long", "major", "power", "law", "mark",
                   "bishop", "church", "price", "best", "frank", "grant", "hunt", "moon", "park", "song", "ban",
                   "say", "win", "sun", "han", "lee", "kim", "li", "hill", "wood", "ford", "rich", "cook", "banks",
                   "mills", "small", "ball", "north", "west", "south", "east", "new", "good", "said", "will",
                   "may", "april", "june", "march", "august", "chance", "justice", "street", "free", "bolt",
                   "house", "office", "minister", "president", "state", "army", "party", "union", "national",
                   "abdullah", "ali", "hassan", "hussein", "mohammed", "muhammad", "ahmed", "khan", "singh",
                   "ibrahim", "ahmad", "omar", "umar", "yusuf", "musa", "isa", "salman", "faisal", "hamad",
                   "khalifa", "zayed", "nasser", "saud", "sabah", "thani",
                   # added in review (2026-11): days, months, feasts and words that begin sentences in news, and
                   # given names that are also a listed person's surname (Jeff Mason, Fayez al-Sarraj)
                   "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                   "february", "july", "september", "october", "november", "december", "ramadan", "easter",
                   "christmas", "san", "loc", "jong", "walker", "masri", "karim", "khamis", "pires", "marie", "sheikh", "islam", "jihad", "holy", "junior", "senior", "oman", "back", "man", "boys",
                   "note", "speed", "soon", "drew", "burns", "cannon", "bar", "bells", "dam", "din", "gang", "grenade",
                   "mer", "pace", "parts", "passer", "saw", "sheriff", "struck", "vital", "won", "mason", "fayez",
                   # added 2026-11 (officials of states in armed conflict): English given names and words
                   "adam", "benjamin", "barry", "jibril", "khalil", "charbel", "nur", "amr", "rage", "wali", "brahim",
                   "than", "aung", "tawfik", "belay", "ghali", "saab", "gosh", "ghosn", "awan", "younis", "abdalla", "wine", "gay",
                   "mont", "atta", "abdi", "ebrahim", "tun", "sadr", "idris"}
# Countries whose Factbook names put the name used alone first (Chinese, Korean, Thai, Lao, Burmese ...): that
# word alone becomes an exact phrase when only one person has it and it has 4+ letters (or is listed here).
SURNAME_FIRST_COUNTRIES = set("CHN TWN HKG MAC KOR PRK VNM KHM LAO THA MMR SGP MNG".split())
SHORT_SURNAMES_OK = {"xi", "hu"}
SURNAME_FIRST_OK_MIN = 2


@functools.lru_cache(maxsize=None)
def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return (s.lower().replace("ß", "ss").replace("đ", "d").replace("ł", "l").replace("ø", "o")
            .replace("æ", "ae").replace("œ", "oe").replace("ı", "i").replace("’", "'"))


@functools.lru_cache(maxsize=None)
def translit_key(w):
    """Python copy of tern_dict::norm::translit_key (crates/tern-dict/src/norm.rs)."""
    b = "".join(c for c in w if "a" <= c <= "z")
    out = []
    i = 0
    at = lambda i, s: b.startswith(s, i)
    while i < len(b):
        if at(i, "shch"):
            e, a = "sh", 4
        elif at(i, "tch"):
            e, a = "ch", 3
        elif at(i, "sch"):
            e, a = "sh", 3
        elif at(i, "sh"):
            e, a = "sh", 2
        elif at(i, "dzh"):
            e, a = "j", 3
        elif at(i, "dj") or at(i, "zh"):
            e, a = "j", 2
        elif at(i, "kh"):
            e, a = "h", 2
        elif at(i, "ts") or at(i, "tz"):
            e, a = "c", 2
        elif at(i, "ph"):
            e, a = "f", 2
        elif at(i, "ck"):
            e, a = "k", 2
        elif at(i, "ou"):
            e, a = "u", 2
        elif at(i, "ee"):
            e, a = "i", 2
        else:
            c = b[i]
            if c == "w":
                e = "v"
            elif c == "q":
                e = "k"
            elif c == "y":
                e = "i"
            elif c == "j" and i > 0 and b[i - 1] in "aeiou":
                e = "i"
            else:
                e = c
            a = 1
        for ch in e:
            if not out or out[-1] != ch:
                out.append(ch)
        i += a
    return "".join(out)


def words(name):
    return [w for w in re.split(r"[\s_]+", name) if w]


def phrase(name):
    name = name.replace("’", "'")
    name = re.sub(r"\s*-\s*", " - ", name.strip())
    return re.sub(r"\s+", " ", name).upper()


SUFFIX_WORDS = {"jr", "sr"}


def name_keys(name):
    """Transliteration keys of a name's words, without Jr./Sr."""
    ks = [translit_key(fold(w)) for w in words(strip_nick(name)[0])]
    return [k for k in ks if k and k not in SUFFIX_WORDS]


def name_key(name):
    return " ".join(name_keys(name))


def within_one_edit(a, b):
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def same_person(n1, n2):
    """Two spellings of one person's name in one country: same surname key, first names one edit apart (Binyamin,
    Benyamin, Binjamin) or one a 5+ letter prefix of the other (Constantin, Constantinos), middle names absent on one side or with the same initials (so George W. Bush and George
    Herbert Walker Bush stay apart)."""
    a, b = name_keys(n1), name_keys(n2)
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    short, long_ = sorted((a[0], b[0]), key=len)
    if not (within_one_edit(a[0], b[0]) or (len(short) >= 5 and long_.startswith(short))):
        return False
    ma, mb = a[1:-1], b[1:-1]
    if ma and mb and [m[0] for m in ma] != [m[0] for m in mb]:
        return False
    return True


def strip_nick(name):
    """(name without bracketed/quoted parts, [nicknames])."""
    nicks = re.findall(r'\(([^)]*)\)|"([^"]*)"', name)
    nicks = [a or b for a, b in nicks]
    base = re.sub(r'\s*(\([^)]*\)|"[^"]*")\s*', " ", name)
    return re.sub(r"\s+", " ", base).strip(), [n.strip() for n in nicks if n.strip()]


def parse_date(s, end=False):
    s = s.strip()
    if not s:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return dt.date.fromisoformat(s)
    if re.fullmatch(r"\d{4}-\d{2}", s):
        y, m = map(int, s.split("-"))
        if not end:
            return dt.date(y, m, 1)
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    if re.fullmatch(r"\d{4}", s):
        y = int(s)
        return dt.date(y, 12, 31) if end else dt.date(y, 1, 1)
    raise ValueError(f"bad date {s!r}")


def read_phrases(path):
    out = set()
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"(?:actor:|  name:)\s*(.+)$", line.rstrip("\n"))
            if m:
                out.add(fold(m.group(1)))
    return out


class Person:
    def __init__(self, key):
        self.key = key
        self.title = None
        self.title_date = None
        self.names = {}        # phrase -> priority (3 full, 2 alias/variant, 1 derived)
        self.roles = []        # (iso3, code, start, end, source)
        self.sources = []
        self.surname = None
        self.surname_first = False
        self.single = set()    # one-word aliases from officials.tsv

    def add_name(self, n, prio):
        n = n.strip()
        if not n or len(fold(n)) < 2:
            return
        p = phrase(n)
        self.names[p] = max(prio, self.names.get(p, 0))


PARTICLES = {"al", "el", "bin", "ibn", "da", "de", "dos", "das", "do", "van", "von", "der", "den", "del", "della", "di",
             "du", "la", "le", "y", "e", "ter", "ten", "bint", "abu", "ould", "ag", "ben", "mac", "st.", "st"}
# Names a person is known by that no rule derives (one word, or an acronym): full-name key -> names.
KNOWN_AS = {
    "luiz inacio lula da silva": ["Lula"],
    "andres manuel lopez obrador": ["AMLO", "Lopez Obrador"],
    "muhamad bin salman bin abd al aziz al saud": ["MBS", "Mohammed bin Salman", "Mohammad bin Salman",
                                                   "Crown Prince Mohammed bin Salman"],
    "muhamad bin zaid al nuhaian": ["MBZ", "Mohammed bin Zayed", "Mohamed bin Zayed"],
    "ali hoseini hamenei": ["Ayatollah Khamenei", "Ayatollah Ali Khamenei", "Ali Khamenei"],
    "viliam jeferson clinton": ["Bill Clinton", "President Bill Clinton"],
    "james gordon brovn": ["Gordon Brown"],
    "abi ahmed ali": ["Abiy Ahmed", "Abiy"],
    "mahathir bin mohamad": ["Mahathir Mohamad", "Mahathir Mohammad", "Mahathir"],
    "mahmud ahmadi neiad": ["Mahmoud Ahmadinejad", "Mahmud Ahmadinejad", "Ahmadinejad"],
    "muhamad mursi": ["Mohamed Morsi", "Mohammed Morsi", "Mohamed Mursi", "Morsi", "Mursi"],
    "sadam husain": ["Saddam Hussein", "Saddam"],
    "bashar al asad": ["Bashar al-Assad", "Bashar Assad", "Assad", "al-Assad"],
    "nuri maliki": ["Nouri al-Maliki", "Nouri Maliki", "Nuri al-Maliki", "Maliki", "al-Maliki"],
    "inglak chinavat": ["Yingluck Shinawatra", "Yingluck"],
    "faethongthan chinavat": ["Paetongtarn Shinawatra", "Paetongtarn"],
    "kim jong un": ["Kim Jong-un", "Kim Jong-Un"],
    "kim chong il": ["Kim Jong Il", "Kim Jong-il", "Kim Jong-Il"],
    "faiz al sarai": ["Fayez al-Sarraj", "Fayez Sarraj", "Fayez al-Serraj", "Fayez Serraj"],
    "faiz alsarai": ["Fayez al-Sarraj", "Fayez Sarraj", "Fayez al-Serraj", "Fayez Serraj"],
}


def variants_of(full, surname):
    """Derived name variants of a full name (brackets removed) with the Factbook surname."""
    out = set()
    ws = words(full)
    sw = words(surname) if surname else []
    if sw and len(ws) > len(sw) and [fold(w) for w in ws[-len(sw):]] == [fold(w) for w in sw]:
        given = ws[: -len(sw)]
        if len(given) > 1:
            out.add(" ".join([given[0]] + sw))
        if len(sw) >= 2 and not all(fold(w) in PARTICLES for w in sw):
            out.add(" ".join(sw))
        # Two surnames (Hispanic usage): the first alone with the given name ("Claudia Sheinbaum").
        if len(sw) == 2 and fold(sw[0]) not in PARTICLES and fold(sw[1]) not in PARTICLES and given:
            out.add(" ".join([given[0], sw[0]]))
            # A second given name that is the one in use ("Juan Evo Morales Ayma" is "Evo Morales").
            if len(given) == 2 and fold(given[1]) not in PARTICLES and all(re.fullmatch(r"[^\W\d_]{3,}", w) for w in (given[1], sw[0])):
                out.add(" ".join([given[1], sw[0]]))
    elif len(sw) == 1 and len(ws) >= 3:
        # The capitalized surname is not the last word (Hispanic second surname: "Claudia SHEINBAUM Pardo"):
        # the given name with it ("Claudia Sheinbaum").
        fw = [fold(w) for w in ws]
        if fold(sw[0]) in fw[1:-1]:
            out.add(" ".join([ws[0], sw[0]]))
            if fw.index(fold(sw[0])) == 2 and fw[1] not in PARTICLES and all(re.fullmatch(r"[^\W\d_]{3,}", w) for w in (ws[1], sw[0])):
                out.add(" ".join([ws[1], sw[0]]))
    # A hyphenated word also written as two ("Ali Hoseini-Khamenei" -> "Ali Hoseini Khamenei"): the matcher's
    # surname and transliteration variants need plain words.
    for base in [full] + sorted(out):
        if "-" in base:
            out.add(re.sub(r"\s*-\s*", " ", base))
    last = sw[-1] if sw else (ws[-1] if ws else "")
    for base in [full] + sorted(out):
        bw = words(base)
        for i, w in enumerate(bw):
            alts = list(VARIANTS.get(w, []))
            m = re.fullmatch(r"(?i)(al|el|ad|ar|as|at|az|an)-(.+)", w)
            if m:  # Arabic article: "Bashar al-Assad" is also "Bashar Assad"
                alts.append(m.group(2))
                alts += VARIANTS.get(m.group(2), [])
            if re.search(r"[a-z]yev$|[a-z]yeva$", w):
                alts.append(re.sub(r"yev(a?)$", r"ev\1", w))
            for a in alts:
                out.add(" ".join(bw[:i] + [a] + bw[i + 1:]))
    return out


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(here, "..")
    ap.add_argument("--shared", default=os.path.join(root, "..", "shared"))
    ap.add_argument("--out", default=os.path.join(root, "dictionaries", "people.tern"))
    args = ap.parse_args()
    fb_path = os.path.join(args.shared, "knowledge", "factbook-leaders.tsv")
    off_path = os.path.join(root, "dictionaries", "src", "officials.tsv")

    with open(fb_path, encoding="utf-8") as fh:
        rows = [(i + 2, r) for i, r in enumerate(csv.DictReader(fh, delimiter="\t"))]

    # Heads of state listed for several countries: keep the state (not a dependency), then HOME order.
    hos = {}
    for _, r in rows:
        if r["role"] == "head_of_state":
            hos.setdefault(name_key(r["name"]), set()).add(r["iso3"])
    keep_iso = {}
    for k, isos in hos.items():
        if len(isos) < 2:
            continue
        states = sorted(i for i in isos if i not in DEPENDENCIES)
        home = [h for h in HOME if h in isos]
        keep_iso[k] = {home[0]} if home else set(states or isos)
    skipped_sovereign = 0
    # People listed for a dependency who also hold office in a state (the US vice president for Guam ...).
    in_states = {name_key(r["name"]) for _, r in rows if r["iso3"] not in DEPENDENCIES}

    persons = {}   # (iso3-group key) -> Person
    by_key = {}    # name key -> list of person ids per iso3

    def person_for(iso, name):
        k = (iso, name_key(name))
        if k not in persons:
            persons[k] = Person(k)
        return persons[k]

    for line, r in rows:
        k = name_key(r["name"])
        if k in keep_iso and r["iso3"] not in keep_iso[k]:
            skipped_sovereign += 1
            continue
        if r["iso3"] in DEPENDENCIES and k in in_states:
            skipped_sovereign += 1
            continue
        iso = r["iso3"]
        start = parse_date(r["since"]) or dt.date(int(r["first_seen_edition"]), 1, 1)
        e = r["end_estimate"].strip()
        if not e:
            end = None
        elif len(e) == 10:
            end = parse_date(e) - dt.timedelta(days=1)
        else:
            end = parse_date(e, end=True)
        if iso in DISSOLVED:
            d = dt.date.fromisoformat(DISSOLVED[iso])
            end = d if end is None or end > d else end
        if end is not None and end < start:
            end = start
        p = person_for(iso, r["name"])
        full, nicks = strip_nick(r["name"])
        p.roles.append((iso, iso + "GOV", start, end, f"factbook-leaders.tsv:{line}"))
        p.add_name(full, 3)
        if p.title_date is None or start >= p.title_date:
            p.title, p.title_date = full, start
            p.surname = strip_nick(r["surname"])[0]
        for n in nicks:
            sur = strip_nick(r["surname"])[0]
            if sur and fold(sur) in fold(full):
                p.add_name(f"{n} {sur}", 2)
        for v in variants_of(full, strip_nick(r["surname"])[0]):
            p.add_name(v, 1)
        sw = words(strip_nick(r["surname"])[0])
        if len(sw) >= 2 and not all(fold(w) in PARTICLES for w in sw) and fold(" ".join(sw)) != fold(full):
            p.add_name(" ".join(sw), 2)   # the name the Factbook treats as primary ("Muhammad bin Salman")
        p.sources.append(f"factbook-leaders.tsv:{line}")

    @functools.lru_cache(maxsize=None)
    def first_last(name):
        ks = [translit_key(fold(w)) for w in words(name)]
        ks = [k for k in ks if k]
        return (ks[0], ks[-1]) if len(ks) >= 2 else None

    def find_official(iso, full):
        """The person an officials.tsv row is about: the same full name in the same country, else the only person
        of that country (any country for IGO/NGO rows) with the same first and last name (officials.tsv writes
        "Sergei Shoigu" where the Factbook writes "Sergey Kuzhugetovich Shoygu"), else a new person."""
        p = persons.get((iso, name_key(full)))
        if p is not None:
            return p
        fl = first_last(full)
        if fl:
            cands = [q for (i, _), q in persons.items() if (i == iso or iso in NON_STATE)
                     and any(first_last(n) == fl for n in q.names)]
            if len(cands) == 1:
                return cands[0]
        return person_for(iso, full)

    n_off = 0
    if os.path.exists(off_path):
        with open(off_path, encoding="utf-8") as fh:
            for i, r in enumerate(csv.DictReader(fh, delimiter="\t")):
                line = i + 2
                if not (r.get("name") or "").strip() or not (r.get("code") or "").strip():
                    continue
                iso = r["iso3"].strip()
                try:
                    start = parse_date(r["start"]) or dt.date(1900, 1, 1)
                    end = parse_date(r["end"], end=True) if r["end"].strip() else None
                except ValueError as err:
                    print(f"officials.tsv:{line}: {err}; skipped", file=sys.stderr)
                    continue
                full, nicks = strip_nick(r["name"].strip())
                p = find_official(iso, full)
                p.roles.append((iso, r["code"].strip(), start, end, f"officials.tsv:{line}"))
                p.add_name(full, 3)
                if p.title is None:
                    p.title, p.title_date = full, start
                    p.surname = words(full)[-1] if words(full) else ""
                for a in (r.get("aliases") or "").split("|"):
                    a = strip_nick(a.strip())[0]
                    if len(words(a)) >= 2:
                        p.add_name(a, 2)
                    elif a.isupper() and len(a) >= 3:
                        p.add_name(a, 2)          # an acronym (MBS): exact
                    elif a:
                        p.single.add(a)           # a surname alone: see below
                for v in variants_of(full, words(full)[-1] if len(words(full)) > 1 else ""):
                    p.add_name(v, 1)
                p.sources.append(f"officials.tsv:{line}")
                n_off += 1

    # Merge spellings of one person within a country (same_person), keeping the most recent spelling as title.
    by_iso = {}
    for (iso, k), p in sorted(persons.items()):
        by_iso.setdefault(iso, []).append((k, p))
    strong, lasts = {}, {}
    for p in persons.values():
        strong[id(p)] = {fold(n) for n, pr in p.names.items() if pr >= 2}
        lasts[id(p)] = {name_keys(n)[-1] for n, pr in p.names.items() if pr == 3 and len(name_keys(n)) >= 2}
    for iso, lst in sorted(by_iso.items()):
        for i in range(len(lst)):
            ki, pi = lst[i]
            if pi is None:
                continue
            for j in range(i + 1, len(lst)):
                kj, pj = lst[j]
                if pj is None:
                    continue
                strong_i = strong[id(pi)]
                shared = not strong_i.isdisjoint(strong[id(pj)])
                if not shared:
                    tk = name_keys(pj.title)
                    if len(tk) < 2 or tk[-1] not in lasts[id(pi)]:
                        continue
                    if not any(same_person(n, pj.title) for n, pr in pi.names.items() if pr == 3):
                        continue
                pi.roles += pj.roles
                pi.sources += pj.sources
                pi.single |= pj.single
                for n, pr in pj.names.items():
                    pi.names[n] = max(pr, pi.names.get(n, 0))
                strong_i |= strong[id(pj)]
                lasts[id(pi)] |= lasts[id(pj)]
                if pj.title_date and (pi.title_date is None or pj.title_date > pi.title_date):
                    pi.title, pi.title_date, pi.surname = pj.title, pj.title_date, pj.surname
                del persons[(iso, kj)]
                lst[j] = (kj, None)

    # A full name of one entry that is a name variant of another entry of the same country or of a predecessor or
    # successor state ("Michel Temer", vice president, and "Michel Miguel Elias Temer Lulia", president; "Salva
    # Kiir" of Sudan and "Salva Kiir Mayardit" of South Sudan) is the same person: merged.
    def related(a, b):
        return a == b or (a, b) in SUCCESSION or (b, a) in SUCCESSION

    index = {}
    for key, p in sorted(persons.items()):
        for n in p.names:
            index.setdefault(fold(n), set()).add(key)
    alias = {}

    def resolve(k):
        while k in alias:
            k = alias[k]
        return k

    for kb in sorted(persons):
        if kb not in persons:
            continue
        pb = persons[kb]
        target = None
        for n, pr in sorted(pb.names.items()):
            if pr != 3:
                continue
            cands = {resolve(ka) for ka in index.get(fold(n), ())} - {kb}
            cands = {ka for ka in cands if related(ka[0], kb[0])}
            if len(cands) == 1:
                target = cands.pop()
                break
        if target is None:
            continue
        pa = persons[target]
        pa.roles += pb.roles
        pa.sources += pb.sources
        pa.single |= pb.single
        for n, pr in pb.names.items():
            pa.names[n] = max(pr, pa.names.get(n, 0))
            index.setdefault(fold(n), set()).add(target)
        if pb.title_date and (pa.title_date is None or pb.title_date > pa.title_date):
            pa.title, pa.title_date, pa.surname = pb.title, pb.title_date, pb.surname
        del persons[kb]
        alias[kb] = target

    # Merge persons of different countries that share their full name key (same person or namesakes).
    groups = {}
    for (iso, k), p in sorted(persons.items()):
        groups.setdefault(k, []).append(p)
    merged = []
    namesakes = []
    for k, ps in sorted(groups.items()):
        base = ps[0]
        for q in ps[1:]:
            base.roles += q.roles
            base.sources += q.sources
            for n, pr in q.names.items():
                base.add_name(n, pr) if False else base.names.__setitem__(n, max(pr, base.names.get(n, 0)))
            if q.title_date and (base.title_date is None or q.title_date > base.title_date):
                base.title, base.title_date, base.surname = q.title, q.title_date, q.surname
        if len(ps) > 1:
            namesakes.append(f"{base.title} ({'/'.join(sorted({p.key[0] for p in ps}))})")
        merged.append(base)

    for p in merged:
        for n in list(p.names):
            for a in KNOWN_AS.get(name_key(n), []):
                p.add_name(a, 2)

    # One-word names: dropped when the word is also someone's given name in the data (royals printed by first name
    # only, "Charles", "Albert", "Hussein": as an exact phrase it would take every Charles) or has under 5 letters
    # (parse debris such as "SNC"; acronyms from officials.tsv aliases stay).
    given = set()
    for p in merged:
        for n in p.names:
            w = words(n)
            if len(w) >= 2:
                given.add(fold(w[0]))
    for p in merged:
        for n in list(p.names):
            w = words(n)
            if len(w) == 1 and (fold(w[0]) in given or len(w[0]) < 5) and not (n.isupper() and n in p.names
                                                                               and p.names[n] == 2):
                del p.names[n]

    # A title with one common given name ("Sheikh Ahmed", "Dr. Abdullah") names too many people: dropped.
    titles = {"prince", "princess", "sheikh", "shaykh", "dr", "dr.", "king", "queen", "emir", "general", "gen.",
              "sultan", "president", "crown"}
    for p in merged:
        for n in list(p.names):
            w = [fold(x) for x in words(n)]
            rest = [x for x in w if x not in titles]
            if len(rest) == 1 and len(w) > 1 and (rest[0] in COMMON_SURNAMES or rest[0] in {"rashid", "khalid",
                                                                                          "abdulaziz", "sultan"}):
                del p.names[n]

    # Names used by countries/organizations are not reused; a variant claimed by two entries goes from both.
    taken = read_phrases(os.path.join(root, "dictionaries", "countries.tern")) | \
        read_phrases(os.path.join(root, "dictionaries", "organizations.tern"))
    claims = {}
    for i, p in enumerate(merged):
        for n in p.names:
            claims.setdefault(fold(n), set()).add(i)
    dropped = []
    for fn, ids in sorted(claims.items()):
        if len(ids) > 1 or fn in taken:
            for i in ids:
                for n in list(merged[i].names):
                    if fold(n) == fn:
                        del merged[i].names[n]
            dropped.append(fn.upper())

    # One-word aliases (a surname spelled another way): exact one-word phrases would also match lower-case words
    # ("waltz", "tenet"), so they become "Given Alias" names, whose surname the matcher finds alone (capitalized
    # only, and only when one person has it) -- unless a name already has that surname key.
    for p in merged:
        keys = {translit_key(fold(words(n)[-1])) for n in p.names if len(words(n)) >= 2}
        first = words(p.title)[0] if p.title and len(words(p.title)) >= 2 else None
        for a in sorted(p.single):
            if translit_key(fold(a)) not in keys and first:
                p.add_name(f"{first} {a}", 1)

    # Surname-first names (Chinese, Korean, ...): the surname alone as an exact phrase when only one person has it.
    sf = {}
    for i, p in enumerate(merged):
        ws = words(p.title or "")
        sur = p.surname or ""
        isos = {r[0] for r in p.roles}
        if len(ws) >= 2 and sur and len(words(sur)) == 1 and fold(ws[0]) == fold(sur) and fold(ws[-1]) != fold(sur) \
                and isos & SURNAME_FIRST_COUNTRIES and (len(sur) >= 4 or fold(sur) in SHORT_SURNAMES_OK):
            sf.setdefault(fold(sur), set()).add(i)
    all_surnames = {}
    for i, p in enumerate(merged):
        for n in p.names:
            w = words(n)
            if len(w) >= 2:
                all_surnames.setdefault(translit_key(fold(w[-1])), set()).add(i)
    for s, ids in sorted(sf.items()):
        if len(ids) == 1 and s not in COMMON_SURNAMES and s not in taken and len(s) >= SURNAME_FIRST_OK_MIN \
                and not all_surnames.get(translit_key(s), set()) - ids and s not in claims:
            merged[next(iter(ids))].add_name(s, 1)

    # Roles: merge ranges of the same code, resolve partial overlaps of different codes (the more specific, i.e.
    # longer, code keeps its range), then the ELI tail per country.
    def fmt(a, b):
        return f"{a.isoformat() if a and a != dt.date.min else ''}..{b.isoformat() if b else ''}"

    BIG = dt.date(9999, 12, 30)
    given_counts = {}
    for p in merged:
        ws = words(p.title or "")
        if len(ws) >= 2:
            k = translit_key(fold(ws[0]))
            given_counts[k] = given_counts.get(k, 0) + 1
    out_entries = []
    for p in merged:
        if not p.names:
            continue
        bycode = {}
        for iso, code, s, e, src in p.roles:
            bycode.setdefault(code, []).append([s, e or BIG, iso])
        ranges = []
        for code, rs in bycode.items():
            rs.sort()
            cur = None
            for s, e, iso in rs:
                if cur and (cur[1] >= BIG or s <= cur[1] + dt.timedelta(days=3)):
                    cur[1] = max(cur[1], e)
                else:
                    if cur:
                        ranges.append(cur)
                    cur = [s, e, iso, code]
            ranges.append(cur)
        # partial overlaps between different codes: cut the less specific range
        changed = True
        while changed:
            changed = False
            for a in ranges:
                for b in ranges:
                    if a is b or a[3] == b[3]:
                        continue
                    lo, hi = max(a[0], b[0]), min(a[1], b[1])
                    if lo >= hi:
                        continue
                    nested = (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])
                    if nested:
                        continue
                    gen, spec = (a, b) if len(a[3]) < len(b[3]) or (len(a[3]) == len(b[3]) and a[0] < b[0]) else (b, a)
                    if gen[0] < spec[0]:
                        gen[1] = spec[0]
                    else:
                        gen[0] = spec[1]
                    changed = True
        ranges = [r for r in ranges if r[0] <= r[1]]
        # ELI before the first role, in the gaps between roles and after the last one: the country of the role
        # that ended last, or before the first role that role's country (a
        # dissolved state's ELI stops at its end; the Soviet Union's former leaders are RUSELI afterwards; after
        # an IGO/NGO role, the person's own country).
        home = None
        for r in sorted(ranges, key=lambda r: (r[1], r[0])):
            if r[2] not in NON_STATE and r[3][:3] == r[2]:
                home = r[2]
        eli = []
        span = sorted(ranges, key=lambda r: (r[0], r[1]))
        cover_end = None
        last_iso = None
        pieces = []
        for r in span:
            if cover_end is not None and r[0] > cover_end + dt.timedelta(days=1) and cover_end < BIG:
                pieces.append((cover_end + dt.timedelta(days=1), r[0] - dt.timedelta(days=1), last_iso, r[2]))
            if cover_end is None or r[1] >= cover_end:
                cover_end, last_iso = r[1], r[2]
        if cover_end is not None and cover_end < BIG:
            pieces.append((cover_end + dt.timedelta(days=1), BIG, last_iso, None))
        # Before the first role: an elite of the first role's country (a story dated before the
        # person took office still names them, and its title in the text may say more).
        if span and span[0][0] > dt.date.min:
            pieces.insert(0, (dt.date.min, span[0][0] - dt.timedelta(days=1), span[0][2], None))
        for s0, e0, iso, nxt in pieces:
            if iso in NON_STATE or iso is None:
                iso = home
            if iso is None:
                continue
            if iso in DISSOLVED:
                d = dt.date.fromisoformat(DISSOLVED[iso])
                if s0 <= d:
                    eli.append([s0, min(e0, d), iso, iso + "ELI"])
                after = nxt if nxt and nxt not in NON_STATE and nxt not in DISSOLVED else \
                    (SUCCESSOR_ELI[iso][0] if iso in SUCCESSOR_ELI else None)
                s1 = max(s0, d + dt.timedelta(days=1))
                if after and s1 <= e0:
                    eli.append([s1, e0, after, after + "ELI"])
            else:
                eli.append([s0, e0, iso, iso + "ELI"])
        ranges += eli
        ranges.sort(key=lambda r: (r[0], r[1], r[3]))
        title = phrase(p.title) if phrase(p.title) in p.names else sorted(p.names, key=lambda n: (-p.names[n], n))[0]
        sur = fold(words(p.surname or title)[-1]) if (p.surname or title) else ""
        last_word = fold(words(title)[-1])
        is_person = sur not in COMMON_SURNAMES and last_word not in COMMON_SURNAMES
        # Captains regent of San Marino (two every six months), princes' ministers of the micro-states and
        # officials of dependencies keep their full names but do not compete for surname-alone matches, which
        # need a surname held by one person only (Giorgia Meloni, not a captain regent of 2008).
        if all(r[2] in DEPENDENCIES or r[2] in MICRO_STATES for r in ranges):
            is_person = False
        # Surname-first names (Korean, Chinese ...): the last word is a given name or a syllable of one
        # ("Bahk Jae-wan" -> "Wan"), never the name used alone; that one is added above as an exact phrase.
        if all(r[2] in SURNAME_FIRST_COUNTRIES for r in ranges):
            is_person = False
        # A surname that is also a common given name ("Thomas", "George", "Christian") would match every
        # capitalized first name: no surname-alone match for such a person.
        if given_counts.get(translit_key(last_word), 0) >= 3 or given_counts.get(translit_key(sur), 0) >= 3:
            is_person = False
        # Any name of the person ending in a common word (an alias "Osman Saleh Mohammed"): the matcher would take
        # that word as a surname ("Mohamed Morsi" -> Eritrea's foreign minister), so no surname-alone match.
        common_keys = {translit_key(w) for w in COMMON_SURNAMES}
        if any(translit_key(fold(words(n)[-1])) in common_keys for n in p.names if words(n)):
            is_person = False
        out_entries.append((title, p, ranges, is_person))

    out_entries.sort(key=lambda x: (fold(x[0]), x[0]))
    lines = ["# tern-dict 1",
             "# people.tern: persons with dated roles. GENERATED by `python3 tools/gen-people.py` from",
             "# ../shared/knowledge/factbook-leaders.tsv (CIA World Factbook 1990-2026, public domain) and",
             "# dictionaries/src/officials.tsv (hand-kept, sources per row). Do not edit: change the inputs or the script.",
             "# Codes: {ISO3}GOV while in a Factbook office, officials.tsv codes for ministers etc., {ISO3}ELI after the",
             "# last role in a country. Date rules and name variants: the script's docstring.",
             f"# {len(out_entries)} persons; {skipped_sovereign} Factbook rows skipped as a sovereign listed for a territory"
             f" or another realm; {n_off} officials.tsv rows."]
    if namesakes:
        lines.append("# Same full name in several countries (one entry, each country's dated codes): " + "; ".join(namesakes))
    if dropped:
        lines.append("# Name variants dropped because two entries (or a country/organization) claim them: " +
                     "; ".join(dropped))
    lines.append("")
    for title, p, ranges, is_person in out_entries:
        lines.append(f"actor: {title}")
        for n in sorted(p.names):
            if n != title:
                lines.append(f"  name: {n}")
        for s, e, iso, code in ranges:
            lines.append(f"  code: {code} {fmt(s, None if e >= BIG else e)}")
        if is_person:
            lines.append("  person: yes")
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"gen-people: {len(out_entries)} persons ({n_off} officials rows) -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
