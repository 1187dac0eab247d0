"""Points read back from a full reconcile's spill file, with their equal values shared (one object per value).

Why: each spilled point is pickled on its own, so reading an event back made a new object for every value of
every point: its party (``Resolution``), its place, its series key, its days, and every string of its claim
(the document id, the sentence, the category, the figure as written, ...). Yet an event's points repeat a
few hundred parties, places and keys, and one document's claims share their sentences and document fields.
The parent holds the largest event's points whole for its running-count join, and one worker holds them
for the event's unit; that is the peak memory of a full reconcile (``docs/scale.md``). On the 10k bench
ledger a point read back took 2.3 KB; with its values shared, 0.76 KB.

Sharing changes no value: the objects are immutable (frozen dataclasses, strings, dates) and compared by
value everywhere; only the claim and the point themselves stay one object each, as read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from typing import Any

from headcount.models import Claim
from headcount.reconcile.series import Point

_PLAIN = (bool, int, float)  # small values not worth a look-up (and 1 == True must stay apart)


def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


_CLAIM_FIELDS = _names(Claim)
_POINT_FIELDS = tuple(n for n in _names(Point) if n != "claim")


def shared(points: Iterable[Point]) -> Iterator[Point]:
    """``points`` as they come, each value equal to one seen before in this call replaced by that one (set
    on the freshly unpickled objects, which nothing else holds yet)."""
    memo: dict[Any, Any] = {}

    def one(v: Any) -> Any:
        if v is None or type(v) in _PLAIN:
            return v
        try:
            return memo.setdefault(v, v)
        except TypeError:  # an unhashable value is kept as it is
            return v

    put = object.__setattr__  # the objects are frozen dataclasses, just unpickled and not yet shared
    for p in points:
        c = p.claim
        for name in _CLAIM_FIELDS:
            put(c, name, one(getattr(c, name)))
        for name in _POINT_FIELDS:
            put(p, name, one(getattr(p, name)))
        yield p
