"""Parts and wholes (gold convention 9) from the evidence a text gives beyond an opener word: the clause an
opener governs, a breakdown between dashes, a list that adds up to a total given before, a share written
as a percentage, "N of the <noun>", and "of these ..." pointing back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from headcount import extract


def _parents(text: str) -> dict[str, str | None]:
    claims = extract(text)
    return {c.figure: (claims[c.parent].figure if c.parent is not None else None) for c in claims}


# -- an opener governs only its own clause ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "among" opens a phrase about the quakes; the figure is in a relative clause after it
    "Officials said at least 1,100 people died in the tremors, which were among the worst in a decade "
    "after the quakes in Chile and Peru, in which some 30,000 people were killed.",
    # "where" opens a clause that closes before "while" brings in the figure
    "So far more than 7,200 people are affected, mostly in Dara district, where the shaking was worst, "
    "while over 900 people are injured.",
    # "where" between two dashes, and the figure in a later clause
    "About 150 hikers were camping in the upper valley - where two lodges stand - when the slope gave way, "
    "killing 14 and injuring dozens.",
])
def test_an_opener_does_not_reach_a_figure_in_another_clause(text: str) -> None:
    assert all(parent is None for parent in _parents(text).values())


def test_an_opener_reaches_every_item_of_its_list() -> None:
    text = ("The rebels agreed to free more than 240 prisoners, including Chadian and Malian soldiers, and six "
            "Nigerien reporters held since March.")
    assert _parents(text)["six"] == "more than 240"


# -- a breakdown between dashes -------------------------------------------------------------------------------

def test_a_breakdown_between_dashes_after_its_total_is_its_parts() -> None:
    text = ("The monitor said the port town counted 48 civilian deaths - 12 women and seven children - "
            "while a nearby village lost 19 people.")
    parents = _parents(text)
    assert parents["12"] == "48"
    assert parents["seven"] == "48"
    assert parents["19"] is None


def test_a_dash_that_closes_an_aside_opens_no_breakdown() -> None:
    text = ("She said the gunmen in the town now number perhaps between 600 and 900 - but a group of 15 "
            "fighters held the bridge for a day.")
    assert _parents(text)["15"] is None


# -- a list that adds up to a total given before -------------------------------------------------------------

def test_a_list_that_adds_up_to_an_earlier_total_is_its_breakdown() -> None:
    text = ("Two attacks on Sunday left 131 civilians dead in three provinces, the monitor said. The victims "
            "were recorded as follows: 52 deaths in Idris, 31 in Farah and 48 in Kalam.")
    parents = _parents(text)
    assert parents["52"] == parents["31"] == parents["48"] == "131"


def test_arithmetic_picks_the_total_over_a_nearer_count() -> None:
    text = ("The death toll in the hill districts rose to 1,120 people, the council said on Friday. On "
            "Saturday 95 people were killed in two villages. The district toll includes 610 in Ardo, 402 "
            "in Belan and 108 in Cova.")
    parents = _parents(text)
    assert parents["610"] == parents["402"] == parents["108"] == "1,120"


def test_a_total_then_its_items_in_one_sentence() -> None:
    text = "The floods killed 77 people, 40 in the delta, 25 in the hills and 12 in the capital."
    parents = _parents(text)
    assert parents["40"] == parents["25"] == parents["12"] == "77"
    assert parents["77"] is None


def test_a_list_that_does_not_add_up_is_not_linked_by_arithmetic() -> None:
    text = ("Storms killed 131 people across the region last week. On Monday the agency reported 52 deaths "
            "in Idris, 31 in Farah and 40 in Kalam.")
    parents = _parents(text)
    assert parents["52"] is None and parents["31"] is None


@settings(max_examples=15, deadline=None)
@given(st.lists(st.integers(min_value=11, max_value=899), min_size=3, max_size=3, unique=True))
def test_any_three_items_that_add_up_are_parts_of_their_total(items: list[int]) -> None:
    a, b, c = items
    total = a + b + c
    # a nearer count stands between: only the arithmetic tells which total the list breaks down
    text = (f"The quake killed {total:,} people in the south, officials said. On Sunday {min(items) - 1} people "
            f"were killed in a landslide. The regional toll includes {a} in Arvo, {b} in Belt and {c} in Corra.")
    claims = extract(text)
    whole = next(k for k, cl in enumerate(claims) if cl.figure == f"{total:,}")
    parts = [cl for cl in claims if cl.figure in (str(a), str(b), str(c))]
    assert len(parts) == 3
    assert all(cl.parent == whole for cl in parts)


# -- a share written as a percentage ----------------------------------------------------------------------------

def test_a_count_beside_its_share_is_a_part_of_the_total_it_is_a_share_of() -> None:
    text = ("More than 48,000 people have fled the fighting, the agency said. Most come from Talo district "
            "(80 percent, over 38,500 people), then Vira (15 percent, over 7,100 people) and Sen (less than "
            "1 percent, 90 people).")
    parents = _parents(text)
    assert parents["over 38,500"] == "More than 48,000"
    assert parents["over 7,100"] == "More than 48,000"
    assert parents["90"] == "More than 48,000"


def test_a_share_whose_of_phrase_closes_before_the_figure_is_the_figure_s_share() -> None:
    """"N percent of them, M people": the comma closes the "of" phrase, so M is the share, not its base."""
    text = ("Aid groups registered 12,400 returnees in the district. Some 74 percent of them, about 9,200 "
            "people, found their homes damaged.")
    assert _parents(text)["about 9,200"] == "12,400"


def test_a_share_that_does_not_fit_the_count_before_is_no_link() -> None:
    text = ("Some 5,000 people have fled the valley. In the capital, 30 percent of residents, or about "
            "400,000 people, lack clean water.")
    assert _parents(text)["about 400,000"] is None


# -- "N of the <noun>" and "of these" ------------------------------------------------------------------------------

def test_a_share_of_the_refugees_is_a_part_of_the_earlier_count_of_refugees() -> None:
    text = ("As many as 22,000 people have fled the eastern districts, the agency said on Monday. It said "
            "more may leave soon.\n\nSome 14,000 of the refugees went to the western suburbs while 5,000 "
            "went to the port.")
    parents = _parents(text)
    assert parents["Some 14,000"] == "As many as 22,000"
    assert parents["5,000"] == "As many as 22,000"


def test_of_these_points_back_to_the_count_before() -> None:
    text = ("The agency has recorded 31,400 people displaced by the floods since July. Most of these displaced "
            "people are in Kiru province, where 4,100 families, or 29,000 people, have been registered.")
    parents = _parents(text)
    assert parents["4,100"] == "31,400"
    assert parents["29,000"] == "31,400"


def test_of_those_with_a_participle_is_not_pointing_back() -> None:
    text = ("A first group of 310 people left the town on Friday, the ministry said. It said the number of "
            "those evacuated from the valley had reached 9,000.")
    assert _parents(text)["9,000"] is None


# -- a part that leaves its noun out -----------------------------------------------------------------------------

def test_a_bare_figure_after_including_is_a_part_of_its_toll() -> None:
    claims = extract("The shelling brought the death toll to 73, including two on Thursday.")
    two = next(c for c in claims if c.figure == "two")
    assert two.parent is not None and claims[two.parent].figure == "73"
    assert two.event == "killed"


@pytest.mark.parametrize(("text", "figure", "category"), [
    ("Observers confirmed 64 non-combatants were killed in the raid.", "64", "non-combatants"),
    ("The shelling caused hundreds of deaths and thousands of injuries.", "thousands", "people"),
    ("Gunmen shot dead his three brothers near the market.", "three", "brothers"),
])
def test_people_nouns(text: str, figure: str, category: str) -> None:
    claims = {c.figure: c for c in extract(text)}
    assert claims[figure].category == category


def test_a_part_is_never_larger_than_its_whole() -> None:
    text = ("The agency counts 9,300 people displaced, 61 percent of them, some 5,700 people, in camps. "
            "Of these, 2,000 are children. The list shows 4,100 in Ardo, 3,000 in Belan and 2,200 in Cova.")
    claims = extract(text)
    assert sum(c.parent is not None for c in claims) >= 2  # the share and the children are linked
    for c in claims:
        if c.parent is not None:
            whole = claims[c.parent]
            assert (c.high or c.low or 0) <= (whole.low or whole.high or 0)


def test_the_base_of_a_share_is_not_the_share() -> None:
    text = ("Some 5,000 people have fled the valley. About 40 percent of the 2,000 people who stayed are "
            "children.")
    assert _parents(text)["2,000"] is None
