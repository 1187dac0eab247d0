"""One party's one count of combatants, named two ways in one text, is one count.

Why: the word for armed people is a point of view. A text reports an army's statement as "74 soldiers gave
themselves up" in its own lead and then quotes the army's spokesman: "74 gunmen handed over their weapons".
The group lexicon folds "soldiers" and "gunmen" into two groups (``soldiers``, ``fighters``), rightly for
two parties' counts (they are most often the two sides of one fight); but one party's one exact figure,
given twice in one document for the same event, place and period, is one count the text names twice, not a
count of soldiers and another of fighters. Left as two series, a comparison made under one naming cannot
see the claims filed under the other, and a reader checking the party's quoted words does not find them in
the finding.

The rule: within one document, points of one party with the same exact figure (one value, no hedge), the
same event, place, kind and span, whose groups are both kinds of combatants (``COMBATANTS``'s parts) and
differ, are keyed as the first of them in the text. Only combatants: other groups that share a class
(women and children, both civilians) are not two namings of one set of people but two sets, and two equal
counts of them are a coincidence the text states.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from headcount.lexicons.groups import is_part_of

if TYPE_CHECKING:
    from headcount.reconcile.series import Point, SeriesKey

#: the class whose parts are namings of armed people by one side or the other (soldiers, fighters)
COMBATANTS = "combatants"


def _counted(p: Point) -> tuple[object, ...] | None:
    """What makes two points one count, when ``p`` is an exact count of a kind of combatants; else None."""
    c, key = p.claim, p.key
    if key.group == COMBATANTS or not is_part_of(key.group, COMBATANTS):
        return None
    if c.low is None or c.low != c.high or c.approx or c.qualifier:
        return None
    return (p.party.key, key.event, key.place, p.kind, p.start, p.end, c.low)


def one_naming(points: Sequence[Point]) -> list[Point]:
    """One document's points, a party's one exact count of combatants under one key (see the module)."""
    first: dict[tuple[object, ...], SeriesKey] = {}
    for p in sorted(points, key=lambda q: q.claim.start):
        sig = _counted(p)
        if sig is not None:
            first.setdefault(sig, p.key)
    out = []
    for p in points:
        sig = _counted(p)
        named = first.get(sig) if sig is not None else None
        out.append(dataclasses.replace(p, key=named) if named is not None and named != p.key else p)
    return out
