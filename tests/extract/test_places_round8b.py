"""Places, round 8b: constructions from reports about crises not in the data (a pointer that must match the
noun a place was called by, "the same <noun>", a place in an adjunct of basis, a pointer to the place in
the speaker's title). Each rule with a contrast it must leave alone. Sentences written for this file."""

from __future__ import annotations

from place_helpers import location_of as _location
from place_helpers import needs_parse

# "the city" stands for the last place called a city or by no noun, not one the text called a town
# (extract/place_called.py).


@needs_parse
def test_the_city_skips_a_place_called_a_town() -> None:
    text = ("Relief workers said about 9,000 families had left Port Mabor for the small town of Kiseni.\n"
            "Officials said some 40,000 residents were still stuck in the city after the dykes broke.")
    assert _location(text, "some 40,000") == "Port Mabor"


@needs_parse
def test_the_town_still_points_to_the_place_called_a_town() -> None:
    text = ("Relief workers said about 9,000 families had left Port Mabor for the small town of Kiseni.\n"
            "Officials said some 40,000 residents were still stuck in the town after the dykes broke.")
    assert _location(text, "some 40,000") == "Kiseni"


# "the same <noun of place>" stands for the place last given with that noun, whatever lies between.


@needs_parse
def test_the_same_coast_is_the_coast_given_before() -> None:
    text = ("A fishing trawler overturned off the coast of Madagascar on Sunday.\n"
            "It had sailed from Mozambique two days earlier.\n"
            "On Monday, 27 people drowned when a ferry went down near the same coast.")
    assert _location(text, "27") == "coast of Madagascar"


@needs_parse
def test_a_coast_without_same_is_left_alone() -> None:
    text = ("A fishing trawler overturned off the coast of Madagascar on Sunday.\n"
            "It had sailed from Mozambique two days earlier.\n"
            "On Monday, 27 people drowned when a ferry went down near a rocky coast.")
    assert _location(text, "27") != "coast of Madagascar"


# A place in an adjunct of basis ("based on ...") is what an estimate rests on, not where the figure is
# (extract/place_basis.py); a pointer in the figure's own sentence stands for the name in the speaker's
# title when the recogniser missed it as a place.


@needs_parse
def test_a_place_in_an_adjunct_of_basis_is_not_the_figures() -> None:
    text = ("Mudslides hit Blantyre overnight after days of heavy rain.\n"
            "A regional official said the toll in the Malawian city could climb to 3,000, based on the extent "
            "of the harm to districts buried when the hillside gave way.")
    assert _location(text, "3,000") == "Blantyre"


@needs_parse
def test_a_pointer_stands_for_the_name_in_the_speakers_title() -> None:
    text = "The governor of Kalundu said the toll in the Malawian town could climb to 3,000 by Friday."
    assert _location(text, "3,000") == "Kalundu"


@needs_parse
def test_a_place_before_the_basis_stays_the_figures() -> None:
    text = ("The governor said 3,000 people were missing in villages downstream, based on reports from "
            "rescue teams.")
    assert _location(text, "3,000") == "villages"
