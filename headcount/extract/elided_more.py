"""Figures that add to, or go back from, a count given before them, with no noun of their own.

English drops the noun of a count that continues another: "plans to move 3,500 more", "a further 12,000
live in nearby villages", "another 40 were hurt", "5,000 are homeless, up from 3,000 on Friday". The noun
left out is the one the earlier count gave (gold convention 4: the noun the figure stands for in the same
or the preceding sentence); when the sentence has no earlier count, ``carry_across`` takes it from the
sentence before, once every sentence has its drafts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from headcount.extract.rules import Rules

# Words after a bare figure that make it an addition to a count already given ("3,500 more", "20 others")
_ADDED_AFTER = frozenset({"more", "others"})
# Words before it that do ("a further 12,000", "another 40", "an additional 300")
_ADDED_BEFORE = frozenset({"further", "another", "additional"})
# A change from an earlier value of the count ("up from 3,000", "down from 90")
_CHANGED = frozenset({"up", "down"})
_HEDGE_AFTER = ("or", "so")  # "12,000 or so": a hedge after the figure, not a noun
# Words after the figure in which a verb of an event on people shows: an auxiliary, an adverb and the verb
# ("are now living", "were later hurt"); a longer stretch is a phrase of its own ("in the hill villages
# upstream were hurt") and the figure no addition. 3, 4 and 6 score the same on dev A, B, P1 and P2 (review 10).
_TRIGGER_REACH = 4


def added_to_count(words: Sequence[str], a: int, b: int, r: Rules, noun_at: Callable[[int], bool],
                   counted_before: bool) -> bool:
    """Figure [a, b) with no noun adds to a count given before it, or gives the count's earlier value.

    ``noun_at(k)``: word k may be a noun the lexicon lacks (then the figure may count it: "3,500 more
    tonnes"). ``counted_before``: an earlier figure of the sentence counts people. With none, the figure
    must be the subject of a verb of an event on people ("A further 12,000 are living in villages"): its
    noun then comes from the sentence before (``carry_across``). "N more than ..." is a difference."""
    n = len(words)
    after = _after_hedge(words, b)
    if after < n and words[after] in _ADDED_AFTER:
        after += 1
        if after < n and words[after] == "than":
            return False
    elif not (a > 0 and words[a - 1] in _ADDED_BEFORE) and not (
            counted_before and a > 1 and words[a - 1] == "from" and words[a - 2] in _CHANGED):
        return False
    if after < n and noun_at(after):
        return False
    if counted_before:
        return True
    return any(r.triggers.match(words, j) is not None for j in range(after, min(n, after + _TRIGGER_REACH)))


def _after_hedge(words: Sequence[str], b: int) -> int:
    """The index after a figure ending at ``b``, past a hedge that follows it ("12,000 or so")."""
    if b + 1 < len(words) and (words[b], words[b + 1]) == _HEDGE_AFTER:
        return b + 2
    return b


def is_added(words: Sequence[str], a: int, b: int) -> bool:
    """The words around figure [a, b) mark an addition to a count ("N more", "N others", "a further N")."""
    k = _after_hedge(words, b)
    return (k < len(words) and words[k] in _ADDED_AFTER) or (a > 0 and words[a - 1] in _ADDED_BEFORE)


def carry_across(drafts: Sequence[Any], infos: Sequence[Any]) -> None:
    """An addition to a count that opens its sentence ("14 fishermen were killed. More than 30 others were
    hurt") counts what the last count of the sentence before counted, the whole when that count was a
    part ("seven villagers, including two boys, ... 35 others": villagers). Only a figure left at
    `people`, the default of a noun left out, changes, and not a vague quantifier, which is a noun of
    people of its own ("thousands more might follow": thousands of people; half A, aleppo)."""
    for i, d in enumerate(drafts):
        if d.category != "people" or i == 0 or d.figure.kind == "vague":
            continue
        words = infos[d.sentence_index].words
        if not is_added(words, d.tok_start, d.tok_end) or not (d.elided or words[d.head_end - 1] == "others"):
            continue  # "a further 63 people": a noun of its own
        if any(o.sentence_index == d.sentence_index for o in drafts[:i]):
            continue  # a count before it in its own sentence gave its noun already
        ante = drafts[i - 1]
        if d.sentence_index - ante.sentence_index != 1:
            continue
        if ante.parent is not None and ante.parent < i:
            ante = drafts[ante.parent]
        d.category = ante.category
