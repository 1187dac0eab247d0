"""Whether a name after "on" is a medium ("posted on Telegram", "said in a statement on Al Arabiya") or
a place the recogniser mislabels ("the blaze on X", "a wildfire on X forces thousands to flee").

The small model labels many unlisted islands and towns ORG, the same label it gives outlets and
platforms. What tells them apart is what the "on" phrase hangs on: a medium is where something was said
or published, so its phrase hangs on a verb of reporting (by lemma: lexicons/attribution.toml
reporting_lemmas) or on a noun of a published item (lexicons/places.toml [where] medium_nouns), itself
or through the noun it modifies ("a video on X"); anywhere else ("the blaze on X") it says where.
"""

from __future__ import annotations

from functools import cache

from headcount.extract import linguistic
from headcount.lexicons import load


@cache
def _publishing_words() -> frozenset[str]:
    nouns = load("places")["where"]["medium_nouns"]
    return frozenset([*load("attribution")["reporting_lemmas"], *nouns])


def hangs_on_publishing(parse: linguistic.Analysis, on: int) -> bool:
    """The "on" word at ``on`` hangs on a verb of reporting or a noun of a published item, directly or
    through the noun it modifies ("said in a statement on X": statement)."""
    words = _publishing_words()
    k = parse.words[on].head
    for _ in range(2):
        w = parse.words[k]
        if w.lemma.lower() in words or w.text.lower() in words:
            return True
        if w.pos not in ("NOUN", "PROPN") or w.head == k:
            return False
        k = w.head
    return False
