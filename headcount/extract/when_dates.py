"""Days and dates in a clause, and whose they are.

A day of the month ("on 5 March", "on March 5, 2024", "early on 4 October", "the morning of 9 May") dates a
flow like a weekday, an increment (gold Periods: "a day or date ('on Sunday', 'yesterday', 'On 3
November')"), when it dates the figure's own verb; a date or a month on another clause's verb ("died when
the storm reached the delta in 1998") dates that clause. A date that is the object of an origin or an end
("since 14 June", "as of 4 May", "by 4 November", "through October") or a bound of a closed window
("between 24 and 25 August") belongs to that span's cue. Also here: "two days ago", the ends of spans ("by",
"through"), "since" after a superlative, and the bounds of a whole time phrase ("in just 24 hours", "on
Sunday and Monday"). Weekdays and month names come from CLDR (calendar_words.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from headcount.extract import calendar_words, linguistic
from headcount.extract.rules import Rules
from headcount.extract.sentences import Token

_YEAR = calendar_words.YEAR
_day = calendar_words.day_of_month
# Words right before a date that make it part of a span, not a day of its own.
_SPAN_WORDS = frozenset({"since", "until", "till", "through", "by", "between", "from", "to", "and", "after",
                         "before"})
_SPAN_REACH = 2  # "since early 4 May", "as of the 4th": how far back a span word may stand
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def _date_at(words: Sequence[str], i: int) -> int | None:
    """The end of a date of the month opening at token ``i`` ("4 October 2017", "Oct . 4", "October 4 ,
    2017"), or None. A day needs its month beside it: "4" alone is a count."""
    n = len(words)
    if _day(words[i]) and i + 1 < n and calendar_words.month_number(words[i + 1]) is not None:
        end = i + 2
    elif calendar_words.month_number(words[i]) is not None:
        k = i + 1 + (i + 1 < n and words[i + 1] == ".")
        if not (k < n and _day(words[k])):
            return None
        end = k + 1
    else:
        return None
    if end + 1 < n and words[end] == "," and _YEAR.fullmatch(words[end + 1]):
        end += 2
    elif end < n and _YEAR.fullmatch(words[end]):
        end += 1
    return end


def dated_days(words: Sequence[str]) -> list[tuple[int, int]]:
    """The spans of the dates of the month in the words that stand as days of their own: not the origin or
    the end of a span, not a bound of a window and not the date of a noun (see the module's docstring)."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        end = _date_at(words, i)
        if end is None:
            i += 1
            continue
        before = [w for w in words[max(0, i - _SPAN_REACH) : i] if w not in ("early", "late", "the")]
        as_of = words[max(0, i - 2) : i] in (["as", "of"], ["as", "at"])
        spans = bool(before) and before[-1] in _SPAN_WORDS
        # "as of Sunday, 9 July", "on Monday, 9 October": the date in apposition to a weekday is that day,
        # which the weekday already stands for (an origin, a statement's day or a day of its own)
        weekday = i >= 2 and words[i - 1] == "," and calendar_words.weekday_number(words[i - 2]) is not None
        if not (as_of or spans or weekday or (end < len(words) and words[end] in _POSSESSIVE)):
            out.append((i, end))
        i = end
    return out



_AGO_UNITS = frozenset({"day", "days", "week", "weeks"})


def days_ago(words: Sequence[str], rules: Rules) -> list[tuple[int, int]]:
    """"two weeks ago", "a day ago", "three days ago": a count of days or weeks before "ago" names one day,
    the publication day less that span, so a flow dated by it is an increment of that day."""
    out = []
    for k in range(2, len(words)):
        n = words[k - 2]
        if (words[k] == "ago" and words[k - 1] in _AGO_UNITS
                and (n.isdecimal() or n in rules.number_words or n in ("a", "an"))):
            out.append((k - 2, k + 1))
    return out



_DEADLINE_DAYS = frozenset({"today", "tomorrow", "tonight"})  # not "by then", "by now": points in time


def deadlines_of(words: Sequence[str], rules: Rules) -> list[tuple[int, int]]:
    """"by" or "through" with a date or a day for its object ("would all be home by 4 November", "had left by
    Friday", "by today", "counted 640 deaths through October"): the end of a span counted from its start, like "until", so the count is what has
    accrued by then, a running total (gold Periods: "until ..." or "as of ..." on a flow is cumulative). A
    day of the month counts only with its month after it, since "rose by 12" is an amount, not a date."""
    spans: list[tuple[int, int]] = []
    for i, w in enumerate(words[:-1]):
        if w not in ("by", "through"):
            continue
        # "through June", "through the end of March" (a place follows "through" as often: only a date counts)
        skip = 3 if words[i + 1 : i + 4] == ["the", "end", "of"] else 0
        clock = calendar_words.clock_time_length(words, i + 1)
        if clock and i + 1 + clock < len(words) and words[i + 1 + clock] == "on":
            skip = clock + 1  # "by 6 pm on Thursday": the day after the clock time is the span's end
        nxt = words[i + 1 + skip] if i + 1 + skip < len(words) else ""
        after = words[i + 2 + skip] if i + 2 + skip < len(words) else ""
        if not (nxt in _DEADLINE_DAYS or nxt in rules.weekdays or calendar_words.month_number(nxt) is not None
                or (nxt.isdecimal() and 1 <= int(nxt) <= 31 and calendar_words.month_number(after) is not None)):
            continue
        end = i + 2 + skip
        while end < len(words) and (is_date_word(words[end], rules) or _YEAR.fullmatch(words[end])
                                    or (words[end] == "," and end + 1 < len(words)
                                        and (words[end + 1] in rules.weekdays or _day_of_month_follows(words, end + 1)))):
            end += 1
        spans.append((i, end))
    return spans


def _day_of_month_follows(words: Sequence[str], k: int) -> bool:
    """"Friday, 11 September": a day of the month with its month, after a weekday's comma."""
    return (k + 1 < len(words) and words[k].isdecimal() and 1 <= int(words[k]) <= 31
            and calendar_words.month_number(words[k + 1]) is not None)


def is_date_word(w: str, rules: Rules) -> bool:
    """A day of the month, a month or a weekday name."""
    return (w.isdecimal() and 1 <= int(w) <= 31) or calendar_words.month_number(w) is not None or w in rules.weekdays



def abbreviation_stop(words: Sequence[str], b: int) -> bool:
    """The stop of an abbreviated month before its day ("Oct. 7"): part of the date, not the phrase's end."""
    return (words[b] == "." and b > 0 and b + 1 < len(words) and calendar_words.month_number(words[b - 1]) is not None
            and words[b + 1].isdecimal())


def holds_date(words: Sequence[str], rules: Rules) -> bool:
    """Whether the words hold a month, weekday or day of the month: the object of "since" is then a
    complete date ("since June", "since Oct. 7")."""
    return any(is_date_word(w, rules) for w in words)


_VERBS = frozenset({"VERB", "AUX"})


@lru_cache(maxsize=32)
def _parse(text: str, start: int, end: int) -> linguistic.Analysis | None:
    return linguistic.analyse(text, start, end)


def _verb_above(analysis: linguistic.Analysis, k: int) -> int | None:
    """The nearest verb that word ``k`` hangs on (itself if it is one), or None."""
    return next((m for m in (k, *analysis.ancestors(k)) if analysis.words[m].pos in _VERBS), None)


# public names for other period modules (when_whole_year)
parse_span = _parse
verb_above = _verb_above


def _dated_head(analysis: linguistic.Analysis, d: int, span: tuple[int, int]) -> int | None:
    """What the date at word ``d`` (document offsets ``span``) modifies: the first word above it that is
    neither part of the date, nor a preposition, an adverb ("early on 4 May") or a time of day ("the morning
    of 4 May"). A verb when the date is an adjunct of time; a noun when it dates the noun ("the earthquake
    of 6 February", "the 4 May attack"), which says when that happened, not when the figure's flow did."""
    for m in analysis.ancestors(d):
        w = analysis.words[m]
        if span[0] <= w.start < span[1] or w.pos in ("ADP", "ADV", "PUNCT") or w.lemma in TIMES_OF_DAY:
            continue
        return m
    return None


# Parts of a day: "on Saturday afternoon", "yesterday evening", "the morning of 4 May" name a time of that day.
TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "dawn", "dusk", "hour", "midday", "noon",
                          "midnight"})
