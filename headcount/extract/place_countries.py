"""Which country a place as written names: the gazetteer's country, its other written forms, and the
direction words before it ("eastern Democratic Republic of Congo" is the Democratic Republic of the Congo).

A country stands aside for a place the same sentence names inside it (where.py, ``_inner``); that needs to
know that the chosen place is a country at all, however the text spells it. The gazetteer lists GeoNames'
names ("Democratic Republic of the Congo"); news English writes others ("DR Congo", "Burma"), which the
gazetteer's ``[country_names]`` table maps to them. Names live there, not here.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from headcount.extract.place_words import DIRECTION, countries
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
    words and an article before it are dropped: "eastern X" is in X, and containment is the country's."""
    words = text.replace("’", "'").split()
    while words and (words[0] in DIRECTION or words[0].lower() == "the"):
        words = words[1:]
    name = " ".join(words)
    if name in countries():
        return name
    return _other_names().get(name)
