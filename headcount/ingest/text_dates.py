"""A date estimated from the text, for a document that no source dates: the latest calendar day it reports.

A report is written after the days it reports on, so the latest explicit calendar date it mentions ("on 13
December 2016", "on Dec. 12" in a text that names the year elsewhere) is a lower bound of its publication
date, usually the day itself or the day before. It is only ever an estimate: the ledger stores it apart
from ``published`` (``dated_by = "text"``), relative periods ("since Thursday") are never resolved against
it, and reconcile uses it for "same period" comparisons but asserts no order (who revised whom) that the
estimate cannot bear (docs/reconcile.md, "Round 6").

What a careful reader leaves out, and how it is told apart without names of outlets or events:

- a date in a statement about the future ("talks will resume on 14 March", "scheduled for 3 May"): a modal
  auxiliary (the closed word class will/shall/would, Penn tag MD) or a scheduling participle between the
  sentence's start and the date (``lexicons/calendar.toml`` ``future``; "due to" is causal, not one);
- a day and month with no year anywhere to take it from: the year would be invented, so it is not read;
- a day and month whose year is taken from another date of the text (or a month named with its year, "in
  September 2024") (or the URL's year and month) is put
  in the year that brings it nearest that anchor: "18 November" beside "November 10, 2016" is 18 November
  2016, "October 7" beside "4 December 2024" is 7 October 2024;
- a day and month followed by a capitalised word that is not a new sentence ("the March 23 Movement") is
  part of a name;
- a date after the time the document was fetched (else after the day it is ingested:
  ``dates.dating_from_content``) cannot be its publication's bound.

Month names come from CLDR through ``headcount.extract.calendar_words`` (the dateline reader's patterns), for
the English locales of ``lexicons/calendar.toml``; with the English future words, the estimate is English
only (other languages get one only from ISO dates or English month names).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

import simplemma

from headcount.errors import LexiconError
from headcount.extract import calendar_words
from headcount.ingest import dates
from headcount.lexicons import load, words

_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“‘'])|\n")
_SENTENCE_END_ANY = re.compile(r"[.!?؟]\s+(?=\S)|\n")  # scripts without capitals (Arabic) or other ones
# a capitalised word right after a yearless date, with only a space between: part of a name ("the March 23
# Movement"); a comma, a full stop or a line break between them ends the date instead
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


@dataclass(frozen=True, slots=True)
class Mention:
    """One calendar date the text mentions: the day, where it starts, and whether the text gave its year."""

    day: dt.date
    start: int
    year_given: bool


def _raw_mentions(text: str, language: str = "en") -> list[tuple[int, int, int | None, int, int]]:
    """(start, end, year or None, month, day) for each date-shaped phrase of the text, prose only."""
    out: list[tuple[int, int, int | None, int, int]] = []
    seen: set[int] = set()
    english = calendar_words.reads_english(language)
    for pattern in dates._patterns(language):
        for m in pattern.finditer(text):
            if m.start() in seen:
                continue
            groups = m.groupdict()
            if groups.get("mm"):  # a numeric date: "2016-12-14", "14.12.2016"
                out.append((m.start(), m.end(), int(groups["y"]), int(groups["mm"]), int(groups["dd"])))
                seen.add(m.start())
                continue
            word = groups["m"]
            month = calendar_words.language_month_number(word, language)
            # an English month name in prose is capitalised ("may 3" is not); the other languages write
            # their month names in lower case
            if month is None or (english and not word[0].isupper()):
                continue
            year = int(groups["y"]) if groups.get("y") else None
            if year is None and english and _NAME_AFTER.match(text, m.end()):
                continue
            out.append((m.start(), m.end(), year, month, int(groups["d"])))
            seen.add(m.start())
    return sorted(out)


def _months_named(text: str, language: str = "en") -> list[dt.date]:
    """The last days of the months the text names with their year ("in September 2024"), outside future
    clauses: they give a yearless day its year but are no day themselves."""
    out = []
    english = calendar_words.reads_english(language)
    for m in _month_year(language).finditer(text):
        month = calendar_words.language_month_number(m["m"], language)
        if month and (m["m"][0].isupper() or not english) and not _in_future_clause(text, m.start(), language):
            year = int(m["y"])
            if dates._MIN_YEAR <= year <= dates._MAX_YEAR:
                out.append(_month_end(year, month))
    return out


@cache
def _month_year(language: str = "en") -> re.Pattern[str]:
    names = calendar_words.language_months(language)
    month = "|".join(r"\s+".join(map(re.escape, m.split())) for m in sorted(names, key=len, reverse=True))
    links = dates._date_links(language)
    link = rf"(?:\s+(?:{links})\s+|,?\s+)" if links else r",?\s+"
    return re.compile(rf"(?<!\w)(?P<m>{month})\.?{link}(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)


@cache
def _future(language: str = "en") -> re.Pattern[str]:
    """The words that put a clause in the future (``lexicons/calendar.toml`` ``future``: the English modal
    auxiliaries and the participles that schedule an event; ``future_by_language`` for the other languages),
    looked for between the start of a date's sentence and the date. A language read as English (one with no
    month names of its own) takes the English words, as it takes the English months."""
    data = load("calendar")
    english = calendar_words.reads_english(language)
    phrases = (words(data, "future", where="lexicons/calendar.toml future") if english
               else data.get("future_by_language", {}).get(language, []))
    alternatives = [r"\s+".join(map(re.escape, p.split())) for p in phrases]
    if not alternatives:
        return re.compile(r"(?!x)x")  # a language with no future words: nothing matches
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)" if not english
                      else rf"\b(?:{'|'.join(alternatives)})\b", re.IGNORECASE)  # "'ll": the boundary after "they"


@cache
def _future_ending(language: str) -> re.Pattern[str] | None:
    """A word with an ending of the language's inflected future (``future_endings``: "reanudarán"), with
    the word before it, or None for a language without such endings."""
    endings = load("calendar").get("future_endings", {}).get(language, [])
    if not endings:
        return None
    alternatives = "|".join(rf"[^\W\d_]{{2,}}{re.escape(e)}" for e in endings)
    return re.compile(rf"(?:(?P<before>[^\W\d_]+)\s+)?(?<!\w)(?P<word>{alternatives})(?!\w)", re.IGNORECASE)


@cache
def _noun_openers(language: str) -> frozenset[str]:
    """The articles and prepositions of the language (``lexicons/lang/<code>.toml`` [grammar]) and the
    demonstratives and quantifiers of ``calendar.toml`` [noun_openers]: a word right after one is read as a
    noun ("no verão", "neste verão"), never as a finite verb."""
    try:
        grammar = load(f"lang/{language}").get("grammar", {})
    except LexiconError:
        return frozenset()
    more = load("calendar").get("noun_openers", {}).get(language, [])
    return frozenset(w.lower() for key in ("determiners", "place_at", "place_from") for w in grammar.get(key, [])) | {
        w.lower() for w in more}


def _future_verb(word: str, before: str | None, language: str) -> bool:
    """True when a word with a future ending is a verb: the lemmatiser (simplemma) takes it to an
    infinitive of the language (``infinitive_endings``: "reanudarán" -> "reanudar", "seront" -> "être"),
    not to itself (a noun: "padrão", "Teherán"), and no article or preposition stands just before it (the
    noun that shares a verb's form: "no verão", the summer, not "they will see")."""
    lemma = simplemma.lemmatize(word, lang=language).lower()
    infinitive = tuple(load("calendar").get("infinitive_endings", {}).get(language, []))
    if lemma == word.lower() or not infinitive or not lemma.endswith(infinitive):
        return False
    return before is None or before.lower() not in _noun_openers(language)


def _in_future_clause(text: str, start: int, language: str = "en") -> bool:
    """True when the date's sentence, before the date, is put in the future by a modal, a schedule or a
    verb in an inflected future."""
    head = text[max(0, start - 200):start]
    ends = _SENTENCE_END if calendar_words.reads_english(language) else _SENTENCE_END_ANY
    cut = [m.end() for m in ends.finditer(head)]
    clause = head[cut[-1]:] if cut else head
    if _future(language).search(clause):
        return True
    ending = _future_ending(language)
    return ending is not None and any(_future_verb(m["word"], m["before"], language)
                                      for m in ending.finditer(clause))


def _safe(y: int, m: int, d: int) -> dt.date | None:
    return dates._safe_date(y, m, d)


def mentioned_dates(text: str, *, year_month: tuple[int, int] | None = None,
                    language: str = "en") -> list[Mention]:
    """The calendar dates the text reports (not those of future clauses), in text order.

    Dates with a year are read as written; a yearless day takes its year from the latest dated mention,
    else from ``year_month`` (the URL's), and is dropped when neither exists.
    """
    raw = [r for r in _raw_mentions(text, language) if not _in_future_clause(text, r[0], language)]
    full: list[Mention] = []
    for start, _end, y, m, d in raw:
        if y is not None and (day := _safe(y, m, d)) is not None:
            full.append(Mention(day, start, True))
    anchor = max([x.day for x in full] + _months_named(text, language), default=None)
    if anchor is None and year_month is not None:
        anchor = _month_end(*year_month)
    out = list(full)
    if anchor is not None:
        for start, _end, y, m, d in raw:
            if y is not None:
                continue
            near = [c for year in (anchor.year - 1, anchor.year, anchor.year + 1)
                    if (c := _safe(year, m, d)) is not None]
            if near:  # the year that puts the day nearest its anchor ("18 November" beside "November 10, 2016")
                out.append(Mention(min(near, key=lambda c: abs((c - anchor).days)), start, False))
    return sorted(out, key=lambda x: x.start)


def estimated_date(text: str, *, url: str | None = None, fetched: dt.date | None = None,
                   language: str = "en") -> dt.date | None:
    """The latest day the text reports, a lower bound of its publication date; None when it reports none.

    ``url``'s year and month (a "/2016/12/slug" path) give a yearless day its year, and bound the estimate:
    a date after that month is left out, and so is any date after ``fetched``.
    """
    year_month = url_year_month(url) or stated_month(text)
    days = [x.day for x in mentioned_dates(text, year_month=year_month, language=language)]
    if year_month is not None:
        days = [d for d in days if d <= _month_end(*year_month)]
    if fetched is not None:
        days = [d for d in days if d <= fetched]
    return max(days, default=None)


# A year and month that page furniture states at the head of a text ("date 2017-01 Place -"): an ISO
# year-month not followed by a day, after a page label ("date", "updated": ``dates._LABELS``) or alone on
# its line. Prose writes a span of years the same way ("the 2008-09 outbreak"), so a bare one is not read.
_STATED_MONTH = re.compile(
    r"(?:^|(?<=\n)|(?P<label>[^\W\d_]+)[ \t]*:?[ \t]+)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)(?![\d-])")


def stated_month(text: str) -> tuple[int, int] | None:
    """The year and month an ISO year-month at the head of the text states ("date 2017-01"), or None: the
    month the page says it is from, read like a URL's month (a year for a yearless day, a bound). Only
    after a page label ("date 2011-12": December) or alone on its line, and then not when it reads as a
    span of years ("2011-12": the second part is the year after the first)."""
    head = text[:dates.DATELINE_WINDOW]
    for m in _STATED_MONTH.finditer(head):
        y, mo = int(m["y"]), int(m["m"])
        label = m["label"]
        if label is None:  # at the start of a line: the line must hold nothing else, and no span of years
            if head[m.end():].split("\n", 1)[0].strip() or mo == (y + 1) % 100:
                continue  # "2011-12" alone: the season 2011/12 as well as December; a label tells them apart
        elif label.lower() not in dates._LABELS:
            continue
        if 1 <= mo <= 12 and dates._MIN_YEAR <= y <= dates._MAX_YEAR:
            return (y, mo)
    return None


def url_year_month(url: str | None) -> tuple[int, int] | None:
    """The year and month of a URL's dated path ("/2016/12/slug"), also when it has a day; None otherwise."""
    if not url:
        return None
    day = dates.url_date(url)
    if day is not None:
        return (day.year, day.month)
    return dates.url_month(url)


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)
