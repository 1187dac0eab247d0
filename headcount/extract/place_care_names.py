"""A named place of care as a place: a name ending in a noun of care after a preposition of place, with an
article or a possessive allowed between ("to <Name> Hospital in <town>", "into the district's <Name> Health
Centre"). The recogniser tags such names as
organisations (or the first words as a person), so neither it nor the shapes make them places, and the
town after them, or the town named before, became the patients' place. The annotators of several unseen
crises (a mine collapse, a ferry sinking, a temple stampede, a heatwave) wrote the facility: the patients
are in it. The name is the recogniser's span (review round 11 point 6: a run of capitalised words broke at
"Al-Noor" and "St Anne's"): an organisation or facility span ending in a head noun of care
(lexicons/places.toml [where] care_facilities), or a name span the head noun follows (the recogniser often
leaves the noun out, or reads the first words as a person's name). Without the parse, a run of
capitalised words before the head noun stands in for the span. Either way the name comes after a
preposition of place ("to", "at", "in", "into"), an article or a possessive ("the town's") allowed
between. The town after it stays a place of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract import linguistic
from headcount.extract.place_words import NAMED, Place, validate_places
from headcount.extract.sentences import Token
from headcount.lexicons import validated

_PREPOSITIONS = frozenset({"to", "at", "in", "into"})
# the recogniser's labels of a facility's own name, and of a name a head noun of care may follow
_FACILITY = frozenset({"FAC", "ORG"})
_NAMES = frozenset({"FAC", "ORG", "PERSON", "GPE", "LOC", "NORP"})


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


def _ends_in_head(lower: Sequence[str], a: int, e: int) -> int:
    """The length of the head noun of care that ends the words [a, e), or 0."""
    return next((len(h) for h in _heads() if e - len(h) > a and tuple(lower[e - len(h):e]) == h), 0)


def _entity_spans(tokens: Sequence[Token], parse: linguistic.Analysis) -> list[tuple[int, int]]:
    """The token ranges of the recogniser's names of places of care: a facility or organisation span ending
    in a head noun, or a name span a head noun follows ("<Name> hospital"); a leading article dropped."""
    lower = [t.text.lower() for t in tokens]
    out: list[tuple[int, int]] = []
    for ent in parse.entities:
        inside = [k for k, t in enumerate(tokens) if ent.start <= t.start and t.end <= ent.end]
        if not inside or ent.label not in _NAMES:
            continue
        a, e = inside[0], inside[-1] + 1
        a += lower[a] == "the" and e - a > 1
        head = _ends_in_head(lower, a, e) if ent.label in _FACILITY else 0
        after = 0 if head else next((len(h) for h in _heads() if tuple(lower[e:e + len(h)]) == h), 0)
        # the name itself in capitals throughout: "University of X Medical Centre in Y" names an
        # institution of X, and the round-11 evidence (P1) is all capitalised names
        if (head or after) and all(t.text[:1].isupper() for t in tokens[a:e - head]):
            out.append((a, e + after))
    return out


def _word_spans(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Without a parse: a run of capitalised words before a head noun of care."""
    lower = [t.text.lower() for t in tokens]
    out: list[tuple[int, int]] = []
    for head in _heads():
        n = len(head)
        for e in range(n, len(tokens) + 1):
            if tuple(lower[e - n:e]) != head or any(a <= e - n < b for a, b in out):
                continue
            a = e - n
            while a > 0 and tokens[a - 1].text[:1].isupper() and tokens[a - 1].text.isalpha() \
                    and lower[a - 1] != "the":
                a -= 1
            if a < e - n:  # "hospital", "a health centre", "Hospital" alone: no name
                out.append((a, e))
    return out


def care_names(tokens: Sequence[Token], parse: linguistic.Analysis | None = None) -> list[Place]:
    """The named places of care of a sentence, as NAMED places: from the recogniser's spans when there is a
    parse, else from the words."""
    spans = _entity_spans(tokens, parse) if parse is not None else _word_spans(tokens)
    out: list[Place] = []
    for a, e in sorted(spans):
        if _opens(tokens, a) and not any(p.start < e and a < p.end for p in out):
            out.append(Place(" ".join(t.text for t in tokens[a:e]), a, e, False, False, NAMED))
    return out


def with_care_names(found: Sequence[Place], tokens: Sequence[Token],
                    parse: linguistic.Analysis | None = None) -> list[Place]:
    """The sentence's places with its named places of care, which replace the places they hold."""
    care = care_names(tokens, parse)
    kept = [p for p in found if not any(c.start <= p.start and p.end <= c.end for c in care)]
    return sorted([*kept, *(c for c in care if not any(p.start < c.end and c.start < p.end for p in kept))],
                  key=lambda p: p.start)


def care_containers(places: Sequence[Place], tokens: Sequence[Token],
                    parse: linguistic.Analysis | None = None) -> list[Place]:
    """The towns that only locate a named place of care ("X Hospital in Y, where two were critical"): the
    patients are in the hospital, Y says where it lies (as a container in apposition, place_apposition.py);
    Y stays among the sentence's places for the sentences after."""
    out: list[Place] = []
    for c in care_names(tokens, parse):
        k = c.end
        if k < len(tokens) and tokens[k].text.lower() == "in":
            k += 1 + (k + 1 < len(tokens) and tokens[k + 1].text.lower() == "the")
            out.extend(p for p in places if p.described == NAMED and p.start == k and p not in out)
    return out
