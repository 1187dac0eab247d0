"""Whether a name after "on" that the recogniser labels an organisation is a place ("the blaze on X", "a
wildfire on X forces thousands to flee", "battling the floods on X") rather than a medium ("posted on
Telegram") or a party acted against ("strikes on X", "an attack on X").

The small model labels many unlisted islands and towns ORG, the same label it gives outlets, platforms
and armed groups. Most "on ORG" phrases in crisis copy are not places: a medium is where something was
said, and "strike/attack/raid/sanctions on X" names a target. So the ORG is taken as a place only when
the "on" phrase says where a hazard struck: it hangs on a noun of a natural hazard or of fire
(attribution.toml hazard_nouns, places.toml [where] spreading_nouns), itself, through the noun it
modifies, or as the object of the verb it hangs on ("battling the floods on X"). Review 9f: the earlier
rule took any ORG whose "on" did not hang on a word of publishing, and so placed "strikes on <party>".
"""

from __future__ import annotations

from functools import cache

from headcount.extract import linguistic
from headcount.extract.place_words import SPREADING_NOUNS
from headcount.lexicons import load


@cache
def _hazard_words() -> frozenset[str]:
    return frozenset([*load("attribution")["hazard_nouns"], *SPREADING_NOUNS])


def says_where_hazard_struck(parse: linguistic.Analysis, on: int) -> bool:
    """The "on" word at ``on`` hangs on a noun of a hazard or of fire, directly, through the noun it
    modifies, or as the object of its verb ("battling the floods on X")."""
    words = _hazard_words()
    k = parse.words[on].head
    for _ in range(2):
        w = parse.words[k]
        if w.lemma.lower() in words or w.text.lower() in words:
            return True
        if w.pos in ("VERB", "AUX"):
            return any(parse.words[c].dep == "dobj" and parse.words[c].lemma.lower() in words
                       for c in parse.children(k))
        if w.pos not in ("NOUN", "PROPN") or w.head == k:
            return False
        k = w.head
    return False


_MEDIA_ENTITIES = frozenset({"ORG", "PRODUCT", "WORK_OF_ART"})


def medium(parse: linguistic.Analysis, k: int) -> bool:
    """A name after "on" that the recogniser reads as an organisation or a product ("posted on Telegram",
    "said on Al Arabiya") is where something was published, not a place; outlets and platforms are found
    this way rather than listed."""
    w = parse.words[k]
    return (w.dep == "pobj" and parse.words[w.head].text.lower() == "on" and w.ent_type in _MEDIA_ENTITIES
            and not says_where_hazard_struck(parse, w.head))  # not "the blaze on X"
