"""Definite descriptions that give a place of their own rather than pointing back to one named before.

"The city" or "the besieged town" stands for the city or town the story named (place_parse.py marks it
POINTER and where.py puts the name in its place). A description whose noun is no administrative unit and
which carries words of its own before it ("the shattered enclave", "the battered island") describes a part or a kind of place that the name before does not cover: the enclave is only part
of the city named before, the island more than its port. The reader takes the description as the place, and
the gold copies it as written (convention 7: the place the sentence gives).
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract import linguistic
from headcount.extract.place_words import (
    COUNTRY_NOUNS,
    DESCRIBED,
    DIRECTION,
    HYPHEN_ADJ,
    PLACE_NOUNS,
    POINTER,
    UNIT_NOUNS,
    Place,
)
from headcount.extract.sentences import Token

# Parts of speech of a word that describes the noun ("shattered", "rebel-held", "battered")
_MODIFIER_POS = frozenset({"ADJ", "VERB"})


def _of_control(word: str) -> bool:
    """A word that says who holds or besieges the place ("rebel-held", "controlled", "besieged"): it
    qualifies the place named before (the besieged enclave is the enclave the story named), not a part."""
    return word in DIRECTION or any(word.endswith(s.lstrip("-")) for s in HYPHEN_ADJ)


def described_by_own_words(parse: linguistic.Analysis | None, tokens: Sequence[Token], p: Place) -> Place:
    """``p`` as a description of its own (DESCRIBED) when it is a pointer whose singular noun is no
    administrative unit, no word of a state and no compass word but a noun of place (an enclave, an
    island, an area), and an adjective or participle of its own (not one of control or siege) stands
    between its determiner and its noun; else ``p`` unchanged."""
    if p.described != POINTER or p.end - p.start < 3:
        return p
    words = [t.text.lower() for t in tokens[p.start : p.end]]
    noun = words[-1]
    if noun not in PLACE_NOUNS or noun in UNIT_NOUNS or noun in COUNTRY_NOUNS or noun in DIRECTION \
            or noun.endswith("s"):
        return p
    if parse is None:
        return p
    between = []
    for t in tokens[p.start + 1 : p.end - 1]:
        k = parse.word_at(t.start)
        if k is None:
            return p
        between.append(parse.words[k])
    if not any(w.pos in _MODIFIER_POS and w.dep == "amod" and not _of_control(w.text.lower()) for w in between):
        return p
    return Place(p.text, p.start, p.end, p.origin, p.of_people, DESCRIBED)
