"""Where the displaced stay: a figure hosted by a place of the displaced, or staying in one, counts the
displaced (gold convention 5, `displaced` for people hosted in camps and shelters), not a population nor
the people a nearer word of another clause speaks of ("3,050 are staying in the two tent camps near the
river"). Token rules, read by what.py's event search.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.rules import Rules
from headcount.models import Event

_HOST_REACH = 4    # words from the place noun to its verb of hosting ("the tent camps now housing")
_PLACE_REACH = 6   # words from the word of staying to its place noun ("are staying in the two tent camps")
_CLAUSE_STOP = frozenset({",", ";", ":", ".", "(", ")", "—", "–"})


def hosted_displaced(words: Sequence[str], verb: int, inner: str | None, rules: Rules) -> bool:
    """The verb of hosting at ``verb`` governs the figure, and either the figure's own words name the
    displaced ("the church had housed 640 displaced villagers") or its subject is a place of the displaced
    ("tent camps housing about 1,300 people"). "A neighbouring state houses 80,000 refugees" stays a
    population: refugees hosted by a country are who lives there."""
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
    """After the figure, in its clause, a word of staying whose place is one of the displaced ("3,050 are
    staying in the two tent camps"): those counted are displaced."""
    for j in range(head_end, min(len(words), head_end + _PLACE_REACH)):
        if words[j] in _CLAUSE_STOP:
            return False
        found = rules.staying.match(words, j)
        if found is None:
            continue
        for k in range(j + found[0], min(len(words), j + found[0] + _PLACE_REACH)):
            if words[k] in _CLAUSE_STOP:
                return False
            if words[k] in rules.displaced_places:
                return True
        return False
    return False
