"""Where a place phrase ends before a time phrase.

Arabic has no capitals, so a place phrase there runs to the clause's end (``where_local._place_span``); a
window or a day written after the place ("في مدينة X خلال الأسبوع الماضي", "في سوق X يوم
الخميس") is when, not where, and ends the place. The time phrase is found with the language's period words
(``when_local``): a window, a day, a rate, or a weekday or month name (not an origin: "منذ" may open
an event that names the place, "since the operation to take X began"); a bare noun of time
("يوم", "day") right before such a name opens it too."""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.analyser_simple import normalise
from headcount.extract.languages import Lexicon
from headcount.extract.linguistic import Word
from headcount.extract.when_local import is_date, period_words

_TIME_KINDS = ("windows", "days", "rates")


def time_starts(words: Sequence[Word], k: int, lex: Lexicon) -> bool:
    """Word ``k`` opens a time phrase: a period cue of the language, or a weekday or month name."""
    pw = period_words(lex.code)
    if any(pw.tables[kind].match(words, k, lex.code) is not None for kind in _TIME_KINDS):
        return True
    forms = [normalise(w.text, lex.code).rstrip(".") for w in words]
    return is_date(forms, k, pw)


def place_end(words: Sequence[Word], lo: int, hi: int, lex: Lexicon) -> int:
    """The end of the place phrase [lo, hi): the first word after ``lo`` that opens a time phrase, with the
    time noun before it when that noun is one of the language's ``day_nouns``; ``hi`` when none does."""
    for j in range(lo + 1, hi):
        if time_starts(words, j, lex):
            if j - 1 > lo and normalise(words[j - 1].text, lex.code) in lex.day_nouns:
                return j - 1
            return j
    return hi
