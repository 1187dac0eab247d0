"""Places, round 7 (built on half B's errors, kept only when half A held): the regions the place keys code by
country as containment, a relative clause on "a country", a participle on the counted noun, a country in the
possessive on a named place's noun; and a country in the possessive that belongs to the speaker, which is
not the figure's place (review 7 point 1). Each rule with a contrast it must leave alone. Sentences written
for this file."""

from __future__ import annotations

from place_helpers import location_of as _location
from place_helpers import needs_parse

from headcount.extract.doc_places import country_holding


def test_a_coded_region_lies_in_its_country() -> None:
    assert country_holding("northwestern Rakhine state") == "Myanmar"
    assert country_holding("the Azovstal plant") == "Ukraine"
    assert country_holding("Balochistan") == "Pakistan"


# A party of one country reporting figures in another: its country, in the possessive, is the speaker's,
# and the place the sentence before named stays the figure's.

@needs_parse
def test_a_foreign_armys_possessive_country_is_not_the_place_of_its_count() -> None:
    text = ("Drones struck a fuel depot in Kherson before dawn.\n"
            "Russia's general staff claimed that 17 soldiers were killed.")
    assert _location(text, "17") == "Kherson"


@needs_parse
def test_a_neighbours_ministry_in_the_possessive_leaves_the_place_hit() -> None:
    text = ("Artillery pounded the outskirts of Kharkiv for a third night.\n"
            "Writing on its channel, Russia's interior ministry reported 65 civilians hurt.")
    assert _location(text, "65") == "Kharkiv"


@needs_parse
def test_a_tally_credited_to_another_countrys_agency_keeps_the_flooded_province() -> None:
    text = ("Monsoon rains swamped villages in Balochistan over the weekend.\n"
            "According to a tally kept by Iran's Red Crescent, 85 villagers drowned.")
    assert _location(text, "85") == "Balochistan"


@needs_parse
def test_a_possessive_country_leaves_a_place_inside_it_named_before() -> None:
    text = ("Fires burned for hours at the Azovstal plant on Tuesday.\n"
            "Ukraine's prosecutors said the blaze had injured 48 workers.")
    assert "Azovstal" in (_location(text, "48") or "")


@needs_parse
def test_a_relative_clause_on_a_country_counts_the_country_holding_the_named_city() -> None:
    text = "The siege of Hodeidah cut the last supply route into a country where 18 million people go hungry."
    assert _location(text, "18 million") == "Yemen"


@needs_parse
def test_a_relative_clause_on_a_city_is_left_to_the_named_place() -> None:
    text = "The siege of Hodeidah has driven out half of a city where 400,000 people once lived."
    assert _location(text, "400,000") != "Yemen"


def test_a_spelling_of_a_coded_region_lies_in_its_country() -> None:
    assert country_holding("the city of Duma") == "Syria"


@needs_parse
def test_a_participle_on_the_counted_noun_gives_where_they_are() -> None:
    text = "Food ran short in Chad this month for the 25,000 Sudanese sheltering in the three border camps."
    assert _location(text, "25,000") == "the three border camps"


@needs_parse
def test_a_participle_on_another_noun_leaves_the_named_place() -> None:
    text = "In Chad, 25,000 Sudanese rely on volunteers sheltering in the three border camps."
    assert _location(text, "25,000") == "Chad"


@needs_parse
def test_a_country_as_possessor_of_the_named_place_only_locates_it() -> None:
    text = "Police boats lifted 2,400 villagers from rooftops across Pakistan's worst-hit Sindh province."
    assert _location(text, "2,400") == "Sindh province"
    text = "Air raids wounded 900 civilians around Syria's rebel-held Idlib province on Saturday."
    assert _location(text, "900") == "Idlib province"


@needs_parse
def test_a_country_between_the_figure_and_a_place_inside_it_stays_the_figures() -> None:
    text = "Boats searched Sindh province for survivors, while across Pakistan 300 people were confirmed dead."
    assert _location(text, "300") == "Pakistan"
