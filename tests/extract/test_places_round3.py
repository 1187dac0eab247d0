"""Where (round 3, built on half B): the goal of a thing's journey, the place of what drove people out, a
country that only locates a city, a clause continued by "it", a place of another event brought in for
comparison, and a proper noun on a unit noun; each with a contrast that the rule must leave alone.
Sentences written for this file."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from place_helpers import location_of as _location
from place_helpers import needs_parse

from headcount.extract.place_countries import country_named
from headcount.extract.place_words import DIRECTION, countries


@needs_parse
def test_the_goal_of_a_described_journey_is_not_where_people_died() -> None:
    text = ("The search went on off the island of Crete on Friday.\n"
            "Police said a fishing boat carrying refugees from Egypt to Spain capsized before dawn, killing 52.")
    loc = _location(text, "52")
    assert loc is not None and "Crete" in loc


@needs_parse
def test_a_goal_people_were_taken_to_is_still_their_place() -> None:
    assert _location("Coast guards said 52 migrants were taken to Spain on Friday.", "52") == "Spain"


@needs_parse
def test_a_flow_takes_the_place_of_what_drove_people_out_over_their_goal() -> None:
    text = "Heavy shelling in Sumy region forced 3,000 people to flee to Poltava, officials said."
    loc = _location(text, "3,000")
    assert loc is not None and "Sumy" in loc


@needs_parse
def test_a_flow_with_only_a_goal_keeps_the_goal() -> None:
    assert _location("Officials said 3,000 people fled to Poltava on Monday.", "3,000") == "Poltava"


@needs_parse
def test_a_country_that_only_locates_a_city_stands_aside() -> None:
    text = "The number of people killed in Mombasa and its outskirts in coastal Kenya has passed 140, officials said."
    assert _location(text, "140") == "Mombasa"


@needs_parse
def test_a_country_between_the_city_and_the_figure_in_its_own_phrase_stays() -> None:
    text = "Rescuers dug through the night in Mombasa, and the toll in Kenya rose to 140, officials said."
    assert _location(text, "140") == "Kenya"


def test_a_country_is_recognised_however_written() -> None:
    assert country_named("eastern DR Congo") == "Democratic Republic of the Congo"
    assert country_named("Burma") == "Myanmar"
    assert country_named("northern Kenya") == "Kenya"
    assert country_named("Mombasa") is None


@needs_parse
def test_a_clause_continued_by_it_takes_the_description_before() -> None:
    text = ("The blast, in a crowded fish market, tore through a queue of shoppers.\n"
            "It killed at least 27 people, police said.")
    loc = _location(text, "at least 27")
    assert loc is not None and "market" in loc


@needs_parse
def test_a_description_before_is_not_taken_without_the_pronoun() -> None:
    text = ("The blast, in a crowded fish market, tore through a queue of shoppers.\n"
            "Police said at least 27 people were killed.")
    assert _location(text, "at least 27") is None


@needs_parse
@pytest.mark.parametrize(("text", "place"), [
    ("Officials said 640 people were killed in the landslides in Kerala, which were the deadliest in the "
     "region since the storms in Guatemala.", "Kerala"),
    ("Officials said 640 people were killed in the landslides, which were the deadliest since the storms "
     "in Guatemala.", None),
])
def test_a_place_of_an_event_brought_in_for_comparison_is_not_the_figures(text: str, place: str | None) -> None:
    assert _location(text, "640") == place


@needs_parse
def test_a_place_in_a_clause_of_comparison_is_the_compared_events() -> None:
    text = "At least 40,000 people were displaced, far more than the storm drove out of Beira in 2019."
    assert _location(text, "At least 40,000") is None


@needs_parse
def test_a_place_of_the_event_itself_after_a_time_word_stays() -> None:
    text = "Officials said 640 people were killed after the storms in Guatemala."
    assert _location(text, "640") == "Guatemala"


@needs_parse
def test_a_proper_noun_on_a_unit_noun_is_a_named_place_without_a_preposition() -> None:
    text = "Aid workers said that 2,300 people had reached the Kashem district of northern Idlib."
    loc = _location(text, "2,300")
    assert loc is not None and "Kashem" in loc


@needs_parse
def test_a_place_in_the_possessive_on_the_counted_noun_is_the_figures() -> None:
    text = "About a quarter of Chad's 18 million people now depend on aid trucked in from the port of Douala."
    assert _location(text, "18 million") == "Chad"


@needs_parse
def test_a_possessive_country_on_the_speaker_does_not_take_the_figure() -> None:
    text = "Some 18 million people depend on aid trucked in from the port of Douala, Chad's government said."
    loc = _location(text, "Some 18 million")
    assert loc is not None and "Douala" in loc


@needs_parse
def test_a_bracket_after_a_name_glosses_it_whatever_else_it_holds() -> None:
    text = "Off the coast of Zarzis (a fishing port of southern Tunisia), at least 31 people drowned on Monday."
    loc = _location(text, "at least 31")
    assert loc is not None and "Zarzis" in loc


@given(st.sampled_from(sorted(countries())), st.sampled_from(sorted(DIRECTION)))
def test_a_country_with_a_direction_word_is_still_that_country(country: str, direction: str) -> None:
    assert country_named(country) == country
    assert country_named(f"{direction} {country}") == country
