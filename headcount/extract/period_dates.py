"""The calendar days a period phrase covers, against the day the text was published: "in the past 24
hours", "yesterday", "since Thursday", "until 4 May", "by 4 May". Kept apart from when.py, which decides
the kind of a period from the words of its clause; this only turns the chosen words into ISO dates."""

from __future__ import annotations

import datetime as dt
import re

from headcount.extract import calendar_words
from headcount.extract.rules import rules as load_rules

# "two weeks ago": one day, the publication day less the span
_AGO = re.compile(r"\b(\d+|[a-z]+)\s+(days?|weeks?)\s+ago\b", re.I)
_WINDOW = re.compile(r"\b(?:past|last|previous|(?:in|within|over)(?:\s+just|\s+only|\s+the)?)\s+(\d+|[a-z]+)\s+(hours|days|weeks)\b",
                     re.I)
# "the past day", "the previous week": a window of one unit, the count left unsaid. Not "last": "the last week"
# is as often a slice named by what follows ("the last week of May", "the last day of fighting"), and the
# period phrase may stop before that "of"
_ONE_UNIT = re.compile(r"\bthe\s+(?:past|previous)\s+(day|week)\b(?!\s+of\b)", re.I)


def resolve_dates(phrase: str, published: dt.date | None, future: bool = False) -> tuple[str | None, str | None]:
    """First and last day of a period phrase, against the published date (None where it cannot tell).

    ``future``: the claim is expected ("are to be released on Thursday"), so a weekday is the next one.
    A day that falls outside the calendar (a window of a million days, "yesterday" on 1 January of year 1)
    resolves to nothing rather than raising: the phrase comes from arbitrary text.
    """
    if published is None:
        return None, None
    try:
        return ordered_window(*_resolve(phrase, published, future))
    except OverflowError:
        return None, None


