"""Period phrases turned into calendar days must never raise, whatever the phrase and publication date:
the phrase comes from arbitrary news text, and one bad date must not lose the whole document."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import headcount
from headcount.extract.period_dates import resolve_dates

_WORDS = ["by", "since", "until", "as of", "past", "last", "in the", "days", "weeks", "hours", "yesterday",
          "today", "Thursday", "February", "29", "31", "1000000", "Feb.", "March", "so far", "0"]


def test_a_deadline_on_29_february_after_a_leap_year_publication_gives_no_date_and_no_crash() -> None:
    claims = headcount.extract(
        "Health workers said 35 households had quit the hamlet by 29 February, a relief agency reported.",
        published="2028-02-27",
    )
    assert [c.low for c in claims] == [35]
    assert resolve_dates("by 29 February", dt.date(2028, 2, 27)) == (None, None)


def test_29_february_before_publication_in_a_leap_year_resolves() -> None:
    assert resolve_dates("by 29 February", dt.date(2028, 3, 5)) == (None, "2028-02-29")


def test_a_window_beyond_the_calendar_gives_nothing() -> None:
    assert resolve_dates("in the past 1000000 days", dt.date(2024, 1, 1)) == (None, None)
    assert resolve_dates("yesterday", dt.date(1, 1, 1)) == (None, None)


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(_WORDS) | st.from_regex(r"\A[0-9]{1,9}\Z"), min_size=1, max_size=5),
    published=st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    future=st.booleans(),
)
def test_resolve_dates_never_raises(words: list[str], published: dt.date, future: bool) -> None:
    start, end = resolve_dates(" ".join(words), published, future)
    for day in (start, end):
        assert day is None or dt.date.fromisoformat(day) is not None
