"""Month and weekday names, one list for the whole extractor, built from CLDR through Babel.

Why CLDR: it is the Unicode consortium's maintained table of calendar names for every locale, so the
spellings ("Sept" in British English, "Sep" in American) come from a well-kept source and not from lists
typed into each module; a new language is a new locale in ``lexicons/calendar.toml``. The tables are built
once per process and cached; every function returns lower-case names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Any, Literal

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names

from headcount.lexicons import validated, words

__all__ = ["YEAR", "day_of_month", "month_number", "months", "weekday_number", "weekdays", "ambiguous", "language_months",
           "language_month_number", "reads_english"]


def _validate(data: dict[str, Any]) -> Iterable[str]:
    if not isinstance(data.get("version"), int):
        yield "'version' must be an integer"
    for loc in words(data, "locales", where="lexicons/calendar.toml locales"):
        try:
            Locale.parse(loc)
        except (UnknownLocaleError, ValueError):
            yield f"locales: {loc!r} is not a CLDR locale"
    words(data, "ambiguous", where="lexicons/calendar.toml ambiguous")
    for language, locs in data.get("language_locales", {}).items():
        for loc in words({"l": locs}, "l", where=f"lexicons/calendar.toml language_locales.{language}"):
            try:
                Locale.parse(loc)
            except (UnknownLocaleError, ValueError):
                yield f"language_locales.{language}: {loc!r} is not a CLDR locale"
    for language in data.get("future_endings", {}):  # a future ending is read only on a verb (text_dates)
        words(data.get("infinitive_endings", {}), language,
              where=f"lexicons/calendar.toml infinitive_endings.{language}")


@cache
def _locales() -> tuple[str, ...]:
    return tuple(validated("calendar", _validate)["locales"])


@cache
def months(abbreviated: bool = True) -> dict[str, int]:
    """Lower-case month name -> month number (1-12): wide names, and with ``abbreviated`` the short forms
    of every configured locale ("jan", "sep", "sept")."""
    return _names(get_month_names, abbreviated)


@cache
def weekdays(abbreviated: bool = False) -> dict[str, int]:
    """Lower-case weekday name -> weekday number as ``datetime.date.weekday()`` counts (Monday 0); with
    ``abbreviated`` also the short forms ("mon", "tue")."""
    return _names(get_day_names, abbreviated)


def _names(table: Callable[..., Any], abbreviated: bool) -> dict[str, int]:
    """Lower-case name (a trailing dot dropped) -> number from a Babel calendar table (``get_month_names``,
    ``get_day_names``), over every configured locale, wide names and with ``abbreviated`` the short ones."""
    out: dict[str, int] = {}
    widths: tuple[Literal["wide", "abbreviated"], ...] = ("wide", "abbreviated") if abbreviated else ("wide",)
    for loc in _locales():
        for width in widths:
            for number, name in table(width, locale=loc).items():
                out[name.lower().rstrip(".")] = int(number)
    return out


@cache
def ambiguous() -> frozenset[str]:
    """Short calendar forms that are also ordinary words ("may", "sun"): calendar words only in a date."""
    return frozenset(validated("calendar", _validate)["ambiguous"])


def reads_english(language: str) -> bool:
    """True when the document language is read with the English words: English itself and any language
    without locales in ``lexicons/calendar.toml`` ``language_locales`` (kept as declared, read as English:
    its month names, its date shapes and its future words alike)."""
    return language == "en" or not validated("calendar", _validate).get("language_locales", {}).get(language)


@cache
def language_months(language: str) -> dict[str, int]:
    """Lower-case month name -> month number for the document language ``language`` (ISO 639-1): the
    English default (``months()``) for English and any language without locales in ``lexicons/calendar.toml``
    ``language_locales``; otherwise every name CLDR gives the language's locales, in every width of both
    contexts (format and standalone: the Russian genitive "марта" beside "март"), a trailing dot dropped and
    a no-break space read as a space. One-letter narrow forms are left out: they are letters, not months."""
    if reads_english(language):
        return months()
    locales = validated("calendar", _validate)["language_locales"][language]
    out: dict[str, int] = {}
    for code in locales:
        for context in Locale.parse(code).months.values():
            for width in context.values():
                for number, name in width.items():
                    key = str(name).replace("\xa0", " ").lower().rstrip(".")
                    if len(key) >= 2:
                        out[key] = int(number)
    return out


def language_month_number(word: str, language: str) -> int | None:
    """The month a word names in ``language`` ("marzo" -> 3 in Spanish; "марта" -> 3 in Russian), or None."""
    return language_months(language).get(" ".join(word.lower().rstrip(".").split()))


def month_number(word: str) -> int | None:
    """The month a word names ("Sept." -> 9), or None."""
    return months().get(word.lower().rstrip("."))


def weekday_number(word: str) -> int | None:
    """The weekday a word names, Monday 0 ("Thursday" -> 3; "Thu" -> 3), or None."""
    return weekdays(abbreviated=True).get(word.lower().rstrip("."))


# A year of the last two centuries, as a whole word: "2023" after a month dates it, "1998" is no count.
YEAR = re.compile(r"(19|20)\d\d")


def day_of_month(word: str) -> bool:
    """Whether a word is a number that can be a day of the month (1 to 31)."""
    return word.isdecimal() and 1 <= int(word) <= 31


@cache
def _clock_markers() -> frozenset[str]:
    """The English markers of the half of the day after a clock time ("am", "pm", "a.m.", "p.m."), from
    Babel's CLDR day periods, with the dotted spellings news text uses."""
    periods = Locale("en").day_periods["format"]["abbreviated"]
    plain = {str(periods[key]).lower() for key in ("am", "pm") if key in periods}
    return frozenset(plain | {".".join(m) + "." for m in plain} | {".".join(m) for m in plain})


_CLOCK = re.compile(r"([01]?\d|2[0-3])([:.][0-5]\d)?")
_HOUR = re.compile(r"[01]?\d|2[0-3]")
_MINUTES = re.compile(r"[0-5]\d")
_CLOCK_JOINED = re.compile(r"([01]?\d|2[0-3])([:.][0-5]\d)?(am|pm|a\.m\.?|p\.m\.?)|([01]?\d|2[0-3])[:.][0-5]\d")


def clock_time_length(words: Sequence[str], k: int) -> int:
    """How many tokens from ``k`` state a time of day on the clock ("6 pm", "8:00am", "11.30 a.m.", "14:00"),
    0 when none: a number followed by a marker of the half of the day is a time, not a count of people."""
    if k >= len(words):
        return 0
    n = 0
    if _CLOCK_JOINED.fullmatch(words[k]):
        # "11.30 a.m.": a dotted time without its marker joined takes the marker after it
        return 2 if _CLOCK.fullmatch(words[k]) and words[k + 1 : k + 2] and words[k + 1] in _clock_markers() else 1
    if _HOUR.fullmatch(words[k]) and words[k + 1 : k + 2] == [":"] and k + 2 < len(words) and _MINUTES.fullmatch(
            words[k + 2]):
        n = 3  # the tokenizer splits "8:00am" and "14:00" at the colon: "8", ":", "00", "am"
    elif _CLOCK.fullmatch(words[k]):
        n = 1
    if n and k + n < len(words) and words[k + n] in _clock_markers():
        return n + 1
    return 3 if n == 3 else 0


def clock_colon(words: Sequence[str], b: int) -> bool:
    """Whether the colon at ``b`` is inside a clock time ("8:00am"), not a break of the phrase."""
    return b > 0 and words[b] == ":" and clock_time_length(words, b - 1) >= 3
