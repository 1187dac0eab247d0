"""Checks over series: the arithmetic a careful reader does by hand, each a pure function returning findings.

- contradiction: two parties, ranges apart beyond the tolerance, for the same quantity and period (and a
  party's disputed figure restated in another document, against the same other party);
- revision: one party, two figures apart beyond the tolerance, for the same quantity and period;
- part and whole: a part larger than its whole ("including" links, and groups folded: children < civilians);
- running total: a party's increments added up against its own cumulative totals; a party's total that
  falls is a revision (its running series checked in time order);
- syndication: one report carried by several outlets, shown once (copies never confirm each other).

Stock and flow is in ``stock_flow.py``. Every check works on reports (copies gathered), skips expected
figures (plans are not counts) and undated ones where time matters, and names its claims.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from headcount.lexicons.groups import comparable, counts_whole, is_part_of
from headcount.reconcile.falls import fall_finding, told_fall
from headcount.reconcile.findings import (
    Finding,
    FindingType,
    Severity,
    day,
    fmt,
    gap_ratio,
    range_numbers,
    rng,
    sort_findings,
)
from headcount.reconcile.labels import key_label
from headcount.reconcile.listed_items import listed
from headcount.reconcile.pair_candidates import candidate_indices
from headcount.reconcile.pairing import (
    FALL_RATIO,
    GROWING,
    a_part,
    an_old_value,
    docs_of,
    exact,
    facts_of,
    grounds,
    kinds_fit,
    linked,
    measurable,
    one_toll,
    order_known,
    ordered,
    pair_facts,
    part_fits_whole,
    tolerance_for,
)
from headcount.reconcile.places import contains, same_place, within
from headcount.reconcile.series import Point, Report, Series, parse_date

DEFAULT_TOLERANCE = 0.10  # 10%: figures rounded by different parties ("some 8,000", "8,461") still agree


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """tolerance: how far apart (as a fraction of the smaller figure) two ranges may be and still agree."""

    tolerance: float = DEFAULT_TOLERANCE
    checks: tuple[str, ...] = tuple(t.value for t in FindingType)


def same_period(a: Report | Point, b: Report | Point) -> bool:
    """Two figures for the same stretch of time: same kind, and the same day (stock), window (increment)
    or last day and origin (cumulative). Undated figures are never the same period as anything."""
    if a.kind is None or a.kind != b.kind or a.end is None or b.end is None:
        return False
    if a.kind == "stock":
        return a.end == b.end
    if a.kind == "increment":  # a window must be known: "42 surrendered" on an unknown day is no window
        return a.start is not None and (a.start, a.end) == (b.start, b.end)
    return a.end == b.end and a.start == b.start


def _usable(r: Report) -> bool:
    return not r.expected and (r.low is not None or r.high is not None)


def _who(r: Report) -> str:
    carried = f" (one report carried by {len(r.carriers)} outlets, counted once)" if len(r.carriers) > 1 else ""
    return f"{r.party.name}{carried}"


def _when(r: Report) -> str:
    if r.kind == "stock":
        return f"on {day(r.end)}"
    if r.kind == "increment":
        return f"for {day(r.start)} to {day(r.end)}" if r.start and r.start != r.end else f"on {day(r.end)}"
    return f"up to {day(r.end)}" + (f" since {day(r.start)}" if r.start else "")



def _disagree(type_: str, key: str, a: Report, b: Report, tolerance: float, sentence: str,
              severity: str, why: str) -> Finding | None:
    gap = gap_ratio(a.low, a.high, b.low, b.high, tolerance)
    if gap is None:
        return None
    big, small, ratio = gap
    computation = f"{fmt(big)} / {fmt(small)} = {ratio:.2f}, above the tolerance of {fmt(1 + tolerance)}"
    explanation = (f"{sentence}; the ranges do not meet: {fmt(big)} is {ratio:.2f} times {fmt(small)} "
                   f"({computation}). {grounds(a, b, why)}")
    return Finding(
        type=type_, key=key, claims=(*a.claim_ids, *b.claim_ids), explanation=explanation,
        numbers=(*range_numbers("a", a), *range_numbers("b", b), ("ratio", round(ratio, 2)),
                 ("tolerance_factor", 1 + tolerance),
                 *((f"{n}_outlets", float(len(r.carriers))) for n, r in (("a", a), ("b", b)) if len(r.carriers) > 1)),
        computation=computation, severity=severity, parties=tuple(dict.fromkeys((a.party.key, b.party.key))),
    )


def contradictions(series: Series, tolerance: float = DEFAULT_TOLERANCE) -> list[Finding]:
    """Two parties whose ranges for the same quantity and period are apart beyond the tolerance.

    What "the same period" means is ``pairing.pair``; two exact counts get no tolerance; totals that only
    grow are also compared across days, and then only a fall counts.
    """
    reports = [r for r in series.reports if _usable(r)]
    facts = [facts_of(r) for r in reports]  # read once per report, not once per pair
    identified = [f.how != "outlet" for f in facts]
    anonymous = [_anonymous(r) for r in reports]
    items = listed(reports)  # the items of a sentence's list of parts (``listed_items``)
    out = []
    found: list[tuple[Report, Report, str]] = []  # each disagreement (not a fall) with its severity
    for i, j in candidate_indices(reports, [f.party for f in facts], same=False):
        if not (identified[i] or identified[j]) or anonymous[i] or anonymous[j]:
            continue  # two outlets' own voices, or a source that names nobody (one party's pairs never come)
        if i in items or j in items:
            continue  # an item of a breakdown a sentence lists is a part, not an estimate of the quantity
        fa, fb = facts[i], facts[j]
        how = pair_facts(fa, fb)
        a, b = fa.report, fb.report
        if not how.comparable or part_fits_whole(a, b):
            continue
        tol = tolerance_for(a, b, tolerance)
        if how.falling:
            f = _fall(FindingType.CONTRADICTION, str(series.key), a, b, tol, Severity.WARNING, how.why)
        else:
            sentence = (f"{_who(a)} gives {rng(a.low, a.high)} and {_who(b)} gives {rng(b.low, b.high)} "
                        f"for {key_label(series.key)} {_when(a)} ({how.why}{_exactly(tol, tolerance)})")
            ratio = gap_ratio(a.low, a.high, b.low, b.high, tol)
            sev = Severity.ALERT if ratio is not None and ratio[2] >= 2 else Severity.WARNING
            f = _disagree(FindingType.CONTRADICTION, str(series.key), a, b, tol, sentence, sev, how.why)
        if f:
            out.append(f)
            if not how.falling:  # a fall is about two days; a restatement's day may be after both
                found.append((a, b, f.severity))
    return out + _restated_disagreements(reports, found, tolerance)


def restates(r: Report, of: Report) -> bool:
    """``r`` is ``of``'s party giving the same figure again in another document: the same lower end (or,
    with none, the same upper end), ranges that meet, and a total or a stock as ``of`` is. A toll that
    stands ("at least 4,800" eighteen months after "4,800") is one count, whatever the days between."""
    if r is of or r.party.key != of.party.key or docs_of(r) & docs_of(of) or not kinds_fit(r, of):
        return False
    if measurable(r) or a_part(r) or an_old_value(r) or r.expected:
        return False
    same_end = (r.low is not None and r.low == of.low) or (r.low is None and of.low is None
                                                           and r.high is not None and r.high == of.high)
    return same_end and gap_ratio(r.low, r.high, of.low, of.high, 0.0) is None


def _restated_disagreements(reports: Sequence[Report], found: Sequence[tuple[Report, Report, str]],
                            tolerance: float) -> list[Finding]:
    """A party's figure that disagrees with another party's, restated by the party in another document,
    disagrees with it again: the restatement is the same count (``restates``), so the comparison holds
    whatever the days between, where ``pair`` would refuse two documents' totals to different days.

    Only restatements of a figure already found in a disagreement, so no pair is compared that the
    pairing rules had not already compared once: a ministry's figure set against a charity's survey in one
    report, then repeated by the ministry a year on in another, is the same dispute, shown in the same
    finding.

    One restatement per side of each dispute, the latest (then the one of the last document by id): it shows
    the party still holding the figure then. Every restatement would add a comparison per repetition of a
    figure a party repeats for months, a number of comparisons that grows with the square of the series on a
    long crisis (on the bench's 100,000-claim ledger, 10,476 of 37,496 comparisons) and tells the reader
    nothing more."""
    out: list[Finding] = []
    if not found:
        return out
    by_end: dict[tuple[object, ...], list[Report]] = {}
    for r in reports:  # an index on what ``restates`` asks, so a large series is not scanned per finding
        by_end.setdefault(_restated_end(r), []).append(r)
    for bucket in by_end.values():  # latest first; undated last; then by document, so the choice is stable
        bucket.sort(key=lambda r: (r.end is not None, r.end or date.min, sorted(docs_of(r))), reverse=True)
    done = {(id(a), id(b)) for a, b, _ in found} | {(id(b), id(a)) for a, b, _ in found}
    for a, b, severity in found:
        for said, other in ((a, b), (b, a)):
            for r in by_end.get(_restated_end(said), ()):
                if (id(r), id(other)) in done or not restates(r, said) or docs_of(r) & docs_of(other):
                    continue
                done |= {(id(r), id(other)), (id(other), id(r))}
                if part_fits_whole(r, other):
                    continue  # a part beside its whole
                tol = tolerance_for(r, other, tolerance)
                when = f"on {day(r.end)}" if r.end else "undated"
                first = f"on {day(said.end)}" if said.end else "undated"
                sentence = (f"{_who(r)} gives {rng(r.low, r.high)} ({when}), restating its "
                            f"{rng(said.low, said.high)} ({first}), and {_who(other)} gives "
                            f"{rng(other.low, other.high)} for {key_label(r.key)} ({RESTATED}"
                            f"{_exactly(tol, tolerance)})")
                # the original dispute's severity: the restatement is that dispute again, not a new one
                f = _disagree(FindingType.CONTRADICTION, str(r.key), r, other, tol, sentence, severity, RESTATED)
                if f:
                    out.append(f)
                    break  # the latest restatement of this side of the dispute is enough
    return out


def _restated_end(r: Report) -> tuple[object, ...]:
    """The end ``restates`` matches on: the party with the lower end, or with the upper end when there is
    no lower one."""
    return (r.party.key, r.low) if r.low is not None else (r.party.key, None, r.high)


#: the grounds of a restated disagreement, said in its explanation
RESTATED = "a figure restated in another document"


def _anonymous(r: Report) -> bool:
    """A source that names nobody ("a report", "officials", "sources", or "her office": a possessive pointing
    back to someone named before) cannot be held to disagree with anyone: it may be the other's own figure."""
    return r.party.kind == "unnamed" or bool(re.match(r"(?:his|her|its|their)\b", (r.party.as_written or "").strip(),
                                                      re.I))


def _exactly(tol: float, tolerance: float) -> str:
    return "; two exact counts, compared exactly" if tol == 0 and tolerance > 0 else ""


def _fall(type_: str, key: str, a: Report, b: Report, tol: float, severity: str, why: str) -> Finding | None:
    """A total that only grows, given lower later: the earlier's low end above the later's high end."""
    earlier, later = ordered(a, b)
    if earlier.low is None or later.high is None or not earlier.low > later.high * (1 + tol):
        return None
    if earlier.low > later.high * FALL_RATIO and not one_toll(earlier, later):
        return None  # far below: a narrower count, not the same total fallen
    who = (f"{earlier.party.name}'s" if earlier.party.key == later.party.key
           else f"{_who(earlier)} gave and then {_who(later)} gave a")
    return fall_finding(
        str(key), earlier, later,
        f"{who} total for {key_label(key)} fell from {rng(earlier.low, earlier.high)} {_when(earlier)} to "
        f"{rng(later.low, later.high)} {_when(later)}",
        f"a total since an origin of this event cannot fall. {grounds(earlier, later, why)}",
        type_=type_, severity=severity, parties=tuple(dict.fromkeys((earlier.party.key, later.party.key))))


def revisions(series: Series, tolerance: float = DEFAULT_TOLERANCE) -> list[Finding]:
    """One party giving two figures, apart beyond the tolerance, for the same quantity and period.

    Never two figures of one document. Two outlets printing one party's exact figure for one day
    differently is a ``carrier_mismatch``, compared with no tolerance: one of them misprinted it.
    """
    reports = [r for r in series.reports if _usable(r)]
    facts = [facts_of(r) for r in reports]  # read once per report, not once per pair
    out = []
    for i, j in candidate_indices(reports, [f.party for f in facts], same=True):  # one party's pairs only
        fa, fb = facts[i], facts[j]
        a, b = fa.report, fb.report
        if not fa.docs.isdisjoint(fb.docs):  # one document revises nothing, unless it reports a revision
            if (f := told_fall(str(series.key), a, b, reports)) is not None:
                out.append(f)
            continue
        first, then = (a, b) if fa.at <= fb.at else (b, a)  # ``ordered``, from the facts
        if fa.exact and fb.exact and _carried_apart(first, then):  # two exact counts, as it asks first
            out.append(_carrier_mismatch(str(series.key), first, then))
            continue
        how = pair_facts(fa, fb)
        if not how.comparable or how.falling or part_fits_whole(a, b):
            continue  # a party's own total that fell is running_totals' finding
        then_word = "and then" if order_known(first, then) else "and (in an order an estimated date cannot tell)"
        sentence = (f"{first.party.name} gave {rng(first.low, first.high)} {then_word} "
                    f"{rng(then.low, then.high)} for {key_label(series.key)} {_when(first)} ({how.why})")
        f = _disagree(FindingType.REVISION, str(series.key), first, then, tolerance, sentence, Severity.INFO,
                      how.why)
        if f:
            out.append(f)
    return out


def _carried_apart(a: Report, b: Report) -> bool:
    """Two outlets, within a day of each other, carrying one named party's figure as two exact counts."""
    if not (exact(a) and exact(b)) or a.low == b.low or a.party.how == "outlet":
        return False
    if set(a.carriers) & set(b.carriers) or not kinds_fit(a, b) or linked(a, b):
        return False
    da, db = parse_date(a.first.published), parse_date(b.first.published)
    if da is None or db is None or abs((da - db).days) > 1:
        return False
    # A total that only grows may rise overnight: only the same day's, or a fall, is two printings of one figure.
    return da == db or a.key.event not in GROWING or (b.low or 0) < (a.low or 0)


def _carrier_mismatch(key: str, a: Report, b: Report) -> Finding:
    assert a.low is not None and b.low is not None
    big, small = max(a.low, b.low), min(a.low, b.low)
    computation = f"{fmt(big)} - {fmt(small)} = {fmt(big - small)}; exact figures allow no difference"
    explanation = (f"{a.party.name}'s figure for {key_label(key)} is printed as {fmt(a.low)} by {', '.join(a.carriers)} and "
                   f"as {fmt(b.low)} by {', '.join(b.carriers)}, a day apart at most; one statement cannot give "
                   f"two exact counts ({computation}). {grounds(a, b, 'one statement carried twice')}")
    return Finding(
        type=FindingType.CARRIER_MISMATCH, key=key, claims=(*a.claim_ids, *b.claim_ids), explanation=explanation,
        numbers=(("a_low", a.low), ("b_low", b.low), ("difference", big - small)), computation=computation,
        severity=Severity.WARNING, parties=(a.party.key,),
    )


def parts_and_wholes(series_list: Sequence[Series], tolerance: float = 0.0) -> list[Finding]:
    """A part larger than its whole: explicit "including" links, then groups folded within one party.

    Explicit links are held to no tolerance: the part and its whole come from one statement. Folded
    groups (children within civilians, same party, event, place and period) use ``tolerance``.
    """
    out: list[Finding] = []
    points = {p.id: p for s in series_list for p in s.points}
    seen: set[tuple[str, str]] = set()
    for p in points.values():
        linked = points.get(p.parent_id) if p.parent_id else None
        if linked is None or not comparable(p.key.group, linked.key.group) or not _place_fits(p, linked):
            continue
        if p.low is not None and linked.high is not None and p.low > linked.high:
            seen.add((p.id, linked.id))
            out.append(_part_finding(p, linked, "is given as part of", Severity.ALERT))
    # filed by kind and last day too: ``same_period`` needs both equal, so a party's long series is not
    # compared all pairs against itself
    by_quantity: dict[tuple[str, str | None, str, str | None, date], list[Report]] = defaultdict(list)
    for s in series_list:
        for r in s.reports:
            if _usable(r) and r.end is not None:
                by_quantity[(s.key.event, s.key.place, r.party.key, r.kind, r.end)].append(r)
    for reports in by_quantity.values():
        for part in reports:
            for whole in reports:
                if not is_part_of(part.key.group, whole.key.group) or not same_period(part, whole):
                    continue
                if not counts_whole(whole.first.claim.category):
                    continue
                if (part.id, whole.id) in seen or _siblings(part.first, whole.first):
                    continue
                if part.low is not None and whole.high is not None and part.low > whole.high * (1 + tolerance):
                    out.append(_part_finding(part.first, whole.first, "is a part of", Severity.WARNING,
                                             part.claim_ids + whole.claim_ids))
    return out


def _place_fits(part: Point, whole: Point) -> bool:
    """An "including" part lies where its whole does: the same place, a place inside it, or either unplaced.
    A part placed beside its whole (one province's dead linked to another province's) is a misread link
    (a list of provinces read as parts of one of them), not a part larger than its whole."""
    a, b = part.key.place, whole.key.place
    if a is None or b is None or same_place(a, b) or within(a, b):
        return True
    return part.place is not None and whole.place is not None and contains(whole.place, part.place)


def _siblings(a: Point, b: Point) -> bool:
    """Two figures given as parts of one whole ("97 survivors, among them 14 women and 9 minors"): items of
    one breakdown, never a part and a whole of each other, whatever their groups."""
    return a.parent_id is not None and a.parent_id == b.parent_id


def _part_finding(part: Point, whole: Point, relation: str, severity: str,
                  claims: tuple[str, ...] | None = None) -> Finding:
    assert part.low is not None and whole.high is not None
    excess = part.low - whole.high
    computation = f"{fmt(part.low)} - {fmt(whole.high)} = {fmt(excess)} more in the part than in the whole"
    explanation = (f"{part.party.name}'s {rng(part.low, part.high)} {part.claim.category} ({key_label(part.key)}) "
                   f"{relation} {rng(whole.low, whole.high)} {whole.claim.category} ({key_label(whole.key)}), yet is larger "
                   f"({computation}).")
    return Finding(
        type=FindingType.PART_WHOLE, key=f"{part.key} & {whole.key}", claims=claims or (part.id, whole.id),
        explanation=explanation, numbers=(*range_numbers("part", part), *range_numbers("whole", whole), ("excess", excess)),
        computation=computation, severity=severity, parties=tuple(dict.fromkeys((part.party.key, whole.party.key))),
    )


def _window(r: Report) -> tuple[date, date]:
    """An increment's days as a half-open span (a, b]: a one-day figure covers (b - 1 day, b]."""
    assert r.end is not None
    start = r.start if r.start is not None and r.start < r.end else r.end - timedelta(days=1)
    return start, r.end


def disjoint_increments(reports: Iterable[Report]) -> list[Report]:
    """A party's increments with no day counted twice: per window the largest, then earlier windows first."""
    best: dict[tuple[date, date], Report] = {}
    for r in reports:
        w = _window(r)
        if r.low is not None and (w not in best or (best[w].low or 0) < r.low):
            best[w] = r
    chosen: list[Report] = []
    last_end: date | None = None
    for w in sorted(best, key=lambda w: (w[1], w[0])):
        if last_end is None or w[0] >= last_end:
            chosen.append(best[w])
            last_end = w[1]
    return chosen


def running_totals(series: Series, tolerance: float = DEFAULT_TOLERANCE) -> list[Finding]:
    """A party's increments added up against its own cumulative totals, and totals that fall."""
    out: list[Finding] = []
    for party, reports in series.timeline().items():
        if reports[0].party.how == "outlet":
            continue  # an outlet's own figures are not one party's running count
        dated = [r for r in reports if _usable(r) and r.end is not None]
        totals = [r for r in dated if r.kind == "cumulative"]
        increments = [r for r in dated if r.kind == "increment"]
        for total in totals:
            assert total.end is not None
            inside = [r for r in increments if r.end is not None and r.end <= total.end
                      and (total.start is None or _window(r)[0] >= total.start - timedelta(days=1))]
            inside = [r for r in inside if r.start is not None]  # only increments with a known window
            if series.key.place is None:  # no place: only what the total's own document says is the same count
                inside = [r for r in inside if docs_of(r) & docs_of(total)]
            used = disjoint_increments(inside)
            if not used or total.high is None:
                continue
            added = sum(r.low or 0 for r in used)
            if added > total.high * (1 + tolerance):
                terms = " + ".join(fmt(r.low or 0) for r in used)
                computation = f"{terms} = {fmt(added)}, against a total of {rng(total.low, total.high)}"
                explanation = (f"{total.party.name}'s own figures for single periods up to {day(total.end)} add "
                               f"up to at least {fmt(added)}, more than its total of {rng(total.low, total.high)} "
                               f"for {key_label(series.key)} ({computation}). "
                               f"{grounds(total, used[0], 'single periods inside the total')}")
                out.append(Finding(
                    type=FindingType.RUNNING_TOTAL, key=str(series.key),
                    claims=(*total.claim_ids, *(c for r in used for c in r.claim_ids)), explanation=explanation,
                    numbers=(*range_numbers("total", total), *((f"increment_{i}", float(r.low or 0))
                                                          for i, r in enumerate(used)), ("sum", added)),
                    computation=computation, severity=Severity.WARNING, parties=(party,),
                ))
        if series.key.place is None:
            totals = []  # a fall needs two documents, and without a place two documents may count two places
        totals = [r for r in totals if not an_old_value(r)]  # a value before a reported change: its day is unknown
        for earlier, later in _next_in_known_order(sorted(totals, key=lambda r: r.end or date.min)):
            if later.end == earlier.end or earlier.start != later.start or docs_of(earlier) & docs_of(later):
                continue  # same day, another origin, or one document (a text does not revise itself)
            if (earlier.low is not None and later.high is not None and later.high * (1 + tolerance) < earlier.low
                    and earlier.low <= later.high * FALL_RATIO):  # far below: a narrower count, not a fall
                out.append(fall_finding(  # one party's total that fell: it revised itself (RECONCILE.md)
                    str(series.key), earlier, later,
                    f"{earlier.party.name}'s running total for {key_label(series.key)} fell from "
                    f"{rng(earlier.low, earlier.high)} on {day(earlier.end)} to "
                    f"{rng(later.low, later.high)} on {day(later.end)}",
                    f"a total since an origin cannot fall. {grounds(earlier, later, 'one running total on two days')}",
                    parties=(party,)))
    return out


def syndication(series: Series, tolerance: float = DEFAULT_TOLERANCE,
                disagreements: Sequence[Finding] | None = None) -> list[Finding]:
    """One report carried by several outlets: listed once, so that a reader does not count it twice.

    Not when the report is already in a disagreement of its series (``disagreements``: the series'
    contradictions and revisions, computed here when not given): that finding names the report's
    carriers and counts it once ("one report carried by 2 outlets, counted once"), so a note beside it
    would only repeat it, and would stand as a second finding on the same claims. Nor for a plan or a vague
    quantity ("thousands more are likely to flee"): no count is repeated, so there is nothing to count once."""
    carried = [r for r in series.reports if len(r.carriers) >= 2 and _usable(r) and measurable(r) is None]
    if not carried:
        return []
    if disagreements is None:
        disagreements = [*contradictions(series, tolerance), *revisions(series, tolerance)]
    told = {c for f in disagreements for c in f.claims}
    out = []
    for r in carried:
        if told & set(r.claim_ids):
            continue
        n = len(r.carriers)
        computation = f"{n} carriers of the same party's same figure for the same period = 1 report"
        explanation = (f"{r.party.name}'s {rng(r.low, r.high)} for {key_label(series.key)} {_when(r)} is one report carried "
                       f"by {n} outlets ({', '.join(r.carriers)}); it counts once ({computation}).")
        out.append(Finding(
            type=FindingType.SYNDICATION, key=str(series.key), claims=r.claim_ids, explanation=explanation,
            numbers=(*range_numbers("value", r), ("outlets", float(n)), ("reports", 1.0)),
            computation=computation, severity=Severity.INFO, parties=(r.party.key,),
        ))
    return out


def new_disagreements(found: list[Finding], before: list[Finding]) -> list[Finding]:
    """Findings across related keys that are not a disagreement already found under one key.

    The same two parties, one of whose figures a finding of one key already holds, disagree once: a second
    finding that sets the party's figure (or a copy of it) against the other's restatement under a wider
    key ("400 dead in the country" beside "400 dead in the province") adds nothing a reader must check.
    """
    seen = [(frozenset(f.parties), set(f.claims)) for f in before
            if f.type in (FindingType.CONTRADICTION, FindingType.REVISION)]
    return [f for f in found
            if not any(frozenset(f.parties) == parties and claims & set(f.claims) for parties, claims in seen)]


def across_findings(series_list: Sequence[Series], tolerance: float = DEFAULT_TOLERANCE,
                    disagreements: Sequence[Finding] | None = None) -> list[Finding]:
    """``across.across_keys`` over these series, less the disagreements their own keys already show (the
    unit of one event in ``incremental`` calls this; ``run_checks`` reuses the findings it has).
    ``disagreements``: those keys' contradictions and revisions computed on their whole series (a window of
    an event, ``event_windows``, holds only part of a series, and a restated contradiction may lie outside
    it); None computes them here from ``series_list``."""
    from headcount.reconcile.across import across_keys

    found = across_keys(series_list, tolerance)
    named = {k for f in found for k in f.key.split(" & ")}  # a shared claim lies in one of the two keys
    if disagreements is not None:
        same = [f for f in disagreements if f.key in named]
    else:
        same = [f for s in series_list if str(s.key) in named
                for f in (*contradictions(s, tolerance), *revisions(s, tolerance))]
    return new_disagreements(found, same)


def run_checks(series_list: Sequence[Series], options: CheckOptions | None = None) -> list[Finding]:
    """Every check over every series, most serious first."""
    from headcount.reconcile.stock_flow import stock_and_flow

    options = options or CheckOptions()
    tol = options.tolerance
    enabled = set(options.checks)
    out: list[Finding] = []
    for s in series_list:
        mine: list[Finding] = []
        if FindingType.CONTRADICTION in enabled:
            mine += contradictions(s, tol)
        if FindingType.REVISION in enabled:
            mine += revisions(s, tol)
        out += mine
        if FindingType.RUNNING_TOTAL in enabled:
            out += running_totals(s, tol)
        if FindingType.SYNDICATION in enabled:
            out += syndication(s, tol, mine if {FindingType.CONTRADICTION, FindingType.REVISION} <= enabled
                               else None)
    if FindingType.CONTRADICTION in enabled:
        from headcount.reconcile.across import across_keys

        out += new_disagreements(across_keys(series_list, tol), out)  # as across_findings, reusing `out`
    if FindingType.PART_WHOLE in enabled:
        out += parts_and_wholes(series_list, tol)
    if FindingType.STOCK_FLOW in enabled:
        out += stock_and_flow(series_list, tol)
    return sort_findings(out)


def _next_in_known_order(ordered: Sequence[Report]) -> Iterable[tuple[Report, Report]]:
    """Each report (sorted by day) with each next report whose order against it is known: one known to come
    after it with none known to come between them.

    With every day a publication day this is each report with the one after it. An estimated day
    (``order_known``) has no order against the dated days near it, so comparing only neighbours would lose a
    dated fall that has an estimate between its two days: 900 on 1 March, an estimate of 3 March, 600 on 5
    March is still 900 then 600.
    """
    if not any(r.first.approx_by for r in ordered):
        yield from zip(ordered, ordered[1:], strict=False)
        return
    for i, earlier in enumerate(ordered):
        after: list[Report] = []  # the reports known to come after ``earlier``, so far
        for later in ordered[i + 1:]:
            if not order_known(earlier, later):
                continue
            if not any(order_known(between, later) for between in after):
                yield earlier, later
            after.append(later)
