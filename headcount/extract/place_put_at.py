"""The counted noun of "put <noun> at N" ("the ministry put X's toll at 4,300"), and the places inside an
absolute "with" clause the parser reads as a subordinate clause ("..., with deaths also reported from Y").

In "put/place <noun> at N" the figure is the value of the verb's object: a possessor of that object
("X's toll") owns the figure as it owns a counted noun it determines (place_clauses.possessor_of_figure).
The verbs are lexicons/attribution.toml at_object_lemmas.

An absolute "with <subject> <participle>" adds facts beside the main clause; the small parser often makes
"with" the marker of an adverbial clause rather than a preposition, which place_clauses.absolute_places
does not read. A place inside it is where a part of the story happened, not the figure's.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from headcount.extract import linguistic
from headcount.extract.place_parse import root_word
from headcount.extract.place_words import Place
from headcount.extract.sentences import Token
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


def marked_with_places(parse: linguistic.Analysis, tokens: Sequence[Token], fig_tok: int,
                       places: Sequence[Place]) -> list[Place]:
    """The places inside an adverbial clause opened by "with" that does not hold the figure."""
    fig = parse.word_at(tokens[fig_tok].start)
    if fig is None:
        return []
    out: list[Place] = []
    for w in parse.words:
        if w.text.lower() != "with" or w.dep != "mark":
            continue
        verb = w.head
        if parse.words[verb].dep not in ("advcl", "conj"):
            continue
        lo, hi = parse.subtree(verb)
        if lo <= fig < hi:
            continue
        out.extend(p for p in places if (r := root_word(parse, tokens, p.start, p.end)) is not None and lo <= r < hi)
    return out
