#!/usr/bin/env python3
"""Regenerates tern's ontology tables (crates/tern-cameo/data/*.tsv) from the facts in ../shared/ontology.

    python3 tools/gen-ontology.py [--shared ../shared]

Reads the CAMEO code table (codes, names from the CAMEO 1.1b3 manual and GDELT, Goldstein values from GDELT and
Phoenix, GDELT quad class, Phoenix penta class, the CAMEO->PLOVER crosswalk) and the PLOVER ontology (event types,
modes, contexts, quad categories), applies the corrections listed in FIXES (each with its reason), checks every
PLOVER event, mode and context against the PLOVER manual, and writes two tab-separated tables with a provenance
header. The output is deterministic: same inputs, same bytes.
"""
import argparse, csv, json, os, sys

# Corrections to the CAMEO->PLOVER crosswalk (code -> (event, mode, contexts, reason)). None keeps the field.
FIXES = {
    "08": ("RETREAT", "", None, "root 08 (Yield) is listed as 'CONCEDE|RETREAT'; its quad class is material cooperation, so RETREAT"),
    "0811": (None, None, "pro_democracy", "context 'democracy' is not a PLOVER context; 'pro_democracy' is"),
    "0812": (None, None, "pro_democracy", "context 'democracy' is not a PLOVER context; 'pro_democracy' is"),
    "082": (None, None, "pro_democracy", "context 'democracy' is not a PLOVER context; 'pro_democracy' is"),
    "0333": (None, None, "human_security", "context 'humanitarian' is not a PLOVER context; 'human_security' is"),
    "073": (None, None, "human_security", "context 'humanitarian' is not a PLOVER context; 'human_security' is"),
    "0863": (None, None, "human_security", "context 'humanitarian' is not a PLOVER context; 'human_security' is"),
    "1033": (None, None, "human_security", "context 'humanitarian' is not a PLOVER context; 'human_security' is"),
    "1223": (None, None, "human_security", "context 'humanitarian' is not a PLOVER context; 'human_security' is"),
    "1623": (None, None, "human_security", "context 'humanitarian' is not a PLOVER context; 'human_security' is"),
    "0813": ("CONCEDE", "", None, "easing a curfew is CONCEDE in the PLOVER manual ('removing curfews'), as its parent 081 is in the crosswalk"),
    "0814": ("CONCEDE", "", None, "easing a state of emergency or martial law is an eased administrative restriction: CONCEDE, as its parent 081 and the manual's 'removing curfews'"),
    "0842": (None, "release", None, "mode 'return' is not a RETREAT mode; returning persons is 'release'"),
    "085": (None, "", None, "mode 'ease' is not a RETREAT mode"),
    "132": (None, "restrict", None, "mode 'ban' is not a THREATEN mode; administrative sanctions are 'restrict'"),
    "1321": (None, "restrict", None, "mode 'political' is not a THREATEN mode; restrictions on political freedoms are 'restrict'"),
    "1322": (None, "restrict", None, "mode 'ban' is not a THREATEN mode; banning parties or politicians is 'restrict'"),
    "1722": (None, "restrict", None, "mode 'ban' is not a COERCE mode; banning parties or politicians is 'restrict'"),
    "163": ("SANCTION", "", None, "embargo, boycott or sanctions are SANCTION in the PLOVER manual, not COERCE"),
    "175": (None, "", "repression;pro_autocracy", "mode and context swapped: 'pro_autocracy' is a context, 'military' no ASSAULT mode; violent repression is context 'repression'"),
    "1712": (None, "destroy", None, "mode 'seize' is not an ASSAULT mode; destroying property is 'destroy'"),
    "185": (None, "targeted", None, "mode 'assassinate' is not an ASSAULT mode; it is 'targeted'"),
    "186": (None, "targeted", None, "mode 'assassinate' is not an ASSAULT mode; it is 'targeted'"),
    "155": ("MOBILIZE", "weapons", "cyber", "newer code missing from the crosswalk: cyber-forces are readiness of weapons systems with a cyber context (manual, MOBILIZE modes)"),
    "176": ("COERCE", "cyber", "cyber", "newer code missing from the crosswalk: cyber attacks are COERCE mode 'cyber' (manual, COERCE modes)"),
    "1834": ("ASSAULT", "explosives", None, "newer code missing from the crosswalk: location bombing is ASSAULT 'explosives'"),
    "1951": ("ASSAULT", "aerial", "military", "newer code missing from the crosswalk: precision-guided aerial munitions are ASSAULT 'aerial'"),
    "1952": ("ASSAULT", "drone", "military", "newer code missing from the crosswalk: remotely piloted aerial munitions are ASSAULT 'drone'"),
    "200": (None, "", None, "mode 'massacre' is not an ASSAULT mode"),
    "201": (None, "", None, "mode 'cleansing' is not an ASSAULT mode"),
    "202": (None, "", None, "mode 'massacre' is not an ASSAULT mode"),
    "203": (None, "", None, "mode 'cleansing' is not an ASSAULT mode"),
}


