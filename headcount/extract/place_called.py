"""The noun of place a text calls a place by, so that a definite noun pointing back finds its own place.

"the city" stands for the last place the text called a city (or wrote without a noun of its own), not for
a place it called a town ("fled X for the nearby town of Y ... trapped in the city": X); "the same coast"
stands for the last place given with "coast" ("off the coast of X ... near the same coast": X). The noun a
place is called by is read from its own words ("X province", "the coast of X") or from the noun of place
written just before it ("the town of Y"). Gold convention 7: the place is the one the sentence gives, and
a pointer gives the place it points to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from headcount.extract import linguistic
from headcount.extract.place_countries import country_named
from headcount.extract.place_words import PLACE_NOUNS, POINTER, UNIT_NOUNS, Place
from headcount.extract.sentences import Token

_SAME = frozenset({"same"})
_ARTICLES = frozenset({"the", "this", "that", "these", "those"})


def _singular(noun: str) -> str:
    """The noun of place in the singular ("cities" -> "city", "camps" -> "camp"), when the list knows it."""
    noun = noun.lower()
    if noun.endswith("ies") and noun[:-3] + "y" in PLACE_NOUNS:
        return noun[:-3] + "y"
    if noun.endswith("s") and noun[:-1] in PLACE_NOUNS:
        return noun[:-1]
    return noun


def pointer_noun(p: Place) -> str | None:
    """The noun of place a definite description ends in ("the city", "the besieged town", "the same
    coast"), when it is one: what it points back to must have been called by that noun."""
    words = p.text.split()
    if len(words) < 2 or words[0].lower() not in _ARTICLES or words[-1].lower() not in PLACE_NOUNS:
        return None
    return _singular(words[-1])


def says_same(p: Place) -> bool:
    """The description says it is the place given before ("the same coast"): it points back even where the
    parse took it as a description of its own."""
    words = [w.lower() for w in p.text.split()]
    return len(words) >= 3 and words[0] in _ARTICLES and any(w in _SAME for w in words[1:-1])


def called(p: Place, words: Sequence[str]) -> str | None:
    """The noun of place the text calls ``p`` by: in its own words, in lower case ("X province", "the coast
    of X"; "X City" is a name and says nothing), else written just before it with "of" ("the nearby town
    of X"); None when the text gives none."""
    own = [_singular(w) for w in p.text.split() if w in PLACE_NOUNS]  # "Port X" is a name, not a port
    if own:
        return own[0]
    if p.start >= 2 and words[p.start - 1].lower() == "of" and words[p.start - 2].lower() in PLACE_NOUNS:
        return _singular(words[p.start - 2])
    return None


def fits(p: Place, words: Sequence[str], noun: str, exact: bool) -> bool:
    """Whether ``p`` can be what a pointer ending in ``noun`` stands for. For "the same X" (``exact``): only
    a place called by that noun. Otherwise a place called by another administrative unit (lexicons/
    places.toml [where] units) is not it ("the city" is not the town of Y), though a port or an enclave may
    well be the city or the town the text calls it next; and a country named bare is no city, district or
    area (the country has a pointer of its own, "the country": place_countries.py), nor is a list of
    countries ("X and Y": "the capital" then has no single country to lie in, and is kept as written)."""
    if p.described == POINTER:
        return False
    name = called(p, words)
    if exact:
        return name == noun
    if name is not None:
        return name == noun or name not in UNIT_NOUNS or noun not in UNIT_NOUNS
    return country_named(p.text) is None and not _countries_listed(p.text)


def _countries_listed(text: str) -> bool:
    """``text`` is a list of two or more countries ("X and Y", "X, Y and Z")."""
    parts = [q.strip() for q in re.split(r",|\band\b|\bor\b", text) if q.strip()]
    return len(parts) >= 2 and all(country_named(q) is not None for q in parts)


def titled_name_before(parse: linguistic.Analysis, tokens: Sequence[Token], text: str,
                       pointer: Place) -> str | None:
    """The name a pointer ("in the Libyan city") stands for when its own sentence gives it before it only
    in a party's title ("the mayor of X said the toll in the city ..."): a proper name as the object of
    "of" on a common noun that is no noun of place. The recogniser may not take an unknown town for a
    place there; the pointer that follows says it is one. The last such name before the pointer."""
    first = tokens[pointer.start].start
    found = None
    for k, w in enumerate(parse.words):
        if w.start >= first:
            break
        if w.pos != "PROPN" or w.dep != "pobj" or parse.words[w.head].text.lower() != "of":
            continue
        title = parse.words[parse.words[w.head].head]
        if title.pos != "NOUN" or title.lemma in PLACE_NOUNS or w.ent_type == "PERSON":
            continue
        lo, hi = parse.subtree(k)
        found = text[parse.words[lo].start : parse.words[hi - 1].end]
    return found
