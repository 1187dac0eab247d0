"""Places read from the clause that holds the figure: the place of what drove people out (the subject of
the governing verb), a place that only locates another, a named possessor of the counted noun, a pronoun
subject that hands the place to the sentence before, a place of another event brought in for comparison,
and the goal of a movement. Each is a dependency relation read from the parse (place_parse.py reads the
places themselves)."""

from __future__ import annotations

from collections.abc import Sequence

from headcount.extract import linguistic
from headcount.extract.place_parse import ENTITY_PLACES, GOALS, root_word, tokens_of
from headcount.extract.place_put_at import put_at_object
from headcount.extract.place_words import COUNTRY_NOUNS, NAMED, UNTAGGED_SUPERLATIVES, Place, gazetteer
from headcount.extract.sentences import Token

_SUBJECT_REACH = 12  # how many heads up from the figure its governing verb may stand


def _governing_subject(parse: linguistic.Analysis, fig: int | None) -> int | None:
    """The nominal subject of the verb that governs the figure: the nearest verb (or auxiliary) above the
    figure's word, climbing the heads, that has a nominal subject. None when there is none within reach."""
    k = fig
    seen = 0
    while k is not None and seen < _SUBJECT_REACH:
        subj = [c for c in parse.children(k) if parse.words[c].dep in ("nsubj", "nsubjpass")]
        if parse.words[k].pos in ("VERB", "AUX") and subj:
            return subj[0]
        if parse.words[k].head == k:
            return None
        k = parse.words[k].head
        seen += 1
    return None


def cause_places(parse: linguistic.Analysis, tokens: Sequence[Token], fig_tok: int,
                 places: Sequence[Place]) -> list[Place]:
    """The places inside the subject of the verb that governs the figure, when the figure is not in that
    subject: the place of what made the people move ("Clashes in X force thousands to flee", "shelling
    in X displaced 9,000"). Read from the parse: the nearest verb above the figure's word that has a
    nominal subject; the subject's subtree holds the place's head word."""
    fig = parse.word_at(tokens[fig_tok].start)
    subj = _governing_subject(parse, fig)
    if fig is None or subj is None:
        return []
    lo, hi = parse.subtree(subj)
    if lo <= fig < hi:
        return []
    out = []
    for p in places:
        root = root_word(parse, tokens, p.start, p.end)
        if root is not None and lo <= root < hi:
            out.append(p)
    return out


def locates_place(parse: linguistic.Analysis, tokens: Sequence[Token], container: Place, inner: Place) -> bool:
    """Whether the container's phrase only says where the inner place lies: the container is the object of
    a preposition hung on a word of the inner place's phrase ("killed in X and its suburbs in eastern Y",
    "in the town of X in Y"), its conjuncts included. Then the container is not a place of its own for the
    figure, however near the figure it stands."""
    croot = root_word(parse, tokens, container.start, container.end)
    iroot = root_word(parse, tokens, inner.start, inner.end)
    if croot is not None and iroot is not None and parse.words[croot].dep == "poss":
        # "in X's flashpoint Y province": the possessor of the inner place's noun, or of the noun the
        # inner place stands in apposition to
        owner = parse.words[croot].head
        return owner == iroot or (parse.words[iroot].dep in ("appos", "compound") and parse.words[iroot].head == owner)
    if croot is None or iroot is None or parse.words[croot].dep != "pobj":
        return False
    prep = parse.words[croot].head
    if parse.words[prep].dep != "prep":
        return False
    lo, hi = parse.subtree(iroot)
    return lo <= parse.words[prep].head < hi


def possessor_of_figure(parse: linguistic.Analysis, tokens: Sequence[Token], fig_tok: int,
                        places: Sequence[Place]) -> Place | None:
    """A named place in the possessive on the figure's own noun phrase ("X's 5 million residents", "the 2
    million residents of X's capital" is not: the possessor must determine the counted noun itself): the
    people counted are that place's, whatever else the sentence names. Read from the parse: the figure's
    number modifies a noun whose ``poss`` child heads one of the sentence's named places."""
    k = parse.word_at(tokens[fig_tok].start)
    seen = 0
    while k is not None and parse.words[k].dep in ("quantmod", "advmod", "nummod", "compound") and seen < 4:
        if parse.words[k].dep == "nummod":
            k = parse.words[k].head
            break
        k = parse.words[k].head
        seen += 1
    if k is not None and parse.words[k].dep == "pobj" and parse.words[k].pos == "NUM":
        # "X's official count of 260", "X's tally of 37": the figure is the value of a noun of "of" whose
        # possessor owns it, as it owns the counted noun it determines
        of = parse.words[k].head
        if parse.words[of].text.lower() == "of" and parse.words[parse.words[of].head].pos == "NOUN":
            k = parse.words[of].head
    if k is not None and (obj := put_at_object(parse, k)) is not None:
        k = obj  # "put X's toll at 4,300" (place_put_at.py)
    if k is None or parse.words[k].pos not in ("NOUN", "PROPN"):
        return None
    for c in parse.children(k):
        if parse.words[c].dep != "poss":
            continue
        for p in places:
            if p.described == NAMED and root_word(parse, tokens, p.start, p.end) == c:
                return p
        # a name in the possessive is often left out of the sentence's places (it reads as a party there:
        # "X's government said"); on the counted noun it is a place when the gazetteer or the recogniser
        # says so
        lo, hi = parse.subtree(c)
        name = [w for w in parse.words[lo:hi] if w.dep != "case" and w.text not in ("'s", "’s", "'")]
        if not name or not all(w.pos == "PROPN" for w in name):
            continue
        parts = tuple(w.text for w in name)
        if parts in gazetteer().get(parts[0], []) or all(w.ent_type in ENTITY_PLACES for w in name):
            a, b = tokens_of(tokens, name[0].start, name[-1].end)
            if a < b:
                return Place(parse.slice(name[0].start, name[-1].end), a, b, False, False, NAMED)
    return None


