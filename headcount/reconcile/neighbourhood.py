"""The series an incremental run must build: its key and place units' series whole, and of each event unit only
the touched series' neighbourhood, not every series of the event.

Why: an incremental run recomputes an event unit's findings that name a touched series only
(``incremental.event_findings``). Those are pairs with a touched side (``across.across_keys``, ``checks.
parts_and_wholes``), and a pair's finding reads its two series' reports and, for a locality the gazetteer does
not know, the known places its document counts the event in (``across._local_whole``). Building every series
of the changed events (``incremental.series_of``) and filing every report in ``across``'s index grew with the
events, not with the change. So an event unit is given the series that can meet a touched one:

- the touched series, and every series of the event with a figure in a document holding a touched figure
  (pairs within one document, and that document's known places complete);
- every series filed under a key a touched figure looks its whole up by, or looking up a key a touched figure
  is filed under (``across._whole_keys_at`` / ``_part_lookups_at``, asked of every figure rather than of each
  report's first: a superset, and the days left out: a superset again);
- every series holding a locality ("X district") the gazetteer does not know, with every series of its
  documents: its whole is its document's one known place, known only from that document's series whole;
- for ``parts_and_wholes`` (``incremental._part_whole_reach``): the series at a touched series' place, those
  holding a figure whose "including" whole is in a touched series, and every series whose key holds " & ",
  with the series its " & " pieces name (``touching`` and ``checks.new_disagreements`` split keys there);
- and the series of the wholes their figures' "including" links point to (possibly of another event),
  built from the same points as before.

Any other series of the event meets no touched series, so its presence changed nothing but the cost. Pure.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence

from headcount.reconcile.across import _part_lookups_at, _whole_keys_at, names_locality
from headcount.reconcile.incremental import FLOW_EVENTS
from headcount.reconcile.places import Place
from headcount.reconcile.series import Point, SeriesKey


def _locality(p: Point) -> bool:
    """A figure at a place the gazetteer does not know, named as a unit below a city or region: the reports
    ``across._local_whole`` gives a whole from their document's known places (a superset: that also asks
    that the report be in one document, and the document count in one known place)."""
    return p.place is not None and not p.place.known and p.place.part is None and names_locality(p.claim)


def event_neighbourhood(points: Sequence[tuple[str, Point]], touched: Collection[str],
                        key_of: dict[str, str]) -> set[str]:
    """The series keys of one event's points (``points``: every point of the event, as joined, with its key
    as text) that can meet a touched series in the event unit's checks (see the module docstring).
    ``key_of``: claim id -> series key of every point read (an "including" whole may lie in another event)."""
    keys_in: dict[str, set[str]] = defaultdict(set)  # document -> series keys with a figure in it
    known: dict[str, set[str]] = defaultdict(set)  # series key -> the known places of its figures
    at: dict[str, set[Place | None]] = defaultdict(set)  # series key -> the places of its figures
    series_key: dict[str, SeriesKey] = {}
    docs: set[str] = set()  # documents whose series are all needed
    out: set[str] = set()
    for k, p in points:
        series_key[k] = p.key
        keys_in[p.doc_id].add(k)
        at[k].add(p.place)
        if p.place is not None and p.place.known:
            known[k].add(p.place.key)
        if k in touched or _locality(p):
            docs.add(p.doc_id)
        if p.parent_id is not None and key_of.get(p.parent_id) in touched:
            out.add(k)  # a part whose "including" whole is touched
    hit = {k for k in series_key if k in touched}
    out |= hit
    for d in docs:
        out |= keys_in[d]
    wholes: set[tuple[str, ...]] = set()
    lookups: set[tuple[str, ...]] = set()
    for k, p in points:
        if k not in hit:
            continue
        wholes.update(_whole_keys_at(p.place, p.key.group, p.key.place))
        # a touched locality's whole is one of the known places of its document's series: each is looked up
        # (a superset of ``known_of``, which reads each report's first figure)
        local: set[str | None] = {None}
        if _locality(p):
            local |= {w for other in keys_in[p.doc_id] for w in known[other]}
        for w in local:
            lookups.update(_part_lookups_at(p.place, p.key.group, p.key.place, w))
    places = {series_key[k].place for k in hit}
    for k, key in series_key.items():
        if k in out:
            continue
        if (key.place in places or " & " in k
                or any(not lookups.isdisjoint(_whole_keys_at(place, key.group, key.place))
                       or not wholes.isdisjoint(_part_lookups_at(place, key.group, key.place, None))
                       for place in at[k])):
            out.add(k)
    pieces = {piece for k in out if " & " in k for piece in k.split(" & ")}
    return out | (pieces & series_key.keys())


def needed_keys(points: Iterable[Point], units: Collection[str], touched: Collection[str]) -> set[str]:
    """The series keys whose series the units need (``points``: every point of the units' documents, as
    joined): a key unit's and a place unit's series whole, an event unit's neighbourhood of its touched
    series, and the series the "including" links of those point into."""
    pts = [(str(p.key), p) for p in points]
    key_of = {p.id: k for k, p in pts}
    by_event: dict[str, list[tuple[str, Point]]] = defaultdict(list)
    out: set[str] = set()
    keys = {u[4:] for u in units if u.startswith("key:")}
    places = {u[6:] for u in units if u.startswith("place:")}
    events = {u[6:] for u in units if u.startswith("event:")}
    for k, p in pts:
        if k in keys or (p.key.place in places and p.key.event in FLOW_EVENTS):
            out.add(k)
        if p.key.event in events:
            by_event[p.key.event].append((k, p))
    for event_points in by_event.values():
        out |= event_neighbourhood(event_points, touched, key_of)
    out |= {w for k, p in pts if k in out and p.parent_id and (w := key_of.get(p.parent_id)) is not None}
    return out
