"""Where (issue 11): a possessive place that only says where another lies, a place named in a party's title
or description as the figure's place when the sentence names no other, a country giving way to a place
inside it, and ASCII spellings of listed names. Each construction with sentences written for this file,
and a negative case beside it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from headcount.extract import doc_places, linguistic
from headcount.extract.pipeline import extract
from headcount.extract.place_words import gazetteer

needs_parse = pytest.mark.skipif(not linguistic.available(), reason="needs the English spaCy model")


def _locations(text: str) -> list[str | None]:
    claims = extract(text)
    assert claims, f"no claim in {text!r}"
    return [c.location for c in claims]


@needs_parse
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the possessed place is the figure's; the possessor only says where it lies
        ("At least seven soldiers were killed in an ambush in Libya's eastern Derna province on Monday.",
         "eastern Derna province"),
        ("Floods have affected more than 12,000 people across Chad's northern province of Tibesti, the agency "
         "said.", "Tibesti"),
        # a possessive that determines no place stays the place
        ("About 300 people died in Peru's worst floods in decades.", "Peru"),
        ("Some 4,000 people fled Sudan's Darfur region.", "Sudan's Darfur region"),
    ],
)
def test_a_possessive_place_gives_way_to_the_place_it_determines(text: str, want: str) -> None:
    assert _locations(text)[0] == want


@needs_parse
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a place in a named person's title, when the sentence names no other place
        ("The storm flattened coastal villages.\n\nJean Morel, the governor of Martinique, said 45 people had "
         "died.", "Martinique"),
        # a place that describes the speaker
        ("UN officials in Nairobi confirmed that 23 aid workers had been detained.", "Nairobi"),
        ("Sudan officials reported on Tuesday that 400 civilians had died in the clashes.", "Sudan"),
        # ... but the place the figure's own words give comes first
        ("Jean Morel, the governor of Martinique, said 45 people had died in Fort-de-France.", "Fort-de-France"),
    ],
)
def test_the_authority_place_when_the_sentence_names_no_other(text: str, want: str) -> None:
    assert _locations(text)[0] == want


@needs_parse
def test_a_state_that_speaks_is_a_party_not_the_place() -> None:
    assert _locations("Russia said 180 soldiers had surrendered.") == [None]


@needs_parse
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the country of the speaker's description gives way to a city inside it named just before
        ("Floods tore through Nairobi overnight.\n\nThe head of the Red Cross in Kenya said 60 people were "
         "missing.", "Nairobi"),
        # not to a place elsewhere
        ("Floods tore through Lima overnight.\n\nThe head of the Red Cross in Kenya said 60 people were "
         "missing.", "Kenya"),
    ],
)
def test_a_country_gives_way_to_a_place_inside_it(text: str, want: str) -> None:
    assert _locations(text)[0] == want


def test_the_gazetteer_holds_the_ascii_spellings() -> None:
    table = gazetteer()
    assert ("Jalalabad",) in table["Jalalabad"]
    assert ("Jalālābād",) in table["Jalālābād"]  # GeoNames' spelling stays


@needs_parse
def test_an_ascii_spelling_is_found_without_a_preposition() -> None:
    assert _locations("The tremor flattened much of Jalalabad.\n\nOfficials said 85 people had died.") == [
        "Jalalabad"]


def _listed_within() -> list[str]:
    """The names gazetteer.toml lists under [within] (a typo there would contain nothing); the regions
    places.toml codes by country are added by ``country_of`` from another lexicon and checked below."""
    coded = doc_places._coded_regions()
    return sorted(p for p in doc_places.country_of() if p not in coded)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_listed_within()))
def test_every_contained_place_is_in_the_gazetteer(place: str) -> None:
    name = place.replace("’", "'")
    parts = tuple(name.split())
    assert parts in gazetteer()[parts[0]]


def test_every_coded_region_is_held_by_a_country_the_gazetteer_names() -> None:
    coded = doc_places._coded_regions()
    assert coded, "places.toml's [regions] gave no country"
    for region, country in coded.items():
        assert tuple(country.split()) in gazetteer()[country.split()[0]], (region, country)


def test_old_names_stay_importable_from_where() -> None:
    from headcount.extract import where

    for name in ("Place", "find_places", "gazetteer", "countries", "places_from_parse", "choose_place",
                 "locate", "places_in", "possessive_country", "dateline_end", "NAMED", "DESCRIBED", "POINTER"):
        assert hasattr(where, name), name


@needs_parse
def test_the_said_words_are_not_the_speakers() -> None:
    # "quoted X as saying that ...": the figure is in what is said, so its place there is the figure's
    text = ("A reporter in Homs cited an officer as saying that some 300 families got out of the southern "
            "neighbourhoods before troops arrived.")
    assert _locations(text) == ["the southern neighbourhoods"]


@needs_parse
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a plural noun of place before "of" names the places after it, all of them
        ("Some 1,200 fighters and their families will leave the villages of Kafr Nabl and Maarzaf in return "
         "for the release of 40 detainees.", "villages of Kafr Nabl and Maarzaf"),
        ("About 900 people were evacuated from the towns of Nubl and Zahraa.", "towns of Nubl and Zahraa"),
    ],
)
def test_plural_place_nouns_open_a_name(text: str, want: str) -> None:
    assert set(_locations(text)) == {want}


@needs_parse
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # returns: the place people return to (convention 7), not the one they come back from
        ("More than 3,000 refugees returned from Chad to Darfur last month.", "Darfur"),
        ("Some 2,000 families have returned from Tanzania to their villages in Burundi.", "Burundi"),
        # a flow out of a place keeps its origin
        ("More than 3,000 refugees fled from Chad to Darfur last month.", "Chad"),
    ],
)
def test_a_return_is_placed_where_people_return_to(text: str, want: str) -> None:
    assert _locations(text) == [want]


@needs_parse
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the origin of a flow given by a pointer ("the shattered city") is the place named before, and it
        # comes before another description in the sentence
        ("Government troops pushed into Sirte on Friday. By evening, thousands had fled the shattered city "
         "while relief teams closed in on the coastal districts.", "Sirte"),
        # with nothing named before, the pointer stays as written
        ("Thousands had fled the shattered city by evening.", "the shattered city"),
    ],
)
def test_a_flow_out_of_a_pointer_takes_the_place_named_before(text: str, want: str) -> None:
    assert _locations(text) == [want]


@needs_parse
def test_a_described_origin_is_located_by_the_name_after_it() -> None:
    text = ("Yesterday a total of 3,100 civilians, including 1,200 children, left militia-controlled areas in "
            "the southern part of Sirte with the help of the army, the general said.")
    assert _locations(text)[0] == "southern part of Sirte"
    # a description with no name after it stays as written
    assert _locations("Some 700 residents left the flooded areas overnight.") == ["the flooded areas"]
