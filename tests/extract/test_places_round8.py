"""Places, round 8 (built on half A's errors, kept only when half B held). Each rule with a contrast it must
leave alone. Sentences written for this file, about crises that are not in the data."""

from __future__ import annotations

from place_helpers import location_of as _location
from place_helpers import needs_parse

# A definite description of a place that is no administrative unit, with an adjective of its own, is a
# place as written, not the town named before (extract/place_parts.py).


@needs_parse
def test_a_described_enclave_left_behind_is_the_origin_as_written() -> None:
    text = ("Cyclone winds tore roofs off across the port of Pemba on Friday.\n"
            "When the wind dropped, some 4,000 fishermen streamed out of the flattened enclave on foot.")
    assert _location(text, "some 4,000") == "the flattened enclave"


@needs_parse
def test_a_besieged_enclave_still_points_back_to_the_name() -> None:
    text = ("Militias have ringed the town of Ndalo since March.\n"
            "When the wind dropped, some 4,000 fishermen streamed out of the besieged enclave on foot.")
    assert _location(text, "some 4,000") == "Ndalo"


@needs_parse
def test_a_described_city_still_points_back_to_the_name() -> None:
    text = ("Cyclone winds tore roofs off across the port of Pemba on Friday.\n"
            "When the wind dropped, some 4,000 fishermen streamed out of the flattened city on foot.")
    assert "Pemba" in (_location(text, "some 4,000") or "")


# A count coordinated after another count's noun does not take the origin hung on that noun
# (extract/place_parts.py owned_by_earlier_conjunct).

_TWO_ARRIVALS = ("Ferries have evacuated 450 families from upper Ndalo who were given tents in Lichinga this week "
                 "and 700 families who were housed at a school in Ibo, the port authority said.")


@needs_parse
def test_a_coordinated_count_takes_its_own_clauses_place_not_the_first_counts_origin() -> None:
    assert _location(_TWO_ARRIVALS, "700") == "Ibo"


@needs_parse
def test_the_first_count_keeps_the_origin_hung_on_its_noun() -> None:
    assert _location(_TWO_ARRIVALS, "450") == "Ndalo"


# A heartland is a noun of place like a valley or a coast (lexicons/places.toml [where] described).

@needs_parse
def test_a_heartland_the_sentence_gives_is_the_place_of_its_dead() -> None:
    text = ("Insurgents stormed Pemba on Monday.\n"
            "Days later, gunmen swept into the province's northern farming heartland and killed 30 villagers.")
    assert "heartland" in (_location(text, "30") or "")


@needs_parse
def test_a_named_town_in_a_heartland_stays_the_place() -> None:
    text = ("Insurgents stormed Pemba on Monday.\n"
            "Days later, gunmen killed 30 villagers in Palma, a town in the province's northern farming heartland.")
    assert _location(text, "30") == "Palma"


# A locative "there" hands the place to the sentence before, described as well as named
# (extract/place_parts.py locative_there).

_BURIED = "A landslide buried the lower half of a valley beyond the ridge last week.\n"


@needs_parse
def test_trapped_there_takes_the_described_place_of_the_sentence_before() -> None:
    text = _BURIED + "Some 300 villagers were still trapped there on Sunday, waiting for helicopters.\n"
    assert "valley" in (_location(text, "Some 300") or "")


@needs_parse
def test_an_expletive_there_hands_over_no_place() -> None:
    text = _BURIED + "There are now some 300 villagers waiting for helicopters, the agency said.\n"
    assert _location(text, "some 300") is None


# A noun of an area as the subject of its clause gives the place (extract/place_subject.py); a thing as
# the subject does not.

@needs_parse
def test_districts_as_subject_are_the_place_of_the_dead() -> None:
    text = ("Rebels held Pemba for a year.\n"
            "Cut off by the floodwater, the low-lying districts went without food for a month, losing 200 "
            "residents to cholera.")
    assert _location(text, "200") == "the low-lying districts"


@needs_parse
def test_a_hospital_as_subject_is_not_made_the_place() -> None:
    text = ("Rebels held Pemba for a year.\n"
            "Cut off by the floodwater, the low-lying hospital went without food for a month, losing 200 "
            "residents to cholera.")
    assert _location(text, "200") is None


# A noun of a unit or a state as the subject ("the town had N residents") is an anaphor of the name before,
# not a place of its own: after "on X," it would be joined to X as its apposition (extract/place_subject.py).

@needs_parse
def test_a_town_as_subject_after_a_named_island_leaves_the_island_the_place() -> None:
    text = "On the island of Ibo, the town had 9,000 residents before the storm, and 3,000 of them have left."
    assert _location(text, "3,000") == "island of Ibo"
