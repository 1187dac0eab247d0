"""A place named as the field a superlative ranks within is not where anything was counted.

"the storm, the worst disaster on record in the Pacific", "the deadliest flood in the region's history":
the place is the range of the comparison (a record, a history, a part of the world), said of an event
whose own place the story gives elsewhere. A figure that borrows its place from such a sentence takes the
story's place, not the range. Read from the parse: going up from the place's head word through
prepositions and their objects (and a participle, "the worst ever recorded in X"), a noun reached that a
superlative modifies, or the superlative itself standing as the noun ("the worst of its kind").
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract import linguistic
from headcount.extract.place_clauses import superlative
from headcount.extract.place_parse import root_word
from headcount.extract.place_words import Place
from headcount.extract.sentences import Token

# The links a place may climb to reach the ranked noun: a preposition and its object ("on record in X"),
# a name inside a compound or possessive ("in X history", "in X's history"), a participle ("recorded in").
_CLIMB = frozenset({"pobj", "prep", "compound", "poss", "acl"})
_REACH = 8  # how many heads up the ranked noun may stand


def ranked_within(parse: linguistic.Analysis, tokens: Sequence[Token], p: Place) -> bool:
    """Whether the place is the range a superlative noun phrase ranks within ("the worst X on record in
    P", "the deadliest X in P's history")."""
    k = root_word(parse, tokens, p.start, p.end)
    seen = 0
    while k is not None and seen < _REACH:
        w = parse.words[k]
        if w.dep not in _CLIMB or w.head == k:
            return False
        k = w.head
        seen += 1
        head = parse.words[k]
        if head.pos in ("NOUN", "PROPN", "PRON", "ADJ", "NUM") and (superlative(head) or _ranked(parse, k)):
            return True
    return False


def _ranked(parse: linguistic.Analysis, k: int) -> bool:
    """A modifier of word ``k`` is a superlative, or is graded by one ("the most deadly")."""
    for c in parse.children(k):
        if parse.words[c].dep not in ("amod", "advmod"):
            continue
        if superlative(parse.words[c]) or any(parse.words[g].dep == "advmod" and superlative(parse.words[g])
                                              for g in parse.children(c)):
            return True
    return False
