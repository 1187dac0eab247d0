"""Which country holds a listed place (the gazetteer's ``[within]`` table).

A figure whose own sentence names no place borrows one from the sentences before it or from the headline
(gold convention 7). What is found there is often the country ("Syria", "Afghanistan") where the report is
about a city or province inside it that it names again and again ("Raqqa", "Herat"): the country is then a
container of a place the same sentence names, and the more specific place is the figure's (where.py).
Containment comes from the gazetteer's ``[within]`` table (GeoNames country codes), so a place is only
narrowed to one the data says lies inside it. A document-wide "most often named place" was tried and dropped
(docs/extraction.md, Where).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from headcount.errors import LexiconError
from headcount.lexicons import load, validated


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
    for name, country in _coded_regions().items():
        out.setdefault(name, country)
    return out


def _coded_regions() -> dict[str, str]:
    """The regions and sites lexicons/places.toml codes by GeoNames country ("Rakhine" = "MM.01",
    "Azovstal" = "UA"), each mapped to the gazetteer's name of that country: the reconcile side's place
    keys already know which country holds them, and a region's containment is the same fact here. The
    code is read through CLDR's English territory names (Babel), as written or without CLDR's bracketed
    alternative ("Myanmar (Burma)") or with its spaced dash closed up ("Congo - Kinshasa")."""
    from babel import Locale

    from headcount.extract.place_countries import country_named

    names = Locale("en").territories
    out: dict[str, str] = {}
    places = load("places")
    regions = places.get("regions", {})
    spellings = {k: regions[v] for k, v in places.get("names", {}).items() if v in regions}
    for region, code in [*regions.items(), *spellings.items()]:
        cldr = names.get(str(code).split(".")[0])
        if cldr is None:
            continue
        for candidate in (cldr, cldr.split(" (")[0], cldr.replace(" - ", "-")):
            country = country_named(candidate)
            if country is not None:
                out[str(region).replace("’", "'")] = country
                break
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
