"""The period a claim covers, as the clause reading (when.py) and the document passes (when_document.py)
both give it: its kind, the words that state it and the days they resolve to."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Period:
    kind: str | None
    text: str | None = None
    offset: int | None = None
    start: str | None = None
    end: str | None = None
    # what decided the kind when the document may still overrule it: "default" (nothing in the clause: the
    # increment is only a default), "toll" (a toll, which is a running total of a whole but an increment
    # of a single incident), "perfect" (only the perfect made a flow a running total: one incident's flow is
    # an increment)
    basis: str | None = None
