"""A bare definite noun of location ("at the site", "at the scene", "the spot") says only that it is the
place spoken of before: unlike "the vessel" or "the mountain", which are things and are kept as written
(gold: "the sunken vessel"), it names no kind of place of its own, so the figure's place is the one the
text named before it (convention 7: the nearest place in the paragraph, else the headline's). The nouns
are lexicons/places.toml [where] bare_sites.
"""

from __future__ import annotations

from headcount.extract.place_words import POINTER, Place
from headcount.lexicons import load

_BARE_SITES = frozenset(load("places")["where"]["bare_sites"])


def bare_site(p: Place) -> bool:
    """The place is a pointer of determiner and a bare noun of location only ("the site")."""
    words = p.text.lower().split()
    return p.described == POINTER and len(words) == 2 and words[1] in _BARE_SITES
