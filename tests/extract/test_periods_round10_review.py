"""Periods round 10, after review: fixes to the round's rules. Texts written for these tests, about crises
not in the data (a made-up province, town and river; floods in Libya; a cyclone in Mozambique)."""

from __future__ import annotations

from headcount.extract.pipeline import extract
from headcount.models import Claim

_FRIDAY = "2026-09-18"


def _claim(text: str, figure: str, published: str = _FRIDAY) -> Claim:
    return next(c for c in extract(text, published) if c.figure == figure)


# A whole with a year is the whole's total; a shorter window on a whole, or a whole that only sets the
# scene, is a slice of it (gold Periods rules 1 and 2).

def test_whole_subject_with_a_year_is_its_total() -> None:
    c = _claim("Researchers now think the drought left about 3,000 herders dead across Kessa in 2019.", "about 3,000")
    assert c.period_kind == "cumulative"


def test_whole_with_a_week_is_a_slice() -> None:
    assert _claim("The war displaced 5,000 people last week.", "5,000").period_kind == "increment"


def test_whole_with_a_month_is_a_slice() -> None:
    assert _claim("The earthquake killed 400 people last month.", "400").period_kind == "increment"


def test_whole_as_setting_is_a_slice() -> None:
    c = _claim("During the siege, shelling killed 40 people last week.", "40")
    assert c.period_kind == "increment"


def test_second_window_of_a_whole_is_a_slice() -> None:
    c = _claim("The floods killed 12 people on Monday and 30 people this week.", "30")
    assert c.period_kind == "increment"
