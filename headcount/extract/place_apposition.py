"""A place set beside another in apposition only says where that one lies: "in X, North Y, has ..." and
"in X, a village in the Y region," name X, located in Y. English writes the smaller unit first and its
container after it; the figure's place is the smaller unit, the one the sentence gives (convention 7).

A list is not an apposition: "in X, Y and Z" or "X, Y, Z" name three places. The container is therefore
read only when it is closed off (a comma, a full stop or a bracket after it) and what follows the comma
is not another name or a conjunction.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.place_words import DIRECTION, INDEFINITE, NAMED, UNIT_NOUNS, Place

_CLOSE = frozenset({",", ".", ")", ";", ":"})
_LIST_WORDS = frozenset({"and", "or", "as", "&"})


def _closed(words: Sequence[str], first: Sequence[str], end: int) -> bool:
    """The phrase ending at ``end`` is closed off, and not by a list's comma."""
    if end >= len(words):
        return True
    if words[end] not in _CLOSE:
        return False
    if words[end] != ",":
        return True
    nxt = end + 1
    return nxt >= len(words) or (words[nxt] not in _LIST_WORDS and not first[nxt][:1].isupper())


def containers(places: Sequence[Place], words: Sequence[str], texts: Sequence[str]) -> list[Place]:
    """The places that stand in apposition after a named place and only locate it: "X, [North] Y," and
    "X, a <unit noun> in [the] Y[ region],". ``texts`` are the tokens as written (for capitals)."""
    out: list[Place] = []
    for q in places:
        if q.described != NAMED or q.end >= len(words) or words[q.end] != ",":
            continue
        k = q.end + 1
        if k < len(words) and words[k] in INDEFINITE and k + 1 < len(words) and words[k + 1] in UNIT_NOUNS:
            k += 2  # "a village"
            while k < len(words) and words[k] in ("in", "of", "the"):
                k += 1
        while k < len(words) and words[k] in DIRECTION:
            k += 1  # "North" written before a name the place leaves out
        for p in places:
            if p is q or p.described != NAMED or not (q.end + 1 <= p.start <= k):
                continue
            if _closed(words, texts, p.end):
                out.append(p)
    return out
