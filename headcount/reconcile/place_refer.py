"""A place written as a description or with a title, keyed to the named place it stands for.

A report names a facility or landmark once ("the X steel plant", "Mount X") and then points back to it with
a definite description ("the plant", "the mountain", "Base Camp"); news also drops a mountain's title on
second mention ("X"). These readings need the whole document (the text, the document's other places) or
the gazetteer's judgement of the name left without its title, not just the location as written, so they
live apart from places.py, which folds one location to a key: that module calls :func:`untitled` for a
name, and a series (series.py) calls :func:`refer_back` with the document.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from headcount.lexicons import validated
from headcount.lexicons import words as word_list
from headcount.reconcile.place_sets import counts_places_in
from headcount.reconcile.places import Place, _level, _proper, lookup, normalise_place


def _validate_landmarks(data: dict[str, Any]) -> Iterable[str]:
    table = data.get("landmarks")
    if not isinstance(table, dict) or not isinstance(table.get("titles"), dict) or not table["titles"]:
        yield "[landmarks] must be a table with a [landmarks.titles] table"
        return
    for w in word_list(table, "facility_nouns", where="lexicons/places.toml [landmarks] facility_nouns"):
        if w != w.lower():
            yield f"[landmarks] facility_nouns: {w!r} must be lower-case"
    for noun in table["titles"]:
        for t in word_list(table["titles"], noun, where=f"lexicons/places.toml [landmarks.titles] {noun}"):
            if not t[:1].isupper() or " " in t:
                yield f"[landmarks.titles] {noun}: {t!r} must be one capitalised word"


@cache
def facility_nouns() -> tuple[str, ...]:
    """The facility nouns a key drops after a name (lexicons/places.toml [landmarks]), longest first."""
    table = validated("places", _validate_landmarks)["landmarks"]
    return tuple(sorted(table["facility_nouns"], key=lambda w: (-len(w), w)))


@cache
def _titles() -> dict[str, tuple[str, ...]]:
    """{landmark noun: its titles, the full form first} (lexicons/places.toml [landmarks.titles])."""
    table = validated("places", _validate_landmarks)["landmarks"]["titles"]
    return {noun: tuple(titles) for noun, titles in table.items()}


def _title_pattern(titles: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(t) for t in sorted(set(titles), key=len, reverse=True)) + ")"


@cache
def _titled() -> re.Pattern[str]:
    """A name with a landmark's title before it, and the full form of each title."""
    every = [t for titles in _titles().values() for t in titles]
    return re.compile(rf"^(?P<title>{_title_pattern(every)})\s+(?P<name>[A-Z].*)$")


def titled(name: str) -> bool:
    """The name is a landmark's, with its title ("Mount X", "Mt. X")."""
    return _titled().match(name) is not None


def untitled(name: str) -> str:
    """A landmark's name without its title ("Mount X" -> "X"), as news writes it on second mention; but the
    name whole, its title in full ("Mt. X" -> "Mount X"), where the gazetteer knows the titled name as a
    place of its own (a town called "Mount X"), or knows the name left as a country or a populated place:
    a mountain named after a country or a town is not that country or town."""
    m = _titled().match(name)
    if m is None or lookup(name)[2]:
        return name
    rest = m.group("name")
    if lookup(rest)[2]:
        full = next((ts[0] for ts in _titles().values() if m.group("title") in ts), m.group("title"))
        return f"{full} {rest}"
    return rest


# --- a facility or landmark named once and pointed back to ("the steelworks", "the mountain") --------------

@cache
def _pointer_heads() -> frozenset[str]:
    """Nouns of a facility or landmark that a definite description points back with ("the steelworks",
    "the plant", "the camp", "the mountain"): the extractor's described-place nouns (lexicons/places.toml
    [where] described) less the directions and the nouns of administrative units, whose "the city" or "the
    province" the document's main place already stands for; a camp is both and points back."""
    from headcount.extract.place_words import DESCRIBED_PLACES, DIRECTION, PLACE_NOUNS

    return frozenset(DESCRIBED_PLACES - DIRECTION - PLACE_NOUNS) | {"camp"}


