"""Places read with the parse: the shape-found places checked against spaCy's dependency relations and
entity labels, and completed with what only the parse sees.

A shape cannot tell a place from a party ("killed by Israel"), a medium ("said on Al Arabiya"), a title
("the governor of North Kivu") or where the people counted come from ("migrants from Eritrea"); the
dependency relation of the name's head word can. The entity recogniser (GPE, LOC, FAC) finds names no
gazetteer holds and that follow no preposition, and common nouns of place ("the flood zone", "the city")
are found by lemma and relation. Each check is stated as a relation or a label, never as a phrase. The
rules that read a place's role in the figure's clause (the cause's subject, a compared event, a goal) are
in place_clauses.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract import linguistic
from headcount.extract.place_medium import medium
from headcount.extract.place_name_roles import ENTITY_PLACES as ENTITY_PLACES
from headcount.extract.place_name_roles import institution_name, under_a_count
from headcount.extract.place_shapes import join_coordinated
from headcount.extract.place_subject import place_subject
from headcount.extract.place_vague import vague_space
from headcount.extract.place_words import (
    DESCRIBED,
    DESCRIBED_PLACES,
    DIRECTION,
    LEAVE_LEMMAS,
    NAMED,
    ORG_WORDS,
    ORIGIN,
    PLACE_NOUNS,
    POINTER,
    PREPOSITIONS,
    REACH_LEMMAS,
    TITLED,
    UNIT_NOUNS,
    Place,
    countries,
    gazetteer,
)
from headcount.extract.sentences import Token

_FROM = frozenset({"from", "out"})

# Unions of the place word sets, built once (they are asked per word and per place).
_AREA_NOUNS = PLACE_NOUNS | UNIT_NOUNS
_AREA_LEMMAS = _AREA_NOUNS | DIRECTION
_AREA_WORDS = _AREA_LEMMAS | DESCRIBED_PLACES


def places_from_parse(found: Sequence[Place], parse: linguistic.Analysis, tokens: Sequence[Token],
                      words: Sequence[str], text: str) -> list[Place]:
    """The shape-found places, checked and completed with the parse.

    - a place after "from" that modifies a noun, not a verb ("migrants from Eritrea", "people from the
      Horn of Africa") is where people come from; it is the figure's place only for a flow (convention 7);
    - a name the entity recogniser calls a nationality (NORP: "the Greek coast") is not a place;
    - place entities (GPE, LOC, FAC) the shapes missed are added, with their direction words and a following
      place noun ("western Herat province");
    - a common noun of place after a preposition of place or as the object of a verb of leaving or reaching
      is a place as written ("fled the eastern neighbourhoods", "trapped in the sunken vessel").
    """
    n = len(tokens)
    out: list[Place] = []
    for p in found:
        root = root_word(parse, tokens, p.start, p.end)
        if root is None or _all_nationality(parse, tokens, p) or not _proper(parse, tokens, p):
            continue
        if (all(w in _AREA_NOUNS for w in words[p.start:p.end])
                and not (p.end < n and words[p.end][:1].isdigit())):
            continue  # a capitalised common noun of place is no name ("across four Districts"; not "Camp 2")
        if _labelled_other(parse, tokens, p) or _unlabelled_after_article(parse, tokens, words, p):
            continue
        if _actor(parse, root) or medium(parse, root):
            continue
        if _inside_other_name(parse, tokens, words, p, root):
            continue
        if _after_infinitive(parse, tokens, p) and not _where_a_place_goes(parse, root):
            continue
        origin, of_people = _role(parse, root)
        out.append(Place(p.text, p.start, p.end, p.origin or origin, of_people,
                         TITLED if _in_title(parse, root) else NAMED))
    taken = {k for p in out for k in range(p.start, p.end) if p.described != TITLED}
    for e in parse.entities:
        if e.label not in ENTITY_PLACES:
            continue
        a, b = tokens_of(tokens, e.start, e.end)
        if a >= b or any(k in taken for k in range(a, b)):
            continue
        root = root_word(parse, tokens, a, b)
        if root is None or not _where_a_place_goes(parse, root):
            continue
        titled = _in_title(parse, root)
        while a > 0 and words[a - 1] in DIRECTION:
            a -= 1
        if b < n and words[b] in PLACE_NOUNS and tokens[b].text.islower():
            b += 1  # "Herat province", "Rakhine state"
        if (b < n and words[b] in ORG_WORDS) or any(w in ORG_WORDS for w in words[a:b]):
            continue  # "X Defence Forces" labelled a place: a word of an organisation says it is none
        origin, of_people = _role(parse, root)
        origin = origin or (a > 0 and words[a - 1] in ORIGIN)
        out.append(Place(text[tokens[a].start : tokens[b - 1].end], a, b, origin, of_people,
                         TITLED if titled else NAMED))
        if not titled:
            taken.update(range(a, b))
    held = {k for p in out for k in range(p.start, p.end)}
    for place in [*_named_units(parse, tokens, words, text), *_called_names(parse, tokens, text)]:
        if not any(k in held for k in range(place.start, place.end)):
            out.append(place)
            taken.update(range(place.start, place.end))
    for k, w in enumerate(parse.words):
        # by lemma, or as written: the lemmatiser cuts a plural-only noun to a stem ("steelworks" -> "steelwork")
        if w.pos != "NOUN" or (w.lemma not in DESCRIBED_PLACES and w.text.lower() not in DESCRIBED_PLACES):
            continue
        head = parse.words[w.head]
        if not ((w.dep == "pobj" and head.text.lower() in PREPOSITIONS)
                or (w.dep == "dobj" and head.lemma in LEAVE_LEMMAS | REACH_LEMMAS)
                or place_subject(parse, k)) or vague_space(parse, k):
            continue
        lo, hi = _described_extent(parse, k)
        a, b = tokens_of(tokens, parse.words[lo].start, parse.words[hi - 1].end)
        sa, sb = tokens_of(tokens, *(lambda r: (parse.words[r[0]].start, parse.words[r[1] - 1].end))(
            parse.subtree(k)))
        if a >= b or any(k2 in taken and not under_a_count(parse, tokens, k2, k) for k2 in range(sa, sb)):
            continue  # "the districts held by the insurgents in the town of X": the name says where
        origin, of_people = _role(parse, k)
        out.append(Place(text[tokens[a].start : tokens[b - 1].end], a, b, origin, of_people,
                         POINTER if _points_back(parse, k, lo, hi) else DESCRIBED))
        taken.update(range(a, b))
    out.sort(key=lambda p: p.start)
    out = [p for p in out if not _possessor_of_place(parse, tokens, p, out)]
    return join_coordinated(out, words, text, tokens)


def _named_units(parse: linguistic.Analysis, tokens: Sequence[Token], words: Sequence[str],
                 text: str) -> list[Place]:
    """A proper noun compounded on a noun of an administrative unit ("reached the X district of Y", "fled
    the Z camp") is a named place even when no preposition comes before it and the recogniser gives it no
    place label (it calls such names products or persons): the unit noun says what it is. Only where a
    place goes (``_where_a_place_goes`` on the unit noun) and not an organisation's name."""
    out = []
    for k, w in enumerate(parse.words):
        if w.pos != "NOUN" or w.lemma not in UNIT_NOUNS or not _where_a_place_goes(parse, k):
            continue
        names = [c for c in parse.children(k) if c < k and parse.words[c].dep == "compound"]
        if not names or parse.words[names[0]].pos != "PROPN" or not parse.words[names[0]].text[:1].isupper():
            continue
        if any(parse.words[c].pos != "PROPN" or parse.words[c].ent_type in ("ORG", "PERSON", "NORP")
               for c in names) or names[-1] != k - 1:
            continue
        a, b = tokens_of(tokens, parse.words[parse.subtree(names[0])[0]].start, w.end)
        if a >= b or any(words[j] in ORG_WORDS for j in range(a, b)):
            continue
        origin, of_people = _role(parse, k)
        out.append(Place(text[tokens[a].start : tokens[b - 1].end], a, b, origin, of_people, NAMED))
    return out


# Verbs (lemmas) that give a thing its name in a participle after it: "a village called X", "a town named X",
# "a valley known as X".
_NAMING_LEMMAS = frozenset({"call", "name", "know", "dub"})


def _called_names(parse: linguistic.Analysis, tokens: Sequence[Token], text: str) -> list[Place]:
    """The proper noun that a naming participle gives a common noun of place ("an attack on a village called
    X", "a glacial valley known as the Y"): the noun says the name is a place's, whatever label the entity
    recogniser gives the name (it calls unknown villages organisations or persons). The name takes the
    place noun's role (left behind, where people come from)."""
    out = []
    for k, w in enumerate(parse.words):
        if w.pos != "NOUN" or (w.lemma not in _AREA_WORDS and w.text.lower() not in _AREA_WORDS):
            continue
        for c in parse.children(k):
            acl = parse.words[c]
            if c <= k or acl.dep != "acl" or acl.lemma not in _NAMING_LEMMAS or acl.tag != "VBN":
                continue
            names = [g for g in parse.children(c) if parse.words[g].dep in ("oprd", "attr", "dobj")]
            names += [g for a in parse.children(c) if parse.words[a].dep == "prep"
                      and parse.words[a].text.lower() == "as" for g in parse.children(a)
                      if parse.words[g].dep == "pobj"]
            for g in names:
                if parse.words[g].pos != "PROPN" or not parse.words[g].text[:1].isupper():
                    continue
                # the name is the proper noun with the article and proper nouns before it, without a
                # relative clause after it ("the Y, where the camps are")
                lo, hi = g, g + 1
                for j in parse.children(g):
                    if j < g and parse.words[j].dep in ("det", "compound") and all(
                            parse.words[i].pos in ("PROPN", "DET") for i in range(parse.subtree(j)[0], g)):
                        lo = min(lo, parse.subtree(j)[0])
                a, b = tokens_of(tokens, parse.words[lo].start, parse.words[hi - 1].end)
                if a >= b:
                    continue
                origin, of_people = _role(parse, k)
                out.append(Place(text[tokens[a].start : tokens[b - 1].end], a, b, origin, of_people, NAMED))
    return out


def _possessor_of_place(parse: linguistic.Analysis, tokens: Sequence[Token], p: Place,
                        places: Sequence[Place]) -> bool:
    """A place in the possessive that determines another place ("Libya's eastern Derna province", "Chad's
    northern province of Tibesti") only says where that place lies: the possessed place is the one the text
    gives. Read from the parse: the name's head is a possessive (``poss``) whose head word lies in another
    of the sentence's places, or governs one through "of"."""
    root = root_word(parse, tokens, p.start, p.end)
    if root is None or parse.words[root].dep != "poss":
        return False
    owner = parse.words[root].head
    for q in places:
        if q is p or q.described != NAMED:
            continue
        if tokens[q.start].start <= parse.words[owner].start < tokens[q.end - 1].end:
            return True  # "Libya's eastern Derna province": the possessed noun is part of the place
        qroot = root_word(parse, tokens, q.start, q.end)
        if qroot is not None and parse.words[qroot].dep == "pobj":
            of = parse.words[qroot].head
            if parse.words[of].text.lower() == "of" and parse.words[of].head == owner:
                return True  # "Chad's northern province of Tibesti"
    return False


def _described_extent(parse: linguistic.Analysis, k: int) -> tuple[int, int]:
    """The words of a described place: the noun with its modifiers before it and an "of" phrase after it
    ("the east side of a city"), without relative clauses or participles."""
    lo = k
    for c in parse.children(k):
        if c < k and parse.words[c].dep in ("det", "amod", "compound", "poss", "nummod", "advmod", "nmod",
                                             "quantmod", "npadvmod"):
            lo = min(lo, parse.subtree(c)[0])
    hi = k + 1
    for c in parse.children(k):
        if c > k and parse.words[c].dep == "prep" and parse.words[c].text.lower() == "of":
            hi = max(hi, parse.subtree(c)[1])
    return lo, hi


_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our"})


def _points_back(parse: linguistic.Analysis, k: int, lo: int, hi: int) -> bool:
    """A definite description of determiner, adjectives and noun ("the city", "the besieged enclave", "their
    self-declared capital") refers to a place named before it, which is what the reader takes as the place.
    A noun modifier or an "of" phrase makes it a kind or part of place of its own ("the flood zone")."""
    if parse.words[k].lemma in DIRECTION and parse.words[lo].text.lower() in _DEFINITE:
        return True  # "the east", "the besieged east of the city": a part of the place named before
    if hi != k + 1 or parse.words[lo].text.lower() not in _DEFINITE:
        return False
    if parse.words[k].tag == "NNS":
        # a plural described by its own words ("the devastated areas") is a place of its own; a plural noun
        # of a kind of area alone ("the areas", "those districts") only points back, as "the city" does. A
        # thing written in the plural ("the steelworks") stays as written.
        return parse.words[k].text.lower() in PLACE_NOUNS and all(
            parse.words[j].dep in ("det", "predet") for j in range(lo, k))
    return all(parse.words[j].dep != "compound" for j in range(lo, k))


def _role(parse: linguistic.Analysis, root: int | None) -> tuple[bool, bool]:
    """(origin, of_people) of the place whose head word is ``root``: left behind ("fled X", "from X"), or
    where the people counted come from ("migrants from X": the "from" hangs on a noun, not a verb)."""
    if root is None:
        return False, False
    seen = 0
    while parse.words[root].dep == "conj" and seen < 5:  # "from X or Y": Y has X's role
        root = parse.words[root].head
        seen += 1
    w = parse.words[root]
    head = parse.words[w.head]
    if w.dep == "dobj" and head.lemma in LEAVE_LEMMAS:
        return True, False
    if w.dep == "pobj" and head.text.lower() in _FROM:
        return True, head.dep == "prep" and _describes_people(parse, w.head)
    if w.dep == "pobj" and head.text.lower() in GOALS and head.dep == "prep":
        above = parse.words[head.head]
        # "the ship carrying migrants from X to Y sank": a goal hung on a participle or relative clause that
        # describes a noun is where that thing was bound, not where the figure's event happened
        return False, above.pos in ("VERB", "AUX") and above.dep in ("acl", "relcl")
    return False, False


# Prepositions of a goal of movement: their object is where something was going ("bound for X").
GOALS = frozenset({"to", "into", "toward", "towards", "for"})


# Verbs whose "from" says where people belong, not where they moved from ("were from", "hail from").
_PROVENANCE = frozenset({"be", "hail", "originate"})


def _describes_people(parse: linguistic.Analysis, prep: int) -> bool:
    """Whether a "from" phrase says where the people counted come from ("migrants from Eritrea drowned", "a
    boat carrying 450 migrants from X") rather than where a verb moved them ("rescued 82 people from X": the
    parser hangs it on the noun, but the object of a main verb of moving takes its "from" with the verb)."""
    above = parse.words[parse.words[prep].head]
    if above.lemma in _PROVENANCE:  # "most of those on board hailed from X": their home, not a move
        return True
    if above.pos == "VERB":  # the parser hung it on a participle that describes a thing
        return above.dep in ("acl", "relcl") and prep > 0 and parse.words[prep - 1].pos == "NOUN"
    if above.pos not in ("NOUN", "PROPN", "PRON"):
        return False
    verb = parse.words[above.head]
    return not (above.dep == "dobj" and verb.pos == "VERB" and verb.dep not in ("acl", "relcl"))


def _in_title(parse: linguistic.Analysis, k: int) -> bool:
    """A place in a named person's title ("Peter Kamau, governor of North Kivu", "the mayor of Kherson,
    Ihor Kolykhaiev") or in an organisation's name ("the University of Haiti") belongs to them, as a
    party's name does, not to the figure."""
    seen = 0
    while parse.words[k].dep == "compound" and seen < 5:  # "North Kivu" in "North Kivu province"
        k = parse.words[k].head
        seen += 1
    w = parse.words[k]
    if w.dep != "pobj" or parse.words[w.head].text.lower() != "of":
        return False
    title_i = parse.words[w.head].head
    title = parse.words[title_i]
    if title.pos not in ("NOUN", "PROPN") or title.lemma in PLACE_NOUNS or title.lemma in DESCRIBED_PLACES:
        return False
    if title.ent_type == "ORG" or title.text.lower() in ORG_WORDS:
        return True  # "the University of Haiti", "the Ministry of Health of X": an organisation's name
    near = [title.head] if title.dep == "appos" else []
    near += [c for c in parse.children(title_i) if parse.words[c].dep in ("appos", "compound")]
    return any(parse.words[c].ent_type == "PERSON" for c in near)


# Entity labels the small model does not give to place names: "deaths from Hurricane Maria", "on Eid".
_OTHER_ENTITIES = frozenset({"EVENT", "DATE", "TIME"})
_NAME_ENTITIES = ENTITY_PLACES | {"NORP"}


def _inside_other_name(parse: linguistic.Analysis, tokens: Sequence[Token], words: Sequence[str], p: Place,
                       root: int) -> bool:
    """A listed name that is only the first part of a longer proper name ("Enable Reading Mode", a
    menu item on a page; "the Kinshasa Observer") names something else: it modifies a capitalised proper
    noun that is not a noun of place, the recogniser gives none of its words a place label, and no
    preposition or direction introduces it. Country names are left alone: they do not double as common
    words the way town names do ("Reading", "Mobile", "Split"), and a title-case headline puts them before
    its nouns ("X Earthquake Death Toll Rises")."""
    if p.text in countries():
        return False
    if p.start > 0 and words[p.start - 1] in PREPOSITIONS | DIRECTION:
        return False
    w = parse.words[root]
    if w.dep != "compound":
        return False
    head = parse.words[w.head]
    if head.pos != "PROPN" or not head.text[:1].isupper():
        return False
    if head.text.lower() in _AREA_WORDS and not institution_name(parse, w.head):
        return False
    ks = [parse.word_at(tokens[t].start) for t in range(p.start, p.end)]
    return not any(k is not None and parse.words[k].ent_type in _NAME_ENTITIES for k in ks)


def _labelled_other(parse: linguistic.Analysis, tokens: Sequence[Token], p: Place) -> bool:
    """A name the recogniser reads as an event or a date ("Hurricane Maria", "Eid") is not a place. (Not
    titles of works: the small model calls some towns that.)"""
    ks = [parse.word_at(tokens[t].start) for t in range(p.start, p.end)]
    return all(k is not None and parse.words[k].ent_type in _OTHER_ENTITIES for k in ks)


def _unlabelled_after_article(parse: linguistic.Analysis, tokens: Sequence[Token], words: Sequence[str],
                              p: Place) -> bool:
    """A name after an indefinite article that modifies the noun after it ("in a new X shipwreck") is a
    place only when the recogniser labels a word of it one: the shape alone cannot tell "in an X Sea
    shipwreck" from "in a Reuters report"."""
    if p.start == 0 or words[p.start - 1] not in ("a", "an"):
        return False
    ks = [parse.word_at(tokens[t].start) for t in range(p.start, p.end)]
    return not any(k is not None and parse.words[k].ent_type in ENTITY_PLACES for k in ks)


def _proper(parse: linguistic.Analysis, tokens: Sequence[Token], p: Place) -> bool:
    """A capitalised word the parse reads as a verb or a function word ("Reading", "Over" in a title-case
    headline) is not a name, even when a town bears it. Unknown names are tagged nouns or adjectives and
    stay. A country's name is a name whatever the tagger says ("X: outbreak spreads" tags X a verb)."""
    ks = [parse.word_at(tokens[t].start) for t in range(p.start, p.end)]
    return p.text in countries() or any(k is not None and parse.words[k].pos in ("PROPN", "NOUN", "ADJ", "X")
                                         for k in ks)


# Prepositions whose object is a party to an act, not a place: "killed by Israel", "fighting between X and
# Y", "the war against Z", "talks with Turkey".
_ACTOR_PREPOSITIONS = frozenset({"by", "between", "against", "with"})


def _actor(parse: linguistic.Analysis, k: int) -> bool:
    """A country named as the doer of an act or a side in a fight ("killed by Israel") is a party there."""
    seen = 0
    while parse.words[k].dep == "conj" and seen < 5:
        k = parse.words[k].head
        seen += 1
    w = parse.words[k]
    return w.dep == "pobj" and parse.words[w.head].text.lower() in _ACTOR_PREPOSITIONS


def _all_nationality(parse: linguistic.Analysis, tokens: Sequence[Token], p: Place) -> bool:
    """A name made of adjectives the recogniser calls nationalities ("the southern Greek coast") describes.
    The tagger often calls such a word a proper noun while the parse hangs it as an adjectival modifier
    ("the southern Greek coastal town of X": amod of "town"); the relation says it is used as an adjective,
    unless the gazetteer knows the word as a place (a city name the recogniser mistook: "X residents")."""
    ks = [parse.word_at(tokens[t].start) for t in range(p.start, p.end)]
    known = gazetteer()
    return all(k is not None and parse.words[k].ent_type == "NORP"
               and (parse.words[k].pos == "ADJ"
                    or (parse.words[k].dep == "amod" and (parse.words[k].text,) not in known.get(parse.words[k].text, ())))
               for k in ks if k is not None and parse.words[k].text[0].isupper())


def _after_infinitive(parse: linguistic.Analysis, tokens: Sequence[Token], p: Place) -> bool:
    """The shape read "to" and a lower-case word as a preposition and an adjective before a name ("to
    neighbouring X"), but the parse has the word for a verb after the infinitive "to" ("get to celebrate
    X"): then the name is that verb's object, a place only when the verb is one of leaving or reaching or
    when the recogniser or the gazetteer knows the name for a place ("the fight to retake X")."""
    if p.start < 2 or not tokens[p.start - 1].text.islower():
        return False
    name = [parse.word_at(t.start) for t in tokens[p.start : p.end]]
    parts = tuple(p.text.replace("’", "'").split())
    if any(k is not None and parse.words[k].ent_type in ENTITY_PLACES for k in name) or (
            parts and parts in gazetteer().get(parts[0], [])):
        return False
    verb = parse.word_at(tokens[p.start - 1].start)
    marker = parse.word_at(tokens[p.start - 2].start)
    return (verb is not None and marker is not None and parse.words[verb].pos == "VERB"
            and parse.words[marker].tag == "TO" and parse.words[marker].dep == "aux")


def _where_a_place_goes(parse: linguistic.Analysis, k: int) -> bool:
    """The word heads the object of a preposition of place ("in Kyaukse"), of a verb of leaving or reaching
    ("fled Kyaukse"), or a place noun ("Herat province"), or is coordinated with such a word. A name in
    other roles (the subject, an apposition to the people counted, a modifier of a thing: "a Herat health
    official") is not where the event happened, whatever label the recogniser gave it."""
    seen = 0
    while parse.words[k].dep in ("conj", "appos") and seen < 5:
        k = parse.words[k].head
        seen += 1
    w = parse.words[k]
    head = parse.words[w.head]
    if w.dep == "pobj":
        return head.text.lower() in PREPOSITIONS
    if w.dep == "dobj":
        return head.lemma in LEAVE_LEMMAS | REACH_LEMMAS
    if w.dep in ("compound", "nmod"):
        return head.lemma in PLACE_NOUNS
    if w.dep == "nsubj" and head.lemma == "be":  # "Sindh Province was the worst-hit region"
        return any(parse.words[c].dep == "attr" and parse.words[c].lemma in DESCRIBED_PLACES
                   for c in parse.children(w.head))
    return False


def root_word(parse: linguistic.Analysis, tokens: Sequence[Token], a: int, b: int) -> int | None:
    """The parse word that heads the tokens [a, b): the one whose head lies outside them."""
    if a >= b:
        return None
    lo, hi = tokens[a].start, tokens[b - 1].end
    inside = [k for k, w in enumerate(parse.words) if w.start >= lo and w.end <= hi]
    for k in inside:
        h = parse.words[k].head
        if h == k or not lo <= parse.words[h].start < hi:
            return k
    return inside[0] if inside else None


def tokens_of(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int]:
    """Our token span [a, b) covering the characters [first, last)."""
    a = next((k for k, t in enumerate(tokens) if t.end > first), len(tokens))
    b = next((k for k in range(a, len(tokens)) if tokens[k].start >= last), len(tokens))
    return a, b


def relative_antecedent(parse: linguistic.Analysis, tokens: Sequence[Token], text: str, fig_tok: int,
                        places: Sequence[Place]) -> Place | None:
    """The place a relative clause opened by "where" and holding the figure hangs from: "the frontier, where
    they met hundreds already waiting"; "the eastern districts, where officials say 9,000 people are trapped".
    The relative adverb "where" stands for its antecedent, so the figure's people are there, whatever other
    place the sentence names. (Relative pronouns, "two camps, which were hosting ...", were tried too and
    dropped: on held-out crises they took the antecedent of clauses that were not about the figure's place.)
    The antecedent counts when it lies in one of the sentence's places, or is a noun of an area (a place
    noun, unit or direction: "the rebel-held east", "the camps") given with its modifiers; a building or a
    vessel ("the school, where 12 children were found") is not a location by the conventions, so the
    sentence's named place is then chosen as usual. A place named inside the relative clause itself comes
    first."""
    k = parse.word_at(tokens[fig_tok].start)
    seen = 0
    while k is not None and parse.words[k].dep not in ("relcl", "ROOT") and seen < 12:
        k = parse.words[k].head
        seen += 1
    if k is None or parse.words[k].dep != "relcl":
        return None
    kids = [parse.words[c] for c in parse.children(k)]
    if not any(w.text.lower() == "where" and w.dep == "advmod" for w in kids):
        return None
    lo, hi = parse.subtree(k)
    first, last = parse.words[lo].start, parse.words[hi - 1].end
    if any(p.described != TITLED and first <= tokens[p.start].start < last for p in places):
        return None  # "a region that is home to 8.2 million people in X": the clause gives its own place
    ante = parse.words[k].head
    word = parse.words[ante]
    for p in places:
        if p.described != TITLED and tokens[p.start].start <= word.start < tokens[p.end - 1].end:
            return p
    if word.pos not in ("NOUN", "PROPN") or word.lemma not in _AREA_LEMMAS:
        return None
    lo, hi = _described_extent(parse, ante)
    # "the army-held north and militia-held south, where ...": "where" stands for the nearest conjunct
    cut = [i for i in range(lo, ante) if parse.words[i].dep == "cc" or parse.words[i].text.lower() in ("and", "or")]
    if cut:
        lo = cut[-1] + 1
    a, b = tokens_of(tokens, parse.words[lo].start, parse.words[hi - 1].end)
    if a >= b:
        return None
    return Place(text[tokens[a].start : tokens[b - 1].end], a, b, False, False, DESCRIBED)


def owned_by_other_figures(parse: linguistic.Analysis, tokens: Sequence[Token], fig_tok: int,
                           others: Sequence[int], places: Sequence[Place]) -> list[Place]:
    """The sentence's places that belong to another figure of the sentence rather than to this one: a
    breakdown gives each part its own place ("200 died across five provinces, most in Sindh (60 deaths),
    Punjab (30)"; "40 were killed, including 12 in the old town"), which is not the total's. Read from the
    dependency tree, closely: the place's phrase holds another figure (a bracketed count after the name), or
    its "in" phrase hangs directly on another figure's number or counted noun. Looser readings (the first
    subtree above the place that holds a figure) were tried and dropped: the small model hangs a shared
    place on the last part of a list ("killing 47 villagers, among them 9 women and 6 children, in X")."""
    if not others:
        return []

    def word(tok: int) -> int | None:
        return parse.word_at(tokens[tok].start) if 0 <= tok < len(tokens) else None

    mine = word(fig_tok)
    theirs = [k for k in (word(o) for o in others) if k is not None and k != mine]
    if mine is None or not theirs:
        return []

    def counted(k: int) -> set[int]:
        """The words of figure word ``k``'s count: the number with its hedge, and the noun it counts."""
        return {k, count_top(parse, k)}

    mine_words = counted(mine)
    out: list[Place] = []
    for p in places:
        k = root_word(parse, tokens, p.start, p.end)
        if k is None:
            continue
        if p.end < len(tokens) and tokens[p.end].text == "(":
            close = next((j for j in range(p.end, min(len(tokens), p.end + 12)) if tokens[j].text == ")"), p.end)
            inside = [o for o in others if p.end < o < close]
            if inside and not p.end < fig_tok < close:
                out.append(p)  # "Sindh (60 deaths)": the bracketed count is the place's own
                continue
        w = parse.words[k]
        if w.dep != "pobj" or parse.words[w.head].dep != "prep":
            continue
        holder = parse.words[w.head].head
        lo, hi = parse.subtree(holder)
        if holder in mine_words or lo <= mine < hi:
            continue  # the figure's own phrase, or a part of the count it hangs on ("25 in X, including 5")
        if any(holder in counted(t) for t in theirs):
            out.append(p)  # "12 in the old town": the phrase hangs on the other count
    return out


def count_top(parse: linguistic.Analysis, k: int) -> int:
    """The top word of figure word ``k``'s count: up from the number through its hedge and compound
    relations to the noun it counts ("nearly" -> "12" -> "villagers"), at most three steps."""
    top = k
    for _ in range(3):
        if parse.words[top].dep in ("quantmod", "nummod", "compound") and parse.words[top].head != top:
            top = parse.words[top].head
        else:
            break
    return top


def hung_on_figure(parse: linguistic.Analysis, tokens: Sequence[Token], fig_tok: int,
                   places: Sequence[Place]) -> list[Place]:
    """The places the figure's own count holds: a place phrase ("in X") hung directly on the figure's
    number or counted noun ("including 12 in the old town"), or a name whose bracket holds the figure
    ("Sindh (60 deaths)"). The same close reading as ``owned_by_other_figures``, from the figure's side."""
    mine = parse.word_at(tokens[fig_tok].start) if 0 <= fig_tok < len(tokens) else None
    if mine is None:
        return []
    top = count_top(parse, mine)
    out = []
    for p in places:
        if p.end < fig_tok and tokens[p.end].text == "(" and ")" not in [t.text for t in tokens[p.end:fig_tok]]:
            out.append(p)
            continue
        k = root_word(parse, tokens, p.start, p.end)
        if k is None or parse.words[k].dep != "pobj" or parse.words[parse.words[k].head].dep != "prep":
            continue
        if parse.words[parse.words[k].head].head in (mine, top):
            out.append(p)
    return out

