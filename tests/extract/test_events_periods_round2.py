"""Events and periods read from constructions (issue 11, second round): implicative verbs, a relative
clause on the counted noun, a clause of its own after a comma, capacities, restatements in other units,
the start of an operation, a toll broken down after a running total, counts of no listed event.

Every sentence is written for this file (no run of words from the dev texts); each construction has at
least two sentences in different words so that a phrase match cannot pass them all.
"""

from __future__ import annotations

import pytest

from headcount import extract
from headcount.extract import linguistic
from headcount.models import Claim

needs_model = pytest.mark.skipif(not linguistic.available(), reason="needs the English spaCy model")


def _claim(text: str, figure: str) -> Claim:
    claims = [c for c in extract(text, published="2024-05-20") if c.figure == figure]
    assert claims, f"no claim for {figure!r} in {text!r}"
    return claims[0]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("More than 6,200 residents managed to leave the northern quarter, the agency said.", "More than 6,200"),
        ("About 900 villagers were able to flee across the river before the bridge fell.", "About 900"),
        ("Some 3,000 families were forced to leave their farms when the militia arrived.", "Some 3,000"),
        ("At least 450 students had to flee the campus overnight.", "At least 450"),
    ],
)
def test_implicative_verbs_make_the_complement_actual(text: str, figure: str) -> None:
    """'managed to leave', 'were able to flee', 'had to flee': the leaving happened."""
    assert _claim(text, figure).modality == "actual"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Officials said 5,000 more residents could flee should the dam fail.", "5,000"),
        ("The convoy is set to evacuate 1,200 patients next week.", "1,200"),
    ],
)
def test_plans_stay_expected(text: str, figure: str) -> None:
    assert _claim(text, figure).modality == "expected"


@needs_model
@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("31 villagers who were kept hostage by a gang left the district on Sunday evening.",
         "31", "evacuated"),
        ("Some 400 sailors who had been detained at the port were released on Friday.", "Some 400", "released"),
    ],
)
def test_main_verb_over_relative_clause(text: str, figure: str, event: str) -> None:
    """The verb the counted noun is the subject of tells what happened to them; the relative clause on
    the noun only says who they are."""
    assert _claim(text, figure).event == event


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("The number of civilians killed across the region passed 4,300 in March, when the rebels captured "
         "the airport.", "4,300", "killed"),
        ("Relief workers counted 2,700 people killed by the floods, after the river swept away the bridge.",
         "2,700", "killed"),
    ],
)
def test_event_search_stops_at_a_clause_of_its_own(text: str, figure: str, event: str) -> None:
    """', when the rebels captured ...': the subordinate clause has a subject of its own."""
    assert _claim(text, figure).event == event


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The brigade lost 14 soldiers in the ambush near the pass.", "14"),
        ("We lost three relatives in the shelling last night, the farmer said.", "three"),
    ],
)
def test_lose_with_a_count_of_people_is_a_death(text: str, figure: str) -> None:
    assert _claim(text, figure).event == "killed"


def test_people_who_lost_their_homes_are_not_dead() -> None:
    assert _claim("About 2,300 families lost their homes in the fire.", "About 2,300").event == "displaced"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The small boats could carry only four passengers apiece through the flooded streets.", "four"),
        ("Rescuers said the lift can take just six workers at a time.", "six"),
        ("The ferry can hold 40 people on each crossing, the captain said.", "40"),
    ],
)
def test_capacity_is_other_and_a_stock(text: str, figure: str) -> None:
    """A distributive after the noun phrase ('apiece', 'at a time', 'on each crossing'): how many fit."""
    claim = _claim(text, figure)
    assert (claim.event, claim.period_kind) == ("other", "stock")


