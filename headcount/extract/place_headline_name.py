"""A headline's place that only the body shows to be one: an unlisted name as the noun modifier of the
event noun ("X <event noun>: <figure> <verb>"), over a body that writes "<preposition> X Island". A headline packs its place into a noun modifier, with no
preposition and often no sentence around it, so neither the shapes nor the entity recogniser read an
unlisted name there as a place. The body, written in full sentences, does: a capitalised word of the
headline that begins a place the body names is the headline's place, as the headline writes it (gold
convention 7: the figure's place falls back to the headline's).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from headcount.extract.place_words import NAMED, NAMED_OF, NOT_PLACE, Place
from headcount.extract.sentences import Token

_UNIT_AFTER = NAMED_OF


def capital_runs(tokens: Sequence[Token], joined: bool = False,
                 not_first: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The maximal runs of capitalised words, alphabetic or, with ``joined``, with hyphens and apostrophes
    inside ("Al-Noor", "Anne's"); a run does not start on a word of ``not_first`` (lower-cased)."""
    def cap(t: Token) -> bool:
        word = t.text.replace("-", "").replace("'", "").replace("’", "") if joined else t.text
        return t.text[:1].isupper() and word.isalpha()
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(tokens):
        if cap(tokens[k]) and tokens[k].text.lower() not in not_first:
            e = k
            while e < len(tokens) and cap(tokens[e]):
                e += 1
            out.append((k, e))
            k = e
        else:
            k += 1
    return out


def headline_name(headline: Sequence[Token], body_places: Iterable[Place]) -> str | None:
    """The first whole capitalised run of the headline that is a named body place, or that place's start
    with only nouns of place after it ("X" for "X Island")."""
    names = [tuple(p.text.split()) for p in body_places if p.described == NAMED]
    for a, b in capital_runs(headline, not_first=NOT_PLACE):
        words = tuple(t.text for t in headline[a:b])
        if any(n[: len(words)] == words and all(w.lower() in _UNIT_AFTER for w in n[len(words):]) for n in names):
            return " ".join(words)
    return None
