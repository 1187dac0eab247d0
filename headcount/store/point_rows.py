"""A claim's point as stored in ``claim_series.point``: what reading its document gave, and what the join changed
(its place, and its party when a parent body's figure went to its member).

Why: ``series.points_of`` (the party model over a document's text, its main place, the parts of places it
names) is most of a reconcile's time, and the running-count join and an event's checks need every point of
the event. An incremental run reads the changed documents again and every other document of their events
back from here. A point depends on its document only (and the party edits, which mark every series dirty),
and a document whose stamp changed is read again, so a stored point is the one reading would give.

The joined place and party are stored whole (not only the key): the join moves a figure to a ``Place`` with a name,
a country and whether the gazetteer knows it, which the checks across keys read; a point rebuilt from the
key alone had kept its old place under its new key.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from typing import Any

from headcount.models import Claim
from headcount.reconcile.party_model import Resolution
from headcount.reconcile.places import Place
from headcount.reconcile.series import NO_PLACE, Point, SeriesKey


def encode(raw: Point, joined: Point) -> str:
    """The stored form of a point as read (``raw``) and where the join put it (``joined``: same claim)."""
    return json.dumps([
        str(raw.key), _party(raw.party), _place(raw.place), raw.kind,
        _day(raw.start), _day(raw.end), raw.outlet, raw.published, raw.index, raw.parent_id, raw.doc_place,
        raw.inferred_part, 0 if joined.place == raw.place else [_place(joined.place)],
        0 if joined.party == raw.party else _party(joined.party), raw.approx_by,
    ], ensure_ascii=False, separators=(",", ":"))


def decode(text: str, claim: Claim, claim_id: str, joined_key: str) -> tuple[Point, Point]:
    """The point as read and as joined (under ``joined_key``, the stored series key) of one claim."""
    (key, party, place, kind, start, end, outlet, published, index, parent_id, doc_place, inferred,
     moved, member, *rest) = json.loads(text)
    approx_by = rest[0] if rest else None  # points stored before migration 0012 have none
    raw = Point(claim=claim, id=claim_id, key=series_key(key), party=_resolution(*party), place=_unplace(place),
                kind=kind, start=_undate(start), end=_undate(end), outlet=outlet, published=published,
                doc_id=claim.doc_id, index=index, parent_id=parent_id, doc_place=doc_place, inferred_part=inferred,
                approx_by=approx_by)
    if key == joined_key and moved == 0 and member == 0:
        return raw, raw
    return raw, Point(claim=claim, id=claim_id, key=series_key(joined_key),
                      party=raw.party if member == 0 else _resolution(*member),
                      place=raw.place if moved == 0 else _unplace(moved[0]), kind=kind, start=raw.start,
                      end=raw.end, outlet=outlet, published=published, doc_id=claim.doc_id, index=index,
                      parent_id=parent_id, doc_place=doc_place, inferred_part=inferred, approx_by=approx_by)


def parties(text: str) -> set[str]:
    """The party keys of a stored point, as read and as joined (what the point counted for before a change)."""
    v = json.loads(text)
    return {v[1][0]} | ({v[13][0]} if v[13] != 0 else set())


@lru_cache(maxsize=1 << 16)
def series_key(text: str) -> SeriesKey:
    """A stored key back as a SeriesKey, without re-normalising its place (``SeriesKey.parse`` would)."""
    event, group, place = text.split("/", 2)
    return SeriesKey(event, group, None if place == NO_PLACE else place)


def _party(r: Resolution) -> list[Any]:
    return [r.key, r.name, r.kind, r.as_written, r.speaker, r.how]


def _place(p: Place | None) -> list[Any] | None:
    return None if p is None else [p.key, p.name, p.part, p.country, p.known]


# An incremental run decodes every stored point of the changed events, and an event's points share a few
# thousand keys, parties, places and days: each is built once (frozen values, so one instance can be shared).
# The cache keys are the decoded fields themselves, so every field of Resolution and Place must stay a hashable
# scalar (str, bool, None): a list field would make ``decode`` raise TypeError here.

@lru_cache(maxsize=1 << 16)
def _resolution(*fields: Any) -> Resolution:
    return Resolution(*fields)


def _unplace(v: list[Any] | None) -> Place | None:
    return None if v is None else _place_of(*v)


@lru_cache(maxsize=1 << 16)
def _place_of(*fields: Any) -> Place:
    return Place(*fields)


def _day(d: date | None) -> str | None:
    return d.isoformat() if d else None


@lru_cache(maxsize=1 << 12)
def _undate(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None
