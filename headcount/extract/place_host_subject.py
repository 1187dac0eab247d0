"""The named subject of a verb of hosting ("X, 40 km west of Y, hosts 52,000 displaced people", "The Z
transit centre is hosting 9,000 refugees"): the people counted are there, so the subject is their place.

A subject is otherwise read as a party (a state that acts or speaks reports figures about anywhere), and
the recogniser often gives an unlisted town or camp in subject position no place label, so the figure
fell back to the paragraph's or the headline's place. The verbs are lexicons/places.toml [where]
hosting_lemmas; the subject must hold a proper noun (a bare "the camp" points back and is resolved as
any pointer is). The place is the subject's name with its determiner and modifiers, not an apposition
or a relative clause after it.

Only a subject that is itself a place hosts in this sense: the recogniser's place labels, or a name whose
head is a noun of place ("the X camp"). An agency or a state that shelters people ("the UNHCR is housing
5,000 refugees in Y") is a party, and the people are where the sentence puts them, so an organisation or
a person is never taken (review 9f), and a place named after the verb wins.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract import linguistic
from headcount.extract.place_parse import root_word
from headcount.extract.place_words import HOSTING_LEMMAS, NAMED, PLACE_NOUNS, Place
from headcount.extract.sentences import Token

_HOSTING = HOSTING_LEMMAS
_LEFT_DEPS = frozenset({"det", "compound", "amod"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_OWN_CLAUSE = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "ROOT"})


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


def _locates_verb(parse: linguistic.Analysis, tokens: Sequence[Token], p: Place, verb: int) -> bool:
    """The place follows the hosting verb and hangs on it or its object ("housing N refugees in Z"), not inside a clause
    of its own below them ("hosts N displaced people, most of whom fled Z": where they came from)."""
    if tokens[p.start].start < parse.words[verb].end:
        return False  # before the verb: the subject's own words ("X, 40 km west of Y, hosts")
    k = root_word(parse, tokens, p.start, p.end)
    for _ in range(8):
        if k is None or parse.words[k].dep in _OWN_CLAUSE:
            return False
        k = parse.words[k].head
        if k == verb:
            return True
    return False


def host_subject(parse: linguistic.Analysis, tokens: Sequence[Token], text: str, fig_tok: int,
                 places: Sequence[Place]) -> Place | None:
    """The named subject of the hosting verb whose object the figure counts, as a place; else None, and
    None too when the sentence names a place after the verb (``places``: "... hosts 600,000 refugees in
    camps near Z"), which is chosen as any other."""
    fig = parse.word_at(tokens[fig_tok].start)
    if fig is None:
        return None
    verb = _counted_verb(parse, fig)
    if verb is None or parse.words[verb].lemma.lower() not in _HOSTING:
        return None
    if any(p.described == NAMED and _locates_verb(parse, tokens, p, verb) for p in places):
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
    head = parse.words[subj]
    if head.lemma.lower() not in PLACE_NOUNS and not (head.ent_type in _PLACE_ENTITIES
                                                     and all(w.ent_type in _PLACE_ENTITIES for w in name
                                                             if w.pos == "PROPN")):
        return None  # a party that shelters people is no place ("the UNHCR is housing ...")
    a = next((t for t, tok in enumerate(tokens) if tok.start >= name[0].start), None)
    b = next((t for t, tok in enumerate(tokens) if tok.end >= name[-1].end), None)
    if a is None or b is None:
        return None
    return Place(text[tokens[a].start : tokens[b].end], a, b + 1, origin=False, of_people=False, described=NAMED)
