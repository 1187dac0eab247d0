"""Period dates after review 9: a window never starts after it ends, a time of day is no day of the month, a
statement day anchors only the figure whose clause its verb of saying governs, a stated year is kept, an
expected flow's month lies ahead, and a window counted from an event ("within 72 hours of the vote") is
undated. Texts written for these tests, about crises not in the data (a cyclone in Mozambique, a landslide in
Papua New Guinea, a siege of a made-up town). Publication days: 2031-03-06 is a Thursday, 2031-05-18 and
2031-09-14 are Sundays, 2031-09-15 a Monday."""

from __future__ import annotations

import datetime as dt

import pytest

from headcount.extract.period_dates import ordered_window, resolve_dates
from headcount.extract.pipeline import extract
from headcount.models import Claim


def _claim(text: str, figure: str, published: str) -> Claim:
    return next(c for c in extract(text, published) if c.figure.endswith(figure))


def _on(day: str) -> dt.date:
    return dt.date.fromisoformat(day)


# 3. The last bound is resolved first; the first is put on or before it.

def test_dates_across_a_year_end_keep_their_order() -> None:
    assert resolve_dates("between 28 December and 3 January", _on("2031-01-02")) == ("2029-12-28", "2030-01-03")


def test_dates_across_a_year_end_after_it() -> None:
    # negative: published after the second date, both bounds are the nearest ones
    assert resolve_dates("between 28 December and 3 January", _on("2031-01-05")) == ("2030-12-28", "2031-01-03")


def test_weekdays_across_a_week_end_keep_their_order() -> None:
    assert resolve_dates("between Friday and Monday", _on("2031-05-18")) == ("2031-05-09", "2031-05-12")
    assert resolve_dates("on sunday and monday", _on("2031-09-14")) == ("2031-09-07", "2031-09-08")


def test_weekdays_in_order_stay_as_they_were() -> None:
    # negative: Sunday and Monday told on a Tuesday are the two days just past
    assert resolve_dates("on Sunday and Monday", _on("2031-09-16")) == ("2031-09-14", "2031-09-15")


def test_a_window_that_starts_after_it_ends_is_no_window() -> None:
    assert ordered_window("2031-05-16", "2031-05-12") == (None, None)
    assert ordered_window("2031-05-12", "2031-05-16") == ("2031-05-12", "2031-05-16")
    assert ordered_window(None, "2031-05-16") == (None, "2031-05-16")


# 1. A time of day before a date is not an earlier day of the month.

@pytest.mark.parametrize(("phrase", "expected"), [
    ("as of 5 pm on 3 September", (None, "2031-09-03")),
    ("since 6 am on 1 September", ("2031-09-01", "2031-09-15")),
    ("as at 8am on 12 September", (None, "2031-09-12")),
])
def test_a_time_of_day_is_no_day_of_the_month(phrase: str, expected: tuple[str | None, str | None]) -> None:
    assert resolve_dates(phrase, _on("2031-09-15")) == expected


def test_a_time_of_day_end_to_end() -> None:
    c = _claim("As of 7am on 11 September, the landslides in Enga had killed 212 villagers.", "212", "2031-09-15")
    assert (c.period_start, c.period_end) == (None, "2031-09-11")


def test_a_list_of_days_keeps_its_first_day() -> None:
    # negative: a day followed by "and" and another day is one bound of a list
    assert resolve_dates("between 3 and 5 September", _on("2031-09-15")) == ("2031-09-03", "2031-09-05")
    assert resolve_dates("from 3 to 5 September", _on("2031-09-15")) == ("2031-09-03", "2031-09-05")


# 2. A statement day moves only the window of the figure its verb of saying introduces.

@pytest.mark.parametrize(("text", "figure", "start", "end"), [
    ("Shelling of Mavaro killed 62 civilians yesterday, up from 38 reported on Sunday.", "62",
     "2031-03-05", "2031-03-05"),
    ("Cholera killed 71 people in Zambezia in the past 24 hours, more than the 26 that the health office "
     "reported on Monday.", "71", "2031-03-06", "2031-03-06"),
])
def test_a_statement_day_of_another_figure_does_not_move_the_window(text: str, figure: str, start: str,
                                                                   end: str) -> None:
    c = _claim(text, figure, "2031-03-06")
    assert (c.period_start, c.period_end) == (start, end)


def test_a_participle_of_saying_on_another_figure_does_not_move_the_window() -> None:
    c = _claim("Cholera killed 31 people in Zambezia in the past 24 hours, bringing the toll to 480 from the 449 "
               "announced on Monday.", "31", "2031-03-06")
    assert (c.period_start, c.period_end) == ("2031-03-06", "2031-03-06")


def test_a_statement_day_of_the_figures_own_verb_moves_the_window() -> None:
    # negative: the verb of saying introduces the figure's clause
    c = _claim("The health office said on Monday that 71 people had died of cholera in Zambezia in the past "
               "24 hours.", "71", "2031-03-06")
    assert (c.period_start, c.period_end) == ("2031-03-03", "2031-03-03")


