"""A place in the possessive before a noun of a natural hazard is where that hazard struck.

"X's long rains have killed 188 people", "Y's worst floods in a decade displaced 40,000": the possessive
says whose weather, that is where; the figure's sentence names no other place. Without this, the figure
borrowed the place of the sentences before (a district the story began with), or took the possessive only
as the last resort, after them. Not a noun of war or of an attack: "X's offensive" names the party that
wages it, which is not where the dead are (that stays the last resort, where.possessive_country).
Hazard nouns are attribution.toml hazard_nouns and places.toml [where] weather_nouns.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from headcount.extract.place_words import gazetteer
from headcount.extract.sentences import Token
from headcount.lexicons import load

# lower-case words allowed between the possessive and its noun ("X's long monsoon rains")
_REACH = 3


@cache
def _hazards() -> frozenset[str]:
    return frozenset([*load("attribution")["hazard_nouns"], *load("places")["where"]["weather_nouns"]])


def hazard_owner(tokens: Sequence[Token], fig_tok: int) -> str | None:
    """The known name in the possessive before a hazard noun that comes before the figure, if any."""
    known = gazetteer()
    hazards = _hazards()
    for i, t in enumerate(tokens[:fig_tok]):
        raw = t.text.replace("’", "'")
        if not (raw.endswith("'s") and len(raw) > 3 and raw[0].isupper()):
            continue
        name = raw[:-2]
        if (name,) not in known.get(name, ()):
            continue
        for k in range(i + 1, min(fig_tok, i + 1 + _REACH)):
            word = tokens[k].text
            if word.lower() in hazards and word.islower():
                return name
            if not (word.isalpha() and word.islower()):
                break
    return None
