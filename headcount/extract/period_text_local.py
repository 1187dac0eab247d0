"""The words that state a claim's period, for the languages read by lexicon (gold Periods rule 6).

``when_local.period_of`` decides the kind from the cues of the figure's clause; the cue that decided it is
also the period's text, as the English stage copies the phrase of the cue it chose (``when._period``):

- an origin ("desde", "depuis", "з", "منذ") with what it governs, up to a clause sign, a figure or the
  clause's own verb ("depuis le début des pluies", "desde el pasado 3 de agosto");
- a window with the number and the unit of time that complete it ("au cours des dernières" + "48
  heures"), a day or a date with its preposition or article ("le 14 mai", "em abril");
- a rate unit ("par jour"), and, for a stock, the time point of its clause ("actuellement", "ce lundi");
- a total to date ("hasta ahora", "à ce jour") is a period, a total noun ("bilan", "общее число") is not;
  nor are "already" and "in total" (the weak cues).

The text is kept as word indices of its sentence; the document pass copies it with the kind (a part
takes its whole's, a headline the body figure's it repeats, a statement's figures its stated window).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from headcount.extract.analyser_simple import lemma, normalise
from headcount.extract.languages import Lexicon, WordTable
from headcount.extract.linguistic import Word

PERIOD_KINDS = ("origins", "totals", "windows", "lengths", "days", "date", "rates", "now")
"""The cue kinds that state a period; the others (wholes, incidents, batches, tolls, weak, ...) only decide a
kind. A batch ("convoy", "second group") is no temporal expression (gold Periods rule 6), like an incident."""
_TIME_POINTS = ("windows", "days", "date", "now")  # the time at which a stock is counted
_UNIT_REACH = 3  # words after a window cue that may complete it: a number and a unit ("24 heures")
_UNITS = ("duration-year", "duration-month", "duration-week", "duration-day", "duration-hour",
          "duration-minute")


LIST_KEYS = ("units", "past_after", "durations", "day_parts", "day_links")
"""The ``[periods]`` lists read here and by the stages beside this one, outside ``when_local``'s tables;
``check_lists`` makes every language's file hold each of them, so a misspelt key fails on loading."""
_LISTS_MAY_BE_EMPTY = frozenset({"units", "past_after", "day_parts", "day_links"})


def check_lists(data: dict[str, Any]) -> list[str]:
    """The problems of the ``LIST_KEYS`` lists of one periods file (``when_local._check`` adds them)."""
    table = data.get("periods")
    if not isinstance(table, dict):
        return []
    problems = []
    for key in LIST_KEYS:
        value = table.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            problems.append(f"[periods] {key} must be a list of words")
        elif not value and key not in _LISTS_MAY_BE_EMPTY:
            problems.append(f"[periods] {key} must not be empty")
    return problems


@cache
def period_list(code: str, key: str) -> tuple[str, ...]:
    """A checked list of ``[periods]`` in ``lexicons/lang/periods_<code>.toml`` (``LIST_KEYS``: units,
    past_after, day_parts, durations, day_links), read once per language and key; a key not in
    ``LIST_KEYS`` is a programming error (KeyError), not an empty list."""
    if key not in LIST_KEYS:
        raise KeyError(f"[periods] {key} is no checked list ({', '.join(LIST_KEYS)})")
    from headcount.extract.when_local import period_data

    return tuple(period_data(code)["periods"][key])


@cache
def period_phrases(code: str, key: str) -> frozenset[tuple[str, ...]]:
    """``period_list`` as normalised word tuples, for phrases matched word by word ("в течение")."""
    return frozenset(tuple(normalise(p, code) for p in w.split()) for w in period_list(code, key))


