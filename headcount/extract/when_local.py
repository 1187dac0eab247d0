"""When, for the languages read by lexicon: the kind of period a count covers (stock, cumulative, increment).

The decision is the English one (``when.find_period``, gold Periods rules), stated over word order and the
words of each language's period lexicon (``lexicons/lang/periods_<code>.toml``) instead of a parse:

- a stock event (besieged, population, affected, missing) is a state; so is displacement, custody or care
  told with a verb of staying or a shelter ("permanecen en campamentos", "остаются в укрытиях");
- a rate ("в день", "par jour") is an increment;
- a total a verb moved ("число погибших превысило", "el balance asciende a") is a running total, as
  is a toll in English, and like one it may yet be one incident's (``follow_document``);
- otherwise the nearest cue of the clause decides: an origin ("desde", "depuis", "с начала", "منذ") or a
  total ("в общей сложности", "au total", "hasta ahora") makes the flow cumulative, a window or a day
  ("за сутки", "hoy", a CLDR weekday, a date) an increment; an origin closed by an end ("منذ الصباح وحتى
  ظهر اليوم", from the morning until noon) is a closed window, an increment;
- with no cue: a planned count is the total planned, a count with no event describes who is there (a
  stock), a flow counted against one incident is an increment and against a whole war or disaster its total;
  "already" and the present perfect of the languages that have one ("han abandonado") a total to date;
  else an increment, a default a toll may still lose to what the text is about.

A document pass then gives parts their whole's kind, headlines the kind of the body figure they repeat,
and a toll with no period of its own the kind of the nearest whole or incident named before it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from headcount.extract.analyser_simple import normalise
from headcount.extract.languages import Lexicon, WordTable, lexicon, read_lang_file, word_table
from headcount.extract.linguistic import Analysis, Word
from headcount.extract.period_text_local import check_lists, extent, states_period, time_point
from headcount.extract.rules import rules as load_rules
from headcount.extract.sentences import Sentence
from headcount.extract.when_durations_local import length_windows
from headcount.models import TOLL_EVENTS

_TABLES = ("origins", "origin_before_date", "until", "totals", "weak", "windows", "days", "batches", "now", "rates",
           "wholes", "incidents", "tolls", "reaching", "staying", "shelter", "perfect", "contrast")
_MAY_BE_EMPTY = frozenset({"origin_before_date", "perfect", "weak", "future_endings", "participle_endings"})
_INCREMENT_CUES = ("windows", "days", "date", "batches")
_STAY_REACH = 8  # words between a figure and the verb of staying or the shelter that makes it a state
_CLOSE_REACH = 10  # words from an origin to the end of its closed window ("from the morning until noon")
_PERFECT_REACH = 2  # words from a perfect's auxiliary to its participle
_STATEMENT_REACH = 3  # words from a reporting verb to the day it dates ("informó hoy", "заявили в пятницу")
_ORIGIN_DATE_REACH = 3  # words from an origin to its date ("depuis le 9 avril", "desde el pasado 3 de agosto")
_FUTURE_MIN = 5  # the shortest verb form read by its future ending
_REPEAT_MIN = 10  # a smaller figure may be stated twice of two different groups
_ROUNDED_MIN = 100  # the smallest round figure read as another figure rounded


@dataclass(frozen=True)
class PeriodWords:
    """One language's period words (lexicons/lang/periods_<code>.toml), each a table of word sequences."""

    code: str
    tables: dict[str, WordTable]
    future_endings: tuple[str, ...]
    participle_endings: tuple[str, ...]  # of the past participle after a perfect's auxiliary ("abandonado")
    weekdays: frozenset[str]
    months: frozenset[str]
    calendar: frozenset[str]  # the weekdays and the months, for a capital that is no name
    abbreviated: frozenset[str] = frozenset()  # names only in CLDR's short widths ("mer", "mar", "ter")
    brings_total: frozenset[tuple[str, ...]] = frozenset()  # "portant", "lo que eleva": as written, normalised


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str  # a table of PeriodWords, or "date" (a day and month, a weekday)
    start: int
    end: int


