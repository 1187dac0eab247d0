"""Where the displaced stay: a figure hosted by a place of the displaced, or staying in one, counts the
displaced (gold convention 5, `displaced` for people hosted in camps and shelters), not a population nor
the people a nearer word of another clause speaks of (N staying in camps after a count of the affected).
Token rules, read by what.py's event search.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.rules import Rules
from headcount.models import Event

_HOST_REACH = 4    # words from the place noun to its verb of hosting ("the tent camps now housing")
_PLACE_REACH = 6   # words from the word of staying to its place noun (staying in the two school camps)
_CLAUSE_STOP = frozenset({",", ";", ":", ".", "?", "!", "(", ")", "—", "–"})


def hosted_displaced(words: Sequence[str], verb: int, inner: str | None, rules: Rules) -> bool:
    """The verb of hosting at ``verb`` governs the figure, and either the figure's own words name the
    displaced (PLACE had housed N displaced PEOPLE) or its subject is a place of the displaced (CAMPS housing
    N people). A country hosting N refugees stays a population: refugees hosted by a country are who lives
    there."""
    if words[verb] not in rules.hosting:
        return False
    if inner == Event.DISPLACED.value:
        return True
    for k in range(verb - 1, max(-1, verb - 1 - _HOST_REACH), -1):
        if words[k] in _CLAUSE_STOP:
            return False
        if words[k] in rules.displaced_places:
            return True
    return False


def staying_in_shelter(words: Sequence[str], head_end: int, rules: Rules) -> bool:
    """After the figure, in its clause, a word of staying whose place is one of the displaced (N are staying
    in camps): those counted are displaced."""
    for j in range(head_end, min(len(words), head_end + _PLACE_REACH)):
        if words[j] in _CLAUSE_STOP:
            return False
        found = rules.staying.match(words, j)
        if found is not None:
            return displaced_place_after(words, j + found[0], rules)
    return False


def displaced_place_after(words: Sequence[str], start: int, rules: Rules) -> bool:
    """From ``start`` (just past a word of staying), within a few words of its clause, a place where the
    displaced live ("camps", "displacement"). Shared by this module and what.py's besieged-or-displaced
    choice."""
    for k in range(start, min(len(words), start + _PLACE_REACH)):
        if words[k] in _CLAUSE_STOP:
            return False
        if words[k] in rules.displaced_places:
            return True
    return False
