"""When: the kind of period a claim covers, the words that state it, and its dates.

Stocks (besieged, population, affected, missing) are states at a time. A flow is cumulative when its
clause counts from an origin ("so far", "since", "the death toll", a whole war) and an increment when it
names a window, a day or a rate ("in the past 24 hours", "on Sunday", "a day"). Wording decides, as the
gold's Periods rules say: "this month" is an increment and "since June 1" cumulative. Relative times are
resolved against the document's published date, never the clock.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from headcount.extract import calendar_words
from headcount.extract.period_dates import resolve_dates as resolve_dates
from headcount.extract.period_dates import window_from_statement
from headcount.extract.rules import Rules
from headcount.extract.sentences import Token
from headcount.extract.when_clauses import added_count, next_statement, opens_figures_clause
from headcount.extract.when_compared import compared_figure_from
from headcount.extract.when_cues import AS_OF, extend_cue, time_of_when_clause
from headcount.extract.when_cues import Cues as Cues
from headcount.extract.when_cues import find_cues as find_cues
from headcount.extract.when_dates import (
    TIMES_OF_DAY,
    counted_from_event,
    dated_word,
    dates_the_figure,
    in_other_clause,
    phrase_bounds,
    says_the_figure,
)
from headcount.extract.when_document import headlines_follow_body as headlines_follow_body
from headcount.extract.when_document import same_statement_windows as same_statement_windows
from headcount.extract.when_document import stated_key as stated_key
from headcount.extract.when_document import tolls_follow_document as tolls_follow_document
from headcount.extract.when_located import located_now
from headcount.extract.when_participle import participle
from headcount.extract.when_period import Period as Period
from headcount.extract.when_states import held_now, remain_now, still_held
from headcount.extract.when_states import progressive as progressive
from headcount.extract.when_states import stative as stative
from headcount.extract.when_whole_year import whole_subject_of_figure, window_dates_whole, year_window
from headcount.extract.when_windows import calendar_windows
from headcount.models import TOLL_EVENTS


def find_period(cues: Cues, words: Sequence[str], tokens: Sequence[Token], text: str, event: str,
                rules: Rules, published: dt.date | None, fig: int, clause: tuple[int, int],
                expected: bool = False) -> Period:
    """The period of the figure at token ``fig``, from the cues of its clause, nearest first; a window
    measured back ("in the past 24 hours", "yesterday") from the day its clause says the party spoke ("the
    ministry said on Monday"), not from the publication day."""
    found = _find_period(cues, words, tokens, text, event, rules, published, fig, clause, expected)
    lo, hi = clause
    said = [h for h in _statement_dates_before(cues, words, fig, lo, rules).statement_days
            if lo <= h[0] < hi and says_the_figure(text, tokens, words, fig, h, rules)]
    if found.text is None or not said or published is None or (found.start, found.end) == (None, None):
        return found
    spoken = " ".join(words[min(said)[0] : min(said)[1]])
    start, end = window_from_statement(found.text, published, spoken, expected)
    return dataclasses.replace(found, start=start, end=end)


def _find_period(cues: Cues, words: Sequence[str], tokens: Sequence[Token], text: str, event: str,
                 rules: Rules, published: dt.date | None, fig: int, clause: tuple[int, int],
                 expected: bool) -> Period:
    lo, hi = clause
    if lo < fig and words[fig - 1] in rules.period_words.contrast:
        # "hundreds fled in 2022 while about 6,300 have left since May": a conjunction
        # of contrast right before the figure opens the figure's own clause, comma or not; the window of
        # the clause before it is the other count's
        lo = fig
    hi = next_statement(words, fig, hi, rules)
    compared = compared_figure_from(words, fig, hi)
    if compared is not None:
        # "over 8,000 are affected, up from 5,000 on Monday": the time after the earlier figure is that figure's
        hi = compared
    # a date inside a deadline's span ("as of 6 pm on 3 September") is the deadline's, not the flow's own day
    own_dates = [h for h in cues.dates if lo <= h[0] < hi and not _inside_deadline(words, h, cues, rules)
                 and dates_the_figure(text, tokens, fig, h)]
    if own_dates:
        cues = dataclasses.replace(cues, days=sorted([*cues.days, *own_dates]))

    def near(hits: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
        inside = [h for h in hits if lo <= h[0] < hi]
        return min(inside, key=lambda h: abs(h[0] - fig)) if inside else None

    if event in rules.stock_events or (event in rules.held_events and held_now(words, lo, fig, rules)) or still_held(
            words, lo, fig, rules) or remain_now(words, fig, hi) or located_now(
            words, tokens, fig, hi, text):
        # "were staying in schools as of Thursday": a stock's time point is its window's day, or the "as of"
        # that dates the count
        hit = near(cues.increment_any) or near([h for h in cues.cumulative if words[h[0] : h[0] + 2] in AS_OF])
        return _period("stock", hit, words, tokens, text, published, rules) if hit else Period("stock")
    cues = _statement_dates_before(cues, words, fig, lo, rules)
    # "told reporters on Thursday that 41 were freed": a day after a verb of saying, hung on it, is the saying's
    statement = rules.period_words.statement_words
    said_days = [h for h in (*cues.days, *cues.increment) if lo <= h[0] < fig and any(w in statement for w in words[
        lo : h[0]]) and any(w in rules.weekdays for w in words[h[0] : h[1]]) and dated_word(text, tokens, h) in statement]
    if said_days:
        cues = dataclasses.replace(cues, days=[h for h in cues.days if h not in said_days],
                                   increment=[h for h in cues.increment if h not in said_days],
                                   statement_days=[*cues.statement_days, *said_days])

    def other_clause(h: tuple[int, int]) -> bool:
        # "600 died when the storm reached the delta in 1998": a month or a year after the figure, in a clause
        # of its own, dates that clause's event; not a closed window ("between ...") nor a weekday
        return (fig < h[0] < hi and words[h[0]] != "between"
                and (any(w in rules.months or calendar_words.YEAR.fullmatch(w) for w in words[h[0] : h[1]])
                     or (h in windows and not expected))
                and in_other_clause(text, tokens, fig, h))

    # "refugees started arriving this week" after the figure: a calendar window dates its own clause too;
    # a planned flow's window hangs on the verb of the plan ("are expected to be flown back next week")
    windows = calendar_windows(words, rules)

    if any(other_clause(h) for h in cues.increment):
        cues = dataclasses.replace(cues, increment=[h for h in cues.increment if not other_clause(h)])
    if any(opens_figures_clause(words, h, fig) for h in cues.cumulative):
        cues = dataclasses.replace(cues, cumulative=[h for h in cues.cumulative
                                                     if not opens_figures_clause(words, h, fig)])
    if expected and any(fig < h[0] < hi for h in cues.increment):
        # "300 fled last week, and 200 more are expected to leave next week": a planned flow's window is the
        # one on the verb of the plan after it, not a done flow's before it
        cues = dataclasses.replace(cues, increment=[h for h in cues.increment if not lo <= h[0] < fig])
    own = _part_window(cues, words, fig, lo, hi, rules)
    if own is not None:
        # "the toll climbed to 83, with four of them on Monday": a part with a window of its own is a slice of
        # its whole, an increment (gold Periods rule 5)
        return _period("increment", own, words, tokens, text, published, rules)
    grammar = rules.period_words
    added = [(k, k + 1) for k in range(lo, fig) if words[k] in grammar.adding
             and any(w in grammar.totals for w in words[k + 1 : min(fig, k + 5)])]
    if added:
        # "250 were killed every week, bringing the toll to 4,047 as of 4 December": the figure after
        # "bringing ... to" is the new running total, whatever window the figure before it had
        origins = [h for h in cues.cumulative if lo <= h[0] < hi and h[0] > added[-1][0] and words[h[0]]
                   not in grammar.adding and words[h[1] - 1] not in grammar.totals]
        if origins:
            return _period("cumulative", min(origins, key=lambda h: abs(h[0] - fig)), words, tokens, text,
                           published, rules)
        k = added[-1][0]
        last = next(m for m in range(k + 1, fig) if words[m] in grammar.totals) + 1
        # "bringing the total": a running total, of a war or of one shipwreck (``tolls_follow_document``)
        return dataclasses.replace(_period("cumulative", (k, last), words, tokens, text, published, rules),
                                   basis="toll")
    if _operation_begins(words, lo, hi, fig, rules):
        # "the evacuation of 3,600 fighters began on Tuesday": the total the operation is to move; the
        # day, if given, is when it began
        spans = [h for h in (*cues.increment, *cues.days, *cues.cumulative) if lo <= h[0] < hi]
        if spans:
            return _period("cumulative", min(spans, key=lambda h: abs(h[0] - fig)), words, tokens, text,
                           published, rules)
        return Period("cumulative")
    rate = near(cues.rate)
    if rate is not None:
        return _period("increment", rate, words, tokens, text, published, rules)
    toll = [h for h in cues.cumulative if lo <= h[0] < fig and words[h[1] - 1] == "toll"]
    if not toll and _total_reached(words, lo, fig, grammar.totals, grammar.reaching):
        # "the number of men conscripted had reached 6,000": the value a running total reached
        spans = [h for h in cues.cumulative if lo <= h[0] < hi]
        if spans:
            return _period("cumulative", min(spans, key=lambda h: abs(h[0] - fig)), words, tokens, text,
                           published, rules)
        return Period("cumulative", basis="toll")
    if toll:
        # "the death toll rose to 2,946 on Tuesday": a toll is a running total; the day is when it was reached
        origins = [h for h in cues.cumulative if lo <= h[0] < hi and words[h[1] - 1] != "toll"]
        if origins:
            # "the death toll since Oct. 7 has passed 30,000": the origin that qualifies the toll is the
            # figure's cumulative origin, the period's words, not the toll noun
            return _period("cumulative", min(origins, key=lambda h: abs(h[0] - fig)), words, tokens, text,
                           published, rules)
        # with no origin of its own ("since the operation began"), the toll may be one incident's; the toll
        # noun is what is counted, not a time, so no period is stated (gold Periods rule 6)
        return Period("cumulative", basis="toll")
    # "lost four more crew, bringing the total to 57", "killed three, pushing the toll to 24": the figure is
    # what was added to the total named after it, not that total
    after_total = [h for h in cues.cumulative if fig < h[0] < hi and words[h[0]] in rules.period_words.adding]
    cumulative = [h for h in cues.cumulative if not any(a <= h[0] < b for a, b in after_total)]
    found = [(h, kind) for kind, hits in (("cumulative", cumulative), ("increment", cues.increment),
                                          ("increment", cues.days)) if (h := near(hits)) is not None]
    if not found and after_total:
        return Period("increment")
    if found:
        hit, kind = min(found, key=lambda x: abs(x[0][0] - fig))
        point = time_of_when_clause(words, hit, fig, rules) if kind == "cumulative" else None
        if point is not None:
            return _period("increment", point, words, tokens, text, published, rules)
        if kind == "increment" and (year_window(words, hit, windows) and whole_subject_of_figure(
                text, tokens, words, fig, lo, rules) or window_dates_whole(text, tokens, words, hit, fig, lo, rules)):
            # a whole, the subject of the figure's verb, with a year for its window, or a whole dated by a
            # relative clause holding the window ("the storm that struck last week killed N"): that whole's
            # total (gold Periods rule 2), not a slice of it (``when_whole_year``)
            return _period("cumulative", hit, words, tokens, text, published, rules)
        return _period(kind, hit, words, tokens, text, published, rules, future=expected)
    # no window and no origin: one incident's toll is an increment, a whole war's or disaster's is its
    # running total (gold Periods rule 3); the incident, being the nearer cause, decides when both stand.
    # A planned count with no window is the total of what is planned ("will flee once the city is attacked").
    if event not in rules.stock_events and event not in TOLL_EVENTS and added_count(words, fig, hi):
        # "thousands more have had to flee", "hundreds more are likely to leave": a count of more people
        # than those reported before is what was (or will be) added since, an increment, whatever war the
        # clause names or tense it takes
        return Period("increment")
    if expected:
        return Period("cumulative")
    if event == "other":
        # a count with no event of the closed list and no window (staff deployed, people on board, a crowd,
        # fighters backing a group) tells who is there, a stock, whatever war or attack the clause names
        return Period("stock")
    incident, whole = near(cues.incidents), near(cues.wholes)
    # the incident, the narrower cause, wins ("died after the quake set off an avalanche"), unless the whole
    # is the figure's own subject before it and the incident stands beyond it ("a quake, that killed 1,400
    # ..., and victims of a landslide")
    if incident is not None and (whole is None or not whole[0] < fig < incident[0]
                                 or abs(incident[0] - fig) <= abs(whole[0] - fig)):
        if _series_to_date(words, incident, lo, hi, cues, fig):
            return Period("cumulative")
        return Period("increment")
    if whole is not None:
        return Period("cumulative")
    if near(cues.weak) is not None or expected:
        return Period("cumulative")  # a planned total with no window is the total of the operation
    perfects = [i for i in cues.perfect if lo <= i < hi and _figures_perfect(words, fig, i)]
    if perfects:
        # "over 2,400 residents have left Tulkarm": a running total, unless the text is about one incident
        # (``tolls_follow_document``: "27 had been pulled out alive" after a footbridge gave way)
        return Period("cumulative", basis="perfect" if _perfect_of_figure(words, tokens, text, perfects, fig, lo, hi,
                                                                          rules)
                      else None)
    said = near(cues.statement_days)
    if said is not None:
        # "Over 8,500 civilians left, the ministry said on Tuesday": the day of the statement is not the
        # flow's period (gold rule 6), but it dates the report, so the flow is placed on that day
        start, end = resolve_dates(" ".join(words[said[0] : said[1]]), published)
        # ... and, as nothing in the clause bounds the flow, a toll's kind is left to what the text is about
        # (a disaster's running total, one attack's increment: ``tolls_follow_document``)
        return Period("increment", None, None, start, end, basis="default")
    if event == "other":
        # no event and no period in the clause: a count of people with no verb of what happened to them
        # describes who is there (staff deployed, a crowd, people on board, "1,900 guards are still
        # holding the depot"), a stock; measured against `null` on dev, stock is right more often
        return Period("stock")
    return Period("increment", basis="default")


def _inside_deadline(words: Sequence[str], h: tuple[int, int], cues: Cues, rules: Rules) -> bool:
    """Whether the date at ``h`` is the object of a cumulative cue before it, reached through a clock time
    ("as of 6 pm on 3 September"): the end of the running total, not the day of a flow."""
    return any(a < h[0] and h[0] <= extend_cue(words, b, rules) for a, b in cues.cumulative)


def _perfect_of_figure(words: Sequence[str], tokens: Sequence[Token], text: str, perfects: Sequence[int], fig: int,
                       lo: int, hi: int, rules: Rules) -> bool:
    """Whether the perfect alone makes the figure a running total, so that the document's frame may still
    make it one incident's increment: no noun of a total in the clause ("a total of 64 passengers have now been
    rescued" counts a total whatever the frame), and no participle between the perfect and a figure after it
    ("the unrest has spread, displacing thousands": the perfect is of another verb, whose subject is a
    whole). The participle is the parse's (tag VBG): "morning", "during" end alike but are none."""
    if any(w in rules.period_words.totals for w in words[lo:hi]):
        return False
    between = [k for i in perfects if i < fig for k in range(i + 1, fig)]
    return not any(participle(text, tokens, words, k) for k in between)


_OPERATION_REACH = 3  # "the evacuation of some 3,600": how far before the figure the "of" may stand


_DATE_OPENERS = frozenset({"on", "in", "last", "this", "early", "late"})  # "On Monday," before the day word
_STATEMENT_REACH = 8  # "In March, the Lagos daily Punch reported that": words from the date to the verb of saying


def _statement_dates_before(cues: Cues, words: Sequence[str], fig: int, lo: int, rules: Rules) -> Cues:
    """A day or month that opens the clause before a verb of saying, which the figure follows ("In July,
    the United Nations said 300 people had fled"): the date of the statement, never the window of a flow
    (gold Periods rule 6). It moves from the windows to the statement days. A date inside the clause
    ("workers at the site on Monday confirmed that 70 escaped") may be the event's own and stays."""
    calendar = rules.weekdays | rules.months

    def stated(h: tuple[int, int]) -> bool:
        return (lo <= h[0] < fig and all(not w.isalnum() or w in _DATE_OPENERS for w in words[lo : h[0]])
                and any(w in calendar or w == "ago" for w in words[h[0] : h[1]])
                and any(w in rules.period_words.statement_words for w in words[h[1] : min(fig, h[1] + _STATEMENT_REACH)]))

    moved = [h for h in (*cues.increment, *cues.days) if stated(h)]
    if not moved:
        return cues
    return dataclasses.replace(cues, increment=[h for h in cues.increment if h not in moved],
                               days=[h for h in cues.days if h not in moved],
                               statement_days=[*cues.statement_days, *moved])


def _series_to_date(words: Sequence[str], incident: tuple[int, int], lo: int, hi: int, cues: Cues,
                    fig: int) -> bool:
    """A plural incident noun with the present perfect of the figure's verb ("airstrikes that have
    wounded dozens"): a series of incidents counted up to now, a running total, not one incident's toll."""
    plural = words[incident[1] - 1].endswith("s") and not words[incident[1] - 1].endswith("ss")
    return plural and any(lo <= i < hi and _figures_perfect(words, fig, i) for i in cues.perfect)


_RELATIVES = frozenset({"that", "which", "who", "whom", "whose", "where", "when"})
# Prepositions that open a phrase of another noun after the counted one ("30 people in a district that"); "of"
# stays inside the figure's own phrase ("hundreds of children who").
_LATER_NOUN = frozenset({"in", "at", "on", "near", "from", "to", "into", "across", "inside", "outside", "around",
                         "by", "with", ","})


def _figures_perfect(words: Sequence[str], fig: int, i: int) -> bool:
    """Whether the perfect at ``i`` can be the figure's: before the figure it governs it ("have killed 30",
    "strikes that have killed 30"); after it, it is the figure's verb ("30 people have died") or its own
    noun's relative clause ("30 people who have fled"), not the relative clause of a later noun ("killed 30
    people in a district that has backed the rebels"), which dates that noun."""
    if i < fig:
        return True
    return not any(words[k] in _RELATIVES and any(w in _LATER_NOUN for w in words[fig:k]) for k in range(fig, i))


_PART_END = frozenset({",", ";", ")", "(", "—", "–", ".", ":", "and", "while", "but"})
_PART_OPENER_REACH = 3  # "including at least one": how far before the figure its part opener may stand


def _part_window(cues: Cues, words: Sequence[str], fig: int, lo: int, hi: int, rules: Rules) -> tuple[int, int] | None:
    """The day or window inside a part's own phrase ("including one on Tuesday", "among them 12 in the
    past day"): from the figure to the end of the part, after an opener of parts just before the figure."""
    if not any(words[k] in rules.event_words.part_openers for k in range(max(lo, fig - _PART_OPENER_REACH), fig)):
        return None
    end = next((m for m in range(fig + 1, hi) if words[m] in _PART_END), hi)
    inside = [h for h in (*cues.increment, *cues.days) if fig < h[0] < end]
    return min(inside) if inside else None


def _operation_begins(words: Sequence[str], lo: int, hi: int, fig: int, rules: Rules) -> bool:
    """The clause tells of an operation beginning, and the figure counts what it moves: "the evacuation
    of 3,600 ... began", or the figure is the subject of "have begun to be withdrawn"."""
    nouns, beginning = rules.operation_nouns, rules.operation_beginning
    starts = [k for k in range(lo, hi) if words[k] in beginning]
    if not starts:
        return False
    for k in range(max(lo + 1, fig - _OPERATION_REACH), fig):
        if words[k] == "of" and words[k - 1] in nouns:
            return True
    return any(k > fig and words[k + 1 : k + 3] == ["to", "be"] for k in starts)


def _total_reached(words: Sequence[str], lo: int, fig: int, totals: frozenset[str],
                   reaching: frozenset[str]) -> bool:
    """A noun of a running total, then a verb that moves it, before the figure in its clause ("the number
    of the dead rose to", "the tally has climbed to"); the figure is the value it reached."""
    nouns = [k for k in range(lo, fig) if words[k] in totals]
    return bool(nouns) and any(words[m] in reaching for m in range(nouns[0] + 1, fig))


def _period(kind: str, span: tuple[int, int], words: Sequence[str], tokens: Sequence[Token], text: str,
            published: dt.date | None, rules: Rules, future: bool = False) -> Period:
    a, b = span
    b = extend_cue(words, b, rules)  # "in the past" -> "in the past 24 hours", "since" -> "since Feb. 25"
    b += b < len(words) and words[b] in TIMES_OF_DAY  # "on Saturday afternoon", "yesterday evening": one time
    a, b = phrase_bounds(words, a, b, rules)
    phrase = text[tokens[a].start : tokens[b - 1].end]
    start, end = resolve_dates(phrase, None if counted_from_event(words, b, rules) else published, future)
    return Period(kind, phrase, tokens[a].start, start, end)