class Draft(Protocol):
    """What the period stage reads and sets on a draft of ``stages_local``."""

    sentence_index: int
    first: int
    last: int
    event: str | None
    modality: str
    parent: int | None
    period_kind: str | None
    period_basis: str | None
    period_span: tuple[int, int, int] | None  # the period's words: (sentence index, first word, end word)
    event_from_noun: bool
    source: str | None

    @property
    def figure(self) -> Any: ...


def _check(data: dict[str, Any]) -> list[str]:
    problems = []
    if not isinstance(data.get("version"), int):
        problems.append("'version' must be an integer")
    table = data.get("periods")
    if not isinstance(table, dict):
        return [*problems, "[periods] is missing"]
    for key in (*_TABLES, "future_endings", "participle_endings", "brings_total"):
        value = table.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            problems.append(f"[periods] {key} must be a list of words")
        elif not value and key not in _MAY_BE_EMPTY:
            problems.append(f"[periods] {key} must not be empty")
    if isinstance(table.get("perfect"), list) and table["perfect"] and not table.get("participle_endings"):
        problems.append("[periods] perfect needs participle_endings to find its participle")
    return [*problems, *check_lists(data)]


@cache
def period_data(code: str) -> dict[str, Any]:
    """The checked data of lexicons/lang/periods_<code>.toml, read once per language."""
    return read_lang_file(f"periods_{code}", code, _check)


@cache
def period_words(code: str) -> PeriodWords:
    """The checked period words of one language (cached); LexiconError names the file and every problem."""
    data = period_data(code)
    tables = {key: word_table({w: key for w in data["periods"][key]}, code) for key in _TABLES}
    weekdays, months = _calendar(code)
    wide_days, wide_months = _calendar(code, ("wide",))
    endings = tuple(normalise(e, code) for e in data["periods"]["future_endings"])
    participles = tuple(e.lower() for e in data["periods"]["participle_endings"])
    short = (weekdays | months) - (wide_days | wide_months)
    brings = frozenset(tuple(normalise(w, code) for w in phrase.split()) for phrase in data["periods"]["brings_total"])
    return PeriodWords(code, tables, endings, participles, weekdays, months, weekdays | months, short, brings)


def _calendar(code: str, widths: tuple[str, ...] = ()) -> tuple[frozenset[str], frozenset[str]]:
    """The language's weekday and month names from CLDR (Babel), every width of at least three letters (or
    only ``widths``) and both contexts (Slavic month names after a day are genitive: "16 мая")."""
    from babel import Locale

    loc = Locale.parse(code)
    out: list[frozenset[str]] = []
    for table in (loc.days, loc.months):
        names: set[str] = set()
        for context in table.values():
            for key, width in context.items():
                if widths and key not in widths:
                    continue
                names.update(normalise(str(n), code).rstrip(".") for n in width.values() if len(str(n)) >= 3)
        out.append(frozenset(names))
    return out[0], out[1]


