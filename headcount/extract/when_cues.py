"""The time cues of a sentence: which words state a period ("in the past 24 hours", "since Monday", "as of
Friday", a weekday, a date), found once per sentence and read by ``when.find_period`` for each figure.

Split from ``when`` so that module keeps the per-figure decision (which cue a figure takes, and its kind) and
this one the per-sentence scan: the cues do not depend on any figure, and the pipeline computes them once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from headcount.extract import calendar_words
from headcount.extract.rules import Rules
from headcount.extract.when_clauses import CLAUSE_BREAKS
from headcount.extract.when_dates import (
    abbreviation_stop,
    compared_since,
    dated_days,
    days_ago,
    deadlines_of,
    holds_date,
    is_date_word,
)
from headcount.extract.when_windows import calendar_windows, report_adjective

_YEAR = calendar_words.YEAR
# Words after "a day" or "a week" that make it a distance in time from a point, not a rate's unit.
_RELATIVE_TIME = frozenset({"ago", "after", "before", "later", "earlier"})
# Prepositions before "a day" or "a week" that make it a length of time rather than a rate's unit.
_DURATION_BEFORE = frozenset({"for", "in", "within", "than", "of", "over", "after", "under"})
_PHRASE_END = frozenset({",", ";", ".", "?", "!", ":", '"', "“", "”", "(", ")"})


@dataclass(frozen=True, slots=True)
class Cues:
    """Every period cue of a sentence, found once and shared by its figures."""

    rate: list[tuple[int, int]]
    cumulative: list[tuple[int, int]]
    increment: list[tuple[int, int]]
    increment_any: list[tuple[int, int]]  # including "said on Sunday", for stocks
    weak: list[tuple[int, int]]
    days: list[tuple[int, int]]
    statement_days: list[tuple[int, int]]  # "said on Tuesday": when it was said, dating an undated flow
    perfect: list[int]
    wholes: list[tuple[int, int]]  # "the war", "the quake": a flow counted against a whole is its total
    incidents: list[tuple[int, int]]  # "an air strike", "the boat sank": one incident's toll is an increment
    # "on 5 March", "the morning of 4 October": days of the month, a figure's day only when they date its
    # own verb (``when_dates.dates_the_figure``)
    dates: list[tuple[int, int]] = dataclasses.field(default_factory=list)


def find_cues(words: Sequence[str], rules: Rules) -> Cues:
    """One pass over the sentence collects the cues of every kind."""
    tables = (("rate", rules.rate), ("cumulative", rules.cumulative), ("increment", rules.increment),
              ("weak", rules.cumulative_weak))
    found: dict[str, list[tuple[int, int]]] = {"rate": [], "cumulative": [], "increment": [], "weak": [],
                                               "increment_any": []}
    days: list[tuple[int, int]] = []
    statement_days: list[tuple[int, int]] = []
    dates: list[tuple[int, int]] = []
    compared: list[tuple[int, int]] = []  # "the highest since the outbreak in 2000"
    perfect: list[int] = []
    wholes: list[tuple[int, int]] = []
    incidents: list[tuple[int, int]] = []
    weekdays = rules.weekdays
    statement = rules.period_words.statement_words
    starts = rules.period_starts
    deadlines = deadlines_of(words, rules)
    found["cumulative"].extend(deadlines)
    for i, w in enumerate(words):
        # "had been" too: reported speech shifts "have been treated" back ("said 75 had been treated"); the
        # active "had fled" is as often a past event told before another, and is left out
        backshifted = w == "had" and i + 1 < len(words) and words[i + 1] == "been"
        if ((w in ("have", "has") or backshifted) and not _perfect_of_saying(words, i, statement)
                and not _possession(words, i, rules)):
            perfect.append(i)
        if w not in starts and w not in ("in", "during", "throughout", "between"):
            continue
        for table, into in ((rules.wholes, wholes), (rules.incidents, incidents)):
            if w in table.first and (hit_ := table.match(words, i)) is not None:
                into.append((i, i + hit_[0]))
        # "said on Sunday", "released a report on Wednesday": the day something was said, not a window
        said_right_before = i > 0 and words[i - 1] in statement
        said_before = said_right_before or any(x in statement for x in words[_after_quote_opens(words, i) : i])
        # "since Thursday", "until yesterday", "as of last week": the day is the origin or the end of a span,
        # part of the cumulative cue before it, not a window of its own
        origin = i > 0 and (words[i - 1] in rules.period_words.origins or words[max(0, i - 2) : i] == ["as", "of"]
                            or (w in weekdays and _in_origin_phrase(words, i, rules))
                            or any(a < i < b for a, b in deadlines))
        if w in weekdays and not origin and not _dates_a_noun(words, i, rules):
            (statement_days if said_before else days).append((i, i + 1))
        if w in ("in", "during", "throughout") and i + 1 < len(words) and _YEAR.fullmatch(words[i + 1]):
            found["increment"].append((i, i + 2))  # "during 2019": a calendar slice
        if w == "between" and i + 1 < len(words) and is_date_word(words[i + 1], rules):
            end = next((k + 1 for k in range(i + 2, min(len(words), i + 8))
                        if is_date_word(words[k], rules) and words[k - 1] in ("and", "to")), None)
            if end is not None:
                while end < len(words) and is_date_word(words[end], rules):
                    end += 1  # "between 24 and 25 August": the closing date runs on to its month
                found["increment"].append((i, end))  # a closed window
        for kind, table in tables:
            if w not in table.first:
                continue
            hit = table.match(words, i)
            if hit is None:
                continue
            span = (i, i + hit[0])
            if kind == "cumulative" and w == "since" and compared_since(words, i):
                compared.append((i, extend_cue(words, span[1], rules)))
                continue  # "the highest since 2000": a comparison with the years since, not the flow's origin
            if (kind in ("rate", "increment") and span[1] < len(words) and words[span[1]] in _RELATIVE_TIME
                    and rules.rate.match(words, i) is not None):
                continue  # "a week ago", "a day after the vote": a time point, not a rate unit
            if kind in ("rate", "increment") and report_adjective(words, i):
                continue  # "said in its daily report": the report's frequency, not the flow's rate
            if kind == "rate" and i > 0 and words[i - 1] in _DURATION_BEFORE:
                continue  # "held for a week", "in a day": a length of time, not the unit of a rate
            if kind == "increment" and w == "within" and not any(x in rules.period_words.units
                                                                for x in words[i + 1 : i + 5]):
                continue  # "displaced within the city": a place, not a window ("within 72 hours")
            if kind == "increment":
                found["increment_any"].append(span)
            if kind == "increment" and (origin or _dates_a_noun(words, i, rules)):
                continue
            if (said_before and kind == "increment") or (said_right_before and kind == "cumulative"):
                if said_right_before and kind == "increment" and " ".join(words[i : span[1]]) in _SPOKEN_DAYS:
                    statement_days.append(span)  # "said yesterday", like "said on Friday": the statement's day
                continue  # "said on Sunday" is when it was said, not the window of a flow
            found[kind].append(span)
    for span in dated_days(words):
        # "rescued early on 4 October", "said on 5 March": a day of the month is a day like a weekday
        if any(a <= span[0] < b for a, b in (*deadlines, *found["increment"], *found["cumulative"])):
            continue
        if _dates_a_noun(words, span[0], rules):
            continue
        said = any(x in statement for x in words[_after_quote_opens(words, span[0]) : span[0]])
        (statement_days if said else dates).append(span)
    for span in days_ago(words, rules):
        said = any(x in statement for x in words[max(0, span[0] - 3) : span[0]])
        (statement_days if said else found["increment"]).append(span)
        found["increment_any"].append(span)
    for span in calendar_windows(words, rules):
        # "next week", "this year", "over the weekend", "in the ninth week": a bounded window; after a
        # verb of saying ("said last week") it is when it was said
        (statement_days if span[0] > 0 and words[span[0] - 1] in statement else found["increment"]).append(span)
        found["increment_any"].append(span)
    for kind in ("increment", "increment_any", "cumulative"):
        found[kind] = _outermost(found[kind], words, rules)
    # "since the start of the fire season in June": a date inside an origin's phrase dates the origin
    origins = [(a, extend_cue(words, b, rules)) for a, b in found["cumulative"]
               if (words[a] in rules.period_words.origins or words[b - 1] in rules.period_words.open_cues)
               and not _count_follows(words, b, rules)]
    found["increment"] = [h for h in found["increment"] if not any(a < h[0] < b for a, b in (*origins, *compared))]
    return Cues(rate=found["rate"], cumulative=found["cumulative"], increment=found["increment"],
                increment_any=found["increment_any"], weak=found["weak"], days=days, perfect=perfect,
                statement_days=statement_days, wholes=wholes, incidents=incidents, dates=dates)


AS_OF = (["as", "of"], ["as", "at"])  # the cues that date a count at a point, a stock's as well as a total's

_PERFECT_REACH = 3  # "have also since said": how far after "have" its participle may stand


def _possession(words: Sequence[str], i: int, rules: Rules) -> bool:
    """"The militia has 60 captives in the barracks": a "have" followed at once by a quantity is the verb of
    having, not the auxiliary of a perfect (which a participle follows); it counts what is held now, not a
    total."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return nxt[:1].isdigit() or nxt in rules.period_words.quantity_openers


