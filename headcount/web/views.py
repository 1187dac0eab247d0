"""Plain dicts for the API and the pages: one shape, so the pages show what the API says.

Pure functions over reconcile's records; nothing here reads the database (``headcount.web.reads`` does).
"""

from __future__ import annotations

import hashlib
import math
from typing import Any

from headcount.reconcile.findings import Finding
from headcount.reconcile.labels import key_label as key_label
from headcount.reconcile.series import Series
from headcount.reconcile.track_record import Settled, TrackRecord
from headcount.store.web_index import PALETTE, _num, report_dict

__all__ = ["PALETTE", "back_link", "finding_id", "finding_id_of", "invalid_words", "key_label", "plural", "report_dict",
           "series_summary", "settled_dict", "track_dict"]



def series_summary(s: Series) -> dict[str, Any]:
    d = s.summary()
    d.update(event=s.key.event, group=s.key.group, place=s.key.place, label=key_label(s.key))
    return d


def settled_dict(s: Settled) -> dict[str, Any]:
    return {"key": s.key, "low": _num(s.low), "high": _num(s.high), "as_of": s.as_of, "note": s.note}


def finding_id(f: Finding) -> str:
    """A finding's id in URLs and the API: a hash of its type, key and claims (the same on every worker and
    after a refresh that stores it again under another row id)."""
    return finding_id_of(str(f.type), f.key, f.claims)


def finding_id_of(type: str, key: str, claims: tuple[str, ...]) -> str:
    """``finding_id`` from a finding's parts (a stored row, without building the ``Finding``)."""
    basis = "\x1f".join((type, key, *claims))
    return hashlib.sha256(basis.encode()).hexdigest()[:12]


def track_dict(t: TrackRecord) -> dict[str, Any]:
    return {
        "party": t.party, "name": t.name, "kind": t.kind, "scored": t.scored,
        "median_abs_error": round(t.median_abs_error, 4), "bias": round(t.bias, 4),
        "typical_factor": round(t.typical_factor, 3),
        "scores": [{"key": s.key, "report": s.report_id, "claims": list(s.claims), "claimed": _num(s.claimed),
                    "error": round(s.error, 4), "factor": round(math.exp(s.error), 3)} for s in t.scores],
    }


def invalid_words(error: dict[str, Any]) -> str:
    """One validation error in plain words ("since must be a date as YYYY-MM-DD, not '12/01'"), not the
    validator's message ("String should match pattern ...")."""
    loc = [str(x) for x in error.get("loc", ()) if x not in ("body", "query", "path", "form")]
    field = loc[-1] if loc else "the input"
    kind = str(error.get("type", ""))
    ctx = error.get("ctx") or {}
    given = error.get("input")
    shown = f", not {given!r}" if isinstance(given, str | int | float) and given != "" else ""
    if kind == "missing":
        return f"{field} is missing"
    if kind == "string_pattern_mismatch":
        if r"\d{4}" in str(ctx.get("pattern", "")):
            return f"{field} must be a date as YYYY-MM-DD (or YYYY-MM, or YYYY){shown}"
        return f"{field} is not in the expected form{shown}"
    if kind in ("int_parsing", "float_parsing", "int_type", "float_type", "int_from_float"):
        return f"{field} must be a {'whole ' if kind.startswith('int') else ''}number{shown}"
    if kind in ("greater_than_equal", "greater_than"):
        return f"{field} must be at least {ctx.get('ge', ctx.get('gt'))}{shown}"
    if kind in ("less_than_equal", "less_than"):
        return f"{field} must be at most {ctx.get('le', ctx.get('lt'))}{shown}"
    if kind == "string_too_long":
        return f"{field} is longer than {ctx.get('max_length')} characters"
    if kind in ("literal_error", "enum"):
        return f"{field} must be one of {ctx.get('expected', 'the listed values')}{shown}"
    return f"{field}: {error.get('msg', 'not valid')}"


def back_link(referer: str | None, host: str | None, here: str) -> str | None:
    """Where "back" goes from an error page: the page the user came from on this site (not this one)."""
    from urllib.parse import urlsplit

    if not referer or not host:
        return None
    parts = urlsplit(referer)
    if parts.netloc != host or not parts.path.startswith("/") or parts.path.startswith("/api"):
        return None
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return None if path == here else path


def plural(n: Any, word: str) -> str:
    """``1 outlet``, ``2 outlets``, ``1 party``, ``3 parties``, ``2 series``."""
    count = len(n) if isinstance(n, list | tuple | dict | set) else n
    if count == 1 or word.endswith("series"):
        return f"{count} {word}"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return f"{count} {word[:-1]}ies"
    return f"{count} {word}s"
