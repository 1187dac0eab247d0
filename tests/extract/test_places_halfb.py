"""Where (issue 11, the round on half B): a repeated figure keeps the place of its first mention, a place in
brackets glosses the name before it, a nationality used as an adjective or a capitalised common noun of
place is no name, and "hailed from X" says where people belong; sentences written for this file."""

from __future__ import annotations

import pytest

from headcount.extract import linguistic
from headcount.extract.pipeline import extract

needs_parse = pytest.mark.skipif(not linguistic.available(), reason="needs the English spaCy model")


def _locations(text: str) -> list[tuple[str, str | None]]:
    return [(c.figure, c.location) for c in extract(text)]


@needs_parse
def test_a_repeated_figure_keeps_the_place_of_its_first_mention() -> None:
    text = ("At least 900 people were killed in the first week of the army offensive in Kachin State, the "
            "agency said on Friday.\n\n"
            "Its teams interviewed families sheltering in camps across the border in Thailand.\n\n"
            "\u201cAt least 900 people have lost their lives,\u201d a spokesman for the agency said.")
    found = _locations(text)
    assert [loc for fig, loc in found if fig == "At least 900"] == ["Kachin State", "Kachin State"]


@needs_parse
def test_a_small_repeated_figure_is_not_taken_for_the_same_count() -> None:
    text = ("Two people were killed in Mardan when a wall fell, officials said. Rescue teams later reached "
            "the town of Swabi, where the river had burst its banks. \u201cTwo people died there overnight,\u201d "
            "a rescuer said.")
    found = _locations(text)
    assert found[-1][1] == "Swabi"


@needs_parse
def test_a_place_in_brackets_glosses_the_name_before_it() -> None:
    text = "In Kunar Province (north-eastern Afghanistan), 12 people have died after flash floods, officials said."
    assert _locations(text)[0][1] == "Kunar Province"


@needs_parse
def test_a_capitalised_common_noun_of_place_is_no_name() -> None:
    text = "Heavy rain has killed 14 people and injured 30 others across five Districts, the agency said."
    # read as a description of the area, never as a name "Districts"
    assert [loc for _, loc in _locations(text)] == ["five Districts", "five Districts"]


@needs_parse
def test_a_nationality_used_as_an_adjective_is_no_place() -> None:
    text = ("At least 41 people drowned when a fishing boat sank about 60 km south of the southern Italian "
            "coastal town of Brancaleone.")
    assert _locations(text)[0][1] not in ("southern Italian", "Italian")


@needs_parse
def test_where_people_hail_from_is_not_where_they_were_rescued() -> None:
    text = "Most of the roughly 300 people on board hailed from Eritrea or Sudan; only 90 have been rescued."
    assert all(loc not in ("Eritrea", "Sudan") for _, loc in _locations(text))