def test_a_rate_over_time_is_not_a_capacity() -> None:
    claim = _claim("About 3,000 refugees each day crossed into the neighbouring province.", "About 3,000")
    assert claim.event == "evacuated"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Since the offensive began, the total number of IDPs reached 3,100 families, corresponding to "
         "18,600 individuals.", "3,100", "18,600"),
        ("The agency registered 920 households, equivalent to 5,400 people, displaced since the storm.",
         "920", "5,400"),
    ],
)
def test_restatement_in_other_units_shares_event_and_period(text: str, first: str, second: str) -> None:
    a, b = _claim(text, first), _claim(text, second)
    assert (b.event, b.period_kind) == (a.event, a.period_kind)
    assert b.event == "displaced"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The evacuation of 4,000 fighters and their relatives from the old city began on Wednesday.",
         "4,000"),
        ("Officials announced the start of the withdrawal of 2,600 troops from the border zone.", "2,600"),
        ("The army said 3,500 gunmen with their relatives have begun to be moved out of the valley.", "3,500"),
    ],
)
def test_an_operation_beginning_counts_its_total(text: str, figure: str) -> None:
    """The figure an operation is to move, in a clause telling that it began, is that operation's total."""
    assert _claim(text, figure).period_kind == "cumulative"


def test_a_slice_of_an_operation_stays_an_increment() -> None:
    text = "On Monday, 350 people were evacuated from the stadium."
    assert _claim(text, "350").period_kind == "increment"


def test_breakdown_after_a_running_total_is_cumulative() -> None:
    """An undated toll with nothing named that it is the toll of, after a running total."""
    text = ("The death toll among villagers in the valley has risen to 410, the monitor said.\n"
            "According to its figures, the town of Arvel recorded 85 deaths while the hamlet of Seno counted "
            "32 fatalities.")
    assert _claim(text, "85").period_kind == "cumulative"
    assert _claim(text, "32").period_kind == "cumulative"


def test_breakdown_after_a_single_day_stays_an_increment() -> None:
    text = ("On Tuesday gunmen killed 12 people in the market, police said.\n"
            "The hospital recorded 9 deaths among the wounded.")
    assert _claim(text, "9").period_kind == "increment"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The agency said it had deployed 60 volunteers to the flooded districts during the war.", "60"),
        ("The rebels, backed by an estimated 3,000 foreign troops, advanced on the capital.",
         "an estimated 3,000"),
    ],
)
def test_a_count_of_no_listed_event_without_a_window_is_a_stock(text: str, figure: str) -> None:
    claim = _claim(text, figure)
    assert (claim.event, claim.period_kind) == ("other", "stock")


def test_displacement_counted_from_an_origin_is_cumulative() -> None:
    text = "Since the floods began, the running count of IDPs has climbed to 7,400 people."
    assert _claim(text, "7,400").period_kind == "cumulative"


def test_shelter_since_a_day_stays_a_stock() -> None:
    text = "About 2,000 displaced people have been sheltering in the stadium since Friday."
    assert _claim(text, "About 2,000").period_kind == "stock"


@needs_model
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Several villagers said they had not heard from relatives in the hills since the storm.", "Several"),
        ("Two nurses told reporters that the clinic had no more medicine.", "Two"),
    ],
)
def test_informants_have_no_event_and_no_period(text: str, figure: str) -> None:
    """The subject of a verb of saying counts who told (gold Periods: informants have no period)."""
    claim = _claim(text, figure)
    assert (claim.event, claim.period_kind) == ("other", None)


def test_residents_who_live_somewhere_stay_a_population() -> None:
    claim = _claim("About 12,000 residents live in the old town, the mayor said.", "About 12,000")
    assert claim.event == "population"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("After the tremor, some 40,000 residents were sleeping outdoors in the capital.", "some 40,000"),
        ("Thousands of families remain under tarpaulins on the hillside, aid workers said.", "Thousands"),
    ],
)
def test_people_without_a_roof_are_displaced_a_stock(text: str, figure: str) -> None:
    """Sleeping outdoors or under tarpaulins after a disaster is displacement as a state."""
    claim = _claim(text, figure)
    assert (claim.event, claim.period_kind) == ("displaced", "stock")
