"""The registry's data: ``[parties.*]`` and ``[merged]`` tables of ``parties.toml`` and a user's overlay, validated.

Strings of an overlay replace the packaged ones, lists append, so a user can change a party's kind and add
aliases or members without copying the packaged entry. Errors name the file and the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from headcount.errors import ConfigError, LexiconError
from headcount.reconcile.party_model import KINDS, Party


def parties_from_data(data: Mapping[str, Any], *, where: str, overlay: Mapping[str, Any] | None = None,
                      overlay_where: str = "overlay") -> tuple[dict[str, Party], dict[str, str]]:
    """The parties and merges of the packaged data with an overlay laid on top (raises on invalid data)."""
    tables: dict[str, dict[str, Any]] = {}
    _merge(tables, data, where=where, error=LexiconError)
    if overlay is not None:
        _merge(tables, overlay, where=overlay_where, error=ConfigError)
    problems: list[str] = []
    for key, t in tables.items():
        for link in ("part_of", "speaks_for"):
            if t.get(link) and t[link] not in tables:
                problems.append(f"parties.{key}.{link}: no party {t[link]!r}")
    if problems:
        raise (ConfigError if overlay is not None else LexiconError)(
            "; ".join(problems), where=overlay_where if overlay is not None else where)
    parties = {
        key: Party(
            key=key, name=t["name"], kind=t["kind"], country=t.get("country"),
            aliases=tuple(t.get("aliases", ())), generic=tuple(t.get("generic", ())), bare=tuple(t.get("bare", ())),
            members=tuple(t.get("members", ())), part_of=t.get("part_of"),
            speaks_for=t.get("speaks_for"), outlets=tuple(t.get("outlets", ())),
        )
        for key, t in tables.items()
    }
    merged: dict[str, str] = {}
    for part, err, src in ((data, LexiconError, where), (overlay or {}, ConfigError, overlay_where)):
        merged.update(_merges(part, where=src, error=err))
    return parties, merged


def _merges(data: Mapping[str, Any], *, where: str,
            error: type[LexiconError] | type[ConfigError]) -> dict[str, str]:
    """The [merged] table of a registry file: {key of a party: key of the party it is one with}."""
    table = data.get("merged", {})
    if not isinstance(table, dict) or not all(isinstance(k, str) and isinstance(v, str) and k.strip() and v.strip()
                                              and k != v for k, v in table.items()):
        raise error("'merged' must be a table of party key = other party key", where=where)
    return dict(table)


_LIST_FIELDS = ("aliases", "generic", "bare", "members", "outlets")
_STR_FIELDS = ("name", "kind", "country", "part_of", "speaks_for")


def _merge(tables: dict[str, dict[str, Any]], data: Mapping[str, Any], *, where: str,
           error: type[LexiconError] | type[ConfigError]) -> None:
    """Lay one file's [parties.*] tables over ``tables``: strings replace, lists append. Validates as it goes."""
    parties = data.get("parties", {})
    if not isinstance(parties, dict):
        raise error("'parties' must be a table of tables", where=where)
    problems: list[str] = []
    for key, t in parties.items():
        if not isinstance(t, dict):
            problems.append(f"parties.{key} must be a table")
            continue
        unknown = set(t) - set(_LIST_FIELDS) - set(_STR_FIELDS)
        if unknown:
            problems.append(f"parties.{key}: unknown field(s) {', '.join(sorted(unknown))}")
        cur = tables.setdefault(key, {})
        for f in _STR_FIELDS:
            if f in t:
                if not isinstance(t[f], str) or not t[f].strip():
                    problems.append(f"parties.{key}.{f} must be a non-empty string")
                else:
                    cur[f] = t[f]
        for f in _LIST_FIELDS:
            if f in t:
                if not isinstance(t[f], list) or not all(isinstance(x, str) and x.strip() for x in t[f]):
                    problems.append(f"parties.{key}.{f} must be a list of non-empty strings")
                else:
                    cur[f] = [*cur.get(f, []), *t[f]]
        if "name" not in cur or "kind" not in cur:
            problems.append(f"parties.{key} needs a name and a kind")
        elif cur["kind"] not in KINDS:
            problems.append(f"parties.{key}.kind {cur['kind']!r} is not one of {', '.join(sorted(KINDS))}")
    if problems:
        raise error("; ".join(problems), where=where)

