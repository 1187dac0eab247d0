"""Reconciliation in units, so that a change reconciles only what it touches; pure (no database).

``checks.run_checks`` over a whole ledger is the union of three families, each grouping series by one key:

- per series key (``key:K``): contradictions, revisions, running totals, syndication read one series;
- per event (``event:E``): ``across.across_keys`` groups by event (a place inside another, a group inside its
  class); ``parts_and_wholes`` groups by (event, place, party) and follows "including" links, which stay
  inside one document: the linked parents' series are added, and only findings whose part is of event E kept;
- per place (``place:P``): ``stock_flow.stock_and_flow`` sets stocks against the outflows of the same place.

A changed document dirties the series its claims are in (before and after), and so the units of those keys;
since one party's running count is joined across the documents of an event (``running.join_running``), the
store re-joins the changed documents' events whole and also dirties the series a claim moved into or out of
(``headcount.store.findings_repo``).
Each unit recomputed gives exactly the findings the full run gives for it (the test compares the two), so
stored findings, replaced unit by unit, stay equal to a full recompute.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence

from headcount.reconcile.across import across_keys, names_locality
from headcount.reconcile.checks import (
    across_findings,
    contradictions,
    new_disagreements,
    parts_and_wholes,
    revisions,
    running_totals,
    syndication,
)
from headcount.reconcile.findings import Finding, sort_findings
from headcount.reconcile.running_places import named
from headcount.reconcile.series import Point, Series, SeriesKey, _order, reports_of
from headcount.reconcile.stock_flow import OUTFLOW_EVENTS, STOCK_EVENTS, stock_and_flow

FLOW_EVENTS = frozenset((*STOCK_EVENTS, *OUTFLOW_EVENTS))


def units_of(keys: Iterable[SeriesKey]) -> set[str]:
    """The units a change to these series keys makes dirty."""
    out: set[str] = set()
    for k in keys:
        out.add(f"key:{k}")
        out.add(f"event:{k.event}")
        if k.place is not None and k.event in FLOW_EVENTS:
            out.add(f"place:{k.place}")
    return out


def in_unit(unit: str, key: SeriesKey) -> bool:
    """Whether a series belongs to a unit (the series the unit's checks must see, complete)."""
    kind, _, name = unit.partition(":")
    if kind == "key":
        return str(key) == name
    if kind == "event":
        return key.event == name
    return key.place == name and key.event in FLOW_EVENTS


def series_of(points: Sequence[Point], docs: Mapping[str, object] | None = None) -> dict[SeriesKey, Series]:
    """Points gathered into series as ``build_series`` does (same report order), keyed by series key."""
    by_key: dict[SeriesKey, list[Point]] = defaultdict(list)
    for p in points:
        by_key[p.key].append(p)
    return {key: Series(key=key, reports=tuple(sorted(reports_of(pts, docs), key=_order)))  # type: ignore[arg-type]
            for key, pts in by_key.items()}


def _sorted(series: Iterable[Series]) -> list[Series]:
    return sorted(series, key=lambda s: (s.key.event, s.key.group, s.key.place or ""))


def units_of_key(key: SeriesKey) -> list[str]:
    """The units a series belongs to (``in_unit`` is true for exactly these)."""
    out = [f"key:{key}", f"event:{key.event}"]
    if key.place is not None and key.event in FLOW_EVENTS:
        out.append(f"place:{key.place}")
    return out


def units_findings(units: Iterable[str], series: Mapping[SeriesKey, Series],
                   tolerance: float, touched: Collection[str] | None = None,
                   disagreements: Sequence[Finding] | None = None) -> dict[str, list[Finding]]:
    """The findings of each of these units, the series filed by unit once (not every series read per unit,
    which grows with units times series). With ``touched`` (series keys, ``touched_keys``), an event unit
    gets only its findings that name a touched series (``touching``): the others are those stored.
    ``disagreements``: an event unit's keys' contradictions and revisions, computed whole (``across_findings``)."""
    wanted = set(units)
    mine: dict[str, list[Series]] = defaultdict(list)
    for k, s in series.items():
        for u in units_of_key(k):
            if u in wanted:
                mine[u].append(s)
    key_of = {p.id: p.key for s in series.values() for p in s.points}
    return {u: (event_findings(u, mine.get(u, []), series, key_of, tolerance, touched)
                if touched is not None and u.startswith("event:")
                else findings_for(u, mine.get(u, []), series, key_of, tolerance, disagreements))
            for u in sorted(wanted)}


def touching(key: str, keys: Collection[str]) -> bool:
    """Whether a finding's key (one series key, or a pair's "part & whole") names one of these series keys.
    Every split at " & " is tried, so a place whose name holds " & " is still found."""
    if key in keys:
        return True
    i = key.find(" & ")
    while i >= 0:
        if key[:i] in keys or key[i + 3:] in keys:
            return True
        i = key.find(" & ", i + 1)
    return False


def touched_keys(points: Iterable[Point], dirty: Collection[str]) -> set[str]:
    """The series keys whose event findings must be recomputed when the series ``dirty`` changed.

    An event unit's findings are each of one pair of reports (``across_keys``, ``parts_and_wholes``: a
    finding's key names the pair's two series), computed from those two reports and, when one of them is at
    a locality the gazetteer does not know ("X district"), from the known places its document counts the
    event in. So a pair of unchanged series gives the finding it gave, unless a locality's document has a
    figure in a changed series: the series of such localities are touched too. ``points``: every point of
    the units' series, as joined."""
    out = set(dirty)
    pts = [(str(p.key), p) for p in points]
    docs = {p.doc_id for k, p in pts if k in out}  # documents with a figure in a changed series
    localities = {k for k, p in pts if k not in out and names_locality(p.claim)}
    # a report's figures are one series', so a series with a figure in such a document holds every report
    # whose document's known places may have changed
    out |= {k for k, p in pts if k in localities and p.doc_id in docs}
    return out


def event_findings(unit: str, members: Sequence[Series], series: Mapping[SeriesKey, Series],
                   key_of: Mapping[str, SeriesKey], tolerance: float, touched: Collection[str]) -> list[Finding]:
    """``findings_for`` of an event unit, less the findings that name no ``touched`` series (which are the
    ones stored: see ``touched_keys``). Only pairs with a touched side are compared, and only the touched
    findings' own series checked for the disagreements they repeat (``checks.across_findings``)."""
    mine = _sorted(members)
    name = unit.partition(":")[2]
    found = [f for f in across_keys(mine, tolerance, only=lambda k: str(k) in touched) if touching(f.key, touched)]
    named = {k for f in found for k in f.key.split(" & ")}
    same = [f for s in mine if str(s.key) in named
            for f in (*contradictions(s, tolerance), *revisions(s, tolerance))]
    out = new_disagreements(found, same)
    folded = _part_whole_reach(mine, touched, key_of)
    keys = {key_of[p.parent_id] for s in folded for p in s.points if p.parent_id and p.parent_id in key_of}
    extra = [series[k] for k in keys if k.event != name and k in series]
    out += [f for f in parts_and_wholes(_sorted([*folded, *extra]), tolerance)
            if f.claims and (k := key_of.get(f.claims[0])) is not None and k.event == name
            and touching(f.key, touched)]
    return sort_findings(out)


def _part_whole_reach(mine: Sequence[Series], touched: Collection[str],
                      key_of: Mapping[str, SeriesKey]) -> list[Series]:
    """The series of an event whose ``parts_and_wholes`` findings can name a touched series: a finding is one
    part and its whole, either linked ("including": a point and its parent point) or one party's folded groups
    at one place of the event. So the touched series, the series at their places, those holding a part of a
    touched point or its whole, and (so that ``touching``'s splits at " & " find no other pair) any series
    whose key holds " & ". Folding every series of the event grew with the event, not with the change."""
    mine_keys = {str(s.key) for s in mine}
    hit = {k for k in touched if k in mine_keys}
    places = {s.key.place for s in mine if str(s.key) in hit}
    wholes = {str(key_of[p.parent_id]) for s in mine if str(s.key) in hit for p in s.points
              if p.parent_id and p.parent_id in key_of}

    def part_of_touched(s: Series) -> bool:  # a point whose whole is in a touched series (of any event)
        return any(p.parent_id and (w := key_of.get(p.parent_id)) is not None and str(w) in touched
                   for p in s.points)

    return [s for s in mine if (k := str(s.key)) in hit or k in wholes or s.key.place in places or " & " in k
            or part_of_touched(s)]


def unit_findings(unit: str, series: Mapping[SeriesKey, Series], tolerance: float) -> list[Finding]:
    """The findings of one unit. ``series`` holds every series of the unit, complete, and for an event unit
    the series its "including" links point into (those may be partial: only links are read from them)."""
    key_of = {p.id: p.key for s in series.values() for p in s.points}
    return findings_for(unit, [s for k, s in series.items() if in_unit(unit, k)], series, key_of, tolerance)


def findings_for(unit: str, members: Sequence[Series], series: Mapping[SeriesKey, Series],
                 key_of: Mapping[str, SeriesKey], tolerance: float,
                 disagreements: Sequence[Finding] | None = None) -> list[Finding]:
    """The findings of one unit from its series (``members``); an event unit also reads, through ``key_of``
    (claim id -> series key) and ``series``, the claims its "including" links point to in other events."""
    mine = _sorted(members)
    kind, _, name = unit.partition(":")
    out: list[Finding] = []
    if kind == "key":
        for s in mine:
            disagree = [*contradictions(s, tolerance), *revisions(s, tolerance)]
            out += disagree
            out += running_totals(s, tolerance)
            out += syndication(s, tolerance, disagree)
    elif kind == "event":
        out += across_findings(mine, tolerance, disagreements)
        keys = {key_of[p.parent_id] for s in mine for p in s.points if p.parent_id and p.parent_id in key_of}
        extra = [series[k] for k in keys if k.event != name and k in series]
        out += [f for f in parts_and_wholes(_sorted([*mine, *extra]), tolerance)
                if f.claims and (k := key_of.get(f.claims[0])) is not None and k.event == name]
    else:
        out += stock_and_flow(mine, tolerance)
    return sort_findings(out)


def family(party: str, part_of: Mapping[str, str]) -> str:
    """A party's body at the top of ``part_of`` (OCHA -> the UN): the running-count join gives a parent's
    figures to one of its members, so a parent and its members are one family."""
    seen = {party}
    while (up := part_of.get(party)) is not None and up not in seen:
        party = up
        seen.add(party)
    return party


def connected_sets(rows: Iterable[tuple[str, str | None]], part_of: Mapping[str, str]
                   ) -> tuple[dict[str, int], dict[str, int]]:
    """The connected sets of one event's documents: the parts of the graph linking a document to the family
    (``family``) of each of its named figures' parties, so documents sharing a family, transitively. ``rows``:
    (document, the party key of a named figure or None for another figure), any number per document. Returns
    each document's set and each family's set, as numbers (a set's number is its first document's, in the
    order of ``rows``).

    Why one place: the running-count join of an event is the join of these sets, each alone
    (``join_scope``); both an incremental run (which sets to join again) and a full one (``join_slices``: the
    join a few sets at a time) rely on it, so the relation is written once."""
    up: list[int] = []  # union-find over the documents' numbers
    of_doc: dict[str, int] = {}
    first_of: dict[str, int] = {}  # family -> the first document seen with it

    def find(i: int) -> int:
        while up[i] != i:
            up[i] = up[up[i]]
            i = up[i]
        return i

    for doc, party in rows:
        i = of_doc.get(doc)
        if i is None:
            i = of_doc[doc] = len(up)
            up.append(i)
        if party is not None:
            a, b = find(i), find(first_of.setdefault(family(party, part_of), i))
            if a != b:
                up[max(a, b)] = min(a, b)
    return {d: find(i) for d, i in of_doc.items()}, {f: find(i) for f, i in first_of.items()}


def join_scope(points: Sequence[Point], docs: Iterable[str], parties: Iterable[str],
               part_of: Mapping[str, str]) -> set[str]:
    """The documents of one event whose points the running-count join must see again when ``docs`` changed
    and ``parties`` (their parties before the change) may have lost figures.

    ``running.join_running`` decides a named party's figure from that party's own figures in the event (and,
    through ``part_of``, its parent's and members'), and moves the other named parties' unplaced figures of
    one document together; figures that are not a named party's are never moved. So the join of an event is
    the join of its connected sets of documents (``connected_sets``): a document and every document sharing a
    family with it, transitively. Those documents, joined alone, give their points the keys the whole event's
    join gives them; the other documents keep theirs."""
    of_doc, of_family = connected_sets(
        ((p.doc_id, p.party.key if named(p) else None) for p in points), part_of)
    changed = set(docs)
    hit = {of_doc[d] for d in changed if d in of_doc} | {
        of_family[f] for f in {family(k, part_of) for k in parties} if f in of_family}
    return changed | {d for d, n in of_doc.items() if n in hit}
