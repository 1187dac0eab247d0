"""The people an "others" figure counts when its noun is left out and no figure stands before it.

Why: when one clause tells of a single person ("un guardia murió") and the next counts "others" of the same
kind ("y otros tres huyeron", Portuguese "outros dois", French "deux autres" aside), the noun after the figure
is left out because it is the one just named, in a phrase with no figure of its own ("un": an article, not a
count). The claim
stages borrow the noun of the figure before, so with no figure before, the count was lost. An "others" word
right before the figure says the same kind of people as the nearest people noun earlier in the sentence.

French puts the word after the figure ("deux autres"): a lexicon's [others] ``after`` words are read right
after the figure, and the counted phrase then ends past them. The "others" words are each lexicon's [others]
``words`` (before the figure) and ``after`` (lexicons/lang/<code>.toml).
"""

from __future__ import annotations

from functools import cache

from headcount.extract.analyser_simple import normalise
from headcount.extract.languages import Lexicon
from headcount.extract.linguistic import Word
from headcount.extract.word_lists import word_lists


@cache
def _others(language: str, key: str) -> frozenset[str]:
    return frozenset(normalise(w, language) for w in word_lists(language, "others", ("words", "after"))[key])


def others_noun(words: tuple[Word, ...], w0: int, w1: int, lex: Lexicon, language: str) -> tuple[str, int] | None:
    """The category of the nearest people noun before an "others" word that opens the figure at words [``w0``,
    ``w1``) or follows it, within the sentence, and the end of the counted phrase; None without an "others"
    word or a people noun before it."""
    if w0 > 0 and normalise(words[w0 - 1].text, language) in _others(language, "words"):
        start, end = w0 - 2, w1
    elif w1 < len(words) and normalise(words[w1].text, language) in _others(language, "after"):
        start, end = w0 - 1, w1 + 1
    else:
        return None
    for k in range(start, -1, -1):
        if words[k].text in (".", "!", "?", ";"):
            return None
        hit = lex.people.match(words, k, language)
        if hit is not None and lex.events.match(words, k, language) is None:  # "a été tué": a verb, not "the dead"
            return hit[0], end
    return None
