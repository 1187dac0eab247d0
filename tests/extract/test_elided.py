"""Figures whose noun is left out (headcount/extract/elided.py): the object of an event verb, the value of a
count noun, successive values of one count, a figure that modifies a count noun, a distributive list of
"N in PLACE" items and a gapped clause of a flow. Sentences written for this file."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from headcount import extract
from headcount.models import Claim


def _claims(text: str, parse: bool = True) -> dict[str, Claim]:
    return {c.figure: c for c in extract(text, published="2024-06-02", parse=parse)}


def _claim(text: str, figure: str, parse: bool = True) -> Claim:
    found = _claims(text, parse)
    assert figure in found, f"no claim for {figure!r} in {text!r}: {sorted(found)}"
    return found[figure]


@pytest.mark.parametrize("parse", [True, False])
@pytest.mark.parametrize(
    ("text", "figure", "category"),
    [
        # an object with no head noun after a verb that takes only people
        ("The landslide killed 61 villagers and injured at least 140 in the valley.", "at least 140", "villagers"),
        ("A strike on the depot killed at least 17 people and wounded 45, medics said.", "45", "people"),
        ("Engineers warned that a breach would displace about 30,000.", "about 30,000", "people"),
        ("The blast in the port district injured more than 320, the governor said.", "more than 320", "people"),
        ("Troops began the evacuation of 2,600 from the northern suburbs.", "2,600", "people"),
        # the value of a count noun, after a copula or a verb of reaching
        ("The official figure is 4,820.", "4,820", "people"),
        ("The final tally for the whole province, counting both river valleys, is at least 1,930.",
         "at least 1,930", "people"),
        ("Local leaders fear the total could exceed 2,500.", "2,500", "people"),
        ("The number of refugees in the camp now stands at 18,400.", "18,400", "refugees"),
        ("Rebels lost three more fighters on Sunday, bringing the total to 71.", "71", "fighters"),
        # successive values of one count
        ("The official count of the dead has risen from 212 on Monday to 387 on Wednesday, to 455 on Friday.",
         "387", "people"),
        ("The official count of the dead has risen from 212 on Monday to 387 on Wednesday, to 455 on Friday.",
         "455", "people"),
        ("The estimate kept changing, from about 9,000, to closer to 7,500, to 11,200.", "11,200", "people"),
        # a figure that modifies a count noun
        ("Few experts trusted the 48,000 figure published by the ministry.", "48,000", "people"),
        # a distributive list of "N in PLACE" items that shares its head's noun
        ("The storm killed 96 residents in Kivu, 41 in Ituri and 12 in the capital.", "41", "residents"),
        ("The storm killed 96 residents in Kivu, 41 in Ituri and 12 in the capital.", "12", "residents"),
        ("Floods have killed 203 people, including 58 in Punjab.", "58", "people"),
        ("The provincial toll includes 310 in Tarsus, 122 in Mersin and 9 in Adana.", "122", "people"),
        ("Most deaths were in Kivu (55 fatalities), Ituri (31) and Tanganyika (12).", "31", "fatalities"),
        # a gapped clause of a flow, and a coordinated clause whose subject is a bare figure
        ("About 4,000 villagers went to the provincial capital, around 1,500 to the hills.", "around 1,500",
         "villagers"),
        ("Some 900 families went to the stadium, 300 to a school, and 120 moved further inland.", "120",
         "families"),
        # an existential with the noun left out altogether
        ("Officials counted 41,000 in the camps in May. The agency now estimates there are 52,000.",
         "52,000", "people"),
        # a people noun that modifies the count noun says whom it counts
        ("New arrivals brought the total refugee population of the camp to nearly 95,000.", "nearly 95,000",
         "refugees"),
    ],
)
def test_a_figure_whose_noun_is_left_out_counts_people(text: str, figure: str, category: str,
                                                       parse: bool) -> None:
    assert _claim(text, figure, parse).category == category


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a bare number after a verb that is not a count of people
        ("Prices of bread rose 40 percent in the city.", "40"),
        ("The home side scored 3 in the second half.", "3"),
        ("The storm killed 1,200 livestock across the plain.", "1,200"),
        # the count noun counts things
        ("The number of damaged houses in the district, officials said, is 2,300.", "2,300"),
        ("Workers recovered 12 more rifles, bringing the total to 347.", "347"),
        # a difference, not a count
        ("The true count may be 20,000 less than the official estimate.", "20,000"),
        # a list after a figure that does not count people
        ("Shells hit 14 schools in Idlib, 6 in Hama and 3 in Homs.", "6"),
        # a time of day, not a value
        ("The toll was updated at 6 pm on Sunday.", "6"),
    ],
)
def test_a_bare_number_that_is_not_a_count_of_people_is_dropped(text: str, figure: str) -> None:
    assert figure not in _claims(text)


@pytest.mark.parametrize(
    ("text", "figure", "category"),
    [
        # a part inside a list item is not the list's noun
        ("The floods killed 880 people (including about 300 children), injured 1,240 and affected 2 million.",
         "1,240", "people"),
        ("Raids killed 30 in Deir, including four nurses, and 18 in Bosra.", "18", "people"),
        # a count of its own gives no noun to a later count
        ("The civilian toll stayed at 44, while army fatalities are now at 97.", "97", "people"),
        # an object of a verb takes no noun from a figure in another clause
        ("Some 300 hikers were on the ridge when the slide struck, killing 22.", "22", "people"),
    ],
)
def test_the_noun_left_out_is_the_one_the_figure_stands_for(text: str, figure: str, category: str) -> None:
    assert _claim(text, figure).category == category


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("The earthquake killed 512 people and injured at least 2,900 across the region.", "at least 2,900",
         "injured"),
        # a headline in the present: the verb governs the bare figure, not the later "missing"
        ("Flash flood kills 23, dozens still missing", "23", "killed"),
        ("Gas blast injures 40, several trapped", "40", "injured"),
    ],
)
def test_the_object_takes_the_verbs_event(text: str, figure: str, event: str) -> None:
    c = _claim(text, figure)
    assert (c.category, c.event) == ("people", event)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=2, max_value=900_000), st.sampled_from(["injured", "wounded", "displaced"]),
       st.sampled_from(["percent", "hectares", "vehicles"]))
def test_a_bare_object_counts_people_unless_a_unit_follows(n: int, verb: str, unit: str) -> None:
    figure = f"{n:,}"
    bare = _claims(f"The cyclone killed 37 people and {verb} {figure} on the coast.", parse=False)
    assert figure in bare and bare[figure].category == "people"
    assert figure not in _claims(f"The cyclone {verb} {figure} {unit} on the coast.", parse=False)
