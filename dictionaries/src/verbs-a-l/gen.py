#!/usr/bin/env python3
"""Writes dictionaries/verbs-a-l.tern from the hand-written tables in blocks*.py and syn.py."""
import re
import sys

sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from syn import SYN  # noqa: E402
import blocks1  # noqa: E402
import blocks2  # noqa: F401,E402
import blocks3  # noqa: F401,E402
import blocks4  # noqa: F401,E402
import blocks5  # noqa: F401,E402

HEADER = """# tern-dict 1
# tern's default CAMEO verb dictionary, part 1 of 2: verbs whose lemma starts with a-l
# (verbs-m-z.tern holds the rest; synsets are shared between the two files).
#
# Written for tern, November 2026, from the CAMEO 1.1b3 codebook's event definitions
# (../shared/ontology/cameo_1.1b3_eventcodes_from_manual.tsv, cameo_eventcodes_merged.csv) and
# the PLOVER manual, with English news usage. No entry was copied from PETRARCH, TABARI or any
# other coder's dictionary.
#
# GENERATED FILE: `python3 dictionaries/src/verbs-a-l/gen.py > dictionaries/verbs-a-l.tern`.
# The blocks, patterns and noun synsets are hand-written tables in that directory (blocks*.py,
# syn.py); gen.py adds derived variants of them: a cooperative pattern after `will`, `agreed
# to`, `ready to` … (&INTENTION) gives the intent code (03x), after `will not`, `refused to` …
# (&NEGMODAL &NEGWORD, &REFUSEV) the refusal code (12x), after `considering` (&PONDER) 014; a coercive or violent
# pattern after `will`, `plans to`, `vowed to` … (&MENACE) gives the threat code (13x); a
# cooperative pattern governed by `called on … to`, `urged`, `asked` (&APPEALV) gives the appeal code
# (02x), by `demanded`, `insisted`, `must` (&DEMANDV) the demand code (10x); statement
# verbs get `+` variants that take the actor named after the pattern's words as the target;
# paired subjects (`India and Pakistan clashed`, `… accused each other`, `… exchanged fire`)
# get `%` variants that give events in both directions.
#
# Syntax: docs/dictionaries.md ("tern's format", "Verbs, PETRARCH2 format"); how the coder
# applies patterns: docs/coding.md. Words after `*` are looked for in the verb's subtree, in
# order, with gaps; `(PREP …)` and `{…}` are read as their words in order; the most specific
# pattern (most words) wins. A pattern with [---] blocks a wrong sense of the verb.
# `[a:b]` is a paired code: a from source to target, b back (a visit and its hosting).
verb-format: petrarch2
"""


def synset_lines(name, spec):
    out = [f"synset: {name}"]
    for m in re.split(r"[\s,]+", spec.strip()):
        if m:
            out.append(f"  member: {m}")
    return out


def unparen(line):
    """`(&SYN …)`: a phrase must start with a word, so drop the parentheses (same words)."""
    while True:
        i = line.find("(&")
        if i < 0:
            return line
        depth = 0
        for j in range(i, len(line)):
            if line[j] == "(":
                depth += 1
            elif line[j] == ")":
                depth -= 1
                if depth == 0:
                    break
        line = line[:i] + line[i + 1:j] + line[j + 1:]


def singular(w):
    """A key under which a word and its plural agree (`ABUSES`, `ABUSE` -> `ABUS`), so that
    patterns differing only by a plural (words match lemmas too) are written once."""
    if len(w) > 4 and w.endswith("IES"):
        w = w[:-3] + "Y"
    elif len(w) > 3 and w.endswith("S") and not w.endswith(("SS", "US", "IS")):
        w = w[:-1]
    if len(w) > 3 and w.endswith("E"):
        w = w[:-1]
    return w