def ordered_window(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """The window as it stands, or no dates at all when it would start after it ends: the series and the
    pairing read these days as a span, and a reversed one is a wrong date, worse than none."""
    if start is not None and end is not None and start > end:
        return None, None
    return start, end


def window_from_statement(phrase: str, published: dt.date, spoken: str, future: bool = False,
                          ) -> tuple[str | None, str | None]:
    """The days of a period phrase whose clause says when the party spoke ("the ministry said on Monday ...
    in the past 24 hours"): a phrase measured from a day ("in the past 24 hours", "yesterday", "since
    Thursday", "so far") is measured from that day, not from the publication day; a date of the month
    resolves as it stands. ``spoken``: the words of the statement's day ("Monday", "two days ago")."""
    said_on, said_to = resolve_dates(spoken, published)
    if said_on is None or said_on != said_to:
        return resolve_dates(phrase, published, future)
    if _explicit_dates(phrase.lower(), published) and not phrase.lower().startswith("since"):
        return resolve_dates(phrase, published, future)
    # "said on Friday that 45 had died since 1 March": the span runs to the Friday, as "since Wednesday" does
    return resolve_dates(phrase, dt.date.fromisoformat(said_on), future)


_DEADLINES = ("as of", "as at", "until", "till", "by ")  # a phrase that ends a running total


def _resolve(phrase: str, published: dt.date, future: bool) -> tuple[str | None, str | None]:
    p = phrase.lower()
    ago = _AGO.search(p)
    if ago:
        count = ago.group(1)
        k = 1 if count in ("a", "an") else int(count) if count.isdigit() else load_rules().number_words.get(count)
        if k is not None:
            d = published - dt.timedelta(days=k * (7 if ago.group(2).startswith("week") else 1))
            return d.isoformat(), d.isoformat()
    ending = re.search(r"\b(?:till|until|to|ending)\b(.*)$", p)
    if ending and _WINDOW.search(p[: ending.start()]):
        # "in the 24 hours till 8:00am yesterday": the window is counted back from the day it ends on
        on, to = _resolve(ending.group(1), published, future)
        if on is not None and on == to:
            return _resolve(p[: ending.start()], dt.date.fromisoformat(on), future)
    m = _WINDOW.search(p)
    if m and future and m.group(0).lower().startswith(("in", "within", "over")):
        m = None  # "will be moved within 72 hours": a horizon ahead, not a window back
    n = None
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else load_rules().number_words.get(m.group(1))
    if m and n is not None:
        # hours round up to whole days: "the past 36 hours" reaches into a second day
        days = max(1, -(-n // 24)) if m.group(2) == "hours" else n * (7 if m.group(2) == "weeks" else 1)
        return _back_from(published, days)
    one = _ONE_UNIT.search(p)
    if one:
        return _back_from(published, 7 if one.group(1) == "week" else 1)
    since = p.startswith("since")
    if "yesterday" in p or "last night" in p:
        d = published - dt.timedelta(days=1)
        return d.isoformat(), (published if since else d).isoformat()
    if "today" in p or "tonight" in p or "this morning" in p:
        return published.isoformat(), published.isoformat()
    if since and ("last week" in p or "this week" in p):
        monday = published - dt.timedelta(days=published.weekday())
        start = monday - dt.timedelta(days=7) if "last week" in p else monday
        return start.isoformat(), published.isoformat()
    named = sorted((m.start(), wd) for name, wd in calendar_words.weekdays().items()
                   for m in re.finditer(rf"\b{name}\b", p))
    if len(named) >= 2 and not since:
        # "on Sunday and Monday": one window from the first day to the last
        # the last day first, then the first on or before it: "between Friday and Monday" told on a Sunday
        # is the Friday before that Monday, not the one after it
        last = _weekday_before(published, named[-1][1], future)
        first = _weekday_before(last, named[0][1], False)
        return first.isoformat(), last.isoformat()
    for name, wd in calendar_words.weekdays().items():
        if name in p and not _explicit_dates(p, published):  # "by Friday, 11 September": the date says which
            d = _weekday_before(published, wd, future)
            if p.startswith(_DEADLINES):
                # "as of Wednesday", "by 6 pm on Thursday": a running total's end, from an unknown start
                return None, d.isoformat()
            # "since Thursday" runs from that day to the report
            return d.isoformat(), (published if since else d).isoformat()
    slice_ = _calendar_slice(p, published, future)
    if slice_ is not None:
        return slice_
    dates = _explicit_dates(p, published)
    if len(dates) >= 2 or (dates and p.startswith("between")):
        # "between 24 and 25 August", "from 1 to 7 May": a closed window, first day to last
        return dates[0].isoformat(), dates[-1].isoformat()
    if dates:
        date = dates[0]
        if p.startswith(("since", "as of", "as at", "until", "by ")):
            return (date.isoformat(), published.isoformat()) if p.startswith("since") else (None, date.isoformat())
        return date.isoformat(), date.isoformat()
    if "so far" in p or "to date" in p or "thus far" in p or since:
        # "since the start of the evacuation": a running total up to the report, from an unknown day
        return None, published.isoformat()
    return None, None


_MONTH_SLICE = re.compile(r"\b(?:in|during|throughout)\s+(?:early\s+|late\s+|mid-?)?([a-z]{3,9})\.?(?:\s+((?:19|20)\d\d))?\b")


_YEAR_SLICE = re.compile(r"(?:in|during|throughout)\s+((?:19|20)\d\d)")


def _slice_named(p: str, words: str) -> bool:
    """"last week" as a slice of the calendar, not "the last week of May" (a slice named by what follows)."""
    return re.search(rf"(?<!the )\b{words}\b(?!\s+of\b)", p) is not None


def _calendar_slice(p: str, published: dt.date, future: bool = False) -> tuple[str | None, str] | None:
    """The days of a calendar slice: "last week" (Monday to Sunday before this week; told on a Sunday, the
    week ending that day), "this week" and "this month" (to the publication day), "last month", "in June" and
    "in June 2023" (a month with no day: the last June on or before publication, to the publication day at
    most; for an expected flow, ``future``, the next June, whole). The weekend has no reading here: the
    extractor gives it no period text (a weekend is as often another clause's), so its days went unused.
    "early June", "mid-June", "late June" take the whole month: the part of it is not told in days. None for
    any other phrase."""
    if p.startswith(("until", "till", "through", "by ")) and not re.search(r"\d", p):
        # "through June", "through the end of March", "until May": the month's last day ends the span
        month = next((n for w in _WORD.findall(p) if (n := calendar_words.month_number(w)) is not None), None)
        if month is not None:
            if future:  # "will be displaced through October": the next October, its last day
                return None, _month_end(published.year + (month < published.month), month).isoformat()
            last = _month_end(published.year - (month > published.month), month)
            return None, min(last, published).isoformat()
    if p.startswith(("since", "until", "till", "through", "by ", "as of", "as at")):
        return None
    monday = published - dt.timedelta(days=published.weekday())
    if _slice_named(p, "last week") and published.weekday() == 6:
        # told on a Sunday, "last week" is the week ending that day, as the weekend on a Sunday is this one
        return monday.isoformat(), published.isoformat()
    if _slice_named(p, "last week"):
        return (monday - dt.timedelta(days=7)).isoformat(), (monday - dt.timedelta(days=1)).isoformat()
    if _slice_named(p, "this week"):
        return monday.isoformat(), published.isoformat()
    first = published.replace(day=1)
    if _slice_named(p, "this month"):
        return first.isoformat(), published.isoformat()
    if _slice_named(p, "last month"):
        end = first - dt.timedelta(days=1)
        return end.replace(day=1).isoformat(), end.isoformat()
    year_only = _YEAR_SLICE.fullmatch(p.strip())
    if year_only:  # "during 2019", "in 2023": the calendar year, to the publication day at most
        y = int(year_only.group(1))
        return dt.date(y, 1, 1).isoformat(), min(dt.date(y, 12, 31), published).isoformat()
    m = _MONTH_SLICE.search(p)
    mon = calendar_words.month_number(m.group(1)) if m else None
    if m is None or mon is None or re.search(r"\d", p[: m.start()] + p[m.end() :]):
        return None  # no month, or a day of it: a date, read by ``_explicit_dates``
    if future and not m.group(2):
        # "will be relocated in June": the next June, on or after publication, the whole month
        year = published.year + (mon < published.month)
        return dt.date(year, mon, 1).isoformat(), _month_end(year, mon).isoformat()
    year = int(m.group(2)) if m.group(2) else published.year - (mon > published.month)
    start = dt.date(year, mon, 1)
    return start.isoformat(), min(_month_end(year, mon), published).isoformat()


def _month_end(year: int, month: int) -> dt.date:
    return (dt.date(year, month, 28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def _weekday_before(published: dt.date, wd: int, future: bool) -> dt.date:
    """The day of weekday ``wd`` last on or before publication (the next one for an expected flow)."""
    if future:
        return published + dt.timedelta(days=(wd - published.weekday()) % 7)
    return published - dt.timedelta(days=(published.weekday() - wd) % 7)


def _back_from(day: dt.date, days: int) -> tuple[str, str]:
    """A window of ``days`` calendar days measured back from a day (the publication day, or the day of the
    statement the clause gives: ``window_from_statement``), that day included: "in the past 24 hours" published on 4 May is 4 May, the day's count, as "on Tuesday" told that Tuesday is; "over
    the past three days" is 2 to 4 May. Counting the day before as well made every such window a day longer
    than a dated count of the same days, so the two never met as one window."""
    return (day - dt.timedelta(days=days - 1)).isoformat(), day.isoformat()


_WORD = re.compile(r"[a-z]+|\d+")


def _explicit_dates(p: str, published: dt.date) -> list[dt.date]:
    """The dates of the month a phrase names, in order: "since 14 June", "June 14, 2022", "4 October 2017",
    and both bounds of "between 24 and 25 August" (a first day with no month of its own takes the next
    date's). A stated year is kept; without one the date is the last one on or before the publication day
    (29 February of no leap year gives none: the year is too far to guess)."""
    words = _WORD.findall(p)
    out: list[tuple[int, int, int | None]] = []  # day, month, stated year
    lone: list[int] = []  # days with no month of their own: "between 24 and 25 August"
    used: set[int] = set()
    for j, w in enumerate(words):
        mon = calendar_words.month_number(w)
        if mon is None:
            if calendar_words.day_of_month(w) and j not in used and _bound_of_a_list(words, j):
                lone.append(j)
            continue
        if j > 0 and calendar_words.day_of_month(words[j - 1]):
            day_at = j - 1
        elif j + 1 < len(words) and calendar_words.day_of_month(words[j + 1]):
            day_at = j + 1
        else:
            continue
        used.add(day_at)
        after = max(j, day_at) + 1
        year = int(words[after]) if after < len(words) and calendar_words.YEAR.fullmatch(words[after]) else None
        days = [int(words[k]) for k in lone if k < min(j, day_at)] + [int(words[day_at])]
        lone.clear()
        out.extend((day, mon, year) for day in days)
    return _dated_in_order(out, published)


_LIST_LINKS = frozenset({"and", "to", "or", "through", "till", "until"})


def _bound_of_a_list(words: list[str], j: int) -> bool:
    """A number with no month of its own is a day only as one bound of a list or a range, the next word a day
    ("24-25 August", "3, 4 and 5 May") or a link and a day ("between 24 and 25 August", "from 1 to 7 May");
    "8am on 12 September", "5 pm on 3 September" are times of that day, not earlier days of the month."""
    nxt = words[j + 1 : j + 3]
    return bool(nxt) and (calendar_words.day_of_month(nxt[0]) or (nxt[0] in _LIST_LINKS and len(nxt) == 2 and calendar_words.day_of_month(nxt[1])))




def _dated_in_order(days: list[tuple[int, int, int | None]], published: dt.date) -> list[dt.date]:
    """The dates of a list of days, the last first: it is the last one on or before publication, and each
    earlier day the last one on or before the day after it ("between 28 December and 3 January" told on
    2 January: the December before that January). Resolving each day against publication on its own put
    28 December in one year and 3 January in the one before, a window that ends before it starts."""
    out: list[dt.date] = []
    bound = published
    for day, month, year in reversed(days):
        d = _dated(day, month, year, bound)
        if d is None:
            return out[::-1]
        out.append(d)
        bound = d
    return out[::-1]


def _dated(day: int, month: int, year: int | None, published: dt.date) -> dt.date | None:
    """The date of a day and month, in the stated year or else the last one on or before publication."""
    try:
        d = dt.date(year or published.year, month, day)
    except ValueError:
        return None
    if year is None and d > published:
        # a day after publication is last year's; 29 February has no last year's, and the one four
        # years back is too far to guess, so the phrase gives no date
        try:
            d = d.replace(year=published.year - 1)
        except ValueError:
            return None
    return d
