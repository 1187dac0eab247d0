"""One day's news of an event: a count for that day beside a count with no window, both reported that day.

Why a module of its own: ``pairing.kinds_fit`` keeps a count over a stated window (a day, a week) apart from
a figure whose window the text does not give, because such a figure is read as a total since some origin
(``pairing.total_like``). That is right when days lie between them, but not for the day's news itself: when
one document, published on a day, counts an event on that day ("on Tuesday 41 fishermen were rescued") and
another document, published the same day, gives the same event's count with no window ("the coastguard
rescued 44 fishermen"), both are the count of what happened that day. A careful reader compares them; an
event count (an increment, not a total the text calls cumulative) reported on the day of the other's window
has no other day to be about.

The rule is narrow on purpose: both are increments of one series, in different documents, both documents
published on the same day; one count's stated window is that one day, the other states no window at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from headcount.reconcile.pairing import Facts


def _one_day(f: Facts) -> bool:
    """A count whose own words give a window of one day, the day its document was published."""
    c = f.report.first.claim
    return (f.kind == "increment" and bool(c.period_start or c.period_end) and f.start is not None
            and f.start == f.end and f.report.first.published == f.start.isoformat())


def _no_window(f: Facts) -> bool:
    """An event count whose text gives no window: its day is its document's publication day."""
    c = f.report.first.claim
    return (f.kind == "increment" and not (c.period_start or c.period_end) and f.end is not None
            and f.report.first.published == f.end.isoformat())


def reported_that_day(fa: Facts, fb: Facts) -> bool:
    """One document's count for its publication day and another document's count with no window, published
    the same day: one event's count, the same quantity (see the module's docstring)."""
    if fa.end is None or fa.end != fb.end or fa.event != fb.event:
        return False
    return (_one_day(fa) and _no_window(fb)) or (_one_day(fb) and _no_window(fa))
