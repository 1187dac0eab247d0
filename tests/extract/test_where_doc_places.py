"""Where: a country gives way to a place named inside it, and a listed town name that only opens a longer
proper name is no place. Containment comes from the gazetteer's [within] table. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from headcount.extract import doc_places, linguistic
from headcount.extract.pipeline import extract
from headcount.extract.where import countries


def _location(text: str, figure: str) -> str | None:
    found = [c for c in extract(text) if figure in text[c.start : c.end].split()]
    assert found, f"no claim for {figure!r} in {text!r}"
    return found[0].location


def test_containment_comes_from_the_gazetteer() -> None:
    assert doc_places.country_holding("Kharkiv") == "Ukraine"
    assert doc_places.country_holding("eastern Kharkiv city") == "Ukraine"
    assert doc_places.country_holding("Herat") == "Afghanistan"  # the ASCII spelling of a listed name
    assert doc_places.country_holding("the flood zone") is None


@given(st.sampled_from(sorted(doc_places.country_of())))
def test_every_container_is_a_listed_country(place: str) -> None:
    assert doc_places.country_of()[place] in countries()


needs_model = pytest.mark.skipif(not linguistic.available(), reason="needs the English spaCy model")


@needs_model
def test_a_country_gives_way_to_a_city_the_sentence_names_inside_it() -> None:
    text = "In neighbouring Peru, some 35 workers were trapped when a tunnel collapsed in Lima."
    assert _location(text, "35") == "Lima"


@needs_model
def test_a_sentence_before_gives_the_city_it_locates_in_a_country() -> None:
    text = ("Militias have held Benghazi, the second city of Libya, since March.\n\n"
            "Medics said about 120 wounded fighters had been treated overnight.")
    assert _location(text, "120") == "Benghazi"


@needs_model
def test_the_country_stays_when_it_stands_between_the_city_and_the_figure() -> None:
    text = "Rescuers kept digging in Lima, and the toll in Peru climbed to 48 on Friday."
    assert _location(text, "48") == "Peru"


@needs_model
def test_a_town_name_inside_a_menu_label_is_no_place() -> None:
    text = ("Toggle Reading Mode\n\n"
            "The number of people missing after the mudslide rose to 57, rescuers said.")
    assert _location(text, "57") != "Reading"
