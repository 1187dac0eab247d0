"""Three readings of where a figure is, added in round 8 (docs/extraction.md, Round 8: places):

- a definite description that gives a place of its own rather than pointing back to one named before.
  "The city" or "the besieged town" stands for the city or town the story named (place_parse.py marks it
  POINTER and where.py puts the name in its place). A description whose noun is no administrative unit and
  which carries words of its own before it ("the flattened enclave", "the storm-torn island") describes a
  part or a kind of place that the name before does not cover: the enclave is only part of the city named
  before, the island more than its port. The reader takes the description as the place, and the gold
  copies it as written (convention 7: the place the sentence gives);
- the origin hung on one count's noun, which a count coordinated after it does not share;
- a locative "there", which hands the place to the sentence before as a pronoun subject does.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract import linguistic
from headcount.extract.place_parse import root_word
from headcount.extract.place_words import (
    COUNTRY_NOUNS,
    DESCRIBED,
    DIRECTION,
    HYPHEN_ADJ,
    PLACE_NOUNS,
    POINTER,
    UNIT_NOUNS,
    Place,
)
from headcount.extract.sentences import Token

# Parts of speech of a word that describes the noun ("flattened", "storm-torn")
_MODIFIER_POS = frozenset({"ADJ", "VERB"})


def _of_control(word: str) -> bool:
    """A word that says who holds or besieges the place ("rebel-held", "controlled", "besieged"): it
    qualifies the place named before (the besieged enclave is the enclave the story named), not a part."""
    return word in DIRECTION or any(word.endswith(s.lstrip("-")) for s in HYPHEN_ADJ)


def described_by_own_words(parse: linguistic.Analysis | None, tokens: Sequence[Token], p: Place) -> Place:
    """``p`` as a description of its own (DESCRIBED) when it is a pointer whose singular noun is no
    administrative unit, no word of a state and no compass word but a noun of place (an enclave, an
    island, an area), and an adjective or participle of its own (not one of control or siege) stands
    between its determiner and its noun; else ``p`` unchanged."""
    if p.described != POINTER or p.end - p.start < 3:
        return p
    words = [t.text.lower() for t in tokens[p.start : p.end]]
    noun = words[-1]
    if noun not in PLACE_NOUNS or noun in UNIT_NOUNS or noun in COUNTRY_NOUNS or noun in DIRECTION \
            or noun.endswith("s"):
        return p
    if parse is None:
        return p
    between = []
    for t in tokens[p.start + 1 : p.end - 1]:
        k = parse.word_at(t.start)
        if k is None:
            return p
        between.append(parse.words[k])
    if not any(w.pos in _MODIFIER_POS and w.dep == "amod" and not _of_control(w.text.lower()) for w in between):
        return p
    return Place(p.text, p.start, p.end, p.origin, p.of_people, DESCRIBED)


def owned_by_earlier_conjunct(parse: linguistic.Analysis, tokens: Sequence[Token], fig_tok: int,
                              others: Sequence[int], places: Sequence[Place]) -> list[Place]:
    """The places that hang on another figure's counted noun when this figure is coordinated after it ("N
    people from X who reached Y, and M people who reached Z"): the parser puts the second count under the
    first noun as its conjunct, so the first count's "from X" seems to cover both; it is the first's own.
    Read from the parse: the place is the object of a preposition, or lies in a relative clause, hung on the
    other figure's noun, this figure lies under that noun through a coordination (a ``conj`` link on the
    way up: "N people who arrived at Y and M people"), and not inside the phrase that holds the place."""
    mine = parse.word_at(tokens[fig_tok].start) if 0 <= fig_tok < len(tokens) else None
    if mine is None:
        return []
    out: list[Place] = []
    for o in others:
        k = parse.word_at(tokens[o].start) if 0 <= o < len(tokens) else None
        if k is None or k == mine:
            continue
        noun = _count_noun(parse, k)
        if not _coordinated_under(parse, mine, noun):
            continue
        held = [parse.subtree(c) for c in parse.children(noun) if parse.words[c].dep in ("prep", "relcl", "acl")]
        for p in places:
            root = root_word(parse, tokens, p.start, p.end)
            if root is not None and any(lo <= root < hi and not lo <= mine < hi for lo, hi in held):
                out.append(p)
    return out


_CLIMB = 12  # how many heads up from the figure the other count's noun may stand


def _coordinated_under(parse: linguistic.Analysis, mine: int, noun: int) -> bool:
    """Figure word ``mine`` lies under ``noun`` and the way up passes a ``conj`` link."""
    k, conj = mine, False
    for _ in range(_CLIMB):
        if k == noun:
            return conj
        w = parse.words[k]
        conj = conj or w.dep == "conj"
        if w.head == k:
            return False
        k = w.head
    return False


_COUNT_LINKS = frozenset({"det", "amod", "advmod", "quantmod", "nummod", "compound"})


def _count_noun(parse: linguistic.Analysis, k: int) -> int:
    """The noun a figure's first word belongs to ("an" -> "estimated" -> "800" -> "people"): up through
    the determiner, hedge and number relations, at most four steps."""
    for _ in range(4):
        w = parse.words[k]
        if w.dep not in _COUNT_LINKS or w.head == k:
            break
        k = w.head
    return k


def locative_there(parse: linguistic.Analysis | None, tokens: Sequence[Token], fig_tok: int) -> bool:
    """The figure's clause says where with the locative pro-form "there" ("N civilians are trapped
    there"): like a pronoun subject, it hands the place to the sentence before, which may give it by
    description as well as by name ("the lower half of a valley"). Read from the parse: "there" as an
    adverbial modifier (not the expletive subject of "there are") of the verb that governs the figure."""
    if parse is None:
        return False
    k = parse.word_at(tokens[fig_tok].start) if 0 <= fig_tok < len(tokens) else None
    verb = None
    for _ in range(_CLIMB):
        if k is None:
            break
        w = parse.words[k]
        if w.pos == "VERB" or (w.pos == "AUX" and w.dep not in ("aux", "auxpass")):
            verb = k
            break
        if w.head == k:
            break
        k = w.head
    if verb is None:
        return False
    return any(parse.words[c].text.lower() == "there" and parse.words[c].dep == "advmod"
               for c in parse.children(verb))
