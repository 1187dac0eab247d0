"""An absolute "with" phrase that names a part of the figure's whole and where that part fell ("cholera
has killed N since March, with most of those deaths in X"): X places the part, not the whole, which
keeps the place of its own clause or borrows one as if the sentence named none.

Read from the parse: "with" whose object is a quantity (a quantifier, a number or a fraction noun) with a
partitive "of" ("most of those deaths", "most of the deaths", "half of them"), outside the figure's own
words. place_clauses.absolute_places reads the "with" phrases that hold a
verb; this one is verbless.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract import linguistic
from headcount.extract.place_parse import root_word
from headcount.extract.place_words import Place
from headcount.extract.sentences import Token


def _partitive(parse: linguistic.Analysis, k: int) -> bool:
    """Word ``k`` has a partitive "of" with an object ("most of those deaths", "most of the deaths", "half
    of them"). Whatever the determiner, the part is of the figure's own set: "the" and "those" mean the
    same here, so the decision does not turn on a list of determiners (review 9f; this revises round 6's
    test, where "with most of the deaths in X" placed the whole)."""
    return any(parse.words[c].text.lower() == "of" and any(parse.words[o].dep == "pobj" for o in parse.children(c))
               for c in parse.children(k))


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
