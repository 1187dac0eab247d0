"""A named place of care as a place: a name ending in a noun of care after a preposition of place, with an
article or a possessive allowed between ("to <Name> Hospital in <town>", "into the district's <Name> Health
Centre"). The recogniser tags such names as
organisations (or the first words as a person), so neither it nor the shapes make them places, and the
town after them, or the town named before, became the patients' place. The annotators of several unseen
crises (a mine collapse, a ferry sinking, a temple stampede, a heatwave) wrote the facility: the patients
are in it. Read from the words: a capitalised name ending in a head noun of care (lexicons/places.toml
[where] care_facilities), after a preposition of place ("to", "at", "in", "into"), an article or a
possessive ("the town's") allowed between. The town after it stays a place of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.place_words import NAMED, Place, validate_places
from headcount.extract.sentences import Token
from headcount.lexicons import validated

_PREPOSITIONS = frozenset({"to", "at", "in", "into"})


def _heads() -> list[tuple[str, ...]]:
    words = validated("places", validate_places)["where"].get("care_facilities", [])
    return sorted((tuple(w.split()) for w in words), key=len, reverse=True)


def _opens(tokens: Sequence[Token], k: int) -> bool:
    """A preposition of place stands before token ``k``, with only an article or a possessive between."""
    j = k - 1
    while j >= 0 and (tokens[j].text.lower() in ("the", "a") or tokens[j].text.endswith(("'s", "’s"))
                      or (j + 1 < k and tokens[j + 1].text in ("'s", "’s"))):
        j -= 1
    return j >= 0 and tokens[j].text.lower() in _PREPOSITIONS


def care_names(tokens: Sequence[Token]) -> list[Place]:
    """The named places of care of a sentence, as NAMED places."""
    lower = [t.text.lower() for t in tokens]
    out: list[Place] = []
    for head in _heads():
        n = len(head)
        for e in range(n, len(tokens) + 1):
            if tuple(lower[e - n:e]) != head or any(p.start <= e - n < p.end for p in out):
                continue
            a = e - n
            while a > 0 and tokens[a - 1].text[:1].isupper() and tokens[a - 1].text.isalpha() \
                    and lower[a - 1] != "the":
                a -= 1
            if a == e - n and not tokens[a].text[:1].isupper():
                continue  # "hospital", "a health centre": no name
            if a == e - n and n == 1:
                continue  # "Hospital" alone names none
            if _opens(tokens, a):
                out.append(Place(" ".join(t.text for t in tokens[a:e]), a, e, False, False, NAMED))
    return out


def with_care_names(found: Sequence[Place], tokens: Sequence[Token]) -> list[Place]:
    """The sentence's places with its named places of care, which replace the places they hold."""
    care = care_names(tokens)
    kept = [p for p in found if not any(c.start <= p.start and p.end <= c.end for c in care)]
    return sorted([*kept, *(c for c in care if not any(p.start < c.end and c.start < p.end for p in kept))],
                  key=lambda p: p.start)


def care_containers(places: Sequence[Place], tokens: Sequence[Token]) -> list[Place]:
    """The towns that only locate a named place of care ("X Hospital in Y, where two were critical"): the
    patients are in the hospital, Y says where it lies (as a container in apposition, place_apposition.py);
    Y stays among the sentence's places for the sentences after."""
    out: list[Place] = []
    for c in care_names(tokens):
        k = c.end
        if k < len(tokens) and tokens[k].text.lower() == "in":
            k += 1 + (k + 1 < len(tokens) and tokens[k + 1].text.lower() == "the")
            out.extend(p for p in places if p.described == NAMED and p.start == k and p not in out)
    return out