# 4. A stated year is part of the phrase.

@pytest.mark.parametrize(("text", "figure", "start", "end"), [
    ("About 8,600 families were displaced in Sofala in June 2023.", "8,600", "2023-06-01", "2023-06-30"),
    ("Some 130 fishermen drowned between 24 and 25 August 2029 off Beira.", "130", "2029-08-24",
     "2029-08-25"),
    ("Floods in Sofala killed 57 people in May 2029.", "57", "2029-05-01", "2029-05-31"),
])
def test_a_stated_year_dates_the_month(text: str, figure: str, start: str, end: str) -> None:
    c = _claim(text, figure, "2031-03-05")
    assert (c.period_start, c.period_end) == (start, end)


def test_a_month_with_no_year_is_the_last_one() -> None:
    # negative: without a year, June told in March is last year's
    c = _claim("About 8,600 families were displaced in Sofala in June.", "8,600", "2031-03-05")
    assert (c.period_start, c.period_end) == ("2030-06-01", "2030-06-30")


# 5. An expected flow's month lies ahead.

def test_an_expected_flows_month_lies_ahead() -> None:
    assert resolve_dates("in June", _on("2031-03-05"), future=True) == ("2031-06-01", "2031-06-30")
    assert resolve_dates("through October", _on("2031-03-05"), future=True) == (None, "2031-10-31")


def test_an_expected_flows_month_lies_ahead_end_to_end() -> None:
    c = _claim("Planners expect that 2,400 households will be moved off the Enga slopes in July.", "2,400",
               "2031-03-05")
    assert (c.period_start, c.period_end) == ("2031-07-01", "2031-07-31")


def test_a_past_flows_month_lies_behind() -> None:
    # negative
    assert resolve_dates("in June", _on("2031-03-05")) == ("2030-06-01", "2030-06-30")
    assert resolve_dates("through October", _on("2031-03-05")) == (None, "2030-10-31")


# 6. A window counted from an event is undated; a window to a date ends on it.

def test_a_window_counted_from_an_event_is_undated() -> None:
    c = _claim("Some 90 fighters were killed within 48 hours of the truce in Mavaro breaking down.", "90",
               "2031-03-05")
    assert (c.period_start, c.period_end) == (None, None)


def test_a_window_counted_back_from_publication_is_dated() -> None:
    # negative
    c = _claim("Some 90 fighters were killed within 48 hours in Mavaro.", "90", "2031-03-05")
    assert (c.period_start, c.period_end) == ("2031-03-04", "2031-03-05")


def test_a_window_to_a_date_of_the_month_ends_on_it() -> None:
    c = _claim("In the 24 hours to 18 May, 33 new cholera deaths were recorded in Zambezia.", "33", "2031-05-20")
    assert (c.period_start, c.period_end) == ("2031-05-18", "2031-05-18")


# 9. "said yesterday" dates the statement.

def test_said_yesterday_anchors_the_window() -> None:
    c = _claim("The health office said yesterday that 71 people had died of cholera in the past 24 hours.", "71",
               "2031-03-01")
    assert (c.period_start, c.period_end) == ("2031-02-28", "2031-02-28")


# 11 and 14. Slices at Sunday, Monday and year-end publication.

@pytest.mark.parametrize(("phrase", "published", "expected"), [
    ("last week", "2031-01-05", ("2030-12-30", "2031-01-05")),  # Sunday: the week ending that day
    ("last week", "2031-01-06", ("2030-12-30", "2031-01-05")),  # Monday: the week just ended
    ("last month", "2031-01-01", ("2030-12-01", "2030-12-31")),
    ("this month", "2032-03-01", ("2032-03-01", "2032-03-01")),
    ("in February", "2032-03-01", ("2032-02-01", "2032-02-29")),
    ("this week", "2031-09-14", ("2031-09-08", "2031-09-14")),
    ("this week", "2031-09-15", ("2031-09-15", "2031-09-15")),
    ("yesterday", "2031-01-01", ("2030-12-31", "2030-12-31")),
])
def test_slices_at_awkward_publication_days(phrase: str, published: str,
                                            expected: tuple[str | None, str | None]) -> None:
    assert resolve_dates(phrase, _on(published)) == expected


# 17. "since" a date of the month, told on a day, runs to that day.

def test_since_a_date_told_on_a_day_ends_on_it() -> None:
    c = _claim("The health office said on Friday that 71 people had died of cholera in Zambezia since 1 March.", "71",
               "2031-03-10")
    assert (c.period_start, c.period_end) == ("2031-03-01", "2031-03-07")


def test_on_a_date_told_on_a_day_stays_that_date() -> None:
    # negative: a date of the month that is no origin is its own day
    assert resolve_dates("on 4 March", _on("2031-03-10")) == ("2031-03-04", "2031-03-04")
