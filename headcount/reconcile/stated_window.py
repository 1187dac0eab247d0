"""A count over a window the text states in words, though the days were not resolved, is not a total.

``pairing.total_like`` reads an increment with no days as a total since some origin: "42 surrendered" on no
stated window may be everyone so far. But an increment whose own words state a window of time ("in the first
two weeks of July", "over the past 24 hours", "on Thursday" in an undated text) counts that window only, even
when the dating could not turn the words into days: set against a total since an origin years back ("over a
million displaced since the conflict began") it is a part of it, not a second figure for it. Such a figure is
a window of unknown days: compared with nothing outside its document (``pairing``: "different windows") and,
inside it, with other windows only.

The words are English units of time and the calendar's weekday and month names (CLDR, through
``extract.calendar_words``); a window anchored on an event ("in an attack") names no time and stays
total-like.
"""

from __future__ import annotations

import re
from functools import cache

from headcount.extract.calendar_words import months, weekdays
from headcount.models import Claim

#: units of time whose presence in a period's words makes it a span of time
_UNITS = ("hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "overnight",
          "today", "yesterday", "tonight", "weekend")


@cache
def _time_word() -> re.Pattern[str]:
    names = {w.lower() for w in (*weekdays(), *months(abbreviated=False))}
    words = sorted({*_UNITS, *names}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE)


def window_in_words(c: Claim) -> bool:
    """An increment whose period's words name a span or a day of time, with no days resolved."""
    if c.period_kind != "increment" or c.period_start or c.period_end or not c.period:
        return False
    return bool(_time_word().search(c.period))
