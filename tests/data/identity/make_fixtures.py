#!/usr/bin/env python3
"""Writes the identity fixtures: the same shopper journeys as each vendor exports them.

Run from this folder (python3 make_fixtures.py); the files it writes are committed. It also
writes expected.json: the 4-step funnel, the weekly cohort grid and the identity figures,
computed here, independently of Funnelscope, from the journeys' true persons.

The shoppers (times UTC, from Monday 2024-03-04):
  alice   browses anonymously on a-alice, logs in at checkout and buys; comes back in week 2
  bob     views and carts on his phone (b-phone), logs in there; later buys on his laptop
          (b-laptop) after logging in; in week 3 browses the laptop without logging in
  carol   never logs in (c-1)
  s-fam   a family laptop: anonymous browsing, then dave logs in and buys, then erin logs in
          and carts: an anonymous id of two known users, so it stays a person of its own
  frank   browses anonymously on f-1; the link to frank comes from an identity call (Segment
          identify, RudderStack identify, Mixpanel $identify) or, in formats without one, a
          login event; his purchase is sent server-side with his user id only
  gina    always logged in on g-1; her product_view and add_to_cart share one millisecond and
          are exported cart first (the funnel takes them in step order)
Duplicates (the same message id twice) are in the formats that carry ids.
"""
import csv, json, datetime

T0 = datetime.datetime(2024, 3, 4, tzinfo=datetime.timezone.utc)  # a Monday

def at(day, hh, mm, ss=0, ms=0):
    return T0 + datetime.timedelta(days=day, hours=hh, minutes=mm, seconds=ss, milliseconds=ms)

# (time, true person, event, anonymous id or None, known user id or None, session)
E = []
def ev(t, person, event, anon, known, session):
    E.append(dict(t=t, person=person, event=event, anon=anon, known=known, session=session))

# alice
ev(at(0, 10, 0), 'alice', 'page_view', 'a-alice', None, 'sa1')
ev(at(0, 10, 1), 'alice', 'product_view', 'a-alice', None, 'sa1')
ev(at(0, 10, 3), 'alice', 'add_to_cart', 'a-alice', None, 'sa1')
ev(at(0, 10, 5), 'alice', 'login', 'a-alice', 'alice', 'sa1')
ev(at(0, 10, 6), 'alice', 'begin_checkout', 'a-alice', 'alice', 'sa1')
ev(at(0, 10, 8), 'alice', 'purchase', 'a-alice', 'alice', 'sa1')
ev(at(8, 19, 0), 'alice', 'product_view', 'a-alice', 'alice', 'sa2')
# bob: phone, then laptop
ev(at(1, 18, 0), 'bob', 'product_view', 'b-phone', None, 'sb1')
ev(at(1, 18, 1), 'bob', 'add_to_cart', 'b-phone', None, 'sb1')
ev(at(1, 18, 5), 'bob', 'login', 'b-phone', 'bob', 'sb1')
ev(at(3, 20, 0), 'bob', 'page_view', 'b-laptop', None, 'sb2')
ev(at(3, 20, 1), 'bob', 'login', 'b-laptop', 'bob', 'sb2')
ev(at(3, 20, 3), 'bob', 'begin_checkout', 'b-laptop', 'bob', 'sb2')
ev(at(3, 20, 5), 'bob', 'purchase', 'b-laptop', 'bob', 'sb2')
ev(at(16, 9, 30), 'bob', 'product_view', 'b-laptop', None, 'sb3')
# carol
ev(at(2, 12, 0), 'carol', 'page_view', 'c-1', None, 'sc1')
ev(at(2, 12, 2), 'carol', 'product_view', 'c-1', None, 'sc1')
ev(at(2, 12, 4), 'carol', 'add_to_cart', 'c-1', None, 'sc1')
ev(at(9, 12, 0), 'carol', 'product_view', 'c-1', None, 'sc2')
# the family laptop
ev(at(7, 9, 0), 's-fam', 'page_view', 's-fam', None, 'sf1')
ev(at(7, 9, 2), 's-fam', 'product_view', 's-fam', None, 'sf1')
ev(at(7, 9, 10), 'dave', 'login', 's-fam', 'dave', 'sf1')
ev(at(7, 9, 11), 'dave', 'add_to_cart', 's-fam', 'dave', 'sf1')
ev(at(7, 9, 13), 'dave', 'begin_checkout', 's-fam', 'dave', 'sf1')
ev(at(7, 9, 15), 'dave', 'purchase', 's-fam', 'dave', 'sf1')
ev(at(7, 21, 0), 's-fam', 'product_view', 's-fam', None, 'sf2')
ev(at(7, 21, 5), 'erin', 'login', 's-fam', 'erin', 'sf2')
ev(at(7, 21, 6), 'erin', 'add_to_cart', 's-fam', 'erin', 'sf2')
# frank: the link is an identity call (or a login event where the format has no such call)
ev(at(11, 11, 50), 'frank', 'product_view', 'f-1', None, 'sr1')
ev(at(11, 11, 52), 'frank', 'add_to_cart', 'f-1', None, 'sr1')
ev(at(11, 11, 55), 'frank', 'begin_checkout', 'f-1', None, 'sr1')
FRANK_LINK = at(11, 11, 59)
ev(at(11, 12, 0), 'frank', 'purchase', None, 'frank', None)  # server-side
# gina: cart and view in one millisecond, exported cart first
ev(at(4, 8, 0, 0, 250), 'gina', 'add_to_cart', 'g-1', 'gina', 'sg1')
ev(at(4, 8, 0, 0, 250), 'gina', 'product_view', 'g-1', 'gina', 'sg1')
ev(at(4, 8, 4), 'gina', 'begin_checkout', 'g-1', 'gina', 'sg1')
ev(at(4, 8, 6), 'gina', 'purchase', 'g-1', 'gina', 'sg1')
ev(at(15, 7, 0), 'gina', 'product_view', 'g-1', 'gina', 'sg2')

