"""Periods of flows: one incident's toll is an increment, a war's or a disaster's is its running total;
"since <day>" runs from that day to publication. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from headcount import extract
from headcount.extract.calendar_words import month_number, months, weekday_number, weekdays
from headcount.extract.when import resolve_dates


def _claim(text: str, figure: str, published: str = "2024-03-14"):  # type: ignore[no-untyped-def]
    found = [c for c in extract(text, published=published) if c.figure == figure]
    assert found, f"no claim for {figure!r} in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        # one incident: an increment, even with no day given
        ("A drone strike on the market killed 19 shoppers.", "19", "increment"),
        ("At least 33 passengers died when the ferry capsized near the delta.", "At least 33", "increment"),
        ("Eleven climbers were killed in an avalanche below the pass.", "Eleven", "increment"),
        # a war or a disaster: its running total
        ("More than 4,100 people died in the earthquake, the agency said.", "More than 4,100", "cumulative"),
        ("The floods have killed 1,350 people across the delta.", "1,350", "cumulative"),
        ("Nearly 9,000 civilians were killed during the fighting.", "Nearly 9,000", "cumulative"),
        # the day that dates the disaster is not the window of the toll
        ("Officials said 870 people died in the quake that struck on Friday.", "870", "cumulative"),
        ("Some 640 were injured in Friday's earthquake, the ministry said.", "Some 640", "cumulative"),
        # a planned count with no window is the total of what is planned
        ("Up to 90,000 residents will flee once the dam fails, engineers warned.", "Up to 90,000", "cumulative"),
        # a window still wins over the whole it belongs to
        ("During the war, 2,300 people were killed in the past week alone.", "2,300", "increment"),
    ],
)
def test_whole_or_incident(text: str, figure: str, kind: str) -> None:
    assert _claim(text, figure).period_kind == kind


@pytest.mark.parametrize(
    ("text", "figure", "period", "start", "end"),
    [
        # published Thursday 2024-03-14
        ("More than 6,000 people have fled the valley since Monday.", "More than 6,000", "since Monday",
         "2024-03-11", "2024-03-14"),
        ("About 850 residents have left since yesterday, officials said.", "About 850", "since yesterday",
         "2024-03-13", "2024-03-14"),
        ("Some 12,500 have crossed the river since last week.", "Some 12,500", "since last week",
         "2024-03-04", "2024-03-14"),
        ("At least 3,000 people have been evacuated since the start of the operation.", "At least 3,000",
         "since the start of the operation", None, "2024-03-14"),
    ],
)
def test_since_runs_to_publication(text: str, figure: str, period: str, start: str | None, end: str) -> None:
    c = _claim(text, figure)
    assert (c.period_kind, c.period, c.period_start, c.period_end) == ("cumulative", period, start, end)


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)),
       st.sampled_from(sorted(weekdays())))
def test_since_a_weekday_is_within_the_week_before(published: dt.date, day: str) -> None:
    start, end = resolve_dates(f"since {day.title()}", published)
    assert end == published.isoformat()
    assert start is not None
    first = dt.date.fromisoformat(start)
    assert 0 <= (published - first).days <= 6
    assert first.weekday() == weekday_number(day)


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)),
       st.sampled_from(sorted(weekdays())))
def test_on_a_weekday_is_one_day(published: dt.date, day: str) -> None:
    start, end = resolve_dates(f"on {day}", published)
    assert start == end and start is not None and start <= published.isoformat()


def test_calendar_names_come_from_cldr() -> None:
    assert months(abbreviated=False)["september"] == 9
    assert month_number("Sept.") == 9 and month_number("Sep") == 9  # en_GB and en abbreviations
    assert weekday_number("Thursday") == 3 and weekday_number("thu") == 3
    assert len(weekdays()) == 7 and len(months(abbreviated=False)) == 12
    assert month_number("Thursday") is None


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        # a toll with no period of its own takes the whole or the incident the text is about
        ("Cyclone lashes coast\n\nA cyclone made landfall on the southern coast overnight.\n\n"
         "Nearly 2,400 people died and more than 5,000 were injured, officials said.", "Nearly 2,400",
         "cumulative"),
        ("Market hit\n\nAn air strike hit a crowded market in the town of Bellam.\n\n"
         "At least 31 people died, medics said.", "At least 31", "increment"),
        # a figure added to a total named after it is the increment
        ("Rebels lost 14 more fighters, bringing the total to 310.", "14", "increment"),
        ("The raid killed four guards, pushing the death toll to at least 61.", "four", "increment"),
        # the toll of one incident the text is about is that incident's
        ("Ferry sinks\n\nA crowded ferry capsized on the lake at dawn.\n\nThe police raised the death toll "
         "to 48.", "48", "increment"),
        # a closed window between two dates
        ("The ministry recorded 52 deaths between 3 and 5 June, after the rains.", "52", "increment"),
    ],
)
def test_tolls_follow_the_document(text: str, figure: str, kind: str) -> None:
    assert _claim(text, figure).period_kind == kind


def test_a_count_with_no_event_is_a_stock() -> None:
    c = _claim("An estimated 900 volunteers are working in the camps.", "An estimated 900")
    assert (c.event, c.period_kind) == ("other", "stock")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Currently, 64 wounded fighters are receiving treatment at the district hospital.", "64"),
        ("About 310 people are still being treated in hospitals across the province.", "About 310"),
        ("Nearly 2,000 families have been sheltering in the stadium since the quake.", "Nearly 2,000"),
    ],
)
def test_the_progressive_is_a_state(text: str, figure: str) -> None:
    assert _claim(text, figure).period_kind == "stock"