# Superlatives before "since"; others are read by their "-iest" ("deadliest", "heaviest"); "-est" alone is
# too loose ("unrest since March", "the protest since Monday").
_SUPERLATIVES = frozenset({"worst", "best", "most", "least", "first", "highest", "largest", "lowest", "greatest",
                           "biggest", "longest", "strongest", "smallest", "fewest"})


def compared_since(words: Sequence[str], i: int) -> bool:
    """"the highest since 2000", "the deadliest since the 1990s", "the worst since records began": "since"
    after a superlative compares the figure with the years since; it is not the origin the flow counts
    from."""
    prev = words[i - 1] if i > 0 else ""
    return prev in _SUPERLATIVES or (prev.isalpha() and len(prev) > 5 and prev.endswith("iest"))


def dates_the_figure(text: str, tokens: Sequence[Token], fig: int, span: tuple[int, int]) -> bool:
    """Whether the day of the month at ``span`` dates the figure at token ``fig``: it hangs on the figure's own
    verb, or on the verb of a relative clause on the figure's noun ("the 30 hostages who were freed at dawn on
    9 May"); not on a noun ("the earthquake of 6 February") nor on another clause's verb
    (``in_other_clause``). Read from the sentence's parse; without a model the date counts."""
    return _date_head(text, tokens, fig, span) in ("figure", "none")