@cache
def time_units(code: str) -> frozenset[str]:
    """The language's words for units of time, every plural form CLDR gives ("heures", "часов", "часа",
    "ساعات"), from Babel's unit patterns: the word that completes a window ("en las últimas 24 horas")."""
    from babel.units import format_unit

    out: set[str] = set()
    for unit in _UNITS:
        for n in (1, 2, 3, 5, 11, 21, 24, 100):
            for length in ("long", "short"):
                try:
                    text = format_unit(n, unit, length=length, locale=code)
                except Exception:  # noqa: BLE001 - a unit or length a locale lacks is simply not listed
                    continue
                out.update(normalise(w, code).strip(".") for w in text.split() if not any(c.isdigit() for c in w))
    out.update(normalise(w, code) for w in period_list(code, "units"))  # сутки, доба: no CLDR unit
    return frozenset(w for w in out if len(w) > 1)


@cache
def past_after(code: str) -> frozenset[str]:
    """The adjectives "last"/"past" that follow a unit or a day name ([periods] past_after)."""
    return frozenset(normalise(w, code) for w in period_list(code, "past_after"))


def _unit_before(words: Sequence[Word], start: int, end: int, stops: Sequence[int], code: str) -> int:
    """``start``, or the unit of time (and the number) before a "later" cue ([grammar] sequence: "Horas más
    tarde", "deux jours plus tard"), which counts from another time: the interval is part of it. Before any
    other window the unit is a length of its own ("en 3 días esta semana" is two phrases), not widened."""
    if start == 0 or start - 1 in stops:
        return start
    from headcount.extract.languages import lexicon

    if tuple(normalise(w.text, code) for w in words[start:end]) not in lexicon(code).sequence:
        return start
    form = normalise(words[start - 1].text, code)
    if form not in time_units(code) and lemma(form, code) not in time_units(code):
        return start
    lo = start - 1
    if lo > 0 and lo - 1 not in stops and is_number_word(words[lo - 1], code):
        lo -= 1
    return lo


def is_number_word(w: Word, code: str) -> bool:
    """A figure or a spelled number ("deux", "nueve", "трёх", "ثلاثة"): read by text2num for the languages
    it knows, else by the number words of the language's table (form or simplemma lemma)."""
    if w.pos == "NUM":
        return True
    from headcount.extract.numbers_locale_lexicon import load_locale, norm_word

    table = load_locale(code)
    if table.engine != "text2num":
        return norm_word(w.text) in table.words or norm_word(w.lemma) in table.words
    from text_to_num import text2num

    try:
        return bool(text2num(norm_word(w.text), code) > 0)
    except ValueError:
        return False


def _with_past(words: Sequence[Word], hi: int, stops: Sequence[int], code: str, clause_end: int) -> int:
    """``hi``, or the word after it when that is a "last"/"past" adjective ("الأسبوع الماضي")."""
    if hi < min(len(words), clause_end) and hi not in stops and normalise(words[hi].text, code) in past_after(code):
        return hi + 1
    return hi


def states_period(kind: str, words: Sequence[Word], start: int, end: int, lex: Lexicon, tolls: WordTable) -> bool:
    """A cue of this kind states a period: a total only when it is not a total's noun ("bilan", "total",
    "общее число"), which names the count, not its time ([periods] tolls, [grammar] count_nouns)."""
    if kind not in PERIOD_KINDS:
        return False
    if kind != "totals":
        return True
    return not any(tolls.match(words, j, lex.code) is not None
                   or lex.count_nouns.match(words, j, lex.code) is not None for j in range(start, end))