def pronoun_subject(parse: linguistic.Analysis, tokens: Sequence[Token], fig_tok: int) -> bool:
    """Whether the verb that governs the figure has a neuter personal pronoun for its subject ("It killed
    at least 40 people"): the clause continues the sentence before, which names the pronoun's antecedent
    ("The blast, in a crowded bus station, ..."), and that sentence's place is the figure's, however it is
    given. Read from the parse: the nearest verb above the figure's word with a nominal subject."""
    subj = _governing_subject(parse, parse.word_at(tokens[fig_tok].start))
    if subj is None:
        return False
    w = parse.words[subj]
    return w.tag == "PRP" and w.text.lower() == "it"


# Prepositions that bring in another event for comparison or as a landmark in time ("the deadliest after
# the tremors in X", "the worst since the floods in Y", "more than in Z").
_COMPARED = frozenset({"after", "before", "since", "than", "like", "unlike"})


# Subordinators of a clause of comparison: the clause is the standard a figure is compared with.
_STANDARD = frozenset({"than"})


def compared_places(parse: linguistic.Analysis, tokens: Sequence[Token], fig_tok: int,
                    places: Sequence[Place]) -> list[Place]:
    """The places of another event that a relative clause brings in for comparison ("40 died in the
    quakes, which were the deadliest this year after tremors in X and Y, in which 5,000 were killed"): the
    place lies under a preposition of comparison or time inside a relative clause that does not hold the
    figure, so it is that other event's, not the figure's. Read from the parse: on the way up from the
    place's head word, such a preposition and then a relative clause without the figure's word."""
    fig = parse.word_at(tokens[fig_tok].start)
    if fig is None or any(parse.words[a].dep == "relcl" for a in parse.ancestors(fig)):
        return []  # a figure inside a relative clause may be the compared event's own ("in which 5,000 died")
    out = []
    for p in places:
        k = root_word(parse, tokens, p.start, p.end)
        compared = False
        seen = 0
        while k is not None and seen < 15:
            w = parse.words[k]
            if w.dep == "prep" and w.text.lower() in _COMPARED:
                compared = True
            if w.dep in ("advcl", "ccomp") and any(parse.words[c].dep == "mark" and parse.words[c].text.lower()
                                                  in _STANDARD for c in parse.children(k)):
                lo, hi = parse.subtree(k)  # "a flight greater than the one the war set off from X"
                if not lo <= fig < hi:
                    out.append(p)
                break
            if w.dep == "relcl":
                lo, hi = parse.subtree(k)
                if compared and not lo <= fig < hi:
                    out.append(p)
                break
            if w.head == k:
                break
            k = w.head
            seen += 1
    return out


def destination(parse: linguistic.Analysis, tokens: Sequence[Token], p: Place) -> bool:
    """Whether the place is the goal of a movement: the object of "to", "into", "towards" or "for" hung
    on a verb ("fled to X", "leaving for X") or a noun ("an exodus into X"). For a flow, such a place is
    where people went, and the sentence's other place (the site of the clashes that forced them out) is
    nearer the origin that convention 7 asks for."""
    root = root_word(parse, tokens, p.start, p.end)
    if root is None:
        return False
    w = parse.words[root]
    if w.dep == "pobj" and parse.words[w.head].text.lower() == "of" and parse.words[w.head].dep == "prep":
        root = parse.words[w.head].head  # "towards the coastal town of X": the goal is the town
    seen = 0
    while parse.words[root].dep == "conj" and seen < 5:
        root = parse.words[root].head
        seen += 1
    w = parse.words[root]
    head = parse.words[w.head]
    return w.dep == "pobj" and head.text.lower() in GOALS and head.dep == "prep" and parse.words[
        head.head].pos in ("VERB", "NOUN")


