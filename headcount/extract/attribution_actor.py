"""Whether the subject of a verb of aid work names an organisation (attribution_parse._own_work).

"UNHCR and partners have assisted N people": the organisation that does the work counts the people it
serves, and is the figure's source. The organisation must be the subject itself: its head, or a word joined
to the head as a part of the same name or a coordinated party ("the World Food Programme", "UNHCR and its
partners", "the agency's teams"). A name inside a modifier of the subject only says where or which ("The X
camp, near the town of Y, hosts N", "X, 60 km west of Y, shelters N"): a camp or a town that hosts people
is a place, not a party, whatever the recogniser makes of the name in its modifier. A subject placed by a
landmark ("X, about 40 km north of Y", "X, near Y") is a place too, even when the recogniser labels X an
organisation: one locates a settlement by a compass phrase or "near", not an agency.
"""

from __future__ import annotations

from headcount.extract.linguistic import Analysis
from headcount.extract.place_words import COMPASS

# Dependencies that keep a word inside the subject's own name or its coordinated parties (spaCy's ClearNLP
# labels): not "prep"/"pobj"/"advmod"/"acl"/"relcl", which attach a description.
_OWN = frozenset({"compound", "nmod", "conj", "cc", "poss", "appos", "flat", "amod", "det", "case", "punct"})


def organisation_subject(an: Analysis, subj: int) -> bool:
    """The subject headed by ``subj`` names an organisation (the recogniser's ORG) in its own words, and
    is not placed by a landmark."""
    if _by_landmark(an, subj):
        return False
    for k, w in enumerate(an.words):
        if w.ent_type != "ORG":
            continue
        node, ok = k, True
        while node != subj:
            if an.words[node].dep not in _OWN or an.words[node].head == node:
                ok = False
                break
            node = an.words[node].head
        if ok:
            return True
    return False


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
