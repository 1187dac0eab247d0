"""One event's unit split into windows of its reports, so that no worker of a full reconcile holds a whole
large event; pure (no database).

Why: an event unit (``incremental.findings_for`` of ``event:E``) read every point of its event at once. On the
bench ledger one event holds over half the claims, and the worker computing its unit was a full reconcile's
peak memory and its serial tail (``docs/scale.md``, seventh session). Yet each of the unit's findings reads a
few reports only, and those lie near each other:

- ``across.across_keys`` sets two reports side by side when they share a document, or (dated) when their last
  days lie at most ``pairing.FALL_DAYS`` apart (a day either side, or a part's toll against its whole's up to
  FALL_DAYS later); a locality's report also reads the known places of its own document's reports;
- ``checks.new_disagreements`` then drops such a finding when a contradiction of the same two parties shares
  a claim with it. Those contradictions are not computed in the window: a restated dispute
  (``checks._restated_disagreements``) sets a party's latest restatement against the other side whatever the
  days between, so it may lie beyond any window's read set (review, round 8). The key units compute every
  series' contradictions and revisions on whole series; the parent hands those of the event's keys to each
  window (``key_disagreements``), and the window drops its across findings with them, as the whole unit does;
- ``checks.parts_and_wholes`` sets a point against the point its "including" link names (one document), and
  one party's groups on the same last day.

So a report's *reach* is: the reports sharing a document with it, the reports its points' links join it to,
and the dated reports whose last day lies near its own (``pair_gap``: FALL_DAYS for a toll, else a day). A
finding is *owned* by the report of its first claim (the part: ``Finding.claims`` starts with the part's
claims); reading the owned reports' reach finds every finding of the owned reports exactly as the whole event
does: reports are built from whole reports' points, so they come out
the same (same points, same order, same first point), each pair's finding reads only its two reports (and
their documents' reports), and ``sort_findings`` orders the union as it orders the whole.
``tests/reconcile_store/test_event_windows.py`` checks this on random ledgers.

The reading costs more CPU than one unit (each window reads its neighbours' days again: on a ledger whose
days are evenly filled, about (window + 2 x the gap) / window of its points) and bounds a worker's memory
by the window and that margin, not by the event.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from headcount.reconcile.findings import Finding, FindingType, sort_findings
from headcount.reconcile.incremental import series_of, units_findings
from headcount.reconcile.pairing import FALL_DAYS, TOLLS
from headcount.reconcile.party_model import Resolution
from headcount.reconcile.series import Point, Report, SeriesKey

#: points an event's window owns at most (an event of this many points or fewer is one unit, as before)
WINDOW_POINTS = 30_000


def pair_gap(event: str) -> int:
    """How far apart (days) the last days of two reports of ``event`` in different documents may lie for a
    finding to pair them (``across``: a day either side, a toll's part against its whole up to FALL_DAYS
    later; ``parts_and_wholes``: the same day)."""
    return FALL_DAYS if event in TOLLS else 1


def key_disagreements(found: Iterable[Finding]) -> list[Finding]:
    """The contradictions and revisions among the key units' findings: what a window's across findings are
    dropped with (``checks.new_disagreements``)."""
    return [f for f in found if f.type in (FindingType.CONTRADICTION, FindingType.REVISION)]

Window = tuple[list[int], list[int]]  # (positions of the points it owns, positions of the points it reads)


@dataclass(frozen=True, slots=True)
class Mark:
    """What planning reads of a joined point: the fields ``series.reports_of`` gathers reports by (and orders
    them by), a report's documents and "including" link. The parent keeps one per point of a large event
    while it joins the event a slice at a time (``join_slices``), instead of the point with its claim (its
    sentence, words, offsets): about two thirds of the memory of the points (2.8 vs 4.1 MB, the 10k bench
    ledger's largest event; ``docs/scale.md``, ninth session), and the reports come out the same."""

    id: str
    key: SeriesKey
    party: Resolution
    kind: str | None
    low: float | None
    high: float | None
    start: date | None
    end: date | None
    expected: bool
    doc_id: str
    index: int
    outlet: str | None
    parent_id: str | None
    row: int = -1  # where the caller keeps the point (a full reconcile: its rowid in the spill file)


def mark(p: Point, shared: dict[Any, Any], row: int = -1) -> Mark:
    """``p``'s mark; equal keys, parties and days given one object through ``shared`` (one dict per event)."""
    one = shared.setdefault
    return Mark(p.id, one(p.key, p.key), one(p.party, p.party), p.kind, p.low, p.high,
                one(p.start, p.start), one(p.end, p.end), p.expected, p.doc_id, p.index, p.outlet, p.parent_id, row)


def plan_windows(points: Sequence[Point] | Sequence[Mark], docs: Mapping[str, object] | None = None,
                 limit: int = WINDOW_POINTS) -> list[Window] | None:
    """An event's points (all of them, one event, as joined, in the order a full run reads them; or their
    marks) cut into windows: each owns whole reports, in the order of their last days, up to ``limit``
    points, and reads those and their reach for a pair (see the module docstring).
    Positions index ``points``. None when one window would hold them all, or when a claim has two points
    (a finding's first claim must name one report)."""
    if len(points) <= limit or len({p.id for p in points}) != len(points):
        return None
    pts: Any = points  # a mark has every field ``series_of`` reads
    reports = [r for s in series_of(pts, docs).values() for r in s.reports]
    pos = {id(p): i for i, p in enumerate(points)}
    reach = _Reach(reports)
    gap = pair_gap(points[0].key.event)
    order = sorted(range(len(reports)), key=lambda i: (reach.anchor(i), reports[i].id))
    cores: list[list[int]] = [[]]
    n = 0
    for i in order:
        if n >= limit:
            cores.append([])
            n = 0
        cores[-1].append(i)
        n += len(reports[i].points)
    if len(cores) < 2:
        return None
    out: list[Window] = []
    for core in cores:
        read = reach.step(set(core), gap)
        out.append((sorted(pos[id(p)] for i in core for p in reports[i].points),
                    sorted(pos[id(p)] for i in read for p in reports[i].points)))
    return out


class _Reach:
    """The reports each report of an event may be read with (see the module docstring)."""

    def __init__(self, reports: Sequence[Report]) -> None:
        self.reports = reports
        # each report's documents as a tuple (most reports are one document's: a frozenset of one was 4 times
        # the size, the plan's largest part; the parent plans a large event of a full reconcile)
        self.docs = [tuple(dict.fromkeys(p.doc_id for p in r.points)) for r in reports]
        self.by_doc: dict[str, list[int]] = defaultdict(list)
        for i, ds in enumerate(self.docs):
            for d in ds:
                self.by_doc[d].append(i)
        parents = {p.parent_id for r in reports for p in r.points if p.parent_id}  # the claims a link names
        of_claim = {p.id: i for i, r in enumerate(reports) for p in r.points if p.id in parents}
        del parents
        self.links: dict[int, set[int]] = defaultdict(set)
        for i, r in enumerate(reports):
            for p in r.points:
                j = of_claim.get(p.parent_id) if p.parent_id else None
                if j is not None and j != i:
                    self.links[i].add(j)
                    self.links[j].add(i)
        self.dated = sorted((r.end, i) for i, r in enumerate(reports) if r.end is not None)
        self.ends = [e for e, _ in self.dated]

    def anchor(self, i: int) -> date:
        """A report's last day; an undated one takes the earliest of its documents' dated reports (so it is
        owned beside them), else the first day of all."""
        end = self.reports[i].end
        if end is not None:
            return end
        return min((e for d in self.docs[i] for j in self.by_doc[d] if (e := self.reports[j].end) is not None),
                   default=date.min)

    def step(self, xs: set[int], days: int) -> set[int]:
        """``xs`` and every report in the reach of one of them, dated reports up to ``days`` apart."""
        out = set(xs)
        for i in xs:
            for d in self.docs[i]:
                out.update(self.by_doc[d])
            out.update(self.links.get(i, ()))
        gap = timedelta(days=days)
        lo = hi = None
        for e in sorted({end for i in xs if (end := self.reports[i].end) is not None}):
            a, b = _sub(e, gap), _add(e, gap)
            if hi is not None and a <= hi:
                hi = b
                continue
            if lo is not None and hi is not None:
                out.update(self._between(lo, hi))
            lo, hi = a, b
        if lo is not None and hi is not None:
            out.update(self._between(lo, hi))
        return out

    def _between(self, lo: date, hi: date) -> Iterable[int]:
        return (i for _, i in self.dated[bisect_left(self.ends, lo):bisect_right(self.ends, hi)])


def _sub(d: date, gap: timedelta) -> date:
    return d - gap if d - date.min >= gap else date.min


def _add(d: date, gap: timedelta) -> date:
    return d + gap if date.max - d >= gap else date.max


def window_findings(event: str, points: Sequence[Point], own: Iterable[str], docs: Mapping[str, object] | None,
                    tolerance: float, first: bool, disagreements: Sequence[Finding]) -> list[Finding]:
    """The findings of ``event``'s unit that a window owns: ``points`` are the points it reads (with the
    points their "including" links lead to in other events), ``own`` the claims of the reports it owns,
    ``first`` whether it is the event's first window (which takes a finding without claims, if any),
    ``disagreements`` the event's keys' contradictions and revisions from the key units (``key_disagreements``)."""
    mine = set(own)
    unit = f"event:{event}"
    found = units_findings({unit}, series_of(points, docs), tolerance, disagreements=disagreements)[unit]
    return [f for f in found if (f.claims[0] in mine if f.claims else first)]


def merged(parts: Iterable[Sequence[Finding]]) -> list[Finding]:
    """The windows' findings as the whole unit's: each finding is owned by one window, in the unit's order."""
    return sort_findings([f for part in parts for f in part])
