"""A document's publication date from what the document itself carries: a dateline in its text or a date
in its URL's path.

These are the fallbacks after the page's own metadata (trafilatura/htmldate) and a feed item's date: many
pages that reach the ledger as plain text or JSONL have neither, but open with a wire dateline ("BEIRUT,
Dec 14 (Reuters) -", "Geneva, 3 March 2019 -") or live at a dated path (".../2016/12/14/slug"). A claim
with no date cannot be set against another claim, so every honest source of a date is worth reading.
A crawl's date (WARC-Date) is when the page was fetched, never when it was published: it is kept as
``fetched_at`` elsewhere and never used here.

Month names come from CLDR (through Babel, ``headcount.extract.calendar_words``), not from a hand-made list, so abbreviations with and without a
full stop ("Dec", "Dec.", "Sept") are the ones CLDR knows.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from headcount.extract import calendar_words

# A dateline opens the text: it is looked for only in its first characters, so a date quoted in the body
# ("on 3 March 2019 the ministry said") is never taken for the publication date.
DATELINE_WINDOW = 300
_MIN_YEAR, _MAX_YEAR = 1990, 2100


@cache
def _patterns(language: str = "en") -> tuple[re.Pattern[str], ...]:
    """The date shapes of ``language``, the ISO date first: English reads "3 March 2019", "Dec 14, 2016";
    another language reads its own month names (``calendar_words.language_months``) in the day-first shape
    with its linking words ("15 de marzo de 2017", "15 марта 2017 года", "15 березня 2017 р.") and the
    day-first numeric date ("15.03.2017"). A language without month names of its own is read as English."""
    names = calendar_words.language_months(language)
    month = "|".join(r"\s+".join(map(re.escape, m.split()))
                     for m in sorted(names, key=len, reverse=True))
    day = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<y>(?:19|20)\d\d)"
    mon = rf"(?P<m>{month})\.?"
    iso = re.compile(rf"\b{year}-(?P<mm>[01]\d)-(?P<dd>[0-3]\d)(?:\b|(?=T\d))")  # 2022-08-29, 2025-03-08T11:55
    if calendar_words.reads_english(language):
        return (
            iso,
            re.compile(rf"\b{day}\s+{mon}(?:,?\s+{year})?\b", re.IGNORECASE),  # 3 March 2019, 13 October
            re.compile(rf"\b{mon}\s+{day}(?:,?\s+{year})?\b", re.IGNORECASE),  # Dec 14, 2016 / Dec. 14
        )
    links = _date_links(language)
    link = rf"(?:\s+(?:{links})\s+|,?\s+)" if links else r",?\s+"
    day_link = rf"\s+(?:(?:{links})\s+)?" if links else r"\s+"
    # the day and year in Western, Arabic-Indic or Persian digits ("١٨ مارس ٢٠١٩"): int() reads them all
    day = r"(?P<d>[0-3٠-٣۰-۳]?\d)"
    year = r"(?P<y>(?:19|20|١٩|٢٠|۱۹|۲۰)\d\d)"
    return (
        iso,
        re.compile(rf"\b{day}{day_link}{mon}(?:{link}{year})?(?!\w)", re.IGNORECASE),
        re.compile(rf"\b(?P<dd>[0-3]?\d)[./](?P<mm>[01]?\d)[./]{year}\b"),  # 15.03.2017, day first
    )


def _date_links(language: str) -> str:
    """The words that link a day, month and year in the language ("de" in "15 de marzo de 2017"), as a regex
    alternation, or "" for a language without such words."""
    from headcount.lexicons import load

    links = load("calendar").get("date_links", {}).get(language, [])
    return "|".join(re.escape(w) for w in links)


# What may come between the start of the dateline's line and its date: names in capitals or title case (a
# place, an agency, a weekday), brackets, commas, slashes, and the lower-case labels of page furniture.
# A lower-case word other than those means a sentence has begun ("on 3 March the ministry said").
_PREFIX_CHARS = re.compile(r"^[\s\w'’.\-/()&,،:|•]*$")
_LABELS = frozenset({"date", "dated", "updated", "published", "posted", "at", "on", "last", "modified", "gmt"})
# What closes a dateline: a dash, an em or en dash, a colon, a bar, a clock time, or the end of the line.
_DATELINE_END = re.compile(
    r"^\s*(?:\([^)\n]{1,40}\)\s*)?(?:[-–—:|]|\)|,?\s*\d\d?:\d\d|\s*(?:\n|$))")
# In the agency copy of the other languages the agency's name in brackets or between slashes closes the
# dateline by itself, the text following at once: "Place, 15 mar (Agency) Text", "PLACE, 14 month. /AGENCY/".
_AGENCY_END = re.compile(r"^\.?\s*(?:\([^)\n]{1,40}\)|/[^/\n]{1,40}/)")


def dateline_date(text: str, *, year_hint: int | None = None, language: str = "en") -> dt.date | None:
    """The date of a dateline at the start of ``text``, or None.

    A date counts when it sits in the first line or two, before any sentence has ended, and is followed by
    the dash, colon or bracket that closes a dateline ("BEIRUT, Dec 14 (Reuters) -") or by the end of its
    line ("date 2022-08-29"). A dateline without a year ("DAVAO CITY (MindaNews / 13 October) —") takes
    ``year_hint`` (from the URL, say) and is otherwise not dated: guessing the year would be inventing it.
    The document's ``language`` decides the month names and date shapes read (``_patterns``), and outside
    English an agency's name in brackets or slashes closes a dateline too ("Place, 15 mar (Agency) Text").
    """
    head = text[:DATELINE_WINDOW]
    best: tuple[int, dt.date] | None = None
    for n, pattern in enumerate(_patterns(language)):
        for m in pattern.finditer(head):
            if head.count("\n", 0, m.start()) > 4:
                continue  # past the dateline
            line = head[head.rfind("\n", 0, m.start()) + 1 : m.start()]
            # a machine date ("2022-08-29") at a line's start is page furniture, whatever follows; a day-first
            # numeric date ("07.06.2023") is also a photo's caption, so it needs a dateline's end ("07.06.2023,
            # 09:40") like a named month
            iso = n == 0
            rest = head[m.end():]
            ends = _DATELINE_END.match(rest) or (language != "en" and _AGENCY_END.match(rest))
            if not _dateline_prefix(line) or not (iso or ends):
                continue
            found = _date_of(m, year_hint, language)
            if found is not None and (best is None or m.start() < best[0]):
                best = (m.start(), found)
    return best[1] if best else None


def _dateline_prefix(line: str) -> bool:
    """True when the words before a date on its line can be a dateline's: names and furniture labels only."""
    if not _PREFIX_CHARS.match(line):
        return False
    words = re.findall(r"[^\W\d_]+", line)
    # a script without capitals (Arabic) cannot show a name by its case: a dateline's place there is a
    # word or three ("بيرا، موزمبيق، 15 مارس"), more is a sentence
    uncased = [w for w in words if not w[0].isupper() and not w[0].islower()]
    return len(uncased) <= 3 and all(w[0].isupper() or w.lower() in _LABELS or w in uncased for w in words)


