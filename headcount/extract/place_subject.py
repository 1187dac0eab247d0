"""A noun of place that is the subject of its clause ("the low-lying districts went without food for a
month, losing N residents"; "the island was cut off, leaving N without power").

place_parse.py reads a described place where a preposition of place or a verb of leaving or reaching
governs it. A clause can also be about a place by making it its subject: the figure's people are then in
that place, as they are in the object of "in". Only nouns that name an area (lexicons/places.toml
[where] place_nouns: districts, island, areas), not things that may be places ("the hospital said", "the
boat carried"): a thing as a subject is more often an agent or a vehicle than where the people counted are.
"""

from __future__ import annotations

from headcount.extract import linguistic
from headcount.extract.place_words import COUNTRY_NOUNS, PLACE_NOUNS, UNIT_NOUNS

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def place_subject(parse: linguistic.Analysis, k: int) -> bool:
    """Word ``k`` is a noun of an area that is the nominal subject of a verb (or of a copula), and not the
    noun of a unit or a state ("the city had a million residents", "the country has ..."): as a subject,
    that is an anaphor of the name before, which the paragraph already gives; written as a place of its
    own after that name ("on X, the city had ...") it would read as the name's apposition."""
    w = parse.words[k]
    noun = w.text.lower()
    return (w.dep in _SUBJECTS and parse.words[w.head].pos in ("VERB", "AUX")
            and noun in PLACE_NOUNS and noun not in UNIT_NOUNS and noun not in COUNTRY_NOUNS)
