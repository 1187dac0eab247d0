"""Parts and wholes (gold convention 9) found in the round built on crisis half B: a count added to a running
total ("..., bringing the total to N"), and a breakdown whose events add up to a count of casualties."""

from __future__ import annotations

import pytest

from headcount import extract


def _claims(text: str) -> dict[str, tuple[str | None, str, str | None]]:
    """figure -> (its parent's figure, its event, its period text)."""
    claims = extract(text)
    return {c.figure: (claims[c.parent].figure if c.parent is not None else None, c.event, c.period)
            for c in claims}


# -- a count added to a running total ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "part", "whole"), [
    ("Divers pulled 41 bodies from the sunken ferry on Tuesday, taking the number of bodies recovered to 305.",
     "41", "305"),
    ("The army lost three more soldiers in the fighting, bringing the total to 64.", "three", "64"),
    ("About 1,200 refugees crossed into Chad over the weekend. This brings the total number of people who have "
     "fled the western province since April to more than 90,000.", "About 1,200", "more than 90,000"),
])
def test_a_count_added_to_a_running_total_is_its_part(text: str, part: str, whole: str) -> None:
    assert _claims(text)[part][0] == whole


def test_the_added_count_keeps_its_own_period() -> None:
    """The part is an increment of the total (gold Periods rule 5): it does not take the total's period."""
    claims = _claims("Rescuers found 12 more bodies on Sunday, bringing the death toll since the storm began to 87.")
    assert claims["12"][0] == "87"
    assert claims["12"][2] != claims["87"][2]


@pytest.mark.parametrize("text", [
    # the total is not larger than the count before it: no inclusion
    "At least 300 people fled on Monday, bringing the total to 300.",
    # a total without a verb that adds to it
    "Some 40 people were hurt, and the death toll stood at 75.",
    # a clause break between the verb and the total: the verb does not govern it
    "The storm killed 14 people, bringing floods to the valley; officials put the total at 120.",
])
def test_no_running_total_no_link(text: str) -> None:
    assert all(parent is None for parent, _, _ in _claims(text).values())


# -- the dead and the injured add up to the casualties -----------------------------------------------------

def test_deaths_and_injuries_that_add_up_to_casualties_are_their_parts() -> None:
    text = ("The agency recorded 211 storm-related casualties on Friday. The figures include 72 deaths and 139 "
            "injuries in the past day; and ~1,040 deaths and ~2,310 injuries since the rains began.")
    claims = _claims(text)
    assert claims["72"][:2] == ("211", "killed")
    assert claims["139"][:2] == ("211", "injured")


def test_deaths_and_injuries_that_do_not_add_up_stay_apart() -> None:
    text = ("The agency recorded 211 storm-related casualties on Friday. Separately, 70 deaths and 139 "
            "injuries were reported in the neighbouring province.")
    claims = _claims(text)
    assert claims["70"][0] is None and claims["139"][0] is None


# -- a breakdown adds up to a total given as a lower bound ---------------------------------------------------

def test_a_breakdown_that_adds_up_to_an_at_least_total_is_its_part() -> None:
    claims = _claims("At least 27 people died in the landslides, the ministry said. Of the victims, 19 died in "
                     "Ternopil and eight more in Lutsk.")
    assert claims["19"][0] == "At least 27"
    assert claims["eight"][0] == "At least 27"


def test_an_approximate_total_is_not_matched_by_a_sum() -> None:
    # (round 9: no fronted "Of the victims," here: that explicit partitive makes a part whatever the sum)
    claims = _claims("About 27 people died in the landslides, the ministry said. Police said 19 died in "
                     "Ternopil and eight more in Lutsk.")
    assert claims["19"][0] is None


# -- "were among those who died" points to the count of the main clause before -------------------------------

def test_among_those_who_died_takes_the_main_clause_count() -> None:
    text = ("At least 37 people have been killed in landslides in the past two days, officials said, as the toll "
            "from the monsoon season rose above 900. Twelve children and five women were among those who died.")
    claims = _claims(text)
    assert claims["Twelve"][0] == "At least 37"
    assert claims["five"][0] == "At least 37"


# -- "most of them in X (N), Y (N) and Z (N)" -------------------------------------------------------------

def test_a_list_of_places_with_bracketed_counts_after_most_of_them() -> None:
    text = ("As of 3 May, up to 212 deaths have been recorded across six districts, most of them in Kandy (81 "
            "deaths), Galle (40), and Matara (37), and 150 people have been injured.")
    claims = _claims(text)
    assert [claims[f][0] for f in ("81", "40", "37")] == ["up to 212"] * 3
    assert claims["150"][0] is None  # the next clause's count is not an item of the list


def test_bracketed_counts_without_an_opener_stay_apart() -> None:
    text = "Up to 212 deaths have been recorded across six districts: Kandy (81 deaths), Galle (40) and Matara (37)."
    claims = _claims(text)
    assert claims["40"][0] is None and claims["37"][0] is None