def _date_of(m: re.Match[str], year_hint: int | None, language: str = "en") -> dt.date | None:
    groups = m.groupdict()
    if groups.get("mm"):
        return _safe_date(int(groups["y"]), int(groups["mm"]), int(groups["dd"]))
    year = int(groups["y"]) if groups.get("y") else year_hint
    if year is None:
        return None
    month = calendar_words.language_month_number(groups["m"], language)
    return _safe_date(year, month, int(groups["d"])) if month else None


_URL_DATES = (
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?:/|$|[-_])"),  # /2016/12/14/
    re.compile(r"/(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:/|$|[-_])"),  # /2016-12-14/
    re.compile(r"(?:^|[/\-_])(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?:[/\-_.]|$)"),  # /20161214-slug
)
_URL_NAMED_MONTH = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[a-z]{3,9})/(?P<d>[0-3]?\d)(?:/|$|[-_])",
                              re.IGNORECASE)  # /2016/dec/08/
_URL_YEAR_MONTH = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/")


def url_date(url: str | None) -> dt.date | None:
    """The date in a URL's path ("/2016/12/14/slug", "/20180328-slug", "/2016-12-14/"), or None.

    Only the path is read (a query string's numbers are ids, not dates), and only a valid calendar date
    within 1990-2100 counts, so an article number such as 20161399 is not a date.
    """
    if not url:
        return None
    path = urlsplit(url).path
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            found = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
            if found is not None:
                return found
    for m in _URL_NAMED_MONTH.finditer(path):
        month = calendar_words.month_number(m["m"])
        found = _safe_date(int(m["y"]), month, int(m["d"])) if month else None
        if found is not None:
            return found
    return None


def url_year(url: str | None) -> int | None:
    """The year of a URL's dated path, even without a day ("/2017/10/slug"): a hint for a yearless dateline."""
    if not url:
        return None
    day = url_date(url)
    if day is not None:
        return day.year
    m = _URL_YEAR_MONTH.search(urlsplit(url).path)
    return int(m["y"]) if m and 1 <= int(m["m"]) <= 12 else None


def url_month(url: str | None) -> tuple[int, int] | None:
    """The year and month of a URL path dated to the month only ("/2016/12/slug", "/2023/04/slug"), or None.

    A path with a full date is read by ``url_date``; this is the month precision a date-less archive path
    gives: the document was published in that month, on a day it does not say.
    """
    if not url or url_date(url) is not None:
        return None
    m = _URL_YEAR_MONTH.search(urlsplit(url).path)
    if m and 1 <= int(m["m"]) <= 12 and _MIN_YEAR <= int(m["y"]) <= _MAX_YEAR:
        return (int(m["y"]), int(m["m"]))
    return None


