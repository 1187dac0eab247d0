"""People a vessel's manifest lists: "the boat's manifest showed 97 passengers and five crew members", "the
passenger list shows 60 names", "40 people were on the manifest".

A manifest (or a passenger list, a roster) records who was aboard: the people it lists are a stock present
on the vessel, `population` by gold convention 5 (people present at a place), like "on board" and "aboard"
in the trigger lexicon. Read from the parse: the counted noun is the object of a verb whose subject is a
noun of such a list, or the subject of "be" with "on" the list. Without a model nothing changes.
"""

from __future__ import annotations

from collections.abc import Collection

from headcount.extract.linguistic import Analysis
from headcount.extract.numbers import parse_numbers
from headcount.extract.what_parse import counted_noun

# Nouns of a list of those aboard (lemmas)
_LISTS = frozenset({"manifest", "roster"})  # not "register": "the register listed 40 voters" is no vessel
_CONJUNCT_REACH = 3  # "97 passengers and five crew members": the second conjunct hangs from the first


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
    """"12 deaths among the 9,000 pilgrims": a figure in an "among" phrase on a noun of an event ("deaths",
    "casualties") counts the group the toll is taken from, a population (gold convention 5), when it is
    larger than the toll's own figure: a part cannot exceed its whole. A figure no larger than the toll ("140
    deaths among 90 migrants") may count the dead themselves and stays what the trigger search made it. A
    toll noun with no figure of its own decides by a possessive on the group ("deaths among its
    pilgrims"). The evidence is one P1 sentence."""
    noun = k
    while parse.words[noun].dep in ("nummod", "quantmod", "compound") and parse.words[noun].head != noun:
        noun = parse.words[noun].head  # the number's own noun, not the phrase it hangs in
    word = parse.words[noun]
    if word.dep != "pobj" or word.head == noun:
        return False
    prep = parse.words[word.head]
    if prep.lemma != "among" or prep.head == word.head:
        return False
    toll = prep.head
    if parse.words[toll].text.lower() not in event_nouns:
        return False
    group, dead = _own_value(parse, noun), _own_value(parse, toll)
    if group is not None and dead is not None:
        return group > dead
    return any(parse.words[c].dep == "poss" for c in parse.children(noun))


def _own_value(parse: Analysis, noun: int) -> float | None:
    """The value of the figure that counts ``noun`` (its number modifier), None when it has none."""
    for c in parse.children(noun):
        if parse.words[c].dep == "nummod":
            lo, hi = parse.subtree(c)
            text = parse.slice(parse.words[lo].start, parse.words[hi - 1].end)
            found = parse_numbers(text)
            return found[0].low if found else None
    return None
