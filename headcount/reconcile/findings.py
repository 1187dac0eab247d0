"""Findings: what a check found, with the claims behind it and a sentence a reader can check by hand.

Every figure a finding's sentence names is either a bound of one of its claims or a number in
``numbers``, computed from them as ``computation`` says; ``tests/reconcile`` checks this for every type.
The helpers here format figures and ranges the same way in every sentence, so that the test can find them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Protocol


class FindingType(StrEnum):
    CONTRADICTION = "contradiction"
    REVISION = "revision"
    PART_WHOLE = "part_whole"
    RUNNING_TOTAL = "running_total"
    STOCK_FLOW = "stock_flow"
    SYNDICATION = "syndication"
    CARRIER_MISMATCH = "carrier_mismatch"


class Severity(StrEnum):
    INFO = "info"  # arithmetic shown for the reader; nothing wrong
    WARNING = "warning"  # figures that do not agree beyond the tolerance
    ALERT = "alert"  # impossible as stated (a part larger than its whole, more leaving than were there)


SEVERITY_ORDER = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ALERT: 2}


@dataclass(frozen=True, slots=True)
class Finding:
    """One result of a check: typed, with its claims, the numbers it used and how they were computed."""

    type: str
    key: str  # the series key (or keys, joined by " & ") the finding is about
    claims: tuple[str, ...]  # ids of the claims behind it, copies included
    explanation: str  # one plain sentence (two at most), naming only figures from the claims or computed
    numbers: tuple[tuple[str, float], ...]  # every number used, by name: ("stock", 250000), ("ratio", 1.5)
    computation: str  # the arithmetic, written out: "20,000 / 13,000 = 1.54"
    severity: str = Severity.WARNING
    parties: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "severity": self.severity,
            "key": self.key,
            "explanation": self.explanation,
            "computation": self.computation,
            "numbers": {name: _plain(v) for name, v in self.numbers},
            "parties": list(self.parties),
            "claims": list(self.claims),
        }


def _plain(v: float) -> int | float:
    return int(v) if float(v).is_integer() else round(v, 4)


def fmt(n: float) -> str:
    """A figure as the sentences print it: 8,500; 1.54; 0.5."""
    if float(n).is_integer():
        return f"{int(n):,}"
    return f"{n:,.2f}"


def rng(low: float | None, high: float | None) -> str:
    """A claim's range in words: "5,629", "at least 5,500", "at most 6,000", "250,000 to 300,000"."""
    if low is not None and high is not None:
        return fmt(low) if low == high else f"{fmt(low)} to {fmt(high)}"
    if low is not None:
        return f"at least {fmt(low)}"
    if high is not None:
        return f"at most {fmt(high)}"
    return "an unstated number"


class HasRange(Protocol):
    """Anything with the range a claim asserts (a series point, a report)."""

    @property
    def low(self) -> float | None: ...

    @property
    def high(self) -> float | None: ...


def range_numbers(prefix: str, r: HasRange) -> list[tuple[str, float]]:
    """The ``numbers`` entries of a finding for one side's range: ``<prefix>_low`` and, when it differs,
    ``<prefix>_high``."""
    out = []
    if r.low is not None:
        out.append((f"{prefix}_low", float(r.low)))
    if r.high is not None and r.high != r.low:
        out.append((f"{prefix}_high", float(r.high)))
    return out


def day(d: date | None) -> str:
    return d.isoformat() if d else "an unknown date"


def gap_ratio(a_low: float | None, a_high: float | None, b_low: float | None, b_high: float | None,
              tolerance: float) -> tuple[float, float, float] | None:
    """When two ranges are apart by more than the tolerance: (larger bound, smaller bound, ratio); else None.

    The ranges are [low, high] with open ends; "apart" means the lower end of one is above the upper end
    of the other, and the ratio of those two ends exceeds 1 + tolerance. A larger tolerance never finds
    more (the property tests check this).
    """
    for lo, hi in ((b_low, a_high), (a_low, b_high)):
        if lo is not None and hi is not None and hi > 0 and lo > hi * (1 + tolerance):
            return lo, hi, lo / hi
    return None


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Most serious first, then by key and type, for stable output."""
    return sorted(findings, key=lambda f: (-SEVERITY_ORDER.get(Severity(f.severity), 0), f.key, f.type,
                                           f.claims))