def find_cues(words: Sequence[Word], pw: PeriodWords, lex: Lexicon) -> list[Cue]:
    """Every period cue of a sentence, longest match at each word; a day after a verb of saying is when it
    was said, not a window, and an origin closed by an end and a day is a closed window."""
    code = pw.code
    cues: list[Cue] = []
    forms = [normalise(w.text, code).rstrip(".") for w in words]
    for k in range(len(words)):
        if k > 0 and words[k - 1].text[:1].isalnum() and words[k].text[:1].isupper() \
                and forms[k] not in pw.calendar:
            continue  # a capital after a word starts a name ("Estado Islámico"), not a period word
        for key, table in pw.tables.items():
            hit = table.match(words, k, code)
            if hit is not None:
                cues.append(Cue(key, k, hit[1]))
        if is_date(forms, k, pw) and not any(c.kind == "date" and c.end > k for c in cues):
            end = k + 1
            while end < len(words) and (is_date(forms, end, pw) or forms[end] in lex.skip):
                end += 1
            while end > k + 1 and not is_date(forms, end - 1, pw):
                end -= 1
            cues.append(Cue("date", k, end))
    for lo, hi in length_windows(words, code):  # "en nueve días", "за три дня": a length of any number
        if not any(c.kind == "windows" and (c.start, c.end) == (lo, hi) for c in cues):
            cues.append(Cue("lengths", lo, hi))
    # a cue inside a longer one is part of it ("ahora" in "hasta ahora")
    cues = [c for c in cues if not any(o.start <= c.start and c.end <= o.end and o.end - o.start > c.end - c.start
                                       for o in cues)]
    cues = _closed_windows(cues)
    opened = _dateline_end(words, forms, pw)
    out: list[Cue] = []
    for c in cues:
        if c.end <= opened:
            continue  # "Maputo, 3 mar (Lusa) —": the day the dispatch was filed, not the flow's window
        if c.kind == "origin_before_date":
            if c.end < len(words) and is_date(forms, c.end, pw):
                out.append(Cue("origins", c.start, c.end + 1))  # "с 16 мая", "з 24 лютого"
            continue
        if c.kind in ("windows", "days", "date") and _said_before(words, c.start, lex):
            continue  # "informó hoy", "заявили в пятницу": the day of the statement (gold Periods rule 6)
        if c.kind in ("date", "days") and any(o.kind in ("origins", "origin_before_date")
                                    and o.end <= c.start <= o.end + _ORIGIN_DATE_REACH for o in cues):
            continue  # the date or day of an origin ("depuis le 9 avril", "desde ayer"), part of it
        out.append(c)
    return out


def is_date(forms: Sequence[str], k: int, pw: PeriodWords) -> bool:
    """A weekday, a month name, or a day number (1-31) before a month name."""
    w = forms[k]
    if w in pw.abbreviated:
        # a short form is also a word ("en mer", "el mar", "ter"): a date only beside a day number ("3 mar")
        return any(0 <= j < len(forms) and forms[j].isdecimal() for j in (k - 1, k + 1))
    if w in pw.weekdays or w in pw.months:
        return True
    # isdecimal, not isdigit: a superscript footnote mark ("²") is a digit int() cannot read
    return w.isdecimal() and 1 <= int(w) <= 31 and any(f in pw.months for f in forms[k + 1 : k + 3])


_DASHES = frozenset({"—", "–", "-"})
_DATELINE_REACH = 12  # words of a dateline: a place, a day and month, an agency in brackets
_DATELINE_PLACE = 4  # words of the place before its comma ("Ciudad de X")


def _dateline_end(words: Sequence[Word], forms: Sequence[str], pw: PeriodWords) -> int:
    """The index after a dateline's dash ("Pemba, Moçambique, 12 abr (Lusa) —", "PARIS, 3 mai -"): a place, a
    date and an agency in brackets that open a dispatch, then a dash; 0 when the sentence opens with none."""
    for j in range(1, min(len(words), _DATELINE_REACH)):
        if words[j].text in _DASHES:
            # the agency's bracket may close with a stop before the dash ("(EFE).-")
            agency = words[j - 1].text == ")" or (j >= 2 and words[j - 1].text == "." and words[j - 2].text == ")")
            before = agency or _date_before(forms, j, pw)
            dated = any(is_date(forms, k, pw) for k in range(j))
            return j + 1 if before and dated and _filed(words, forms, j, pw.code) else 0
        if words[j].text == ")" and j + 1 < len(words) and words[j + 1].text[:1].isupper() \
                and "(" in (w.text for w in words[max(0, j - 3) : j]):
            # no dash: the agency's bracket closes the dateline and the dispatch opens with a capital
            # ("Ciudad, 4 feb (Agencia) Más de 900 vecinos ...")
            opened = max(k for k in range(max(0, j - 3), j) if words[k].text == "(")
            dated = opened > 0 and _date_before(forms, opened, pw)
            return j + 1 if dated and _filed(words, forms, opened, pw.code) else 0
    return 0


