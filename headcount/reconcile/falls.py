"""A total that only grows, given lower: the finding that says so (``fall_finding``, for every fall the checks
find), and the falls one document itself reports (``told_fall``).

"One document never revises itself", unless it tells the change: by a construction of change ("revised the
toll from X to Y", ``pairing.stated_revision``), as a correction of the party's figure before it
(``pairing.stated_correction``), or by giving the party's figure as said earlier beside its last word
(``one_text.told_earlier``), or by the change's "from" argument alone beside the text's own figure, which
is its new value (``revised_from.told_from``). For a total that only grows, a fall so told is a revision, and a warning, as
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
from headcount.reconcile.revised_from import told_from
from headcount.reconcile.series import Report


def fall_finding(key: str, earlier: Report, later: Report, before: str, after: str, *,
                 type_: str = FindingType.REVISION, severity: str = Severity.WARNING,
                 parties: tuple[str, ...] | None = None, later_value: float | None = None) -> Finding:
    """A total that fell from ``earlier`` to ``later`` (by default one party revising itself, a warning):
    the drop from the earlier's low end to the later's high end (or ``later_value``, the value the text
    tells the change produced, for a later figure with no upper end) and its computation, explained as
    "``before`` (computation); ``after``". One place writes the drop so that every fall reads alike."""
    then = later.high if later_value is None else later_value
    assert earlier.low is not None and then is not None
    drop = earlier.low - then
    computation = f"{fmt(earlier.low)} - {fmt(then)} = {fmt(drop)} fewer"
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
    if (told := told_from(a, b, reports)) is not None:
        return _stated_fall(key, *told, how="one document telling the change from the earlier figure",
                            told_value=True)
    return None


def _stated_fall(key: str, earlier: Report, later: Report,
                 how: str = "one document reporting the change", told_value: bool = False) -> Finding | None:
    """A document reports one party's total that only grows going down ("revised the toll from 412 to 388"):
    a revision, and a warning, as a fall across documents is (``checks.running_totals``). A rise is the count going
    on, shown in the series, not a finding; so is a change of a stock (people sheltering), which may fall.
    ``told_value``: the text tells that the count changed from the earlier figure and gives the later as the
    new value, so a later figure with only a lower end ("at least 51") is that value as written: the hedge
    is the outlet's, and the change, which the text states, is not in doubt."""
    if key.split("/", 1)[0] not in GROWING or not (total_like(earlier) and total_like(later)):
        return None
    if measurable(earlier) or measurable(later) or part_fits_whole(earlier, later) or linked(earlier, later):
        return None
    then = later.low if told_value and later.high is None else later.high
    if earlier.low is None or then is None or not earlier.low > then:
        return None
    return fall_finding(
        key, earlier, later,
        f"{earlier.party.name}'s total for {key_label(key)} is reported revised from "
        f"{rng(earlier.low, earlier.high)} to {rng(later.low, later.high)}",
        f"a total since an origin cannot fall, so one of them was wrong. "
        f"{grounds(earlier, later, how)}", later_value=then)