def extent(kind: str, words: Sequence[Word], start: int, end: int, stops: Sequence[int], lex: Lexicon,
           clause_end: int) -> tuple[int, int]:
    """The words of the period a cue at [start, end) opens (``stops``: the first words of the sentence's
    figures): an origin runs to what it governs (``_origin_end``); a window takes the number and the unit
    of time after it; a day or a date takes its preposition, article or day noun before it ("le 14
    mai", "em abril", "يوم 12 سبتمبر") and a bracket after it that names the day ("اليوم (الخميس)",
    "nesta quarta-feira (5)")."""
    code = lex.code
    if kind == "origins":
        return start, max(end, _origin_end(words, end, stops, lex, clause_end))
    if kind == "windows":
        units = time_units(code)
        last = _with_past(words, end, stops, code, clause_end)  # a cue that holds its unit ("خلال الأسبوع")
        for j in range(end, min(end + _UNIT_REACH, clause_end)):
            if j in stops:
                break
            form = normalise(words[j].text, code)
            if form in units or lemma(form, code) in units:  # the accusative "неделю" by its lemma
                last = _with_past(words, j + 1, stops, code, clause_end)
                break
            if words[j].pos != "NUM" and not words[j].text.isalpha():
                break
        return _unit_before(words, start, end, stops, code), last
    if kind in ("days", "date"):
        lo = start
        while lo > 0 and start - lo < _LEAD_REACH and _leads_time(words[lo - 1], lex):
            lo -= 1
        hi = end
        # a demonstrative cue ("nesta", "ce") and the day name after it are one phrase ("nesta terça-feira",
        # "ce jeudi 15 décembre"): take the day name, and a day number and month after it
        while hi < min(len(words), clause_end) and hi not in stops and (
                normalise(words[hi].text, code) in lex.time_words
                or (words[hi].pos == "NUM" and hi + 1 < len(words)
                    and normalise(words[hi + 1].text, code) in lex.time_words)) \
                and normalise(words[hi - 1].text, code) in _DEMONSTRATIVES.get(code, frozenset()) | lex.time_words:
            hi += 1
        if hi + 2 < len(words) and words[hi].text == "(" and words[hi + 2].text == ")" and hi + 1 not in stops \
                and (words[hi + 1].pos == "NUM" or normalise(words[hi + 1].text, code) in lex.time_words):
            hi += 3
        lo, hi = _day_with_its_part(words, lo, hi, stops, lex, clause_end)
        return lo, _with_past(words, hi, stops, code, clause_end)
    return start, end