def _date_before(forms: Sequence[str], k: int, pw: PeriodWords) -> bool:
    """A date in the word or two before ``k`` (a dateline's dash or its agency's bracket): "3 mai -"."""
    return is_date(forms, k - 1, pw) or (k >= 2 and is_date(forms, k - 2, pw))


def _filed(words: Sequence[Word], forms: Sequence[str], upto: int, pw_code: str) -> bool:
    """The words before ``upto`` open with a place and its comma: the place a dispatch was filed from. The
    place opens with a capital, or is in a script without capitals ("الرباط، 9 سبتمبر"), and may take a
    few words before its comma ("Ciudad de X, 3 mar")."""
    comma = next((m for m in range(1, min(upto, _DATELINE_PLACE + 1)) if words[m].text in (",", "،")), 0)
    return bool(comma) and _dateline_place(words, forms, comma, pw_code)


def _dateline_place(words: Sequence[Word], forms: Sequence[str], comma: int, code: str) -> bool:
    """The words before a dateline's comma are a place name: they open with a capital (or are in a script
    without capitals) and hold only capitalised words and name connectors ("Ciudad de X"). A preposition
    or an article opening them makes a fronted place phrase of the sentence ("En X, el 3 de mayo — ..."),
    not a dispatch header."""
    lex = lexicon(code)
    opener = forms[0]
    if opener in lex.place_at or opener in lex.place_from or opener in lex.determiners:
        return False
    for m in range(comma):
        w = words[m].text
        uncased = w[:1].isalpha() and w.lower() == w.upper()
        abbreviated = w == "." and m > 0 and words[m - 1].text[:1].isupper() and len(words[m - 1].text) <= 3
        if not (w[:1].isupper() or uncased or abbreviated or (m > 0 and forms[m] in lex.place_from)):
            return False  # ("S. Tomé", "P. Amélia": an initial's stop is part of the name)
    return True


def dateline_end(words: Sequence[Word], code: str) -> int:
    """``_dateline_end`` for the other stages: the index after a dispatch's dateline, 0 when none opens the
    sentence (the place there is where the dispatch was filed, not where the people were counted)."""
    pw = period_words(code)
    return _dateline_end(words, [normalise(w.text, code).rstrip(".") for w in words], pw)


def _said_before(words: Sequence[Word], k: int, lex: Lexicon) -> bool:
    return any(lex.reporting_verbs.match(words, j, lex.code) is not None
               for j in range(max(0, k - _STATEMENT_REACH), k))


def _closed_windows(cues: list[Cue]) -> list[Cue]:
    """An origin followed by an end word and a day or window ("from the morning until noon today") is one
    closed window, an increment (as English "between 3 May and 9 June")."""
    out = list(cues)
    for o in cues:
        if o.kind != "origins":
            continue
        for u in cues:
            if u.kind != "until" or not o.end <= u.start <= o.start + _CLOSE_REACH:
                continue
            day = next((c for c in cues if c.kind in ("windows", "days", "date") and u.end <= c.start <= u.end + 3), None)
            if day is not None:
                end = day.end
                while (more := next((c for c in cues if c.kind in ("days", "date")
                                     and end <= c.start <= end + 1 and c.end > end), None)) is not None:
                    end = more.end  # "وحتى فجر، اليوم الأحد": the day the part of it belongs to
                # the days and dates inside the closed window are part of it, as inside any longer cue
                out = [c for c in out if c is not o and not (o.start <= c.start and c.end <= end)]
                out.append(Cue("windows", o.start, end))
                break
    return [c for c in out if c.kind != "until"]


