"""The words and names where.py reads places with: the word classes of lexicons/places.toml [where] and the
gazetteer's names (lexicons/gazetteer.toml), validated when this module loads, and the ``Place`` a sentence
yields.

They live apart from the code that finds places (place_shapes.py, place_parse.py) and the code that chooses
the figure's place (where.py) because all three read them, and because word lists belong to the lexicons:
this module only loads, checks and names them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from headcount.extract import calendar_words
from headcount.lexicons import validated
from headcount.lexicons import words as word_list

_WHERE_KEYS = ("prepositions", "not_before_to", "org_words", "origin_words", "direction", "not_place",
               "place_nouns", "described", "units", "leave_lemmas", "reach_lemmas", "name_links",
               "control_suffixes", "compass", "distance_words", "demonym_endings", "number_glue", "vague_spaces", "country_nouns",
               "indefinite", "pointing", "untagged_superlatives", "basis_words", "named_of", "spreading_nouns",
               "hosting_lemmas", "party_people", "ambiguous_demonyms", "inquiry_nouns", "speech_nouns",
               "weather_nouns", "title_function_words",
               "units_not_opening", "locating_prepositions", "divisions")
_ONE_WORD = ("leave_lemmas", "reach_lemmas", "described", "units", "compass", "distance_words", "demonym_endings",
             "number_glue", "vague_spaces", "country_nouns", "indefinite", "pointing", "untagged_superlatives", "basis_words",
             "named_of", "spreading_nouns", "hosting_lemmas", "party_people", "ambiguous_demonyms",
             "inquiry_nouns", "speech_nouns", "weather_nouns", "title_function_words",
             "units_not_opening", "locating_prepositions", "divisions")


def validate_places(data: dict[str, Any]) -> Iterable[str]:
    table = data.get("where")
    if not isinstance(table, dict):
        yield "[where] must be a table"
        return
    for key in _WHERE_KEYS:
        for w in word_list(table, key, where=f"lexicons/places.toml [where] {key}"):
            if w != w.lower():
                yield f"[where] {key}: {w!r} must be lower-case"
            if key in _ONE_WORD and " " in w.strip():
                yield f"[where] {key}: {w!r} must be one word"


def _where_words(key: str) -> frozenset[str]:
    return frozenset(validated("places", validate_places)["where"][key])


# The word classes, from lexicons/places.toml [where] (validated when this module loads).
# Nouns of bare space ("a small area", "400 sites"): indefinite, they name no place (place_vague.py).
VAGUE_SPACES = _where_words("vague_spaces")
# Nouns of a state ("the country"): they point back to a country, not to the nearest place.
COUNTRY_NOUNS = _where_words("country_nouns")
# Determiners of an indefinite noun ("a", "some"), and of a definite one that points back ("the", "these").
INDEFINITE = _where_words("indefinite")
POINTING = _where_words("pointing")
# Superlatives the small model's tagger misses (tags RB or JJ for "hardest").
UNTAGGED_SUPERLATIVES = _where_words("untagged_superlatives")
PREPOSITIONS = _where_words("prepositions")
# "to" and "of" introduce places only in some company: "fled to Sudan", "the city of Aleppo", not
# "according to the United Nations" or "the Office of Humanitarian Affairs".
NOT_BEFORE_TO = _where_words("not_before_to")
ORG_WORDS = _where_words("org_words")
ORIGIN = _where_words("origin_words")
# The points of the compass ("north", "south-east"), and with them the words of a place before its name.
COMPASS = _where_words("compass")
DIRECTION = _where_words("direction") | COMPASS
# Words of a distance before a compass phrase ("some 30 km north of").
DISTANCE_WORDS = _where_words("distance_words")
# How an English demonym ends ("Iraqi", "Haitian"), and the words of a number phrase before a counted noun.
DEMONYM_ENDINGS = tuple(sorted(_where_words("demonym_endings"), key=lambda e: (-len(e), e)))
NUMBER_GLUE = _where_words("number_glue") | {","}
# Counted nouns of a party's people, whose demonym says whose side, not where; demonyms of two countries.
PARTY_PEOPLE = _where_words("party_people")
AMBIGUOUS_DEMONYMS = _where_words("ambiguous_demonyms")
# Not names: the lexicon's function words, titles and nationalities, and every month and weekday name CLDR
# knows for the configured locales.
NOT_PLACE = (_where_words("not_place") | frozenset(calendar_words.months()) | frozenset(calendar_words.weekdays(True)))
# Common nouns that name a place as written ("the flood zone", "the sunken vessel"), by lemma.
DESCRIBED_PLACES = _where_words("described")
# Nouns of administrative units written after a name ("Swat district").
UNIT_NOUNS = _where_words("units")
# Words opening an adjunct of basis or cause ("based on", "because of"): place_basis.py.
BASIS_WORDS = _where_words("basis_words")
PLACE_NOUNS = _where_words("place_nouns")
NAMED_OF = _where_words("named_of")  # nouns of a unit a name follows after "of" (place_noun_of.py)
SPREADING_NOUNS = _where_words("spreading_nouns")  # fire and spreading (place_medium.py)
HOSTING_LEMMAS = _where_words("hosting_lemmas")  # verbs of hosting (place_host_subject.py)
INQUIRY_NOUNS = _where_words("inquiry_nouns")  # nouns of an inquiry (place_inquiry.py)
SPEECH_NOUNS = _where_words("speech_nouns")  # nouns of a medium or of speech (place_shapes.py)
# function words a title-case headline capitalises (place_shapes.py)
TITLE_FUNCTION_WORDS = _where_words("title_function_words")
UNITS_NOT_OPENING = _where_words("units_not_opening")  # units that also end ministries' names (place_shapes.py)
LOCATING = _where_words("locating_prepositions")  # prepositions that locate a site (place_site_in.py)
# Verbs whose object is the place left behind (the origin of a flow) or the place reached, by lemma.
LEAVE_LEMMAS = _where_words("leave_lemmas")
REACH_LEMMAS = _where_words("reach_lemmas")
NAME_LINKS = _where_words("name_links")

HYPHEN_ADJ = tuple(sorted(_where_words("control_suffixes")))

# How a place is given: by name, by a description ("the flood zone"), by a definite description that
# points back to a place named before ("the city"), or by name inside a party's title ("the governor of X"):
# the last is the figure's place only when its sentence gives no other.
NAMED, DESCRIBED, POINTER, TITLED = 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class Place:
    text: str
    start: int   # token index
    end: int
    origin: bool  # introduced by "from", "left", "out of" ...
    of_people: bool = False  # "migrants from Eritrea": where people come from, not where the event happened
    described: int = NAMED  # NAMED, DESCRIBED ("the flood zone"), POINTER ("the city": a place named before)
    # or TITLED ("the mayor of X")


def _validate_gazetteer(data: dict[str, Any]) -> Iterable[str]:
    for key in ("countries", "cities", "regions"):
        word_list(data, key, where=f"lexicons/gazetteer.toml {key}")
    return ()


@cache
def gazetteer() -> dict[str, list[tuple[str, ...]]]:
    """Known place names by first word (as written), longest first: the countries, cities and regions, and
    the names of the ``[within]`` table, which adds the ASCII spellings news English writes ("Herat" for
    GeoNames' "Herāt")."""
    data = validated("gazetteer", _validate_gazetteer)
    within = data.get("within", {})
    names = {*data["countries"], *data["cities"], *data["regions"],
             *(n for places in within.values() if isinstance(places, list) for n in places)}
    table: dict[str, list[tuple[str, ...]]] = {}
    for name in sorted(names):
        parts = tuple(name.replace("’", "'").split())
        if parts and parts not in table.get(parts[0], []):
            table.setdefault(parts[0], []).append(parts)
    for entries in table.values():
        entries.sort(key=len, reverse=True)
    return table


@cache
def countries() -> frozenset[str]:
    """The gazetteer's country names, as written."""
    return frozenset(n.replace("’", "'") for n in validated("gazetteer", _validate_gazetteer)["countries"])