def _singular(word: str) -> str:
    """A plural noun's singular by its -s; a facility noun of the lexicon in -s is not a plural."""
    if word.endswith("s") and not word.endswith("ss") and len(word) > 4 and word not in facility_nouns():
        return word[:-1]
    return word


def _pointer_head(place: Place) -> str | None:
    """The head noun of a location that is only a description of a facility or landmark ("steelworks",
    "metal plant", "Base Camp"), not a name: every word lower-case, or every word a noun of place."""
    if place.known or place.part is not None:
        return None
    words = place.name.replace("'", " ").split()
    if not words or len(words) > 3:
        return None
    heads = _pointer_heads()
    from headcount.extract.place_words import DESCRIBED_PLACES

    lower = place.name == place.name.lower()
    if not lower and not all(_singular(w.lower()) in DESCRIBED_PLACES for w in words):
        return None
    head = _singular(words[-1].lower())
    return head if head in heads else None


def refer_back(place: Place | None, text: str, others: Sequence[Place | None] = ()) -> Place | None:
    """A description of a facility or landmark keyed to the one the document names ("the steelworks" in a
    text that names "the X steelworks" -> X; "the mountain" after "Mount Y" -> Y; "Base Camp" after "Y base
    camp" -> Y).

    A careful reader keys a figure to the place it counts, and a definite description refers back to the
    named thing of its kind; the name is found as written before the same head noun ("X steelworks", "X
    steel plant") or in the title of its kind ("Mount X"). Only when the document names one such thing (the
    most often named when it names several, none on a tie). Failing that, the landmark the document's
    other figures are keyed to (``others``): the place they name most often, twice at least, that the
    gazetteer does not hold as a country or a city (a mountain's name), which is what a report's "the mountain"
    or "Base Camp" is part of. Otherwise the description stays as written.

    A location that counts places ("seven provinces") refers to no one place: None
    (``place_sets.counts_places_in``)."""
    if place is None or not text:
        return place
    if not place.known and counts_places_in(place.name, text):
        return None
    head = _pointer_head(place)
    if head is None:
        return place
    from headcount.extract.place_words import NOT_PLACE

    name = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    pats = [rf"\b(?P<name>{name})\s+(?:[a-z]+\s+)?(?i:{re.escape(head)}s?)\b"]
    if head in _titles():
        pats.append(rf"\b(?P<name>{_title_pattern(_titles()[head])}\s+[A-Z][\w'’-]*)")
    found: Counter[str] = Counter()
    places: dict[str, Place] = {}
    for pat in pats:
        for m in re.finditer(pat, text):
            words = m.group("name").split()
            while words and words[0].lower() in NOT_PLACE:
                words = words[1:]  # "The steelworks", "In X steelworks"
            if not words:
                continue
            # the name with its head noun, whose tail the key drops ("X steel plant", "X Base Camp" -> X);
            # where none is dropped ("X camps"), the name without it
            p = normalise_place(" ".join(words) + m.group()[len(m.group("name")):])
            if p is not None and p.name.lower().endswith((head, head + "s")):
                p = normalise_place(" ".join(words))
            if p is None or p.key == place.key or _pointer_head(p) is not None or not _proper(p.name):
                continue
            found[p.key] += 1
            places[p.key] = p
    if not found:
        found, places = _landmarks(others)
    if not found:
        return place
    ranked = found.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return place
    return places[ranked[0][0]]


def _landmarks(others: Sequence[Place | None]) -> tuple[Counter[str], dict[str, Place]]:
    """The document's named places that are neither a country nor a city the gazetteer knows, by count."""
    found: Counter[str] = Counter()
    places: dict[str, Place] = {}
    for p in others:
        if p is None or p.part is not None or _pointer_head(p) is not None or not _proper(p.name):
            continue
        if p.known and _level(p.name)[3] in ("country", "city"):
            continue
        found[p.key] += 1
        places[p.key] = p
    # named once is no landmark the report is about (a town the evacuees were taken to)
    return Counter({k: n for k, n in found.items() if n >= 2}), places
