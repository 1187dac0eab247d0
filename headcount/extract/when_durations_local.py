"""Windows stated by their length: a preposition of duration, a number and a unit of time ("en nueve días",
"en trois jours", "em cinco dias", "за три дня", "за дві доби", "خلال ثلاثة أيام").

The window tables of ``lexicons/lang/periods_*.toml`` list the set phrases ("en 24 horas", "за сутки");
a length of any number is a construction: the preposition ([periods] durations), a figure or a number word
of the language's number lexicon, and a unit of time CLDR names in any of its plural forms (or an extra
unit of [periods] units), compared by form or simplemma lemma ("трёх дней"). The flow over that length is
an increment (gold Periods rule 2), and the phrase is its period's text.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from headcount.extract.analyser_simple import lemma, normalise
from headcount.extract.linguistic import Word
from headcount.extract.period_text_local import is_number_word, period_phrases, time_units

_NUMBER_REACH = 2  # words of the number between the preposition and its unit ("за три дня", "en 1 500 horas")


@cache
def duration_prepositions(code: str) -> frozenset[tuple[str, ...]]:
    """The prepositions that measure a length of time ([periods] durations): "en", "за", "в течение"."""
    return period_phrases(code, "durations")


def length_windows(words: Sequence[Word], code: str) -> list[tuple[int, int]]:
    """[start, end) of every "preposition + number + unit of time" of a sentence."""
    preps, units = duration_prepositions(code), time_units(code)
    out: list[tuple[int, int]] = []
    forms = [normalise(w.text, code) for w in words]
    for k in range(len(words)):
        prep = next((p for p in preps if tuple(forms[k : k + len(p)]) == p), None)
        if prep is None:
            continue
        first = j = k + len(prep)
        while j < len(words) and j - first < _NUMBER_REACH and is_number_word(words[j], code):
            j += 1
        if j == first or j >= len(words):
            continue
        form = forms[j]
        if form in units or lemma(form, code) in units:
            out.append((k, j + 1))
    return out
