"""People a vessel's manifest lists: "its manifest listed 152 passengers and six crew members", "the
passenger list shows 60 names", "40 people were on the manifest".

A manifest (or a passenger list, a roster) records who was aboard: the people it lists are a stock present
on the vessel, `population` by gold convention 5 (people present at a place), like "on board" and "aboard"
in the trigger lexicon. Read from the parse: the counted noun is the object of a verb whose subject is a
noun of such a list, or the subject of "be" with "on" the list. Without a model nothing changes.
"""

from __future__ import annotations

from collections.abc import Collection

from headcount.extract.linguistic import Analysis
from headcount.extract.what_parse import counted_noun

# Nouns of a list of those aboard (lemmas)
_LISTS = frozenset({"manifest", "roster", "register"})
_CONJUNCT_REACH = 3  # "152 passengers and six crew members": the second conjunct hangs from the first


def on_manifest(parse: Analysis, k: int) -> bool:
    """The figure whose number is word ``k`` counts people a manifest lists."""
    noun = counted_noun(parse, k)
    for _ in range(_CONJUNCT_REACH):
        if parse.words[noun].dep != "conj" or parse.words[noun].head == noun:
            break
        noun = parse.words[noun].head  # a conjunct shares its first conjunct's role
    word = parse.words[noun]
    if word.head == noun:
        return False
    v = word.head
    if word.dep == "dobj":
        return any(parse.words[c].dep == "nsubj" and _is_list(parse, c) for c in parse.children(v))
    if word.dep == "nsubj" and parse.words[v].lemma == "be":
        return any(parse.words[p].lemma == "on" and any(_is_list(parse, o) for o in parse.children(p))
                   for p in parse.children(v) if parse.words[p].dep == "prep")
    return False


def _is_list(parse: Analysis, x: int) -> bool:
    """A manifest or roster, or a passenger list ("the passenger list", "its passenger manifest")."""
    w = parse.words[x]
    lemma = w.lemma.lower()
    if lemma in _LISTS:
        return True
    return lemma == "list" and any(parse.words[c].lemma.lower() in ("passenger", "crew")
                                   for c in parse.children(x))


def population_of_toll(parse: Analysis, k: int, event_nouns: Collection[str]) -> bool:
    """"165 deaths among its 241,000 pilgrims": a figure in an "among" phrase with a possessive, on a noun
    of an event ("deaths", "casualties"), counts the group the toll is taken from, a population (gold
    convention 5), not a part of the toll. Without the possessive ("deaths among 300 migrants") the
    people may be the dead themselves."""
    noun = k
    while parse.words[noun].dep in ("nummod", "quantmod", "compound") and parse.words[noun].head != noun:
        noun = parse.words[noun].head  # the number's own noun, not the phrase it hangs in
    word = parse.words[noun]
    if word.dep != "pobj" or word.head == noun:
        return False
    prep = parse.words[word.head]
    if prep.lemma != "among" or prep.head == word.head:
        return False
    if parse.words[prep.head].text.lower() not in event_nouns:
        return False
    return any(parse.words[c].dep == "poss" for c in parse.children(noun))
