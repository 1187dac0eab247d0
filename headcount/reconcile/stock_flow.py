"""Stock and flow: people inside a place, minus the people reported leaving since, against a later count.

The reader's question: "about 30,000 already left, another 8,000 leaving, and 250,000-300,000 were said to
be inside: do the numbers add up?" The arithmetic:

1. A stock: people besieged in, or living in, a place as of a day (any party).
2. Outflows from that place since that day: people evacuated, displaced, killed or surrendered, of the
   stock's group or a part of it. Each report covers a window of days; a cumulative total "since" a day
   covers all of its days. Reports are added only when their windows do not overlap, so that no day is
   counted twice, and among the ways to do that the largest sum is taken (weighted interval scheduling):
   the total outflow is then at least that sum, whoever reported each part. Parts ("including 1,964
   children") are never added on top of their whole.
3. The implied remainder: the stock minus that outflow. Implausible when the outflow is larger than the
   stock (an alert); a later stock far below or above the remainder is a warning (beyond the tolerance).
   When they agree there is no finding: a note that fits is not a disagreement.

What a finding carries (``Carried``): its stocks and only the outflows its verdict rests on, the largest
first until the verdict they give alone is the verdict of the whole sum (at least ``NAMED_FLOWS`` of them, for
the reader to check some by hand). The other outflows in the sum are named by their total, their number,
their series and their days, not as claims: a place's outflows recur with every stock set against them, and
carrying each in each finding made a ledger's findings grow with (stocks x flows). So a finding is listed
under, and found from, only the claims it names (its stocks and those outflows: ``finding_claims``); a claim
or a series whose outflows are only in the rest does not list it (docs/reconcile.md, "Checks").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from headcount.lexicons.groups import comparable, is_part_of
from headcount.reconcile.findings import Finding, FindingType, Severity, day, fmt, rng
from headcount.reconcile.labels import place_label
from headcount.reconcile.outflow_sums import OutflowSums
from headcount.reconcile.pairing import unchecked
from headcount.reconcile.series import Report, Series

STOCK_EVENTS = ("besieged", "population")
OUTFLOW_EVENTS = ("evacuated", "displaced", "killed", "surrendered")

#: outflows this many times the stock count a wider place or group than the stock, not the same people
FLOW_SCOPE_RATIO = 20

#: outflows a finding names one by one even when its verdict rests on fewer (the largest of the sum)
NAMED_FLOWS = 3


@dataclass(frozen=True, slots=True)
class Segment:
    """An outflow report as a half-open window of days (a, b] with the number it says at least left."""

    a: date
    b: date
    value: float
    report: Report


def segment(r: Report) -> Segment | None:
    if r.end is None or r.low is None or r.expected or r.first.parent_id is not None:
        return None
    if r.kind == "increment":
        if r.start is None:
            return None  # a window of unknown days may lie before the stock
        a = r.start if r.start < r.end else r.end - timedelta(days=1)
    elif r.kind == "cumulative":
        if r.start is None:
            return None  # since when? an unstated origin may lie before the stock
        a = r.start - timedelta(days=1)
    else:
        return None
    return Segment(a, r.end, float(r.low), r)


def largest_disjoint(segments: Sequence[Segment]) -> tuple[float, list[Segment]]:
    """The largest sum of segments whose windows do not overlap, and those segments (in time order)."""
    segs = sorted(segments, key=lambda s: (s.b, s.a))
    ends = [s.b for s in segs]
    best: list[float] = [0.0] * (len(segs) + 1)
    take: list[bool] = [False] * len(segs)
    prev: list[int] = []
    for i, s in enumerate(segs):
        j = bisect_right(ends, s.a, 0, i)  # segments 0..j-1 end on or before this one starts
        prev.append(j)
        with_it = best[j] + s.value
        if with_it > best[i]:
            best[i + 1] = with_it
            take[i] = True
        else:
            best[i + 1] = best[i]
    chosen: list[Segment] = []
    i = len(segs) - 1
    while i >= 0:
        if take[i]:
            chosen.append(segs[i])
            i = prev[i] - 1
        else:
            i -= 1
    return best[-1], chosen[::-1]


def outflow(flows: Sequence[Report | Segment], since: date, until: date) -> tuple[float, list[Segment]]:
    """At least how many left between ``since`` (the stock's day) and ``until``, and the reports used.

    ``flows`` may be reports or their segments already worked out (a ledger's worth of stocks reuses them).
    """
    segs = [s for r in flows if (s := (r if isinstance(r, Segment) else segment(r))) is not None
            and s.a >= since - timedelta(days=1) and s.b <= until]
    return largest_disjoint(segs)


def _flows_for(stock_series: Series, all_series: Sequence[Series]) -> list[Report]:
    g = stock_series.key.group
    return [r for s in all_series
            if s.key.event in OUTFLOW_EVENTS and s.key.place == stock_series.key.place
            and (s.key.group == g or is_part_of(s.key.group, g)) and comparable(s.key.group, g)
            for r in s.reports]


def placed_stocks(series_list: Sequence[Series]) -> list[list[tuple[Series, Report]]]:
    """The dated stock reports of each (place, group) with a place, earliest first, in the order the places
    first appear: what ``stock_and_flow`` sets against the outflows and later stocks of that place."""
    stocks: dict[tuple[str | None, str], list[tuple[Series, Report]]] = defaultdict(list)
    for s in series_list:
        if s.key.event in STOCK_EVENTS:
            for r in s.reports:
                if r.kind == "stock" and r.end is not None and not r.expected and (r.low or r.high):
                    stocks[(s.key.place, s.key.group)].append((s, r))
    out = []
    for (place, _group), items in stocks.items():
        if place is not None:
            items.sort(key=lambda sr: sr[1].end or date.min)
            out.append(items)
    return out


def stock_and_flow(series_list: Sequence[Series], tolerance: float = 0.10) -> list[Finding]:
    """Stocks minus the outflows reported since, against later stocks, for every place with both."""
    out: list[Finding] = []
    for items in placed_stocks(series_list):
        reports = _flows_for(items[0][0], series_list)
        if not reports:
            continue
        flows = [seg for r in reports if (seg := segment(r)) is not None]
        spans = _Spans(flows)  # one place's outflows between two days: one pass per stock day
        last_flow = max((r.end for r in reports if r.end is not None), default=None)
        later = _LaterCounts(items)
        for series0, s0 in items:
            assert s0.end is not None
            if last_flow is not None and last_flow > s0.end:
                f = _beyond(series0, s0, spans, last_flow, tolerance)
                if f:
                    out.append(f)
            for s1 in later.after(s0.end):  # compare with each party's later counts
                f = _against_later(series0, s0, s1, spans, tolerance)
                if f:
                    out.append(f)
    return out


class _LaterCounts:
    """The later stocks a stock is set against: of each party counting after its day, that party's last count,
    the parties in the order they first count after it. ``items``: one place's stocks, sorted by day.

    Why: the stocks after each stock were listed and walked stock by stock, which grows with the square of a
    place's stocks (the bench's places gain stocks every round: Donetsk's unit at 1M holds 1,278 stock reports,
    1.22 -> 0.96 s of CPU with this; the outflow sums, ``_Spans``, are the rest). The stocks after a day are a
    suffix of ``items`` (found by bisection); each party's last count in it is its last count of all, and its
    first there is found by bisection in its own positions: parties x log(stocks) a stock, the same reports in
    the same order as the walk gave."""

    def __init__(self, items: Sequence[tuple[Series, Report]]) -> None:
        self.items = items
        self.ends = [r.end or date.min for _, r in items]
        self.at: dict[str, list[int]] = defaultdict(list)  # party -> the positions of its stocks, ascending
        for i, (_, r) in enumerate(items):
            self.at[r.party.key].append(i)

    def after(self, end: date) -> list[Report]:
        u = bisect_right(self.ends, end)  # the stocks after ``end`` are items[u:]
        firsts = sorted((pos[bisect_left(pos, u)], pos[-1]) for pos in self.at.values() if pos[-1] >= u)
        return [self.items[last][1] for _, last in firsts]  # each a different party's last: no repeats


class _Spans(OutflowSums[Segment]):
    """``outflow`` over one place's flows for any pair of days: one scheduling pass per stock day answers every
    later day (``outflow_sums``). A place's stocks share their days (several parties' counts of one day, each
    set against every later party's count), and each pair of days asked again cost a pass over every flow of
    the place, then the scheduling of those inside it: the square of a place's size."""


@dataclass(frozen=True, slots=True)
class Carried:
    """The outflows of a finding's sum split in two: ``named`` (claims of the finding, in time order) and
    ``rest`` (referred to by their total, number, series and days)."""

    named: list[Segment]
    rest: list[Segment]

    @property
    def rest_total(self) -> float:
        return sum(s.value for s in self.rest)


def carried(used: Sequence[Segment], verdict: Callable[[float], object]) -> Carried:
    """The fewest of ``used`` whose sum alone gives ``verdict`` the answer the whole sum gives (the largest
    first; at least ``NAMED_FLOWS``): the outflows that explain, or fail to explain, the gap.

    Each verdict here is monotonic in the outflow (more outflow only widens an excess, narrows a remainder),
    so the largest-first prefix is the shortest that gives it; a subset of disjoint windows stays disjoint."""
    by_size = sorted(used, key=lambda s: (-s.value, s.b, s.a))
    want = verdict(sum(s.value for s in used))
    k, total = 0, 0.0
    while k < len(by_size) and (k < NAMED_FLOWS or verdict(total) != want):
        total += by_size[k].value
        k += 1
    named = sorted(by_size[:k], key=lambda s: (s.b, s.a))
    return Carried(named, sorted(by_size[k:], key=lambda s: (s.b, s.a)))


def _unchecked(*reports: Report) -> str:
    """What the arithmetic took on trust (said at the end of the finding), or nothing."""
    left = unchecked(*reports)
    return f" Not checked: {'; '.join(left)}." if left else ""


def _terms(c: Carried) -> str:
    """The sum's terms as the sentence writes them: each named outflow, then the rest by reference.

    The rest are not claims of the finding, so the sentence says so, says that their windows do not overlap
    (the reader adding them by hand counts no day twice), and names the command that lists their series."""
    terms = [f"{fmt(s.value)} ({s.report.party.name}, {day(s.b)})" for s in c.named]
    if c.rest:
        see = "; ".join(f"headcount series {k}" for k in dict.fromkeys(str(s.report.key) for s in c.rest))
        since = min(s.a for s in c.rest) + timedelta(days=1)
        n = len(c.rest)
        terms.append(f"{fmt(c.rest_total)} in {fmt(n)} more report{'s' if n > 1 else ''} over disjoint windows, "
                     f"{day(since)} to {day(max(s.b for s in c.rest))}, not listed ({see})")
    return " + ".join(terms)


def _flow_numbers(c: Carried) -> list[tuple[str, float]]:
    out = [(f"outflow_{i}", s.value) for i, s in enumerate(c.named)]
    if c.rest:
        out += [("outflow_rest", c.rest_total), ("rest_reports", float(len(c.rest)))]
    return out


def _flow_claims(c: Carried) -> tuple[str, ...]:
    return tuple(x for s in c.named for x in s.report.claim_ids)


def _beyond(series: Series, s0: Report, spans: _Spans, until: date, tolerance: float) -> Finding | None:
    assert s0.end is not None
    total, used = spans.outflow(s0.end, until)
    if not used or s0.high is None or total <= s0.high * (1 + tolerance):
        return None
    if total > s0.high * FLOW_SCOPE_RATIO:
        return None  # outflows many times the stock count a wider place or group, not this one
    high = s0.high
    c = carried(used, lambda t: t > high * (1 + tolerance))
    excess = total - s0.high
    computation = f"{_terms(c)} = {fmt(total)}; {fmt(total)} - {fmt(s0.high)} = {fmt(excess)} more than were there"
    explanation = (f"{s0.party.name} put {rng(s0.low, s0.high)} people in {place_label(series.key.place)} on {day(s0.end)}, "
                   f"but at least {fmt(total)} are reported leaving between then and {day(until)}, "
                   f"{fmt(excess)} more than were there ({computation}).{_unchecked(s0, *(u.report for u in used))}")
    return Finding(
        type=FindingType.STOCK_FLOW, key=str(series.key), severity=Severity.ALERT,
        claims=(*s0.claim_ids, *_flow_claims(c)), explanation=explanation,
        numbers=(("stock_high", float(s0.high)), *_flow_numbers(c),
                 ("outflow", total), ("excess", excess), *((("stock_low", float(s0.low)),) if s0.low else ())),
        computation=computation, parties=tuple(dict.fromkeys([s0.party.key, *(s.report.party.key for s in used)])),
    )


def later_verdict(s0: Report, s1: Report, total: float, tolerance: float) -> str | None:
    """A stock less ``total`` outflow against a later stock: "alert" (more left than were there), "fewer"
    or "more" (the later count beyond the tolerance below or above the remainder), or None (they fit)."""
    lo = s0.low - total if s0.low is not None else None
    hi = s0.high - total if s0.high is not None else None
    if hi is not None and hi < 0:
        return "alert"
    if lo is not None and s1.high is not None and s1.high * (1 + tolerance) < lo:
        return "fewer"
    if hi is not None and s1.low is not None and s1.low > hi * (1 + tolerance) and hi >= 0:
        return "more"
    return None


def _against_later(series: Series, s0: Report, s1: Report, spans: _Spans, tolerance: float) -> Finding | None:
    assert s0.end is not None and s1.end is not None
    total, used = spans.outflow(s0.end, s1.end)
    if not used:
        return None
    verdict = later_verdict(s0, s1, total, tolerance)
    if verdict is None:
        return None  # the counts fit: a note that fits is no finding
    c = carried(used, lambda t: later_verdict(s0, s1, t, tolerance))
    lo = s0.low - total if s0.low is not None else None
    hi = s0.high - total if s0.high is not None else None
    nums: list[tuple[str, float]] = [*_flow_numbers(c), ("outflow", total)]
    if s0.low is not None:
        nums += [("stock_low", float(s0.low)), ("implied_low", float(lo or 0))]
    if s0.high is not None:
        nums += [("stock_high", float(s0.high)), ("implied_high", float(hi or 0))]
    if s1.low is not None:
        nums.append(("later_low", float(s1.low)))
    if s1.high is not None:
        nums.append(("later_high", float(s1.high)))
    parts = []
    if s0.low is not None:
        parts.append(f"{fmt(s0.low)} - {fmt(total)} = {fmt(lo or 0)}")
    if s0.high is not None and s0.high != s0.low:
        parts.append(f"{fmt(s0.high)} - {fmt(total)} = {fmt(hi or 0)}")
    computation = f"outflow {_terms(c)} = {fmt(total)}; remainder " + ", ".join(parts)
    implied = rng(lo, hi)
    head = (f"{s0.party.name} put {rng(s0.low, s0.high)} in {place_label(series.key.place)} on {day(s0.end)}; at least "
            f"{fmt(total)} were reported leaving by {day(s1.end)}, which leaves {implied}")
    claims = (*s0.claim_ids, *_flow_claims(c), *s1.claim_ids)
    # every party whose figures went into the sum, named or referred to: a party's findings are those it is in
    parties = tuple(dict.fromkeys([s0.party.key, *(s.report.party.key for s in used), s1.party.key]))
    later = f"{s1.party.name} counts {rng(s1.low, s1.high)} on {day(s1.end)}"
    if verdict == "alert":
        sev, tail = Severity.ALERT, "more left than were there"
    elif verdict == "fewer":
        assert lo is not None and s1.high is not None
        gap = lo - s1.high
        nums.append(("unexplained", gap))
        computation += f"; {fmt(lo)} - {fmt(s1.high)} = {fmt(gap)}"
        sev, tail = Severity.WARNING, (f"{fmt(gap)} fewer than the remainder: either the first count was too "
                                       f"high or {fmt(gap)} more left or died than reported")
    else:
        assert hi is not None and s1.low is not None
        gap = s1.low - hi
        nums.append(("unexplained", gap))
        computation += f"; {fmt(s1.low)} - {fmt(hi)} = {fmt(gap)}"
        sev, tail = Severity.WARNING, (f"{fmt(gap)} more than the remainder: either the first count was too "
                                       f"low or people arrived")
    explanation = f"{head}; {later}, {tail} ({computation}).{_unchecked(s0, s1, *(u.report for u in used))}"
    return Finding(type=FindingType.STOCK_FLOW, key=str(series.key), claims=claims, explanation=explanation,
                   numbers=tuple(nums), computation=computation, severity=sev, parties=parties)