def own_goals(parse: linguistic.Analysis, tokens: Sequence[Token], fig_tok: int,
              places: Sequence[Place]) -> list[Place]:
    """The goals of the figure's own verb of movement ("2,500 ran towards the rebel-held suburbs"): places
    under "to", "into", "towards" or "for" hung on the verb that governs the figure. For a flow whose
    sentence names no origin, this is the place the sentence gives for the figure (convention 7), named
    or described, whatever names another clause of the sentence gives ("10,000 fled to the west side of X
    while 6,000 fled to ...")."""
    k = parse.word_at(tokens[fig_tok].start)
    seen = 0
    while k is not None and parse.words[k].pos not in ("VERB", "AUX") and seen < 6:
        k = None if parse.words[k].head == k else parse.words[k].head
        seen += 1
    if k is None or parse.words[k].pos not in ("VERB", "AUX"):
        return []
    out = []
    for p in places:
        if not destination(parse, tokens, p):
            continue
        root = root_word(parse, tokens, p.start, p.end)
        while root is not None and parse.words[root].dep == "conj":
            root = parse.words[root].head
        if root is not None and parse.words[parse.words[root].head].head == k:
            out.append(p)
    return out


_SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})


def _superlative(w: linguistic.Word) -> bool:
    """A superlative by its tag (JJS, RBS), or one of the superlatives the small model tags as a plain
    adverb or adjective (lexicons/places.toml [where] untagged_superlatives: "bit hardest" is RB)."""
    return w.tag in _SUPERLATIVE_TAGS or (w.pos in ("ADV", "ADJ") and w.text.lower() in UNTAGGED_SUPERLATIVES)


def singled_out(parse: linguistic.Analysis, tokens: Sequence[Token], p: Place) -> bool:
    """The sentence names the place as the most-hit part of a larger whole: a relative clause on it says
    so with a superlative ("X valley, where the storm bit deepest"), or it is the subject of a
    superlative predicate ("X was the worst-flooded county"). A later figure that borrows a place is
    then about the whole (a total, "in all"), not the part the sentence picked out; read from the tags of
    the parse (JJS, RBS), and the lexicon's few superlatives the tagger misses."""
    root = root_word(parse, tokens, p.start, p.end)
    if root is None:
        return False
    w = parse.words[root]
    for c in parse.children(root):
        if parse.words[c].dep in ("relcl", "acl"):
            lo, hi = parse.subtree(c)
            if any(_superlative(parse.words[j]) for j in range(lo, hi)):
                return True
    if w.dep in ("nsubj", "nsubjpass"):
        for c in parse.children(w.head):
            if parse.words[c].dep in ("attr", "acomp"):
                lo, hi = parse.subtree(c)
                if any(_superlative(parse.words[j]) for j in range(lo, hi)):
                    return True
    return False


def country_relative(parse: linguistic.Analysis, tokens: Sequence[Token], fig_tok: int) -> int | None:
    """The token of "country" (or "nation") when the figure is in a relative clause on it ("fears of famine
    in a country where more than 20 million need aid"): the clause counts the whole country, not the city
    the sentence names beside it. None when the figure's nearest relative clause hangs on another noun
    ("a city where 3,000 are displaced") or there is none."""
    fig = parse.word_at(tokens[fig_tok].start)
    if fig is None:
        return None
    for a in parse.ancestors(fig):
        w = parse.words[a]
        if w.dep == "relcl":
            noun = parse.words[w.head]
            if noun.lemma not in COUNTRY_NOUNS:
                return None
            return next((i for i, t in enumerate(tokens) if t.start >= noun.start), None)
    return None


def where_counted_live(parse: linguistic.Analysis, tokens: Sequence[Token], fig_tok: int, p: Place) -> bool:
    """The place is where the people counted are, as a participle on the counted noun says ("food ran short
    for the 25,000 Sudanese sheltering in the three camps"): the object of a preposition hung on an ``-ing`` clause
    (acl, VBG) whose head is the noun the figure counts. It is the figure's own place, named or
    described, whatever place a fronted phrase ("In X, the agency ...") or another clause names."""
    fig = parse.word_at(tokens[fig_tok].start)
    root = root_word(parse, tokens, p.start, p.end)
    if fig is None or root is None:
        return False
    noun, seen = fig, 0
    while parse.words[noun].pos not in ("NOUN", "PROPN") and parse.words[noun].head != noun and seen < 3:
        noun, seen = parse.words[noun].head, seen + 1
    w = parse.words[root]
    if w.dep != "pobj":
        return False
    prep = parse.words[w.head]
    if prep.dep != "prep":
        return False
    verb = parse.words[prep.head]
    return verb.dep == "acl" and verb.head == noun and verb.tag == "VBG"