def clause_of(words: Sequence[Word], k: int, pw: PeriodWords) -> tuple[int, int]:
    """The clause holding word ``k``: cut at ";" and at a contrasting conjunction after a comma (as
    ``sentences.clause_start`` cuts English at ", but" and ", while")."""
    code = pw.code
    contrast = pw.tables["contrast"]

    def cut(j: int) -> bool:
        return words[j].text in (";", ".", "!", "?", "؟") or (words[j].text in (",", "،") and j + 1 < len(words)
                                        and contrast.match(words, j + 1, code) is not None)

    lo = k
    while lo > 0 and not cut(lo - 1):
        lo -= 1
    hi = k
    while hi < len(words) and not cut(hi):
        hi += 1
    return lo, hi


def period_of(words: Sequence[Word], cues: Sequence[Cue], w0: int, w1: int, d: Draft,
              others: Sequence[tuple[int, int]], pw: PeriodWords, lex: Lexicon) -> tuple[str, str | None, Cue | None]:
    """(kind, basis, cue) of the figure at words [w0, w1) (its noun phrase included): basis "default" when
    nothing in the clause bounded the flow, "toll" for a total a verb moved, "window" for a window or a
    day, None when another cue decided (as ``when.Period.basis``); the cue whose words state the period,
    if one does (``period_text_local``). ``others``: the other figures' spans."""
    kind, basis, cue = _period_of(words, cues, w0, w1, d, others, pw, lex)
    lo, hi = clause_of(words, w0, pw)
    here = [c for c in cues if lo <= c.start < hi and not w0 <= c.start < w1 and not _stated(words, c, w0, lex)]
    if (kind == "stock" and cue is None) or (cue is not None and cue.kind == "batches"):
        # a stock's time, or the time of a batch ("Dos horas más tarde partió un convoy con N"): a batch
        # decides the kind but is no temporal expression, the clause's window, day or date states it
        point = time_point([(c.kind, c.start, c.end) for c in here], w0, w1)
        cue = next((c for c in here if (c.kind, c.start, c.end) == point), None)
    if cue is not None and not states_period(cue.kind, words, cue.start, cue.end, lex, pw.tables["tolls"]):
        cue = None  # a total's noun ("bilan", "общее число") names the count, not its time
    if cue is None and kind != "stock":
        # a length of time ("en nueve días") states the period but not the kind: the slice of a flow or
        # the whole of an operation told with its length (gold Periods rule 2) read alike
        lengths = [c for c in here if c.kind == "lengths" and not any(_between(o, c, w0, w1) for o in others)]
        cue = min(lengths, key=lambda c: _distance(c, w0, w1)) if lengths else None
        if cue is not None and basis == "default":
            basis = "window"  # the flow's own window: no other statement's window replaces it
    return kind, basis, cue


