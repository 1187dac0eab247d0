"""Rule data: word tables and patterns kept as TOML files beside this module, validated when loaded.

Rules are data so that a reviewer can read and change them without reading code, and so that each claim
can record the version of the rules that produced it (``headcount.extract.version`` digests every rule file).
TOML is in the standard library (tomllib) and allows comments next to each entry, which is why it was
chosen over YAML or JSON.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from typing import Any

from headcount.errors import LexiconError

Validator = Callable[[dict[str, Any]], Iterable[str]]


@cache
def load(name: str) -> dict[str, Any]:
    """Load ``headcount/lexicons/<name>.toml`` (cached), raising LexiconError on a parse error."""
    ref = resources.files(__package__).joinpath(f"{name}.toml")
    try:
        return tomllib.loads(ref.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LexiconError("no such rule file", where=f"lexicons/{name}.toml") from None
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"not valid TOML: {exc}", where=f"lexicons/{name}.toml") from None


def validated(name: str, validate: Validator) -> dict[str, Any]:
    """Load a rule file and run ``validate`` over it; every problem found is reported in one error."""
    data = load(name)
    problems = list(validate(data))
    if problems:
        raise LexiconError("; ".join(problems), where=f"lexicons/{name}.toml")
    return data


def words(data: dict[str, Any], key: str, *, where: str) -> list[str]:
    """A non-empty list of non-empty strings under ``key`` (refuses an empty group, like trafilatura's xpaths)."""
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{key!r} must be a non-empty list of non-empty strings", where=where)
    return value
