"""Settled figures and track records: how far each party's claims were from the count that was settled.

A user settles a quantity once a final count is known ("the UN's final count: 35,000 evacuated as of
2016-12-22"). Each party's claims on that quantity then get an error: the natural log of claimed over
settled (0 when the claim's range includes the settled value or range), so 2x too high and 2x too low
weigh the same. A party's record: claims scored, the median absolute error (how far off), and the median
signed error (bias: above 0 over-counts, below 0 under-counts).
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from headcount.reconcile.series import Report, Series, SeriesKey, parse_date


@dataclass(frozen=True, slots=True)
class Settled:
    """A settled figure for one quantity: a value or a range, as of a day, and where it comes from."""

    key: str  # a series key, "evacuated/people/Aleppo/east"
    low: float | None
    high: float | None
    as_of: str | None = None  # ISO date the count runs to
    note: str = ""

    def __post_init__(self) -> None:
        if self.low is None and self.high is None:
            raise ValueError("a settled figure needs a value or a low/high range")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"settled low {self.low} is above high {self.high}")
        if any(v is not None and v <= 0 for v in (self.low, self.high)):
            raise ValueError("a settled figure must be positive (errors are log ratios)")


@dataclass(frozen=True, slots=True)
class Score:
    """One claim (report) scored against a settled figure."""

    party: str
    party_name: str
    key: str
    report_id: str
    claims: tuple[str, ...]
    claimed: float  # the value compared: the range's geometric middle, or its only bound
    error: float  # ln(claimed / settled), 0 inside the settled range


@dataclass(frozen=True, slots=True)
class TrackRecord:
    party: str
    name: str
    kind: str
    scored: int
    median_abs_error: float
    bias: float
    scores: tuple[Score, ...]

    @property
    def typical_factor(self) -> float:
        """The median error as a factor: 1.5 means typically half as much again off."""
        return math.exp(self.median_abs_error)


def _middle(low: float | None, high: float | None) -> float | None:
    if low is not None and high is not None:
        return math.sqrt(low * high) if low > 0 and high > 0 else (low + high) / 2
    return low if low is not None else high


def log_error(low: float | None, high: float | None, settled: Settled) -> float | None:
    """ln(claimed / settled); 0 when the two ranges meet; None when either has no usable value."""
    s_lo = settled.low if settled.low is not None else settled.high
    s_hi = settled.high if settled.high is not None else settled.low
    assert s_lo is not None and s_hi is not None
    if low is None and high is None:
        return None
    if (low is None or low <= s_hi) and (high is None or high >= s_lo):
        return 0.0  # the claim's range (open ends reach as far as they go) meets the settled one
    claimed = _middle(low, high)
    if claimed is None or claimed <= 0:
        return None
    target = s_hi if claimed > s_hi else s_lo
    return math.log(claimed / target)


def _eligible(r: Report, settled: Settled) -> bool:
    """Claims on the settled quantity: not plans, not single-period slices of a settled total, not later."""
    if r.expected:
        return False
    as_of = parse_date(settled.as_of)
    if as_of is not None and r.end is not None and r.end > as_of:
        return False
    return r.kind != "increment"


def score(series: Iterable[Series], settled: Sequence[Settled]) -> list[Score]:
    """Every eligible report on a settled quantity, with its error."""
    by_key: dict[str, list[Series]] = defaultdict(list)
    for s in series:
        by_key[str(s.key)].append(s)
    out: list[Score] = []
    for st in settled:
        key = SeriesKey.parse(st.key)
        for s in by_key.get(str(key), []):
            for r in s.reports:
                if not _eligible(r, st):
                    continue
                err = log_error(r.low, r.high, st)
                claimed = _middle(r.low, r.high)
                if err is None or claimed is None:
                    continue
                out.append(Score(r.party.key, r.party.name, str(key), r.id, r.claim_ids, claimed, err))
    return out


def track_records(series: Iterable[Series], settled: Sequence[Settled]) -> list[TrackRecord]:
    """Per party: claims scored, median absolute log error, bias; most scored first."""
    series = list(series)
    kinds = {r.party.key: r.party.kind for s in series for r in s.reports}
    by_party: dict[str, list[Score]] = defaultdict(list)
    for sc in score(series, settled):
        by_party[sc.party].append(sc)
    out = []
    for party, scores in by_party.items():
        errors = [s.error for s in scores]
        out.append(TrackRecord(
            party=party, name=scores[0].party_name, kind=kinds.get(party, "other"), scored=len(scores),
            median_abs_error=statistics.median(abs(e) for e in errors), bias=statistics.median(errors),
            scores=tuple(scores),
        ))
    return sorted(out, key=lambda t: (-t.scored, t.median_abs_error, t.party))


def as_of_date(settled: Settled) -> date | None:
    return parse_date(settled.as_of)
