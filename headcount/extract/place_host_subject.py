"""The named subject of a verb of hosting ("X, 40 km west of Y, hosts 52,000 displaced people", "The Z
transit centre is hosting 9,000 refugees"): the people counted are there, so the subject is their place.

A subject is otherwise read as a party (a state that acts or speaks reports figures about anywhere), and
the recogniser often gives an unlisted town or camp in subject position no place label, so the figure
fell back to the paragraph's or the headline's place. The verbs are lexicons/places.toml [where]
hosting_lemmas; the subject must hold a proper noun (a bare "the camp" points back and is resolved as
any pointer is). The place is the subject's name with its determiner and modifiers, not an apposition
or a relative clause after it.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract import linguistic
from headcount.extract.place_words import NAMED, Place
from headcount.extract.sentences import Token
from headcount.lexicons import load

_HOSTING = frozenset(load("places")["where"]["hosting_lemmas"])
_LEFT_DEPS = frozenset({"det", "compound", "amod"})


def _counted_verb(parse: linguistic.Analysis, k: int) -> int | None:
    """The verb whose object the figure's noun phrase is (the number, through its noun)."""
    for _ in range(4):
        w = parse.words[k]
        if w.dep == "dobj":
            return w.head
        if w.head == k or w.dep not in ("nummod", "quantmod", "advmod", "compound", "amod", "det"):
            return None
        k = w.head
    return None


def host_subject(parse: linguistic.Analysis, tokens: Sequence[Token], text: str, fig_tok: int) -> Place | None:
    """The named subject of the hosting verb whose object the figure counts, as a place; else None."""
    fig = parse.word_at(tokens[fig_tok].start)
    if fig is None:
        return None
    verb = _counted_verb(parse, fig)
    if verb is None or parse.words[verb].lemma.lower() not in _HOSTING:
        return None
    subj = next((c for c in parse.children(verb) if parse.words[c].dep == "nsubj"), None)
    if subj is None:
        return None
    lo = subj
    while lo > 0 and parse.words[lo - 1].head == subj and parse.words[lo - 1].dep in _LEFT_DEPS:
        lo -= 1
    while lo > 0 and parse.words[lo - 1].dep in _LEFT_DEPS and parse.words[parse.words[lo - 1].head].head == subj:
        lo -= 1
    name = parse.words[lo : subj + 1]
    if not any(w.pos == "PROPN" for w in name) or name[-1].pos not in ("PROPN", "NOUN"):
        return None
    a = next((t for t, tok in enumerate(tokens) if tok.start >= name[0].start), None)
    b = next((t for t, tok in enumerate(tokens) if tok.end >= name[-1].end), None)
    if a is None or b is None:
        return None
    return Place(text[tokens[a].start : tokens[b].end], a, b + 1, False, False, NAMED)