def in_other_clause(text: str, tokens: Sequence[Token], fig: int, span: tuple[int, int]) -> bool:
    """Whether the time phrase at ``span`` hangs on the verb of a clause other than the figure's: "600 died
    when the storm reached the delta in 1998", "700 dead after the cyclone struck in March", "11 are dead
    after the embankment gave way on 9 April", "the office put out figures on 3 August showing that 520
    died". It dates that clause's event (the storm's landfall, the release), not the figure's window (gold Periods rule 6:
    the claim's own clause comes first). Without a model, or when the parse hangs the phrase on a noun, it
    does not say so."""
    return _date_head(text, tokens, fig, span) == "other clause"


def _date_head(text: str, tokens: Sequence[Token], fig: int, span: tuple[int, int]) -> str:
    """What the time phrase at ``span`` dates, relative to the figure: "figure" (its verb or a relative clause
    on its noun), "other clause" (another verb), "noun", or "none" (no parse, or nothing above it)."""
    analysis = _parse(text, tokens[0].start, tokens[-1].end)
    if analysis is None:
        return "none"
    d, f = analysis.word_at(tokens[span[0]].start), analysis.word_at(tokens[fig].start)
    if d is None or f is None:
        return "none"
    verb = _dated_head(analysis, d, (tokens[span[0]].start, tokens[span[1] - 1].end))
    if verb is None:
        return "none"
    if analysis.words[verb].pos not in _VERBS:
        return "noun"
    own = _verb_above(analysis, f)
    if verb == own:
        return "figure"
    # the noun phrase of the figure, up to its verb: a relative clause on any of its words is its own
    ancestors = analysis.ancestors(f)
    phrase = [f, *(ancestors[: ancestors.index(own)] if own in ancestors else ancestors)]
    if analysis.words[verb].dep in ("relcl", "acl") and analysis.words[verb].head in phrase:
        return "figure"
    return "other clause"


_WINDOW_OPENERS = frozenset({"in", "within", "over", "during", "for"})
_WINDOW_HEDGES = frozenset({"just", "only", "the", "past", "last", "previous", "nearly", "about", "some"})


