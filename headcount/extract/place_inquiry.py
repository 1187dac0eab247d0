"""Places inside an inquiry's own phrase are where the counting was done, not where what it counts happened.

"a survey of refugees in camps in X found that N people had been killed in Y": X is where the survey was
carried out; the dead are Y's. A charity that interviews refugees in one country counts the deaths of
another, so taking the camps' country files the toll under the wrong crisis. Read from the parse: the
place's chain of heads reaches a noun of an inquiry (lexicons/places.toml [where] inquiry_nouns) before any
verb, and the figure lies outside that noun's phrase. A figure inside it ("a survey of 2,000 households in
camps in X") counts the people surveyed there, and keeps the place. Gold convention 7: the place of the
counted people or event, not of the party or the method that counted them.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract import linguistic
from headcount.extract.place_parse import root_word
from headcount.extract.place_words import INQUIRY_NOUNS, Place
from headcount.extract.sentences import Token

# how many heads up from a place its inquiry noun may stand ("survey of refugees in camps in X": X, in,
# camps, in, refugees, of, survey)
_REACH = 8


def inquiry_places(parse: linguistic.Analysis, tokens: Sequence[Token], fig_tok: int | None,
                   places: Sequence[Place]) -> list[Place]:
    """The places whose chain of heads reaches a noun of an inquiry (or its verb: "surveyed families in
    camps in X"), through nouns and prepositions only, when the figure stands outside that word's phrase.
    ``fig_tok`` None: the figure is in a later sentence, outside every such phrase (a place borrowed from
    the sentence before is not the survey's either)."""
    fig = parse.word_at(tokens[fig_tok].start) if fig_tok is not None else -1
    if fig is None:
        return []
    out = []
    for p in places:
        k = root_word(parse, tokens, p.start, p.end)
        if k is None:
            continue
        for j in parse.ancestors(k)[:_REACH]:
            w = parse.words[j]
            if w.pos in ("NOUN", "PROPN", "VERB") and w.lemma.lower() in INQUIRY_NOUNS:
                first, last = parse.subtree(j)
                if not first <= fig < last:
                    out.append(p)
                break
            if w.pos not in ("NOUN", "PROPN", "ADP", "ADJ", "NUM", "VERB") or (
                    w.pos == "VERB" and w.dep not in ("acl", "relcl")):
                break  # "a survey carried out in X": a participle inside the noun's phrase goes on up
    return out
