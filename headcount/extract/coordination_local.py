"""Two counts or two people nouns joined by a coordinator, for the languages read by lexicon (``stages_local``).

- Gapping: the second of two coordinated clauses that share a compound verb leaves it out ("N civils ont
  été tués et M blessés"); the participle after the second figure is no noun of its own, and the figure
  counts the first figure's people.
- Harm named together: a people noun of death coordinated with one of injury ("mortos e feridos", "погибших
  и раненых") counts both in one figure, casualties (gold convention 5).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from headcount.extract.analyser_simple import normalise
from headcount.extract.languages import Lexicon
from headcount.extract.linguistic import Word
from headcount.extract.spans_local import clause_sign


class Figured(Protocol):
    """A draft of the same sentence: where its noun phrase ends and whom it counts."""

    last: int
    category: str


def gapped(words: Sequence[Word], w0: int, before: Sequence[Figured], lex: Lexicon, language: str) -> bool:
    """The figure is the second of two coordinated clauses that share a compound verb, left out the second
    time ("N habitants ont été évacués et M relogés", "N personas fueron rescatadas y M evacuadas"): the
    word after it is the participle, and it counts the first figure's people."""
    if not before or w0 == 0 or normalise(words[w0 - 1].text, language) not in lex.coordinators:
        return False
    prev = before[-1]
    return prev.last < w0 - 1 and normalise(words[prev.last].text, language) in lex.auxiliaries and not any(
        clause_sign(words[j]) or words[j].pos == "NUM" for j in range(prev.last, w0 - 1))


def harmed_together(words: Sequence[Word], k: int, event: str, lex: Lexicon, language: str) -> bool:
    """The people noun naming death is coordinated with one naming injury, or the reverse ("mortos e
    feridos", "убитых и раненых"): the figure counts both together, casualties (gold convention 5)."""
    if event not in _HARMS or k + 1 >= len(words) or normalise(words[k].text, language) not in lex.coordinators:
        return False
    other = lex.noun_events.match(words, k + 1, language)
    return other is not None and {event, other[0]} == _HARMS


_HARMS = frozenset({"killed", "injured"})
