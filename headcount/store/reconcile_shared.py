"""Points in a full reconcile's spill file: written as flat tuples, read back with their equal values shared.

Why: the spill file holds every point of the ledger, written once as read and once as joined, and read back
three times (the parent's join, the series-key tasks, the event and place units). Pickling a point as the
frozen dataclass it is goes through ``dataclasses``' own ``__getstate__`` / ``__setstate__`` for the point,
its claim, its party, its place and its key: Python code per object, about a sixth of a full reconcile's CPU
on the 10k bench ledger. A point is written here as one tuple of plain values (``encode``), which pickle
handles in C.

And each point was read back as objects of its own: its party (``Resolution``), its place, its series key,
its days, every string of its claim (the document id, the sentence, the category, ...). Yet an event's points
repeat a few hundred parties, places and keys, and one document's claims share their sentences and document
fields. The parent holds a join slice's points for its running-count join (``join_slices``: at least an
event's largest connected set of documents), and a worker holds an event's or a window's points for its unit:
that is the peak memory of a full reconcile (``docs/scale.md``). ``Decoder`` gives each equal value one object
per read (a join slice, a task): on the 10k bench ledger a point read back took 2.3 KB; with its values
shared, 0.76 KB.

Sharing changes no value: the objects are immutable (frozen dataclasses, strings, dates) and compared by
value everywhere; only the claim and the point themselves stay one object each, as read.
"""

from __future__ import annotations

import dataclasses
import pickle
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from headcount.models import Claim
from headcount.reconcile.party_model import Resolution
from headcount.reconcile.places import Place
from headcount.reconcile.series import Point, SeriesKey

_T = TypeVar("_T")
#: values in one SQL ``IN (...)`` list of the spill file's queries at most (SQLite's bound parameters are limited)
IN_LIST = 500

_PLAIN = (bool, int, float)  # small values not worth a look-up (and 1 == True must stay apart)


def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


_CLAIM = _names(Claim)
_POINT = _names(Point)  # "claim" first
_PARTY = _names(Resolution)
_PLACE = _names(Place)
_KEY = _names(SeriesKey)
_NESTED = {"key": (SeriesKey, _KEY), "party": (Resolution, _PARTY), "place": (Place, _PLACE)}


def encode(p: Point) -> bytes:
    """``p`` as one pickled tuple of plain values: its claim's, then its own (key, party and place each a
    tuple of theirs). A point whose parts are of other classes (none is today) is pickled as it is."""
    values: list[Any] = []
    for name in _POINT:
        v = getattr(p, name)
        if name == "claim":
            if type(v) is not Claim:
                return pickle.dumps(p, protocol=pickle.HIGHEST_PROTOCOL)
            v = tuple(getattr(v, n) for n in _CLAIM)
        elif name in _NESTED and v is not None:
            cls, names = _NESTED[name]
            if type(v) is not cls:
                return pickle.dumps(p, protocol=pickle.HIGHEST_PROTOCOL)
            v = tuple(getattr(v, n) for n in names)
        values.append(v)
    return pickle.dumps(tuple(values), protocol=pickle.HIGHEST_PROTOCOL)


_put = object.__setattr__  # the objects are frozen dataclasses, built here and not yet seen by anyone


def _build(cls: Any, names: tuple[str, ...], values: Iterable[Any]) -> Any:
    """An instance of the frozen dataclass ``cls`` with these field values, as unpickling makes one (no
    ``__init__``, as ``__setstate__`` does)."""
    obj = cls.__new__(cls)
    for n, v in zip(names, values, strict=True):
        _put(obj, n, v)
    return obj


class Decoder:
    """Reads points written by ``encode`` (or pickled whole), each equal value given once: one decoder per
    read (a join slice, a task), so what it shares lives as long as those points."""

    def __init__(self) -> None:
        self.memo: dict[Any, Any] = {}

    def one(self, v: Any) -> Any:
        if v is None or type(v) in _PLAIN:
            return v
        try:
            return self.memo.setdefault(v, v)
        except TypeError:  # an unhashable value is kept as it is
            return v

    def nested(self, name: str, values: tuple[Any, ...] | None) -> Any:
        if values is None:
            return None
        mark = (name, values)
        got = self.memo.get(mark)
        if got is None:
            cls, names = _NESTED[name]
            got = self.memo[mark] = self.one(_build(cls, names, (self.one(v) for v in values)))
        return got

    def point(self, blob: bytes) -> Point:
        v = pickle.loads(blob)  # noqa: S301 - this reconcile's own spill file
        if isinstance(v, Point):
            return self.shared(v)
        one = self.one
        claim = _build(Claim, _CLAIM, (one(x) for x in v[0]))
        rest = (self.nested(n, x) if n in _NESTED else one(x) for n, x in zip(_POINT[1:], v[1:], strict=True))
        return _build(Point, _POINT, (claim, *rest))  # type: ignore[no-any-return]

    def shared(self, p: Point) -> Point:
        """A point pickled whole, its values shared as ``point`` shares them."""
        c = p.claim
        for name in _CLAIM:
            _put(c, name, self.one(getattr(c, name)))
        for name in _POINT[1:]:
            _put(p, name, self.one(getattr(p, name)))
        return p


def decoded(blobs: Iterable[bytes]) -> Iterator[Point]:
    """Points read back from ``encode``'s blobs, in order, their equal values shared."""
    d = Decoder()
    for b in blobs:
        yield d.point(b)


def placeholders(n: int) -> str:
    """``n`` SQL parameter marks, "?, ?, ?": for a row of ``n`` columns or an ``IN`` list of ``n`` values."""
    return ", ".join("?" * n)


def in_lists(values: Sequence[_T], size: int = IN_LIST) -> Iterator[tuple[Sequence[_T], str]]:
    """``values`` in parts of at most ``size``, each with its ``IN`` list's parameter marks: the spill file's
    queries by documents, series keys or claims read that many at a time."""
    for i in range(0, len(values), size):
        part = values[i:i + size]
        yield part, placeholders(len(part))
