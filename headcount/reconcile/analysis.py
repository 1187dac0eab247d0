"""One reconcile run: claims and documents' metadata in; series, findings and track records out.

The glue between a ledger (or any other source of claims) and the checks, still pure: the caller reads the
claims, the documents, the settled figures and the user's party edits, and passes them here. Filters narrow
what is shown, not what is computed: the checks run over every series (dates filtered), because stock and
flow needs the outflow series beside the stock one, and the findings are then kept when their key or their
parties match.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from headcount.lexicons import load
from headcount.models import Claim
from headcount.reconcile.checks import CheckOptions, run_checks
from headcount.reconcile.findings import Finding
from headcount.reconcile.parties import Registry, default_registry
from headcount.reconcile.series import DocMeta, Point, Report, Series, SeriesKey, build_series, select
from headcount.reconcile.track_record import Settled, TrackRecord, track_records


@dataclass(frozen=True, slots=True)
class Filters:
    """What a user narrows to. Text filters (source) match words of the party's name or of the source as written;
    dates (YYYY, YYYY-MM or YYYY-MM-DD) bound the last day of each report; a date filter leaves undated ones out."""

    event: str | None = None
    group: str | None = None
    place: str | None = None
    source: str | None = None
    since: str | None = None
    until: str | None = None

    @property
    def dated(self) -> bool:
        return bool(self.since or self.until)


@dataclass(frozen=True, slots=True)
class Analysis:
    """The result of a run. ``series`` are the ones the filters keep; ``all_series`` every one (dates filtered)."""

    series: list[Series]
    all_series: list[Series]
    findings: list[Finding]
    registry: Registry
    claims: dict[str, Claim] = field(default_factory=dict)
    docs: dict[str, DocMeta] = field(default_factory=dict)
    settled: list[Settled] = field(default_factory=list)
    _points: dict[str, Point] | None = field(default=None, repr=False, compare=False)

    def records(self) -> list[TrackRecord]:
        """Each party's track record on the settled quantities (over every series, not just the filtered)."""
        return track_records(self.all_series, self.settled)

    def point(self, claim_id: str) -> Point | None:
        """The claim as read into a series (party, key, span), or None when no series holds it."""
        if self._points is None:
            object.__setattr__(self, "_points", {p.id: p for s in self.all_series for p in s.points})
        assert self._points is not None
        return self._points.get(claim_id)

    def series_for(self, key: SeriesKey) -> Series | None:
        for s in self.all_series:
            if s.key == key:
                return s
        return None


def registry_with(overlay: Mapping[str, Any] | None) -> Registry:
    """The packaged party registry with the ledger's party edits laid on top (None or empty: the packaged one)."""
    if not overlay or not (overlay.get("parties") or overlay.get("merged")):
        return default_registry()
    return Registry.from_data(load("parties"), where="lexicons/parties.toml", overlay=overlay,
                              overlay_where="the ledger's party edits")


def _in_dates(r: Report, f: Filters) -> bool:
    if not f.dated:
        return True
    if r.end is None:
        return False
    first = (r.start or r.end).isoformat()
    if f.since and r.end.isoformat() < f.since:
        return False
    return not (f.until and first[: len(f.until)] > f.until)


def _party_matches(r: Report, words: str) -> bool:
    w = words.casefold()
    p = r.party
    return any(w in (t or "").casefold() for t in (p.name, p.key, p.as_written, p.speaker))


def narrow(series: Iterable[Series], f: Filters) -> list[Series]:
    """Series matching the key filters and having a report of the party asked for."""
    out = select(series, event=f.event.lower() if f.event else None, group=f.group.lower() if f.group else None,
                 place=f.place)
    if f.source:
        source = f.source
        out = [s for s in out if any(_party_matches(r, source) for r in s.reports)]
    return out


def finding_matches(finding: Finding, kept: set[str], f: Filters, parties: Mapping[str, Report]) -> bool:
    keys = finding.key.split(" & ")
    if not any(k in kept for k in keys):
        return False
    if f.source:
        return any(_party_matches(parties[p], f.source) for p in finding.parties if p in parties)
    return True


def analyse(claims: Sequence[Claim], docs: Mapping[str, DocMeta], *, overlay: Mapping[str, Any] | None = None,
            settled: Sequence[Settled] = (), filters: Filters | None = None,
            tolerance: float = CheckOptions().tolerance, checks: bool = True) -> Analysis:
    """Build every series (parties resolved with the registry, what each document says, and the user's edits),
    keep the reports within the dates asked for, run the checks, and narrow to the filters."""
    f = filters or Filters()
    registry = registry_with(overlay).with_learned(
        [*(d.text for d in docs.values() if d.text), *{c.source for c in claims if c.source and "," in c.source}])
    built = build_series(claims, docs, registry)
    if f.dated:
        built = [Series(s.key, tuple(r for r in s.reports if _in_dates(r, f))) for s in built]
        built = [s for s in built if s.reports]
    shown = narrow(built, f)
    findings: list[Finding] = []
    if checks:
        kept = {str(s.key) for s in shown}
        parties = {r.party.key: r for s in built for r in s.reports}
        findings = [x for x in run_checks(built, CheckOptions(tolerance=tolerance))
                    if finding_matches(x, kept, f, parties)]
    return Analysis(series=shown, all_series=built, findings=findings, registry=registry,
                    claims={c.id: c for c in claims}, docs=dict(docs), settled=list(settled))
