"""Places and periods, round 5 (built on half B's errors, kept only when half A held): a headline figure
matched to its body figure without the hedge; "by" with a date ends a running total; "since" right before
a count is a conjunction; rate units by week, month and year; the items of a bracketed list; a figure that
is the value of a possessed noun; a name after an infinitive. Each rule with a contrast it must leave
alone. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from place_helpers import location_of as _location
from place_helpers import needs_parse

from headcount.extract.pipeline import extract
from headcount.extract.rules import rules
from headcount.extract.when import find_cues, resolve_dates


def _claim(text: str, figure: str, nth: int = 0):  # type: ignore[no-untyped-def]
    found = [c for c in extract(text) if c.figure == figure]
    assert len(found) > nth, f"{figure!r} not extracted: {[c.figure for c in extract(text)]}"
    return found[nth]


# -- periods ---------------------------------------------------------------------------------------------

@needs_parse
def test_a_headline_figure_takes_the_period_of_its_hedged_body_figure() -> None:
    text = ("4,200 families return to Tarnow\n\n"
            "At least 4,200 families have returned to Tarnow since the ceasefire of 2 March, the regional "
            "office said on Friday.")
    body = _claim(text, "At least 4,200")
    head = _claim(text, "4,200")
    assert body.period_kind == "cumulative"
    assert head.period_kind == body.period_kind and head.period == body.period


@needs_parse
def test_a_headline_figure_does_not_borrow_from_a_different_number() -> None:
    text = ("4,200 families go home to Tarnow\n\n"
            "More than 4,300 families have returned to Tarnow since the ceasefire of 2 March, officials said.")
    assert _claim(text, "4,200").period is None


@needs_parse
def test_by_with_a_date_ends_a_running_total() -> None:
    text = "The mayor said 2,150 evacuees would all be back in their homes by 9 June, a Sunday."
    claim = _claim(text, "2,150")
    assert claim.period_kind == "cumulative"
    assert claim.period is not None and claim.period.startswith("by 9 June")


@needs_parse
def test_by_with_today_ends_a_running_total() -> None:
    assert _claim("Officials said 870 residents would be home by today.", "870").period_kind == "cumulative"


def test_by_with_an_amount_is_no_deadline() -> None:
    words = "daily arrivals rose by 12 in the week".split()
    assert not any(words[a] == "by" for a, _ in find_cues(words, rules()).cumulative)


@given(st.integers(min_value=1, max_value=28),
       st.sampled_from(["January", "April", "June", "October", "December"]))
def test_by_a_day_and_month_is_always_a_cumulative_cue(day: int, month: str) -> None:
    words = f"some 500 people had left by {day} {month} , officials said".lower().split()
    cues = find_cues(words, rules())
    assert any(words[a] == "by" for a, _ in cues.cumulative)


@needs_parse
def test_since_right_before_a_count_is_a_conjunction_not_an_origin() -> None:
    text = ("Relations between the two villages have been tense since dozens were killed in tribal clashes "
            "in 2009.")
    assert _claim(text, "dozens").period_kind == "increment"


@needs_parse
def test_since_before_a_date_stays_an_origin() -> None:
    text = "Dozens have been killed in tribal clashes since March, the council said."
    assert _claim(text, "Dozens").period_kind == "cumulative"


@needs_parse
def test_each_year_is_a_rate() -> None:
    text = "Thousands of people from the Sahel try to cross the desert into Libya each year."
    assert _claim(text, "Thousands").period_kind == "increment"


# -- places ----------------------------------------------------------------------------------------------

@needs_parse
def test_every_item_of_a_bracketed_list_is_its_own_place() -> None:
    text = ("As of 4 May, up to 118 deaths have been recorded across six regions, most of them in Kordofan "
            "(51 deaths), Sindh (29), and Punjab (17), and 140 people have been injured.")
    assert _location(text, "51") == "Kordofan"
    assert _location(text, "29") == "Sindh"
    assert _location(text, "17") == "Punjab"


@needs_parse
def test_a_bracket_that_is_no_list_item_adds_no_place() -> None:
    text = "In Kordofan (the worst hit), 51 people died and Relief Works (an agency) counted 29 more."
    assert _location(text, "51") == "Kordofan"


@needs_parse
def test_a_figure_that_is_the_value_of_a_possessed_noun_is_the_possessors() -> None:
    text = "Based on interviews with survivors in Kenya, the count is far higher than Somalia's official figure of 250."
    assert _location(text, "250") == "Somalia"


@needs_parse
def test_a_share_of_a_possessed_count_stays_with_the_possessor() -> None:
    text = "A quarter of Chad's 16 million people were living in the capital, N'Djamena, when the floods came."
    assert _location(text, "16 million") == "Chad"


@needs_parse
def test_a_name_after_an_infinitive_verb_is_no_place() -> None:
    text = "About 300 freed detainees hope to observe Passover at home this year, the ministry said."
    assert _location(text, "About 300") is None


@needs_parse
def test_a_known_place_after_an_infinitive_verb_stays_a_place() -> None:
    text = "Some 6,000 people fled as troops moved to retake Kherson from the militia."
    assert _location(text, "Some 6,000") == "Kherson"


@pytest.mark.parametrize("hedge", ["At least", "More than", "Over"])
@needs_parse
def test_a_headline_figure_takes_the_place_of_its_hedged_body_figure(hedge: str) -> None:
    text = (f"3,600 evacuees return home\n\n"
            f"{hedge} 3,600 evacuees have returned to their homes in Tarnow, the civil defence office said.")
    assert _location(text, "3,600") == "Tarnow"


def test_by_a_date_resolves_to_a_span_that_ends_on_that_date() -> None:
    assert resolve_dates("by 4 May", dt.date(2026, 6, 1)) == (None, "2026-05-04")
    assert resolve_dates("on 4 May", dt.date(2026, 6, 1)) == ("2026-05-04", "2026-05-04")