@cache
def _day_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the parts of a day, [periods] day_links): CLDR's day periods of the language (Babel, every width,
    the noun of each: "mañana", "tarde", "soir", "утро", "вечора"; not one that is also a unit of time, ru
    "день", uk "дня") and the [periods] day_parts it lacks (the Ukrainian adverbs "вранці", "вночі", fr
    "matinée"); "del", "в". Arabic keeps its table: CLDR gives adverbs ("صباحًا") and prepositional
    phrases, not the construct nouns read here ("صباح أمس")."""
    from babel import Locale

    cldr: set[str] = set()
    for context in Locale.parse(code).day_periods.values() if code != "ar" else ():
        for width in context.values():
            for key, name in width.items():
                noun = normalise(name.split()[-1], code)  # "de la mañana", "del mediodía": the noun
                if key not in ("am", "pm") and noun.replace("-", "").isalpha() and noun not in time_units(code) \
                        and lemma(noun, code) not in time_units(code):
                    cldr.add(noun)
    return (frozenset(cldr | {normalise(w, code) for w in period_list(code, "day_parts")}),
            frozenset(normalise(w, code) for w in period_list(code, "day_links")))


def _day_with_its_part(words: Sequence[Word], lo: int, hi: int, stops: Sequence[int], lex: Lexicon,
                       clause_end: int) -> tuple[int, int]:
    """A part of a day and its day are one period ("la mañana del jueves", "утром в понедельник",
    "вранці в суботу", "dans la matinée de mercredi"), and so are a weekday and the date set beside it
    after a comma ("у четвер, 5 березня"): [lo, hi) widened over them."""
    code = lex.code
    parts, links = _day_words(code)

    def form(j: int) -> str:
        return normalise(words[j].text, code)

    def part(j: int) -> bool:  # a part of the day by its form or its simplemma lemma ("утром" -> "утро")
        return form(j) in parts or lemma(form(j), code) in parts

    def free(j: int) -> bool:
        return 0 <= j < min(len(words), clause_end) and j not in stops

    # forward: a link and a day name or date ("вранці" + "в суботу"), then a date after a comma
    if free(hi) and free(hi + 1) and (part(hi - 1) or form(hi - 1) in lex.time_words) \
            and (form(hi) in links or form(hi) in lex.place_at) and not part(hi + 1) \
            and (form(hi + 1) in lex.time_words or lemma(form(hi + 1), code) in lex.time_words):  # "в суботу"
        hi += 2
    if free(hi + 2) and words[hi].text == "," and _date_at(words, hi + 1, lex) and form(hi - 1) in lex.time_words:
        hi += 3
    # backward: a date after a weekday and a comma; a part of the day and its link before the day
    if free(lo - 2) and words[lo - 1].text == "," and _date_at(words, lo, lex) and form(lo - 2) in lex.time_words:
        lo -= 2
        while free(lo - 1) and lo > 0 and _leads_time(words[lo - 1], lex) and not part(lo - 1):
            lo -= 1
    j = lo - 1 if free(lo - 1) and form(lo - 1) in links else lo
    # a part before its day needs a link (before the day's own words or opening them, "утром в понедельник")
    # or an article or a preposition of its own ("la mañana del", "na manhã de"): "tarde", "mañana" alone
    # are also "late", "tomorrow" ("llegaron tarde el lunes")
    if free(j - 1) and part(j - 1) \
            and (j < lo or form(lo) in links or (free(j - 2) and _opens_part(words[j - 2], lex))):
        lo = j - 1
        while free(lo - 1) and _opens_part(words[lo - 1], lex):
            lo -= 1
    return lo, hi


def _opens_part(w: Word, lex: Lexicon) -> bool:
    """An article or a preposition before a part of the day ("la", "dans la", "na")."""
    form = normalise(w.text, lex.code)
    return form in lex.determiners or form in lex.place_at


def _date_at(words: Sequence[Word], j: int, lex: Lexicon) -> bool:
    """A day number and a month name at ``j`` ("5 березня", "3 juin")."""
    return j + 1 < len(words) and words[j].pos == "NUM" and normalise(words[j + 1].text, lex.code) in lex.time_words


_LEAD_REACH = 2  # words before a day or a date that belong to it: a preposition and an article ("na", "le")


_DEMONSTRATIVES: dict[str, frozenset[str]] = {
    # the demonstratives that open a day phrase ("ce lundi", "este jueves", "nesta terça-feira"): a closed
    # class of the grammar; with "pasado"/"dernier" they name the last such day
    "fr": frozenset({"ce", "cet", "cette", "dernier", "dernière"}),
    "es": frozenset({"este", "esta", "pasado", "pasada"}),
    "pt": frozenset({"este", "esta", "neste", "nesta", "nestes", "nestas", "deste", "desta", "passado", "passada"}),
    "ru": frozenset({"этот", "эту", "это", "этой", "прошлый", "прошлую", "прошлой"}),
    "uk": frozenset({"цей", "цю", "це", "цієї", "минулий", "минулу", "минулої"}),
}


def _leads_time(w: Word, lex: Lexicon) -> bool:
    form = normalise(w.text, lex.code)
    return form in lex.determiners or form in lex.place_at or form in lex.day_nouns \
        or form in _DEMONSTRATIVES.get(lex.code, frozenset())


def _origin_end(words: Sequence[Word], j: int, stops: Sequence[int], lex: Lexicon, clause_end: int) -> int:
    """Where the phrase an origin governs ends: at a clause sign or a quotation mark, at a figure or the
    preposition right before one ("منذ ... إلى N"), or at the clause's own verb ("depuis rentrés", "з 3
    березня ... виїхали"): an event word not governed by an article, which is a noun
    ("depuis le début des pluies"; a noun with no article, "з початку евакуації", still ends it). A figure right after the origin is its year or date ("depuis
    2014"), not a stop. (Also ending it after a date, at a complementiser or at a verb of saying cost half
    A three exact periods; dropped.)"""
    code = lex.code
    first = j
    while j < clause_end and (j not in stops or j == first):
        form = normalise(words[j].text, code)
        if j > first and words[j].text == "," and j + 2 < clause_end and _date_at(words, j + 1, lex) \
                and j + 1 not in stops and normalise(words[j - 1].text, code) in lex.time_words:
            j += 3  # "з ... у четвер, 5 березня": the date set beside the weekday is the origin's
            continue
        if j == first and words[j].text in _OPEN_QUOTES:
            j = _quote_end(words, j, clause_end)  # a quoted name the origin's noun governs ("منذ انطلاق "..."")
            break
        event = lex.events.match(words, j, code)
        if j == first and event is not None and not lex.determiners and reads_as_noun(words[j], code):
            j = event[1]  # "з початку евакуації", "с начала паводка": the genitive noun of a language with
            break         # no article completes the origin; what follows is the clause's (a place, a verb)
        if words[j].text in _ORIGIN_SIGNS or (event is not None and not _governed(words, j, lex)) \
                or (j + 1 in stops and j > first and (form in lex.place_at or form in lex.place_from)):
            break
        j += 1
    return j


_OPEN_QUOTES = frozenset({"\"", "«", "“"})
_CLOSE_QUOTES = frozenset({"\"", "»", "”"})
_INFINITIVES = {"ru": ("ть", "ться", "чь", "чься", "ти", "тись"), "uk": ("ти", "тися", "ть", "тись")}


def _quote_end(words: Sequence[Word], j: int, clause_end: int) -> int:
    """The index after the quotation mark that closes the one at ``j``, or ``j`` when none does."""
    for k in range(j + 1, min(len(words), clause_end + 1)):
        if words[k].text in _CLOSE_QUOTES:
            return k + 1
    return j


def reads_as_noun(w: Word, code: str) -> bool:
    """A word read as no verb by its form alone, in a language that writes no article before a noun. Russian
    and Ukrainian: its simplemma lemma is no infinitive ("евакуації" -> "евакуація", not "евакуювали" ->
    "евакуювати"), so adjectives and numbers pass as well, and a noun the lemmatiser leaves alone in an
    infinitive-like form ("смерть") does not. Arabic: the article written onto it, after at most a
    conjunction ("و", "ف") and a preposition ("ب"), or "لل" ("الإجلاء", "وبالإنقاذ"): a verb never carries it."""
    if code == "ar":
        return _AR_ARTICLE.match(normalise(w.text, code)) is not None
    endings = _INFINITIVES.get(code)
    return endings is not None and not lemma(normalise(w.text, code), code).endswith(endings)


_AR_ARTICLE = re.compile(r"^[وف]?(?:ب?ال|لل)")


def _governed(words: Sequence[Word], j: int, lex: Lexicon) -> bool:
    """The word at ``j`` follows an article (written out or elided): a noun, not a verb. A preposition
    alone is no sign: "ont depuis regagné", and in the languages with no article a preposition governs
    adjectives and participles as well."""
    if j == 0:
        return False
    before = words[j - 1].text
    return normalise(before, lex.code) in lex.determiners or before.endswith(("'", "’"))


_ORIGIN_SIGNS = frozenset({",", ";", ":", "،", "؛", "—", "–", "«", "»", "\"", "“", "”"})


def time_point(kinds: Sequence[tuple[str, int, int]], w0: int, w1: int) -> tuple[str, int, int] | None:
    """The time a stock is counted at: the nearest window, day, date or "now" of its clause."""
    hits = [c for c in kinds if c[0] in _TIME_POINTS]
    if not hits:
        return None
    return min(hits, key=lambda c: w0 - c[2] if c[2] <= w0 else max(0, c[1] - w1))


def period_words_at(text: str, words_of: Callable[[int], Sequence[Word]],
                    span: tuple[int, int, int] | None) -> tuple[str, int] | None:
    """(text, offset) of a period kept as (sentence, first word, end word), copied from the document;
    ``words_of(i)`` gives sentence ``i``'s words (the caller's analyses, read once per sentence)."""
    if span is None:
        return None
    i, lo, hi = span
    words = words_of(i)
    if not 0 <= lo < hi <= len(words):
        return None
    start, end = words[lo].start, words[hi - 1].end
    return text[start:end], start
