"""How a sentence opens, for the stages of the languages read by lexicon: a connective that ties it to the
sentence before it.

A sentence opened by a time adverbial of sequence ("Horas más tarde", "Deux heures plus tard", "Позже")
is the narrator moving the story on to a new event: the statement of the sentence before does not go on
into it (``attribution_local.attribute`` reads ``opens_with_sequence``). The adverbials are the "later"
words only ([grammar] sequence of lang/<code>.toml); "luego", "puis", "затем" were in the list with no
figure of the data behind them and were dropped (docs/extraction.md, round 10 after review).
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.analyser_simple import normalise
from headcount.extract.languages import lexicon
from headcount.extract.linguistic import Word
from headcount.extract.period_text_local import is_number_word, time_units

_PHRASE_REACH = 4  # the longest connective, in words


def opens_with(words: Sequence[Word], code: str, phrases: frozenset[tuple[str, ...]], skip: int = 0) -> bool:
    """The sentence's first words (after ``skip`` of them) are one of ``phrases``; an Arabic conjunction
    "و" or "ف" written onto the first word is a proclitic, not part of it ("ولاحقا" is "لاحقا")."""
    forms = [normalise(w.text, code) for w in words[skip : skip + _PHRASE_REACH] if w.text[:1].isalpha()]
    if code == "ar" and forms and forms[0][:1] in ("و", "ف") and len(forms[0]) > 3:
        forms = [forms[0][1:], *forms[1:]] if not any(tuple(forms[: len(p)]) == p for p in phrases) else forms
    return any(tuple(forms[: len(p)]) == p for p in phrases)


def opens_with_sequence(words: Sequence[Word], code: str) -> bool:
    """The sentence opens with a time adverbial of sequence ([grammar] sequence: "más tarde", "plus tard",
    "позже", "لاحقا"), after its interval ("Horas más tarde", "Deux heures plus tard"): the narrator moves
    the story on to a new event (the source stage reads this)."""
    k = 0
    while k < min(2, len(words)) and (is_number_word(words[k], code)
                                      or normalise(words[k].text, code) in time_units(code)):
        k += 1
    return opens_with(words, code, lexicon(code).sequence, k)
