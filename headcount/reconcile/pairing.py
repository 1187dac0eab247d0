"""Pairing rules: when two reports are the same quantity at the same time, and how closely they must agree.

A check may only set two figures against each other when a careful reader would: the same thing counted
(same series key: event, group, place), over the same stretch of time, by parties that are not simply the
same voice repeating itself. These rules say when that holds and, when it does not, why (so that ``check``
can say how many figures it could not compare). They are stated in terms of periods, documents and parties,
never of one crisis.

- Two figures of one document are never a revision of each other (one text does not revise itself), unless
  the text reports the revision by a construction of change ("revised the toll from 412 to 388":
  ``stated_revision``) or as a correction of the party's last figure before it ("there had been an error
  and the number should have been 1,300": ``stated_correction``); and a figure is never compared with the whole it is given as part of ("including 40
  children").
- Inside one document, figures from two different named parties are about the document's moment unless
  their own periods say otherwise, so an undated pair there is still comparable. The outlet's own figure
  beside a source it names is context (another event, an earlier count), not a second party, unless the
  text sets the two side by side (one sentence, or the next); and figures more than SCOPE_RATIO times
  apart count different things (one incident, the whole toll). A second named party's figure set right
  beside a stock, in the same words and with no time of its own, is an estimate of that stock
  (``stock_beside.estimate_of_stock``), though the extractor read it as a total.
- Across documents: stocks on the same day (one day apart at most: the report and the count behind it);
  totals since an origin that end on the same day; increments over the same known window. A total with an
  unknown origin, on an unknown day, is comparable with nothing outside its document.
- Totals that only grow (deaths, injuries, people evacuated) cannot fall: a later total below an earlier
  one, beyond the tolerance, is a disagreement even though the days differ; not when it is below half the
  earlier (a narrower count), unless both are one toll two named parties give for a whole place
  (``one_toll``).
- Exact counts (no hedge, no bound, not a round number) are compared exactly: 264 and 265 survivors cannot
  both be right. Rounded or hedged figures agree within the tolerance.
- A figure its sentence places before the report's moment ("Earlier, the governor reported 418 dead") is
  an earlier moment, not the document's: beside an unmarked figure it is never the same period; for a total
  that only grows it can still show a fall.
- A total since an unknown origin is not the same period as a total since a known one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from headcount.lexicons import load
from headcount.lexicons.groups import counts_whole
from headcount.models import TOLL_EVENTS, Claim
from headcount.reconcile.corrections import corrects
from headcount.reconcile.labels import key_label
from headcount.reconcile.one_text import said_earlier, stated_against
from headcount.reconcile.series import Report
from headcount.reconcile.stated_window import fits_within, origin_in_words, window_in_words
from headcount.reconcile.stock_beside import estimate_of_stock

#: events whose totals since an origin only grow; a fall is a disagreement (or a revision by one party)
GROWING = frozenset({"killed", "injured", "casualties", "evacuated", "displaced", "rescued", "detained",
                     "released", "surrendered", "returned"})

#: how far apart (days) the last days of two stocks may be and still be "the same day"
STOCK_DAYS = 1


#: within one document, figures this many times apart from two sources count different things: one
#: incident's dead (or one agency's staff) beside a whole toll. Contested tolls a text sets side by side
#: can be far apart (an official count against an excess-death study, an army's against an aid group's
#: survey) but stay within two orders of magnitude.
SCOPE_RATIO = 100

#: how far apart (days) two totals may be for a fall between them to count: a later total far off is more
#: likely another count (another phase, another disaster in the same place) than the same one fallen
FALL_DAYS = 60

#: how many days before an estimated day (the latest day a text reports) a dated figure must be for the
#: estimate to say it came first. On the dev documents that have a publication date the estimate is after it
#: in 6 of 73 (bench/date_estimate_accuracy.py): by one day twice (a caption or an "updated" line dated the
#: next day), by 10 days once, by three to four months three times. One day absorbs the common slip; the
#: far ones no margin short of months would, and such a margin would drop most orders an estimate can give
ORDER_MARGIN_DAYS = 1


#: a later total below half the earlier one is more likely a narrower count (the injured among the
#: evacuated, one district's dead) than the same total fallen; such a pair is not called a fall, unless
#: both are one toll named alike (``one_toll``)
FALL_RATIO = 2.0

#: events whose count is of the victims of one disaster or attack: who is counted is fixed by the event, so
#: two named parties' totals for one place are one quantity however far apart (movements are not: a later,
#: far lower count of people evacuated or displaced is most often another phase or route)
TOLLS = TOLL_EVENTS


@dataclass(frozen=True, slots=True)
class Pairing:
    """Whether two reports can be compared, and on what grounds (said in a finding's explanation)."""

    comparable: bool
    why: str  # "same document", "same day", "same window", "a total that fell", or why not
    falling: bool = False  # compared only because a total fell: the later must not be below the earlier


def docs_of(r: Report) -> frozenset[str]:
    return frozenset(p.doc_id for p in r.points)


def total_like(r: Report) -> bool:
    """A total since an origin, or a figure whose window the extractor could not tell (no dates given)."""
    if r.kind == "cumulative" or r.kind is None:
        return True
    return r.kind == "increment" and not (r.first.claim.period_start or r.first.claim.period_end)


def kinds_fit(a: Report, b: Report) -> bool:
    """Stocks with stocks, totals with totals, increments over a stated window with the same."""
    if a.kind == "stock" or b.kind == "stock":
        return a.kind == b.kind
    return total_like(a) == total_like(b)


def linked(a: Report, b: Report) -> bool:
    """One is given as a part of the other ("including ...")."""
    ids_a, ids_b = set(a.claim_ids), set(b.claim_ids)
    return any(p.parent_id in ids_b for p in a.points) or any(p.parent_id in ids_a for p in b.points)


def a_part(r: Report) -> bool:
    """Every claim of the report is given as part of another figure ("400 dead, including 376 fighters"): it
    counts a subset of that figure's quantity, so it is compared only as a part (``parts_and_wholes``), never
    as the quantity itself against another party's figure."""
    return all(p.parent_id is not None for p in r.points)


#: "from X[,] to Y" and a chain "from X, to Y, to Z": what stands between two figures of one change
_TO = re.compile(r"^\s*,?\s*(?:and\s+)?(?:then\s+)?to\s*$", re.IGNORECASE)
#: what stands before the first figure of a link: "from", or "to" after a figure (the chain goes on)
_FROM_BEFORE = re.compile(r"(?:\bfrom|\d\s*,?\s*(?:and\s+)?(?:then\s+)?to)\s*$", re.IGNORECASE)
#: "to Y[,] from X" ("cut its estimate to 75 from 140") and "Y, down from X" / "Y (up from X)"
_TO_BEFORE = re.compile(r"\bto\s*$", re.IGNORECASE)
_FROM = re.compile(r"^\s*,?\s*from\s*$", re.IGNORECASE)
_DOWN_FROM = re.compile(r"^\s*[,(]?\s*(?:down|up)\s+from\s*$", re.IGNORECASE)


def _link(x: Claim, y: Claim) -> tuple[Claim, Claim] | None:
    """Two claims of one sentence, ``x`` written first, that a revision construction links: the earlier
    value and the later one, or None. The constructions are the arguments of a change of one count:
    "from X to Y" (and its chain "from X, to Y, to Z"), "to Y from X", "Y, down from X", "Y (up from X)"."""
    if not x.sentence or (x.sentence_start, x.sentence) != (y.sentence_start, y.sentence) or not x.end <= y.start:
        return None
    between = x.sentence[x.end - x.sentence_start: y.start - y.sentence_start]
    head = x.sentence[: x.start - x.sentence_start]
    if _TO.match(between) and _FROM_BEFORE.search(head):
        return x, y
    if _FROM.match(between) and _TO_BEFORE.search(head):
        return y, x
    if _DOWN_FROM.match(between):
        return y, x
    return None


#: after a figure: the next value of a change follows ("X to Y", "X, to Y", "X, then to Y")
_TO_NEXT = re.compile(r"^\s*,?\s*(?:and\s+)?(?:then\s+)?to\s+(?:[a-z]+\s+){0,2}\d", re.IGNORECASE)
#: before a figure: it is what a change started from ("from X", "down from X", "up from X")
_FROM_HERE = re.compile(r"\bfrom\s*$", re.IGNORECASE)


def an_old_value(r: Report) -> bool:
    """The figure is a value a count had before a change its sentence reports: the "from" argument ("from
    X to Y", "Y, down from X") or a value a chain moved on from ("from X, to Y, to Z": X and Y). Its day is
    not the document's, so the publication day cannot stand in for it in a party's running series."""
    c = r.first.claim
    if not c.sentence:
        return False
    at, end = c.start - c.sentence_start, c.end - c.sentence_start
    return bool(_FROM_HERE.search(c.sentence[:at]) or _TO_NEXT.match(c.sentence[end:]))


def stated_revision(a: Report, b: Report) -> tuple[Report, Report] | None:
    """One document states that a count changed from one of these figures to the other: (earlier, later).

    "One document never revises itself" holds for figures a text merely gives side by side; but a text may
    report a revision, and says so by a construction: the two values as the "from" and "to" arguments of one
    change ("revised the toll from 412 to 388", "cut its estimate to 75 from 140", "1,250, up from 1,100"),
    in one sentence, with nothing but the construction's words between them. A range is one claim
    ("between 10 and 20", "from 10 to 20 people"), so two claims so linked are two values of one count at
    two moments. Read from the claims' own offsets in their sentence; None when no point of ``a`` and no
    point of ``b`` in a shared document are so linked."""
    shared = docs_of(a) & docs_of(b)
    for p in a.points:
        if p.doc_id not in shared:
            continue
        for q in b.points:
            if q.doc_id != p.doc_id:
                continue
            first, second = (p, q) if p.claim.start <= q.claim.start else (q, p)
            got = _link(first.claim, second.claim)
            if got is not None:
                earlier_claim = got[0]
                return (a, b) if earlier_claim is p.claim else (b, a)
    return None


def stated_correction(a: Report, b: Report, reports: Sequence[Report]) -> tuple[Report, Report] | None:
    """One document reports that one party's figure was corrected: (the figure corrected, the correction).

    A revision told as a correction has no "from X to Y": the text gives the party's figure, then, in a later
    sentence, says it was an error and gives another ("... said the figure had been entered wrongly and was in fact
    1,180"). What is corrected is the party's figure for the same quantity that the text gave
    last before the correcting sentence, with another value; any earlier figure of the party is history the
    text tells, not what the correction answers. ``reports`` are the series' reports (the party's other
    figures in the document decide which one is the last before)."""
    if a.party.key != b.party.key:
        return None
    for doc in docs_of(a) & docs_of(b):
        for this, other in ((a, b), (b, a)):
            for q in this.points:
                if q.doc_id != doc or not corrects(q.claim):
                    continue
                last: tuple[int, Report] | None = None
                for r in reports:
                    if r.party.key != a.party.key or (r.low, r.high) == (this.low, this.high):
                        continue
                    for p in r.points:
                        if p.doc_id == doc and p.claim.start < q.claim.sentence_start and (
                                last is None or p.claim.start > last[0]):
                            last = (p.claim.start, r)
                if last is not None and last[1] is other:
                    return other, this
    return None


def _days_apart(a: date, b: date) -> int:
    return abs((a - b).days)


def measurable(r: Report) -> str | None:
    """Why a figure cannot be set against another at all, or None when it can.

    A vague quantity ("thousands", "dozens") names an order of magnitude, not a count; an average ("an
    average 40 a day") is a rate, not a total; a bare four-digit number in the range of years ("2010") is
    more often a year than a count.
    """
    c = r.first.claim
    if c.approx and r.high is None and not any(ch.isdigit() for ch in c.figure):
        return "a vague quantity"
    if "average" in (c.qualifier or "").lower():
        return "an average (a rate), not a count"
    if c.figure.strip().isdecimal() and len(c.figure.strip()) == 4 and 1900 <= int(c.figure) <= 2100:
        return "a number that may be a year"
    return None


@dataclass(frozen=True, slots=True)
class Facts:
    """What ``pair`` reads of one report, read once.

    Why: a series is compared pair by pair (``candidate_pairs``), so each report meets every report within
    ``FALL_DAYS`` of it, and ``pair`` used to read the same properties of each report (its first point, its
    documents, its claims' links, the words before its figure) again at every meeting: at 100,000 claims,
    25 million property reads for 819,000 pairs. A check builds these once per report (``facts_of``) and
    compares them (``pair_facts``); ``pair`` is the same rules for a single pair."""

    report: Report
    unmeasurable: str | None  # ``measurable``
    part: bool  # ``a_part``
    total: bool  # ``total_like``
    earlier: bool  # ``said_earlier``
    docs: frozenset[str]
    ids: frozenset[str]  # its claims' ids
    parents: frozenset[str]  # the claims its claims are given as a part of
    kind: str | None
    start: date | None
    end: date | None
    event: str
    place: str | None
    party: str  # the party's key
    how: str | None  # how the party was named ("outlet": the outlet's own voice)
    exact: bool  # ``exact``
    at: tuple[date, str, bool, str, int]  # where ``ordered`` puts it
    window: bool = False  # ``stated_window.window_in_words``
    origin: bool = False  # ``stated_window.origin_in_words``


def facts_of(r: Report) -> Facts:
    first = r.points[0]
    return Facts(
        report=r, unmeasurable=measurable(r), part=a_part(r), total=total_like(r), earlier=said_earlier(r),
        docs=frozenset(p.doc_id for p in r.points), ids=frozenset(p.id for p in r.points),
        parents=frozenset(p.parent_id for p in r.points if p.parent_id is not None),
        kind=first.kind, start=first.start, end=first.end, event=r.key.event, place=r.key.place,
        party=first.party.key, how=first.party.how, exact=exact(r), at=_at(r),
        window=any(window_in_words(p.claim) for p in r.points), origin=any(origin_in_words(p.claim) for p in r.points))


def pair(a: Report, b: Report) -> Pairing:
    """Can these two reports of one series be compared as the same quantity at the same time?"""
    return pair_facts(facts_of(a), facts_of(b))


def pair_facts(fa: Facts, fb: Facts) -> Pairing:
    """``pair`` from the two reports' ``Facts``."""
    why_not = fa.unmeasurable or fb.unmeasurable
    if why_not:
        return Pairing(False, why_not)
    if not (fa.parents.isdisjoint(fb.ids) and fb.parents.isdisjoint(fa.ids)):
        return _LINKED
    if fa.part or fb.part:
        return _A_PART
    if not (fa.kind == fb.kind if "stock" in (fa.kind, fb.kind) else fa.total == fb.total) and (  # ``kinds_fit``
            fa.docs.isdisjoint(fb.docs) or not estimate_of_stock(fa.report, fb.report)):
        return _KINDS
    if ((fa.window and fb.origin and fits_within(fa.report, fb.report))
            or (fb.window and fa.origin and fits_within(fb.report, fa.report))):  # ``stated_window``
        return _WINDOW_ORIGIN
    earlier = fa.earlier != fb.earlier
    a, b = fa.report, fb.report
    if not fa.docs.isdisjoint(fb.docs):
        if "outlet" in (fa.how, fb.how) and not _side_by_side(a, b):
            return Pairing(False, "one document: the outlet's own figure beside a source it names is context")
        if earlier:
            if fa.event in GROWING and fa.total and fb.total:
                return Pairing(True, "an earlier total beside a later one", falling=True)
            return Pairing(False, "one document, one figure an earlier statement")
        if stated_against(a, b) or stated_against(b, a):
            return Pairing(False, "one document, the smaller stated as a share of the larger")
        if _scale_apart(a, b):
            return Pairing(False, "one document, figures of different scale (an incident and a whole toll)")
        if _periods_differ(a, b):
            return Pairing(False, "one document, different periods")
        if fa.kind != fb.kind and "stock" in (fa.kind, fb.kind):  # passed only by ``estimate_of_stock``
            return _STOCK_ESTIMATES
        return Pairing(True, "same document")
    if fa.place is None or fb.place is None:
        return _NO_PLACE
    a_end, b_end = fa.end, fb.end
    if a_end is None or b_end is None:
        return _UNDATED
    if earlier:  # not the same moment; a growing total may still be seen to fall
        if (fa.event in GROWING and fa.kind == fb.kind == "cumulative"
                and _days_apart(a_end, b_end) <= FALL_DAYS):
            if not order_known(a, b):
                return _ORDER_UNKNOWN
            return Pairing(True, "an earlier total beside a later one", falling=True)
        return Pairing(False, "one figure an earlier statement, not the same moment")
    if fa.kind == "stock":
        if _days_apart(a_end, b_end) <= STOCK_DAYS:
            return Pairing(True, "same day" if a_end == b_end else "a day apart")
        return _STOCK_DAYS
    if not fa.total:
        if fa.start is not None and (fa.start, a_end) == (fb.start, b_end):
            return Pairing(True, "same window")
        return _WINDOWS
    if a_end == b_end and fa.start == fb.start:
        return Pairing(True, "totals to the same day")
    if (fa.event in GROWING and fa.kind == "cumulative" and fb.kind == "cumulative"
            and _days_apart(a_end, b_end) <= FALL_DAYS):
        if not order_known(a, b):
            return _ORDER_UNKNOWN
        return Pairing(True, "a total that only grows, on different days", falling=True)
    return _TOTAL_DAYS


#: the refusals ``pair_facts`` gives most often, made once (a Pairing is immutable)
_LINKED = Pairing(False, "one is given as part of the other")
_A_PART = Pairing(False, "a part of another figure, not the quantity")
_KINDS = Pairing(False, "a stock and a flow, or a total and a window")
_ORDER_UNKNOWN = Pairing(False, "which came first is unknown (an estimated date)")
_NO_PLACE = Pairing(False, "no place, in different documents")
_UNDATED = Pairing(False, "undated")
_STOCK_DAYS = Pairing(False, "stocks on different days")
_WINDOWS = Pairing(False, "different windows")
_TOTAL_DAYS = Pairing(False, "totals to different days")
_WINDOW_ORIGIN = Pairing(False, "a window stated in words and a total since a stated origin")
_STOCK_ESTIMATES = Pairing(True, "same document, the second estimate of a stock, given beside it with no time of "
                                 "its own")


def order_known(a: Report, b: Report) -> bool:
    """Whether the days of two reports of different documents say which came first.

    A day that is only a lower bound (``Point.approx_by``: the latest calendar day its text reports) says
    the figure is from that day or later: it is known to come after a dated figure more than
    ``ORDER_MARGIN_DAYS`` before it, and nothing else; two such days never say which came first. A fall (who
    revised whom) is asserted only on a known order.
    """
    xa, xb = a.first.approx_by is not None, b.first.approx_by is not None
    if not (xa or xb):
        return True
    if xa and xb or a.end is None or b.end is None:
        return False
    approx, dated = (a, b) if xa else (b, a)
    assert approx.end is not None and dated.end is not None
    return (approx.end - dated.end).days > ORDER_MARGIN_DAYS


def _whole_place(r: Report) -> bool:
    """The figure's series names a whole place (a city, region or country), not a part of one."""
    return r.key.place is not None and "/" not in r.key.place and not r.first.inferred_part


def one_toll(earlier: Report, later: Report) -> bool:
    """Two named parties' tolls of one whole place: one quantity, however far apart.

    ``FALL_RATIO`` keeps a much lower later total from being called a fall, because it is more often a
    narrower count: the injured among the evacuated, another phase of a movement. For deaths and injuries
    (``TOLLS``) the event fixes who is counted, so when both parties are named (not an outlet's voice, which
    may be an aside about another disaster), both figures count the group as a whole ("people", not "the
    wounded children") and the place is a whole place, nothing narrower is hidden: a ministry's 9,000 injured
    in a province and an agency's 2,000 injured in that province a week later are the contested toll a reader
    sees. Measured on the dev texts, what ``FALL_RATIO`` keeps out is all movements (an evacuation's 5,000
    against another count's 233), one party's own totals (``running_totals``, unchanged) or an outlet's own
    figure."""
    if earlier.key != later.key or earlier.key.event not in TOLLS:
        return False
    if any(r.party.how == "outlet" or r.party.kind == "unnamed" for r in (earlier, later)):
        return False
    return all(_whole_place(r) and names_whole(r) for r in (earlier, later))


#: how a document with no publication day was dated, for a reader (``Point.approx_by`` of a point with a day)
_DATED_BY = {"text": "an estimate from the days the text reports"}


def unchecked(*reports: Report) -> list[str]:
    """What a comparison had to take on trust: a reader should know which of its grounds are assumed."""
    out = []
    if any(r.end is None for r in reports):
        out.append("when each count was made (no date in the text or on the page)")
    elif any(r.first.approx_by for r in reports):
        how = sorted({_DATED_BY.get(r.first.approx_by, "an estimate") for r in reports
                      if r.first.approx_by and r.end is not None})
        out.append(f"the day of each count (dated by {' and '.join(how)}, not a publication date)")
    elif any(not (r.first.claim.period_start or r.first.claim.period_end) for r in reports):
        out.append("the day of each count (the publication day stands in for it)")
    if any(r.key.place is None for r in reports):
        out.append("the place (none stated)")
    if any(r.party.how == "outlet" for r in reports):
        out.append("who gave the figure (the outlet names no source)")
    return out


def grounds(a: Report, b: Report, why: str) -> str:
    """Why two reports were taken as one quantity, and what could not be checked: said in every finding."""
    if a.key == b.key:
        same = (f"same event, group and place ({key_label(a.key)})" if a.key.place
                else f"same event and group ({key_label(a.key)})")
    else:
        same = f"same event ({a.key.event}), one count inside the other ({key_label(a.key)} and {key_label(b.key)})"
    who = "one party" if a.party.key == b.party.key else "two parties"
    left = unchecked(a, b)
    return (f"Taken as one quantity: {same}, {why}, {who}"
            + (f"; not checked: {'; '.join(left)}" if left else "") + ".")


def _side_by_side(a: Report, b: Report) -> bool:
    """One sentence holds both figures, or the second follows straight on from the first."""
    ca, cb = sorted((a.first.claim, b.first.claim), key=lambda c: c.sentence_start)
    return cb.sentence_start <= ca.sentence_start + len(ca.sentence) + 3


def _scale_apart(a: Report, b: Report) -> bool:
    """Two figures of one document more than SCOPE_RATIO times apart: the text is counting two things.

    Measured between the nearest ends of the two ranges: a study's interval "610 to 7,900" beside an official
    52 is 12 times apart at its near end, a contested toll, not two scales (its far end is 152 times 52)."""
    lo_a, hi_a = a.low if a.low is not None else a.high, a.high if a.high is not None else a.low
    lo_b, hi_b = b.low if b.low is not None else b.high, b.high if b.high is not None else b.low
    if not lo_a or not hi_a or not lo_b or not hi_b or min(lo_a, hi_a, lo_b, hi_b) <= 0:
        return False
    return lo_b > SCOPE_RATIO * hi_a or lo_a > SCOPE_RATIO * hi_b


def _periods_differ(a: Report, b: Report) -> bool:
    """Both state their own periods and those differ (a day's figure and the week's, in one text)."""
    ca, cb = a.first.claim, b.first.claim
    if not (ca.period_end or ca.period_start) or not (cb.period_end or cb.period_start):
        return False
    return (a.start, a.end) != (b.start, b.end)


@cache
def _event_words() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """The event lexicon's trigger words per event and the events its head nouns imply ("victims" -> killed)."""
    data = load("events")
    triggers = {e: frozenset(w.lower() for w in ws) for e, ws in data.get("triggers", {}).items()
                if isinstance(ws, list)}
    implied = {k.lower(): v for k, v in data.get("implied_by_category", {}).items() if isinstance(v, str)}
    return triggers, implied


def names_whole(r: Report) -> bool:
    """The figure's category counts everyone its series counts: the group's whole word ("people",
    "civilians") or a noun of the series' own event ("victims", "dead" for killed; "idps" for displaced).
    A category that picks people out by who they are ("worshippers", "passengers", "Rohingya") counts a
    part of the series' group: below a whole count of the same key it is a part that fits, not a second
    figure for one quantity."""
    category = (r.first.claim.category or "").strip().lower()
    if not category or counts_whole(category):
        return True
    triggers, implied = _event_words()
    event = r.key.event
    return implied.get(category) == event or category in triggers.get(event, frozenset())


def part_fits_whole(a: Report, b: Report) -> bool:
    """One names a part of the series' group, the other the whole, and the part is the smaller: a breakdown
    ("700 worshippers killed in the mosques" beside "over 1,700 people killed"), never a disagreement."""
    wa, wb = names_whole(a), names_whole(b)
    if wa == wb:
        return False
    part, whole = (b, a) if wa else (a, b)
    p = part.low if part.low is not None else part.high
    w = whole.low if whole.low is not None else whole.high
    return p is not None and w is not None and p < w


def exact(r: Report) -> bool:
    """An exact count: one value, no hedge or bound, not a round number (264, not 260 or 'about 264')."""
    c = r.first.claim
    if c.approx or c.qualifier or r.low is None or r.low != r.high:
        return False
    return not round_number(r.low)


def round_number(v: float) -> bool:
    """Ends in zeros that look like rounding: 1,200, 50,000, 10 (not 264, 1,217 or 985)."""
    n = int(v)
    if n != v or n == 0:
        return False
    digits = len(str(n))
    zeros = len(str(n)) - len(str(n).rstrip("0"))
    return zeros >= max(1, digits - 2)


def tolerance_for(a: Report, b: Report, tolerance: float) -> float:
    """No tolerance between two exact counts; the given one otherwise."""
    return 0.0 if exact(a) and exact(b) else tolerance


def ordered(a: Report, b: Report) -> tuple[Report, Report]:
    """Earlier first: by last day, then published date, then the order in the document."""
    return (a, b) if _at(a) <= _at(b) else (b, a)


def _at(r: Report) -> tuple[date, str, bool, str, int]:
    """``ordered``'s key of a report."""
    return (r.end or date.max, r.first.published or "", not said_earlier(r), r.first.doc_id, r.first.index)


def not_compared(reports: list[Report]) -> dict[str, int]:
    """How many claims could be set against figures of their own document only, or against none, and why.

    What ``check`` says under its findings, so that a reader knows what was left out: an undated figure or
    one with no place can only meet figures of its own document; a plan or a vague quantity meets none.
    """
    out: dict[str, int] = {}
    for r in reports:
        why = ("a plan or projection, not a count" if r.expected else measurable(r)
               or (("dated only to a month: compared within its own document only" if r.first.approx_by
                    else "undated: compared within its own document only") if r.end is None else None)
               or ("no place: compared within its own document only" if r.key.place is None else None)
               or ("dated only by an estimate from the text: compared for the same period, no order asserted"
                   if r.first.approx_by else None))
        if why:
            out[why] = out.get(why, 0) + len(r.points)
    return out


def group_findings(claim_sets: list[tuple[str, ...]]) -> list[int]:
    """A group number per finding: findings that share a claim rest on the same figures and are shown as one."""
    parent = list(range(len(claim_sets)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, claims in enumerate(claim_sets):
        for c in claims:
            if c in first:
                a, b = find(first[c]), find(i)
                parent[max(a, b)] = min(a, b)
            else:
                first[c] = i
    roots: dict[int, int] = {}
    return [roots.setdefault(find(i), len(roots) + 1) for i in range(len(claim_sets))]
