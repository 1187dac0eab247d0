"""The counted noun of "put <noun> at N" ("the ministry put X's toll at 4,300").

In "put/place <noun> at N" the figure is the value of the verb's object: a possessor of that object
("X's toll") owns the figure as it owns a counted noun it determines (place_clauses.possessor_of_figure).
The verbs are lexicons/attribution.toml at_object_lemmas.
(The "with" clause the parser reads as a subordinate clause, once here, is in place_with_asides.py.)
"""

from __future__ import annotations

from functools import cache

from headcount.extract import linguistic
from headcount.lexicons import load


@cache
def _at_object_lemmas() -> frozenset[str]:
    return frozenset(load("attribution")["at_object_lemmas"])


def put_at_object(parse: linguistic.Analysis, k: int) -> int | None:
    """The object of "put <object> at N" when word ``k`` is the N, else None."""
    w = parse.words[k]
    if w.dep != "pobj" or w.pos != "NUM":
        return None
    at = w.head
    if parse.words[at].text.lower() != "at":
        return None
    verb = parse.words[at].head
    if parse.words[verb].lemma.lower() not in _at_object_lemmas():
        return None
    return next((c for c in parse.children(verb) if parse.words[c].dep == "dobj"), None)
