"""The places inside a "with" phrase beside the main clause that does not hold the figure: the phrase adds
where a part of the story happened, not where the figure's event did. Three shapes, read in one walk of
the parse (review 9f: they were three loops in three modules):

- an absolute clause with a subject of its own ("displaced about 300,000 people, with many escaping into
  X"): "with" is a preposition whose object carries a participle, or whose complement is a verb;
- the same clause where the small parser makes "with" the marker of an adverbial clause (a trailing
  "with" + noun + participle + place). Only a trailing one is an aside: a fronted "with" clause sets the scene for
  the main clause ("With rescuers still digging in X, the toll rose to N"), and its place is the figure's
  when the main clause gives none;
- a verbless partitive ("cholera has killed N since March, with most of those deaths in X"): "with" whose
  object is a quantity with a partitive "of" ("most of the deaths", "half of them"). X places the part,
  whatever the determiner ("the" and "those" mean the same here), and the whole keeps the place of its own
  clause or borrows one as if the sentence named none. Evidence caveat: this shape was built from a bug
  entry that paraphrases a half-B dev text, so half B is not held out for it (docs/extraction.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from headcount.extract import linguistic
from headcount.extract.place_parse import root_word
from headcount.extract.place_words import Place
from headcount.extract.sentences import Token


def _verbal(parse: linguistic.Analysis, k: int) -> bool:
    """The preposition "with" at ``k`` opens a clause: a verb below it, or a participle on its object."""
    kids = parse.children(k)
    return any(parse.words[c].pos in ("VERB", "AUX") for c in kids) or any(
        parse.words[g].dep in ("acl", "relcl") and parse.words[g].pos == "VERB"
        for c in kids if parse.words[c].dep == "pobj" for g in parse.children(c))


def _partitive(parse: linguistic.Analysis, k: int) -> bool:
    """The preposition "with" at ``k`` has an object with a partitive "of" ("most of those deaths")."""
    return any(parse.words[o].dep == "pobj" and any(
        parse.words[c].text.lower() == "of" and any(parse.words[d].dep == "pobj" for d in parse.children(c))
        for c in parse.children(o)) for o in parse.children(k))


def _aside(parse: linguistic.Analysis, k: int, fig: int) -> tuple[int, int] | None:
    """The word range of the aside "with" at ``k`` opens, when it is one and does not hold the figure."""
    w = parse.words[k]
    if w.dep == "prep" and (_verbal(parse, k) or _partitive(parse, k)):
        lo, hi = parse.subtree(k)
        return None if lo <= fig < hi else (lo, hi)
    if w.dep == "mark" and parse.words[w.head].dep in ("advcl", "conj"):
        lo, hi = parse.subtree(w.head)
        return None if lo <= fig else (lo, hi)  # a trailing clause only
    return None


def places_within(parse: linguistic.Analysis, tokens: Sequence[Token], places: Sequence[Place],
                  spans: Iterable[tuple[int, int]]) -> list[Place]:
    """The places whose root word lies in one of the word ranges ``spans`` (phrases that do not hold the
    figure: the asides here, the partitive phrases of place_partitive.py), each once."""
    out: list[Place] = []
    for lo, hi in spans:
        out.extend(p for p in places if p not in out
                   and (r := root_word(parse, tokens, p.start, p.end)) is not None and lo <= r < hi)
    return out


def with_asides(parse: linguistic.Analysis, tokens: Sequence[Token], fig_tok: int,
                places: Sequence[Place]) -> list[Place]:
    """The places inside the "with" asides of the sentence that do not hold the figure."""
    fig = parse.word_at(tokens[fig_tok].start)
    if fig is None:
        return []
    spans = [span for k, w in enumerate(parse.words)
             if w.text.lower() == "with" and (span := _aside(parse, k, fig)) is not None]
    return places_within(parse, tokens, places, spans)
