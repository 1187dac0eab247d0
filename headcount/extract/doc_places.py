"""The document's places: which listed places it names, how often, and which country holds each.

A figure whose own sentence names no place borrows one from the sentences before it or from the headline
(gold convention 7). What is found there is often the country ("Syria", "Afghanistan") where the report is
about a city or province inside it that it names again and again ("Raqqa", "Herat"): the country is then a
container of the place the document is about, and the more specific place is the figure's. Containment
comes from the gazetteer's ``[within]`` table (GeoNames country codes), so a place is only narrowed to one
the data says lies inside it; names of no known country are never chosen.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache
from typing import Any

from headcount.errors import LexiconError
from headcount.lexicons import validated

# A run of one to four capitalised words (with inner hyphens and apostrophes), as place names are written.
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:of\s+|al-|el-)?[A-Z][\w'’-]*){0,3}")


def _validate(data: dict[str, Any]) -> list[str]:
    table = data.get("within")
    if not isinstance(table, dict) or not table:
        return ["'within' must be a table of country = [places]"]
    bad = [k for k, v in table.items()
           if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v)]
    return [f"within {k!r} must be a list of non-empty strings" for k in bad]


@cache
def country_of() -> dict[str, str]:
    """Each listed place name (as written, and in ASCII) mapped to the country that holds it."""
    data = validated("gazetteer", _validate)
    out: dict[str, str] = {}
    for country, places in data["within"].items():
        for p in places:
            out.setdefault(p.replace("’", "'"), country)
    if not out:
        raise LexiconError("no places under [within]", where="lexicons/gazetteer.toml")
    return out


def country_holding(place: str) -> str | None:
    """The country a place as written lies in, by its longest listed name ("eastern Aleppo city" -> Syria)."""
    table = country_of()
    words = place.replace("’", "'").split()
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            country = table.get(" ".join(words[i:i + n]))
            if country is not None:
                return country
    return None


@lru_cache(maxsize=16)
def named_places(text: str) -> Counter[str]:
    """How often the document names each listed place inside a country, by its longest listed name."""
    table = country_of()
    counts: Counter[str] = Counter()
    for m in _NAME_RUN.finditer(text.replace("’", "'")):
        words = m.group(0).split()
        i = 0
        while i < len(words):
            for n in range(len(words) - i, 0, -1):
                name = " ".join(words[i:i + n])
                if name in table:
                    counts[name] += 1
                    i += n
                    break
            else:
                i += 1
    return counts


def most_specific(country: str, text: str, at_least: int = 2) -> str | None:
    """The place inside ``country`` the document is about: the listed place in it the text names most
    often, at least ``at_least`` times (once may be a passing mention); None when there is none."""
    table = country_of()
    inside = [(n, name) for name, n in named_places(text).items()
              if n >= at_least and table[name] == country]
    if not inside:
        return None
    best = max(n for n, _ in inside)
    top = [name for n, name in inside if n == best]
    return top[0] if len(top) == 1 else None
