"""Optional tables of word lists in a language file (lexicons/lang/<code>.toml), read and checked one way.

Why: each rule module of the Romance languages (without, remain, crossing, capacity, others) read its own optional
table with its own check function and cache, the same dozen lines each time (round-11 review). A table here is
optional; each named key, when present, must be a list of non-empty strings, and a missing key is an empty list.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from headcount.extract.languages import read_lang_file


@cache
def word_lists(language: str, table: str, keys: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The lists ``keys`` of the optional ``[table]`` of ``language``'s file; LexiconError names a malformed one."""
    def check(data: dict[str, Any]) -> list[str]:
        found = data.get(table, {})
        if not isinstance(found, dict):
            return [f"[{table}] must be a table"]
        return [f"[{table}] {k} must be a list of words" for k in keys if not (
            isinstance(words := found.get(k, []), list) and all(isinstance(w, str) and w for w in words))]

    data = read_lang_file(language, language, check).get(table, {})
    return {k: tuple(data.get(k, [])) for k in keys}