def _perfect_of_saying(words: Sequence[str], i: int, statement: frozenset[str]) -> bool:
    """The perfect of a verb of saying ("officials have said", "the governor has confirmed") dates the
    statement, not what is counted: it neither makes a toll a running total nor a flow a series to date."""
    for w in words[i + 1 : i + 1 + _PERFECT_REACH]:
        if w in statement:
            return True
        if not (w.endswith("ly") or w in ("also", "since", "now", "not", "already", "previously")):
            return False
    return False


_QUOTE_OPENERS = frozenset({":", "“", '"', "‘", "«"})


def _after_quote_opens(words: Sequence[str], i: int) -> int:
    """Where the words that may hold a verb of saying before token ``i`` begin: three tokens back, but not
    across a colon or an opening quotation mark. After "said: “" the quoted words begin; a window that opens
    them ("the colonel said: “In the past week ...") is the window of what is said, not the day it was said."""
    lo = max(0, i - 3)
    return next((k + 1 for k in range(i - 1, lo - 1, -1) if words[k] in _QUOTE_OPENERS), lo)


def _outermost(hits: list[tuple[int, int]], words: Sequence[str], rules: Rules) -> list[tuple[int, int]]:
    """Drop a cue that lies inside the phrase an earlier cue opens ("hours" inside "over the past 24
    hours"): the phrase is the period, not its last word."""
    out: list[tuple[int, int]] = []
    reach = -1
    for a, b in sorted(hits):
        if a < reach:
            continue
        out.append((a, b))
        reach = max(reach, extend_cue(words, b, rules))
    return out


