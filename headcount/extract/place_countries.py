"""Which country a place as written names: the gazetteer's country, its other written forms, and the
direction words before it ("eastern Democratic Republic of Congo" is the Democratic Republic of the Congo).

A country stands aside for a place the same sentence names inside it (where.py, ``_inner``); that needs to
know that the chosen place is a country at all, however the text spells it. The gazetteer lists GeoNames'
names ("Democratic Republic of the Congo"); news English writes others ("DR Congo", "Burma"), which the
gazetteer's ``[country_names]`` table maps to them. Names live there, not here.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from headcount.extract.place_words import COUNTRY_NOUNS, DIRECTION, POINTING, countries
from headcount.extract.sentences import Token
from headcount.lexicons import validated


def _validate(data: dict[str, Any]) -> list[str]:
    table = data.get("country_names", {})
    if not isinstance(table, dict):
        return ["'country_names' must be a table of written name = country"]
    known = {c.replace("’", "'") for c in data.get("countries", [])}
    return [f"country_names {k!r} must map to a listed country" for k, v in table.items()
            if not isinstance(v, str) or v not in known]


@cache
def _other_names() -> dict[str, str]:
    data = validated("gazetteer", _validate)
    return {k.replace("’", "'"): v for k, v in data.get("country_names", {}).items()}


def country_named(text: str) -> str | None:
    """The gazetteer's name of the country the place names, or None when it names no country. Direction
    words (in any case: "Eastern X" opens a title) and an article before it are dropped: "eastern X" is
    in X, and containment is the country's."""
    words = text.replace("’", "'").split()
    while words:
        # the whole name first: "North Korea", "South Sudan" hold a direction word of their own
        name = " ".join(words)
        if name in countries():
            return name
        if name in _other_names():
            return _other_names()[name]
        if not (words[0].lower() in DIRECTION or words[0].lower() == "the"):
            return None
        words = words[1:]
    return None


def country_pointer(text: str) -> bool:
    """The place as written is a definite noun of a state ("the country", "this nation", "our country")."""
    words = text.lower().split()
    return len(words) == 2 and words[0] in POINTING and words[1] in COUNTRY_NOUNS


def country_noun(text: str) -> bool:
    """The place as written is headed by a noun of a state ("a country", "the whole nation")."""
    words = text.lower().split()
    return bool(words) and words[-1] in COUNTRY_NOUNS


def country_in(tokens: Sequence[Token], end: int | None = None) -> str | None:
    """The last country named (as written, in any role: "Lebanon says ...") among the first ``end`` tokens:
    what "the country" after it points back to. A name of up to four words, the longest first."""
    stop = len(tokens) if end is None else end
    for i in range(stop - 1, -1, -1):
        for n in (4, 3, 2, 1):
            if i - n + 1 < 0:
                continue
            name = " ".join(t.text for t in tokens[i - n + 1 : i + 1])
            if name.replace("’", "'").endswith("'s"):
                name = name[:-2]
            if name[:1].isupper() and country_named(name) is not None and " ".join(name.split()[:1]).lower() != "the":
                return name
    return None
