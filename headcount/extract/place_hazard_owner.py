"""A place in the possessive before a noun of a natural hazard is where that hazard struck.

"X's seasonal downpours have drowned 63 herders", "Y's worst floods in a decade displaced 40,000": the possessive
says whose weather, that is where; the figure's sentence names no other place. Without this, the figure
borrowed the place of the sentences before (a district the story began with), or took the possessive only
as the last resort, after them. Not a noun of war or of an attack: "X's offensive" names the party that
wages it, which is not where the dead are (that stays the last resort, where.possessive_country).
Hazard nouns are attribution.toml hazard_nouns and places.toml [where] weather_nouns.

The possessive must modify the hazard noun itself: with a parse, the name's head is the hazard word; without
one, only modifiers may stand between, and a verb of saying ends the search ("X's president said floods have
killed ...": the president is X's, the floods need not be). Review, round 10: the first version let any three
lower-case words stand between, verbs included.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from headcount.extract import linguistic
from headcount.extract.place_words import gazetteer
from headcount.extract.sentences import Token
from headcount.lexicons import load

# lower-case modifiers allowed between the possessive and its noun ("X's long monsoon rains": two). Not tuned
# on data: the one text the rule moves (P2) has one; as many as the first version allowed.
_MODIFIERS_BETWEEN = 2


@cache
def _hazards() -> frozenset[str]:
    return frozenset([*load("attribution")["hazard_nouns"], *load("places")["where"]["weather_nouns"]])


@cache
def _saying() -> frozenset[str]:
    return frozenset(load("attribution")["reporting_verbs"])


def _owns(parse: linguistic.Analysis | None, name: Token, hazard: Token) -> bool:
    """With a parse, the possessive name's head is the hazard word (not "X's president said floods ...")."""
    if parse is None:
        return True
    k = parse.word_at(name.start)
    return k is not None and parse.words[parse.words[k].head].start == hazard.start


def hazard_owner(tokens: Sequence[Token], fig_tok: int, parse: linguistic.Analysis | None = None) -> str | None:
    """The known name in the possessive before a hazard noun that comes before the figure, if any."""
    known = gazetteer()
    hazards = _hazards()
    saying = _saying()
    for i, t in enumerate(tokens[:fig_tok]):
        raw = t.text.replace("’", "'")
        if not (raw.endswith("'s") and len(raw) > 3 and raw[0].isupper()):
            continue
        name = raw[:-2]
        if (name,) not in known.get(name, ()):
            continue
        for k in range(i + 1, min(fig_tok, i + 2 + _MODIFIERS_BETWEEN)):
            word = tokens[k].text
            if word.lower() in hazards and word.islower():
                if _owns(parse, t, tokens[k]):
                    return name
                break
            if not (word.isalpha() and word.islower()) or word in saying:
                break
    return None