def expand(pats):
    """The block's pattern lines; `@col [prefix` lines expand the WANT families, written after
    the explicit lines so that a deliberate pattern wins a tie of equal specificity."""
    out = []
    fam = []
    for line in pats.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("@"):
            parts = line[1:].split(None, 1)
            col = parts[0]
            prefix = parts[1] if len(parts) > 1 else ""
            for row in blocks1.WANT:
                i = {"appeal": 1, "demand": 2, "reject": 3, "intent": 4}[col]
                if prefix.startswith("("):
                    fam.append(f"* {prefix} {row[0]}) [{row[i]}]")
                else:
                    fam.append(f"* {row[0]} [{row[i]}]")
            continue
        if line.startswith("- "):
            line = line[2:]
        out.append(unparen(line))
    out += fam
    # drop duplicates (also those differing only by a plural: words match lemmas), keep order
    # the singular (shortest) one of such a pair is kept, in the place of the first: a singular
    # word also matches its plural's lemma, a plural word never matches a singular token
    def key_of(p):
        return re.sub(r"[A-Z][A-Z'-]*", lambda m: singular(m.group(0)), " ".join(p.split()))
    best = {}
    for p in out:
        k = key_of(p)
        if k not in best or len(" ".join(p.split())) < len(" ".join(best[k].split())):
            best[k] = p
    seen = set()
    res = []
    for p in out:
        k = key_of(p)
        if k in seen:
            continue
        seen.add(k)
        res.append(best[k])
    return res


INTENT = {  # material or consultative code -> express intent (03) code
    "060": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334", "075": "033",
    "080": "035", "081": "0351", "0811": "0351", "0812": "0351", "0813": "0351", "0814": "0351",
    "082": "0352", "083": "034", "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344",
    "084": "0353", "0841": "0353", "0842": "0353", "085": "0354",
    "086": "0355", "0861": "0355", "0862": "0355", "0863": "0355",
    "087": "0356", "0871": "0356", "0872": "0356", "0873": "0356", "0874": "0356",
    "040": "036", "041": "036", "042": "036", "043": "036", "044": "036", "045": "039", "046": "036",
    "050": "032", "051": "032", "052": "032", "053": "032", "054": "032", "057": "030",
}
REFUSE = {  # yielding or aiding code -> refuse (12) code
    "060": "121", "061": "1211", "062": "1212", "063": "121", "064": "121",
    "070": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224", "075": "122",
    "080": "124", "081": "1241", "0811": "1241", "0812": "1241", "0813": "1241", "0814": "1241",
    "082": "1242", "083": "123", "0831": "1231", "0832": "1232", "0833": "1233", "0834": "1234",
    "084": "1243", "0841": "1243", "0842": "1243", "085": "1244",
    "086": "1245", "0861": "1245", "0862": "1245", "0863": "1245",
    "087": "1246", "0871": "1246", "0872": "1246", "0873": "1246", "0874": "1246",
    "040": "125", "041": "125", "042": "125", "043": "125", "044": "125", "045": "126", "046": "125",
}
APPEAL = {  # cooperative code -> appeal (02x) code, for `called on … to`, `urged … to`, `calls to`
    "060": "021", "061": "0211", "062": "0212", "063": "0213", "064": "0214",
    "070": "023", "071": "0231", "072": "0232", "073": "0233", "074": "0234", "075": "023",
    "080": "025", "081": "0251", "0811": "0251", "0812": "0251", "0813": "0251", "0814": "0251",
    "082": "0252", "083": "024", "0831": "0241", "0832": "0242", "0833": "0243", "0834": "0244",
    "084": "0253", "0841": "0253", "0842": "0253", "085": "0254",
    "086": "0255", "0861": "0255", "0862": "0255", "0863": "0255",
    "087": "0256", "0871": "0256", "0872": "0256", "0873": "0256", "0874": "0256",
    "040": "026", "041": "026", "042": "026", "043": "026", "044": "026", "045": "028", "046": "026",
    "050": "022", "051": "022", "052": "022", "053": "022", "054": "022", "057": "027",
}
THREAT = {  # coercive or violent code -> threaten (13) code, for `will`, `plans to`, `vowed to` …
    "160": "131", "161": "1313", "162": "1311", "1621": "1311", "1622": "1311", "1623": "1311",
    "163": "1312", "164": "134", "165": "135", "166": "136", "1661": "136", "1662": "136", "1663": "136",
    "170": "130", "171": "130", "1711": "130", "1712": "130", "172": "132", "1721": "1321",
    "1722": "1322", "1723": "1323", "1724": "1324", "173": "137", "174": "137", "175": "137",
    "140": "133", "141": "133", "142": "133", "143": "133", "144": "133", "145": "133",
    "180": "1383", "181": "1383", "182": "1383", "1823": "1383", "183": "1383", "1831": "1383",
    "1832": "1383", "1833": "1383", "185": "1383", "186": "1383",
    "190": "1384", "191": "1381", "192": "1382", "193": "1384", "194": "1384", "195": "1384",
    "1952": "1384", "200": "1383", "201": "1383", "202": "1383", "203": "1383", "204": "1385",
    "2041": "1385", "2042": "1385",
}
# Statement verbs whose target is rarely their object: a `+` variant finds the actor named
# after the pattern's words (`expressed concern over Iran's programme`).
PLUS_BLOCKS = {"EXPRESS", "DECLINE", "CLAIM", "DENY", "HOPE", "FEAR", "COMMENT", "ACKNOWLEDGE",
               "CONFIRM", "ADMIT", "AFFIRM", "ASSERT", "APOLOGIZE", "EMPATHIZE", "DISAVOW",
               "AGREE", "CONSIDER", "DECIDE", "COMMIT", "DECLARE", "DEMAND", "ALLOW",
               "ACCEPT", "EXTEND", "ISSUE"}
