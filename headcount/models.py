"""The records that flow through headcount: Figure, Document and Claim.

They are frozen, slotted dataclasses so that the pure stages (``extract/``, ``reconcile/``) can pass them
around without anyone mutating them behind another stage's back, and so that a Spark task can pickle them
cheaply. ``as_dict``/``from_dict`` give the JSON shape used by the CLI, the ledger and the eval format
(``../shared/eval/FORMAT.md``); every field carries a ``help`` text that the docs are built from.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Event(StrEnum):
    """The closed list of things that happen to the people a claim counts (FORMAT.md)."""

    EVACUATED = "evacuated"
    KILLED = "killed"
    INJURED = "injured"
    CASUALTIES = "casualties"
    DISPLACED = "displaced"
    DETAINED = "detained"
    RELEASED = "released"
    SURRENDERED = "surrendered"
    RETURNED = "returned"
    RESCUED = "rescued"
    MISSING = "missing"
    BESIEGED = "besieged"
    POPULATION = "population"
    AFFECTED = "affected"
    AIDED = "aided"
    OTHER = "other"


#: events whose count is of the victims of one disaster or attack (a toll): who is counted is fixed by the
#: event, which the period readers and the reconciler's pairing both rely on
TOLL_EVENTS: frozenset[str] = frozenset({Event.KILLED.value, Event.INJURED.value, Event.CASUALTIES.value})
#: events whose place is the origin when the sentence names one (annotation rule 7: a flow out of a place,
#: "refugees from X"), read by both place stages (extract/where.py, extract/where_local.py). Not
#: "surrendered": the English stage once had it (no dev claim depended on it), and in the other languages it
#: read a genitive "de" ("ministère de la Défense") as the origin of a surrender
ORIGIN_KEYED_EVENTS: frozenset[str] = frozenset({Event.EVACUATED.value, Event.DISPLACED.value})


class Modality(StrEnum):
    ACTUAL = "actual"
    EXPECTED = "expected"


class PeriodKind(StrEnum):
    INCREMENT = "increment"    # a flow over a bounded window ("over the past 24 hours")
    CUMULATIVE = "cumulative"  # a flow since an origin ("so far", "since the evacuation began")
    STOCK = "stock"            # a state at a time (besieged, population, still inside)


def _help(text: str, default: Any = None) -> Any:
    return field(default=default, metadata={"help": text})


@dataclass(frozen=True, slots=True)
class Figure:
    """One number expression found in text, whatever it counts."""

    start: int = _help("offset of the first character of the expression, hedge words included", 0)
    end: int = _help("offset just past the last character (text[start:end] == figure)", 0)
    figure: str = _help("the expression as written", "")
    low: float | None = _help("lower bound asserted; None for an open lower end")
    high: float | None = _help("upper bound asserted; None for an open upper end")
    approx: bool = _help("hedged as approximate (some, about, nearly, or a vague quantity)", False)
    qualifier: str | None = _help("the hedge or bound, normalised (about, more than, up to, between ...)")
    kind: str = _help("how it is written: digits, words, vague, range", "digits")

    def as_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "figure": self.figure,
            "low": _num(self.low),
            "high": _num(self.high),
            "approx": self.approx,
            "qualifier": self.qualifier,
        }


def _num(v: float | None) -> int | float | None:
    """Whole numbers print as ints (8461, not 8461.0) in every JSON we write."""
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


@dataclass(frozen=True, slots=True)
class Document:
    """A text to extract from, with what we know of where it came from."""

    id: str = _help("stable id: given by the input, or a hash of the URL or of the normalised text", "")
    text: str = _help("the main text, exactly as extracted; claim offsets point into it", "")
    url: str | None = _help("where it was found")
    outlet: str | None = _help("the publishing site or organisation")
    published: str | None = _help("publication date, ISO 8601 (YYYY-MM-DD), or None when unknown")
    title: str | None = _help("headline")
    language: str | None = _help("ISO 639-1 code when known", "en")
    fetched_at: str | None = _help("when headcount read it (ISO 8601 timestamp), for ingested documents")
    dated_by: str | None = _help(
        "how its date was obtained: given, page, dateline, url (a publication day), url_month (the URL's month), "
        "text (estimated from the days the text reports), or None when undated")
    approx_date: str | None = _help(
        "when no publication day is known: a lower bound of it estimated from the text (YYYY-MM-DD), or the URL's "
        "month (YYYY-MM); never shown as the publication date and never used to resolve relative periods")

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True, slots=True)
class Claim:
    """One count of people in a document: the value, who, what, where, when, and who says so."""

    doc_id: str = _help("the document the figure is in", "")
    start: int = _help("offset of the figure in the document text", 0)
    end: int = _help("offset just past the figure", 0)
    figure: str = _help("the figure as written, hedge words included", "")
    low: float | None = _help("lower bound; None for an open lower end")
    high: float | None = _help("upper bound; None for an open upper end")
    approx: bool = _help("hedged as approximate", False)
    qualifier: str | None = _help("the hedge or bound word, normalised")
    category: str = _help("who is counted, the head noun as written, lower-case plural", "people")
    group: str = _help("the class of the category for arithmetic (civilians, combatants, people ...)", "people")
    event: str = _help("one of the closed event list (see Event)", "other")
    modality: str = _help("actual or expected", "actual")
    location: str | None = _help("the place as stated in the text")
    place: str | None = _help("a normalised place key, e.g. 'aleppo/east'")
    period_kind: str | None = _help("increment, cumulative, stock, or None when the text does not tell")
    period: str | None = _help("the words that state the claim's window, origin or time point")
    period_offset: int | None = _help("offset of `period` in the text")
    period_start: str | None = _help("first day of the period, ISO date, resolved against `published`")
    period_end: str | None = _help("last day of the period, ISO date, resolved against `published`")
    source: str | None = _help("the party the figure is attributed to, as named; None for the outlet's own voice")
    cue: str | None = _help("how it is attributed: said, reported, according to, told, claimed ...")
    via: str | None = _help("the relay when one outlet or agency passes on another's figure")
    parent: int | None = _help("index, in the document's claim list, of the claim this one is part of")
    sentence: str = _help("the sentence the figure is in", "")
    sentence_start: int = _help("offset of the sentence in the text", 0)
    extractor_version: str = _help("version of the rules that produced the claim", "")

    @property
    def id(self) -> str:
        """Content id: the same figure at the same place of the same document is the same claim."""
        return claim_id(self.doc_id, self.start, self.figure)

    def as_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["low"] = _num(self.low)
        d["high"] = _num(self.high)
        d["id"] = self.id
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


def claim_id(doc_id: str, start: int, figure: str) -> str:
    return hashlib.sha256(f"{doc_id}\x1f{start}\x1f{figure}".encode()).hexdigest()[:16]


def document_id(text: str, url: str | None = None) -> str:
    """Hash of the URL when there is one, else of the whitespace-normalised text."""
    basis = url if url else " ".join(text.split())
    return hashlib.sha256(basis.encode()).hexdigest()[:16]
