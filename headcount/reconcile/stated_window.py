"""A count over a window the text states in words is a part of a total since a stated origin, not a rival.

An increment whose days the dating could not resolve is read as total-like (``pairing.total_like``): "42
surrendered" with no window may be everyone so far. But when its own words state a window of time ("in the
first two weeks of June", "overnight", "in recent days") and the other figure is a total whose own words
state an origin ("since the insurgency began in 2019", "since January"), the two count different spans: the
window's figure is a part of the total's, and a reader rejects a finding that sets 27 killed overnight
against more than 500 killed since January. ``pairing.pair_facts`` makes that refusal from ``window_in_words``
and ``origin_in_words``, read once per report into ``pairing.Facts`` (``window``, ``origin``, from every point
of the report, so the order of its documents does not decide it).

Only while the part fits in the whole (``fits_within``): a window whose figure is above the total's high end
("more than 300 detained overnight" beside "140 detained since the protests began on Friday") is a part larger
than its whole, an inconsistency a reader wants flagged, so the two are still compared.

Only against a stated origin: a window beside a total that states none ("137 people had been detained",
beside "more than 300 detained overnight") is most often the same event's count, and a real dispute.

The words: units of time (``lexicons/periods.toml`` [grammar] units), CLDR's weekday and month names
(``extract.calendar_words``) and ``lexicons/corrections.toml`` [stated_window] (times, origins); a window
anchored on an event ("in an attack") names no time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from headcount.extract.calendar_words import months, weekdays
from headcount.lexicons import load, validated
from headcount.models import Claim
from headcount.reconcile.series import Report

_TABLE = "stated_window"


def _validate(data: dict[str, Any]) -> Iterator[str]:
    table = data.get(_TABLE)
    if not isinstance(table, dict):
        yield f"[{_TABLE}] must be a table"
        return
    for key in ("times", "origins"):
        value = table.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            yield f"[{_TABLE}] {key!r} must be a non-empty list of non-empty strings"


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a word of time anywhere in a period, an origin word opening it), from the lexicons (cached)."""
    table = validated("corrections", _validate)[_TABLE]
    units = [u for u in load("periods").get("grammar", {}).get("units", []) if isinstance(u, str)]
    names = {w.lower() for w in (*weekdays(), *months(abbreviated=False))}
    words = sorted({*units, *table["times"], *names}, key=len, reverse=True)
    origins = sorted(table["origins"], key=len, reverse=True)
    return (re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE),
            re.compile(rf"^\W*(?:{'|'.join(map(re.escape, origins))})\b", re.IGNORECASE))


def window_in_words(c: Claim) -> bool:
    """An increment whose period's words name a span or a day of time, with no days resolved."""
    if c.period_kind != "increment" or c.period_start or c.period_end or not c.period:
        return False
    return bool(_words()[0].search(c.period))


def origin_in_words(c: Claim) -> bool:
    """A total whose period's words open with an origin ("since January", "since the war began")."""
    return c.period_kind == "cumulative" and bool(c.period) and bool(_words()[1].match(c.period or ""))


def fits_within(window: Report, total: Report) -> bool:
    """The window's figure is not above the total's high end (a part no larger than its whole); an open-ended
    total ("more than 400,000") holds any part."""
    return window.low is None or total.high is None or window.low <= total.high