# Verbs of speech: `will express gratitude` is no intent to cooperate; no derived variants.
SPEECH_BLOCKS = {"EXPRESS", "CONVEY", "COMMENT", "CLAIM", "DENY", "ACKNOWLEDGE", "AFFIRM", "ASSERT",
                 "HOPE", "FEAR", "CONFIRM", "ADMIT", "DISAVOW", "EMPATHIZE", "CONSOLE"}
PAT = re.compile(r"^(.*?)\*(.*)\[([0-9:-]+)\]\s*$")


def hyphens(p):
    """`SIT-IN` is three tokens for the parser: write it as adjacent words `SIT_-_IN`."""
    return re.sub(r"(?<=[A-Z])-(?=[A-Z])", "_-_", p)


def variants(name, default, pats):
    """Derived patterns: intent (`will`, `agreed to` …), refusal (`not`, `refused to` …),
    consideration (`considering`) for cooperative codes; `+` targets for statement verbs."""
    out = []
    if name in SPEECH_BLOCKS:
        return out
    items = [(p, PAT.match(p)) for p in pats]
    if default and default != "---":
        items.append(("* [" + default + "]", PAT.match("* [" + default + "]")))
    for p, m in items:
        if not m:
            continue
        before, after, code = m.group(1).strip(), m.group(2).strip(), m.group(3)
        if before or ":" in code:
            continue
        if code in REFUSE and not code.startswith("06"):
            # `will not lift`, `refused to lift`: a refusal; a plain `did not lift` is no event
            out.append(f"&NEGMODAL &NEGWORD * {after} [{REFUSE[code]}]".replace("  ", " "))
            out.append(f"&REFUSEV * {after} [{REFUSE[code]}]".replace("  ", " "))
        if code in APPEAL:
            demand = "10" + APPEAL[code][2:]
            out.append(f"&DEMANDV * {after} [{demand}]".replace("  ", " "))
            out.append(f"&APPEALV * {after} [{APPEAL[code]}]".replace("  ", " "))
        if code in INTENT:
            out.append(f"&INTENTION * {after} [{INTENT[code]}]".replace("  ", " "))
        if code in THREAT:
            out.append(f"&MENACE * {after} [{THREAT[code]}]".replace("  ", " "))
        if code[:2] in ("06", "07", "08") or code[:3] in ("163", "172", "173", "174", "154"):
            out.append(f"&PONDER * {after} [014]".replace("  ", " "))
    return out


