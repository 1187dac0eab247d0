"""A part told by "among" after it, for the languages read by lexicon: "3457 enfants et 2136 femmes figurent
parmi ces morts", "12 niños están entre los fallecidos", "среди погибших 40 детей".

An inclusion cue before a figure ("dont", "в том числе") makes it a part of the figure before the cue
(``stages_local._parent``). News also states the part first and the whole after a preposition of
membership with a people noun that points back to a total already given: the part belongs to that total,
the last one the previous sentences gave, and it counts people of the same place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from headcount.extract.languages import Lexicon
from headcount.extract.linguistic import Word

_AMONG_REACH = 12  # words from the figure to the preposition of membership, other figures between
_NOUN_REACH = 3  # words from the preposition to its people noun ("parmi ces morts", "entre os feridos")
_BACK = 2  # sentences looked back for the whole
_ENDS = frozenset({".", ";", "!", "?", "؟", ":"})


class Part(Protocol):
    sentence_index: int
    first: int
    last: int
    parent: int | None

    @property
    def figure(self) -> Any: ...


def among_whole(words: Sequence[Word], d: Part, drafts: Sequence[Part], first_here: int,
                lex: Lexicon) -> int | None:
    """The index of the whole figure ``d`` is a part of when a preposition of membership and a people noun
    follow it in its clause ("figurent parmi ces morts"): the last figure of the previous sentences (the
    whole it is part of, if that is a part itself), when it is larger; None otherwise."""
    if not lex.among.first or first_here == 0:
        return None
    end = min(len(words), d.last + _AMONG_REACH)
    found = False
    for k in range(d.last, end):
        if words[k].text in _ENDS:
            break
        hit = lex.among.match(words, k, lex.code)
        if hit is not None and any(lex.people.match(words, j, lex.code) is not None
                                   for j in range(hit[1], min(len(words), hit[1] + _NOUN_REACH))):
            found = True
            break
    if not found:
        return None
    n = first_here - 1
    if d.sentence_index - drafts[n].sentence_index > _BACK:
        return None
    up = drafts[n].parent
    whole = up if up is not None else n
    mine, theirs = _value(d), _value(drafts[whole])
    return whole if mine is not None and theirs is not None and mine < theirs else None


def _value(d: Part) -> float | None:
    f = d.figure
    v: float | None = f.low if f.low is not None else f.high
    return v
