"""Nouns of location that name no place: an indefinite or counted noun of bare space names nothing, a
definite one only points back, and a bare singular noun is an idiom of state (one concern, review 9f: the
former place_bare_site.py and place_bare_noun.py are here, and both readers share one list).

A description of a space that names no place ("a small area", "an open area", "around 400 sites").

A definite description points back ("the city", "the steelworks") and a description with a kind of place
picks one out ("a village in X", "a hospital"); but an indefinite or counted noun of bare space says only
that people are somewhere: "tens of thousands are trapped in a small area" is still about the place the
paragraph names. The nouns of bare space are lexicons/places.toml [where] vague_spaces; indefinite is read
from the parse (a determiner of [where] indefinite, or a number or quantifier on the noun).

A bare definite noun of location ("at the site", "at the scene", "the spot") says only that it is the place
spoken of before: unlike "the vessel" or "the mountain", which are things and are kept as written, it names
no kind of place of its own, so the figure's place is the one the text named before it (convention 7).

A bare singular noun with no determiner ("still in hospital", "in prison", "in custody") is English's
institutional idiom: it says what state people are in, not which place. A place given by a common noun
carries a determiner or its own words ("the local hospital", "relief camps"), and those are kept as
written; the bare singular is not a place, and the figure's place is found as if the sentence named none.
Evidence: probe texts only (dev gold has no such idiom as a figure's place); "at sea" falls under it too,
and the figure then borrows the place named before.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract import linguistic
from headcount.extract.place_words import DESCRIBED, INDEFINITE, POINTER, VAGUE_SPACES, Place
from headcount.extract.sentences import Token


def vague_space(parse: linguistic.Analysis, k: int) -> bool:
    """Word ``k`` heads an indefinite or counted noun of bare space ("a safe area", "400 sites"), not
    modified by a name ("an area of X" picks out X's) or by a noun that says what kind of space ("a
    market area"); adjectives ("small", "open", "safe") do not."""
    w = parse.words[k]
    if w.lemma not in VAGUE_SPACES and w.text.lower() not in VAGUE_SPACES:
        return False
    kids = [parse.words[c] for c in parse.children(k)]
    if any((c.dep == "prep" and c.text.lower() == "of") or c.dep == "compound" for c in kids):
        return False  # "an area of X", "a busy market area", "a burial site": a kind of place, picked out
    return any((c.dep == "det" and c.lemma in INDEFINITE) or c.dep in ("nummod", "quantmod") for c in kids)


def bare_site(p: Place) -> bool:
    """The place is a pointer of determiner and a bare noun of location only ("the site")."""
    words = p.text.lower().split()
    return p.described == POINTER and len(words) == 2 and words[1] in VAGUE_SPACES


def institutional_idiom(p: Place) -> bool:
    """The description is one lower-case singular noun with nothing before it."""
    words = p.text.split()
    return (p.described in (DESCRIBED, POINTER) and len(words) == 1 and words[0].isalpha()
            and words[0].islower() and not words[0].endswith("s"))


def idiom_location(p: Place, tokens: Sequence[Token], text: str) -> list[Place]:
    """What is left of an idiom of state that took in the name after it ("in hospital in X": the parse
    joins "in X" to the noun as where it lies): the name, as the place (the idiom itself names none)."""
    k = p.start + len(p.text.split())
    if k + 1 < p.end and tokens[k].text.lower() == "in" and tokens[k + 1].text[:1].isupper():
        return [Place(text[tokens[k + 1].start : tokens[p.end - 1].end], k + 1, p.end, p.origin, p.of_people)]
    return []