def _count_follows(words: Sequence[str], b: int, rules: Rules) -> bool:
    """A count of people right after a cue ("since dozens were killed in 2009", "since the 300 left"): the
    cue is a conjunction, its clause the count's (``when_clauses.opens_figures_clause``), and its dates are that clause's."""
    k = b + (b < len(words) and words[b] == "the")
    w = words[k] if k < len(words) else ""
    if calendar_words.clock_time_length(words, k):
        return False  # "as of 6 pm on Thursday": a time of day, not a count
    return w[:1].isdigit() or w in rules.number_words or w in rules.period_words.quantity_openers


def extend_cue(words: Sequence[str], b: int, rules: Rules) -> int:
    """Where the phrase of a cue ending at token ``b`` ends: an open cue takes its object ("in the past" ->
    "in the past 24 hours", "since" -> "since Feb. 25")."""
    grammar = rules.period_words
    if words[b - 1] in grammar.open_cues:
        start, limit = b, min(len(words), b + 8)
        while b < limit and (words[b] not in _PHRASE_END or abbreviation_stop(words, b)
                             or calendar_words.clock_colon(words, b)) and words[b] not in (
                "that", "and", "who", "which", "when"):
            if (words[b] in _FINITE_AUXILIARIES or words[b] in grammar.reaching) and holds_date(words[start:b], rules):
                break  # "the toll since Oct. 7 has passed 30,000": a dated object is whole; the verb is the clause's
            b += 1
            if words[b - 1] in grammar.units:
                break
    return b


# Finite forms that open a clause's predicate; after a complete date they belong to the clause, not the phrase.
_FINITE_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "stands", "stood"})


def time_of_when_clause(words: Sequence[str], hit: tuple[int, int], fig: int, rules: Rules) -> tuple[int, int] | None:
    """"trapped since Saturday, when avalanches devastated the camp, killing 18": the figure stands in a
    relative clause of time ("when ...") on the origin's time point; the clause tells what happened at that
    point, so the origin is the day of the figure's event, not the start of a span that runs to it. The
    span of the time point (the origin's object, without "since"), or None."""
    if words[hit[0]] not in rules.period_words.origins:
        return None
    b = extend_cue(words, hit[1], rules)
    when = b + (b < len(words) and words[b] == ",")
    if hit[1] < b < fig and when < fig and words[when] == "when":
        return hit[0] + 1, b
    return None


_ORIGIN_REACH = 10  # how far back "as of the morning of 4 May, Friday" reaches from its weekday


def _in_origin_phrase(words: Sequence[str], i: int, rules: Rules) -> bool:
    """A weekday in apposition to the date of an origin or an end ("as of the morning of 4 May, Friday",
    "since March 2, a Saturday"): part of that span, not a day of its own. Only dates and their words stand
    between: no clause break and no number that could be a count."""
    for k in range(i - 1, max(-1, i - _ORIGIN_REACH), -1):
        w = words[k]
        if calendar_words.clock_colon(words, k):
            continue  # "as of 8:00am on Friday": the colon of a clock time breaks nothing
        if w in CLAUSE_BREAKS or (w.isdecimal() and int(w) > 31) or w in rules.period_words.statement_words:
            return False
        if w in rules.period_words.origins or (w == "of" and k > 0 and words[k - 1] == "as"):
            return True
    return False


_SPOKEN_DAYS = frozenset({"yesterday", "today", "last night"})


def _dates_a_noun(words: Sequence[str], i: int, rules: Rules) -> bool:
    """A weekday that dates a noun rather than the count: the possessive "Saturday's earthquake", or the
    day inside a relative clause on a whole ("the quake that struck on Saturday")."""
    if i + 1 < len(words) and words[i + 1] in ("'s", "’s", "'", "’"):
        return True
    k = i - 1
    while k >= 0 and i - k <= 5 and words[k] not in _PHRASE_END:
        if words[k] in ("that", "which") and k > 0 and rules.wholes.match(words, k - 1) is not None:
            return True
        k -= 1
    return False
