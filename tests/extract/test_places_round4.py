"""Where (round 4, built on half A): a bare definite plural of area nouns points back like "the city"; a
part given in a later sentence than its whole is counted where the whole is. Each with a contrast that the
rule must leave alone. Sentences written for this file."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from place_helpers import location_of as _location
from place_helpers import needs_parse

from headcount.extract.place_words import AMBIGUOUS_DEMONYMS, countries
from headcount.extract.sentences import Token
from headcount.extract.where import demonym_country


@needs_parse
def test_a_bare_plural_of_area_nouns_points_back_to_the_named_place() -> None:
    text = ("Shelling went on in Kherson on Monday.\n"
            "By nightfall 3,000 residents had been able to leave the areas, officials said.")
    assert _location(text, "3,000") == "Kherson"


@needs_parse
def test_a_plural_described_by_its_own_words_stays_as_written() -> None:
    text = "Officials said 3,000 residents were able to leave the flooded areas by nightfall."
    loc = _location(text, "3,000")
    assert loc is not None and "flooded" in loc


@needs_parse
def test_a_part_in_a_later_sentence_is_counted_where_its_whole_is() -> None:
    text = ("Monitors said 64 civilians were shot in three separate villages overnight.\n"
            "The dead included 9 women and 15 children.")
    for figure in ("9", "15"):
        loc = _location(text, figure)
        assert loc is not None and "villages" in loc


@needs_parse
def test_a_part_whose_own_sentence_names_a_place_keeps_it() -> None:
    text = ("Monitors said 64 civilians were shot in three separate villages overnight.\n"
            "The dead included 15 children in Tartous.")
    assert _location(text, "15") == "Tartous"


@needs_parse
def test_a_place_noun_with_a_naming_participle_gives_the_name() -> None:
    assert _location("Police said 40 people died in an attack on a small town named Korvik in Moldova.",
                     "40") == "Korvik"


@needs_parse
def test_a_name_given_with_known_as_stops_before_its_relative_clause() -> None:
    text = ("About 120 hikers were stranded in a narrow valley known as the Silver Basin, where two shelters "
            "stand, when the storm hit.")
    assert _location(text, "About 120") == "the Silver Basin"


@needs_parse
def test_a_person_named_by_a_participle_is_no_place() -> None:
    text = "At least 40 people died in Tiraspol, according to a doctor named Ivo Petrak."
    assert _location(text, "At least 40") == "Tiraspol"


@needs_parse
def test_a_part_set_off_by_dashes_after_its_whole_is_counted_where_the_whole_is() -> None:
    text = ("The city of Vessko recorded 45 deaths — 12 women and 8 children — while the village of Oldan "
            "lost 20 people.")
    assert _location(text, "8") == "Vessko"
    assert _location(text, "20") == "Oldan"


@needs_parse
def test_a_part_in_an_aside_with_a_place_of_its_own_keeps_it() -> None:
    text = "At least 45 people were killed in Vessko — among them 12 children in the village of Oldan."
    loc = _location(text, "12")
    assert loc is not None and "Oldan" in loc


@needs_parse
def test_a_compass_phrase_after_a_name_only_locates_it() -> None:
    text = ("The rebels told people in Kakuma camp, west of Lodwar, which together were hosting over 40,000 "
            "people, to leave within 72 hours.")
    loc = _location(text, "over 40,000")
    assert loc is not None and "Kakuma" in loc


@needs_parse
def test_a_landmark_still_counts_for_a_later_sentence() -> None:
    text = ("At a camp outside the town of Kessa, south of Ruvera, new arrivals described the fighting.\n"
            "Between 900 and 1,200 people fled on Monday alone.")
    loc = _location(text, "Between 900 and 1,200")
    assert loc == "Ruvera"


@needs_parse
def test_a_name_on_an_institution_of_a_field_is_no_place() -> None:
    text = ("Cyclone Ivo hit Mozambique in March.\n"
            "A team from the Oxford K.L. Moreau School of Tropical Medicine put the toll at 1,310.")
    assert _location(text, "1,310") == "Mozambique"


@needs_parse
def test_an_of_phrase_that_names_a_place_keeps_the_name_a_place() -> None:
    text = "Officials said 300 people were evacuated from the Port of Spain on Sunday."
    loc = _location(text, "300")
    assert loc is not None and "Spain" in loc


@needs_parse
def test_a_count_of_nationals_with_no_place_about_is_counted_in_their_country() -> None:
    text = "According to the agency, over 1.2 million Syrians have been displaced across the country since 2019."
    assert _location(text, "over 1.2 million") == "Syria"


@needs_parse
def test_a_nationality_adjective_gives_no_place() -> None:
    assert _location("Officials said 250 Ukrainian soldiers had surrendered by Monday.", "250") is None


def _demonym(word: str) -> str | None:
    return demonym_country([Token(4, 4 + len(word), word, word.lower())], [word.lower()])


@given(st.sampled_from(sorted(countries())))
def test_a_demonym_country_is_written_inside_the_word(country: str) -> None:
    for ending in ("ns", "is", "ians"):
        word = country + ending
        found = _demonym(word)
        assert found is None or word.startswith(found)


@given(st.sampled_from(sorted(c for c in countries() if c.endswith("a") and len(c) >= 4
                              and (c + "n").lower() not in AMBIGUOUS_DEMONYMS)))
def test_a_demonym_of_a_country_in_a_is_that_country(country: str) -> None:
    """"Nigerians" is Nigeria's people, not Niger's: the longest name the word derives from. A demonym the
    lexicon marks ambiguous ("Dominicans": Dominica's or the Dominican Republic's) names no country."""
    assert _demonym(country + "ns") == country


def test_an_ambiguous_demonym_names_no_country() -> None:
    assert _demonym("Dominicans") is None


@pytest.mark.parametrize(("word", "country"), [("Nigerians", "Nigeria"), ("Syrians", "Syria"),
                                               ("Iraqis", "Iraq"), ("Kenyans", "Kenya"), ("Haitians", "Haiti")])
def test_a_demonym_names_its_own_country(word: str, country: str) -> None:
    assert _demonym(word) == country


@needs_parse
def test_a_flow_takes_the_goal_of_its_own_verb_over_a_name_in_another_clause() -> None:
    text = "Some 9,000 residents fled to the west side of Kharkiv while 4,000 fled to militia-held neighbourhoods."
    assert _location(text, "4,000") == "militia-held neighbourhoods"


@needs_parse
def test_a_goal_after_another_figure_is_that_figures() -> None:
    text = ("About 9,000 people went to government-held districts, around 4,000 to a camp run by the Red "
            "Crescent near Kessa, and 2,000 stayed behind.")
    loc = _location(text, "around 4,000")
    assert loc is not None and "government" not in loc


@needs_parse
def test_a_description_keeps_its_place_when_a_part_names_its_own() -> None:
    text = ("Overnight, at least 30 people were killed in air strikes on the remaining militia-held areas, "
            "including 9 in the Dorra district near the front line, monitors said.")
    loc = _location(text, "at least 30")
    assert loc is not None and "militia-held areas" in loc
    assert _location(text, "9") == "Dorra district"
