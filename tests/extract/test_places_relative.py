"""Where (issue 11): a figure inside a relative clause opened by "where" is located at the clause's antecedent
when that is an area ("the rebel-held east, where ..."), not a building; sentences written for this file."""

from __future__ import annotations

import pytest

from headcount.extract import linguistic
from headcount.extract.pipeline import extract
from headcount.reconcile.places import place_key

needs_parse = pytest.mark.skipif(not linguistic.available(), reason="needs the English spaCy model")


def _first_location(text: str) -> str | None:
    claims = extract(text)
    assert claims, f"no claim in {text!r}"
    return claims[0].location


@needs_parse
def test_where_stands_for_an_area_antecedent() -> None:
    text = ("The town of Bakhmal is divided between the army-held south and the rebel-held north, where about "
            "40,000 people are cut off, aid workers said.")
    assert _first_location(text) == "the rebel-held north"


@needs_parse
def test_where_stands_for_the_nearest_conjunct() -> None:
    text = ("The port is split between the army-held north and militia-held south, where about 30,000 people "
            "are short of water, aid agencies said.")
    assert _first_location(text) == "militia-held south"


@needs_parse
def test_a_building_antecedent_leaves_the_named_town() -> None:
    text = ("Among the buildings that fell in Tarvani was the old market hall, where the bodies of 14 traders "
            "have been recovered.")
    assert _first_location(text) == "Tarvani"


def test_a_possessive_country_says_where_the_place_lies() -> None:
    # reconcile's key: "regions of Syria's Aleppo" are Aleppo's, as "regions of Aleppo" are
    assert place_key("militant-controlled regions of Syria's Aleppo") == place_key("militant-held areas of Aleppo")
    assert place_key("Libya's eastern Derna province") == place_key("Derna province")
