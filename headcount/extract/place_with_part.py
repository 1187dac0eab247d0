"""An absolute "with" phrase that names a part of the figure's whole and where that part fell ("the
overall toll reached 1,480, with most of those deaths in X"): X places the part, not the whole, which
keeps the place of its own clause or borrows one as if the sentence named none.

Read from the parse: "with" whose object is a quantity (a quantifier, a number or a fraction noun) with a
partitive "of" on a pronoun or a noun that points back to the figure's own set ("most of those deaths",
"half of them"), outside the figure's own words. place_clauses.absolute_places reads the "with" phrases that hold a
verb; this one is verbless.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract import linguistic
from headcount.extract.place_parse import root_word
from headcount.extract.place_words import Place
from headcount.extract.sentences import Token

# Words that point back to the figure's own set ("those deaths", "them"); a plain "the" does not ("with most
# of the deaths in X" places the figure: tests/extract/test_xplace_round6.py, round 6's decision).
_BACK = frozenset({"those", "these", "them", "which", "whom"})


def _partitive(parse: linguistic.Analysis, k: int) -> bool:
    """Word ``k`` has an "of" whose object points back ("most of those deaths", "half of them")."""
    for c in parse.children(k):
        if parse.words[c].text.lower() != "of":
            continue
        for o in parse.children(c):
            w = parse.words[o]
            if w.dep != "pobj":
                continue
            if w.text.lower() in _BACK or any(parse.words[d].text.lower() in _BACK
                                                  for d in parse.children(o) if parse.words[d].dep == "det"):
                return True
    return False


def part_places(parse: linguistic.Analysis, tokens: Sequence[Token], fig_tok: int,
                places: Sequence[Place]) -> list[Place]:
    """The places inside a verbless partitive "with" phrase that does not hold the figure."""
    fig = parse.word_at(tokens[fig_tok].start)
    if fig is None:
        return []
    out: list[Place] = []
    for k, w in enumerate(parse.words):
        if w.text.lower() != "with" or w.dep != "prep":
            continue
        objs = [c for c in parse.children(k) if parse.words[c].dep == "pobj" and _partitive(parse, c)]
        if not objs:
            continue
        lo, hi = parse.subtree(k)
        if lo <= fig < hi:
            continue
        out.extend(p for p in places if (r := root_word(parse, tokens, p.start, p.end)) is not None and lo <= r < hi)
    return out
