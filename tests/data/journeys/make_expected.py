#!/usr/bin/env python3
"""Writes paths-from-product_view.json: the paths of tests/data/identity/flat.csv computed
from scratch, as DESIGN.md defines them, for tst_cli to compare `funnelscope paths` with.

Persons come from ../identity/truth.csv (the true person of every row, same order);
sessions from flat.csv's session_id. From each person's first product_view forward, the
next events of the session, immediate repeats collapsed, 3 steps, top 5 events per step
by persons (ties by name), the rest "(other)", a session that ends first "(end)"."""
import csv, json, os

here = os.path.dirname(os.path.abspath(__file__))
flat = list(csv.DictReader(open(os.path.join(here, '../identity/flat.csv'))))
truth = list(csv.DictReader(open(os.path.join(here, '../identity/truth.csv'))))
STEPS, TOP, START = 3, 5, 'product_view'

by_person = {}
for f, t in zip(flat, truth):
    by_person.setdefault(t['user_id'], []).append((f['timestamp'], f['event'], f['session_id']))
paths = []
for person, rows in by_person.items():
    rows.sort(key=lambda r: r[0])
    anchor = next((i for i, r in enumerate(rows) if r[1] == START), None)
    if anchor is None:
        continue
    path = [rows[anchor][1]]
    last = anchor
    for i in range(anchor + 1, len(rows)):
        if len(path) > STEPS or rows[i][2] != rows[last][2]:
            break
        last = i
        if rows[i][1] != path[-1]:
            path.append(rows[i][1])
    path = path[:STEPS + 1]
    if len(path) <= STEPS:
        path.append('(end)')
    paths.append(path)

steps, names = [], [[] for _ in paths]
for step in range(STEPS + 1):
    counts = {}
    for p in paths:
        if step < len(p):
            counts[p[step]] = counts.get(p[step], 0) + 1
    events = sorted(((n, c) for n, c in counts.items() if n != '(end)'), key=lambda x: (-x[1], x[0]))
    nodes = [{'name': n, 'persons': c} for n, c in events[:TOP]]
    other = sum(c for _, c in events[TOP:])
    if other:
        nodes.append({'name': '(other)', 'persons': other})
    if '(end)' in counts:
        nodes.append({'name': '(end)', 'persons': counts['(end)']})
    steps.append({'step': step, 'nodes': nodes})
    top = {n for n, _ in events[:TOP]}
    for i, p in enumerate(paths):
        if step < len(p):
            names[i].append(p[step] if p[step] == '(end)' or p[step] in top else '(other)')
edges = {}
for n in names:
    for step in range(1, len(n)):
        edges[(step, n[step - 1], n[step])] = edges.get((step, n[step - 1], n[step]), 0) + 1
index = lambda step, name: [x['name'] for x in steps[step]['nodes']].index(name)
edge_list = [{'step': s, 'from': a, 'to': b, 'persons': c}
             for (s, a, b), c in sorted(edges.items(), key=lambda e: (e[0][0], index(e[0][0] - 1, e[0][1]), index(e[0][0], e[0][2])))]
result = {'start': START, 'direction': 'forward', 'dropped_after': None, 'persons': len(paths), 'steps': steps, 'edges': edge_list}
json.dump(result, open(os.path.join(here, 'paths-from-product_view.json'), 'w'), indent=1, sort_keys=True)
print(json.dumps(result, sort_keys=True)[:300])