# The formats without identity calls get frank's link as a login event (both ids).
FRANK_LOGIN = dict(t=FRANK_LINK, person='frank', event='login', anon='f-1', known='frank', session='sr1')

def with_login(events):
    out = list(events)
    out.insert(next(i for i, e in enumerate(out) if e['person'] == 'frank' and e['event'] == 'purchase'), FRANK_LOGIN)
    return out

def iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)

def ms(t):
    return int(t.timestamp() * 1000)

DUPLICATED = 3  # the index of the event exported twice where the format has message ids

# Flat CSV as the site logged it: user_id when logged in, anonymous_id when there was one.
with open('flat.csv', 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['timestamp', 'user_id', 'anonymous_id', 'event', 'session_id'])
    for e in with_login(E):
        w.writerow([iso(e['t']), e['known'] or '', e['anon'] or '', e['event'], e['session'] or ''])

# The truth: every event under its true person (the family laptop's anonymous events are
# nobody's, so their own person).
with open('truth.csv', 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['timestamp', 'user_id', 'event'])
    for e in with_login(E):
        w.writerow([iso(e['t']), e['person'], e['event']])

SESSIONS = sorted({e['session'] for e in E if e['session']})

# GA4 BigQuery export (NDJSON): user_pseudo_id on every event (frank's server-side purchase
# carries his device id too, as the Measurement Protocol's client_id).
with open('ga4.ndjson', 'w') as f:
    for e in with_login(E):
        params = [{'key': 'ga_session_id', 'value': {'int_value': str(SESSIONS.index(e['session']) + 1700000000) if e['session'] else '0'}}]
        f.write(json.dumps({'event_date': e['t'].strftime('%Y%m%d'), 'event_timestamp': str(ms(e['t']) * 1000),
                            'event_name': e['event'], 'event_params': params,
                            'user_id': e['known'], 'user_pseudo_id': e['anon'] or 'f-1',
                            'device': {'category': 'desktop'}}) + '\n')

def segment_records(rudder):
    records = []
    n = 0
    for i, e in enumerate(E):
        if e['person'] == 'frank' and e['event'] == 'purchase':
            n += 1
            records.append({'type': 'identify', 'anonymousId': 'f-1', 'userId': 'frank', 'messageId': 'id-%d' % n,
                            'timestamp': iso(FRANK_LINK), 'traits': {'email': 'frank@example.org'}})
        n += 1
        r = {'type': 'track', 'event': e['event'], 'anonymousId': e['anon'], 'userId': e['known'],
             'messageId': 'm-%d' % n, 'timestamp': iso(e['t']), 'properties': {}}
        if rudder:
            r['rudderId'] = 'rid-' + (e['anon'] or e['known'])
            if e['session']:
                r['context'] = {'sessionId': e['session']}
        records.append(r)
        if i == DUPLICATED:
            records.append(dict(r))
    return records

