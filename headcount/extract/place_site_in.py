"""A kind of site located by "in" and a definite place noun ("in temporary camps in the capital", "at
makeshift shelters in the city"): the site says what sort of place people are in, the "in" phrase says
where, and that is the figure's place (gold convention 7, the most specific place the sentence gives).
The definite noun points back as any pointer does ("the city" -> the city named before), except that
"the capital" never stands for a country: the capital lies inside the country named before, and is then
kept as written.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.place_countries import country_named
from headcount.extract.place_words import DESCRIBED, LOCATING, POINTER, POINTING, UNIT_NOUNS, Place
from headcount.extract.sentences import Token

_CAPITAL = "capital"


def pointer_after_in(place: Place, here: Sequence[Place], tokens: Sequence[Token], text: str) -> Place | None:
    """The pointer ("the capital") right after "in" that locates the described site ``place``: a place of
    its own the sentence found, or the last words of the site's own span (the parse hangs the "in"
    phrase on the site's noun, and the site's span then holds it)."""
    if place.described != DESCRIBED:
        return None
    words = [t.text.lower() for t in tokens]
    for p in here:
        if p.described == POINTER and p.start == place.end + 1 and words[place.end] in LOCATING:
            return p
    shown = len(place.text.split())
    k = place.start + shown
    if (k + 3 == place.end and words[k] == "in" and words[k + 1] in POINTING
            and words[k + 2] in UNIT_NOUNS | {"capital"}):
        return Place(text[tokens[k + 1].start : tokens[k + 2].end], k + 1, k + 3, place.origin, place.of_people,
                     POINTER)
    return None


def capital_of_country(pointer: Place, named: str) -> bool:
    """"the capital" would resolve to a country, which only holds it."""
    return pointer.text.split()[-1].lower() == _CAPITAL and country_named(named) is not None
