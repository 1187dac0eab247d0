"""The outflow sums of one place: for a stock's day and a later day, the largest sum of outflow windows that do
not overlap, inside those days (weighted interval scheduling), answered for every later day from one pass.

Why: ``stock_and_flow`` sets each stock against each party's latest later count and against the last outflow,
and each (stock's day, later day) pair filtered the place's outflows and ran the interval scheduling again:
(stock days x later days x outflows), the square of a place's size (a quarter of the 1M run's CPU went to the
place units; docs/scale.md, "Measured at 1M, tenth session").

How, exactly as before: the windows inside (since, until] are those starting on or after the day before
``since`` and ending on or before ``until``. Sorted by (end, start) (a stable sort, so ties keep the order
the flows came in, as ``stock_flow.largest_disjoint`` sorts them), those ending on or before ``until`` are a
prefix of those starting on or after the threshold. The scheduling runs forward, and its state after an
outflow depends only on the outflows before it, so one pass over the outflows starting after a stock's day
holds the pass of every later day: the sum for ``until`` is the pass's best over that prefix, and its
segments are read back from the end of that prefix by the same steps (the same sums, the same strict ``>``
on ties, the same segments). One pass per stock day instead of one per (stock day, later day).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Generic, Protocol, TypeVar


class Span(Protocol):
    """An outflow window (a, b] with the number it says at least left (``stock_flow.Segment``)."""

    @property
    def a(self) -> date: ...
    @property
    def b(self) -> date: ...
    @property
    def value(self) -> float: ...


S = TypeVar("S", bound=Span)


class _Pass(Generic[S]):
    """The scheduling over one threshold's outflows (sorted by end, start), kept for every prefix of them."""

    def __init__(self, segs: Sequence[S]) -> None:
        self.segs = segs
        self.ends = [s.b for s in segs]
        ends = self.ends
        best: list[float] = [0.0] * (len(segs) + 1)
        prev: list[int] = []
        last_take: list[int] = []  # the last outflow taken at or before each position, or -1
        taken = -1
        for i, s in enumerate(segs):
            j = bisect_right(ends, s.a, 0, i)  # outflows 0..j-1 end on or before this one starts
            prev.append(j)
            with_it = best[j] + s.value
            if with_it > best[i]:
                best[i + 1] = with_it
                taken = i
            else:
                best[i + 1] = best[i]
            last_take.append(taken)
        self.best, self.prev, self.last_take = best, prev, last_take

    def until(self, until: date) -> tuple[float, list[S]]:
        k = bisect_right(self.ends, until)  # the outflows ending on or before ``until``: a prefix
        chosen: list[S] = []
        i = self.last_take[k - 1] if k else -1
        while i >= 0:
            chosen.append(self.segs[i])
            j = self.prev[i] - 1
            i = self.last_take[j] if j >= 0 else -1
        return self.best[k], chosen[::-1]


class OutflowSums(Generic[S]):
    """``stock_flow.outflow`` over one place's outflow segments, for any (since, until): one scheduling pass
    per ``since`` (the last one kept: a place's stocks are asked in the order of their days), every ``until``
    read from it."""

    def __init__(self, segments: Sequence[S]) -> None:
        self.segs = sorted(segments, key=lambda s: (s.b, s.a))
        self.starts = [s.a for s in self.segs]
        self.since: date | None = None
        self.run: _Pass[S] = _Pass([])
        self.done: dict[date, tuple[float, list[S]]] = {}

    def outflow(self, since: date, until: date) -> tuple[float, list[S]]:
        """At least how many left between ``since`` and ``until``, and the segments of that sum (time order)."""
        if since != self.since:
            start = since - timedelta(days=1)
            self.since, self.done = since, {}
            self.run = _Pass([s for s, a in zip(self.segs, self.starts, strict=True) if a >= start])
        got = self.done.get(until)
        if got is None:
            got = self.done[until] = self.run.until(until)
        return got