# Corrections made by rule rather than code by code, written to crosswalk-fixes.tsv after FIXES.
FIXES_NOTE = []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "crates", "tern-cameo", "data"))
    a = ap.parse_args()
    onto = os.path.join(a.shared, "ontology")
    plover = json.load(open(os.path.join(onto, "plover_ontology.json"), encoding="utf-8"))
    events = plover["events"]
    modes = {k: [m if isinstance(m, str) else m["mode"] for m in v["modes"]] for k, v in events.items()}
    contexts = [c["context"] for c in plover["contexts"]]
    quad = plover["quad_categories"]
    problems = []
    rows = []
    known = {}
    for r in csv.DictReader(open(os.path.join(onto, "cameo_eventcodes_merged.csv"), encoding="utf-8")):
        code = r["code"].strip()
        name = (r["name_cameo_1_1b3"] or r["name_gdelt"]).strip()
        gg = r["goldstein_gdelt"].strip()
        gp = r["goldstein_phoenix"].strip() or gg
        gg = gg or gp
        ev, mode = r["plover_event"].strip(), r["plover_mode"].strip()
        ctx = ";".join(c.strip() for c in r["plover_context"].replace("|", ";").split(";") if c.strip())
        if code in FIXES:
            fe, fm, fc, _ = FIXES[code]
            ev = fe if fe is not None else ev
            mode = fm if fm is not None else mode
            ctx = fc if fc is not None else ctx
        if ev and ev not in events:
            problems.append(f"{code}: unknown PLOVER event {ev}")
        if mode and mode not in modes.get(ev, []):
            problems.append(f"{code}: mode {mode} not a mode of {ev}")
        for c in filter(None, ctx.split(";")):
            if c not in contexts:
                problems.append(f"{code}: unknown context {c}")
        if not gg:
            # Codes newer than GDELT's table (155, 176, 1834, 1951, 1952) inherit their parent's value.
            parent = next((known[code[:n]] for n in range(len(code) - 1, 1, -1) if code[:n] in known), None)
            if parent is None:
                problems.append(f"{code}: no Goldstein value and no parent with one")
            else:
                gg, gp = parent
        known[code] = (gg, gp)
        rows.append([code, r["level"].strip(), r["root"].strip(), name, gg, gp, r["quadclass_gdelt"].strip(),
                     r["pentaclass_phoenix"].strip(), ev, mode, ctx])
    # Appeals (CAMEO 02) are requests: PLOVER's REQUEST is "all requests, demands, and orders", but the crosswalk
    # (and the manual's cue table, "02 APPEAL: dropped") leaves them without an event, so an appeal coded by the
    # dictionaries would have none. Each appeal code takes the event, mode and contexts of its parallel demand code
    # (020 -> 100, 0233 -> 1033, 026 -> 106, ...), after that code's own fixes.
    by_code = {row[0]: row for row in rows}
    appeals = 0
    for row in rows:
        code = row[0]
        if code.startswith("02") and not row[8]:
            twin = by_code.get("10" + code[2:])
            if twin is None or not twin[8]:
                problems.append(f"{code}: appeal without a parallel demand code to map from")
                continue
            row[8], row[9], row[10] = twin[8], twin[9], twin[10]
            appeals += 1
    FIXES_NOTE.append(f"02x\tREQUEST\t(from 10x)\t(from 10x)\tappeals are requests: PLOVER REQUEST covers all requests, demands "
                      f"and orders; each of the {appeals} appeal codes takes the event, mode and contexts of its parallel demand "
                      f"code 10x (the crosswalk leaves CAMEO 02 unmapped)")
    if problems:
        sys.exit("ontology problems left after the fixes:\n" + "\n".join(problems))
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "cameo-events.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# tern CAMEO event table, generated by tools/gen-ontology.py from ../shared/ontology (facts: CAMEO 1.1b3 codebook,\n")
        f.write("# GDELT and Phoenix Goldstein tables, CAMEO->PLOVER crosswalk 2021 with the corrections listed in FIXES). Do not edit.\n")
        f.write("# code\tlevel\troot\tname\tgoldstein_gdelt\tgoldstein_phoenix\tquad\tpenta\tplover_event\tplover_mode\tplover_contexts\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    with open(os.path.join(a.out, "plover-events.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# tern PLOVER event table, generated by tools/gen-ontology.py from the PLOVER 2.0 draft ontology. Do not edit.\n")
        f.write("# event\tquad_class\trequires_recipient\tmodes\n")
        for k, v in events.items():
            f.write(f"{k}\t{quad[v['quad_category']]}\t{str(v['requires_recipient']).lower()}\t{';'.join(modes[k])}\n")
    with open(os.path.join(a.out, "plover-contexts.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# PLOVER 2.0 contexts, generated by tools/gen-ontology.py. Do not edit.\n")
        for c in contexts:
            f.write(c + "\n")
    with open(os.path.join(a.out, "crosswalk-fixes.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Corrections tern applies to the CAMEO->PLOVER crosswalk, generated by tools/gen-ontology.py. Do not edit.\n")
        f.write("# code\tevent\tmode\tcontexts\treason\n")
        for code, (e, m, c, why) in sorted(FIXES.items()):
            f.write(f"{code}\t{e if e is not None else '='}\t{m if m is not None else '='}\t{c if c is not None else '='}\t{why}\n")
        for line in FIXES_NOTE:
            f.write(line + "\n")
    print(f"wrote {len(rows)} CAMEO codes, {len(events)} PLOVER events, {len(contexts)} contexts, {len(FIXES)} fixes to {a.out}")


if __name__ == "__main__":
    main()
