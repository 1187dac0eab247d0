"""Events read again from the dependency parse, after the token rules of what.py gave each figure one: a
figure left at `other` takes the event of the verb it hangs from, a relative clause's event gives way to the
main verb's, a count of informants is no event, a bare number noun restates the count before it. Kept apart
from what.py (the token rules) so each module stays small; without a model nothing here changes a draft.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from headcount.extract import (
    speakers,
    what_aboard,
    what_agent,
    what_aid,
    what_capacity,
    what_condition,
    what_parse,
    what_sentence,
)
from headcount.extract.drafts import Draft, SentenceInfo
from headcount.extract.rules import Rules, rules
from headcount.extract.sentences import clause_end, clause_start
from headcount.extract.what import capacity, moved_not_evacuated, opens_existential
from headcount.extract.when import Period, find_period
from headcount.models import Event, Modality

_PARSE_REACH = 3  # heads above the figure looked at for its verb ("101 women ... could finally leave")
_LEMMA_POS = frozenset({"VERB", "ADJ"})


def events_from_parse(text: str, infos: Sequence[SentenceInfo], drafts: Sequence[Draft]) -> None:
    """Two readings of the parse over the token rules' events.

    A figure the token rules left at `other` takes the event of the verb the parse says it hangs from,
    by lemma ("Roughly 140 trekkers, cooks, and drivers had been stranded": the list hides the verb from
    the token search); only a verb or a participle within a few heads counts. A figure whose event came
    from a relative clause on its noun takes the event of the verb the noun is the subject of
    (``what_parse.main_verb_event``). Without a model nothing changes."""
    what_sentence.displacement_totals(text, infos, drafts)
    what_sentence.restatements(infos, drafts)
    what_sentence.existential_stocks(infos, drafts, opens_existential)
    what_sentence.elided_existentials(infos, drafts)
    what_sentence.elided_subjects(infos, drafts)
    lemmas = what_parse.trigger_lemmas()
    if not lemmas:
        return
    r = rules()
    implied = r.implied_event
    for i, d in enumerate(drafts):
        parse = speakers.analysis(text, infos[d.sentence_index])
        # the number itself: the last word of the figure ("Around 90", "more than 2,700", "half a million")
        k = parse.word_at(d.figure.end - 1) if parse is not None else None
        if parse is None or k is None:
            continue
        if i > 0 and d.parent is None and what_parse.names_a_number(parse, k, r.head.pointers,
                                                                    r.period_words.totals):
            _restate(d, drafts[:i], drafts, infos)
            continue
        state = what_condition.patient_state(parse, k, r.event_words)
        if state is not None:
            # PEOPLE remain in a critical condition, PEOPLE need surgery: patients told by their state, no event.
            # A condition is read at one moment (a stock); its period text stays as found, since the words
            # that gave it ("since Friday") still bound when the state was read. A treatment keeps its period.
            d.event = Event.OTHER.value
            if state == "state":
                d.period = Period("stock", d.period.text, d.period.offset, d.period.start, d.period.end)
            continue
        if not d.event_from_noun and what_agent.does_to_others(parse, k, d.event, lemmas, r):
            # "600 villagers surrounded the troops": those who did it, not those it befell
            _set_event(d, Event.OTHER.value, infos[d.sentence_index], text, r)
            continue
        reach = what_aid.programme_verb(parse, k)
        if reach is not None:
            # "an immunisation campaign reached 75,000 residents": the people aided, and a programme's
            # target ("a further round targeting 90,000") is planned
            _set_event(d, Event.AIDED.value, infos[d.sentence_index], text, r)
            if reach == "target":
                d.modality = Modality.EXPECTED.value
            continue
        if what_aboard.population_of_toll(parse, k, r.event_nouns.keys()):
            # "14 deaths among the 26,000 pilgrims": the group the toll is taken from, no part of it
            _set_event(d, Event.POPULATION.value, infos[d.sentence_index], text, r)
            d.parent = None
            continue
        if d.event == Event.OTHER.value and what_aboard.on_manifest(parse, k):
            # "the manifest showed 97 passengers": those aboard, a stock present on the vessel
            _set_event(d, Event.POPULATION.value, infos[d.sentence_index], text, r)
            continue
        if d.event == Event.EVACUATED.value and not d.event_from_noun and what_aid.taken_for_care(parse, k):
            # "57 residents were brought to the district hospital": hospitalised
            _set_event(d, Event.AIDED.value, infos[d.sentence_index], text, r)
            continue
        if d.event == Event.AIDED.value:
            own = what_parse.taken_in(parse, k, r.recipients, implied.get(d.category))
            if own is not None:
                # "the hospital received 48 wounded people": the hospital is the recipient, the phrase
                # says what happened to the people
                _set_event(d, own, infos[d.sentence_index], text, r)
                continue
        if (d.event == Event.RELEASED.value and implied.get(d.category) != Event.DETAINED.value
                and what_parse.freed_by_rescue(parse, k, r.event_words)):
            # "rescuers freed 43 fishermen": no captives, freed by rescuers or from wreckage, a rescue
            _set_event(d, Event.RESCUED.value, infos[d.sentence_index], text, r)
            continue
        if d.event_from_noun and d.event not in _INFORMANT_EVENTS:
            continue
        if d.event in _INFORMANT_EVENTS and what_parse.informants(parse, k, r.reporting_lemmas):
            # "a dozen fishermen told reporters the dam had burst": the count is of those who told, not of what
            # happened to anyone (gold Periods: counts of informants have no period)
            d.event, d.period = Event.OTHER.value, Period(None)
            continue
        if d.event_from_noun and d.event != Event.OTHER.value:
            continue
        if d.event != Event.OTHER.value:
            main = what_parse.main_verb_event(parse, k, d.event)
            if main is not None:
                _set_event(d, main, infos[d.sentence_index], text, r)
            continue
        if implied.get(d.category) == Event.OTHER.value:
            continue  # "120 observers": staff deployed are `other` by their noun
        if what_capacity.built_for(infos[d.sentence_index].words, d.tok_start, r):
            # a hall built for N people: a capacity, a stock (gold Periods: capacities)
            d.period = Period("stock", d.period.text, d.period.offset, d.period.start, d.period.end)
            continue
        if capacity(infos[d.sentence_index].words, d.head_end, r):
            continue  # "can carry four passengers apiece": the verb of holding says how many fit
        if what_parse.still_there(parse, k):
            # "1,200 gunmen still hold the old town": no word of an event, but "still" says they remain
            _set_event(d, Event.BESIEGED.value, infos[d.sentence_index], text, r)
            continue
        for a in parse.ancestors(k)[:_PARSE_REACH]:
            word = parse.words[a]
            if a > k and word.text.lower() in r.governing_only:
                break  # "1,500 soldiers moved into the valley": a verb of [governing_only] names no event after
            if word.text.lower() in r.moving and moved_not_evacuated(d.category, r):
                break  # soldiers or hostages moved somewhere: no evacuation
            if word.pos in _LEMMA_POS and word.lemma in lemmas:
                if lemmas[word.lemma] in r.stock_events:
                    d.event = lemmas[word.lemma]
                    d.period = Period("stock", d.period.text, d.period.offset, d.period.start, d.period.end)
                else:
                    # a count of people present (`other`, a stock) turns out to be a flow ("101 civilians
                    # could finally leave"): its period is read again as a flow's
                    _set_event(d, lemmas[word.lemma], infos[d.sentence_index], text, r)
                break
        else:
            if what_parse.present_at(parse, k, r.reporting_lemmas):
                # "200 climbers were resting in the valley": people present at a place, a population (a
                # stock)
                d.event = Event.POPULATION.value
                d.period = Period("stock", d.period.text, d.period.offset, d.period.start, d.period.end)


_RESTATE_SENTENCES = 3  # how many sentences back a restated count may stand
_RESTATE_PARAGRAPHS = 1  # ... and in its paragraph or the one before


def _restate(d: Draft, earlier: Sequence[Draft], drafts: Sequence[Draft], infos: Sequence[SentenceInfo]) -> None:
    """A figure that gives the value of a bare noun of a number ("the number ought to be 95,000", "the
    48,000 estimate") restates the nearest count before it that names an event: it takes that count's
    event, modality and period (the period's words only within one sentence), and its category when the
    figure has no noun of its own (gold convention 4: the noun the figure stands for). A part's whole is
    what is restated. Only a count close before it, unless an earlier count gave the same value ("the
    5,100 figure" far on restates "5,100 were killed"): a bare "the figure is" a few paragraphs on has
    moved to another subject, and a pointer reaches no further than the reader's memory of the last figure."""
    here = infos[d.sentence_index].sentence.paragraph
    value = _value(d)
    same = [b for b in earlier if value is not None and _value(b) == value and b.event != Event.OTHER.value]
    for before in [*same[-1:], *reversed(earlier)]:
        if before.parent is not None:
            before = drafts[before.parent]
        if not same and (d.sentence_index - before.sentence_index > _RESTATE_SENTENCES
                         or here - infos[before.sentence_index].sentence.paragraph > _RESTATE_PARAGRAPHS):
            return
        if before.event == Event.OTHER.value:
            continue
        d.event, d.modality = before.event, before.modality
        if d.elided:
            d.category = before.category  # no noun of its own: it counts what the restated count's noun names
        d.period = before.period if before.sentence_index == d.sentence_index else Period(before.period.kind)
        return


def _value(d: Draft) -> float | None:
    """The number a figure gives, whatever its hedge ("over 5,100" and "the 5,100" give the same)."""
    return d.figure.low if d.figure.low is not None else d.figure.high


# What a count of informants is read as before the parse says they are speaking ("Several residents said").
_INFORMANT_EVENTS = frozenset({Event.OTHER.value, Event.POPULATION.value})


def _set_event(d: Draft, event: str, info: SentenceInfo, text: str, r: Rules) -> None:
    """Give a draft another event and read its period again when the event moves between a stock and a
    flow (the dates of a phrase read again are kept: the published date is not at hand here)."""
    was_stock = d.event in r.stock_events or (d.event == Event.OTHER.value and d.period.kind == "stock")
    d.event = event
    if was_stock == (event in r.stock_events) or info.cues is None:
        return
    words = info.words
    clause = (clause_start(words, d.tok_start), clause_end(words, d.tok_start))
    found = find_period(info.cues, words, info.tokens, text, event, r, None, d.tok_start, clause,
                        expected=d.modality == Modality.EXPECTED.value)
    if found.text is not None and found.text == d.period.text:
        found = dataclasses.replace(found, start=d.period.start, end=d.period.end)
    d.period = found
