"""Read gold annotation files (``../shared/gold/*.jsonl``) into checked records.

Gold files are hand-made, so they are untrusted input: every line is validated here and a bad one gives an
``InputError`` naming ``file:line`` and the field, in one line, instead of a KeyError deep inside the
scorer. The records keep exactly what the referee (``eval/score.py``) reads, plus the text so offsets can
be checked.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from headcount.errors import InputError
from headcount.models import Event, Modality, PeriodKind

_EVENTS = frozenset(e.value for e in Event)
_MODALITIES = frozenset(m.value for m in Modality)
_PERIOD_KINDS = frozenset(p.value for p in PeriodKind)
_KNOWN_FIELDS = frozenset({"id", "text", "claims", "url", "outlet", "published", "title"})


@dataclass(frozen=True, slots=True)
class GoldClaim:
    """One annotated count of people (FORMAT.md, "Annotation rules")."""

    figure: str
    start: int
    low: float | None
    high: float | None
    approx: bool
    category: str
    event: str
    modality: str
    location: str | None
    source: tuple[str, ...]
    parent: int | None
    period_kind: str | None = None
    has_period_kind: bool = field(default=False, metadata={"help": "the line carries period_kind (scored)"})

    @property
    def end(self) -> int:
        return self.start + len(self.figure)


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One annotated text with its claims, and the metadata the extractor is given."""

    id: str
    text: str
    claims: tuple[GoldClaim, ...]
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict, compare=False,
                                    metadata={"help": "the line's other top-level string fields (event_name)"})


def _fail(where: str, message: str) -> InputError:
    return InputError(message, where=where)


def _opt_str(d: Mapping[str, Any], key: str, where: str) -> str | None:
    v = d.get(key)
    if v is not None and not isinstance(v, str):
        raise _fail(where, f"'{key}' must be a string or null, not {type(v).__name__}")
    return v


def _number(v: Any, key: str, where: str) -> float | None:
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise _fail(where, f"'{key}' must be a number or null, not {v!r}")
    return v


def _claim(c: Any, text: str, n_claims: int, i: int, where: str) -> GoldClaim:
    w = f"{where}: claim {i}"
    if not isinstance(c, dict):
        raise _fail(w, "a claim must be a JSON object")
    for key in ("figure", "start", "low", "high", "approx", "category", "event", "modality", "location",
                "source", "parent"):
        if key not in c:
            raise _fail(w, f"missing '{key}'")
    figure, start = c["figure"], c["start"]
    if not isinstance(figure, str) or not figure:
        raise _fail(w, "'figure' must be a non-empty string")
    if isinstance(start, bool) or not isinstance(start, int) or start < 0:
        raise _fail(w, f"'start' must be a non-negative integer, not {start!r}")
    if text[start:start + len(figure)] != figure:
        raise _fail(w, f"text at {start} is {text[start:start + len(figure)]!r}, not the figure {figure!r}")
    if not isinstance(c["approx"], bool):
        raise _fail(w, "'approx' must be true or false")
    if not isinstance(c["category"], str) or not c["category"]:
        raise _fail(w, "'category' must be a non-empty string")
    if c["event"] not in _EVENTS:
        raise _fail(w, f"'event' {c['event']!r} is not one of {', '.join(sorted(_EVENTS))}")
    if c["modality"] not in _MODALITIES:
        raise _fail(w, f"'modality' {c['modality']!r} is not one of {', '.join(sorted(_MODALITIES))}")
    source = c["source"]
    if not isinstance(source, list) or not all(isinstance(s, str) for s in source):
        raise _fail(w, "'source' must be a list of names ([] for the outlet's own voice)")
    parent = c["parent"]
    if parent is not None and (isinstance(parent, bool) or not isinstance(parent, int)
                               or not 0 <= parent < n_claims or parent == i):
        raise _fail(w, f"'parent' must be null or the index of another claim, not {parent!r}")
    period_kind = c.get("period_kind")
    if period_kind is not None and period_kind not in _PERIOD_KINDS:
        raise _fail(w, f"'period_kind' {period_kind!r} is not one of {', '.join(sorted(_PERIOD_KINDS))}")
    return GoldClaim(
        figure=figure,
        start=start,
        low=_number(c["low"], "low", w),
        high=_number(c["high"], "high", w),
        approx=c["approx"],
        category=c["category"],
        event=c["event"],
        modality=c["modality"],
        location=_opt_str(c, "location", w),
        source=tuple(source),
        parent=parent,
        period_kind=period_kind,
        has_period_kind="period_kind" in c,
    )


def parse_gold_line(line: str, where: str) -> GoldDocument:
    """One gold JSONL line -> GoldDocument; ``where`` ("file:line") prefixes any error."""
    try:
        d = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _fail(where, f"not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(d, dict):
        raise _fail(where, "a gold line must be a JSON object")
    doc_id, text, claims = d.get("id"), d.get("text"), d.get("claims")
    if not isinstance(doc_id, str) or not doc_id:
        raise _fail(where, "missing or empty 'id'")
    if not isinstance(text, str):
        raise _fail(where, f"document {doc_id}: missing 'text'")
    if not isinstance(claims, list):
        raise _fail(where, f"document {doc_id}: 'claims' must be a list")
    return GoldDocument(
        id=doc_id,
        text=text,
        claims=tuple(_claim(c, text, len(claims), i, f"{where}: {doc_id}") for i, c in enumerate(claims)),
        url=_opt_str(d, "url", where),
        outlet=_opt_str(d, "outlet", where),
        published=_opt_str(d, "published", where),
        title=_opt_str(d, "title", where),
        meta={k: v for k, v in d.items() if k not in _KNOWN_FIELDS and isinstance(v, str)},
    )


def iter_gold(path: str | Path) -> Iterator[GoldDocument]:
    """Yield the documents of a gold file in order; raises InputError at the first bad line."""
    p = Path(path)
    try:
        fh = p.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read gold file ({exc.strerror or exc})", where=str(p)) from None
    with fh:
        try:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    yield parse_gold_line(line, f"{p}:{n}")
        except UnicodeDecodeError as exc:
            raise InputError(f"not UTF-8 text (byte {exc.start} of a line)", where=str(p)) from None


def load_gold(path: str | Path) -> dict[str, GoldDocument]:
    """All documents of a gold file by id, in file order; a repeated id is an error."""
    docs: dict[str, GoldDocument] = {}
    for doc in iter_gold(path):
        if doc.id in docs:
            raise InputError(f"document id {doc.id!r} appears twice", where=str(path))
        docs[doc.id] = doc
    return docs
