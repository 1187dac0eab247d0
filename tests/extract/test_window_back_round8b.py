"""A window measured back from the day it is told on ("in the past 24 hours", "the past day"), and the
window that opens a quotation after a verb of saying (round 8b). Texts written for these tests."""

from __future__ import annotations

from headcount.extract.pipeline import extract

_FRIDAY = "2025-03-14"


def _dates(text: str, figure: str) -> tuple[str | None, str | None, str | None]:
    claim = next(c for c in extract(text, _FRIDAY) if c.figure == figure)
    return claim.period, claim.period_start, claim.period_end


def test_quoted_window_after_saying_is_the_flows_window() -> None:
    # before: the verb of saying three tokens back made "Over the past" the day of the saying; only "hours" stayed
    text = ("Crews are still searching the estuary, the harbour master told us: \u201cIn the past 24 hours our "
            "boats have brought 41 fishermen ashore at Quelimane.\u201d")
    assert _dates(text, "41") == ("In the past 24 hours", _FRIDAY, _FRIDAY)


def test_day_of_saying_is_still_not_a_window() -> None:
    # negative: no colon or quotation mark between the verb of saying and the day
    text = "Some 41 fishermen were rescued off Quelimane, the navy said on Friday."
    period, start, end = _dates(text, "Some 41")
    assert period is None and (start, end) == (_FRIDAY, _FRIDAY)


def test_past_day_without_a_count_is_one_day() -> None:
    assert _dates("In the past day, 41 fishermen were rescued off Quelimane, the navy said.", "41") == (
        "In the past day", _FRIDAY, _FRIDAY)


def test_24_hours_meets_a_dated_count_of_that_day() -> None:
    window = _dates("The navy rescued 41 fishermen off Quelimane in the last 24 hours.", "41")[1:]
    dated = _dates("On Friday the coastguard rescued 44 fishermen off Quelimane.", "44")[1:]
    assert window == dated == (_FRIDAY, _FRIDAY)


def test_longer_window_counts_back_including_the_day() -> None:
    # negative: three days are three days, not one, and not four
    text = "The navy rescued 41 fishermen off Quelimane over the past three days."
    assert _dates(text, "41")[1:] == ("2025-03-12", _FRIDAY)


def test_a_last_week_of_a_month_is_no_window_counted_back() -> None:
    # negative: "the last week of May" and "the last day of fighting" are slices named by what they belong to
    assert _dates("In the last week of May, 41 fishermen were rescued off Quelimane.", "41")[1:] == (None, None)
    assert _dates("On the last day of fighting, 41 fishermen were rescued off Quelimane.", "41")[1:] == (None, None)


def test_hours_past_a_day_reach_into_the_day_before() -> None:
    text = "The navy rescued 41 fishermen off Quelimane over the past 36 hours."
    assert _dates(text, "41")[1:] == ("2025-03-13", _FRIDAY)
