"""A description of a space that names no place ("a small area", "an open area", "around 400 sites").

A definite description points back ("the city", "the steelworks") and a description with a kind of place
picks one out ("a village in X", "a hospital"); but an indefinite or counted noun of bare space says only
that people are somewhere: "tens of thousands are trapped in a small area" is still about the place the
paragraph names. The nouns of bare space are lexicons/places.toml [where] vague_spaces; indefinite is read
from the parse (a determiner of [where] indefinite, or a number or quantifier on the noun).
"""

from __future__ import annotations

from headcount.extract import linguistic
from headcount.extract.place_words import INDEFINITE, VAGUE_SPACES


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
