"""A change a text tells with only its "from" argument: the party's old value, and the text's figure as its new.

A text may report that a party changed its count and give only what it changed from: "The coast guard
revised the death toll from 52 after divers recounted the bodies", while its lead says "At least 51 people
drowned". The new value is not in the sentence of the change; it is the figure the text itself gives for
the count, in its own words, the word the party's change produced. Read figure by figure, the text's own 51
is the outlet's, and the party's 52 an old value of nobody's current count: the change the text tells is
lost, and a reader checking the party's toll does not see that it fell.

The construction (``from_only``): a verb of change ("revised", "lowered", "cut"; lexicons/corrections.toml
[revised_from]), then, within a few words, a figure noun ("toll", "count", "estimate"; the correction
lexicon's figure_nouns) and "from" right before the figure, and no "to N" after it (with "to N" the sentence
gives both values, ``pairing.stated_revision``). The re-keying (``new_value_told``, per document, applied
in ``series.points_of``): when the text gives its own figures for the same event and group with exactly one
value, other than the old one, that figure is the party's new word (it takes the party), and the old value,
unless its own sentence names another place, is of the same count (it takes that figure's key). A text whose own
figures for the count hold two values, or none, or only the old value, is left as it is: which one the
change produced cannot be told. So is an old value followed by another figure in its own sentence ("from 52
people to 49", "from 52 on Friday to forty-nine": the sentence gives the new value in a form ``_TO_NEXT`` does
not read), one whose party gives another figure for the event and group anywhere in the document (under any
place: that figure may be the new value), and two old values that would take the same figure. The text's own
figures are those in the outlet's voice, reached with no source or from a fragment. ``told_from`` then gives the two as one party's earlier and later figure, so
that ``falls.told_fall`` reports a total that fell.

The construction reads English words (the verbs, "from", "to"): it finds nothing in the other languages.

Document-local, from the claims' own sentences and offsets, so a stored, incremental reconcile gives what a
full one does.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from headcount.lexicons import validated
from headcount.models import Claim
from headcount.reconcile.corrections import correction_words

if TYPE_CHECKING:
    from headcount.reconcile.series import Point, Report

_TABLE = "revised_from"
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
#: "to" and a figure after the old value: the sentence gives the new value itself (``pairing.stated_revision``)
_TO_NEXT = re.compile(r"^\s*,?\s*(?:and\s+)?(?:then\s+)?(?:down\s+|up\s+)?to\s+(?:[a-z]+\s+){0,2}\d", re.IGNORECASE)
#: a figure before "from": "1,250, down from 1,100" links two figures of the sentence (``pairing._link``)
_FIGURE_THEN_FROM = re.compile(r"\d[\d,.]*\s*[,(]?\s*(?:down\s+|up\s+)?from\s*$", re.IGNORECASE)


#: words before a noun: "cut", "change", "update" after one are nouns ("a cut in the toll from 52"), not verbs
_DETERMINERS = frozenset("a an the this that its their his her our any another every each no".split())


def _validate(data: dict[str, Any]) -> Iterator[str]:
    table = data.get(_TABLE)
    if not isinstance(table, dict):
        yield f"[{_TABLE}] must be a table"
        return
    verbs = table.get("verbs")
    if not isinstance(verbs, list) or not verbs or not all(isinstance(v, str) and v.strip() for v in verbs):
        yield f"[{_TABLE}] 'verbs' must be a non-empty list of non-empty strings"
    reach = table.get("reach")
    if not isinstance(reach, int) or isinstance(reach, bool) or not 0 <= reach <= 10:
        yield f"[{_TABLE}] 'reach' must be a whole number from 0 to 10"


@cache
def _lexicon() -> tuple[frozenset[str], int]:
    """(the verbs of change, folded to lower case; how many words may stand between a verb and "from")."""
    table = validated("corrections", _validate)[_TABLE]
    return frozenset(v.lower() for v in table["verbs"]), int(table["reach"])


def from_only(c: Claim) -> bool:
    """The claim is the "from" argument of a change its sentence tells without the new value (see the module)."""
    if not c.sentence:
        return False
    at, end = c.start - c.sentence_start, c.end - c.sentence_start
    head, tail = c.sentence[:at], c.sentence[end:]
    if _TO_NEXT.match(tail) or _FIGURE_THEN_FROM.search(head):
        return False
    words = [w.lower() for w in _WORD.findall(head)]
    if not words or words[-1] != "from":
        return False
    verbs, reach = _lexicon()
    nouns = correction_words().figure_nouns
    first = max(0, len(words) - 1 - (reach + 1))  # the verb and at most ``reach`` words after it
    return any(words[i] in verbs and (i == 0 or words[i - 1] not in _DETERMINERS)
               and any(n in nouns for n in words[i + 1:-1]) for i in range(first, len(words) - 1))


def _own_place(c: Claim) -> bool:
    """The claim's sentence names its place itself (not a place the extractor carried from the text before)."""
    return bool(c.location and c.sentence and c.location.lower() in c.sentence.lower())