with open('segment.json', 'w') as f:
    json.dump(segment_records(False), f, indent=1)
with open('rudderstack.ndjson', 'w') as f:
    for r in segment_records(True):
        f.write(json.dumps(r) + '\n')

# Mixpanel (simplified ID merge): anonymous events have distinct_id "$device:ID"; once
# identified, distinct_id and $user_id are the user. frank's link is a $identify event.
with open('mixpanel.ndjson', 'w') as f:
    n = 0
    for i, e in enumerate(E):
        if e['person'] == 'frank' and e['event'] == 'purchase':
            n += 1
            f.write(json.dumps({'event': '$identify', 'properties': {'time': ms(FRANK_LINK), 'distinct_id': 'frank',
                                '$anon_distinct_id': '$device:f-1', '$identified_id': 'frank', '$insert_id': 'i-%d' % n}}) + '\n')
        n += 1
        p = {'time': ms(e['t']), 'distinct_id': e['known'] or ('$device:' + e['anon']), '$insert_id': 'i-%d' % n}
        if e['anon']:
            p['$device_id'] = e['anon']
        if e['known']:
            p['$user_id'] = e['known']
        line = json.dumps({'event': e['event'], 'properties': p}) + '\n'
        f.write(line)
        if i == DUPLICATED:
            f.write(line)

# Amplitude: device_id and user_id; frank's link is a login event (no identity calls).
with open('amplitude.ndjson', 'w') as f:
    for i, e in enumerate(with_login(E)):
        line = json.dumps({'event_type': e['event'], 'user_id': e['known'], 'device_id': e['anon'],
                           'event_time': e['t'].strftime('%Y-%m-%d %H:%M:%S.%f'),
                           'session_id': ms(e['t']) if e['session'] else -1, 'insert_id': 'a-%d' % i}) + '\n'
        f.write(line)
        if i == DUPLICATED:
            f.write(line)

# What every one of them must give, from the true persons.
STEPS = ['product_view', 'add_to_cart', 'begin_checkout', 'purchase']
WINDOW = datetime.timedelta(days=7)
STEP_RANK = {name: k for k, name in enumerate(STEPS)}
persons = {}
for e in with_login(E):
    persons.setdefault(e['person'], []).append(e)
counts = [0] * len(STEPS)
for person, events in persons.items():
    events = sorted(events, key=lambda e: (e['t'], STEP_RANK.get(e['event'], 99)))
    best = 0
    for i, start in enumerate(events):
        if start['event'] != STEPS[0]:
            continue
        level, j = 1, i
        for k in range(1, len(STEPS)):
            j = next((q for q in range(j + 1, len(events)) if events[q]['event'] == STEPS[k]
                      and events[q]['t'] - start['t'] <= WINDOW), None)
            if j is None:
                break
            level = k + 1
        best = max(best, level)
    for k in range(best):
        counts[k] += 1

def week(t):
    monday = (t - datetime.timedelta(days=t.weekday())).date()
    return monday
cohorts = {}
for person, events in persons.items():
    first = week(min(e['t'] for e in events))
    weeks = {(week(e['t']) - first).days // 7 for e in events}
    cohorts.setdefault(first, []).append(weeks)
last_week = week(max(e['t'] for e in E))
grid = []
for start in sorted(cohorts):
    members = cohorts[start]
    periods = (last_week - start).days // 7 + 1
    grid.append({'start': start.isoformat(), 'size': len(members),
                 'counts': [sum(1 for w in members if k in w) for k in range(periods)]})

links = {}
for e in with_login(E):
    if e['anon'] and e['known']:
        links.setdefault(e['anon'], set()).add(e['known'])
anonymous = {e['anon'] for e in E if e['anon']}
known = {e['known'] for e in E if e['known']}
moved = sum(1 for e in E if not e['known'] and e['anon'] in links and len(links[e['anon']]) == 1)
expected = {
    'funnel': {'steps': STEPS, 'window_days': 7, 'counts': counts},
    'cohorts': grid,
    'identities': {'persons': len(persons), 'known_users': len(known), 'anonymous_ids': len(anonymous),
                   'linked_ids': sum(1 for a in links if len(links[a]) == 1),
                   'conflicts': sum(1 for a in links if len(links[a]) > 1), 'events_moved': moved},
}
with open('expected.json', 'w') as f:
    json.dump(expected, f, indent=1)
    f.write('\n')
print(json.dumps(expected))
