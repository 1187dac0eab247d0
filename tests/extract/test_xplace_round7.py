"""Places, round 7 (built on half B's errors, kept only when half A held): a country in the possessive in
the figure's sentence, and the regions the place keys code by country as containment. Each rule with a
contrast it must leave alone. Sentences written for this file."""

from __future__ import annotations

from place_helpers import location_of as _location
from place_helpers import needs_parse

from headcount.extract.doc_places import country_holding


def test_a_coded_region_lies_in_its_country() -> None:
    assert country_holding("northwestern Rakhine state") == "Myanmar"
    assert country_holding("the Azovstal plant") == "Ukraine"
    assert country_holding("Balochistan") == "Pakistan"


@needs_parse
def test_a_possessive_country_outweighs_another_country_named_before() -> None:
    text = ("More than 300,000 people have crossed into Bangladesh since the crackdown began.\n"
            "The agency's toll far exceeds the estimate from Myanmar's government, which has put the number "
            "of dead in the hundreds.")
    assert _location(text, "hundreds") == "Myanmar"


@needs_parse
def test_a_possessive_country_leaves_a_place_inside_it_named_before() -> None:
    text = ("Shelling went on around the Azovstal plant through the night.\n"
            "Ukraine's defence ministry said that 120 soldiers were wounded on Monday.")
    assert "Azovstal" in (_location(text, "120") or "")


@needs_parse
def test_a_relative_clause_on_a_country_counts_the_country_holding_the_named_city() -> None:
    text = ("The battle for Hodeidah has raised fears of famine in a country where more than 20 million people "
            "need aid.")
    assert _location(text, "more than 20 million") == "Yemen"


@needs_parse
def test_a_relative_clause_on_a_city_is_left_to_the_named_place() -> None:
    text = "The battle for Hodeidah has emptied a city where 300,000 people lived before the war."
    assert _location(text, "300,000") != "Yemen"


def test_a_spelling_of_a_coded_region_lies_in_its_country() -> None:
    assert country_holding("the city of Duma") == "Syria"


@needs_parse
def test_a_participle_on_the_counted_noun_gives_where_they_are() -> None:
    text = ("Inside Kenya, the agency is worried about the more than 40,000 Somalis living in the three "
            "border camps.")
    assert _location(text, "more than 40,000") == "the three border camps"


@needs_parse
def test_a_participle_on_another_noun_leaves_the_named_place() -> None:
    text = "Inside Kenya, more than 40,000 refugees depend on aid workers living in the three border camps."
    assert _location(text, "more than 40,000") == "Kenya"


@needs_parse
def test_a_country_as_possessor_of_the_named_place_only_locates_it() -> None:
    text = "About 3,000 families have been displaced in Pakistan's hotspot Sindh province this week."
    assert _location(text, "About 3,000") == "Sindh province"
    text = "About 3,000 families fled their homes in Syria's battleground Idlib province last week."
    assert _location(text, "About 3,000") == "Idlib province"


@needs_parse
def test_a_country_between_the_figure_and_a_place_inside_it_stays_the_figures() -> None:
    text = "Rescue work went on in Sindh province, and the toll in Pakistan rose to 300 on Friday."
    assert _location(text, "300") == "Pakistan"
