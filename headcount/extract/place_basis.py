"""Places inside an adjunct of reason or basis are not the figure's.

"the toll in the city could reach 20,000, based on the damage to the districts the flood swept away": the
districts are what the estimate rests on, not where the dead are counted; likewise "because of the fighting
in X", "due to the collapse of Y". Read from the parse: the place's head word lies under a word that opens
such an adjunct (a participle or preposition of basis or cause, lexicons/places.toml [where]
basis_words) that is itself below the figure's clause, after the figure. Gold convention 7: the place the
sentence gives for the figure, not for the reasons given for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract import linguistic
from headcount.extract.place_parse import root_word
from headcount.extract.place_words import BASIS_WORDS, Place
from headcount.extract.sentences import Token


def basis_places(parse: linguistic.Analysis, tokens: Sequence[Token], fig_tok: int,
                 places: Sequence[Place]) -> list[Place]:
    """The places whose head word hangs, through its chain of heads, on a word of basis or cause after the
    figure ("based on", "because of", "due to")."""
    fig = parse.word_at(tokens[fig_tok].start)
    if fig is None:
        return []
    out = []
    for p in places:
        if p.start <= fig_tok:
            continue
        k = root_word(parse, tokens, p.start, p.end)
        if k is None:
            continue
        if any(j > fig and parse.words[j].text.lower() in BASIS_WORDS
               and parse.words[j].dep in ("prep", "acl", "advcl", "advmod", "mark")
               for j in [k, *parse.ancestors(k)][:12]):
            out.append(p)
    return out