def _period_of(words: Sequence[Word], cues: Sequence[Cue], w0: int, w1: int, d: Draft,
               others: Sequence[tuple[int, int]], pw: PeriodWords, lex: Lexicon) -> tuple[str, str | None, Cue | None]:
    r = load_rules()
    event = d.event or "other"
    if event in r.stock_events:
        return "stock", None, None
    lo, hi = clause_of(words, w0, pw)
    here = [c for c in cues if lo <= c.start < hi and not w0 <= c.start < w1 and not _stated(words, c, w0, lex)]

    def near(*kinds: str) -> Cue | None:
        hits = [c for c in here if c.kind in kinds]
        return min(hits, key=lambda c: _distance(c, w0, w1)) if hits else None

    if event in r.progressive_states:
        stay = [c for c in here if c.kind in ("staying", "shelter", "now") and _distance(c, w0, w1) <= _STAY_REACH
                and not any(_between(o, c, w0, w1) for o in others)]
        if stay:
            return "stock", None, None  # "permanecen en campamentos", "still held", "currently displaced": a state
    if event == "displaced" and d.event_from_noun and near("origins", *_INCREMENT_CUES) is None \
            and d.modality != "expected":
        # "desplazados internos", "déplacés": the people noun names a state (gold rule 4), unless an origin,
        # a window or a day makes it the flow ("déplacés depuis", "6 400 déplacés le 2 juin") or it is
        # planned. (Reading a day as the time of a state instead lifted half A by two and cost half B one.)
        return "stock", None, None
    rate = near("rates")
    if rate is not None:
        return "increment", None, rate
    if _total_reached(here, w0):
        origin = near("origins")
        return "cumulative", (None if origin is not None else "toll"), origin or near("totals")
    found = near("origins", "totals", *_INCREMENT_CUES)
    if found is not None:
        return ("increment", "window", found) if found.kind in _INCREMENT_CUES else ("cumulative", None, found)
    if d.modality == "expected" or _future(words, lo, hi, pw):
        return "cumulative", None, None  # a planned count with no window is the total planned
    if event == "other":
        return "stock", None, None  # no event and no window: who is there (staff, rescuers, a crowd)
    incident, whole = near("incidents"), near("wholes")
    if incident is not None and (whole is None or _distance(incident, w0, w1) <= _distance(whole, w0, w1)):
        return "increment", None, None
    if whole is not None:
        return "cumulative", None, None
    if near("weak") is not None or _perfect(words, here, pw):
        return "cumulative", None, None  # "ya han salido", "вже евакуювали", "au total": a total to date
    return "increment", "default", None


def _stated(words: Sequence[Word], c: Cue, w0: int, lex: Lexicon) -> bool:
    """A day or window between a verb of saying and the complementiser that opens the figure's clause ("la
    OIM informó el martes que 300 ...", "ذكرت ... اليوم أن"), or after a verb of saying that follows the
    figure: when it was said, not the window of the flow (gold Periods rule 6)."""
    if c.kind not in ("windows", "days", "date"):
        return False
    if c.start > w0:
        # "ont tué 412 habitants, a précisé dans la soirée de mercredi le chef": a verb of
        # saying between the figure and the day; the day is the statement's
        return any(lex.reporting_verbs.match(words, j, lex.code) is not None for j in range(w0 + 1, c.start))
    if c.end > w0:
        return False
    comp = any(normalise(words[j].text, lex.code) in lex.complementisers for j in range(c.end, w0))
    return comp and any(lex.reporting_verbs.match(words, j, lex.code) is not None for j in range(0, c.start))


def _between(o: tuple[int, int], c: Cue, w0: int, w1: int) -> bool:
    """Another figure stands between a cue and this figure (the cue is that figure's)."""
    return (c.end <= o[0] and o[1] <= w0) or (w1 <= o[0] and o[1] <= c.start)


def _future(words: Sequence[Word], lo: int, hi: int, pw: PeriodWords) -> bool:
    """A verb of the clause in the synthetic future ("huirán", "partiront"), read by its ending."""
    return bool(pw.future_endings) and any(
        len(w.text) >= _FUTURE_MIN and normalise(w.text, pw.code).endswith(pw.future_endings) for w in words[lo:hi])


def _distance(c: Cue, w0: int, w1: int) -> int:
    return w0 - c.end if c.end <= w0 else max(0, c.start - w1)


def _total_reached(here: Sequence[Cue], w0: int) -> bool:
    """A noun of a running total, then a verb that moves it, before the figure ("число погибших
    превысило", "el balance asciende a", "عدد النازحين بلغ"): the figure is the value the total reached.
    The nearest such noun is the figure's; a verb before it moved another total."""
    nouns = [c.start for c in here if c.kind in ("tolls", "totals") and c.start < w0]
    return bool(nouns) and any(c.kind == "reaching" and max(nouns) < c.start < w0 for c in here)


