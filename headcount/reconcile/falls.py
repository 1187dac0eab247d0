"""A total that only grows, given lower: the finding that says so (``fall_finding``, for every fall the checks
find), and the falls one document itself reports (``told_fall``).

"One document never revises itself", unless it tells the change: by a construction of change ("revised the
toll from X to Y", ``pairing.stated_revision``), as a correction of the party's figure before it
(``pairing.stated_correction``), or by giving the party's figure as said earlier beside its last word
(``one_text.told_earlier``). For a total that only grows, a fall so told is a revision, and a warning, as
a fall across documents is (``checks.running_totals``).
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.reconcile.findings import Finding, FindingType, Severity, fmt, range_numbers, rng
from headcount.reconcile.labels import key_label
from headcount.reconcile.one_text import told_earlier
from headcount.reconcile.pairing import (
    GROWING,
    grounds,
    linked,
    measurable,
    part_fits_whole,
    stated_correction,
    stated_revision,
    total_like,
)
from headcount.reconcile.series import Report


def fall_finding(key: str, earlier: Report, later: Report, before: str, after: str, *,
                 type_: str = FindingType.REVISION, severity: str = Severity.WARNING,
                 parties: tuple[str, ...] | None = None) -> Finding:
    """A total that fell from ``earlier`` to ``later`` (by default one party revising itself, a warning):
    the drop from the earlier's low end to the later's high end and its computation, explained as
    "``before`` (computation); ``after``". One place writes the drop so that every fall reads alike."""
    assert earlier.low is not None and later.high is not None
    drop = earlier.low - later.high
    computation = f"{fmt(earlier.low)} - {fmt(later.high)} = {fmt(drop)} fewer"
    return Finding(
        type=type_, key=key, claims=(*earlier.claim_ids, *later.claim_ids), explanation=f"{before} ({computation}); {after}",
        numbers=(*range_numbers("earlier", earlier), *range_numbers("later", later), ("drop", drop)),
        computation=computation, severity=severity,
        parties=parties if parties is not None else (earlier.party.key,),
    )


def told_fall(key: str, a: Report, b: Report, reports: Sequence[Report]) -> Finding | None:
    """A fall one document reports: by a construction of change ("from X to Y"), else as a correction of the
    party's last figure before it ("the agency called its count a mistake and gave Y"), else as the
    party's figure the text gives as said earlier beside its last word (``one_text.told_earlier``)."""
    if (told := stated_revision(a, b)) is not None:
        return _stated_fall(key, *told)
    if (told := stated_correction(a, b, reports)) is not None:
        return _stated_fall(key, *told, how="one document reporting a correction")
    if (told := told_earlier(a, b, reports)) is not None:
        return _stated_fall(key, *told, how="one document giving the party's earlier figure and its last")
    return None


def _stated_fall(key: str, earlier: Report, later: Report,
                 how: str = "one document reporting the change") -> Finding | None:
    """A document reports one party's total that only grows going down ("revised the toll from 412 to 388"):
    a revision, and a warning, as a fall across documents is (``checks.running_totals``). A rise is the count going
    on, shown in the series, not a finding; so is a change of a stock (people sheltering), which may fall."""
    if key.split("/", 1)[0] not in GROWING or not (total_like(earlier) and total_like(later)):
        return None
    if measurable(earlier) or measurable(later) or part_fits_whole(earlier, later) or linked(earlier, later):
        return None
    if earlier.low is None or later.high is None or not earlier.low > later.high:
        return None
    return fall_finding(
        key, earlier, later,
        f"{earlier.party.name}'s total for {key_label(key)} is reported revised from "
        f"{rng(earlier.low, earlier.high)} to {rng(later.low, later.high)}",
        f"a total since an origin cannot fall, so one of them was wrong. "
        f"{grounds(earlier, later, how)}")
