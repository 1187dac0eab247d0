"""Event and period rules over the drafts of a document once the token search has read each figure.

They look at a figure together with its neighbours or its whole clause, which the per-figure search in
``what`` does not: a figure that restates the one before it in other units, and displacement counted as
a state whose clause counts it from an origin. They run without the spaCy model too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from headcount.extract.drafts import Draft, SentenceInfo
from headcount.extract.rules import rules
from headcount.extract.sentences import clause_end, clause_start
from headcount.extract.when import Period, find_period
from headcount.models import TOLL_EVENTS, Event, Modality

# Cumulative cues that also give a state its time point ("are displaced as of 1 July", "until now"): on
# displacement read as a state they date the stock, they do not count a flow.
_TIME_POINT = frozenset({"as", "until", "till", "up"})


def displacement_totals(text: str, infos: Sequence[SentenceInfo], drafts: Sequence[Draft]) -> None:
    """Displacement read as a state ("230,000 IDPs") is a flow when its clause counts it from an origin or
    as a running total ("since the floods began, the running count of IDPs has climbed to 7,400"; gold
    Periods rule 4: "have been displaced since" is cumulative)."""
    r = rules()
    shelter = tuple(r.shelter)
    for d in drafts:
        if d.event != Event.DISPLACED.value or d.period.kind != "stock":
            continue
        info = infos[d.sentence_index]
        if info.cues is None:
            continue
        words = info.words
        lo, hi = clause_start(words, d.tok_start), clause_end(words, d.tok_start)
        if any(w.startswith(shelter) for w in words[lo:hi]):
            continue  # "have sheltered in the school since 3 May": a state since then, a stock
        if any(lo <= a < hi and words[a] not in r.period_words.totals and words[a] not in _TIME_POINT
               for a, _ in info.cues.cumulative):
            found = find_period(info.cues, words, info.tokens, text, d.event, r, None, d.tok_start, (lo, hi),
                                expected=d.modality == Modality.EXPECTED.value)
            if found.kind == "cumulative":
                d.period = found


def restatements(infos: Sequence[SentenceInfo], drafts: Sequence[Draft]) -> None:
    """A figure that restates the one before it in other units ("920 households, equivalent to 5,400
    people") counts the same people: it takes that figure's event, modality and period."""
    table = rules().restatement
    for before, d in zip(drafts, drafts[1:], strict=False):
        if before.sentence_index != d.sentence_index or d.parent is not None:
            continue
        words = infos[d.sentence_index].words
        between = [w for w in words[before.head_end : d.tok_start] if w not in (",", "(", "–", "—")]
        hit = table.match(between, 0) if between else None
        if hit is not None and hit[0] == len(between):
            d.event, d.modality, d.period = before.event, before.modality, before.period


# Events whose count is a toll of what happened, never a stock of who is there ("there were 120 deaths").
_PAST_BE = frozenset({"was", "were", "been"})
_EXISTENTIAL_REACH = 8  # "there were at least some 120": how far before the figure "there" may stand


def _past_existential(words: Sequence[str], a: int) -> bool:
    """The "there is" before the figure is in the past or the perfect ("there were", "there have been")."""
    for k in range(a - 1, max(0, a - _EXISTENTIAL_REACH), -1):
        if words[k] in _PAST_BE and (words[k - 1] == "there" or words[k - 2 : k] in (["there", "have"],
                                                                                      ["there", "has"])):
            return True
    return False


_TOTAL_REACH = 3  # "there were a total of": how far before the figure the noun of a total may stand


def existential_stocks(infos: Sequence[SentenceInfo], drafts: Sequence[Draft],
                       existential: Callable[[Sequence[str], int], bool]) -> None:
    """A count that "there are" or "there were" introduces, whose event only its noun names ("there were
    about 310,000 aid recipients", "there are 18 bodies on the mountain"), says who is there at a time: a
    stock (gold Periods: people present, a state). A verb after the noun ("there were 300 people killed")
    makes it a flow, and its event then does not come from the noun. A toll in the past ("there were 120
    deaths", "there have been 45 casualties") counts what happened, not who is there (in the present,
    "there are 27 bodies in the morgue", it is who is there), and a count whose clause bounds it by a day
    or a window ("there were 64 arrivals in the past week") is a flow: both stay flows."""
    r = rules()
    for d in drafts:
        if not d.event_from_noun or d.event in r.stock_events or d.period.kind == "stock":
            continue
        words = infos[d.sentence_index].words
        if d.period.text is not None or (d.event in TOLL_EVENTS and _past_existential(words, d.tok_start)):
            continue
        if any(w in r.period_words.totals for w in words[max(0, d.tok_start - _TOTAL_REACH) : d.tok_start]):
            continue  # "there had been a total of 3,912 deaths": a running total, not who is there
        if existential(words, d.tok_start):
            d.period = Period("stock", d.period.text, d.period.offset, d.period.start, d.period.end)


_CLAUSE_END = frozenset({".", ";", "!", "?", ",", "”", '"'})
_BE = frozenset({"is", "are", "was", "were", "be", "been"})
_ELLIPSIS_REACH = 4  # "there are now perhaps 680,000": how far before the figure "there" + be may stand


def elided_existentials(infos: Sequence[SentenceInfo], drafts: Sequence[Draft]) -> None:
    """A bare figure that an existential "there are" introduces and that ends its clause, with no noun of
    its own ("X reckons there are 415,000."), has its noun elided: it gives another count of what the
    figure just before it counted (in the same or the sentence before), so it takes that figure's event.
    Read alone it would be a population (what "there are N people" says), which the elided noun does not."""
    for before, d in zip(drafts, drafts[1:], strict=False):
        if not d.elided or d.sentence_index - before.sentence_index > 1:
            continue
        words = infos[d.sentence_index].words
        if d.tok_end < len(words) and words[d.tok_end] not in _CLAUSE_END:
            continue
        lead = words[max(0, d.tok_start - _ELLIPSIS_REACH) : d.tok_start]
        if not any(lead[k] == "there" and lead[k + 1] in _BE for k in range(len(lead) - 1)):
            continue
        d.event = before.event


_OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})


def elided_subjects(infos: Sequence[SentenceInfo], drafts: Sequence[Draft]) -> None:
    """A bare figure that opens its sentence as the subject of its clause ("Over 6,500 have reached the
    camp so far.") stands for the noun of the count just before it, in the sentence before in
    the same paragraph ("hundreds of herders cross each week ..."): gold convention 4, the noun the figure stands for
    in the same or the preceding sentence. Only when the figure is the first count of its sentence, the
    count before names a noun of its own, and both tell of the same event: "300 soldiers were sent. Over
    2,000 have fled." counts other people in its second sentence."""
    for before, d in zip(drafts, drafts[1:], strict=False):
        if not d.elided or d.category != "people" or d.sentence_index - before.sentence_index != 1:
            continue
        here, prev = infos[d.sentence_index].sentence, infos[before.sentence_index].sentence
        if here.headline or prev.headline or here.paragraph != prev.paragraph:
            continue
        words = infos[d.sentence_index].words
        if any(w not in _OPENING_QUOTES for w in words[: d.tok_start]) or before.elided:
            continue
        if before.parent is not None or before.category == "people" or before.event != d.event:
            continue
        d.category = before.category