def published_from_content(text: str, url: str | None) -> str | None:
    """The publication date (ISO) that the text's dateline or else the URL's path gives, or None.

    The dateline comes first: it is the outlet's own statement of the day, while a URL's date is sometimes
    the day a page was first created and later updated.
    """
    found = dateline_date(text, year_hint=url_year(url)) or url_date(url)
    return found.isoformat() if found else None


#: how a document's date was obtained (``documents.dated_by``), and the precision each gives
DATED_BY_PRECISION = {
    "given": "day",       # the input record, a feed item or the user (--published)
    "page": "day",        # the page's own metadata (htmldate)
    "dateline": "day",    # the dateline opening the text
    "url": "day",         # a full date in the URL's path
    "url_month": "month",  # a year and month in the URL's path, no day
    "text": "estimate",   # the latest day the text reports: a lower bound, never the publication date
}


@dataclass(frozen=True, slots=True)
class Dating:
    """A document's date and how it was obtained.

    ``published`` is a publication day (precision "day") and nothing else; a month-precision URL or an
    estimate from the text leave it None and give ``approx_date``: for an estimate, the latest day the text
    reports (within the URL's month when the URL has one), a lower bound reconcile may place the document's
    claims at; for a URL's month with no such day, the month itself ("2016-12"), which reconcile cannot place
    on a day (its claims stay compared within their document, and ``check`` says they are dated to a month).
    """

    published: str | None = None
    dated_by: str | None = None
    approx_date: str | None = None

    @property
    def precision(self) -> str | None:
        return DATED_BY_PRECISION.get(self.dated_by or "")


def ingest_day() -> dt.date:
    """The latest calendar day it is anywhere on Earth now (UTC+14): no report read now is published later,
    so the bound of an estimate for a document whose fetch time is unknown (a JSONL record, a file)."""
    return (dt.datetime.now(dt.UTC) + dt.timedelta(hours=14)).date()


def fetch_day(fetched_at: str | None) -> dt.date | None:
    """The day of an ISO fetch time ("2031-03-16T10:00:00Z"), or None when there is none or it is no date."""
    try:
        return dt.date.fromisoformat(fetched_at[:10]) if fetched_at else None
    except ValueError:
        return None


def dating_from_content(text: str, url: str | None, *, fetched: dt.date | None = None,
                        language: str = "en") -> Dating:
    """The date the text's dateline or the URL's path gives, else the URL's month, else an estimate.

    The estimate is the latest day the text reports on or before ``fetched`` (the day the page was fetched),
    or before the day it is ingested when that is unknown: a day after it is a date in the future ("set for
    20 December"), which a report cannot have been published after. ``language`` (the document's) decides
    the month names, date shapes and future words read: an English text is never read with foreign months.
    A year and month the page states at its head ("date 2017-01") gives a yearless dateline its year and
    the estimate its month, as a URL's month does.
    """
    from headcount.ingest.text_dates import estimated_date, stated_month

    stated = stated_month(text)
    found = dateline_date(text, year_hint=url_year(url) or (stated[0] if stated else None), language=language)
    if found is not None:
        return Dating(found.isoformat(), "dateline")
    found = url_date(url)
    if found is not None:
        return Dating(found.isoformat(), "url")
    estimate = estimated_date(text, url=url, fetched=fetched or ingest_day(), language=language)
    month = url_month(url)
    if month is not None and (estimate is None or estimate < dt.date(month[0], month[1], 1)):
        return Dating(None, "url_month", f"{month[0]:04d}-{month[1]:02d}")  # the month, no day
    if estimate is not None:  # a day the text reports (within the URL's month when it has one)
        return Dating(None, "text", estimate.isoformat())
    return Dating()


def date_label(published: str | None, dated_by: str | None = None, approx_date: str | None = None, *,
               none: str = "undated") -> str:
    """A document's date as a reader is shown it: the publication day, else the approximate date saying how
    it was found ("2016-12-13 or later, dated by an estimate from the text"), else "undated". An estimate is
    never shown as a publication date."""
    if published:
        return published
    if approx_date and dated_by == "url_month":
        return f"{approx_date[:7]}, dated by the month in its URL"  # a month: no day is shown
    if approx_date and dated_by == "text":
        return f"{approx_date} or later, dated by an estimate from the text"
    return none


def document_dating(published: str | None, dated_by: str | None, approx_date: str | None, *,
                    fetched_at: str | None = None) -> Dating:
    """A document's stored dating made consistent: a publication day wins, and is "given" unless its source
    is known; an approximate date is kept only for a document with no publication day, and only when it is
    not after the day the document was fetched, or (fetch time unknown) is stored (a lower bound of the
    publication cannot be later). The readers bound the estimate by the fetch day already
    (``dating_from_content``); this only drops one made elsewhere that is not."""
    if published:
        return Dating(published, dated_by if DATED_BY_PRECISION.get(dated_by or "") == "day" else "given")
    bound = (fetched_at[:10] if fetched_at else ingest_day().isoformat())
    if approx_date and dated_by in ("url_month", "text") and approx_date[:10] <= bound:
        return Dating(None, dated_by, approx_date)
    return Dating()


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    if not _MIN_YEAR <= y <= _MAX_YEAR:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None