def _perfect(words: Sequence[Word], here: Sequence[Cue], pw: PeriodWords) -> bool:
    """The present perfect of the figure's verb ("han abandonado", "ha obligado a huir a"): its auxiliary
    in the clause with a participle right after it, known by the language's participle endings."""
    for c in here:
        if c.kind != "perfect":
            continue
        after = words[c.end : c.end + _PERFECT_REACH]
        if any(w.text.lower().endswith(pw.participle_endings) for w in after):
            return True
    return False


def settle(sentences: Sequence[Sentence], drafts: Sequence[Draft], analysis: Callable[[int], Analysis],
           lex: Lexicon) -> None:
    """The period kind of every draft, then the document pass (parts, statements, tolls, headlines)."""
    pw = period_words(lex.code)
    cues: dict[int, list[Cue]] = {}

    def cues_of(i: int) -> list[Cue]:
        if i not in cues:
            cues[i] = find_cues(analysis(i).words, pw, lex)
        return cues[i]

    for d in drafts:
        words = analysis(d.sentence_index).words
        spans = [(e.first, e.last) for e in drafts if e is not d and e.sentence_index == d.sentence_index]
        parent = drafts[d.parent] if d.parent is not None else None
        starts = tuple(e.first for e in drafts if e.sentence_index == d.sentence_index)
        if parent is not None and parent.sentence_index == d.sentence_index and parent.first > d.last:
            # a part stated before its whole ("12 morts, portant le bilan à N") is the increment by
            # construction: it keeps the period of its own words, and no cue of the whole's words after it
            mine = [c for c in cues_of(d.sentence_index) if c.start < parent.first]
            d.period_kind, d.period_basis, cue = period_of(words, mine, d.first, d.last, d, spans, pw, lex)
            d.period_span = None if cue is None else _span(
                d.sentence_index, cue, words, starts, lex, clause_of(words, cue.start, pw)[1])
            continue
        if parent is not None and parent.sentence_index == d.sentence_index:
            # a part takes its whole's kind unless its own phrase gives another ("dont 12 hier"; rule 5)
            end = next((j for j in range(d.last, len(words)) if words[j].text in _PART_END), len(words))
            own = [c for c in cues_of(d.sentence_index) if d.last <= c.start < end and c.kind in _INCREMENT_CUES]
            d.period_kind, d.period_basis = ("increment", "window") if own else (parent.period_kind, "part")
            d.period_span = _span(d.sentence_index, own[0], words, starts, lex, end) if own else parent.period_span
            continue
        d.period_kind, d.period_basis, cue = period_of(words, cues_of(d.sentence_index), d.first, d.last, d,
                                                       spans, pw, lex)
        d.period_span = None if cue is None else _span(
            d.sentence_index, cue, words, starts, lex, clause_of(words, cue.start, pw)[1])
    follow_document(sentences, drafts, cues_of)


def _span(i: int, cue: Cue, words: Sequence[Word], stops: tuple[int, ...], lex: Lexicon,
          clause_end: int) -> tuple[int, int, int]:
    start, end = extent(cue.kind, words, cue.start, cue.end, stops, lex, clause_end)
    return i, start, end


_PART_END = frozenset({",", ";", ")", "(", "—", "–", ".", ":", "،", "؛"})


