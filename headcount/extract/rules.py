"""The claim layer's rule tables, loaded once from headcount/lexicons/*.toml and validated.

Each table becomes a ``PhraseTable``: multi-word phrases indexed by their first word, so matching at a
token is one dict lookup plus a comparison of a few words (no regex per phrase, which keeps the claim layer
well above 1 MB/s).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from headcount.errors import LexiconError
from headcount.lexicons import load, validated, words
from headcount.models import Event


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


def _validate_attribution(data: dict[str, Any]) -> Iterable[str]:
    yield from _check_version(data)
    for key in ("reporting_verbs", "prepositional", "relay", "pronouns", "carriers", "not_parties",
                "reporting_lemmas", "clause_only_lemmas", "publishing_lemmas", "at_object_lemmas", "relay_lemmas",
                "passive_speaker_lemmas", "party_nouns", "document_lemmas"):
        words(data, key, where=f"lexicons/attribution.toml {key}")
    lemmas = set(data.get("reporting_lemmas", []))
    for key in ("clause_only_lemmas", "publishing_lemmas", "at_object_lemmas", "relay_lemmas"):
        for lemma in data.get(key, []):
            if lemma not in lemmas:
                yield f"{key}: {lemma!r} is not in reporting_lemmas"
        for lemma in data.get(key, []):
            if lemma != lemma.lower() or " " in lemma:
                yield f"{key}: {lemma!r} must be one lower-case lemma"


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
    for key in ("stock_events", "cumulative", "cumulative_weak", "rate", "increment", "weekdays"):
        words(data, key, where=f"lexicons/periods.toml {key}")
    for e in data.get("stock_events", []):
        if e not in {ev.value for ev in Event}:
            yield f"stock_events: {e!r} is not an event"


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
    reporting_verbs: frozenset[str]
    prepositional: PhraseTable
    relay: PhraseTable
    pronouns: PhraseTable
    carriers: frozenset[str]
    not_parties: frozenset[str]
    stock_events: frozenset[str]
    cumulative: PhraseTable
    cumulative_weak: PhraseTable
    rate: PhraseTable
    increment: PhraseTable
    weekdays: frozenset[str]
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
    attribution_starts: frozenset[str]  # every word that can start an attribution cue (a prefilter)
    period_starts: frozenset[str]  # every word that can start a period cue or is a weekday (a prefilter)


@cache
def rules() -> Rules:
    """All claim-layer tables; loaded and validated on first use, then shared (they are read-only)."""
    people = validated("people", _validate_people)
    events = validated("events", _validate_events)
    attribution = validated("attribution", _validate_attribution)
    periods = validated("periods", _validate_periods)
    triggers = [(w, ev) for ev, ws in events["triggers"].items() for w in ws]
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
        reporting_verbs=frozenset(attribution["reporting_verbs"]),
        prepositional=prepositional,
        relay=relay,
        pronouns=PhraseTable((w, w) for w in attribution["pronouns"]),
        carriers=frozenset(attribution["carriers"]),
        not_parties=frozenset(attribution["not_parties"]),
        stock_events=frozenset(periods["stock_events"]),
        cumulative=PhraseTable((w, "cumulative") for w in periods["cumulative"]),
        cumulative_weak=PhraseTable((w, "cumulative") for w in periods["cumulative_weak"]),
        rate=PhraseTable((w, "increment") for w in periods["rate"]),
        increment=PhraseTable((w, "increment") for w in periods["increment"]),
        weekdays=frozenset(periods["weekdays"]),
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
        attribution_starts=frozenset(attribution["reporting_verbs"]) | relay.first | prepositional.first,
        period_starts=frozenset(periods["weekdays"]).union(
            *(PhraseTable((w, "") for w in periods[k]).first for k in ("cumulative", "cumulative_weak", "rate",
                                                                         "increment"))),
    )
