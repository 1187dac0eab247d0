"""Whether the subject of a verb of aid work names an organisation (attribution_parse._own_work).

"UNHCR and partners have assisted N people": the organisation that does the work counts the people it
serves, and is the figure's source. The organisation must be the subject itself: its head, or a word joined
to the head as a part of the same name or a coordinated party ("the World Food Programme", "UNHCR and its
partners", "the agency's teams"), or the organisation its members belong to or come from ("teams from X",
"volunteers of X", "a team of X": "of" and "from" only). A name inside any other modifier of the subject
only says where or which ("The X camp near Y has taken in N", "X, 30 km south of Y, has received N"): a
camp or a town that hosts people is a place, not a party, whatever the recogniser makes of the name in its modifier. A subject placed by a
landmark ("X, about 40 km north of Y", "X, near Y") is a place too, even when the recogniser labels X an
organisation: one locates a settlement by a compass phrase or "near", not an agency.
"""

from __future__ import annotations

from headcount.extract.linguistic import Analysis
from headcount.extract.place_words import COMPASS

# Dependencies that keep a word inside the subject's own name or its coordinated parties (spaCy's ClearNLP
# labels): not "prep"/"pobj"/"advmod"/"acl"/"relcl", which attach a description.
_OWN = frozenset({"compound", "nmod", "conj", "cc", "poss", "appos", "flat", "amod", "det", "case", "punct"})


# Prepositions that join a subject's members to their organisation ("teams from X", "volunteers of X"); not
# "near", "in", "outside", which place the subject.
_MEMBERS_OF = frozenset({"of", "from"})


def organisation_subject(an: Analysis, subj: int) -> bool:
    """The subject headed by ``subj`` names an organisation (the recogniser's ORG) in its own words or as
    the body its members come from, and is not placed by a landmark."""
    if _by_landmark(an, subj):
        return False
    return any(w.ent_type == "ORG" and _joined(an, k, subj) for k, w in enumerate(an.words))


def _joined(an: Analysis, node: int, subj: int) -> bool:
    """The word ``node`` hangs on ``subj`` by the dependencies of its own name (``_OWN``) or as the object of
    a member's "of"/"from"."""
    while node != subj:
        here = an.words[node]
        if here.head == node:
            return False
        if here.dep == "pobj":
            prep = an.words[here.head]
            if prep.dep != "prep" or prep.lemma.lower() not in _MEMBERS_OF or prep.head == here.head:
                return False
            node = prep.head
        elif here.dep in _OWN:
            node = here.head
        else:
            return False
    return True


def _by_landmark(an: Analysis, head: int) -> bool:
    """The phrase headed by ``head`` is placed by a landmark: a compass word with its "of" ("X, 40 km north
    of Y") or "near" ("X, near Y") hangs on it."""
    for c in an.children(head):
        w = an.words[c]
        if w.dep == "prep" and w.lemma == "near":
            return True
        if w.dep == "advmod" and w.lemma.lower() in COMPASS and any(
                an.words[k].dep == "prep" and an.words[k].lemma == "of" for k in an.children(c)):
            return True
    return False