def phrase_bounds(words: Sequence[str], a: int, b: int, rules: Rules) -> tuple[int, int]:
    """The whole time phrase around a cue found by one of its words: a unit takes its count and preposition
    back ("hours" -> "in just 24 hours", "in six hours"), a weekday takes a second weekday coordinated with
    it ("on Sunday and Monday": one window of both days; coordinated days of the month are not read), and a
    month or a day of the month takes its stated year ("in June 2023")."""
    if b - a == 1 and words[a] in rules.period_words.units:
        k = a - 1
        while k >= 0 and words[k] in _WINDOW_HEDGES:
            k -= 1
        if k >= 0 and (words[k].isdecimal() or words[k] in rules.number_words):
            k -= 1
            while k >= 0 and words[k] in _WINDOW_HEDGES:
                k -= 1
            a = k if k >= 0 and words[k] in _WINDOW_OPENERS else k + 1
        # "in the 24 hours till 8:00am yesterday": the window's end point is part of it
        if b + 1 < len(words) and words[b] in ("till", "until", "to", "ending"):
            end = next((m + 1 for m in range(b + 1, min(len(words), b + 6))
                        if words[m] in ("yesterday", "today") or words[m] in rules.weekdays), None)
            # "in the 24 hours to 18 May": a date of the month ends it as well
            end = end if end is not None else _date_at(words, b + 1)
            b = end if end is not None else b
    if b < len(words) and _YEAR.fullmatch(words[b]) and (calendar_words.month_number(words[b - 1]) is not None
                                                         or _day(words[b - 1])):
        b += 1  # "in June 2023", "between 24 and 25 August 2029": the stated year dates the month
    if (b + 1 < len(words) and words[b] in ("and", "or") and is_date_word(words[b - 1], rules)
            and words[b + 1] in rules.weekdays and words[b - 1] in rules.weekdays):
        b += 2
        b += b < len(words) and words[b] in TIMES_OF_DAY
    return a, b


def dated_word(text: str, tokens: Sequence[Token], span: tuple[int, int]) -> str | None:
    """The lower-case word the time phrase at ``span`` hangs on, through its preposition ("told reporters in
    the capital on Thursday" -> "told"), or None without a parse."""
    analysis = _parse(text, tokens[0].start, tokens[-1].end)
    d = analysis.word_at(tokens[span[0]].start) if analysis is not None else None
    if analysis is None or d is None:
        return None
    head = _dated_head(analysis, d, (tokens[span[0]].start, tokens[span[1] - 1].end))
    return analysis.words[head].text.lower() if head is not None else None



def says_the_figure(text: str, tokens: Sequence[Token], words: Sequence[str], fig: int, span: tuple[int, int],
                    rules: Rules) -> bool:
    """Whether the statement day at ``span`` ("said on Monday") is the day the figure at ``fig`` was told, so
    that a window measured back ("in the past 24 hours") is measured from it: no other figure stands between
    the day and the figure ("killed 62 yesterday, up from 38 reported on Sunday": Sunday is the 38's), and the
    verb the day hangs on is no participle on a noun ("the 392 announced on Monday"), which tells when that
    noun's figure was given, not this one."""
    between = words[span[1] : fig] if span[0] < fig else words[fig + 1 : span[0]]
    if any(w[:1].isdigit() or w in rules.number_words for w in between):
        return False
    analysis = _parse(text, tokens[0].start, tokens[-1].end)
    d = analysis.word_at(tokens[span[0]].start) if analysis is not None else None
    if analysis is None or d is None:
        return True
    head = _dated_head(analysis, d, (tokens[span[0]].start, tokens[span[1] - 1].end))
    return head is None or analysis.words[head].dep != "acl"


# Words after a window's unit that count it from an event: "within 72 hours of the vote", "in the 48 hours
# after the landslide". Such a window is not measured back from publication, and its event's day is unknown.
_COUNTED_FROM = frozenset({"of", "after", "before", "since", "following"})


def counted_from_event(words: Sequence[str], b: int, rules: Rules) -> bool:
    """Whether the time phrase ending before token ``b`` is a window counted from an event named after its
    unit ("within 72 hours of the ceasefire collapsing"): it has no dates the publication day can give."""
    return 0 < b < len(words) and words[b - 1] in rules.period_words.units and words[b] in _COUNTED_FROM
