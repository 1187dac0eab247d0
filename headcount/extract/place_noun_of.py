"""The name in "the <description> <noun of place> of <Name>" ("the remote Pacific island of X", "the
northern Zambian town of Y"): the name is the place, the words before the noun only describe it.

A name-shaped adjective inside the description ("Pacific", "Zambian", "Puerto Rican") looks like a name to
the shapes of place_shapes.py, which then take it for the place, while the named place after "of" is
left out or loses on distance. Gold convention 7 writes the place as the text names it, and the text
names it after "of" (the dev error it was built from: crisis-106).
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract.place_words import NOT_PLACE, Place, validate_places
from headcount.extract.sentences import Token
from headcount.lexicons import validated

# lexicons/places.toml [where] named_of
_NAMED_OF = frozenset(validated("places", validate_places)["where"]["named_of"])


def _name_after_of(tokens: Sequence[Token], words: Sequence[str], k: int) -> tuple[int, int] | None:
    """The capitalised name that starts at ``k`` (after an optional "the"), as token bounds."""
    n = len(words)
    if k < n and words[k] == "the":
        k += 1
    e = k
    while e < n and tokens[e].text[:1].isupper() and tokens[e].text.replace("-", "").isalpha() \
            and words[e] not in NOT_PLACE:
        e += 1
    return (k, e) if e > k else None


def named_after_noun(found: Sequence[Place], tokens: Sequence[Token], words: Sequence[str],
                     text: str) -> list[Place]:
    """Each place that is only the describing words before "<unit noun> of <Name>" gives way to the
    name; the name keeps the describing place's roles (an origin stays an origin). Only a singular
    noun of an administrative or settled unit (island, city, town, village, province): "the coast of",
    "the parts of" name a part of a place, not the place itself."""
    out: list[Place] = []
    for p in found:
        e = p.end
        if (e + 1 < len(words) and words[e] in _NAMED_OF
                and words[e + 1] == "of"):
            name = _name_after_of(tokens, words, e + 2)
            if name is not None:
                a, b = name
                out.append(Place(text[tokens[a].start : tokens[b - 1].end], a, b, p.origin, p.of_people,
                                 p.described))
                continue
        out.append(p)
    return out
