"""Two readings of the parse about the role of a name inside a longer phrase, used by place_parse.py when
it decides whether a name or a description is a place: a name that is part of an institution's proper
name ("the X School of Public Health"), and a name that hangs on a number (a part's own place). They live
apart from place_parse.py to keep that module small; both read spaCy's dependency relations and entity
labels and the gazetteer, no phrase lists.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract import linguistic
from headcount.extract.place_words import gazetteer
from headcount.extract.sentences import Token

# Entity labels that name places (as place_parse.ENTITY_PLACES).
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def institution_name(parse: linguistic.Analysis, k: int) -> bool:
    """The capitalised noun ``k`` heads an institution's proper name, not a place's: its "of" phrase names
    a field, not a place ("the X School of Public Health", "the Y Institute of Technology"), a proper noun
    that the recogniser gives no place label and the gazetteer does not know. "The District of Columbia"
    and "the Gulf of Aden" name places by their "of" phrase."""
    known = gazetteer()
    for c in parse.children(k):
        if c < k or parse.words[c].dep != "prep" or parse.words[c].text.lower() != "of":
            continue
        for o in parse.children(c):
            obj = parse.words[o]
            if obj.dep != "pobj" or obj.pos != "PROPN":
                continue
            lo, hi = parse.subtree(o)
            name = tuple(parse.words[j].text for j in range(lo, hi) if parse.words[j].pos == "PROPN")
            if obj.ent_type not in _PLACE_LABELS and name not in known.get(name[0] if name else "", ()):
                return True
    return False


def under_a_count(parse: linguistic.Analysis, tokens: Sequence[Token], tok: int, top: int) -> bool:
    """The token's word hangs on a number on its way up to word ``top``: it is a part's own place ("the
    rebel-held areas, including 12 in the X district"), not a name that says where ``top`` lies."""
    k = parse.word_at(tokens[tok].start)
    seen = 0
    while k is not None and k != top and seen < 12:
        if parse.words[k].pos == "NUM":
            return True
        k = None if parse.words[k].head == k else parse.words[k].head
        seen += 1
    return False
