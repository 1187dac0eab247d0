"""Categories whose noun is not right after the figure: a people noun used as a modifier of a death noun,
the noun a toll names, a figure for "that number", a possessive, and a participle after "and" that does
not coordinate a group. Sentences written for this file."""

from __future__ import annotations

import pytest

from headcount import extract


def _claim(text: str, figure: str):  # type: ignore[no-untyped-def]
    found = [c for c in extract(text, published="2024-06-02") if c.figure == figure]
    assert found, f"no claim for {figure!r} in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "figure", "category"),
    [
        # a singular people noun before a noun of death names whom the deaths count
        ("Monitors recorded 48 civilian deaths in the province last month.", "48", "civilians"),
        ("The army acknowledged 12 soldier deaths near the river.", "12", "soldiers"),
        # the noun of a toll
        ("Officials put the civilian death toll at 212.", "212", "civilians"),
        ("The death toll among migrant workers has climbed to 57.", "57", "workers"),
        ("The clashes raised the toll of police officers killed this year to 23.", "23", "police officers"),
        # a possessive: the figure counts what is owned
        ("Rescuers retrieved 15 miners' bodies from the shaft.", "15", "bodies"),
        # a participle after "and" is a verb of its own, not a second noun of a group
        ("The raid killed nine soldiers and injured 14 others.", "nine", "soldiers"),
        ("The shelling killed at least 6 Kurdish fighters and wounded 20 more.", "at least 6", "fighters"),
        # a real coordinated group is still people
        ("Some 300 fighters and their relatives boarded the buses.", "Some 300", "people"),
        # the acronym the gold writes for internally displaced persons; fatalities as written
        ("The agency counted 31,000 internally displaced persons in the camps.", "31,000", "idps"),
        ("Authorities confirmed 140 fatalities after the landslide.", "140", "fatalities"),
    ],
)
def test_category(text: str, figure: str, category: str) -> None:
    assert _claim(text, figure).category == category


@pytest.mark.parametrize(
    ("text", "figure", "category", "event"),
    [
        ("The ministry said 4,200 refugees had crossed by Friday. Aid groups put that number higher, at "
         "5,600.", "5,600", "refugees", "evacuated"),
        ("Officials said 96 villagers were killed. Local leaders put the figure at 130.", "130", "villagers",
         "killed"),
        ("At least 700 families have fled the hills. The UN puts the number at 1,100.", "1,100", "families",
         "evacuated"),
    ],
)
def test_a_figure_for_that_number(text: str, figure: str, category: str, event: str) -> None:
    c = _claim(text, figure)
    assert (c.category, c.event) == (category, event)


def test_the_number_of_a_noun_is_not_a_pointer() -> None:
    # "the number of X" names its own noun; the figure counts X, not the figure before
    c = _claim("About 40 nurses left. The number of doctors in the city fell to 15.", "15")
    assert c.category == "doctors"


@pytest.mark.parametrize(
    ("text", "figure", "category"),
    [
        # after a resultative verb the adjective is the predicate, not the noun
        ("The cyclone flattened whole districts, leaving tens of thousands homeless.", "tens of thousands",
         "people"),
        ("The blast left 35 dead, officials said.", "35", "people"),
        # a list of people nouns joined by commas is a coordinated group
        ("About 80 porters, guides, and cooks were stranded on the pass.", "About 80", "people"),
    ],
)
def test_predicates_and_lists(text: str, figure: str, category: str) -> None:
    assert _claim(text, figure).category == category
