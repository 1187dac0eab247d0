"""When, read over the whole document: the passes that give a figure the period another figure or the text
as a whole decides. A headline takes its body figure's period, figures of one statement share its window, a
stock restated stays a stock, and a toll with no period of its own takes it from what the text is about (a
war's running total, one incident's increment). Kept apart from when.py, which reads one clause.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from headcount.extract import linguistic
from headcount.extract.drafts import Draft, SentenceInfo
from headcount.extract.rules import Rules
from headcount.extract.when_incidents import time_clause_incidents
from headcount.extract.when_period import Period
from headcount.models import TOLL_EVENTS


def tolls_follow_document(drafts: list[Draft], infos: list[SentenceInfo], r: Rules) -> None:
    """A death or injury toll whose clause states no period takes it from what the text is about (gold
    Periods rule 3): the nearest war or disaster named before it, in its sentence or earlier, makes it that
    whole's running total ("Nearly 9,000 people died" in a report on an earthquake); the nearest single
    incident ("the air strike") keeps it an increment. The headline counts as the first sentence."""
    frames: dict[tuple[int, int], str | None] = {}

    def frame(k: int, upto: int | None = None) -> str | None:
        """The last whole or incident named in sentence k (in its own sentence, the last before the figure:
        "survivors of a quake that killed 3,000 ... victims of an avalanche" is the quake's toll)."""
        key = (k, -1 if upto is None else upto)
        if key not in frames:
            words = infos[k].tokenized().words
            found: tuple[int, str] | None = None
            for i, w in enumerate(words[:upto]):
                for table, name in ((r.incidents, "increment"), (r.wholes, "cumulative")):
                    if (w in table.first and (hit := table.match(words, i)) is not None
                            and (hit[0] > 1 or _used_as_noun(infos[k], i))):
                        found = (i, name)  # the last one in the sentence is the nearest to what follows
            # "killed when a footbridge gave way": a clause of time on one past happening names an incident too
            clauses = [i for i in time_clause_incidents(infos[k], r) if upto is None or i < upto]
            if clauses and (found is None or max(clauses) > found[0]):
                found = (max(clauses), "increment")
            frames[key] = found[1] if found else None
        return frames[key]

    for i, d in enumerate(drafts):
        if d.period.basis is None or (d.event not in TOLL_EVENTS and not (
                d.period.basis == "perfect" and d.event not in r.stock_events)):
            continue  # a flow of another event is read against the frame only when its perfect decided
        # a toll's own sentence names what added to it ("the raid ... pushing the death toll to 61"); what
        # the toll is of is said before
        first = d.sentence_index - (d.period.basis == "toll")
        if d.period.basis == "toll" and d.period.kind == "cumulative" and any(
                k < d.tok_start for k in time_clause_incidents(infos[d.sentence_index], r)):
            # "the number killed when a footbridge gave way has risen to 34": the clause of time on the counted noun
            # says what the toll is of, one happening; what added to the toll is said by other words
            d.period = dataclasses.replace(d.period, kind="increment")
            continue
        for k in range(first, -1, -1):
            kind = frame(k, d.tok_start if k == d.sentence_index else None)
            if kind is not None:
                if kind == "cumulative" and d.period.basis == "default":
                    d.period = Period("cumulative")
                elif kind == "increment" and d.period.basis in ("toll", "perfect"):
                    # the toll of one shipwreck; "27 had been pulled out" after a footbridge gave way: the perfect
                    # of reported speech tells what the incident did, not a total to date
                    d.period = dataclasses.replace(d.period, kind="increment")
                break
        else:
            if d.period.basis == "default" and _last_toll_kind(drafts[:i]) == "cumulative":
                # nothing names what the toll is of, but the text has given a running total before: an
                # undated toll after it ("Town A recorded 60 deaths, town B 31") breaks that total down
                d.period = Period("cumulative")
    _headlines_follow_tolls(drafts, infos)


def _headlines_follow_tolls(drafts: list[Draft], infos: list[SentenceInfo]) -> None:
    """A headline toll ("Footbridge toll rises to 19") has no sentence before it to frame it: it takes the kind
    the frame gave the body toll it repeats (gold Periods rule 5), as ``headlines_follow_body`` gives it the
    body's period before the frames are read."""
    body: dict[tuple[float | None, float | None, str], Period] = {}
    for d in drafts:
        if not infos[d.sentence_index].sentence.headline and d.period.basis == "toll":
            body.setdefault((d.figure.low, d.figure.high, d.event), d.period)  # the first body toll, the lead's
    for d in drafts:
        if infos[d.sentence_index].sentence.headline and d.period.basis == "toll" and d.event in TOLL_EVENTS:
            found = body.get((d.figure.low, d.figure.high, d.event))
            if found is not None and found.kind != d.period.kind:
                d.period = found


def _used_as_noun(info: SentenceInfo, i: int) -> bool:
    """Whether the one-word incident or whole at token ``i`` names one that happened there: a noun, or a verb
    in the past ("the ferry capsized"); "armed groups fire on civilians", "they could strike again" name no
    incident and no war (a verb of the same spelling in the present or the infinitive). Read from the
    sentence's parse (made here for a sentence no stage parsed); without a model every match counts."""
    analysis = info.analysis
    if analysis is None:
        if info.analysed or not linguistic.available():
            return True  # the document is read without the parse (or past its budget): the words decide
        analysis = linguistic.analyse(info.sentence.text)
        if analysis is None:
            return True
        offset = info.tokens[i].start - info.sentence.start
    else:
        offset = info.tokens[i].start
    k = analysis.word_at(offset)
    # a verb in the past ("the ferry capsized", "the boat sank") tells of an incident that happened; a verb
    # in the present or the infinitive ("groups fire on civilians", "could strike again") of none
    return k is None or analysis.words[k].tag not in _PRESENT_OR_BARE_VERB


_PRESENT_OR_BARE_VERB = frozenset({"VB", "VBP", "VBZ", "VBG"})


def _last_toll_kind(before: Sequence[Draft]) -> str | None:
    """The kind of the nearest earlier toll whose own clause or frame decided it (a cue, not a default)."""
    for e in reversed(before):
        if e.event in TOLL_EVENTS and e.period.basis != "default" and e.period.kind in ("cumulative", "increment"):
            return e.period.kind
    return None


def same_statement_windows(drafts: list[Draft], r: Rules) -> None:
    """Figures of one statement share its stated window (gold Periods rule 5): "Over 9,000 residents were
    moved in 48 hours, the office said. According to the office, 310 gunmen have handed over their
    weapons" -> the 310 are of the same 24 hours, not a running total."""
    for i, d in enumerate(drafts):
        if (d.period.text is not None or d.event in r.stock_events or d.period.kind == "stock" or d.source is None
                or d.period.basis == "toll"):
            # a state ("are displaced") takes no flow's window (as in ``headlines_follow_body``), nor a toll
            # (a running total named by its noun, "while the storm's toll stood at N"), which counts a whole or an
            # incident, not the window
            continue
        for e in reversed(drafts[max(0, i - 4) : i]):
            if d.sentence_index - e.sentence_index > 1:
                break
            if (e.source == d.source and e.period.text is not None and e.period.kind == "increment"
                    and e.modality == d.modality):  # a planned flow's window ("in the coming weeks") is not a done one's
                d.period = e.period
                break
            if (e.source == d.source and e.event == d.event and e.period.kind == "stock"
                    and d.period.basis == "default"):
                # "43,200 are displaced as of 3 March. Most come from the northern district (over 38,100
                # people)": a count of the same event from the same statement, with no time of its
                # own, breaks down the state just given, and is a state too
                d.period = Period("stock", e.period.text, e.period.offset, e.period.start, e.period.end)
                break


def headlines_follow_body(drafts: list[Draft], infos: list[SentenceInfo]) -> None:
    """A headline figure takes the period of the body figure it repeats (gold Periods rule 5), and a body
    figure stated again with a window takes that window."""
    body: dict[tuple[float | None, float | None, str], Period] = {}
    body_stated: dict[tuple[float, str], Period] = {}
    for d in drafts:
        if not infos[d.sentence_index].sentence.headline:
            body.setdefault((d.figure.low, d.figure.high, d.event), d.period)
            if (key := stated_key(d)) is not None:
                body_stated.setdefault(key, d.period)
    for d in drafts:
        if infos[d.sentence_index].sentence.headline and d.period.text is None:
            found = body.get((d.figure.low, d.figure.high, d.event))
            if found is None and (key := stated_key(d)) is not None:
                found = body_stated.get(key)
            if found is not None:
                d.period = found
    # a figure the text states again, as a lead restates the figure its body details ("reported the
    # release of 143 prisoners ... 'In the last two days, 143 detainees walked free'"), has
    # the period the other statement gives; only exact figures, which do not repeat by chance
    stated: dict[tuple[float | None, float | None, str], Period] = {}
    for d in drafts:
        if d.period.text is not None and d.figure.kind != "vague" and (d.figure.low or 0) >= _REPEAT_MIN:
            stated.setdefault((d.figure.low, d.figure.high, d.event), d.period)
    for d in drafts:
        if d.period.text is None and d.parent is None:
            found = stated.get((d.figure.low, d.figure.high, d.event))
            # a state at a time ("43,200 are displaced") restating a flow's figure ("43,200 were displaced,
            # up by 2,700 over the last four days") stays a state: the window was the flow's
            if found is not None and not (d.period.kind == "stock" and found.kind != "stock"):
                d.period = found


_REPEAT_MIN = 10  # a smaller figure may be stated twice of two different groups


def stated_key(d: Draft) -> tuple[float, str] | None:
    """The number a figure states and its event, whatever its hedge: a headline drops the bound its body
    gives ("6,400 return home" over "at least 6,400 have returned", "150,000 buried" over "more than
    150,000 have been buried"), so a headline figure is matched to its body figure by the number alone.
    A range or a vague quantity states no single number, and a small one repeats by chance."""
    f = d.figure
    if f.kind == "vague" or (f.low is not None and f.high is not None and f.low != f.high):
        return None
    value = f.low if f.low is not None else f.high
    return (value, d.event) if value is not None and value >= _REPEAT_MIN else None
