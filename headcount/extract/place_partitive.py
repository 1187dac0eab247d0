"""The place of a part given after its whole ("<N> <people> <verb>, <M> of them <place phrase>"; "<N> ..., of
whom <M> <verb phrase with a place>"): the partitive pronoun ("of them", "of whom") opens a phrase or relative clause
about a part of the counted people, and the place inside it locates that part only. The whole keeps the
place of its own clause or borrows one as if the sentence named none. Seen in three unseen crises of P4
(a cyclone's toll with the part's island, an earthquake's injured with the part's hospitals, an
evacuation's total with the districts where most of it happened).

Read from the dependency parse: the phrase is the largest subtree above the pronoun that does not hold
the figure, and it must come after the figure (a fronted "Of them, ..." sets no part of a later figure).
The part's own figure lies inside the phrase, so it keeps the place. Only a counted part (a number before
"of them" or after "of whom"): a vague one (a quantifier such as "most" or "some" before "of them") says
where the bulk of the whole is, and the unseen set P1 writes that place for the whole there.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract import linguistic
from headcount.extract.place_with_asides import places_within
from headcount.extract.place_words import Place
from headcount.extract.sentences import Token

_PRONOUNS = frozenset({"them", "whom"})


def _phrase(parse: linguistic.Analysis, k: int, fig: int) -> tuple[int, int] | None:
    """The word range of the partitive phrase around the pronoun at ``k``, or None when it holds the
    figure or does not follow it."""
    h = k
    while True:
        head = parse.words[h].head
        if head == h:
            return None  # the whole sentence: nothing set apart
        lo, hi = parse.subtree(head)
        if lo <= fig < hi:
            break
        h = head
    lo, hi = parse.subtree(h)
    counted = any(parse.words[i].pos == "NUM" for i in range(lo, hi))
    return (lo, hi) if fig < lo and counted else None


def partitive_places(parse: linguistic.Analysis, tokens: Sequence[Token], fig_tok: int,
                     places: Sequence[Place]) -> list[Place]:
    """The places inside the partitive phrases after the figure that do not hold it."""
    fig = parse.word_at(tokens[fig_tok].start)
    if fig is None:
        return []
    spans = [span for k, w in enumerate(parse.words)
             if w.text.lower() in _PRONOUNS and k > 0 and parse.words[k - 1].text.lower() == "of"
             and (span := _phrase(parse, k, fig)) is not None]
    return places_within(parse, tokens, places, spans)
