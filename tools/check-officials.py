#!/usr/bin/env python3
"""Checks dictionaries/src/officials.tsv (the hand-kept facts table read by tools/gen-people.py).

    python3 tools/check-officials.py [dictionaries/src/officials.tsv]

Every row: 8 tab-separated columns; iso3 = the code's first block; code made of whole 3-letter blocks
([A-Z]{3}[A-Z]*); start a date (YYYY-MM-DD, YYYY-MM or YYYY) and end empty or a date, start <= end; a source.
Across rows: no two terms of one person with the same code that overlap by more than a day; no alias claimed by
two persons. Prints the problems and the rows per country; exits 1 when there is a problem. Standard library only.
"""
import collections
import datetime
import re
import sys

DATE = re.compile(r'(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?')


def parse(s, end=False):
    m = DATE.fullmatch(s)
    if not m:
        raise ValueError(f'bad date {s!r}')
    y, mo, d = int(m[1]), m[2], m[3]
    if mo is None:
        return datetime.date(y, 12, 31) if end else datetime.date(y, 1, 1)
    mo = int(mo)
    if d is None:
        if not end:
            return datetime.date(y, mo, 1)
        nxt = datetime.date(y + (mo == 12), mo % 12 + 1, 1)
        return nxt - datetime.timedelta(days=1)
    return datetime.date(y, mo, int(d))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'dictionaries/src/officials.tsv'
    problems = []
    terms = collections.defaultdict(list)
    owners = collections.defaultdict(set)
    per = collections.Counter()
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if not lines or lines[0].split('\t') != ['iso3', 'code', 'office', 'name', 'aliases', 'start', 'end', 'source']:
        problems.append(f'{path}:1: unexpected header')
    for no, line in enumerate(lines[1:], 2):
        if not line:
            continue
        f = line.split('\t')
        if len(f) != 8:
            problems.append(f'{path}:{no}: {len(f)} columns, want 8')
            continue
        iso, code, office, name, aliases, start, end, source = f
        if not re.fullmatch(r'[A-Z]{3}[A-Z]*', code) or len(code) % 3:
            problems.append(f'{path}:{no}: code {code!r} is not whole 3-letter blocks')
        if code[:3] != iso:
            problems.append(f'{path}:{no}: iso3 {iso} is not the first block of {code}')
        if not name or not office or not source:
            problems.append(f'{path}:{no}: empty name, office or source')
        try:
            s = parse(start)
            e = parse(end, True) if end else datetime.date.max
        except ValueError as err:
            problems.append(f'{path}:{no}: {err}')
            continue
        if s > e:
            problems.append(f'{path}:{no}: start {start} after end {end}')
        terms[name].append((s, e, code, no))
        per[iso] += 1
        for a in [name] + [x for x in aliases.split('|') if x]:
            owners[a.lower()].add(name)
    for name, ts in terms.items():
        ts.sort()
        for i, a in enumerate(ts):
            for b in ts[i + 1:]:
                if b[0] >= a[1]:
                    break
                if a[2] == b[2] and (a[1] - b[0]).days > 1:
                    problems.append(f'{path}:{b[3]}: {name}: {b[2]} term overlaps line {a[3]}')
    for alias, names in owners.items():
        if len(names) > 1:
            problems.append(f'alias {alias!r} claimed by {sorted(names)}')
    for p in problems:
        print(p)
    print(f'{sum(per.values())} rows, {len(terms)} persons: ' + ' '.join(f'{k} {v}' for k, v in sorted(per.items())))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
