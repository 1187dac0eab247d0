"""Places that gloss another: what where.py sets aside because it only says where a named place lies,
and the figure a bracket ties to the name before it.

A bracket right after a name ("X (north-western Y)") or a compass phrase set off by a comma ("X, 30 km
north of Z") says where that name lies: the name is the place the sentence gives. A bracket of figures
right after a name ("X (71 dead), Y (18)") is that name's count. A bracket that holds a clause is an aside
with its own place.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.drafts import SentenceInfo
from headcount.extract.linguistic import Analysis
from headcount.extract.place_shapes import BRACKET_REACH
from headcount.extract.place_words import COMPASS, DISTANCE_WORDS, NAMED, Place


def bracketed_after_name(here: Sequence[Place], words: Sequence[str], fig_tok: int) -> Place | None:
    """A figure inside a bracket right after a named place ("mostly in X (71 dead), Y (18) and Z (9)",
    "the towns of X (5 percent, some 1,900 residents)") is that place's count: the bracket glosses the
    name before it, whatever the sentence says around the list. Only a bracket of figures: every word
    between its opening and the figure is a number, a word or a comma, and no place is named anywhere
    inside it (no other name, no closed bracket before the figure): a bracket that names its own place
    ("X (and another 250 left Y)") is a clause of its own, not a gloss of X."""
    k = fig_tok - 1
    while k > 0 and fig_tok - k <= BRACKET_REACH and words[k] != "(":
        if words[k] == ")" or not (words[k][:1].isdigit() or words[k] == "," or words[k].isalpha()):
            return None
        k -= 1
    if k < 1 or words[k] != "(":
        return None
    close = next((i for i in range(fig_tok + 1, min(len(words), k + BRACKET_REACH + 1)) if words[i] == ")"),
                 len(words))
    if any(k < p.start < close for p in here):
        return None
    return next((p for p in here if p.described == NAMED and p.end == k), None)


_GLOSS_REACH = 6  # how far after the place its bracket may close


def glosses_name_before(p: Place, found: Sequence[Place], info: SentenceInfo, parse: Analysis | None) -> bool:
    """A place in brackets right after another place says where that one lies ("in X Province (north-western
    Y)", "off the coast of X (Z, Y)"): it glosses the name before it, which is the place the sentence gives.
    A bracket that holds a clause or a figure ("fled X (and another 300 left Y)") is an aside of its own,
    whose place is its own."""
    words = info.words
    for q in found:
        if q.start >= p.start or q.described != NAMED:
            continue
        # the bracket opens right after the name (a shape's span may already hold it); anywhere inside it,
        # since the gloss may name places the lists lack ("X (Y region, Z)")
        opens = [k for k in range(q.start + 1, min(q.end + 1, p.start)) if words[k] == "("]
        closes = [k for k in range(p.end, min(p.end + _GLOSS_REACH, len(words))) if words[k] == ")"]
        if (opens and closes and ")" not in words[opens[0] : p.start]
                and all(words[k] != "(" for k in range(p.end, p.end + _GLOSS_REACH) if k < len(words))
                and not _holds_clause(info, opens[0] + 1, closes[0], parse)):
            return True
    return False


def located_after_comma(q: Place, p: Place, words: Sequence[str]) -> bool:
    """``p`` is the landmark of a compass phrase set off by a comma right after the name ``q`` ("the X and
    Y camps, west of Z,", "X, 30 km north of Z"): the phrase says where ``q`` lies, as a bracketed gloss
    does, and ``q`` is the place the sentence gives."""
    k = p.start
    if k < 3 or words[k - 1] != "of" or words[k - 2] not in COMPASS:
        return False
    j = k - 3
    while j > q.end and (words[j][:1].isdigit() or words[j] in DISTANCE_WORDS
                                 or words[j] in ("(", ")")):
        j -= 1  # "X, some 30 km north of Z"
    return j == q.end and words[j] == ","


def _holds_clause(info: SentenceInfo, lo: int, hi: int, parse: Analysis | None) -> bool:
    """Tokens ``lo:hi`` hold a figure or a verb: a clause, not a name's gloss."""
    if any(any(c.isdigit() for c in w) for w in info.words[lo:hi]):
        return True
    if parse is None:
        return False
    for t in info.tokens[lo:hi]:
        k = parse.word_at(t.start)
        if k is not None and parse.words[k].start < t.end and parse.words[k].pos in ("VERB", "AUX", "NUM"):
            return True
    return False
