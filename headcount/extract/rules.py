"""The claim layer's rule tables, loaded once from headcount/lexicons/*.toml and validated.

Each table becomes a ``PhraseTable``: multi-word phrases indexed by their first word, so matching at a
token is one dict lookup plus a comparison of a few words (no regex per phrase, which keeps the claim layer
well above 1 MB/s).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from functools import cache
from typing import Any, TypeVar

from headcount.errors import LexiconError
from headcount.extract import calendar_words
from headcount.lexicons import load, validated, words
from headcount.models import Event

_W = TypeVar("_W", "HeadWords", "EventWords", "PeriodWords")


class PhraseTable:
    """Phrases (tuples of lower-case words) mapped to a value, longest match first."""

    def __init__(self, items: Iterable[tuple[str, str]]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, value in items:
            key = tuple(phrase.lower().split())
            self._by_first.setdefault(key[0], []).append((key, value))
        for entries in self._by_first.values():
            entries.sort(key=lambda e: -len(e[0]))
        # the words that start some phrase: hot loops test membership here directly (no method call)
        self.first: frozenset[str] = frozenset(self._by_first)

    def match(self, words_: Sequence[str], i: int) -> tuple[int, str] | None:
        """The (length, value) of the longest phrase starting at words_[i], or None."""
        entries = self._by_first.get(words_[i])
        if not entries:
            return None
        for key, value in entries:
            n = len(key)
            if tuple(words_[i : i + n]) == key:
                return n, value
        return None

    def single_words(self) -> list[tuple[str, str]]:
        """The one-word phrases and their values, in table order."""
        return [(key[0], value) for entries in self._by_first.values() for key, value in entries if len(key) == 1]

    def __contains__(self, word: str) -> bool:
        return word in self._by_first


def _check_version(data: dict[str, Any]) -> Iterable[str]:
    if not isinstance(data.get("version"), int):
        yield "'version' must be an integer"


def _validate_people(data: dict[str, Any]) -> Iterable[str]:
    yield from _check_version(data)
    where = "lexicons/people.toml"
    words(data, "nouns", where=where)
    words(data.get("not_people", {}), "words", where=where + " [not_people]")
    words(data, "singular", where=where)
    words(data, "modifiers", where=where)
    if not all(isinstance(v, str) for v in data.get("normalise", {}).values()):
        yield "[normalise] values must be strings"
    yield from _grammar(data.get("head_search", {}), HeadWords, where + " [head_search]")
    if not all(isinstance(v, str) and v for v in data.get("plurals", {}).values()):
        yield "[plurals] values must be non-empty strings"


def _validate_events(data: dict[str, Any]) -> Iterable[str]:
    yield from _check_version(data)
    allowed = {e.value for e in Event}
    for name, triggers in data.get("triggers", {}).items():
        if name not in allowed:
            yield f"[triggers] {name!r} is not an event (allowed: {', '.join(sorted(allowed))})"
        words({"t": triggers}, "t", where=f"lexicons/events.toml [triggers] {name}")
    for noun, event in data.get("implied_by_category", {}).items():
        if event not in allowed:
            yield f"[implied_by_category] {noun} = {event!r} is not an event"
    words(data.get("modality", {}), "expected", where="lexicons/events.toml [modality]")
    for noun, event in data.get("event_nouns", {}).items():
        if event not in allowed:
            yield f"[event_nouns] {noun} = {event!r} is not an event"
    for table in ("light_verbs", "causatives", "settlements", "gatherings", "conveying", "governing_only", "reach_with", "capacity",
                  "restatement", "shelter", "shelter_places", "recipients", "staying"):
        words(data.get(table, {}), "words", where=f"lexicons/events.toml [{table}]")
    words(data.get("modality", {}), "implicative", where="lexicons/events.toml [modality] implicative")
    words(data.get("modality", {}), "belief", where="lexicons/events.toml [modality] belief")
    words(data.get("modality", {}), "directives", where="lexicons/events.toml [modality] directives")
    words(data.get("staying", {}), "places", where="lexicons/events.toml [staying] places")
    words(data.get("staying", {}), "hosting", where="lexicons/events.toml [staying] hosting")
    words(data.get("capacity", {}), "before", where="lexicons/events.toml [capacity] before")
    words(data.get("governing_only", {}), "moving", where="lexicons/events.toml [governing_only] moving")
    for w in data.get("shelter", {}).get("words", []):
        if w != w.lower() or " " in w.strip():
            yield f"[shelter] {w!r} must be one lower-case word (compared one token at a time)"
    yield from _grammar(data.get("grammar", {}), EventWords, "lexicons/events.toml [grammar]")


def _validate_attribution(data: dict[str, Any]) -> Iterable[str]:
    yield from _check_version(data)
    for key in ("reporting_verbs", "prepositional", "relay", "pronouns", "carriers", "not_parties",
                "reporting_lemmas", "clause_only_lemmas", "publishing_lemmas", "at_object_lemmas", "relay_lemmas",
                "passive_speaker_lemmas", "party_nouns", "document_lemmas"):
        words(data, key, where=f"lexicons/attribution.toml {key}")
    table = data.get("words")
    if not isinstance(table, dict):
        yield "[words] must be a table"
    else:
        for key in _WORD_KEYS:
            words(table, key, where=f"lexicons/attribution.toml [words] {key}")
        for key in set(table) - set(_WORD_KEYS):
            yield f"[words] {key!r} is not read by any rule (known: {', '.join(_WORD_KEYS)})"
    lemmas = set(data.get("reporting_lemmas", []))
    for key in ("clause_only_lemmas", "publishing_lemmas", "at_object_lemmas", "relay_lemmas"):
        for lemma in data.get(key, []):
            if lemma not in lemmas:
                yield f"{key}: {lemma!r} is not in reporting_lemmas"
        for lemma in data.get(key, []):
            if lemma != lemma.lower() or " " in lemma:
                yield f"{key}: {lemma!r} must be one lower-case lemma"


@dataclass(frozen=True)
class AttributionWords:
    """The word classes of the token attribution rules (lexicons/attribution.toml [words])."""

    party_words: frozenset[str]
    name_prefixes: tuple[str, ...]
    not_modifiers: frozenset[str]
    subordinators: frozenset[str]
    time_words: frozenset[str]     # with the CLDR month names
    leading_time: frozenset[str]   # words of a date that may open a phrase before the party ("this", months, days)
    adverbs: frozenset[str]        # with the weekdays
    takes_object: frozenset[str]
    publishing: frozenset[str]
    headline_not_party: frozenset[str]
    carrier_phrase: frozenset[str]  # words of "a March 2019 report from OCHA" between "according to" and the party
    conjunctions: frozenset[str]   # "and", "but", "as well as": open a party's phrase, or join two parties
    determiners: frozenset[str]    # "the", "its": never the last word of a party
    adjunct_prepositions: frozenset[str]  # "on", "at": open an adjunct of the verb of saying after a comma
    indefinite: frozenset[str]  # "its", "some": a phrase they open describes no party a reader can identify
    recording: frozenset[str]  # "were recorded", "were counted": a passive of recording (speakers._continued)


_WORD_KEYS = ("party_words", "name_prefixes", "not_modifiers", "subordinators", "time_words", "adverbs",
              "takes_object", "publishing", "headline_not_party", "carrier_phrase", "conjunctions", "determiners",
              "adjunct_prepositions", "indefinite", "recording")


def _attribution_words(data: dict[str, Any], weekdays: frozenset[str]) -> AttributionWords:
    w = data["words"]
    months = frozenset(calendar_words.months())  # CLDR names through Babel (calendar_words.py)
    return AttributionWords(
        party_words=frozenset(w["party_words"]), name_prefixes=tuple(w["name_prefixes"]),
        not_modifiers=frozenset(w["not_modifiers"]), subordinators=frozenset(w["subordinators"]),
        time_words=frozenset(w["time_words"]) | months,
        leading_time=frozenset({"this", "last", "on"}) | weekdays | {m for m in months if len(m) > 3},
        adverbs=frozenset(w["adverbs"]) | weekdays, takes_object=frozenset(w["takes_object"]),
        publishing=frozenset(w["publishing"]), headline_not_party=frozenset(w["headline_not_party"]),
        carrier_phrase=frozenset(w["carrier_phrase"]), conjunctions=frozenset(w["conjunctions"]),
        determiners=frozenset(w["determiners"]), adjunct_prepositions=frozenset(w["adjunct_prepositions"]),
        indefinite=frozenset(w["indefinite"]), recording=frozenset(w["recording"]),
    )


def _media_names(parties: dict[str, Any]) -> frozenset[str]:
    """Lower-case names of the media in lexicons/parties.toml: a medium that passes on a figure gives way to
    the party it names (gold convention 8)."""
    out: set[str] = set()
    for key, entry in parties.get("parties", {}).items():
        if not isinstance(entry, dict) or not isinstance(entry.get("aliases", []), list):
            raise LexiconError(f"[parties.{key}] must be a table with a list of aliases", where="lexicons/parties.toml")
        if entry.get("kind") == "media":
            out.update(str(a).lower().removeprefix("the ") for a in [entry.get("name", ""), *entry.get("aliases", [])])
    out.discard("")
    return frozenset(out)


def _validate_periods(data: dict[str, Any]) -> Iterable[str]:
    yield from _check_version(data)
    for key in ("stock_events", "progressive_states", "held_events", "cumulative", "cumulative_weak", "rate",
                "increment", "wholes", "incidents"):
        words(data, key, where=f"lexicons/periods.toml {key}")
    for e in [*data.get("stock_events", []), *data.get("progressive_states", []), *data.get("held_events", [])]:
        if e not in {ev.value for ev in Event}:
            yield f"stock_events/progressive_states/held_events: {e!r} is not an event"
    yield from _grammar(data.get("grammar", {}), PeriodWords, "lexicons/periods.toml [grammar]")
    for key in ("nouns", "beginning"):
        words(data.get("operations", {}), key, where=f"lexicons/periods.toml [operations] {key}")


def _validate_parts(data: dict[str, Any]) -> Iterable[str]:
    yield from _check_version(data)
    for key in ("openers", "sentence_partitives", "list_links"):
        words(data, key, where=f"lexicons/parts.toml {key}")


def _grammar(table: dict[str, Any], kind: type, where: str) -> Iterable[str]:
    """A [grammar]-like table: exactly the word lists ``kind`` names, each a list of single lower-case words
    (a phrase here would never match: these are compared one token at a time)."""
    expected = {f.name for f in fields(kind)}
    for missing in sorted(expected - set(table)):
        yield f"{where}: {missing!r} is missing"
    for extra in sorted(set(table) - expected):
        yield f"{where}: {extra!r} is not read by anything"
    for key in sorted(expected & set(table)):
        for w in words(table, key, where=f"{where} {key}"):
            if w != w.lower() or " " in w.strip():
                yield f"{where} {key}: {w!r} must be one lower-case word"


@dataclass(frozen=True)
class HeadWords:
    """Grammatical words of the head-noun search (lexicons/people.toml [head_search])."""

    stop: frozenset[str]
    subject_of: frozenset[str]
    adverbs: frozenset[str]
    identities: frozenset[str]
    counts_of_people: frozenset[str]
    adjectival: frozenset[str]
    vague: frozenset[str]
    people_sized: frozenset[str]
    elliptical: frozenset[str]
    pointers: frozenset[str]
    pointer_determiners: frozenset[str]
    self_naming_pointers: frozenset[str]


@dataclass(frozen=True)
class EventWords:
    """Grammatical words of the event search (lexicons/events.toml [grammar])."""

    between_verb_and_object: frozenset[str]
    not_governing: frozenset[str]
    resultative: frozenset[str]
    auxiliaries: frozenset[str]
    contrast: frozenset[str]
    event_adjectives: frozenset[str]
    modals: frozenset[str]
    degree: frozenset[str]
    shares: frozenset[str]
    part_openers: frozenset[str]
    awaited: frozenset[str]  # "waiting for a decision": an outcome awaited, no place (what_prospect.py)
    rescuers: frozenset[str]  # lemmas of who frees people in a rescue (what_parse.freed_by_rescue)
    wreckage: frozenset[str]  # lemmas of what people are freed from in a rescue
    fearing: frozenset[str]  # "feared arrest": the event word they govern is a prospect (what_prospect.py)
    feared_links: frozenset[str]  # words between a verb of fearing and its event word
    interviewing: frozenset[str]  # lemmas whose object is an informant ("interviewed 30 survivors")
    speaking_with: frozenset[str]  # lemmas whose "with"/"to" object is an informant ("spoke with 22")
    work_verbs: frozenset[str]  # lemmas of work: in the progressive, staff at work, not residents
    state_verbs: frozenset[str]  # lemmas of being or staying at a place
    conditions: frozenset[str]  # lemmas of a patient's condition ("in a critical condition"; what_condition.py)
    condition_degrees: frozenset[str]  # lemmas of a degree of illness or injury modifying the condition
    condition_verbs: frozenset[str]  # lemmas of being in a condition ("remain", not "live" or "wait")
    treatments: frozenset[str]  # lemmas of a treatment needed or undergone ("needed surgery")
    needing: frozenset[str]  # lemmas of needing or undergoing a treatment


@dataclass(frozen=True)
class PeriodWords:
    """Grammatical words of the period search (lexicons/periods.toml [grammar])."""

    statement_words: frozenset[str]
    open_cues: frozenset[str]
    units: frozenset[str]
    origins: frozenset[str]
    adding: frozenset[str]
    totals: frozenset[str]
    reaching: frozenset[str]
    holding: frozenset[str]
    quantity_openers: frozenset[str]
    quantity_closers: frozenset[str]
    contrast: frozenset[str]
    deictic: frozenset[str]  # "this", "last", "next" + a unit: a window (when_windows.py)
    window_prepositions: frozenset[str]  # "in", "during": open a window
    ahead: frozenset[str]  # "in the coming weeks": a window ahead of the report
    frequency_adjectives: frozenset[str]  # "its daily report": how often a report appears
    report_determiners: frozenset[str]  # determiners before such an adjective
    comparison_directions: frozenset[str]  # "up from", "down from": an earlier count (when_compared.py)
    comparison_verbs: frozenset[str]  # "compared with/to"


@dataclass(frozen=True)
class PartWords:
    """The words of parts and wholes (lexicons/parts.toml)."""

    openers: PhraseTable
    sentence_partitives: PhraseTable
    list_links: frozenset[str]


@dataclass(frozen=True)
class ElidedWords:
    """The words that show a figure with its noun left out still counts people (lexicons/elided.toml)."""

    object_verbs: PhraseTable
    count_nouns: frozenset[str]
    modified_count_nouns: frozenset[str]
    value_links: frozenset[str]
    succession: frozenset[str]
    list_places: frozenset[str]
    not_after: frozenset[str]
    differences: frozenset[str]
    after_figure: frozenset[str]
    share_links: frozenset[str]  # "followed by PLACE with N": one place's share of a count (elided_share.py)


def _validate_elided(data: dict[str, Any]) -> Iterable[str]:
    yield from _check_version(data)
    table = data.get("elided", {})
    for f in fields(ElidedWords):
        for w in words(table, f.name, where=f"lexicons/elided.toml [elided] {f.name}"):
            if w != w.lower():
                yield f"[elided] {f.name}: {w!r} must be lower-case"


def _elided_words(table: dict[str, Any]) -> ElidedWords:
    sets = {f.name: frozenset(table[f.name]) for f in fields(ElidedWords) if f.name != "object_verbs"}
    return ElidedWords(object_verbs=PhraseTable((w, w) for w in table["object_verbs"]), **sets)


def _word_sets(kind: type[_W], table: dict[str, Any]) -> _W:
    return kind(**{f.name: frozenset(table[f.name]) for f in fields(kind)})


@dataclass(frozen=True)
class Rules:
    people: PhraseTable
    not_people: frozenset[str]
    singular: frozenset[str]
    modifiers: frozenset[str]
    normalise: dict[str, str]
    triggers: PhraseTable
    implied_event: dict[str, str]
    expected: PhraseTable
    event_nouns: dict[str, str]  # nouns that are the event they count ("deaths", "bodies")
    light_verbs: frozenset[str]  # verbs whose complement carries the event ("remained unaccounted for")
    causatives: frozenset[str]  # verbs whose object does the next verb's event ("helped 8,000 flee")
    settlements: frozenset[str]  # "a city of 1 million": a population
    gatherings: frozenset[str]  # "a rally of 8,000": how many were gathered, a population
    conveying: frozenset[str]  # "a boat carrying 500 migrants": on board, unless the vehicle left
    governing_only: frozenset[str]  # "houses": a trigger only as the verb before the figure
    moving: frozenset[str]  # "moved": evacuated only for civilians moved, not combatants or captives
    reach_with: frozenset[str]  # "reached 600,000 people with food": aided
    implicative: frozenset[str]  # "managed to leave": the "to" complement happened, not a plan
    belief: frozenset[str]  # "feared to be buried": a belief about what is, not a plan
    directives: frozenset[str]  # "ordered": a plan only with a "to" complement in its clause
    shelter_places: frozenset[str]  # "evacuation (centres)": a place of the displaced, yields to a verb of aid
    capacity: PhraseTable  # "two climbers apiece": how many fit in one vehicle or trip
    capacity_before: PhraseTable  # "built for 500": what a place was built to hold (what_capacity.py)
    restatement: PhraseTable  # "920 households, equivalent to 5,400 people": the same people in other units
    shelter: frozenset[str]  # "took refuge", "left homeless", "sleeping rough": displacement as a state
    staying: PhraseTable  # "remain", "still in": besieged, unless the place is one of the displaced
    displaced_places: frozenset[str]  # "camps", "displacement": where the displaced are
    hosting: frozenset[str]  # "hosts", "housed": a place hosting people (what_shelter.py)
    recipients: frozenset[str]  # lemmas of verbs whose subject is the recipient ("the hospital received 48")
    reporting_verbs: frozenset[str]
    prepositional: PhraseTable
    relay: PhraseTable
    pronouns: PhraseTable
    carriers: frozenset[str]
    not_parties: frozenset[str]
    stock_events: frozenset[str]
    progressive_states: frozenset[str]  # events that are states in the progressive ("are receiving care")
    held_events: frozenset[str]  # people taken and held: a stock when a verb of holding counts them now
    operation_nouns: frozenset[str]  # "the evacuation of 5,000": an operation that moves people
    operation_beginning: frozenset[str]  # "... began": the figure is the operation's total
    cumulative: PhraseTable
    cumulative_weak: PhraseTable
    rate: PhraseTable
    increment: PhraseTable
    weekdays: frozenset[str]  # from CLDR (calendar_words), not from a lexicon of ours
    months: frozenset[str]  # full month names, from CLDR (calendar_words)
    wholes: PhraseTable  # a war or disaster: a flow counted against it is its running total
    incidents: PhraseTable  # one attack, strike, sinking: a flow counted against it is an increment
    head: HeadWords
    event_words: EventWords
    period_words: PeriodWords
    parts: PartWords
    elided: ElidedWords  # figures whose noun is left out (extract/elided.py)
    plurals: dict[str, str]  # irregular plurals ("child" -> "children")
    number_words: dict[str, int]  # "two" -> 2 ... (the number layer's lexicon, read only)
    reporting_lemmas: frozenset[str]
    clause_only_lemmas: frozenset[str]
    publishing_lemmas: frozenset[str]
    at_object_lemmas: frozenset[str]
    relay_lemmas: frozenset[str]
    passive_speaker_lemmas: frozenset[str]
    party_nouns: frozenset[str]
    document_lemmas: frozenset[str]
    pointer_phrases: frozenset[str]
    media_names: frozenset[str]
    attribution_words: AttributionWords
    attribution_starts: frozenset[str]  # every word that can start an attribution cue (a prefilter)
    period_starts: frozenset[str]  # every word that can start a period cue or is a weekday (a prefilter)


@cache
def rules() -> Rules:
    """All claim-layer tables; loaded and validated on first use, then shared (they are read-only)."""
    people = validated("people", _validate_people)
    events = validated("events", _validate_events)
    attribution = validated("attribution", _validate_attribution)
    periods = validated("periods", _validate_periods)
    parts = validated("parts", _validate_parts)
    numbers = load("numbers")["words"]
    triggers = [(w, ev) for ev, ws in events["triggers"].items() for w in ws]
    weekdays = frozenset(calendar_words.weekdays())
    # "in July", "on Sunday": calendar slices and days are increments (names from CLDR, not typed here)
    increment = [*periods["increment"], *(f"in {m}" for m in calendar_words.months(abbreviated=False)),
                 *(f"on {d}" for d in weekdays)]
    relay = PhraseTable((w, w) for w in attribution["relay"])
    prepositional = PhraseTable((w, "according to") for w in attribution["prepositional"])
    return Rules(
        people=PhraseTable((n, n) for n in people["nouns"]),
        not_people=frozenset(people["not_people"]["words"]),
        singular=frozenset(people["singular"]),
        modifiers=frozenset(people["modifiers"]),
        normalise=dict(people.get("normalise", {})),
        triggers=PhraseTable(triggers),
        implied_event=dict(events["implied_by_category"]),
        expected=PhraseTable((w, "expected") for w in events["modality"]["expected"]),
        event_nouns=dict(events["event_nouns"]),
        light_verbs=frozenset(events["light_verbs"]["words"]),
        causatives=frozenset(events["causatives"]["words"]),
        settlements=frozenset(events["settlements"]["words"]),
        gatherings=frozenset(events.get("gatherings", {}).get("words", ())),
        conveying=frozenset(events["conveying"]["words"]),
        governing_only=frozenset(events["governing_only"]["words"]),
        moving=frozenset(events["governing_only"].get("moving", ())),
        reach_with=frozenset(events["reach_with"]["words"]),
        implicative=frozenset(events["modality"]["implicative"]),
        belief=frozenset(events["modality"].get("belief", ())),
        directives=frozenset(events["modality"].get("directives", ())),
        shelter_places=frozenset(events.get("shelter_places", {}).get("words", ())),
        capacity=PhraseTable((w, "capacity") for w in events["capacity"]["words"]),
        capacity_before=PhraseTable((w, "capacity") for w in events["capacity"].get("before", ())),
        restatement=PhraseTable((w, "same") for w in events["restatement"]["words"]),
        shelter=frozenset(events["shelter"]["words"]),
        recipients=frozenset(events["recipients"]["words"]),
        staying=PhraseTable((w, "staying") for w in events["staying"]["words"]),
        displaced_places=frozenset(events["staying"]["places"]),
        hosting=frozenset(events["staying"].get("hosting", ())),
        reporting_verbs=frozenset(attribution["reporting_verbs"]),
        prepositional=prepositional,
        relay=relay,
        pronouns=PhraseTable((w, w) for w in attribution["pronouns"]),
        carriers=frozenset(attribution["carriers"]),
        not_parties=frozenset(attribution["not_parties"]),
        stock_events=frozenset(periods["stock_events"]),
        progressive_states=frozenset(periods["progressive_states"]),
        held_events=frozenset(periods["held_events"]),
        operation_nouns=frozenset(periods["operations"]["nouns"]),
        operation_beginning=frozenset(periods["operations"]["beginning"]),
        cumulative=PhraseTable((w, "cumulative") for w in periods["cumulative"]),
        cumulative_weak=PhraseTable((w, "cumulative") for w in periods["cumulative_weak"]),
        rate=PhraseTable((w, "increment") for w in periods["rate"]),
        increment=PhraseTable((w, "increment") for w in increment),
        weekdays=weekdays,
        months=frozenset(calendar_words.months(abbreviated=False)),
        wholes=PhraseTable((w, "whole") for w in periods["wholes"]),
        incidents=PhraseTable((w, "incident") for w in periods["incidents"]),
        head=_word_sets(HeadWords, people["head_search"]),
        event_words=_word_sets(EventWords, events["grammar"]),
        period_words=_word_sets(PeriodWords, periods["grammar"]),
        parts=PartWords(openers=PhraseTable((w, w) for w in parts["openers"]),
                        sentence_partitives=PhraseTable((w, w) for w in parts["sentence_partitives"]),
                        list_links=frozenset(parts["list_links"])),
        elided=_elided_words(validated("elided", _validate_elided)["elided"]),
        plurals=dict(people["plurals"]),
        number_words={w: int(v) for table in ("units", "teens") for w, v in numbers.get(table, {}).items()},
        reporting_lemmas=frozenset(attribution["reporting_lemmas"]),
        clause_only_lemmas=frozenset(attribution["clause_only_lemmas"]),
        publishing_lemmas=frozenset(attribution["publishing_lemmas"]),
        at_object_lemmas=frozenset(attribution["at_object_lemmas"]),
        relay_lemmas=frozenset(attribution["relay_lemmas"]),
        passive_speaker_lemmas=frozenset(attribution["passive_speaker_lemmas"]),
        party_nouns=frozenset(attribution["party_nouns"]),
        document_lemmas=frozenset(attribution["document_lemmas"]),
        pointer_phrases=frozenset(attribution["pronouns"]),
        media_names=_media_names(load("parties")),
        attribution_words=_attribution_words(attribution, weekdays),
        attribution_starts=frozenset(attribution["reporting_verbs"]) | relay.first | prepositional.first,
        period_starts=weekdays.union(
            *(PhraseTable((w, "") for w in periods[k]).first for k in ("cumulative", "cumulative_weak", "rate",
                                                                         "wholes", "incidents")),
            PhraseTable((w, "") for w in increment).first),
    )
