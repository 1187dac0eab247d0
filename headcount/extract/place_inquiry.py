"""Places inside an inquiry's own phrase are where the counting was done, not where what it counts happened.

"a survey of refugees in camps in X found that N people had been killed in Y": X is where the survey was
carried out; the dead are Y's. A charity that interviews refugees in one country counts the deaths of
another, so taking the camps' country files the toll under the wrong crisis. Read from the parse: the
place's chain of heads reaches a noun of an inquiry (lexicons/places.toml [where] inquiry_nouns) before any
verb, and the figure lies outside that noun's phrase. A figure inside it ("a survey of 2,000 households in
camps in X") counts the people surveyed there, and keeps the place. Gold convention 7: the place of the
counted people or event, not of the party or the method that counted them.

Only a place inside a noun the inquiry is *of* or held in (a site or a group of people: "of refugees in
camps in X", "in camps in X") is dropped. A place that hangs straight from the inquiry ("an investigation in
X found that N people had been killed") is usually where the counted people are, and is kept: the rule as
first written dropped it too, and that half moved no text in any set (review, round 10).
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract import linguistic
from headcount.extract.place_parse import root_word
from headcount.extract.place_words import INQUIRY_NOUNS, Place
from headcount.extract.sentences import Token

# how many heads up from a place its inquiry noun may stand ("survey of refugees in camps in X": X, in,
# camps, in, refugees, of, survey: six); eight leaves room for one modifier chain more ("in camps across the
# border in X"). Not tuned on data: no text in dev, P1 or P2 has a longer chain.
_HEADS_UP = 8


def inquiry_places(parse: linguistic.Analysis, tokens: Sequence[Token], fig_tok: int | None,
                   places: Sequence[Place]) -> list[Place]:
    """The places whose chain of heads reaches a noun of an inquiry (or its verb: "surveyed families in
    camps in X"), through nouns and prepositions only, when the figure stands outside that word's phrase and
    a noun of a site or of people stands between the place and the inquiry (see the module docstring).
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
        between = False  # a noun between the place and the inquiry: the site or people the inquiry is of
        for j in parse.ancestors(k)[:_HEADS_UP]:
            w = parse.words[j]
            if w.pos in ("NOUN", "PROPN", "VERB") and w.lemma.lower() in INQUIRY_NOUNS:
                first, last = parse.subtree(j)
                if between and not first <= fig < last:
                    out.append(p)
                break
            between = between or w.pos in ("NOUN", "PROPN")
            if w.pos not in ("NOUN", "PROPN", "ADP", "ADJ", "NUM", "VERB") or (
                    w.pos == "VERB" and w.dep not in ("acl", "relcl")):
                break  # "a survey carried out in X": a participle inside the noun's phrase goes on up
    return out