# Paired subjects (`India and Pakistan clashed`, `… accused each other`): a `%` pattern makes
# events between the members of a compound subject, in both directions. Reciprocal verbs get a
# `%` twin of every after-only pattern; conflict verbs get `% * EACH_OTHER …` twins (weight +2,
# so they apply only when `each other` is said); CLASH, FIGHT and BATTLE fall back to `% * [190]`.
PAIR_BLOCKS = {"EXCHANGE", "DISAGREE"}
EACH_OTHER_BLOCKS = {"ACCUSE", "BLAME", "CRITICIZE", "DENOUNCE", "CONDEMN", "ATTACK", "FIRE",
                     "FIGHT", "BATTLE", "CLASH", "INSULT", "HIT", "EXPEL", "CHIDE", "KILL"}
COMPOUND_BLOCKS = PAIR_BLOCKS | EACH_OTHER_BLOCKS


def with_compound(name, pats):
    out = []
    for p in pats:
        m = PAT.match(p)
        plain = m and not m.group(1).strip() and "%" not in p and "$" not in p and "+" not in p
        if plain and name in EACH_OTHER_BLOCKS:
            out.append(f"% * EACH_OTHER {m.group(2).strip()} [{m.group(3)}]".replace("  ", " "))
        if plain and name in PAIR_BLOCKS:
            out.append(f"% {p}")
        out.append(p)
    return out


def with_plus(name, pats):
    """For PLUS_BLOCKS, the after-only patterns get `+` twins, tried before them (a twin names
    the target; without an actor there it fails and the plain patterns apply); patterns with
    words before the verb keep their precedence."""
    if name not in PLUS_BLOCKS:
        return pats
    before, plus, rest = [], [], []
    for p in pats:
        m = PAT.match(p)
        if m and m.group(1).strip():
            before.append(p)
            continue
        if m and "+" not in p and "$" not in p:
            plus.append(f"* {m.group(2).strip()} + [{m.group(3)}]".replace("  ", " "))
        rest.append(p)
    return before + plus + rest


def main():
    lines = HEADER.splitlines()
    lines.append("")
    lines.append("# ---- synsets (noun classes used by the patterns of both verb files)")
    for name, spec in SYN.items():
        lines += [hyphens(x) for x in synset_lines(name, spec)]
    blocks = sorted(blocks1.BLOCKS, key=lambda b: b[0])
    npat = 0
    for name, code, verbs, pats in blocks:
        if not verbs:
            continue
        lines.append("")
        lines.append(f"verbs: {name}")
        if code and code != "---":
            lines.append(f"  code: {code}")
        elif code == "---":
            lines.append("  code: ---")
        for v in verbs:
            w = v.split()[0]
            parts = w.split("_")
            head = next((p for p in parts if p.startswith("+")), parts[0]).lstrip("+")
            if not ("A" <= head[:1] <= "L"):
                sys.stderr.write(f"skipped verb {v} in {name}: lemma not a-l\n")
                continue
            lines.append(f"  verb: {v}")
        base = expand(pats)
        seen = set()
        tail = with_compound(name, with_plus(name, base))
        if name in EACH_OTHER_BLOCKS and code and code != "---":
            tail.insert(0, f"% * EACH_OTHER [{code}]")
        if name in ("CLASH", "FIGHT", "BATTLE") and code and code != "---":
            tail.append(f"% * [{code}]")
        for p in variants(name, code, base) + tail:
            k = re.sub(r"[A-Z][A-Z'-]*", lambda m: singular(m.group(0)), " ".join(p.split()))
            k = k.rsplit("[", 1)[0].strip()
            if k in seen:
                continue
            seen.add(k)
            lines.append(f"  pattern: {hyphens(p)}")
            npat += 1
    sys.stdout.write("\n".join(lines) + "\n")
    sys.stderr.write(f"{len(blocks)} blocks, {npat} patterns\n")


if __name__ == "__main__":
    main()
