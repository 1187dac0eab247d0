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
from collections.abc import Sequence
from functools import cache

from headcount.reconcile.places import Place, _level, _proper, lookup, normalise_place

_MOUNT = re.compile(r"^(?:Mount|Mt\.?)\s+(?P<name>[A-Z].*)$")


def untitled(name: str) -> str:
    """A mountain's name without its title ("Mount Everest" -> "Everest"), as news writes it on second
    mention, unless the gazetteer knows the titled name as a place of its own (a town called "Mount X")."""
    m = _MOUNT.match(name)
    if m is None or lookup(name)[2]:
        return name
    return m.group("name")


# --- a facility or landmark named once and pointed back to ("the steelworks", "the mountain") --------------

# The title a name takes for the thing a head noun names ("Mount Everest" is a mountain): the text's
# "Mount X" is what "the mountain" points back to.
_TITLE_OF = {"mountain": "Mount", "peak": "Mount"}


@cache
def _pointer_heads() -> frozenset[str]:
    """Nouns of a facility or landmark that a definite description points back with ("the steelworks",
    "the plant", "the camp", "the mountain"): the extractor's described-place nouns (lexicons/places.toml
    [where] described) less the directions and the nouns of administrative units, whose "the city" or "the
    province" the document's main place already stands for; a camp is both and points back."""
    from headcount.extract.place_words import DESCRIBED_PLACES, DIRECTION, PLACE_NOUNS

    return frozenset(DESCRIBED_PLACES - DIRECTION - PLACE_NOUNS) | {"camp"}


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 4 and word != "steelworks" else word


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
    text that names "the Azovstal steelworks" -> Azovstal; "the mountain" after "Mount Everest" -> Everest;
    "Base Camp" after "Everest base camp" -> Everest/base camp).

    A careful reader keys a figure to the place it counts, and a definite description refers back to the
    named thing of its kind; the name is found as written before the same head noun ("X steelworks", "X
    steel plant") or in the title of its kind ("Mount X"). Only when the document names one such thing (the
    most often named when it names several, none on a tie). Failing that, the landmark the document's
    other figures are keyed to (``others``): the place they name most often, twice at least, that the
    gazetteer does not hold as a country or a city ("Everest"), which is what a report's "the mountain"
    or "Base Camp" is part of. Otherwise the description stays as written."""
    if place is None or not text:
        return place
    head = _pointer_head(place)
    if head is None:
        return place
    from headcount.extract.place_words import NOT_PLACE

    name = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    pats = [rf"\b(?P<name>{name})\s+(?:[a-z]+\s+)?(?i:{re.escape(head)}s?)\b"]
    if head in _TITLE_OF:
        pats.append(rf"\b(?P<name>{_TITLE_OF[head]}\s+[A-Z][\w'’-]*)")
    found: Counter[str] = Counter()
    places: dict[str, Place] = {}
    for pat in pats:
        for m in re.finditer(pat, text):
            words = m.group("name").split()
            while words and words[0].lower() in NOT_PLACE:
                words = words[1:]  # "The steelworks", "In Azovstal steelworks"
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
