"""The people an "others" figure counts when its noun is left out and no figure stands before it.

Why: in "a miner was buried and two others are unaccounted for" (Spanish "otros dos", Portuguese "outros
dois", French "deux autres" aside), the noun after the figure is left out because it is the one just named, in
a phrase with no figure of its own ("un minero": "one" is an article, not a count). The claim
stages borrow the noun of the figure before, so with no figure before, the count was lost. An "others" word
right before the figure says the same kind of people as the nearest people noun earlier in the sentence.

The "others" words are each lexicon's [others] words (lexicons/lang/<code>.toml).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from headcount.extract.analyser_simple import normalise
from headcount.extract.languages import Lexicon, read_lang_file
from headcount.extract.linguistic import Word


def _check(data: dict[str, Any]) -> list[str]:
    words = data.get("others", {}).get("words", [])
    if not (isinstance(words, list) and all(isinstance(w, str) and w for w in words)):
        return ["[others] words must be a list of words"]
    return []


@cache
def _others(language: str) -> frozenset[str]:
    words = read_lang_file(language, language, _check).get("others", {}).get("words", [])
    return frozenset(normalise(w, language) for w in words)


def others_noun(words: tuple[Word, ...], w0: int, lex: Lexicon, language: str) -> str | None:
    """The category of the nearest people noun before an "others" word that opens the figure at ``w0``, within
    the sentence; None without an "others" word or a people noun before it."""
    if w0 == 0 or normalise(words[w0 - 1].text, language) not in _others(language):
        return None
    for k in range(w0 - 2, -1, -1):
        if words[k].text in (".", "!", "?", ";"):
            return None
        hit = lex.people.match(words, k, language)
        if hit is not None:
            return hit[0]
    return None
