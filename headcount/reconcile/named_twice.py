"""One party's one count of combatants, named two ways in one text, is one count.

Why: the word for armed people is a point of view. A text reports a party's statement about a surrender in
its own words ("soldiers") and then quotes the party's spokesman, who names the same men by his side's word
for them ("gunmen").
The group lexicon folds "soldiers" and "gunmen" into two groups (``soldiers``, ``fighters``), rightly for
two parties' counts (they are most often the two sides of one fight); but one party's one exact figure,
given once in the text's own words and once inside the party's quoted words, is one count the text names
twice, not a count of soldiers and another of fighters. Left as two series, a comparison made under one
naming cannot see the claims filed under the other, and a reader checking the party's quoted words does not
find them in the finding.

The rule (narrowed after two reviews): only for events that move or hold people, never harms (a party's
"12 soldiers were killed" and its quoted "we killed 12 insurgents" are its two sides); within one document, the points of one party with the same exact figure
(one value, no hedge), the same event, place, kind and span, whose groups are kinds of combatants
(``COMBATANTS``'s parts), are keyed as the first of them in the text when they name exactly two groups, one
only in the text's own words (once or more: a lead and its recap) and the other only inside the party's
quoted words, no sentence holds both groups, and no sentence adds its group to another with an additive
particle ("also", "too", "as well"). Equal small losses
on both sides of one clash are common: "3 soldiers and 3 militants were killed", or "12 soldiers were
killed ... It said 12 insurgents were also killed", are two counts, and the rule leaves them apart. Only
combatants: other groups that share a class (women and children, both civilians) are two sets of people,
and two equal counts of them are a coincidence the text states. Without the document's text the rule
cannot tell a quotation and does nothing.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from headcount.extract.attribution_quote import enclosing_quote
from headcount.lexicons.groups import is_part_of

if TYPE_CHECKING:
    from headcount.reconcile.series import Point

#: the class whose parts are namings of armed people by one side or the other (soldiers, fighters)
COMBATANTS = "combatants"

#: additive focus particles: a sentence that says a second group was "also" hit counts another set of people
_ADDITIVE = re.compile(r"\b(?:also|too|as well|likewise)\b", re.IGNORECASE)


#: harms: a party counts its own losses and the enemy's dead alike, so its two namings of one equal figure
#: ("12 soldiers were killed"; "we killed 12 insurgents") are as likely its two sides as one count named twice
_HARMS = frozenset({"killed", "injured", "casualties", "missing"})


def _counted(p: Point) -> tuple[object, ...] | None:
    """What makes two points one count, when ``p`` is an exact count of a kind of combatants in an event
    that moves or holds people (a surrender, a capture, a release, an evacuation), not a harm; else None."""
    c, key = p.claim, p.key
    if key.event in _HARMS or key.group == COMBATANTS or not is_part_of(key.group, COMBATANTS):
        return None
    if c.low is None or c.low != c.high or c.approx or c.qualifier:
        return None
    return (p.party.key, key.event, key.place, p.kind, p.start, p.end, c.low)


def _quoted_and_not(points: Sequence[Point], text: str) -> bool:
    """The points name one group in the text's own words (once or more) and the other only inside quoted
    words, no two of different groups in one sentence, and no sentence adds its group to another ("also")."""
    inside = {p.key.group for p in points if enclosing_quote(text, p.claim.start) is not None}
    outside = {p.key.group for p in points if enclosing_quote(text, p.claim.start) is None}
    if len(inside) != 1 or len(outside) != 1 or inside == outside:
        return False
    if any(_ADDITIVE.search(p.claim.sentence) for p in points):
        return False
    sentences: dict[object, set[str]] = defaultdict(set)
    for p in points:
        sentences[p.claim.sentence_start].add(p.key.group)
    return all(len(groups) == 1 for groups in sentences.values())


def one_naming(points: Sequence[Point], text: str | None) -> list[Point]:
    """One document's points, a party's one exact count of combatants under one key (see the module)."""
    if not text:
        return list(points)
    same: dict[tuple[object, ...], list[Point]] = defaultdict(list)
    for p in sorted(points, key=lambda q: q.claim.start):
        sig = _counted(p)
        if sig is not None:
            same[sig].append(p)
    renamed = {}
    for named in same.values():
        if len({p.key.group for p in named}) == 2 and _quoted_and_not(named, text):
            for p in named[1:]:
                renamed[id(p)] = named[0].key
    return [dataclasses.replace(p, key=renamed[id(p)]) if id(p) in renamed else p for p in points]