def follow_document(sentences: Sequence[Sentence], drafts: Sequence[Draft],
                    cues_of: Callable[[int], list[Cue]]) -> None:
    """Gold Periods rules 3 and 5 over the document: a part whose own clause bounded nothing takes its
    whole's kind; a headline figure, and a figure stated again with nothing of its own, the kind of the
    figure it repeats; a toll with no period of its own the kind of the nearest incident or whole named
    before it (the headline counts as the first sentence)."""
    for d in drafts:
        if d.parent is not None and d.period_basis == "default" and d.event not in load_rules().stock_events:
            whole = drafts[d.parent]
            d.period_kind, d.period_basis, d.period_span = whole.period_kind, whole.period_basis, whole.period_span
    for n, d in enumerate(drafts):
        # figures of one statement share its stated window (rule 5): "over 900 left in the last day, the
        # centre said. It added that the number who left reached 8,000" (as when.same_statement_windows)
        if d.period_basis not in ("default", "toll") or d.source is None or d.event in load_rules().stock_events:
            continue
        shared = next((e for e in reversed(drafts[max(0, n - 4) : n]) if d.sentence_index - e.sentence_index == 1
                       and e.source == d.source and e.period_basis == "window"), None)
        if shared is not None:
            d.period_kind, d.period_basis, d.period_span = shared.period_kind, "window", shared.period_span
        else:
            k = d.sentence_index - 1
            if d.period_basis == "toll" and k >= 0 and not sentences[k].headline \
                    and not any(e.sentence_index == k for e in drafts) \
                    and any(c.kind in _INCREMENT_CUES for c in cues_of(k)):
                # a total with no frame of its own after a sentence that only states a window ("Between
                # Thursday noon and Friday morning the corridor stayed open. The number who left reached
                # 8,000"): the window of the statement the total closes
                d.period_kind, d.period_basis = "increment", "window"
                # its words: a window, day or date of that sentence; a batch there ("ten convoys") is none
                window = next((c for c in cues_of(k) if c.kind in _INCREMENT_CUES and c.kind != "batches"), None)
                d.period_span = None if window is None else (k, window.start, window.end)
    for d in drafts:
        if d.event not in TOLL_EVENTS or d.period_basis not in ("default", "toll"):
            continue
        first = d.sentence_index - (d.period_basis == "toll")
        for k in range(first, -1, -1):
            frame = [c for c in cues_of(k) if c.kind in ("incidents", "wholes")
                     and (k != d.sentence_index or c.start < d.first)]
            if frame:
                kind = "increment" if max(frame, key=lambda c: c.start).kind == "incidents" else "cumulative"
                if kind == "cumulative" or d.period_basis == "toll":
                    d.period_kind = kind
                break
    _parts_follow(drafts)
    body = [d for d in drafts if not sentences[d.sentence_index].headline]
    stated = [d for d in drafts if d.period_basis != "default" and d.figure.kind != "vague"
              and (d.figure.low or 0) >= _REPEAT_MIN]
    for d in drafts:
        if d.parent is not None:
            continue
        if sentences[d.sentence_index].headline:
            same = next((e for e in body if e is not d and _repeats(d, e)), None)
        else:
            same = next((e for e in stated if e is not d and _repeats(d, e)), None) \
                if d.period_basis == "default" else None
        if same is not None:
            d.period_kind = same.period_kind
            d.period_span = d.period_span or same.period_span
    _parts_follow(drafts)


def _parts_follow(drafts: Sequence[Draft]) -> None:
    """A part that took its whole's kind takes it again as the document settled it."""
    for d in drafts:
        if d.period_basis == "part" and d.parent is not None:
            d.period_kind, d.period_span = drafts[d.parent].period_kind, drafts[d.parent].period_span


def _repeats(d: Draft, e: Draft) -> bool:
    """``d`` states again the figure ``e`` states, of the same event: the same value, or ``d`` the value of
    ``e`` rounded as headlines and leads round ("3,4 тысячи" for 3406, "plus de 12 000" for 12 173)."""
    if d.event != e.event:
        return False
    a, b = (d.figure.low, d.figure.high), (e.figure.low, e.figure.high)
    if a == b:
        return True
    x, y = d.figure.low, e.figure.low
    if x is None or y is None or x < _ROUNDED_MIN or y == x:
        return False
    digits = len(str(int(y))) - len(str(int(x)).rstrip("0"))  # the places the rounded value dropped
    return digits > 0 and int(x) % (10 ** digits) == 0 and round(y, -digits) == x
