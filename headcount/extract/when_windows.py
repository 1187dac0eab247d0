"""Windows named by their place in the calendar: a deictic determiner on a unit of time ("next week", "this
year", "last year", "the weekend"), and an ordinal slice ("in the ninth epidemiological week", "during the
third month of the siege").

A unit of time bounded by "this", "last" or "next", or counted by an ordinal from the start of something, is
a bounded stretch: a flow counted in it is an increment (gold Periods: a window, a calendar slice, "the first
month of the crackdown"), a flow planned for it too. The fixed phrases of lexicons/periods.toml [increment]
name some of these ("last week", "in the first"); this reads the construction, whatever the unit or ordinal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from headcount.extract.calendar_words import YEAR
from headcount.extract.rules import Rules, rules
from headcount.extract.when_dates import compared_since
from headcount.lexicons import load

_WEEKEND = "weekend"
_ORDINAL_DIGITS = re.compile(r"\d+(st|nd|rd|th)")
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_ADJECTIVE_REACH = 2  # "the ninth epidemiological week": words between the ordinal and its unit


@cache
def _ordinals() -> frozenset[str]:
    """Ordinal words: "first", "second", "last", and the denominators of the number lexicon that are also
    ordinals ("third", "seventh"; not "half" or "quarter")."""
    fractions = load("numbers").get("words", {}).get("fractions", {})
    spelled = {w for w in fractions if not w.endswith("s") and w not in ("half", "quarter")}
    return frozenset(spelled | {"first", "second", "last", "final"})


def _singular_units(tables: Rules) -> frozenset[str]:
    return frozenset(u for u in tables.period_words.units if not u.endswith("s")) | {_WEEKEND}


def calendar_windows(words: Sequence[str], tables: Rules) -> list[tuple[int, int]]:
    """Spans (token ranges) of the sentence's deictic and ordinal windows, skipping those that are the
    object of an origin ("since last week"), date a noun ("last week's attack") or follow a superlative
    ("the worst this year")."""
    units = _singular_units(tables)
    lex = tables.period_words
    origins = lex.origins
    out: list[tuple[int, int]] = []
    for i, w in enumerate(words):
        span: tuple[int, int] | None = None
        if w in lex.deictic and i + 1 < len(words) and words[i + 1] in units:
            span = (i, i + 2)
        elif w in lex.window_prepositions and words[i + 1 : i + 3] == ["the", _WEEKEND]:
            span = (i, i + 3)
        elif w in lex.window_prepositions and i + 2 < len(words) and words[i + 1] == "the" and (
                words[i + 2] in _ordinals() or _ORDINAL_DIGITS.fullmatch(words[i + 2])):
            end = next((k + 1 for k in range(i + 3, min(len(words), i + 4 + _ADJECTIVE_REACH))
                        if words[k] in units), None)
            span = (i, end) if end is not None else None
        elif w in lex.window_prepositions and i + 3 < len(words) and words[i + 1] == "the" and words[i + 2] in (
                lex.ahead) and (words[i + 3] in tables.period_words.units or (
                words[i + 3][:1].isdigit() and i + 4 < len(words) and words[i + 4] in tables.period_words.units)):
            # "in the coming weeks", "over the next 48 hours": a window ahead of the report
            span = (i, i + 4 + (words[i + 3][:1].isdigit()))
        if span is None:
            continue
        if i > 0 and (words[i - 1] in origins or words[max(0, i - 2) : i] == ["as", "of"]):
            continue
        if span[1] < len(words) and words[span[1]] in _POSSESSIVE:
            continue
        if compared_since(words, i):
            continue  # "the worst this year": the window of a comparison, not of the flow
        out.append(span)
    return out


def report_adjective(words: Sequence[str], i: int) -> bool:
    """"said in its daily report", "the weekly update": a word of frequency between a determiner and a
    noun is an attributive adjective of that noun (how often a report appears), not the adverb of a rate
    on the flow ("4,000 a day", "killed daily")."""
    lex = rules().period_words
    if words[i] not in lex.frequency_adjectives or i == 0 or i + 1 >= len(words):
        return False
    return words[i - 1] in lex.report_determiners and words[i + 1].isalpha()


def year_slice(words: Sequence[str], span: tuple[int, int]) -> bool:
    """"In 1998", "during 2019": a preposition with a year for its object, the slice of a calendar year."""
    a, b = span
    return b - a == 2 and words[a] in rules().period_words.window_prepositions and YEAR.fullmatch(words[a + 1]) is not None