def _outlets_voice(p: Point) -> bool:
    """The point is the outlet's own voice: no source ("outlet"), or a source read as a fragment of the
    outlet's sentence ("fragment": ``parties.outlet_voice`` either way)."""
    return p.party.how in ("outlet", "fragment")


def _value(p: Point) -> tuple[float | None, float | None]:
    return p.claim.low, p.claim.high


def _new_value_near(old: Point, points: Sequence[Point]) -> bool:
    """The party's new value may be in the document itself, in a form ``_TO_NEXT`` does not read ("from 52
    people to 49", "from 52 on Friday to forty-nine"): a figure after the old value in its own sentence, or
    another figure of the party for the same event and group anywhere in the document (under any place).
    Then the text's lead is not the change's word, and nothing is handed over."""
    c = old.claim
    return any(p is not old and (
        (p.claim.sentence_start == c.sentence_start and p.claim.start >= c.end)
        or (p.party.key == old.party.key and not from_only(p.claim)
            and (p.key.event, p.key.group) == (old.key.event, old.key.group)))
        for p in points)


def new_value_told(points: Sequence[Point]) -> list[Point]:
    """One document's points with each change told by its "from" argument alone joined to the text's own
    figure for the count (see the module): that figure takes the party, the old value (when unplaced) its key.
    Two old values that would claim the same figure of the text are both left alone: whose change produced
    it cannot be told."""
    joined: list[tuple[Point, list[Point]]] = []
    for old in points:
        if _outlets_voice(old) or not from_only(old.claim) or _new_value_near(old, points):
            continue
        own = [p for p in points if p is not old and _outlets_voice(p) and not from_only(p.claim)
               and (p.key.event, p.key.group) == (old.key.event, old.key.group)
               and (old.key.place in (None, p.key.place) or not _own_place(old.claim))]
        values = {_value(p) for p in own}
        if len(values) != 1 or len({p.key for p in own}) != 1 or _value(old) in values or old.claim.low is None:
            continue
        joined.append((old, own))
    claimed = Counter(id(p) for _, own in joined for p in own)
    replaced: dict[int, Point] = {}
    for old, own in joined:
        if any(claimed[id(p)] > 1 for p in own):
            continue
        for p in own:
            replaced[id(p)] = dataclasses.replace(p, party=old.party)
        if old.key != own[0].key:
            replaced[id(old)] = dataclasses.replace(old, key=own[0].key, place=own[0].place)
    return [replaced.get(id(p), p) for p in points]


def told_from(a: Report, b: Report, reports: Sequence[Report]) -> tuple[Report, Report] | None:
    """One party's old value told by a change's "from" alone, and the party's one other figure for the count
    in that document (``reports``: the series' reports): (the old value, the new), or None. With two other
    figures of the party there, which one the change produced cannot be told."""
    if a.party.key != b.party.key:
        return None
    for old, new in ((a, b), (b, a)):
        if not all(from_only(p.claim) for p in old.points) or any(from_only(p.claim) for p in new.points):
            continue
        for doc in {p.doc_id for p in old.points} & {p.doc_id for p in new.points}:
            others = [r for r in reports if r.party.key == a.party.key
                      and any(p.doc_id == doc and not from_only(p.claim) for p in r.points)]
            if others == [new]:
                return old, new
    return None
