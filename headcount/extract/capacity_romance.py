"""A figure after a noun of capacity is how many people a place can take, not people who are there.

Why: "o pavilhão tem capacidade para abrigar N pessoas", "una capacidad para albergar a N personas", "une
capacité d'accueil de N personnes" count places, and the verb of sheltering after the noun of capacity made them
displaced people. A figure with a noun of capacity a few words before it in its clause is no count of people.
The nouns are each lexicon's [capacity] words (lexicons/lang/<code>.toml).
"""

from __future__ import annotations

from functools import cache

from headcount.extract.analyser_simple import normalise
from headcount.extract.linguistic import Word
from headcount.extract.spans_local import clause_sign
from headcount.extract.word_lists import word_lists

_GAP = 4  # words between the noun of capacity and the figure ("capacidade para abrigar", "capacité d'accueil de")


@cache
def _nouns(language: str) -> frozenset[str]:
    return frozenset(normalise(w, language) for w in word_lists(language, "capacity", ("words",))["words"])


def is_capacity(words: tuple[Word, ...], w0: int, language: str) -> bool:
    """True if a noun of capacity stands within a few words before the figure at ``w0``, in its clause."""
    nouns = _nouns(language)
    for k in range(w0 - 1, max(-1, w0 - 2 - _GAP), -1):
        if clause_sign(words[k]):
            return False
        if normalise(words[k].text, language) in nouns:
            return True
    return False
