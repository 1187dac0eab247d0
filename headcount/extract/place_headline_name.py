"""A headline's place that only the body shows to be one: "X ferry tragedy: 46 bodies recovered" over a
body that says "capsized near Y on X Island". A headline packs its place into a noun modifier, with no
preposition and often no sentence around it, so neither the shapes nor the entity recogniser read an
unlisted name there as a place. The body, written in full sentences, does: a capitalised word of the
headline that begins a place the body names is the headline's place, as the headline writes it (gold
convention 7: the figure's place falls back to the headline's).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from headcount.extract.place_words import NAMED, NOT_PLACE, Place
from headcount.extract.sentences import Token


def _runs(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """The maximal runs of capitalised alphabetic words."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(tokens):
        if tokens[k].text[:1].isupper() and tokens[k].text.isalpha() and tokens[k].text.lower() not in NOT_PLACE:
            e = k
            while e < len(tokens) and tokens[e].text[:1].isupper() and tokens[e].text.isalpha():
                e += 1
            out.append((k, e))
            k = e
        else:
            k += 1
    return out


def headline_name(headline: Sequence[Token], body_places: Iterable[Place]) -> str | None:
    """The first capitalised run of the headline that a named body place starts with, word for word (the
    run may be shorter than the body's name: "X" for "X Island")."""
    names = [tuple(p.text.split()) for p in body_places if p.described == NAMED]
    for a, b in _runs(headline):
        for e in range(b, a, -1):
            words = tuple(t.text for t in headline[a:e])
            if any(n[: len(words)] == words for n in names):
                return " ".join(words)
    return None
